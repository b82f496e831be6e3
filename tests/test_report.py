"""report.html in a real headless Chromium, and workbook.xlsx read back, on a run folder built from a small corpus
that includes a document carrying script and image-onerror markup."""

from __future__ import annotations

import re
import shutil
import zipfile

import pandas as pd
import pytest

from pipeline.config import RunConfig
from pipeline.report import build_report
from pipeline.report.html import safe_json
from pipeline.runfolder import read_record
from tests.conftest import run_small

MALICIOUS = "<script>window.__pwned=1</script> and <img src=x onerror=\"window.__pwned=1\">"
LINES = [
    "Social workers carry high caseloads and workloads are heavy.",
    "Police attendance at strategy discussions is poor.",
    "Chronologies are missing from case files.",
    "Managers do not record their oversight of casework.",
]


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    base = tmp_path_factory.mktemp("report")
    corpus = base / "corpus"
    corpus.mkdir()
    for year, authority in ((2016, "Walsall"), (2019, "Walsall"), (2019, "Wirral"), (2020, "West Sussex")):
        team = {"Walsall": "northern", "Wirral": "coastal", "West Sussex": "rural"}[authority]
        # Each council's wording differs by more than its name, or every finding would be stock text.
        # And each round is worded afresh, or its findings would be near-duplicates of the first round's.
        openers = ["Members heard that in", "Officers reported in June that in", "The October audit found that in"]
        body = "\n\n".join(f"{i}. {openers[(i - 1) // len(LINES)]} the {team} teams of {authority}, {line.lower()}"
                             for i, line in enumerate(LINES * 3, start=1))
        if authority == "Wirral":
            body += f"\n\n13. The committee noted that {MALICIOUS} appeared in a social worker's case notes."
        (corpus / f"{authority.lower().replace(' ', '-')}_{year}.txt").write_text(
            f"{authority} Council\n\nChildren's Scrutiny Committee, 12 March {year}\n\n{body}\n", encoding="utf-8")
    out = run_small(corpus, base / "run", RunConfig(n_themes=4, cache_dir=str(base / "cache"))).run_dir
    build_report(out)
    return out


def test_page_is_self_contained_and_escapes_document_text(run_dir):
    page = (run_dir / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    data = page.split('id="report-data">', 1)[1].split("</script>", 1)[0]
    assert "<script>" not in data and "<img" not in data
    assert "\\u003cscript\\u003e" in data
    assert "<" not in safe_json({"x": "</script><b>"})


def test_workbook_matches_the_csv_files(run_dir):
    sheets = pd.read_excel(run_dir / "workbook.xlsx", sheet_name=None, keep_default_na=False)
    findings = pd.read_csv(run_dir / "findings.csv", keep_default_na=False)
    assert sheets["Findings"]["finding_id"].tolist() == findings["finding_id"].tolist()
    assert sheets["Findings"]["text"].tolist() == findings["text"].tolist()
    matrix = pd.read_csv(run_dir / "matrix_authority_theme.csv")
    pd.testing.assert_frame_equal(sheets["M auth theme"], matrix, check_dtype=False)
    assert {"Themes", "Documents", "Judgements"} <= set(sheets)


def test_every_matrix_file_has_its_own_sheet_named_in_the_contents(run_dir):
    sheets = pd.read_excel(run_dir / "workbook.xlsx", sheet_name=None, keep_default_na=False)
    contents = sheets["Contents"]
    assert list(sheets)[0] == "Contents" and contents["sheet"].tolist() == list(sheets)[1:]
    files = dict(zip(contents["file"], contents["sheet"]))
    # what to know before citing: documents are the comparison's unit, z pools findings, statuses want reading
    notes = dict(zip(contents["sheet"], contents["note"]))
    assert "documents are the sampling unit" in notes["Comparison"] and "z pool findings" in notes["Comparison"]
    assert notes["Tracker"].startswith("a next-inspection status agreed with a reader's 0.")
    # every sheet says what it holds; a matrix sheet what its numbers count, of which findings (matrix_views.csv)
    assert all(str(note).strip() for note in contents["note"])
    views = pd.read_csv(run_dir / "matrix_views.csv", keep_default_na=False)
    for file, counts in zip(views["file"], views["counts"]):
        assert notes[files[file]].startswith(counts + "; of the findings: ")
    assert "doc_id" in notes[files["matrix_document_theme.csv"]]
    matrices = sorted(p.name for p in run_dir.glob("matrix_*.csv"))
    assert len(matrices) > 3 and set(matrices) <= set(files)
    for name in matrices:
        pd.testing.assert_frame_equal(sheets[files[name]], pd.read_csv(run_dir / name, keep_default_na=False),
                                      check_dtype=False)


def test_inspections_their_changes_and_trends_have_sheets_of_their_own(tmp_path):
    """A reader following a council over its inspections finds inspections.csv, inspection_changes.csv,
    trends.csv and its national context (grade_themes.csv, grade_positions.csv) in the workbook, each named in the
    contents, as written."""
    from pipeline.report.workbook import write_workbook

    tables = {"inspections": pd.DataFrame({"doc_id": ["d1", "d2"], "authority": ["Wirral", "Wirral"],
                                           "published": ["2016-09-20", "2019-07-29"], "n_findings": [586, 218]}),
              "inspection_changes": pd.DataFrame({"authority": ["Wirral"], "theme_id": [3], "doc_id": ["d2"],
                                                  "status": ["concern"], "change": ["strength -> concern"]}),
              "trends": pd.DataFrame({"authority": ["Wirral"], "inspection_no": [2], "doc_id": ["d2"],
                                      "theme_id": [3], "count": [9], "share": [0.0413]}),
              "grade_themes": pd.DataFrame({"framework": ["all"], "theme_id": [3], "grade": ["inadequate"],
                                            "concern_share": [0.0349], "difference": [0.0214], "q_value": [0.0119]}),
              "grade_positions": pd.DataFrame({"doc_id": ["d2"], "authority": ["Wirral"], "theme_id": [3],
                                               "concern_share": [0.041], "percentile": [93.5], "position": ["top tenth"]})}
    for stem, table in tables.items():
        table.to_csv(tmp_path / f"{stem}.csv", index=False)
    write_workbook(tmp_path)
    sheets = pd.read_excel(tmp_path / "workbook.xlsx", sheet_name=None, keep_default_na=False)
    files = dict(zip(sheets["Contents"]["file"], sheets["Contents"]["sheet"]))
    for stem, table in tables.items():
        assert files[f"{stem}.csv"] in ("Inspections", "Inspection changes", "Trends", "Grade themes", "Grade positions")
        pd.testing.assert_frame_equal(sheets[files[f"{stem}.csv"]], table, check_dtype=False)


def test_a_codebook_runs_finding_codes_have_a_sheet_after_the_themes(tmp_path):
    """Which findings each code took, at what similarity: finding_codes.csv is a sheet of the workbook, as written."""
    from pipeline.report.workbook import write_workbook

    pd.DataFrame({"theme_id": [0, 1], "label": ["Caseloads", "(discovered) Schools"],
                  "source": ["codebook", "discovered"]}).to_csv(tmp_path / "themes.csv", index=False)
    codes = pd.DataFrame({"finding_id": ["d1-3", "d1-3", "d2-9"], "code": ["Caseloads", "Supervision", "Caseloads"],
                          "similarity": [0.61, 0.43, 0.48]})
    codes.to_csv(tmp_path / "finding_codes.csv", index=False)
    write_workbook(tmp_path)
    sheets = pd.read_excel(tmp_path / "workbook.xlsx", sheet_name=None, keep_default_na=False)
    assert list(sheets)[:3] == ["Contents", "Themes", "Finding codes"]
    pd.testing.assert_frame_equal(sheets["Finding codes"], codes, check_dtype=False)
    assert dict(zip(sheets["Contents"]["sheet"], sheets["Contents"]["file"]))["Finding codes"] == "finding_codes.csv"


def test_sheet_names_of_long_matrix_files_stay_apart_within_31_characters(tmp_path):
    from pipeline.report.workbook import sources

    stems = ["matrix_authority_broad_theme_share__all", "matrix_authority_broad_theme_share__council",
             "matrix_authority_theme_strength__council", "matrix_inspection_theme_concern__all",
             "matrix_authority_with_a_very_long_measure_name_x__council",
             "matrix_authority_with_a_very_long_measure_name_y__council"]
    for number, stem in enumerate(stems):
        pd.DataFrame({"theme": ["t"], "A": [number]}).to_csv(tmp_path / f"{stem}.csv", index=False)
    names = {path.stem: name for name, path in sources(tmp_path).items()}
    assert set(names) == set(stems) and len(set(n.lower() for n in names.values())) == len(stems)
    assert all(len(name) <= 31 for name in names.values())
    assert names["matrix_authority_broad_theme_share__council"] == "M auth broad share (council)"
    assert names["matrix_authority_broad_theme_share__all"] == "M auth broad share (all)"


def test_qdpx_validates_against_the_refi_qda_schema_and_slices_exactly(run_dir):
    import zipfile
    from pathlib import Path

    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(Path(__file__).parent / "data/refi-qda/Project-mrt2019.xsd")))
    with zipfile.ZipFile(run_dir / "project.qdpx") as archive:
        qde = etree.fromstring(archive.read("project.qde"))
        schema.assertValid(qde)
        ns = {"q": "urn:QDA-XML:project:1.0"}
        findings = pd.read_parquet(run_dir / "findings.parquet").set_index("finding_id")
        documents = pd.read_parquet(run_dir / "documents.parquet")
        sources = qde.findall(".//q:TextSource", ns)
        assert len(sources) == len(documents)
        checked = 0
        for source in sources:
            text = archive.read("sources/" + source.get("plainTextPath").split("//", 1)[1]).decode("utf-8")
            assert text in set(documents["text"])
            for selection in source.findall("q:PlainTextSelection", ns):
                finding = findings.loc[selection.get("name")]
                start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
                assert text[start:end] == finding["text"]
                checked += 1
        assert checked == len(findings)
        codes = qde.findall(".//q:CodeBook//q:Code[@isCodable='true']", ns)
        marks = qde.findall(".//q:CodeBook//q:Code[@name='Marks given by the pipeline']/q:Code", ns)
        assert len(codes) == len(pd.read_csv(run_dir / "themes.csv")) + len(marks) and len(marks) == 4
        assert {v.get("name") for v in qde.findall(".//q:Variable", ns)} == {"authority", "doc_type", "date"}


def test_qdpx_codes_every_codebook_code_and_the_pipelines_marks_and_carries_a_memo(run_dir, tmp_path):
    """A researcher importing the project can query a theme with or without concerns, repeats and stock text, sees
    every code a codebook gave a finding (with its similarity), reads a memo saying how it was made, and tells
    sources of one title apart."""
    from pathlib import Path

    from lxml import etree

    from pipeline.report.qdpx import MARKS_NAME, guid, write_qdpx

    run = tmp_path / "run"
    shutil.copytree(run_dir, run)
    findings = pd.read_parquet(run / "findings.parquet")
    themes = pd.read_csv(run / "themes.csv", keep_default_na=False)
    first, second = findings.iloc[0], findings.iloc[1]
    findings.loc[1, "duplicate_of"] = first["finding_id"]
    findings.loc[2, "stock"] = True
    findings.to_parquet(run / "findings.parquet", index=False)
    other = themes.loc[themes["theme_id"] != first["theme_id"]].iloc[0]
    own = themes.loc[themes["theme_id"] == first["theme_id"], "label"].iloc[0]
    pd.DataFrame({"finding_id": [first["finding_id"]] * 2, "code": [own, other["label"]],
                  "similarity": [0.61, 0.47]}).to_csv(run / "finding_codes.csv", index=False)
    documents = pd.read_parquet(run / "documents.parquet")
    documents["title"] = "Walsall Council"  # every document titled alike
    documents.to_parquet(run / "documents.parquet", index=False)
    write_qdpx(run)

    schema = etree.XMLSchema(etree.parse(str(Path(__file__).parent / "data/refi-qda/Project-mrt2019.xsd")))
    ns = {"q": "urn:QDA-XML:project:1.0"}
    qde = etree.fromstring(zipfile.ZipFile(run / "project.qdpx").read("project.qde"))
    schema.assertValid(qde)

    def coded(finding_id):
        selection = qde.find(f".//q:PlainTextSelection[@name='{finding_id}']", ns)
        return selection, [ref.get("targetGUID") for ref in selection.findall("q:Coding/q:CodeRef", ns)]

    selection, targets = coded(first["finding_id"])
    assert targets[:2] == [guid("theme", first["theme_id"]), guid("theme", other["theme_id"])]
    assert f"{other['label']} (0.47)" in selection.find("q:Description", ns).text
    assert (guid("mark", "concern") in targets) == (first["polarity"] == "concern")
    assert (guid("mark", "strength") in targets) == (first["polarity"] == "strength")
    selection, targets = coded(second["finding_id"])
    assert guid("mark", "repeat") in targets and f"repeats {first['finding_id']}" in selection.find("q:Description", ns).text
    assert guid("mark", "stock") in coded(findings.iloc[2]["finding_id"])[1]
    marks = qde.find(f".//q:CodeBook//q:Code[@name='{MARKS_NAME}']", ns)
    assert marks.get("isCodable") == "false" and len(marks.findall("q:Code", ns)) == 4
    all_codes = {code.get("guid") for code in qde.iter("{urn:QDA-XML:project:1.0}Code")}
    assert all(ref.get("targetGUID") in all_codes for ref in qde.iter("{urn:QDA-XML:project:1.0}CodeRef"))
    note = qde.find(".//q:Notes/q:Note", ns)
    assert qde.find("q:NoteRef", ns).get("targetGUID") == note.get("guid")
    text = note.find("q:PlainTextContent", ns).text
    assert f"{len(findings)} findings" in text and "Repeat of an earlier finding (1)" in text and "codebook" in text
    names = [source.get("name") for source in qde.findall(".//q:TextSource", ns)]
    assert len(set(names)) == len(names) == len(documents) and all(n.startswith("Walsall Council (") for n in names)


def test_a_codebook_runs_quotes_show_each_findings_codes_and_similarities(run_dir, tmp_path):
    """In codebook mode a quote says which codes its finding was given and at what similarity (finding_codes.csv),
    or that no code fits; a run without codes shows no such tag."""
    from pipeline.report.html import write_html

    run = tmp_path / "run"
    shutil.copytree(run_dir, run)
    findings = pd.read_parquet(run / "findings.parquet")
    first = findings["finding_id"].iloc[0]
    pd.DataFrame({"finding_id": [first, first], "code": ["Caseloads", "Supervision"],
                  "similarity": [0.614, 0.43]}).to_csv(run / "finding_codes.csv", index=False)
    write_html(run)
    browser = _browser(tmp_path / "profile")
    try:
        def tags(folder):
            browser.get((folder / "report.html").as_uri())
            return browser.execute_script(
                "return [0, 1].map((i) => [...CF.quoteItem(i).querySelectorAll('.tag.codes')].map((t) => t.textContent))")
        assert tags(run) == [["codes: Caseloads 0.61 · Supervision 0.43"], ["fits no code"]]
        assert tags(run_dir) == [[], []]
    finally:
        browser.quit()


def test_qdpx_a_broad_theme_of_one_theme_of_its_name_is_not_a_parent_of_itself():
    from lxml import etree

    from pipeline.report.qdpx import _codebook

    themes = pd.DataFrame({"theme_id": [0, 1, 2], "label": ["Placements", "Caseloads", "Agency staff"],
                           "keywords": ["a", "b", "c"], "parent_theme_id": [7, 8, 8],
                           "parent_label": ["Placements", "Workforce", "Workforce"]})
    book = etree.fromstring(_codebook(themes).replace("<CodeBook>", '<CodeBook xmlns="urn:QDA-XML:project:1.0">', 1))
    ns = {"q": "urn:QDA-XML:project:1.0"}
    top = [(c.get("name"), c.get("isCodable")) for c in book.findall("q:Codes/q:Code", ns)]
    assert top == [("Placements", "true"), ("Workforce", "false"), ("Marks given by the pipeline", "false")]
    assert [c.get("name") for c in book.findall("q:Codes/q:Code[@name='Workforce']/q:Code", ns)] == [
        "Caseloads", "Agency staff"]


def test_qdpx_source_names_add_the_date_then_the_file_only_where_titles_repeat():
    from pipeline.report.qdpx import source_names

    documents = pd.DataFrame({"title": ["Wirral Council", "Wirral Council", "Minutes", "Minutes", "", "Report"],
                              "date": ["2016-09-20", "2019-07-29", "2019", "2019", "2020-01-01", "2021-02-02"],
                              "file": ["a.pdf", "b.pdf", "c.html", "d.html", "e.txt", "f.pdf"]})
    names = source_names(documents)
    assert names[:2] == ["Wirral Council (2016-09-20)", "Wirral Council (2019-07-29)"]
    assert names[2].endswith("(c.html)") and names[3].endswith("(d.html)") and names[2] != names[3]
    assert names[4:] == ["e.txt", "Report"]


def _browser(profile, downloads=None, size=(1400, 1600)):
    selenium = pytest.importorskip("selenium")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.skip("Debian chromium and chromium-driver are not installed (make test installs them)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", f"--window-size={size[0]},{size[1]}",
                 f"--user-data-dir={profile}"):
        options.add_argument(flag)
    if downloads is not None:
        options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                                  "download.prompt_for_download": False})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    del selenium
    browser = webdriver.Chrome(service=Service(driver), options=options)
    browser.set_window_size(*size)
    return browser


def test_report_in_a_real_browser(run_dir, tmp_path):
    from selenium.webdriver.common.by import By

    browser = _browser(tmp_path / "profile")
    try:
        browser.get((run_dir / "report.html").as_uri())
        severe = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
        assert not severe, severe
        tabs = {t.get_attribute("data-view") for t in browser.find_elements(By.CSS_SELECTOR, "#tabs [role='tab']")}
        assert not {"inspections", "tracker"} & tabs  # no inspections.csv / tracker.csv: no such views
        browser.find_element(By.ID, "expand-all").click()
        themes = pd.read_csv(run_dir / "themes.csv")
        authorities = sorted(pd.read_csv(run_dir / "findings.csv")["authority"].unique())
        cells = browser.find_elements(By.CSS_SELECTOR, "#heat td.cell[data-kind='theme']")
        assert len(cells) == len(themes) * len(authorities)
        findings = pd.read_csv(run_dir / "findings.csv")
        bad = findings[findings["text"].str.contains("__pwned", regex=False)].iloc[0]
        cell = next(c for c in cells if c.get_attribute("data-authority") == bad.authority
                    and int(c.get_attribute("data-theme")) == bad.theme_id)
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", cell)
        cell.click()
        assert browser.find_element(By.ID, "quotes").is_displayed()
        quotes = [q.text for q in browser.find_elements(By.CSS_SELECTOR, "#quotes-list .quote")]
        expected = findings[(findings.theme_id == bad.theme_id) & (findings.authority == bad.authority)]["text"]
        assert sorted(quotes) == sorted(" ".join(t.split()) for t in expected)
        assert any("<script>window.__pwned=1</script>" in q for q in quotes)  # shown literally
        assert browser.execute_script("return window.__pwned") is None  # and never run
        browser.save_screenshot(str(run_dir / "report-quotes.png"))
        browser.find_element(By.ID, "quotes-close").click()
        browser.find_element(By.CSS_SELECTOR, "button[data-mode='share']").click()
        assert "%" in browser.find_elements(By.CSS_SELECTOR, "#heat td.cell")[0].text
        browser.save_screenshot(str(run_dir / "report.png"))
        assert (run_dir / "report.png").stat().st_size > 10_000
    finally:
        browser.quit()


def test_an_unchanged_rerun_takes_over_the_workbook_and_project_and_a_change_rebuilds_them(run_dir, tmp_path):
    from pipeline.runfolder import read_record

    again = tmp_path / "again"
    shutil.copytree(run_dir, again)
    for name in ("report.html", "workbook.xlsx", "project.qdpx"):
        (again / name).unlink()
    build_report(again, previous=run_dir)
    for name in ("workbook.xlsx", "project.qdpx"):
        assert (again / name).read_bytes() == (run_dir / name).read_bytes()
    assert (again / "report.html").exists()
    assert read_record(again)["report_sources"] == read_record(run_dir)["report_sources"]

    changed = tmp_path / "changed"
    shutil.copytree(run_dir, changed)
    themes = pd.read_csv(changed / "themes.csv", keep_default_na=False)
    themes.loc[0, "label"] = "Renamed by a researcher"
    themes.to_csv(changed / "themes.csv", index=False)
    (changed / "workbook.xlsx").write_bytes(b"stale")
    (changed / "project.qdpx").write_bytes(b"stale")
    build_report(changed, previous=run_dir)
    sheets = pd.read_excel(changed / "workbook.xlsx", sheet_name=None, keep_default_na=False)
    assert sheets["Themes"]["label"].iloc[0] == "Renamed by a researcher"
    assert b"Renamed by a researcher" in zipfile.ZipFile(changed / "project.qdpx").read("project.qde")
    assert read_record(changed)["report_sources"] != read_record(run_dir)["report_sources"]

    edited = tmp_path / "edited"  # a previous run whose workbook someone changed after the run
    shutil.copytree(run_dir, edited)
    (edited / "workbook.xlsx").write_bytes(b"edited by hand")
    fresh = tmp_path / "fresh"
    shutil.copytree(run_dir, fresh)
    build_report(fresh, previous=edited)
    assert (fresh / "workbook.xlsx").read_bytes() == (run_dir / "workbook.xlsx").read_bytes()


def test_a_rerun_with_unchanged_tables_rewrites_the_workbook_and_project_when_their_code_changed(run_dir, tmp_path,
                                                                                                monkeypatch):
    """Runs built before a change of wording keep it no longer: the earlier workbook and project are taken over only
    when the code that writes them is the same as well."""
    import pipeline.report as report
    from pipeline.report import qdpx, workbook

    older = tmp_path / "older"  # the same tables, written by code that worded dates otherwise
    shutil.copytree(run_dir, older)
    with monkeypatch.context() as patch:
        patch.setattr(workbook, "matrix_sheet_name", lambda stem: f"OLD WORDING {stem}"[:31])
        patch.setattr(qdpx, "date_text", lambda value: "OLD WORDING")
        patch.setattr(report, "code_digest", lambda names: "the code before the change")
        build_report(older)
        same_code = tmp_path / "same_code"  # a rerun by that same code takes its files over
        shutil.copytree(run_dir, same_code)
        build_report(same_code, previous=older)
        assert (same_code / "workbook.xlsx").read_bytes() == (older / "workbook.xlsx").read_bytes()

    def wording(folder, name):
        with zipfile.ZipFile(folder / name) as packed:
            return b"".join(packed.read(member) for member in packed.namelist())

    for name in ("workbook.xlsx", "project.qdpx"):
        assert b"OLD WORDING" in wording(older, name) and b"OLD WORDING" in wording(same_code, name)
    rerun = tmp_path / "rerun"  # the current code, the same tables
    shutil.copytree(run_dir, rerun)
    build_report(rerun, previous=older)
    for name in ("workbook.xlsx", "project.qdpx"):
        assert b"OLD WORDING" not in wording(rerun, name)
        assert read_record(rerun)["report_sources"][name]["sources"] != read_record(older)["report_sources"][name][
            "sources"]
    assert (rerun / "workbook.xlsx").read_bytes() == (run_dir / "workbook.xlsx").read_bytes()


def test_qdpx_guids_are_uuid5_of_the_run_ids():
    import uuid

    from pipeline.report.qdpx import ID_SPACE, guid

    for kind, key in [("finding", "walsall_2012-7"), ("theme", 3), ("case", "West Sussex"), ("source", "ä’s")]:
        assert guid(kind, key) == str(uuid.uuid5(ID_SPACE, f"{kind}:{key}"))
    assert guid("theme", 3) != guid("theme", 4)


def test_qdpx_elements_are_written_as_elementtree_writes_them():
    from xml.etree import ElementTree as ET

    from pipeline.report.qdpx import _element, _text

    awkward = 'a & b < c > d "quoted" \r\n\tend ’'
    attributes = {"guid": "g-1", "name": awkward, "startPosition": 12}
    tree = ET.Element("PlainTextSelection", {k: str(v) for k, v in attributes.items()})
    ET.SubElement(tree, "Description").text = awkward
    ET.SubElement(tree, "TextValue").text = ""
    ET.SubElement(tree, "CodeRef", {"targetGUID": "t-1"})
    written = _element("PlainTextSelection", attributes, f"<Description>{_text(awkward)}</Description>"
                       + _element("TextValue", {}, _text("")) + _element("CodeRef", {"targetGUID": "t-1"}))
    assert written == ET.tostring(tree, encoding="unicode")


def test_qdpx_guids_for_many_keys_match_uuid5():
    import uuid

    from pipeline.report.qdpx import ID_SPACE, guid

    for key in range(2000):
        assert guid("finding", f"doc_{key}-{key % 7}") == str(uuid.uuid5(ID_SPACE, f"finding:doc_{key}-{key % 7}"))


def test_the_page_shows_inspection_change_quotes_as_one_line_even_from_an_older_run(tmp_path):
    """A run written before the quotes were made one line still shows them so in report.html (line breaks read as
    spaces, a hyphen ending a line joined), the quote's finding id beside it unchanged."""
    from pipeline.report.data import _extra_tables

    pd.DataFrame({"authority": ["Wirral"], "theme_id": [3], "doc_id": ["d2"], "status": ["concern"],
                  "concern_quote": ["Some 17-\nyear-olds wait\n  too long."], "strength_quote": [""],
                  "concern_finding_id": ["d2-7"]}).to_csv(tmp_path / "inspection_changes.csv", index=False)
    table = _extra_tables(tmp_path)["changes"]
    row = dict(zip(table["columns"], table["rows"][0]))
    assert row["concern_quote"] == "Some 17-year-olds wait too long." and row["concern_finding_id"] == "d2-7"
