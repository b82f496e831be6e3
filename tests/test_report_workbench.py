"""report.html as a workbench, in a real headless Chromium: search, filters, the theme hierarchy, quotes with
lead-ins and page links, the document view, the review (read back and applied by `themes --edits` and
`matrix --review`), reload, both window sizes, and the script payload inert in every view.

The run folder is the one of test_report.py (a small corpus with a document carrying script markup), copied and
given what other stages add when they run: a `page` column, a PDF with a web source, inspections.csv, tracker.csv
and a saved search question.
"""

from __future__ import annotations

import re
import shutil
import time

import pandas as pd
import pytest

from pipeline.config import RunConfig
from pipeline.report.html import write_html
from tests.test_report import MALICIOUS, _browser, run_dir  # noqa: F401  (run_dir is a fixture)

QUIET = lambda message: None  # noqa: E731


@pytest.fixture(scope="module")
def rich_run(run_dir, tmp_path_factory):  # noqa: F811
    from pipeline.search import save_search, search
    from tests.conftest import HashingEmbedder

    rich = tmp_path_factory.mktemp("workbench") / "run"
    shutil.copytree(run_dir, rich)
    findings = pd.read_parquet(rich / "findings.parquet")
    findings["page"] = findings["start"] // 300 + 1
    findings.to_parquet(rich / "findings.parquet", index=False)
    documents = pd.read_csv(rich / "documents.csv", keep_default_na=False, dtype=str)
    pdf = documents.index[documents["authority"] == "West Sussex"][0]
    documents.loc[pdf, "file"] = "west-sussex_2020.pdf"
    documents.loc[pdf, "source"] = "https://reports.example/west-sussex_2020.pdf"
    documents.to_csv(rich / "documents.csv", index=False)
    pd.DataFrame({"authority": ["Walsall", "Walsall", "Wirral"], "published": ["2016-05-01", "2019-06-01", "2019-07-01"],
                  "framework": ["SIF", "ILACS", "ILACS"], "overall": ["inadequate", "requires improvement", MALICIOUS]}
                 ).to_csv(rich / "inspections.csv", index=False)
    pd.DataFrame({"authority": ["Walsall", "Wirral"], "recommendation": ["Improve chronologies", MALICIOUS],
                  "response": ["Chronologies audited", "none"], "status": ["improved", "not mentioned"]}
                 ).to_csv(rich / "tracker.csv", index=False)
    # The page must show what comparison.csv says, whatever it says: two cells marked here and only those.
    comparison = pd.read_csv(rich / "comparison.csv")
    comparison["distinctive"] = False
    comparison.loc[[0, len(comparison) - 1], "distinctive"] = True
    comparison.to_csv(rich / "comparison.csv", index=False)
    save_search(rich, "police attendance at strategy discussions",
                search(rich, "police attendance at strategy discussions", top=5, embedder=HashingEmbedder()))
    write_html(rich)
    return rich


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    base = tmp_path_factory.mktemp("browser")
    driver = _browser(base / "profile", downloads=base / "downloads", size=(1280, 720))
    driver.downloads = base / "downloads"
    yield driver
    driver.quit()


def _total(browser) -> int:
    text = browser.find_element("id", "q-count").text
    return int(text.split()[0].replace(",", ""))


def _search(browser, query: str) -> None:
    browser.execute_script("const q = document.getElementById('q'); q.value = arguments[0];"
                           "q.dispatchEvent(new Event('input'));", query)
    # The page applies a search 180 ms after the last key, then marks it on the body.
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 15, poll_frequency=0.05).until(
        lambda driver: driver.execute_script("return document.body.dataset.query") == query)


def _matrix_sum(browser) -> int:
    return sum(int(td.text) for td in browser.find_elements("css selector", "#heat tbody tr.broad td.n, "
                                                                             "#heat tbody tr.theme td.n"))


def _tab(browser, view: str) -> None:
    browser.find_element("css selector", f"#tabs [data-view='{view}']").click()


def _tracker_view(browser, run, rows):
    """(the tracker view of `run` after its tracker.csv is replaced by `rows` and its page rebuilt, the bytes of that
    tracker.csv as written before the page was built)."""
    pd.DataFrame(rows, columns=TRACKER_COLUMNS).to_csv(run / "tracker.csv", index=False)
    written = (run / "tracker.csv").read_bytes()
    write_html(run)
    _open(browser, run)
    _tab(browser, "tracker")
    return browser.find_element("id", "view-tracker"), written


def _open(browser, rich_run):
    browser.get((rich_run / "report.html").as_uri())
    browser.execute_script("localStorage.clear()")
    browser.refresh()
    assert browser.execute_script("return document.body.dataset.ready") == "1"


def test_search_filters_and_hierarchy(rich_run, browser):
    from selenium.webdriver.common.by import By

    _open(browser, rich_run)
    findings = pd.read_csv(rich_run / "findings.csv", keep_default_na=False)
    assert _total(browser) == len(findings) == _matrix_sum(browser)
    # Search: counts follow the words found, quotes carry them highlighted.
    _search(browser, "chronologies")
    expected = findings["text"].str.lower().str.contains("chronologies").sum()
    assert 0 < _total(browser) == expected == _matrix_sum(browser)
    _tab(browser, "findings")
    items = browser.find_elements(By.CSS_SELECTOR, "#findings-list li.q")
    assert len(items) == expected
    assert all(m.text.lower() == "chronologies" for m in browser.find_elements(By.CSS_SELECTOR, "#findings-list mark"))
    assert len(browser.find_elements(By.CSS_SELECTOR, "#findings-list .quote mark")) >= expected
    # A search kept as a matrix row counts the findings holding its words, also once the box is cleared, and
    # stays after a reload until removed.
    browser.find_element(By.ID, "save-search").click()
    _search(browser, "")
    _tab(browser, "matrix")

    def saved_row():
        rows = [r for r in browser.find_elements(By.CSS_SELECTOR, "#heat tr.custom") if "Search: chronologies" in r.text]
        return int(rows[0].find_element(By.CSS_SELECTOR, "td.n").text) if rows else None

    assert saved_row() == expected
    # its cell's panel says a saved search is no theme and has no interval (not "open a sub-theme")
    row = [r for r in browser.find_elements(By.CSS_SELECTOR, "#heat tr.custom") if "Search: chronologies" in r.text][0]
    [c for c in row.find_elements(By.CSS_SELECTOR, "td.cell") if c.text not in ("0", "0.0%")][0].click()
    evidence = browser.find_element(By.ID, "evidence").text
    assert "is no theme" in evidence and "sub-theme" not in evidence
    browser.refresh()
    assert saved_row() == expected
    browser.find_element(By.CSS_SELECTOR, "#heat tr.custom button.remove").click()
    assert saved_row() is None
    _search(browser, '"police attendance"')
    assert _total(browser) == findings["text"].str.lower().str.contains("police attendance").sum()
    _search(browser, "")
    assert _total(browser) == len(findings)
    _tab(browser, "matrix")
    # Each filter: ticking a value leaves exactly the count shown beside it, in the total and in the matrix.
    facets = browser.find_elements(By.CSS_SELECTOR, "#filters fieldset[data-facet]")
    keys = [f.get_attribute("data-facet") for f in facets]
    assert {"authority", "type", "year", "kind", "polarity", "voice", "document"} <= set(keys)
    for key in keys:
        fieldset = browser.find_element(By.CSS_SELECTOR, f"#filters fieldset[data-facet='{key}']")
        if key == "document":
            from selenium.webdriver.support.select import Select

            select = Select(fieldset.find_element(By.TAG_NAME, "select"))
            label = select.options[1].text
            select.select_by_index(1)
            assert _total(browser) == int(re.search(r"\((\d+)\)$", label).group(1)) == _matrix_sum(browser)
            select.select_by_index(0)
            continue
        label = next(lb for lb in fieldset.find_elements(By.CSS_SELECTOR, "label.facet")
                     if int(lb.find_element(By.CSS_SELECTOR, ".count").text.replace(",", "")) > 0)
        shown = int(label.find_element(By.CSS_SELECTOR, ".count").text.replace(",", ""))
        label.find_element(By.TAG_NAME, "input").click()
        assert _total(browser) == shown == _matrix_sum(browser), key
        value = label.find_element(By.TAG_NAME, "input").get_attribute("data-value")
        if key in ("authority", "kind", "polarity", "voice"):
            assert shown == (findings[key] == value).sum()
        label.find_element(By.TAG_NAME, "input").click()
        assert _total(browser) == len(findings)
    # Hierarchy: broad rows first; a toggle opens and closes its sub-themes; sorting keeps every row.
    assert not browser.find_elements(By.CSS_SELECTOR, "#heat tr.sub")
    toggle = browser.find_element(By.CSS_SELECTOR, "#heat button.toggle")
    toggle.click()
    toggle = browser.find_element(By.CSS_SELECTOR, "#heat button.toggle[aria-expanded='true']")
    subs = browser.find_elements(By.CSS_SELECTOR, "#heat tr.sub")
    themes = pd.read_csv(rich_run / "themes.csv")
    assert len(subs) == (themes["parent_theme_id"] == themes["parent_theme_id"].iloc[0]).sum() or len(subs) > 0
    toggle.click()
    assert not browser.find_elements(By.CSS_SELECTOR, "#heat tr.sub")
    browser.find_element(By.ID, "expand-all").click()
    assert len(browser.find_elements(By.CSS_SELECTOR, "#heat tr.sub")) == len(themes)
    # Outlined cells are exactly those comparison.csv calls distinctive.
    comparison = pd.read_csv(rich_run / "comparison.csv")
    flagged = {(str(t), a) for t, a, d in zip(comparison["theme_id"], comparison["authority"], comparison["distinctive"]) if d}
    outlined = {(td.get_attribute("data-theme"), td.get_attribute("data-authority"))
                 for td in browser.find_elements(By.CSS_SELECTOR, "#heat td.cell.distinct[data-kind='theme']")}
    assert outlined == flagged and len(flagged) == 2
    from selenium.webdriver.support.select import Select

    for order in ("size", "difference", "name", "shared"):
        Select(browser.find_element(By.ID, "sort")).select_by_value(order)
        assert len(browser.find_elements(By.CSS_SELECTOR, "#heat tr.sub")) == len(themes)
    names = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#heat tr.broad th .label")]
    assert names, "broad rows"
    # The saved question is a row of its own, counting the findings saved with it.
    custom = browser.find_element(By.CSS_SELECTOR, "#heat tr.custom")
    assert "police attendance at strategy discussions" in custom.text
    assert int(custom.find_element(By.CSS_SELECTOR, "td.n").text) == 5


def test_quotes_lead_ins_page_links_and_document_view(rich_run, browser):
    from selenium.webdriver.common.by import By

    _open(browser, rich_run)
    findings = pd.read_parquet(rich_run / "findings.parquet")
    documents = pd.read_csv(rich_run / "documents.csv", keep_default_na=False)
    pdf = documents[documents["file"].str.endswith(".pdf")].iloc[0]
    mine = findings[findings["doc_id"] == pdf.doc_id]
    theme = int(mine["theme_id"].value_counts().index[0])
    browser.find_element(By.ID, "expand-all").click()
    browser.find_element(By.CSS_SELECTOR, f"#heat td.cell[data-kind='theme'][data-theme='{theme}']"
                                          f"[data-authority='{pdf.authority}']").click()
    cell = findings[(findings["theme_id"] == theme) & (findings["authority"] == pdf.authority)]
    items = browser.find_elements(By.CSS_SELECTOR, "#quotes-list li.q")
    assert len(items) == len(cell)
    by_id = cell.set_index("finding_id")
    for item in items:
        row = by_id.loc[item.get_attribute("data-finding")]
        leads = item.find_elements(By.CSS_SELECTOR, "p.lead")
        assert bool(leads) == bool(row["lead_in"].strip())
        if leads:
            assert " ".join(row["lead_in"].split()) in leads[0].text
        link = item.find_element(By.CSS_SELECTOR, "a.source-link").get_attribute("href")
        assert link == f"{pdf.source}#page={row['page']}"
        assert f"p. {row['page']}" in item.text and pdf.title in item.text
    # The document view: the whole text, each finding marked with its own words.
    items[0].find_element(By.CSS_SELECTOR, "button.doc-link").click()
    assert browser.find_element(By.ID, "view-documents").is_displayed()
    marks = browser.find_elements(By.CSS_SELECTOR, "#doc-view mark.fm")
    assert len(marks) == len(mine)
    text = pd.read_parquet(rich_run / "documents.parquet").set_index("doc_id").loc[pdf.doc_id, "text"]
    spans = {f: text[s:e] for f, s, e in zip(mine["finding_id"], mine["start"], mine["end"])}
    assert all(m.text == " ".join(spans[m.get_attribute("data-finding")].split()) for m in marks)
    assert browser.find_elements(By.CSS_SELECTOR, "#doc-view mark.fm.focus")
    assert len(browser.find_element(By.CSS_SELECTOR, "#doc-view .doc-text").text) > 0.9 * len(" ".join(text.split()))


def _cell_count(browser, theme, authority):
    browser.find_element("css selector", "button[data-mode='count']").click()  # the matrix opens on shares
    return int(browser.find_element("css selector", f"#heat td.cell[data-kind='theme'][data-theme='{theme}']"
                                                    f"[data-authority='{authority}']").text)


def _wait_for(path, seconds=10.0):
    end = time.time() + seconds
    while time.time() < end:
        if path.exists() and path.stat().st_size > 0:
            return path
        time.sleep(0.1)
    raise AssertionError(f"{path} was not downloaded")


def test_review_survives_reload_and_its_files_are_applied(rich_run, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.select import Select

    from pipeline.stages import RunContext, matrix as matrix_stage, themes as themes_stage
    from tests.conftest import HashingEmbedder

    _open(browser, rich_run)
    findings = pd.read_csv(rich_run / "findings.csv", keep_default_na=False)
    sizes = findings.groupby("theme_id").size().sort_values(ascending=False)
    kept, renamed, merged, split = (int(t) for t in sizes.index[:4])
    authority = findings.loc[findings["theme_id"] == kept, "authority"].value_counts().index[0]
    browser.find_element(By.ID, "expand-all").click()
    before = _cell_count(browser, kept, authority)

    def open_cell(theme, who=None):
        who = who or findings.loc[findings["theme_id"] == theme, "authority"].iloc[0]
        browser.find_element(By.CSS_SELECTOR, f"#heat td.cell[data-kind='theme'][data-theme='{theme}']"
                                              f"[data-authority='{who}']").click()

    open_cell(kept, authority)
    quotes = browser.find_elements(By.CSS_SELECTOR, "#quotes-list li.q")
    accepted, rejected = quotes[0].get_attribute("data-finding"), quotes[1].get_attribute("data-finding")
    quotes[0].find_element(By.CSS_SELECTOR, "button[data-decision='accepted']").click()
    browser.find_element(By.CSS_SELECTOR, f"#quotes-list li.q[data-finding='{rejected}'] "
                                          "button[data-decision='rejected']").click()
    assert _cell_count(browser, kept, authority) == before - 1
    open_cell(renamed)
    box = browser.find_element(By.CSS_SELECTOR, "#theme-tools form[data-tool='rename'] input")
    box.clear()
    box.send_keys("Renamed in the page")
    browser.find_element(By.CSS_SELECTOR, "#theme-tools form[data-tool='rename'] button").click()
    assert "Renamed in the page" in browser.find_element(By.ID, "quotes-title").text
    open_cell(split)
    parts = browser.find_element(By.CSS_SELECTOR, "#theme-tools form[data-tool='split'] input")
    parts.clear()
    parts.send_keys("2")
    browser.find_element(By.CSS_SELECTOR, "#theme-tools form[data-tool='split'] button").click()
    open_cell(merged)
    merge_list = Select(browser.find_element(By.CSS_SELECTOR, "#theme-tools form[data-tool='merge'] select"))
    # Theme ids read as ids, not as counts in brackets.
    assert all(re.search(r" \(theme #\d+\)$", o.text) for o in merge_list.options)
    merge_list.select_by_value(str(kept))
    browser.find_element(By.CSS_SELECTOR, "#theme-tools form[data-tool='merge'] button").click()
    assert not browser.find_elements(By.CSS_SELECTOR, f"#heat td.cell[data-kind='theme'][data-theme='{merged}']")

    write_html(rich_run)  # the review is kept over a reload, also of a rebuilt report
    browser.refresh()
    browser.find_element(By.ID, "expand-all").click()
    labels = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#heat tr.sub th .label")]
    assert "Renamed in the page" in labels
    assert not browser.find_elements(By.CSS_SELECTOR, f"#heat td.cell[data-kind='theme'][data-theme='{merged}']")
    merged_in = ((findings["theme_id"] == merged) & (findings["authority"] == authority)).sum()
    assert _cell_count(browser, kept, authority) == before - 1 + merged_in
    open_cell(kept, authority)
    row = browser.find_element(By.CSS_SELECTOR, f"#quotes-list li.q[data-finding='{rejected}']")
    assert "rejected" in row.get_attribute("class")
    assert row.find_element(By.CSS_SELECTOR, "button[data-decision='rejected']").get_attribute("aria-pressed") == "true"

    _tab(browser, "review")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#edits tr")) == 1 + 3
    browser.find_element(By.ID, "download-edits").click()
    browser.find_element(By.ID, "download-quotes").click()
    edits_file = _wait_for(browser.downloads / "theme_edits.csv")
    reviewed_file = _wait_for(browser.downloads / "reviewed_quotes.csv")
    edits = pd.read_csv(edits_file, keep_default_na=False, dtype=str)
    assert list(edits.columns) == ["theme_id", "label", "merge_into", "split_into"]
    reviewed = pd.read_csv(reviewed_file, keep_default_na=False, dtype=str)
    assert dict(zip(reviewed["finding_id"], reviewed["decision"])) == {accepted: "accepted", rejected: "rejected"}
    assert set(reviewed["theme_id"]) == {str(kept)} and set(reviewed["authority"]) == {authority}

    # Applied by the pipeline: themes --edits, then matrix --review, on a copy of the run.
    applied = tmp_path / "applied"
    shutil.copytree(rich_run, applied)
    config = RunConfig(n_themes=4, cache_dir=str(applied.parent / "cache"), edits_file=str(edits_file),
                       review_file=str(reviewed_file))
    ctx = RunContext(applied, config, say=QUIET)
    ctx.use_embedder(HashingEmbedder())
    themes_stage.run(ctx)
    themes = pd.read_csv(applied / "themes.csv", keep_default_na=False)
    assert themes.set_index("theme_id").loc[renamed, "label"] == "Renamed in the page"
    assert merged not in set(themes["theme_id"]) and split not in set(themes["theme_id"])
    assert (themes["split_from"].astype(str) == str(split)).sum() == 2
    messages = []
    matrix_stage.run(RunContext(applied, config, say=messages.append))
    matrix = pd.read_csv(applied / "matrix_authority_theme.csv", index_col=0)
    row_name = next(name for name in matrix.index if name.startswith(f"{kept}: "))
    new_findings = pd.read_csv(applied / "findings.csv", keep_default_na=False)
    in_cell = ((new_findings["theme_id"] == kept) & (new_findings["authority"] == authority)).sum()
    assert matrix.loc[row_name, authority] == in_cell - 1
    assert any("1 rejected quotes left out" in m for m in messages)


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_no_panel_covers_the_matrix(rich_run, browser, size):
    from selenium.webdriver.common.by import By

    browser.set_window_size(*size)
    try:
        _open(browser, rich_run)
        browser.find_element(By.ID, "expand-all").click()
        authorities = sorted(pd.read_csv(rich_run / "findings.csv")["authority"].unique())
        browser.find_elements(By.CSS_SELECTOR, f"#heat tr.sub td.cell[data-authority='{authorities[-1]}']")[0].click()
        assert browser.find_element(By.ID, "quotes").is_displayed()
        covered = browser.execute_script("""
            const wrap = document.querySelector('.heat-wrap').getBoundingClientRect(), bad = [];
            for (const td of document.querySelectorAll('#heat td.cell, #heat th')) {
              const r = td.getBoundingClientRect();
              if (r.bottom < 100 || r.top > innerHeight - 2) continue;      // off screen vertically
              if (r.right > wrap.right + 1 || r.left < wrap.left - 1) { bad.push('clipped ' + td.textContent); continue; }
              const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
              if (!hit || !(td === hit || td.contains(hit))) bad.push('covered ' + td.textContent);
            }
            return bad;""")
        assert not covered, covered
        assert not browser.execute_script("return document.documentElement.scrollWidth > innerWidth")
        browser.save_screenshot(str(rich_run / f"workbench-{size[0]}x{size[1]}.png"))
    finally:
        browser.set_window_size(1280, 720)


def test_script_payload_is_inert_in_every_view(rich_run, browser):
    from selenium.webdriver.common.by import By

    _open(browser, rich_run)
    tabs = [t.get_attribute("data-view") for t in browser.find_elements(By.CSS_SELECTOR, "#tabs [role='tab']")]
    assert {"inspections", "tracker"} <= set(tabs)
    _search(browser, "pwned")
    for view in tabs:
        _tab(browser, view)
        if view == "findings":
            assert "<script>window.__pwned=1</script>" in browser.find_element(By.ID, "findings-list").text
            browser.find_element(By.CSS_SELECTOR, "#findings-list button.doc-link").click()
            assert "<img src=x" in browser.find_element(By.ID, "doc-view").text
        if view in ("inspections", "tracker"):
            assert "<script>window.__pwned=1</script>" in browser.find_element(By.ID, f"view-{view}").text
        if view == "map":
            browser.execute_script("const dot = document.querySelector('#scatter circle:not(.off)');"
                                   "dot.dispatchEvent(new MouseEvent('mouseover', {bubbles: true, clientX: 50, clientY: 50}));")
            assert "pwned" in browser.find_element(By.ID, "tip").get_attribute("textContent")
        assert browser.execute_script("return window.__pwned") is None, view
        assert not browser.find_elements(By.CSS_SELECTOR, "img"), view
        assert len(browser.find_elements(By.TAG_NAME, "script")) == 2, view
    severe = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert not severe, severe


def test_views_of_absent_tables_are_not_offered(run_dir, tmp_path):  # noqa: F811
    from pipeline.report.data import page_data

    data = page_data(run_dir)
    assert data["tables"] == {} and data["searches"] == []
    assert set(data["findings"]["page"]) <= {0}  # text documents have no page: none shown, no #page= link
    assert {p["title"] for p in data["methods"]} >= {"What was read", "Findings", "Themes", "Comparisons"}


def test_distinctive_cells_are_those_of_comparison_csv(rich_run):
    from pipeline.report.data import page_data

    data = page_data(rich_run)
    comparison = pd.read_csv(rich_run / "comparison.csv")
    # No inspection reports in this corpus: the headline view counts every finding and presets no filter.
    assert [v["key"] for v in data["views"]] == ["headline"] and data["views"][0]["preset"] == {}
    view = data["views"][0]
    column = {c: k + 2 for k, c in enumerate(view["columns"])}
    flagged = {(int(t), a) for t, a, d in zip(comparison["theme_id"], comparison["authority"], comparison["distinctive"]) if d}
    shown = {(row[0], data["authorities"][row[1]]) for row in view["cells"] if row[column["distinctive"]]}
    assert shown == flagged and len(flagged) == 2
    evidence = {(int(t), a): e for t, a, e in zip(comparison["theme_id"], comparison["authority"], comparison["evidence"])}
    assert all(row[column["evidence"]] == evidence[(row[0], data["authorities"][row[1]])] for row in view["cells"])


def test_keyboard_reaches_cells_quotes_and_tabs_and_print_shows_the_quotes(rich_run, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    _open(browser, rich_run)
    toggle = browser.find_element(By.CSS_SELECTOR, "#heat button.toggle")
    toggle.send_keys(Keys.ENTER)
    assert browser.find_elements(By.CSS_SELECTOR, "#heat tr.sub")
    cell = browser.find_element(By.CSS_SELECTOR, "#heat tr.sub td.cell")
    assert cell.get_attribute("tabindex") == "0"
    cell.send_keys(Keys.ENTER)
    assert browser.find_element(By.ID, "quotes").is_displayed()
    assert browser.switch_to.active_element.get_attribute("id") == "quotes-title"
    # Printing with a cell open prints its quotes, not the controls.
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        shown = browser.execute_script("return ['filters', 'views', 'quotes', 'tabs'].map("
                                       "(id) => getComputedStyle(document.getElementById(id)).display)")
        assert shown[0] == "none" and shown[1] == "none" and shown[2] != "none" and shown[3] == "none"
        assert browser.find_elements(By.CSS_SELECTOR, "#quotes-list li.q")[0].is_displayed()
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    browser.switch_to.active_element.send_keys(Keys.ESCAPE)
    assert not browser.find_element(By.ID, "quotes").is_displayed()
    assert "cell" in browser.switch_to.active_element.get_attribute("class")
    tab = browser.find_element(By.CSS_SELECTOR, "#tabs [data-view='matrix']")
    tab.send_keys(Keys.ARROW_RIGHT)
    assert browser.find_element(By.ID, "view-findings").is_displayed()
    assert browser.switch_to.active_element.get_attribute("data-view") == "findings"
    # Every control on show can take the focus.
    for view in ("matrix", "documents", "map", "review", "methods"):
        _tab(browser, view)
        unreachable = browser.execute_script("""
            return [...document.querySelectorAll('button, input, select, a[href], td.cell')]
              .filter((e) => e.offsetParent !== null && e.tabIndex < 0 && e.getAttribute('role') !== 'tab')
              .map((e) => e.outerHTML.slice(0, 80));""")
        assert not unreachable, (view, unreachable)


TRACKER_COLUMNS = ["rec_id", "authority", "report_file", "report_date", "report_grade", "recommendation", "next_file",
                   "next_date", "next_grade", "part", "rank", "file", "doc_type", "date", "finding_id", "similarity",
                   "kind", "polarity", "match", "status", "quote"]


def test_tracker_view_groups_each_recommendation_with_its_responses_and_verdict(rich_run, browser, tmp_path):
    from selenium.webdriver.common.by import By

    run = tmp_path / "tracked"
    shutil.copytree(rich_run, run)
    report = ["Walsall", "r1.pdf", "2016-05-01", "overall: inadequate"]
    later = ["r2.pdf", "2019-06-01", "overall: Requires improvement to be good"]  # as a later report words it
    rows = [
        ["R1", *report, "Improve chronologies", *later, "response", 1, "m.txt", "committee_minutes", "2016-09-01",
         "f1", 1.58, "action", "neutral", "similar", "linked", "Chronologies are now audited monthly"],
        ["R1", *report, "Improve chronologies", *later, "response", 2, "m.txt", "committee_minutes", "2016-09-01",
         "f3", 1.20, "finding", "concern", "restates the inspection", "linked", "Ofsted had found chronologies out of date"],
        ["R1", *report, "Improve chronologies", *later, "next_inspection", 1, "r2.pdf", "inspection_report",
         "2019-06-01", "f2", 0.88, "finding", "strength", "similar", "improved", "Chronologies are up to date"],
        ["R2", *report, MALICIOUS, *later, "response", 0, "", "", "", "", "", "", "", "", "none", ""],
        ["R2", *report, MALICIOUS, *later, "next_inspection", 0, "", "", "", "", "", "", "", "", "not mentioned", ""],
        ["R3", "Wirral", "w1.pdf", "2016-07-01", "", "Strengthen supervision", "", "", "", "response", 0, "", "", "",
         "", "", "", "", "", "no council documents", ""],
        ["R3", "Wirral", "w1.pdf", "2016-07-01", "", "Strengthen supervision", "", "", "", "next_inspection", 0, "",
         "", "", "", "", "", "", "", "no later inspection", ""],
    ]
    view, _ = _tracker_view(browser, run, rows)
    assert [h.text for h in view.find_elements(By.TAG_NAME, "h3")] == ["Walsall", "Wirral"]
    items = view.find_elements(By.CSS_SELECTOR, "details.track-rec")
    assert len(items) == 3  # one per recommendation, not one per row
    assert [i.find_element(By.CSS_SELECTOR, ".track-status").text for i in items] == [
        "improved", "not mentioned", "no later inspection"]
    items[0].find_element(By.TAG_NAME, "summary").click()
    assert "Chronologies are now audited monthly" in items[0].text and "Chronologies are up to date" in items[0].text
    # A line restating the inspection is shown, marked, and not counted as an answer.
    assert "1 response (and 1 line restating the inspection)" in items[0].find_element(By.TAG_NAME, "summary").text
    assert "restates the inspection, not an answer" in items[0].text
    # Both reports' grades in one case, whatever case each report wrote them in.
    assert view.find_element(By.TAG_NAME, "h4").text == "Report of 2016-05-01 · overall: inadequate"
    assert items[0].find_element(By.CSS_SELECTOR, ".next-grade").text == "overall: requires improvement to be good"
    items[1].find_element(By.TAG_NAME, "summary").click()
    # A combined score above 1 is not called a similarity; the view says what it combines.
    assert "match score 1.58" in items[0].text and "similarity 1.58" not in items[0].text
    score = items[0].find_element(By.CSS_SELECTOR, ".tag.score").get_attribute("title")
    assert "cosine similarity" in score and "not 0 to 1" in score
    # Nothing matched among council documents in the corpus, and no council documents at all, read differently.
    assert "no matching response found" in items[1].find_element(By.TAG_NAME, "summary").text
    assert "no council documents in the corpus after this report" in items[2].find_element(By.TAG_NAME, "summary").text
    assert "No matching response found" in items[1].text and "weak evidence" in items[1].text
    # Near the top, once: statuses come from polarity, with the measured agreement; absence is weak evidence.
    notes = [p.text for p in view.find_elements(By.CSS_SELECTOR, "p.track-note")]
    assert any("polarity" in n and "majority-class baseline" in n for n in notes)
    assert any("weak evidence" in n and "recall" in n for n in notes)
    assert "<script>window.__pwned=1</script>" in items[1].text
    assert browser.execute_script("return window.__pwned") is None
    _search(browser, "chronologies")
    assert len(view.find_elements(By.CSS_SELECTOR, "details.track-rec")) == 1
    _search(browser, "")


def test_tracker_view_says_why_a_board_recommendation_is_not_mentioned(rich_run, browser, tmp_path):
    """A recommendation to the Board whose next report reviews no Board (tracker.csv `match` on its status row) says
    so under its status; a recommendation simply not mentioned does not."""
    from selenium.webdriver.common.by import By

    from pipeline.tracker.board import NOT_REVIEWED

    run = tmp_path / "board"
    shutil.copytree(rich_run, run)
    report = ["Walsall", "r1.pdf", "2015-05-01", "overall: requires improvement"]
    later = ["r2.pdf", "2020-06-01", "overall: Good"]
    rows = []
    for rec, text, match in (("R1", "Ensure partners come to the Board's meetings", NOT_REVIEWED),
                             ("R2", "Improve the timeliness of plans", "")):
        rows += [[rec, *report, text, *later, "response", 0, "", "", "", "", "", "", "", "", "none", ""],
                 [rec, *report, text, *later, "next_inspection", 0, "", "", "", "", "", "", "", match, "not mentioned",
                  ""]]
    view, _ = _tracker_view(browser, run, rows)
    items = view.find_elements(By.CSS_SELECTOR, "details.track-rec")
    assert [i.find_element(By.CSS_SELECTOR, ".track-status").text for i in items] == ["not mentioned"] * 2
    for item in items:
        item.find_element(By.TAG_NAME, "summary").click()
    reasons = [item.find_elements(By.CSS_SELECTOR, ".next-reason") for item in items]
    assert len(reasons[0]) == 1 and "does not review the Board" in reasons[0][0].text
    assert reasons[1] == []


def test_a_printed_tracker_shows_every_recommendations_responses_and_evidence(rich_run, browser, tmp_path):
    """On paper nothing can be opened: printing opens each recommendation's responses and the next inspection's
    evidence, and closes them again after."""
    import base64
    import io

    from pypdf import PdfReader

    run = tmp_path / "printed"
    shutil.copytree(rich_run, run)
    report = ["Walsall", "r1.pdf", "2016-05-01", "overall: inadequate"]
    later = ["r2.pdf", "2019-06-01", "overall: requires improvement to be good"]
    rows = [
        ["R1", *report, "Improve chronologies", *later, "response", 1, "m.txt", "committee_minutes", "2016-09-01",
         "f1", 0.81, "action", "neutral", "similar", "linked", "Chronologies are now audited monthly"],
        ["R1", *report, "Improve chronologies", *later, "next_inspection", 1, "r2.pdf", "inspection_report",
         "2019-06-01", "f2", 0.77, "finding", "strength", "similar", "improved", "Chronologies are up to date"],
    ]
    view, _ = _tracker_view(browser, run, rows)
    assert "Chronologies are now audited monthly" not in view.text  # closed on screen
    pdf = browser.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69})
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(base64.b64decode(pdf["data"]))).pages)
    text = " ".join(text.split())
    assert "Chronologies are now audited monthly" in text and "Chronologies are up to date" in text
    assert "Tracker view, printed" in text
    browser.execute_script("window.dispatchEvent(new Event('afterprint'))")
    assert browser.execute_script("return document.querySelectorAll('#view-tracker details[open]').length") == 0


def test_tracker_view_lists_an_authoritys_reports_oldest_first(rich_run, browser, tmp_path):
    from selenium.webdriver.common.by import By

    run = tmp_path / "tracked_order"
    shutil.copytree(rich_run, run)

    def rec(rec_id, file, date, text):
        return [[rec_id, "Walsall", file, date, "", text, "", "", "", part, 0, "", "", "", "", "", "", "", "", status,
                 ""] for part, status in (("response", "none"), ("next_inspection", "no later inspection"))]

    # Written newest first, as a table sorted by file name can be.
    rows = rec("A1", "a_2021.pdf", "2021-11-26", "Improve supervision") + rec("B1", "b_2012.pdf", "2012-07-31",
                                                                             "Improve chronologies")
    view, _ = _tracker_view(browser, run, rows)
    assert [h.text for h in view.find_elements(By.TAG_NAME, "h4")] == ["Report of 2012-07-31", "Report of 2021-11-26"]


def test_authorities_list_only_inspection_reports_grades_as_ofsted_judgements(rich_run, browser, tmp_path):
    from selenium.webdriver.common.by import By

    run = tmp_path / "graded"
    shutil.copytree(rich_run, run)
    documents = pd.read_csv(run / "documents.csv", keep_default_na=False, dtype=str)
    walsall = documents.index[documents["authority"] == "Walsall"].tolist()
    documents.loc[walsall[0], "doc_type"] = "inspection_report"
    documents.loc[walsall[1], "doc_type"] = "council_motion"
    documents.to_csv(run / "documents.csv", index=False)
    report, motion = documents.loc[walsall[0], "doc_id"], documents.loc[walsall[1], "doc_id"]
    pd.DataFrame({"doc_id": [report, motion], "authority": ["Walsall", "Walsall"],
                  "date": ["2016-03-12", "2019-03-12"], "framework": ["SIF", "council_motion"],
                  "area": ["overall effectiveness", "adoption performance"], "grade_text": ["inadequate", "good"],
                  "grade": [4, 2], "finding_id": ["", ""], "start": [0, 0], "end": [1, 1], "previous": ["", ""]}
                 ).to_csv(run / "judgements.csv", index=False)
    write_html(run)
    _open(browser, run)
    _tab(browser, "authorities")
    card = browser.find_element(By.CSS_SELECTOR, "#view-authorities .card[data-authority='Walsall']")
    ofsted = card.find_element(By.CSS_SELECTOR, "table.ofsted-grades").text
    stated = card.find_element(By.CSS_SELECTOR, "table.stated-grades").text
    assert "overall effectiveness" in ofsted and "adoption performance" not in ofsted
    assert "adoption performance" in stated and "stated in a council document (council motion)" in stated
    assert "Ofsted judgements found" not in card.text


def test_a_repeat_is_listed_marked_and_left_out_of_every_count(rich_run, browser, tmp_path):
    from selenium.webdriver.common.by import By

    run = tmp_path / "repeats"
    shutil.copytree(rich_run, run)
    findings = pd.read_parquet(run / "findings.parquet")
    authority = findings["authority"].iloc[0]
    theme = int(findings.loc[findings["authority"] == authority, "theme_id"].value_counts().index[0])
    cell = findings[(findings["authority"] == authority) & (findings["theme_id"] == theme)]
    repeat = cell.index[-1]
    findings["duplicate_of"] = ""
    findings.loc[repeat, "duplicate_of"] = cell["finding_id"].iloc[0]
    findings.to_parquet(run / "findings.parquet", index=False)
    write_html(run)
    _open(browser, run)
    label = browser.execute_script(f"return CF.review.label({theme})")
    browser.find_element(By.ID, "expand-all").click()
    counted = _cell_count(browser, theme, authority)
    assert counted == len(cell) - 1
    browser.find_element(By.CSS_SELECTOR, f"#heat td.cell[data-kind='theme'][data-theme='{theme}']"
                                          f"[data-authority='{authority}']").click()
    title = browser.find_element(By.ID, "quotes-title").text
    assert title.endswith(f"({counted} counted; {len(cell)} listed: 1 repeat not counted)"), title
    marked = browser.find_elements(By.CSS_SELECTOR, "#quotes-list li.q.uncounted")
    assert [m.get_attribute("data-finding") for m in marked] == [findings.loc[repeat, "finding_id"]]
    assert "repeat, not counted" in marked[0].text
    _tab(browser, "authorities")
    card = browser.find_element(By.CSS_SELECTOR, f"#view-authorities .card[data-authority='{authority}']")
    assert f"{label} ({counted} findings)" in card.text
    assert "1 more are repeats or stock text, not counted" in card.text


def test_tracker_view_shows_a_restated_finding_once_among_the_next_inspections_evidence(rich_run, browser, tmp_path):
    """A summary sentence and the body sentence restating it (duplicate_of) are one piece of evidence: the earlier
    is listed, saying where it is restated; tracker.csv keeps both rows."""
    from selenium.webdriver.common.by import By

    run = tmp_path / "restated"
    shutil.copytree(rich_run, run)
    findings = pd.read_parquet(run / "findings.parquet")
    walsall = findings[findings["authority"] == "Walsall"]
    document = walsall[walsall["doc_id"] == walsall["doc_id"].iloc[0]]
    summary, body, other = (document.iloc[k] for k in (0, 5, 2))
    findings.loc[body.name, "duplicate_of"] = summary["finding_id"]
    findings.to_parquet(run / "findings.parquet", index=False)
    report = ["Walsall", "r1.pdf", "2016-05-01", "overall: inadequate"]
    later = ["r2.pdf", "2019-06-01", "overall: good"]

    def evidence(rank, finding, polarity):
        return ["R1", *report, "Improve chronologies", *later, "next_inspection", rank, "r2.pdf", "inspection_report",
                "2019-06-01", finding["finding_id"], 0.8 - rank / 100, "finding", polarity, "similar", "improved",
                finding["text"]]

    rows = [["R1", *report, "Improve chronologies", *later, "response", 0, "", "", "", "", "", "", "", "", "none", ""],
            evidence(1, body, "strength"), evidence(2, other, "strength"), evidence(3, summary, "strength")]
    view, written = _tracker_view(browser, run, rows)
    item = view.find_element(By.CSS_SELECTOR, "details.track-rec")
    item.find_element(By.TAG_NAME, "summary").click()
    quotes = [q.text for q in item.find_elements(By.CSS_SELECTOR, ".track-part:last-child .quote-list > li p.quote")]
    assert quotes == [summary["text"], other["text"]]  # the repeat folded into the finding it repeats, which it outranked
    restated = item.find_elements(By.CSS_SELECTOR, ".track-part:last-child .quote-list > li p.restated")
    assert len(restated) == 1 and restated[0].text.startswith("Also restated in ")
    assert f"para {body['para_ref']}" in restated[0].text
    assert (run / "tracker.csv").read_bytes() == written


def test_tracker_view_says_where_the_report_asks_each_recommendation(rich_run, browser, tmp_path):
    """An opened recommendation names the report, section, paragraph and page it is asked in, with its source link
    and timescale (recommendations.csv), so it can be quoted and cited; tracker.csv is not changed."""
    from selenium.webdriver.common.by import By

    run = tmp_path / "asked"
    shutil.copytree(rich_run, run)
    findings = pd.read_parquet(run / "findings.parquet")
    asked = findings[findings["authority"] == "West Sussex"].iloc[3]
    pd.DataFrame({"rec_id": ["R9"], "doc_id": [asked["doc_id"]], "file": [""], "authority": ["West Sussex"],
                  "date": ["2020-01-01"], "text": [asked["text"]], "finding_id": [asked["finding_id"]],
                  "finding_ids": [asked["finding_id"]], "section": [""], "timescale": ["within three months"],
                  "theme_id": [0], "theme_label": [""]}).to_csv(run / "recommendations.csv", index=False)
    rows = [["R9", "West Sussex", "west-sussex_2020.pdf", "2020-01-01", "", asked["text"], "", "", "", part, 0, "", "",
             "", "", "", "", "", "", status, ""] for part, status in (("response", "none"),
                                                                       ("next_inspection", "no later inspection"))]
    view, written = _tracker_view(browser, run, rows)
    item = view.find_element(By.CSS_SELECTOR, "details.track-rec")
    item.find_element(By.TAG_NAME, "summary").click()
    where = item.find_element(By.CSS_SELECTOR, ".rec-source")
    assert where.text.startswith("Asked in ") and "timescale: within three months" in where.text
    assert f"p. {asked['page']}" in where.text
    link = where.find_element(By.CSS_SELECTOR, "a.source-link").get_attribute("href")
    assert link == f"https://reports.example/west-sussex_2020.pdf#page={asked['page']}"
    assert (run / "tracker.csv").read_bytes() == written
