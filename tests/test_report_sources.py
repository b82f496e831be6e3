"""What a researcher needs to trace a quote: each council document named (title, type, authority, date) and linked
relative to report.html when it is a file of the run's corpus (never a file:// path of the machine that ran it); a
date the manifest and the text give only as a year shown as "2019, day not stated" in the page and the exports
alike; and a restricted comparison of a framework whose name holds a comma read back and shown for its filters.

The run folder is a real run (hashing embedder) over minutes written for these tests."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from pipeline.config import RunConfig
from pipeline.report import build_report
from pipeline.report.data import page_data
from tests.conftest import run_small
from tests.test_report import _browser

LINES = ["Social workers in the {t} teams carry high caseloads and workloads are heavy.",
         "Police attendance at strategy discussions in the {t} area is poor.",
         "Chronologies are missing from the {t} case files.",
         "Managers in the {t} service do not record their oversight of casework."]
FRAMEWORK = "Scrutiny review, 2019 round"


def _minutes(authority: str, team: str, header: str) -> str:
    body = "\n\n".join(f"{i}. Members heard that {line.format(t=team)}" for i, line in enumerate(LINES, start=1))
    return f"{header}\n\n{authority} Council children's scrutiny minutes\n\n{body}\n"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    base = tmp_path_factory.mktemp("sources")
    corpus = base / "corpus"
    corpus.mkdir()
    (corpus / "ws_minutes.txt").write_text(_minutes("West Sussex", "rural", "Agenda item"), encoding="utf-8")
    (corpus / "wirral_minutes.txt").write_text(
        _minutes("Wirral", "coastal", "Meeting: 05/03/2019 - Children Sub-Committee (Item 6)"), encoding="utf-8")
    (corpus / "walsall_minutes.txt").write_text(_minutes("Walsall", "northern", "Agenda item"), encoding="utf-8")
    (corpus / "manifest.csv").write_text(
        "file,authority,doc_type,date,title,source\n"
        "ws_minutes.txt,West Sussex,committee_minutes,2019,Scrutiny minutes: Ofsted report,seed document (kept by hand)\n"
        "wirral_minutes.txt,Wirral,committee_minutes,2019,Sub-Committee minutes: Ofsted report,\n"
        "walsall_minutes.txt,Walsall,committee_minutes,2019-06-10,Panel minutes,https://example.org/walsall/minutes\n",
        encoding="utf-8")
    out = run_small(corpus, base / "run", RunConfig(n_themes=3, cache_dir=str(base / "cache"))).run_dir
    build_report(out)
    return out


def _docs(run_dir: Path) -> dict:
    return {doc["file"]: doc for doc in page_data(run_dir)["documents"]}


def test_corpus_files_are_linked_relative_to_the_report_and_web_sources_as_given(run):
    docs = _docs(run)
    for name in ("ws_minutes.txt", "wirral_minutes.txt"):
        href = docs[name]["href"]
        assert not href.startswith(("file:", "/")) and not docs[name]["web"]
        assert (run / href).resolve() == (run.parent / "corpus" / name).resolve()
    assert docs["ws_minutes.txt"]["source_note"] == "seed document (kept by hand)"
    assert docs["walsall_minutes.txt"]["href"] == "https://example.org/walsall/minutes" and docs["walsall_minutes.txt"]["web"]
    assert "file://" not in (run / "report.html").read_text(encoding="utf-8")


def test_a_year_alone_says_the_day_is_not_stated_in_the_page_and_the_exports(run):
    documents = pd.read_csv(run / "documents.csv", dtype=str, keep_default_na=False).set_index("file")
    assert documents.loc["ws_minutes.txt", "date"] == "2019"  # the table keeps its contract
    assert documents.loc["wirral_minutes.txt", "date"] == "2019-03-05"  # the day the text states
    docs = _docs(run)
    assert docs["ws_minutes.txt"]["when"] == "2019, day not stated"
    assert docs["wirral_minutes.txt"]["when"] == "2019-03-05"
    sheets = pd.read_excel(run / "workbook.xlsx", sheet_name=None, keep_default_na=False, dtype=str)
    shown = sheets["Documents"].set_index("file")["date"]
    assert shown["ws_minutes.txt"] == "2019, day not stated" and shown["wirral_minutes.txt"] == "2019-03-05"
    assert set(sheets["Findings"]["date"]) == {"2019, day not stated", "2019-03-05", "2019-06-10"}
    with zipfile.ZipFile(run / "project.qdpx") as archive:
        project = archive.read("project.qde").decode("utf-8")
    assert "ws_minutes.txt (committee_minutes, 2019, day not stated)" in project


def test_a_quote_names_its_document_and_links_its_corpus_file(run, tmp_path):
    from selenium.webdriver.common.by import By

    findings = pd.read_csv(run / "findings.csv", keep_default_na=False)
    row = findings[findings["file"] == "ws_minutes.txt"].iloc[0]
    browser = _browser(tmp_path / "profile")
    try:
        browser.get((run / "report.html").as_uri())
        browser.find_element(By.ID, "expand-all").click()
        cell = browser.find_element(By.CSS_SELECTOR, f"#heat tr.sub td.cell[data-kind='theme'][data-theme='{row.theme_id}']"
                                                     f"[data-authority='West Sussex']")
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", cell)
        cell.click()
        item = browser.find_element(By.CSS_SELECTOR, f"#quotes-list li[data-finding='{row.finding_id}']")
        meta = item.find_element(By.CSS_SELECTOR, ".source").text
        assert "Scrutiny minutes: Ofsted report" in meta and "committee minutes" in meta
        assert "2019, day not stated" in meta and "West Sussex" in meta
        if row.para_ref:
            assert f"para {row.para_ref}" in meta
        link = item.find_element(By.CSS_SELECTOR, "a.source-link")
        assert link.text == "corpus file ws_minutes.txt"
        assert link.get_attribute("href") == (run.parent / "corpus" / "ws_minutes.txt").resolve().as_uri()
        assert not browser.execute_script("return arguments[0].getAttribute('href')", link).startswith("file:")
        # reviewed_quotes.csv names the document and its source as the page does, with no machine path.
        item.find_element(By.CSS_SELECTOR, "button[data-decision='accepted']").click()
        reviewed = browser.execute_script("return CF.review.reviewedCsv()")
        assert "2019, day not stated" in reviewed and "corpus file ws_minutes.txt" in reviewed
        assert "file:" not in reviewed and str(run.parent) not in reviewed
        # Another cell opens at its title, not where the panel was last scrolled to.
        browser.set_window_size(1400, 500)  # a short window: the panel scrolls
        assert browser.execute_script("const p = document.getElementById('quotes'); p.scrollTop = 10000; "
                                      "return p.scrollTop") > 0
        other = browser.find_element(By.CSS_SELECTOR, f"#heat tr.sub td.cell[data-kind='theme'][data-theme='{row.theme_id}']"
                                                      f"[data-authority='Wirral']")
        other.click()
        assert browser.execute_script("return document.getElementById('quotes').scrollTop") == 0
    finally:
        browser.quit()


def test_a_restricted_view_of_a_framework_named_with_a_comma_is_read_back_and_shown(run, tmp_path):
    from click.testing import CliRunner
    from selenium.webdriver.common.by import By

    from pipeline.cli import main
    from pipeline.views import Selection

    copy = tmp_path / "run"
    shutil.copytree(run, copy)
    shutil.copytree(run.parent / "corpus", tmp_path / "corpus")  # the corpus beside it, as the links expect
    documents = pd.read_csv(copy / "documents.csv", dtype=str, keep_default_na=False)
    documents["framework"] = documents["file"].map(lambda f: "" if f.startswith("walsall") else FRAMEWORK)
    documents.to_csv(copy / "documents.csv", index=False)
    result = CliRunner().invoke(main, ["matrix", str(copy), "--framework", FRAMEWORK, "--doc-type", "committee_minutes"])
    assert result.exit_code == 0, result.output
    build_report(copy)
    restricted = [v for v in page_data(copy)["views"] if v["title"] == "Restricted view"]
    assert len(restricted) == 1
    view = restricted[0]
    assert view["describe"] == Selection(kinds=("finding",), doc_types=("committee_minutes",),
                                         frameworks=(FRAMEWORK,)).describe()
    assert f'framework "{FRAMEWORK}"' in view["describe"]
    assert len(view["members"]) == view["n_findings"] > 0
    browser = _browser(tmp_path / "profile")
    try:
        browser.get((copy / "report.html").as_uri())
        for facet, value in (("framework", FRAMEWORK), ("type", "committee_minutes"), ("kind", "finding")):
            box = browser.find_element(By.CSS_SELECTOR, f"#filters fieldset[data-facet='{facet}'] input[data-value='{value}']")
            browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
            box.click()
        pressed = [b.get_attribute("data-compare") for b in
                   browser.find_elements(By.CSS_SELECTOR, "#compare-views button[aria-pressed='true']")]
        assert pressed == [view["key"]]
    finally:
        browser.quit()


def test_a_view_listed_without_its_selection_columns_is_refused_with_a_message(run, tmp_path):
    """matrix_views.csv from before it listed each view's selection as data: the default views still read (the
    headline row's words say it is like for like); a restricted view is refused, saying how to list it again."""
    from click.testing import CliRunner

    from pipeline.cli import main
    from pipeline.errors import PipelineError
    from pipeline.schema import VIEW_SELECTION_DATES, VIEW_SELECTION_VALUES

    copy = tmp_path / "run"
    shutil.copytree(run, copy)
    result = CliRunner().invoke(main, ["matrix", str(copy), "--doc-type", "committee_minutes"])
    assert result.exit_code == 0, result.output
    listing = pd.read_csv(copy / "matrix_views.csv", dtype=str, keep_default_na=False)
    assert (listing["doc_types"] != "").all() and '["committee_minutes"]' in set(listing["doc_types"])
    defaults = [view for view in page_data(copy)["views"] if view["key"] in ("headline", "council", "all")]
    old = listing.drop(columns=[*VIEW_SELECTION_VALUES, *VIEW_SELECTION_DATES])
    old.to_csv(copy / "matrix_views.csv", index=False)
    with pytest.raises(PipelineError, match="listed by an older version.*run `matrix` with that restriction again"):
        page_data(copy)
    old[old["view"].isin(["headline", "council", "all"])].to_csv(copy / "matrix_views.csv", index=False)
    assert page_data(copy)["views"] == defaults and defaults


def test_the_methods_say_how_many_documents_are_dated_by_year_alone(run):
    words = " ".join(str(value) for paragraph in page_data(run)["methods"] for value in paragraph.values())
    assert "1 document is dated by year alone: neither the manifest nor the text states the day" in words


def test_the_map_legend_says_its_counts_are_of_the_dots_drawn(run, tmp_path):
    from selenium.webdriver.common.by import By

    browser = _browser(tmp_path / "profile")
    try:
        browser.get((run / "report.html").as_uri())
        browser.find_element(By.CSS_SELECTOR, "#tabs [data-view='map']").click()
        items = [b.text for b in browser.find_elements(By.CSS_SELECTOR, "#map-legend button.legend-item")]
        assert items and all(text.endswith(" drawn)") for text in items), items
        assert "repeats and stock text are drawn too" in browser.find_element(By.CSS_SELECTOR, "#map-legend .map-counts").text
    finally:
        browser.quit()
