"""report.html against the CSVs in a real headless Chromium: in codebook mode the matrix counts a finding under each
of its codes as the matrices do, and the Inspections view's council numbers are council_after_inspections.csv's.

The runs are real runs (hashing embedder) over tests/graded_corpus.py; the codebook is written here, with codes
whose examples share words, so findings get two or three of them.
"""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.config import RunConfig
from pipeline.report.html import write_html
from tests.conftest import run_small
from tests.graded_corpus import write_graded_corpus
from tests.test_report_comparisons import DASH, _open, browser, graded  # noqa: F401  (browser, graded are fixtures)

BOOK = """themes:
  - name: Caseloads
    group: Workforce
    description: social workers carry caseloads
    examples: [caseloads are too high, caseloads are manageable]
  - name: Supervision and oversight
    group: Workforce
    description: managers record oversight and supervision
    examples: [supervision is regular, managers rarely record their oversight]
  - name: Social workers and children
    group: Practice
    description: social workers know the children they work with
    examples: [social workers work with children, purposeful work with children]
  - name: Care leavers
    group: Practice
    description: care leavers and their personal advisers
    examples: [care leavers live in unsuitable accommodation]
"""


@pytest.fixture(scope="module")
def coded(tmp_path_factory):
    base = tmp_path_factory.mktemp("coded")
    corpus = write_graded_corpus(base / "corpus")
    book = base / "book.yaml"
    book.write_text(BOOK, encoding="utf-8")
    config = RunConfig(n_themes=3, cache_dir=str(base / "cache"), codebook=str(book), codebook_threshold=0.3)
    run = run_small(corpus, base / "run", config).run_dir
    write_html(run)
    return run


def _cells(browser, kind: str) -> dict:
    from selenium.webdriver.common.by import By

    return {(int(td.get_attribute("data-theme")), td.get_attribute("data-authority")): td.text
            for td in browser.find_elements(By.CSS_SELECTOR, f"#heat td.cell[data-kind='{kind}']")}


def _by_id(table: pd.DataFrame) -> pd.DataFrame:
    return table.set_axis([int(name.split(":", 1)[0]) for name in table.index], axis=0)



def _inspections_on_themes(browser):
    """The Inspections view opens on broad themes when the run has them: switch it to themes."""
    level = browser.find_elements("id", "inspection-level-theme")
    if level and not level[0].is_selected():
        browser.execute_script("arguments[0].click()", level[0])

def test_in_codebook_mode_the_page_counts_a_finding_under_each_code_as_the_matrices(coded, browser):
    from selenium.webdriver.common.by import By

    codes = pd.read_csv(coded / "finding_codes.csv")
    assert (codes.groupby("finding_id").size() > 1).sum() >= 10  # findings with several codes
    _open(browser, coded)
    browser.find_element(By.CSS_SELECTOR, "button[data-mode='count']").click()
    counts = _by_id(pd.read_csv(coded / "matrix_authority_theme.csv", index_col=0))
    shown = _cells(browser, "theme")
    assert len(shown) == counts.size
    assert all(int(text) == counts.at[theme, authority] for (theme, authority), text in shown.items())
    broad = _by_id(pd.read_csv(coded / "matrix_authority_broad_theme.csv", index_col=0))
    shown = _cells(browser, "broad")
    assert shown and all(int(text) == broad.at[theme, authority] for (theme, authority), text in shown.items())
    # A broad theme counts a finding once: here fewer than its codes' counts added up.
    themes = pd.read_csv(coded / "themes.csv")
    summed = counts.groupby(themes.set_index("theme_id")["parent_theme_id"]).sum()
    assert (broad.reindex(summed.index) <= summed).all().all() and (broad.reindex(summed.index) < summed).any().any()
    browser.find_element(By.CSS_SELECTOR, "button[data-mode='share']").click()
    shares = _by_id(pd.read_csv(coded / "matrix_authority_theme_share.csv", index_col=0))
    assert (shares.sum(axis=0) > 1).all()  # a finding under each of its codes: shares over codes sum above 1
    for (theme, authority), text in _cells(browser, "theme").items():
        assert abs(float(text.rstrip("%")) - 100 * shares.at[theme, authority]) <= 0.051
    # A cell's quotes are every finding given its code, the first code or a further one.
    findings = pd.read_csv(coded / "findings.csv", keep_default_na=False)
    code = codes.merge(findings[["finding_id", "authority", "kind", "voice", "doc_type", "duplicate_of", "stock"]],
                       on="finding_id")
    code = code[(code["kind"] == "finding") & (code["voice"] == "inspectorate")
                & (code["doc_type"] == "inspection_report") & (code["duplicate_of"] == "")
                & (code["stock"].astype(str) != "True")]
    names = dict(zip(themes["label"], themes["theme_id"]))
    further = code[code.groupby("finding_id").cumcount() > 0].iloc[0]
    theme, authority = names[further["code"]], further["authority"]
    browser.find_element(By.CSS_SELECTOR, "button[data-mode='count']").click()
    cell = browser.find_element(By.CSS_SELECTOR, f"#heat td.cell[data-kind='theme'][data-theme='{theme}']"
                                                 f"[data-authority='{authority}']")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", cell)
    cell.click()
    quotes = browser.find_elements(By.CSS_SELECTOR, "#quotes-list li.q:not(.uncounted) .quote")  # repeats listed apart
    assert len(quotes) == counts.at[theme, authority] == ((code["code"] == further["code"])
                                                         & (code["authority"] == authority)).sum()
    text = findings.set_index("finding_id").at[further["finding_id"], "text"]
    assert " ".join(text.split()) in [q.text for q in quotes]
    methods = browser.execute_script("return JSON.stringify(CF.D.methods)")
    assert "count a finding under each of its codes" in methods
    severe = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert not severe, severe


def test_the_council_numbers_of_the_inspections_view_are_council_after_inspections_csv(graded, browser):
    from selenium.webdriver.common.by import By

    table = pd.read_csv(graded / "council_after_inspections.csv", keep_default_na=False)
    assert table["council_findings"].sum() > 0
    views = pd.read_csv(graded / "matrix_views.csv", keep_default_na=False).set_index("file")
    assert views.at["council_after_inspections.csv", "n_documents"] == len(
        table.drop_duplicates("doc_id").query("council_documents > 0")) and views.at[
        "council_after_inspections.csv", "n_findings"] > 0
    _open(browser, graded)
    browser.find_element(By.CSS_SELECTOR, "#tabs [data-view='inspections']").click()
    _inspections_on_themes(browser)
    browser.find_element(By.ID, "show-council").click()
    checked = 0
    for row in table.itertuples():
        section = browser.find_element(By.CSS_SELECTOR, f"section[data-authority='{row.authority}']")
        head = section.find_element(By.CSS_SELECTOR, f"thead th[data-doc='{row.doc_id}'] .council-docs").text
        n = row.council_documents
        assert head == (f"then {n} council document" + ("s" if n > 1 else "") if n else "then no council documents")
        buttons = section.find_elements(By.CSS_SELECTOR, f".status-button[data-doc='{row.doc_id}']"
                                                         f"[data-theme='{row.theme_id}']")
        if buttons:  # the view's rows are the themes inspection_changes.csv has for the authority
            said = buttons[0].find_element(By.CSS_SELECTOR, ".council-after").text
            assert said == "council " + (str(row.council_findings) if row.council_findings else DASH)
            checked += 1
    assert checked >= len(table) // 2
    browser.find_element(By.ID, "show-council").click()


def test_codebook_pages_count_the_council_s_findings_under_each_code(coded, browser):
    from selenium.webdriver.common.by import By

    table = pd.read_csv(coded / "council_after_inspections.csv", keep_default_na=False)
    _open(browser, coded)
    browser.find_element(By.CSS_SELECTOR, "#tabs [data-view='inspections']").click()
    _inspections_on_themes(browser)
    browser.find_element(By.ID, "show-council").click()
    shown = {}
    for button in browser.find_elements(By.CSS_SELECTOR, "#view-inspections .status-button"):
        text = button.find_element(By.CSS_SELECTOR, ".council-after").text.split()[1]
        key = (button.get_attribute("data-doc"), int(button.get_attribute("data-theme")))
        shown[key] = 0 if text == DASH else int(text)
    expected = {(row.doc_id, row.theme_id): row.council_findings for row in table.itertuples()}
    assert shown and all(expected.get(key, 0) == n for key, n in shown.items())
    assert sum(shown.values()) > 0
    browser.find_element(By.ID, "show-council").click()
