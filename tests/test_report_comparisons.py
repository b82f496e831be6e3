"""report.html against the matrix stage's views, in a real headless Chromium: the page opens on the headline view
(inspectorate findings of inspection reports), its outlines are those of the comparison file of the view the
filters match (comparison.csv, comparison__council.csv, comparison__all.csv) and none when they match none, shares
are document-weighted as matrix_authority_theme_share.csv, a cell's panel gives the comparison's interval and
evidence words, and the inspections view and its national section show inspections.csv, inspection_changes.csv,
grade_themes.csv and grade_positions.csv when the run has them, with a script payload shown, never run.

The run folder is a real run (hashing embedder) over tests/graded_corpus.py: made-up ILACS reports with grades
and council minutes. Its comparison files' `distinctive` flags are rewritten so each view marks different cells:
the page must show what each file says, whatever it says.
"""

from __future__ import annotations


import re

import pandas as pd
import pytest

from pipeline.config import RunConfig
from pipeline.report.html import write_html
from tests.conftest import run_small
from tests.graded_corpus import write_graded_corpus
from tests.test_report import MALICIOUS, _browser, run_dir  # noqa: F401  (run_dir is a fixture)

DASH = "\u2014"
VIEW_FILES = {"headline": "comparison.csv", "council": "comparison__council.csv", "all": "comparison__all.csv"}
MARKED = {"headline": [0, -1], "council": [1], "all": [2, 3, 4]}


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    from pipeline import grade_themes

    base = tmp_path_factory.mktemp("graded")
    corpus = write_graded_corpus(base / "corpus", extra=MALICIOUS)
    # The corpus has eight graded reports: the page's positions are tested as a run with enough to place them.
    minimum, grade_themes.MIN_PLACED = grade_themes.MIN_PLACED, 2
    try:
        run = run_small(corpus, base / "run", RunConfig(n_themes=5, cache_dir=str(base / "cache"))).run_dir
    finally:
        grade_themes.MIN_PLACED = minimum
    for view, name in VIEW_FILES.items():
        table = pd.read_csv(run / name)
        table["distinctive"] = False
        table.loc[[table.index[k] for k in MARKED[view]], "distinctive"] = True
        table.to_csv(run / name, index=False)
    changes = pd.read_csv(run / "inspection_changes.csv", keep_default_na=False)
    changes.loc[changes.index[0], "concern_quote"] = MALICIOUS
    changes.to_csv(run / "inspection_changes.csv", index=False)
    minimum, grade_themes.MIN_PLACED = grade_themes.MIN_PLACED, 2
    try:
        write_html(run)
    finally:
        grade_themes.MIN_PLACED = minimum
    return run


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    driver = _browser(tmp_path_factory.mktemp("browser") / "profile", size=(1280, 720))
    yield driver
    driver.quit()


def _open(browser, run):
    browser.get((run / "report.html").as_uri())
    browser.execute_script("localStorage.clear()")
    browser.refresh()
    assert browser.execute_script("return document.body.dataset.ready") == "1"
    browser.execute_script("window.scrollTo(0, 0)")  # a refresh keeps the scroll an earlier test left
    browser.find_element("id", "expand-all").click()


def _outlined(browser) -> set:
    return {(int(td.get_attribute("data-theme")), td.get_attribute("data-authority"))
            for td in browser.find_elements("css selector", "#heat td.cell.distinct[data-kind='theme']")}


def _flagged(run, name) -> set:
    table = pd.read_csv(run / name)
    return {(int(t), a) for t, a, d in zip(table["theme_id"], table["authority"], table["distinctive"]) if d}


def _pressed(browser) -> list[str]:
    return [b.get_attribute("data-compare") for b in
            browser.find_elements("css selector", "#compare-views button[aria-pressed='true']")]


def _total(browser) -> int:
    """The findings the matrix counts (the page also lists repeats and stock text, which it does not count)."""
    text = browser.find_element("id", "q-count").text.replace(",", "")
    counted = re.search(r"(\d+) counted", text)
    return int(counted.group(1) if counted else text.split()[0])



def _inspections_on_themes(browser):
    """The Inspections view opens on broad themes when the run has them: switch it to themes."""
    level = browser.find_elements("id", "inspection-level-theme")
    if level and not level[0].is_selected():
        browser.execute_script("arguments[0].click()", level[0])

def test_opens_on_the_headline_view_and_switches_views(graded, browser):
    from selenium.webdriver.common.by import By

    _open(browser, graded)
    views = pd.read_csv(graded / "matrix_views.csv").drop_duplicates("view").set_index("view")
    assert _pressed(browser) == ["headline"]
    assert _total(browser) == views.loc["headline", "n_findings"]
    ticked = {(f.get_attribute("data-facet"), i.get_attribute("data-value"))
              for f in browser.find_elements(By.CSS_SELECTOR, "#filters fieldset[data-facet]")
              for i in f.find_elements(By.CSS_SELECTOR, "input:checked")}
    assert ticked == {("kind", "finding"), ("voice", "inspectorate"), ("type", "inspection_report")}
    assert _outlined(browser) == _flagged(graded, "comparison.csv") and len(_outlined(browser)) == 2
    for view in ("council", "all", "headline"):
        browser.find_element(By.CSS_SELECTOR, f"#compare-views button[data-compare='{view}']").click()
        assert _pressed(browser) == [view]
        assert _total(browser) == views.loc[view, "n_findings"]
        assert _outlined(browser) == _flagged(graded, VIEW_FILES[view]), view
        assert VIEW_FILES[view] in browser.find_element(By.ID, "view-note").text
    # The authority filter keeps the view: each authority is compared with all the others over the view's whole
    # selection, so the shown authority keeps its outlines and the hidden ones show none.
    authority = browser.find_element(By.CSS_SELECTOR, "#filters fieldset[data-facet='authority'] input")
    name = authority.get_attribute("data-value")
    authority.click()
    assert _pressed(browser) == ["headline"]
    assert _outlined(browser) == {(t, a) for t, a in _flagged(graded, "comparison.csv") if a == name}
    authority.click()
    # Filters that match no view: no outline, the difference sort off, and the page says so.
    browser.find_element(By.CSS_SELECTOR, "#filters fieldset[data-facet='polarity'] input[data-value='concern']").click()
    assert _pressed(browser) == [] and _outlined(browser) == set()
    assert "No comparison" in browser.find_element(By.ID, "view-note").text
    assert browser.find_element(By.CSS_SELECTOR, "#sort option[value='difference']").get_attribute("disabled")
    browser.find_element(By.CSS_SELECTOR, "#compare-views button[data-compare='headline']").click()
    assert _pressed(browser) == ["headline"] and _outlined(browser) == _flagged(graded, "comparison.csv")
    # The note says how many cells the file calls distinctive.
    assert "2 of its" in browser.find_element(By.ID, "view-note").text


def test_shares_are_document_weighted_as_the_share_matrix(graded, browser):
    from selenium.webdriver.common.by import By

    _open(browser, graded)
    browser.find_element(By.CSS_SELECTOR, "button[data-mode='share']").click()
    shares = pd.read_csv(graded / "matrix_authority_theme_share.csv", index_col=0)
    checked = 0
    for td in browser.find_elements(By.CSS_SELECTOR, "#heat td.cell[data-kind='theme']"):
        row = next(name for name in shares.index if name.startswith(td.get_attribute("data-theme") + ": "))
        # The CSV is rounded to 4 places and the page to 1 decimal of a percent: equal up to the rounding.
        assert abs(float(td.text.rstrip("%")) - 100 * shares.loc[row, td.get_attribute("data-authority")]) <= 0.051
        checked += 1
    assert checked == shares.size
    counts = pd.read_csv(graded / "matrix_authority_theme.csv", index_col=0)
    # A plain pooled share would differ somewhere: the documents differ in length.
    pooled = (counts / counts.sum()).round(4)
    assert (pooled - shares).abs().to_numpy().max() > 0.001


def test_a_cell_shows_its_interval_and_evidence(graded, browser):
    from selenium.webdriver.common.by import By

    _open(browser, graded)
    row = pd.read_csv(graded / "comparison.csv").iloc[-1]
    browser.find_element(By.CSS_SELECTOR, f"#heat td.cell[data-kind='theme'][data-theme='{row.theme_id}']"
                                          f"[data-authority='{row.authority}']").click()
    box = browser.find_element(By.ID, "evidence")
    assert box.find_element(By.CSS_SELECTOR, ".evidence-words").text == row.evidence
    share = box.find_element(By.CSS_SELECTOR, ".share").text
    assert f"{100 * row.share_low:.1f}%" in share and f"{100 * row.share_high:.1f}%" in share
    difference = box.find_element(By.CSS_SELECTOR, ".difference").text
    assert f"{abs(100 * row.difference_low):.1f}" in difference and f"{abs(100 * row.difference_high):.1f}" in difference
    assert box.find_element(By.CSS_SELECTOR, ".call").text.startswith("distinctive")
    assert box.find_element(By.CSS_SELECTOR, ".cite").text.startswith("Citable as a difference")


def test_the_panel_says_whether_a_difference_can_be_cited(graded, browser, tmp_path):
    """A cell not distinctive says why it cannot be cited as a difference: an interval clear of zero is a lead
    (adjusted p at or above 0.05), an interval across zero no difference, one document no interval."""
    import shutil

    from selenium.webdriver.common.by import By

    run = tmp_path / "cite"
    shutil.copytree(graded, run)
    table = pd.read_csv(run / "comparison.csv")
    table["distinctive"] = False
    table["n_documents"] = 2
    table["documents_with_theme"] = 2
    lead, across, less = table.index[0], table.index[1], table.index[2]
    table.loc[lead, ["difference_low", "difference_high", "p_adjusted"]] = [0.01, 0.05, 0.42]
    table.loc[across, ["difference_low", "difference_high", "p_adjusted"]] = [-0.02, 0.03, 1.0]
    # a theme the adjusted test calls raised less: direction under, beside the cell's own lean
    table.loc[less, ["difference", "difference_low", "difference_high", "p_adjusted"]] = [-0.04, -0.06, -0.02, 0.01]
    table.loc[less, ["direction", "direction_unadjusted"]] = ["under", "under"]
    table.to_csv(run / "comparison.csv", index=False)
    write_html(run)
    _open(browser, run)
    words, calls = {}, {}
    for k in (lead, across, less):
        row = table.loc[k]
        browser.find_element(By.CSS_SELECTOR, f"#heat td.cell[data-kind='theme'][data-theme='{row.theme_id}']"
                                              f"[data-authority='{row.authority}']").click()
        words[k] = browser.find_element(By.CSS_SELECTOR, "#evidence .cite").text
        calls[k] = browser.find_element(By.CSS_SELECTOR, "#evidence .call").text
    assert words[less].startswith("Citable as a difference: the authority raises the theme less")
    assert calls[less].startswith("raised less (adjusted test) · leans under (unadjusted)")
    assert calls[lead].startswith(f"not distinctive · leans {table.loc[lead, 'direction_unadjusted']} (unadjusted)")
    assert words[lead].startswith("A lead, not a result") and "0.42" in words[lead]
    assert f"{len(table)} authority-theme cells" in words[lead]
    assert words[across].startswith("Not citable as a difference: the interval includes zero")
    assert "none of its" in browser.find_element(By.ID, "view-note").text


def test_inspections_side_by_side_with_changes_and_national_context(graded, browser):
    from selenium.webdriver.common.by import By

    _open(browser, graded)
    browser.find_element(By.CSS_SELECTOR, "#tabs [data-view='inspections']").click()
    _inspections_on_themes(browser)
    inspections = pd.read_csv(graded / "inspections.csv", keep_default_na=False)
    changes = pd.read_csv(graded / "inspection_changes.csv", keep_default_na=False)
    sections = browser.find_elements(By.CSS_SELECTOR, "#view-inspections section.inspection-grid")
    assert sorted(s.get_attribute("data-authority") for s in sections) == sorted(inspections["authority"].unique())
    for section in sections:
        mine = inspections[inspections["authority"] == section.get_attribute("data-authority")]
        heads = section.find_elements(By.CSS_SELECTOR, "thead th[data-doc]")
        assert [h.get_attribute("data-doc") for h in heads] == mine.sort_values("inspection_no")["doc_id"].tolist()
        assert [h.find_element(By.CSS_SELECTOR, ".grade").text for h in heads] == \
            mine.sort_values("inspection_no")["overall"].tolist()
    shown = {(b.get_attribute("data-doc"), int(b.get_attribute("data-theme"))): b.get_attribute("title")
             for b in browser.find_elements(By.CSS_SELECTOR, "#view-inspections .status-button")}
    for row in changes.itertuples():
        assert f": {row.status} (" in shown[(row.doc_id, row.theme_id)]
    # Reports differ in length: each column says how many findings it has, each cell the theme's share of them
    # (trends.csv), so inspections are compared by share, not by count.
    for section in sections:
        for head in section.find_elements(By.CSS_SELECTOR, "thead th[data-doc]"):
            row = inspections[inspections["doc_id"] == head.get_attribute("data-doc")].iloc[0]
            assert head.find_element(By.CSS_SELECTOR, ".n-findings").text == f"{int(row.n_findings):,} findings counted"
    trends = pd.read_csv(graded / "trends.csv")
    share = {(r.doc_id, r.theme_id): r.share for r in trends.itertuples()}
    buttons = browser.find_elements(By.CSS_SELECTOR, "#view-inspections .status-button")
    checked = 0
    for b in buttons:
        key = (b.get_attribute("data-doc"), int(b.get_attribute("data-theme")))
        if key in share and key in {(r.doc_id, r.theme_id) for r in changes.itertuples()}:
            assert b.find_element(By.CSS_SELECTOR, ".share-of-report").text == f"{100 * share[key]:.1f}%"
            checked += 1
    assert checked == len(changes)
    # A cell with both concern and strength findings is shaded in their proportion (concern from the left): "both
    # 2/38" reads as mostly strength.
    both = changes[changes["status"] == "concern and strength"]
    assert len(both)
    for row in both.itertuples():
        b = browser.find_element(By.CSS_SELECTOR, f"#view-inspections .status-button[data-doc='{row.doc_id}']"
                                                  f"[data-theme='{row.theme_id}']")
        left = int(100 * int(row.concern) / (int(row.concern) + int(row.strength)) + 0.5)  # as Math.round
        assert b.get_attribute("data-concern-share") == str(left)
        assert f"{left}%" in b.get_attribute("style")
    # The quotes of a cell, the payload among them shown literally.
    first = changes.iloc[0]
    browser.find_element(By.CSS_SELECTOR, f".status-button[data-doc='{first.doc_id}'][data-theme='{first.theme_id}']").click()
    detail = browser.find_element(By.CSS_SELECTOR, f"section[data-authority='{first.authority}'] .change-detail")
    # The quotes open below the council's whole table: the click brings them into view.
    assert browser.execute_script("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight",
                                  detail)
    assert "<script>window.__pwned=1</script>" in detail.find_element(By.CSS_SELECTOR, ".concern-quote").text
    # A typical quote says where it is: its finding's document, section, paragraph and page.
    quoted = changes[changes["strength_finding_id"] != ""].iloc[0]
    browser.execute_script("window.scrollTo(0, 0)")  # back to the table, below the sticky header
    browser.find_element(By.CSS_SELECTOR, f".status-button[data-doc='{quoted.doc_id}'][data-theme='{quoted.theme_id}']").click()
    detail = browser.find_element(By.CSS_SELECTOR, f"section[data-authority='{quoted.authority}'] .change-detail")
    trend = trends[(trends["doc_id"] == quoted.doc_id) & (trends["theme_id"] == quoted.theme_id)].iloc[0]
    assert f"{trend['count']} finding" in detail.find_element(By.CSS_SELECTOR, ".cell-counts").text
    assert f"{quoted.concern} concern, {quoted.strength} strength" in detail.find_element(By.CSS_SELECTOR, ".cell-counts").text
    source = detail.find_element(By.CSS_SELECTOR, ".strength-quote + .source")
    assert source.find_element(By.CSS_SELECTOR, ".doc-link").get_attribute("data-finding") == quoted.strength_finding_id
    assert browser.execute_script("return window.__pwned") is None
    assert not browser.find_elements(By.CSS_SELECTOR, "img")
    # National context: one dot per theme plotted and grade, positions of every graded inspection.
    national = browser.find_element(By.ID, "national")
    grades = pd.read_csv(graded / "grade_themes.csv")
    grades = grades[grades["framework"] == "all"]
    worst = grades[grades["grade_order"] == grades["grade_order"].max()]
    top = worst.sort_values("difference", ascending=False, kind="stable")["theme_id"].head(10)
    dots = national.find_elements(By.CSS_SELECTOR, "svg.grade-plot circle")
    assert len(dots) == grades["theme_id"].isin(set(top)).sum() > 0
    positions = pd.read_csv(graded / "grade_positions.csv")
    assert len(national.find_elements(By.CSS_SELECTOR, "table.positions tr")) == 1 + positions["doc_id"].nunique()
    for size in ((1280, 720), (1920, 1080)):
        browser.set_window_size(*size)
        national.location_once_scrolled_into_view
        browser.save_screenshot(str(graded / f"national-{size[0]}x{size[1]}.png"))
    browser.set_window_size(1280, 720)
    # A dot opens the concern findings behind its figure: of as many reports as grade_themes.csv says raise one.
    picked = worst[worst["theme_id"].isin(set(top)) & (worst["reports_with_concern"] > 0)].iloc[0]
    dot = national.find_element(By.CSS_SELECTOR, f"circle.grade-dot[data-theme='{picked.theme_id}']"
                                                 f"[data-grade='{picked.grade}']")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", dot)
    dot.click()
    box = browser.find_element(By.ID, "national-quotes")
    quotes = box.find_elements(By.CSS_SELECTOR, "li.q")
    assert quotes and all(q.find_element(By.CSS_SELECTOR, ".tag").text == "concern" for q in quotes)
    documents = {q.find_element(By.CSS_SELECTOR, ".doc-link").get_attribute("data-doc") for q in quotes}
    assert len(documents) == picked.reports_with_concern
    assert f"of {picked.reports_with_concern} of the {picked.n_reports} {picked.grade} reports" in box.text
    close = browser.find_element(By.ID, "national-quotes-close")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", close)
    close.click()
    assert not browser.find_elements(By.CSS_SELECTOR, "#national-quotes li.q")
    severe = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert not severe, severe

    # The Documents list gives the same counted number beside all of a report's findings (repeats and stock text
    # are shown there but not counted), so the two views do not seem to disagree.
    browser.find_element(By.CSS_SELECTOR, "#tabs [data-view='documents']").click()
    listed = {b.get_attribute("data-doc"): b.text for b in browser.find_elements(By.CSS_SELECTOR, "#doc-list .doc-button")}
    doc_ids = browser.execute_script("return CF.D.documents.map((d) => d.id)")
    for row in inspections.itertuples():
        text = listed[str(doc_ids.index(row.doc_id))]
        assert text.endswith(f"{int(row.n_findings)} counted") or text.endswith(f" {int(row.n_findings)} findings"), text
    assert any(text.endswith(" counted") for text in listed.values())  # the fixture has repeats: the two numbers differ

def test_inspections_say_what_the_councils_documents_took_up_after_each_report(graded, browser):
    """With the toggle on, each inspection's cells say how many findings of the authority's council documents dated
    from that report to the next inspection are in the theme (as findings.csv gives them, repeats not counted), and a
    cell whose theme they never took up opens on "Not taken up"."""
    from selenium.webdriver.common.by import By

    _open(browser, graded)
    browser.find_element(By.CSS_SELECTOR, "#tabs [data-view='inspections']").click()
    _inspections_on_themes(browser)
    assert not browser.find_elements(By.CSS_SELECTOR, "#view-inspections .council-after")  # off by default
    browser.find_element(By.ID, "show-council").click()
    inspections = pd.read_csv(graded / "inspections.csv", keep_default_na=False)
    findings = pd.read_csv(graded / "findings.csv", keep_default_na=False)
    documents = pd.read_csv(graded / "documents.csv", keep_default_na=False)
    minutes = documents[documents["doc_type"] == "committee_minutes"]
    assert len(minutes)
    for authority, mine in inspections.sort_values("inspection_no").groupby("authority"):
        section = browser.find_element(By.CSS_SELECTOR, f"section[data-authority='{authority}']")
        published = mine["published"].tolist()
        for k, doc_id in enumerate(mine["doc_id"]):
            after = minutes[(minutes["authority"] == authority) & (minutes["date"] >= published[k])
                            & ((minutes["date"] < published[k + 1]) if k + 1 < len(published) else True)]
            said = findings[findings["doc_id"].isin(after["doc_id"]) & (findings["duplicate_of"] == "")
                            & ~findings["stock"].astype(str).str.lower().eq("true")]
            by_theme = said.groupby("theme_id").size().to_dict()
            head = section.find_element(By.CSS_SELECTOR, f"thead th[data-doc='{doc_id}'] .council-docs").text
            assert head == (f"then {len(after)} council document" + ("s" if len(after) > 1 else "")
                            if len(after) else "then no council documents")
            for button in section.find_elements(By.CSS_SELECTOR, f".status-button[data-doc='{doc_id}']"):
                n = by_theme.get(int(button.get_attribute("data-theme")), 0)
                assert button.find_element(By.CSS_SELECTOR, ".council-after").text == "council " + (str(n) if n else DASH)
    # Anyshire's minutes follow its first report; a theme they never speak of opens on "Not taken up".
    section = browser.find_element(By.CSS_SELECTOR, "section[data-authority='Anyshire']")
    first = inspections[inspections["authority"] == "Anyshire"].sort_values("inspection_no")["doc_id"].iloc[0]
    cells = section.find_elements(By.CSS_SELECTOR, f".status-button[data-doc='{first}']")
    taken = [c for c in cells if c.find_element(By.CSS_SELECTOR, ".council-after").text != "council \u2014"]
    left = [c for c in cells if c.find_element(By.CSS_SELECTOR, ".council-after").text == "council \u2014"]
    assert taken and left
    browser.execute_script("arguments[0].click()", left[0])
    assert "Not taken up" in section.find_element(By.CSS_SELECTOR, ".council-said").text
    browser.execute_script("arguments[0].click()", taken[0])
    detail = section.find_element(By.CSS_SELECTOR, ".change-detail")
    assert len(detail.find_elements(By.CSS_SELECTOR, ".council-quotes > li")) == int(
        taken[0].find_element(By.CSS_SELECTOR, ".council-after").text.split()[1])
    browser.execute_script("window.scrollTo(0, 0)")  # the opened quotes were scrolled into view
    browser.find_element(By.ID, "show-council").click()


def test_national_context_quotes_are_the_findings_its_figures_count(graded):
    """The page's quotes behind a national-context figure are the findings grade_themes.csv counted: their concern
    shares per report give every grade_positions.csv share back."""
    from pipeline.grade_themes import report_concern_shares
    from pipeline.report.data import national_members

    findings = pd.read_parquet(graded / "findings.parquet")
    documents = pd.read_csv(graded / "documents.csv", dtype=str, keep_default_na=False)
    members = findings.iloc[national_members(graded, findings, documents)]
    assert 0 < len(members) < len(findings)
    shares = report_concern_shares(members.assign(theme_id=members["theme_id"].astype(int),
                                                  doc_id=members["doc_id"].astype(str)))
    positions = pd.read_csv(graded / "grade_positions.csv", dtype={"doc_id": str})
    for row in positions.itertuples():
        found = shares.loc[row.doc_id, row.theme_id] if row.theme_id in shares.columns else 0.0
        assert round(found, 4) == pytest.approx(row.concern_share, abs=1e-9), (row.doc_id, row.theme_id)


def test_script_payload_is_inert_in_every_view(graded, browser):
    from selenium.webdriver.common.by import By

    _open(browser, graded)
    tabs = [t.get_attribute("data-view") for t in browser.find_elements(By.CSS_SELECTOR, "#tabs [role='tab']")]
    for view in ("headline", "council", "all"):
        browser.find_element(By.CSS_SELECTOR, f"#compare-views button[data-compare='{view}']").click()
        for tab in tabs:
            browser.find_element(By.CSS_SELECTOR, f"#tabs [data-view='{tab}']").click()
        assert browser.execute_script("return window.__pwned") is None, view
        assert not browser.find_elements(By.CSS_SELECTOR, "img"), view
        assert len(browser.find_elements(By.TAG_NAME, "script")) == 2, view
    findings = pd.read_csv(graded / "findings.csv", keep_default_na=False)
    assert findings["text"].str.contains("__pwned", regex=False).any()


def test_without_inspection_reports_the_page_shows_all_findings_and_no_inspection_views(run_dir, tmp_path):  # noqa: F811
    from selenium.webdriver.common.by import By

    from pipeline.report.data import page_data

    data = page_data(run_dir)
    assert [v["key"] for v in data["views"]] == ["headline"] and data["views"][0]["preset"] == {}
    assert not {"inspections", "changes", "grade_themes", "grade_positions"} & set(data["tables"])
    browser = _browser(tmp_path / "profile", size=(1280, 720))
    try:
        browser.get((run_dir / "report.html").as_uri())
        assert _total(browser) == len(pd.read_csv(run_dir / "findings.csv"))
        assert _pressed(browser) == ["headline"]
        assert "All findings" in browser.find_element(By.ID, "compare-views").text
        assert not browser.find_elements(By.CSS_SELECTOR, "#tabs [data-view='inspections']")
        assert not browser.find_elements(By.ID, "national")
    finally:
        browser.quit()


def _shares(browser) -> dict:
    return {(int(td.get_attribute("data-theme")), td.get_attribute("data-authority")): float(td.text.rstrip("%")) / 100
            for td in browser.find_elements("css selector", "#heat td.cell[data-kind='theme']")}


def _settled(browser, read, until=lambda value: True, timeout=15.0):
    """read(browser) once the page has re-rendered to a state `until` accepts: the page redraws after a search
    (debounced) or a mode change, and an element read while it is replaced is stale; read again until it holds."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    def attempt(driver):
        value = read(driver)
        return (value,) if until(value) else False

    wait = WebDriverWait(browser, timeout, poll_frequency=0.1, ignored_exceptions=(StaleElementReferenceException,))
    return wait.until(attempt)[0]


def test_under_a_search_shares_are_of_the_authoritys_findings_not_of_the_hits(graded, browser):
    from selenium.webdriver.common.by import By

    def legend(driver):
        return driver.find_element(By.ID, "legend-words").text

    _open(browser, graded)
    browser.find_element(By.CSS_SELECTOR, "button[data-mode='share']").click()
    before = _settled(browser, _shares)
    # A word some findings of every authority hold, not all: "social" (social workers, social care).
    browser.find_element(By.ID, "q").send_keys("social")
    _settled(browser, legend, lambda text: 'match the search "social"' in text)
    browser.find_element(By.ID, "expand-all").click()
    after = _settled(browser, _shares, lambda shares: bool(shares))
    assert after and set(after) <= set(before)
    hits = {a for (_, a), v in after.items() if v > 0}
    assert hits
    for a in hits:
        # The share among the hits alone would sum to 100% per authority; the part of its findings that match less.
        assert sum(v for (_, b), v in after.items() if b == a) < 0.95, a
    for key, value in after.items():
        assert value <= before[key] + 0.0006, key  # a part of the theme's findings: never more than the theme
    words = _settled(browser, legend)
    assert 'match the search "social"' in words and "not the share among the matches" in words
    assert "mean of the authority's documents' shares (each" not in words
    browser.find_element(By.CSS_SELECTOR, "button[data-mode='count']").click()
    expected = 'count of findings matching the search "social"'
    assert _settled(browser, legend, lambda text: text == expected) == expected
    assert "Clear the search" in _settled(browser, lambda driver: driver.find_element(By.ID, "view-note").text)


def test_a_framework_filter_says_why_no_interval_applies_and_how_to_get_one(graded, browser):
    from selenium.webdriver.common.by import By

    _open(browser, graded)
    # Every report of the graded corpus is ILACS: the framework and a year narrow the headline view.
    browser.find_element(By.CSS_SELECTOR, "#filters fieldset[data-facet='framework'] input[data-value='ILACS']").click()
    browser.find_element(By.CSS_SELECTOR, "#filters fieldset[data-facet='year'] input[data-value='2023']").click()
    assert _pressed(browser) == [] and _outlined(browser) == set()
    note = browser.find_element(By.ID, "view-note")
    assert "narrow the inspection reports view" in note.text and "comparison.csv" in note.text
    command = note.find_element(By.CSS_SELECTOR, "code.command").text
    assert command.startswith("python -m pipeline matrix RUN_DIR ")
    assert "--framework ILACS" in command and "--kind finding" in command and "--voice inspectorate" in command
    assert "--doc-type inspection_report" in command and "--from 2023 --to 2023" in command
    browser.find_element(By.CSS_SELECTOR, "#heat tr.sub td.cell[data-kind='theme']").click()
    box = browser.find_element(By.ID, "evidence")
    assert "--framework ILACS" in box.find_element(By.CSS_SELECTOR, "code.command").text


def test_a_restricted_comparison_of_the_run_is_shown_for_its_filters(graded, browser, tmp_path):
    import shutil

    from click.testing import CliRunner
    from selenium.webdriver.common.by import By

    from pipeline.cli import main

    run = tmp_path / "run"
    shutil.copytree(graded, run)
    result = CliRunner().invoke(main, ["matrix", str(run), "--framework", "ILACS", "--from", "2023"])
    assert result.exit_code == 0, result.output
    name = next(p.name for p in run.glob("comparison__*framework-ILACS__from-2023.csv"))
    table = pd.read_csv(run / name)
    table["distinctive"] = False
    table.loc[table.index[[1, 2]], "distinctive"] = True
    table.to_csv(run / name, index=False)
    write_html(run)
    _open(browser, run)
    assert _pressed(browser) == ["headline"]  # the default views come first, as before
    browser.find_element(By.CSS_SELECTOR, "#filters fieldset[data-facet='framework'] input[data-value='ILACS']").click()
    browser.find_element(By.CSS_SELECTOR, "#filters fieldset[data-facet='year'] input[data-value='2023']").click()
    assert _pressed(browser) == [name[len("comparison__"):-len(".csv")]]
    assert _outlined(browser) == _flagged(run, name) and len(_outlined(browser)) == 2
    assert name in browser.find_element(By.ID, "view-note").text
    row = table.iloc[1]
    browser.find_element(By.CSS_SELECTOR, f"#heat td.cell[data-kind='theme'][data-theme='{row.theme_id}']"
                                          f"[data-authority='{row.authority}']").click()
    assert browser.find_element(By.CSS_SELECTOR, "#evidence .call").text.startswith("distinctive")


def test_the_authorities_trend_tables_fit_their_cards_with_every_inspection_date_readable(graded, browser):
    """Each authority's table over its inspections (trends.csv) is read at the page's normal width without scrolling
    sideways: no date column is cut off, each shows its inspection's year and day (the full date in its title)."""
    _open(browser, graded)
    browser.find_element("css selector", "#tabs [data-view='authorities']").click()
    trends = pd.read_csv(graded / "trends.csv", dtype=str, keep_default_na=False)
    tables = browser.find_elements("css selector", "#view-authorities table.trend-table")
    assert tables, "the graded corpus has authorities with more than one inspection"
    for table in tables:
        wrap = table.find_element("xpath", "..")
        assert browser.execute_script("return arguments[0].scrollWidth <= arguments[0].clientWidth + 1", wrap)
        card = table.find_element("xpath", "ancestor::div[@data-authority]")
        periods = table.find_elements("css selector", "th.period")
        dates = [th.get_attribute("title") for th in periods]
        assert dates == sorted(set(trends.loc[trends["authority"] == card.get_attribute("data-authority"), "published"]))
        for th, date in zip(periods, dates):
            year, month, day = date.split("-")
            assert th.text.split("\n") == [year, f"{int(day)} {MONTHS[int(month) - 1]}"]
            right = browser.execute_script("return arguments[0].getBoundingClientRect().right", th)
            assert right <= browser.execute_script("return arguments[0].getBoundingClientRect().right", wrap) + 1


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def test_an_authoritys_largest_themes_that_name_a_topic_come_first(graded, browser, tmp_path):
    """A "Mixed findings ..." sub-theme tells a researcher no subject: each authority's card lists its largest themes
    that name one first, those of no single topic apart after them, then its largest broad themes."""
    import shutil

    from pipeline.report.data import names_topic

    assert not names_topic("Mixed findings, some on referrals") and not names_topic("Mixed findings: A and B")
    assert not names_topic("Statistics, mixed topics") and not names_topic("Mixed findings, no common topic")
    assert names_topic("Coming into care") and names_topic("Assessments, various aspects")
    assert names_topic("Statistics on schools, including primary schools")
    run = tmp_path / "run"
    shutil.copytree(graded, run)
    themes = pd.read_csv(run / "themes.csv")
    largest = int(themes.sort_values(["size", "theme_id"], ascending=[False, True])["theme_id"].iloc[0])
    themes["label"] = [("Mixed findings, some on gardens" if t == largest else f"Topic {t}") for t in themes["theme_id"]]
    themes.to_csv(run / "themes.csv", index=False)
    write_html(run)
    _open(browser, run)
    browser.find_element("css selector", "#tabs [data-view='authorities']").click()
    cards = browser.find_elements("css selector", "#view-authorities div.card[data-authority]")
    assert cards
    apart = trended = 0
    for card in cards:
        lists = card.find_elements("css selector", "ol")
        named = [li.text for li in lists[0].find_elements("css selector", "li")]
        assert named and all(text.startswith("Topic ") for text in named), named
        notes = [p.text for p in card.find_elements("css selector", "p.muted") if "no single topic" in p.text]
        apart += bool(notes) and "Mixed findings, some on gardens" in notes[0]
        assert "Largest broad themes" in card.text and len(lists) >= 2
        # the table over its inspections follows the same rule: a mixed theme's share moving is no subject's trend
        rows = [td.text for td in card.find_elements("css selector", "table.trend-table tr td:first-child")]
        assert all(text.startswith("Topic ") for text in rows), rows
        left = [p.text for p in card.find_elements("css selector", "p.trend-mixed")]
        trended += bool(left) and "Mixed findings, some on gardens" in left[0]
    assert apart, "the largest theme is among some authority's five largest"
    assert trended, "the largest theme is among some authority's themes over its inspections, and said left out"


def test_when_nothing_is_distinctive_an_authoritys_card_lists_its_leads_as_leads(graded, browser, tmp_path):
    """An Authorities card whose authority has no distinctive theme lists the leads of the comparison file: cells
    whose 95% interval of the difference lies clear of zero but that are not called distinctive, with their evidence
    words, under a heading that says they are leads, not results; cells across zero are not listed."""
    import shutil

    from selenium.webdriver.common.by import By

    run = tmp_path / "leads"
    shutil.copytree(graded, run)
    table = pd.read_csv(run / "comparison.csv")
    table["distinctive"] = False
    table[["difference_low", "difference_high"]] = [-0.01, 0.01]  # every interval across zero...
    table[["direction", "direction_unadjusted"]] = ["similar", "similar"]
    table["n_documents"] = 2
    authority = table["authority"].iloc[0]
    mine = table.index[table["authority"] == authority]
    more, less = mine[0], mine[1]  # ...but one above and one below zero
    table.loc[more, ["difference", "difference_low", "difference_high", "evidence"]] = [0.04, 0.01, 0.07, "2 of 2 inspections"]
    table.loc[less, ["difference", "difference_low", "difference_high", "evidence"]] = [-0.03, -0.05, -0.01, "0 of 2 inspections"]
    table.to_csv(run / "comparison.csv", index=False)
    write_html(run)
    _open(browser, run)
    browser.find_element(By.CSS_SELECTOR, "#tabs [data-view='authorities']").click()
    card = browser.find_element(By.CSS_SELECTOR, f"#view-authorities div.card[data-authority='{authority}']")
    leads = card.find_element(By.CSS_SELECTOR, ".leads")
    assert leads.find_element(By.CSS_SELECTOR, "strong").text == "Leads, not results (2)"
    assert "do not cite the difference" in leads.text
    items = [li.text for li in leads.find_elements(By.CSS_SELECTOR, "li")]
    assert items[0].startswith("raises more: ") and "+4.0 points" in items[0] and "+1.0 to +7.0" in items[0]
    assert items[0].endswith("2 of 2 inspections)") and items[1].startswith("raises less: ")
    assert [int(li.get_attribute("data-theme")) for li in leads.find_elements(By.CSS_SELECTOR, "li")] == \
        table.loc[[more, less], "theme_id"].tolist()
    # an authority whose cells all lie across zero has no leads; a distinctive cell is listed as such, no leads
    others = browser.find_elements(By.CSS_SELECTOR, "#view-authorities div.card[data-authority]")
    assert all(not c.find_elements(By.CSS_SELECTOR, ".leads") for c in others if c.get_attribute("data-authority") != authority)
    table.loc[more, "distinctive"] = True
    table.to_csv(run / "comparison.csv", index=False)
    write_html(run)
    _open(browser, run)
    browser.find_element(By.CSS_SELECTOR, "#tabs [data-view='authorities']").click()
    card = browser.find_element(By.CSS_SELECTOR, f"#view-authorities div.card[data-authority='{authority}']")
    assert not card.find_elements(By.CSS_SELECTOR, ".leads") and "+4.0 points" in card.text


def test_inspection_cells_show_the_change_in_share_and_the_national_numbers(graded, browser):
    """Each inspection after an authority's first says how far the theme's share of the report moved (points, from
    inspection_changes.csv share_change), whatever its status; the national section gives the worst grade's
    differences in numbers with their intervals and q, and each inspection's concern share beside its position,
    placed among the reports of the framework chosen."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    _open(browser, graded)
    browser.find_element(By.CSS_SELECTOR, "#tabs [data-view='inspections']").click()
    _inspections_on_themes(browser)
    changes = pd.read_csv(graded / "inspection_changes.csv", keep_default_na=False)
    later = changes[changes["share_change"] != ""]
    assert len(later) and (changes["share_change"] == "").sum() == len(changes) - len(later)
    for row in later.itertuples():
        button = browser.find_element(By.CSS_SELECTOR, f".status-button[data-doc='{row.doc_id}'][data-theme='{row.theme_id}']")
        points = 100 * float(row.share_change)
        text = "±0.0" if f"{abs(points):.1f}" == "0.0" else ("+" if points > 0 else "−") + f"{abs(points):.1f}"
        change = button.find_element(By.CSS_SELECTOR, ".share-change")
        assert change.text == f"{text} pts"
        assert ("moved" in change.get_attribute("class")) == (abs(points) >= 2)
    first = changes[changes["share_change"] == ""].iloc[0]
    button = browser.find_element(By.CSS_SELECTOR, f".status-button[data-doc='{first.doc_id}'][data-theme='{first.theme_id}']")
    assert not button.find_elements(By.CSS_SELECTOR, ".share-change")
    national = browser.find_element(By.ID, "national")
    grades = pd.read_csv(graded / "grade_themes.csv", keep_default_na=False)
    scope = grades[grades["framework"] == "all"]
    worst = scope[scope["grade_order"] == scope["grade_order"].max()].sort_values("difference", ascending=False, kind="stable")
    rows = national.find_elements(By.CSS_SELECTOR, "table.grade-differences tr[data-theme]")
    assert [int(r.get_attribute("data-theme")) for r in rows] == worst["theme_id"].head(10).tolist()
    top = worst.iloc[0]
    assert rows[0].find_element(By.CSS_SELECTOR, "td.difference").text.startswith(
        f"{'+' if top.difference > 0 else '−'}{abs(100 * top.difference):.1f} (")
    assert f"{float(top.q_value):.3f}" in rows[0].text
    # the theme's part of the reports' concerns beside it, so a rise that is only the reports' tone shows
    part = rows[0].find_element(By.CSS_SELECTOR, "td.part-difference").text
    assert abs(float(part.split(" (")[0].replace("−", "-").replace("+", "")) - 100 * float(top.part_difference)) < 0.06
    positions = pd.read_csv(graded / "grade_positions.csv", keep_default_na=False)
    raised = positions[(positions["theme_id"] == top.theme_id) & (positions["position"] != "none")].iloc[0]
    column = [int(r.get_attribute("data-theme")) for r in rows].index(top.theme_id) + 1
    row = [tr for tr in national.find_elements(By.CSS_SELECTOR, "table.positions tr")[1:]
           if tr.find_element(By.CSS_SELECTOR, "th").text.startswith(f"{raised.authority} {raised.published}")][0]
    cell = row.find_elements(By.CSS_SELECTOR, "td")[column - 1].text
    assert cell.startswith(f"{100 * float(raised.concern_share):.1f}% · ") and cell.endswith(f"({round(float(raised.percentile))})")
    # from the figure to its quotes in one click: the inspection's cell of the theme opens above, with its findings
    link = national.find_element(By.CSS_SELECTOR, f".position-link[data-doc='{raised.doc_id}'][data-theme='{top.theme_id}']")
    link.click()
    detail = browser.find_element(By.CSS_SELECTOR, f"section[data-authority='{raised.authority}'] .change-detail")
    assert raised.published in detail.find_element(By.CSS_SELECTOR, "h4").text
    assert detail.find_elements(By.CSS_SELECTOR, ".concern-quote"), "the report raised a concern in the theme"
    national = browser.find_element(By.ID, "national")
    frameworks = [s for s in grades["framework"].unique() if s != "all"]
    assert frameworks, "the graded corpus has a framework scope"
    # within one framework, the percentile among that framework's reports
    Select(browser.find_element(By.ID, "national-scope")).select_by_value(frameworks[0])
    national = browser.find_element(By.ID, "national")
    assert f"graded {frameworks[0]} reports" in national.find_element(By.CSS_SELECTOR, ".positions-note").text
    # only that framework's inspections, each placed by its percentile among them
    heads = [tr.find_element(By.CSS_SELECTOR, "th").text for tr in national.find_elements(By.CSS_SELECTOR, "table.positions tr")[1:]]
    mine = positions[positions["framework"] == frameworks[0]].drop_duplicates("doc_id")
    assert len(heads) == len(mine) and all(any(h.startswith(f"{r.authority} {r.published}") for h in heads) for r in mine.itertuples())


def _pairs_on_themes(browser):
    """The pair view opens on broad themes when the run has them: switch it to themes."""
    level = browser.find_elements("id", "pair-level-theme")
    if level and not level[0].is_selected():
        browser.execute_script("arguments[0].click()", level[0])


def test_two_authorities_side_by_side_open_on_broad_themes(graded, browser):
    from selenium.webdriver.common.by import By

    broad = pd.read_csv(graded / "comparison_pairs_broad.csv", keep_default_na=False)
    pairs = pd.read_csv(graded / "comparison_pairs.csv", keep_default_na=False)
    labels = pd.read_csv(graded / "broad_themes.csv", keep_default_na=False).set_index("theme_id")["label"]
    assert len(broad) and set(broad["theme_id"]) <= set(labels.index)
    _open(browser, graded)
    browser.find_element(By.CSS_SELECTOR, "#tabs [data-view='authorities']").click()
    section = browser.find_element(By.ID, "pairs")
    assert browser.find_element(By.ID, "pair-level-broad").is_selected()
    first = broad.iloc[0]
    mine = broad[(broad["authority"] == first.authority) & (broad["other"] == first.other)]
    rows = section.find_elements(By.CSS_SELECTOR, "table.pair-table tr[data-theme]")
    assert rows and {int(r.get_attribute("data-theme")) for r in rows} <= set(mine["theme_id"].astype(int))
    for r in rows:
        row = mine[mine["theme_id"] == int(r.get_attribute("data-theme"))].iloc[0]
        cells = r.find_elements(By.TAG_NAME, "td")
        assert cells[0].text == labels[int(row.theme_id)]
        assert cells[1].text == f"{100 * row.share:.1f}%" and cells[2].text == f"{100 * row.share_other:.1f}%"
    assert section.find_element(By.CSS_SELECTOR, "table.pair-table th").text == "Broad theme"
    # themes on request: the rows of comparison_pairs.csv
    _pairs_on_themes(browser)
    section = browser.find_element(By.ID, "pairs")
    ids = {int(r.get_attribute("data-theme")) for r in section.find_elements(By.CSS_SELECTOR, "table.pair-table tr[data-theme]")}
    first = pairs.iloc[0]
    assert ids <= set(pairs[(pairs["authority"] == first.authority) & (pairs["other"] == first.other)]["theme_id"])
    assert section.find_element(By.CSS_SELECTOR, "table.pair-table th").text == "Theme"


def test_two_authorities_side_by_side_follow_comparison_pairs(graded, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    pairs = pd.read_csv(graded / "comparison_pairs.csv", keep_default_na=False)
    assert len(pairs) and set(pairs["differs"].astype(str)) <= {"True", "False"}
    _open(browser, graded)
    browser.find_element(By.CSS_SELECTOR, "#tabs [data-view='authorities']").click()
    _pairs_on_themes(browser)
    section = browser.find_element(By.ID, "pairs")
    first = pairs.iloc[0]
    left, right = Select(section.find_element(By.ID, "pair-a")), Select(section.find_element(By.ID, "pair-b"))
    assert (left.first_selected_option.text, right.first_selected_option.text) == (first.authority, first.other)
    mine = pairs[(pairs["authority"] == first.authority) & (pairs["other"] == first.other)]
    rows = section.find_elements(By.CSS_SELECTOR, "table.pair-table tr[data-theme]")
    shown = [int(r.get_attribute("data-theme")) for r in rows]
    # Every theme that differs is shown; the largest difference of the pair is among the rows.
    assert set(mine[mine["differs"].astype(str) == "True"]["theme_id"]) <= set(shown)
    largest = mine.loc[mine["difference"].abs().idxmax()]
    row = rows[shown.index(int(largest.theme_id))]
    cells = row.find_elements(By.TAG_NAME, "td")
    assert cells[1].text == f"{100 * largest.share:.1f}%" and cells[2].text == f"{100 * largest.share_other:.1f}%"
    # Reports of different frameworks: the view says so (and only then).
    documents = pd.read_csv(graded / "documents.csv", keep_default_na=False)
    frameworks = browser.execute_script(
        "return Object.fromEntries(CF.D.documents.map((d) => [d.id, d.framework || 'framework not read']))")
    reports = documents[documents["doc_type"] == "inspection_report"]
    used = {a: sorted({frameworks[d] for d in reports[reports["authority"] == a]["doc_id"]})
            for a in (first.authority, first.other)}
    warned = section.find_elements(By.CSS_SELECTOR, ".pairs-frameworks")
    assert bool(warned) == (used[first.authority] != used[first.other])
    if warned:
        assert all(f in warned[0].text for f in used[first.authority] + used[first.other])
    # Chosen the other way round, the shares swap and the difference changes sign.
    browser.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))",
                           section.find_element(By.ID, "pair-a"), first.other)
    section = browser.find_element(By.ID, "pairs")
    row = section.find_element(By.CSS_SELECTOR, f"table.pair-table tr[data-theme='{int(largest.theme_id)}']")
    cells = row.find_elements(By.TAG_NAME, "td")
    assert cells[1].text == f"{100 * largest.share_other:.1f}%" and cells[2].text == f"{100 * largest.share:.1f}%"
    if largest.difference:
        assert cells[3].text.startswith("\u2212" if largest.difference > 0 else "+")


def test_two_authorities_side_by_side_can_show_every_theme(graded, browser, tmp_path, monkeypatch):
    import shutil

    from selenium.webdriver.common.by import By

    import pipeline.report.pairs_data as pairs_data

    # One largest difference shown first (the fixture has too few themes to hide any at the shipped setting).
    run = tmp_path / "run"
    shutil.copytree(graded, run)
    monkeypatch.setattr(pairs_data, "LARGEST", 1)
    write_html(run)
    pairs = pd.read_csv(run / "comparison_pairs.csv", keep_default_na=False)
    first = pairs.iloc[0]
    mine = pairs[(pairs["authority"] == first.authority) & (pairs["other"] == first.other)]
    _open(browser, run)
    browser.find_element(By.CSS_SELECTOR, "#tabs [data-view='authorities']").click()
    _pairs_on_themes(browser)
    shown = browser.find_elements(By.CSS_SELECTOR, "#pairs table.pair-table tr[data-theme]")
    assert 0 < len(shown) < len(mine)
    box = browser.find_element(By.ID, "pair-every")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
    box.click()
    every = browser.find_elements(By.CSS_SELECTOR, "#pairs table.pair-table tr[data-theme]")
    assert sorted(int(r.get_attribute("data-theme")) for r in every) == sorted(mine["theme_id"].astype(int))


def test_inspections_flag_a_change_of_framework_and_order_by_latest_change(graded, browser, tmp_path):
    """A column whose report is of another framework than the authority's previous one says so, and its share
    changes are marked *; rows can be ordered by the size of the change at the latest inspection."""
    import shutil

    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    run = tmp_path / "frameworks"
    shutil.copytree(graded, run)
    inspections = pd.read_csv(run / "inspections.csv", keep_default_na=False)
    inspections = inspections.sort_values(["authority", "inspection_no"]).reset_index(drop=True)
    names = sorted(inspections["authority"].unique())
    assert len(names) >= 2 and (inspections.groupby("authority").size() >= 2).all()
    # every other authority changes framework at its second inspection; the rest keep one framework
    changing = set(names[1::2])
    inspections["framework"] = ["ILACS" if a in changing and int(n) >= 2 else "SIF"
                                for a, n in zip(inspections["authority"], inspections["inspection_no"])]
    flagged = {r.doc_id for r in inspections.itertuples() if r.authority in changing and int(r.inspection_no) >= 2}
    inspections.to_csv(run / "inspections.csv", index=False)
    write_html(run)
    _open(browser, run)
    browser.find_element(By.CSS_SELECTOR, "#tabs [data-view='inspections']").click()
    _inspections_on_themes(browser)
    for row in inspections.itertuples():
        head = browser.find_element(By.CSS_SELECTOR, f"#view-inspections thead th[data-doc='{row.doc_id}']")
        flags = head.find_elements(By.CSS_SELECTOR, ".framework-change")
        assert bool(flags) == (row.doc_id in flagged), (row.doc_id, row.inspection_no)
        if flags:
            assert flags[0].text == "new framework: was SIF"
        marked = browser.find_elements(By.CSS_SELECTOR, f"#view-inspections .status-button[data-doc='{row.doc_id}'] "
                                                        ".share-change.reframed")
        assert bool(marked) == (row.doc_id in flagged)
        assert all(m.text.endswith(" pts *") for m in marked)
    changes = pd.read_csv(run / "inspection_changes.csv", keep_default_na=False)
    Select(browser.find_element(By.ID, "inspections-order")).select_by_value("latest change")
    ordered = 0
    for section in browser.find_elements(By.CSS_SELECTOR, "#view-inspections section.inspection-grid"):
        name = section.get_attribute("data-authority")
        mine = inspections[inspections["authority"] == name]
        if len(mine) < 2:
            continue
        latest = mine.sort_values("inspection_no")["doc_id"].iloc[-1]
        moved = changes[(changes["doc_id"] == latest)].set_index("theme_id")["share_change"]
        size = pd.to_numeric(moved, errors="coerce").abs().fillna(0)
        order = [int(tr.get_attribute("data-theme")) for tr in section.find_elements(By.CSS_SELECTOR, "tbody tr[data-theme]")]
        shown = [size.get(theme, 0.0) for theme in order]
        assert shown == sorted(shown, reverse=True), (name, shown)
        ordered += len(set(shown)) > 1
    assert ordered, "no authority's rows were put in a different order by their change"


def test_inspections_do_not_show_a_change_across_a_part_inspection(graded, browser, tmp_path):
    """A report whose previous one inspected only part of the service (inspection_changes.csv `comparison` "different
    scope") says "not compared" under its grade and shows no change in share; the other columns are as before."""
    import shutil

    from selenium.webdriver.common.by import By

    run = tmp_path / "scopes"
    shutil.copytree(graded, run)
    changes = pd.read_csv(run / "inspection_changes.csv", keep_default_na=False)
    assert {"framework", "scope", "previous_framework", "previous_scope", "comparison"} <= set(changes.columns)
    second = changes[changes["inspection_no"].astype(int) == 2]
    doc = second["doc_id"].iloc[0]
    mine = changes["doc_id"] == doc
    changes.loc[mine, ["comparison", "scope", "previous_scope", "share_change"]] = [
        "different scope", "whole service", "looked after children only", ""]
    changes.loc[mine, "change"] = "not compared: the previous report inspected looked after children only"
    changes.to_csv(run / "inspection_changes.csv", index=False)
    write_html(run)
    _open(browser, run)
    browser.find_element(By.CSS_SELECTOR, "#tabs [data-view='inspections']").click()
    _inspections_on_themes(browser)
    flagged = browser.find_elements(By.CSS_SELECTOR, "#view-inspections thead .scope-change")
    assert [f.text for f in flagged] == ["not compared: the previous report inspected looked after children only"]
    head = browser.find_element(By.CSS_SELECTOR, f"#view-inspections thead th[data-doc='{doc}']")
    assert head.find_elements(By.CSS_SELECTOR, ".scope-change")
    assert not browser.find_elements(By.CSS_SELECTOR, f"#view-inspections .status-button[data-doc='{doc}'] .share-change")
    other = second["doc_id"].drop_duplicates().iloc[1:] if second["doc_id"].nunique() > 1 else []
    for each in other:
        assert browser.find_elements(By.CSS_SELECTOR, f"#view-inspections .status-button[data-doc='{each}'] .share-change")


def test_inspections_open_on_broad_themes_and_list_a_broad_cells_findings(graded, browser):
    from selenium.webdriver.common.by import By

    broad = pd.read_csv(graded / "inspection_changes_broad.csv", keep_default_na=False)
    labels = pd.read_csv(graded / "broad_themes.csv", keep_default_na=False).set_index("theme_id")["label"]
    findings = pd.read_csv(graded / "findings.csv", keep_default_na=False)
    _open(browser, graded)
    browser.find_element(By.CSS_SELECTOR, "#tabs [data-view='inspections']").click()
    assert browser.find_element(By.ID, "inspection-level-broad").is_selected()
    for section in browser.find_elements(By.CSS_SELECTOR, "#view-inspections section.inspection-grid"):
        name = section.get_attribute("data-authority")
        rows = section.find_elements(By.CSS_SELECTOR, "tbody tr[data-theme]")
        assert {int(r.get_attribute("data-theme")) for r in rows} == set(broad[broad["authority"] == name]["theme_id"])
        for r in rows:
            assert r.find_element(By.CSS_SELECTOR, "th").text == labels[int(r.get_attribute("data-theme"))]
    shown = {(b.get_attribute("data-doc"), int(b.get_attribute("data-theme"))): b.get_attribute("title")
             for b in browser.find_elements(By.CSS_SELECTOR, "#view-inspections .status-button")}
    for row in broad.itertuples():
        assert f": {row.status} (" in shown[(row.doc_id, row.theme_id)]
    # a broad cell's findings: the report's headline findings whose theme falls in the broad theme
    row = broad.sort_values("count", ascending=False).iloc[0]
    browser.find_element(By.CSS_SELECTOR, f".status-button[data-doc='{row.doc_id}'][data-theme='{row.theme_id}']").click()
    detail = browser.find_element(By.CSS_SELECTOR, f"section[data-authority='{row.authority}'] .change-detail")
    listed = detail.find_elements(By.CSS_SELECTOR, ".quote-list li")
    expected = findings[(findings["doc_id"] == row.doc_id) & (findings["parent_theme_id"] == row.theme_id)
                        & (findings["kind"] == "finding") & (findings["voice"] == "inspectorate")]
    assert 0 < len(listed) == len(expected)
    # themes on request
    _inspections_on_themes(browser)
    heads = browser.find_elements(By.CSS_SELECTOR, "#view-inspections thead th:first-child")
    assert heads and all(h.text == "Theme" for h in heads)


def test_a_run_with_too_few_graded_reports_names_its_reports_and_places_none(graded, browser, tmp_path):
    """The grade section is headed by the run's own number of graded reports (never "national"), and with fewer
    than grade_themes.MIN_PLACED it gives each inspection's concern share without a position, saying why."""
    import shutil

    from selenium.webdriver.common.by import By

    from pipeline.grade_themes import MIN_PLACED

    run = tmp_path / "few"
    shutil.copytree(graded, run)
    write_html(run)  # the page of a run as the matrix stage leaves it: MIN_PLACED as shipped
    positions = pd.read_csv(run / "grade_positions.csv", keep_default_na=False)
    n = int(positions["n_reports"].max())
    assert 0 < n < MIN_PLACED
    _open(browser, run)
    browser.find_element(By.CSS_SELECTOR, "#tabs [data-view='inspections']").click()
    national = browser.find_element(By.ID, "national")
    heading = national.find_element(By.CSS_SELECTOR, "h2").text
    assert heading == f"Among this run's {n} graded reports: themes and overall grades"
    note = national.find_element(By.CSS_SELECTOR, ".positions-note").text
    assert f"this run has {n} graded reports, fewer than the {MIN_PLACED}" in note
    cells = [td.text for td in national.find_elements(By.CSS_SELECTOR, "table.positions td")]
    assert cells and all(re.fullmatch(r"\d+\.\d%|no concern", text) for text in cells), cells
    assert not any("top" in text or "quarter" in text for text in cells)


def test_a_cell_the_adjusted_test_calls_raised_less_is_listed_as_a_result_not_a_lead(graded, browser, tmp_path):
    """The cell box calls a theme the adjusted test finds an authority raising less "citable"; its Authorities card
    lists it with the distinctive themes ("raises less (adjusted test): ..."), not under "Leads, not results", and a
    called theme of no single topic is said to be one."""
    import shutil

    from selenium.webdriver.common.by import By

    run = tmp_path / "less"
    shutil.copytree(graded, run)
    table = pd.read_csv(run / "comparison.csv")
    table["distinctive"] = False
    table[["difference_low", "difference_high"]] = [-0.01, 0.01]
    table[["direction", "direction_unadjusted"]] = ["similar", "similar"]
    table["n_documents"] = 2
    authority = table["authority"].iloc[0]
    less = table.index[table["authority"] == authority][0]
    table.loc[less, ["difference", "difference_low", "difference_high", "p_adjusted"]] = [-0.03, -0.05, -0.01, 0.01]
    table.loc[less, ["direction", "direction_unadjusted"]] = ["under", "under"]
    table.to_csv(run / "comparison.csv", index=False)
    themes = pd.read_csv(run / "themes.csv")
    mixed = int(table.loc[less, "theme_id"])
    themes["label"] = [("Mixed findings, some on gardens" if t == mixed else f"Topic {t}") for t in themes["theme_id"]]
    themes.to_csv(run / "themes.csv", index=False)
    write_html(run)
    _open(browser, run)
    browser.find_element(By.CSS_SELECTOR, "#tabs [data-view='authorities']").click()
    card = browser.find_element(By.CSS_SELECTOR, f"#view-authorities div.card[data-authority='{authority}']")
    listed = [li.text for li in card.find_elements(By.CSS_SELECTOR, ":scope > ul > li")]
    assert len(listed) == 1 and listed[0].startswith("raises less (adjusted test): Mixed findings, some on gardens")
    assert "\u22123.0 points" in listed[0] and listed[0].endswith("read its quotes before saying what differs")
    assert not card.find_elements(By.CSS_SELECTOR, ".leads")
    # the same cell without the adjusted test's call is a lead again
    table.loc[less, "direction"] = "not called"
    table.to_csv(run / "comparison.csv", index=False)
    write_html(run)
    _open(browser, run)
    browser.find_element(By.CSS_SELECTOR, "#tabs [data-view='authorities']").click()
    card = browser.find_element(By.CSS_SELECTOR, f"#view-authorities div.card[data-authority='{authority}']")
    assert card.find_element(By.CSS_SELECTOR, ".leads strong").text == "Leads, not results (1)"


def test_the_themes_stages_warnings_are_kept_in_the_record_and_shown_at_the_top(graded, browser, tmp_path):
    """run.json keeps the warnings the themes stage said (theme_warnings: what crowded_broad and mixed_held say of
    the run's own tables), and report.html shows them under its headline, so a user who never read the console
    still learns that one broad theme holds most findings; a run without warnings shows no box. The box stands under
    the header, not in it, so it scrolls away instead of covering the views."""
    import json
    import shutil

    from pipeline.stages.themes import crowded_broad, mixed_held

    record = json.loads((graded / "run.json").read_text())
    said = [w for w in (crowded_broad(pd.read_csv(graded / "broad_themes.csv")),
                        mixed_held(pd.read_csv(graded / "themes.csv"))) if w]
    assert record["theme_warnings"] == [w.removeprefix("warning: ") for w in said]
    run = tmp_path / "warned"
    shutil.copytree(graded, run)
    record["theme_warnings"] = ['one broad theme, "Everything", holds 93% of the findings (93 of 100)']
    (run / "run.json").write_text(json.dumps(record))
    write_html(run)
    _open(browser, run)
    boxes = browser.find_elements("css selector", ".run-warnings p")
    assert [b.text for b in boxes] == ['Warning: one broad theme, "Everything", holds 93% of the findings (93 of 100)']
    record["theme_warnings"] = []
    (run / "run.json").write_text(json.dumps(record))
    write_html(run)
    _open(browser, run)
    assert browser.find_elements("css selector", ".run-warnings") == []
