"""The whole pipeline on the bundled corpus with the real model and real spaCy, run twice through the CLI."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
AUTHORITIES = {"Walsall", "West Sussex", "Wirral"}
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    base = tmp_path_factory.mktemp("e2e")
    folders = []
    for name in ("first", "second"):
        out = base / name
        result = CliRunner().invoke(main, ["run", "--corpus", str(CORPUS), "--out", str(out),
                                           "--cache", str(base / "cache"), "--seed", "0"])
        assert result.exit_code == 0, result.output
        folders.append(out)
    return folders


@pytest.fixture(scope="module")
def findings(runs):
    return pd.read_parquet(runs[0] / "findings.parquet")


def test_every_input_file_is_accounted_for(runs):
    record = json.loads((runs[0] / "run.json").read_text())
    status = {entry["file"]: entry["status"] for entry in record["inputs"]}
    assert set(status) == {p.name for p in CORPUS.iterdir()}
    assert status.pop("manifest.csv") == "manifest"
    assert set(status.values()) == {"ingested"}
    for key in ("model", "parameters", "seed", "versions", "timings"):
        assert key in record
    assert {"ingest", "segment", "embed", "themes", "matrix", "report"} <= set(record["timings"])
    for name in ("report.html", "workbook.xlsx", "project.qdpx", "judgements.csv"):
        assert (runs[0] / name).stat().st_size > 1000, name


def test_every_finding_is_its_source_slice(runs, findings):
    documents = pd.read_parquet(runs[0] / "documents.parquet").set_index("doc_id")["text"]
    assert len(findings) > 1000
    for row in findings.itertuples():
        assert documents[row.doc_id][row.start:row.end] == row.text
    assert findings["finding_id"].is_unique
    assert findings["theme_id"].notna().all()


def test_all_three_authorities_in_the_matrices(runs):
    for name in ("matrix_authority_theme.csv", "matrix_authority_theme_share.csv"):
        matrix = pd.read_csv(runs[0] / name, index_col=0)
        assert AUTHORITIES <= set(matrix.columns)
    counts = pd.read_csv(runs[0] / "matrix_authority_theme.csv", index_col=0)
    assert (counts[sorted(AUTHORITIES)].sum() > 100).all()


BOILERPLATE = re.compile(r"crown copyright|www\.|[\w.-]+@[\w-]+\.[a-z]|piccadilly gate|open government licence|textphone|"
                         r"may be reproduced|\t\d+\s*$|^\s*contents\s*$", re.IGNORECASE)


def test_no_contents_licence_or_contact_line_is_a_finding(findings):
    offenders = findings[findings["text"].str.contains(BOILERPLATE)]
    assert offenders.empty, offenders["text"].head().tolist()
    procedural = findings["text"].str.match(r"^The (Chair|Chairman) thanked", case=False)
    assert not procedural.any()


def test_two_runs_give_identical_themes(runs):
    first = pd.read_csv(runs[0] / "findings.csv")
    second = pd.read_csv(runs[1] / "findings.csv")
    assert first[["finding_id", "theme_id", "theme_label"]].equals(second[["finding_id", "theme_id", "theme_label"]])
    assert (runs[0] / "themes.csv").read_text() == (runs[1] / "themes.csv").read_text()


def test_police_at_strategy_discussions_share_a_theme(findings):
    police = findings[findings["text"].str.contains(r"\bpolice\b", case=False)
                      & findings["text"].str.contains(r"strategy (?:discussion|meeting)", case=False)]
    assert len(police) >= 4
    modal_share = police["theme_id"].value_counts(normalize=True).iloc[0]
    assert modal_share >= 0.5, police[["authority", "theme_label", "text"]].to_string()


def test_caseload_findings_from_walsall_and_west_sussex_share_a_theme(findings):
    caseload = findings[findings["text"].str.contains(r"caseload", case=False)]
    walsall = set(caseload.loc[caseload["authority"] == "Walsall", "theme_id"])
    west_sussex = set(caseload.loc[caseload["authority"] == "West Sussex", "theme_id"])
    assert walsall & west_sussex
    modal = caseload["theme_id"].value_counts().index[0]
    assert {"Walsall", "West Sussex"} <= set(caseload.loc[caseload["theme_id"] == modal, "authority"])


def test_tracker_links_walsall_recommendations_to_the_scrutiny_report_that_quotes_them(runs):
    recs = pd.read_csv(runs[0] / "recommendations.csv", keep_default_na=False)
    tracker = pd.read_csv(runs[0] / "tracker.csv", keep_default_na=False)
    reports = {p.name for p in CORPUS.glob("*.pdf")} | {"001_bb10acc712383fe1.txt"}
    assert set(recs["file"]) == reports  # every inspection report of every framework yields recommendations
    walsall = recs[recs["file"] == "001_bb10acc712383fe1.txt"]
    assert len(walsall) == 25 and walsall["timescale"].str.startswith(("immediately", "within")).all()
    quoted = tracker[(tracker["match"] == "quote") & (tracker["file"] == "002_6fb1632a519d4042.txt")]
    assert quoted["rec_id"].nunique() >= 15
    # West Sussex's 2016 report has no council document before the 2019 inspection in the corpus.
    ws2016 = tracker[(tracker["report_file"] == "west-sussex_2016-jan-20.pdf") & (tracker["part"] == "response")]
    assert set(ws2016["status"]) == {"no council documents"}
    assert (runs[0] / "tracker.csv").read_bytes() == (runs[1] / "tracker.csv").read_bytes()
    with zipfile.ZipFile(runs[0] / "workbook.xlsx") as book:
        assert 'name="Tracker"' in book.read("xl/workbook.xml").decode("utf-8")


def test_inspections_are_the_unit_and_nothing_distinctive_rests_on_one_document(runs):
    documents = pd.read_csv(runs[0] / "documents.csv", keep_default_na=False)
    inspections = pd.read_csv(runs[0] / "inspections.csv", keep_default_na=False)
    assert sorted(inspections["doc_id"]) == sorted(documents.loc[documents["doc_type"] == "inspection_report",
                                                                 "doc_id"])
    ilacs = inspections[inspections["framework"].str.contains("ILACS")]
    assert len(ilacs) >= 6 and (ilacs["overall"] != "").all()
    comparison = pd.read_csv(runs[0] / "comparison.csv", keep_default_na=False)
    assert {"difference_low", "difference_high", "share_low", "share_high", "evidence"} <= set(comparison.columns)
    called = comparison[comparison["distinctive"].astype(str) == "True"]
    assert (called["documents_with_theme"] >= 2).all() and (called["difference_low"] > 0).all()
    assert comparison["evidence"].str.fullmatch(r"\d+ of \d+ inspections(: rests on one document)?").all()
    trends = pd.read_csv(runs[0] / "trends.csv", keep_default_na=False)
    assert set(trends["doc_id"]) == set(inspections["doc_id"])  # one series point per inspection, not per year
    views = pd.read_csv(runs[0] / "matrix_views.csv", keep_default_na=False)
    assert {"headline", "council", "all"} <= set(views["view"])


def test_no_theme_is_held_together_by_one_council(findings):
    """No theme of 15+ findings in which more than half the findings name one council (names are masked in the
    text the themes are clustered on)."""
    from pipeline.gazetteer import load_authorities

    names = sorted({n for n in load_authorities()["name"] if len(n) > 3}, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b")
    named = findings["text"].map(lambda text: set(pattern.findall(text)))
    for theme_id, members in named.groupby(findings["theme_id"]):
        if len(members) >= 15:
            counts = pd.Series([n for found in members for n in found]).value_counts()
            assert counts.empty or counts.iloc[0] <= len(members) / 2, (theme_id, counts.head(3).to_dict())


def test_theme_names_pass_the_automated_checks(runs):
    from pipeline.themes.naming import name_problems

    themes = pd.read_csv(runs[0] / "themes.csv", keep_default_na=False)
    broad = pd.read_csv(runs[0] / "broad_themes.csv", keep_default_na=False)
    # with the findings, so that a field term they use on its own ("early help") is not called cut
    texts = pd.read_parquet(runs[0] / "findings.parquet")["text"].tolist()
    problems = name_problems(list(themes["label"]), texts)
    assert len(problems) <= len(themes) // 20, problems
    assert name_problems(list(broad["label"]), texts) == []


def test_theme_labels_are_distinct_at_each_level_and_a_broad_label_is_its_own(runs):
    from pipeline.themes.broad_figures import FIGURES_PLACEHOLDER
    from pipeline.themes.vocabulary import label_key

    themes = pd.read_csv(runs[0] / "themes.csv", keep_default_na=False)
    broad = pd.read_csv(runs[0] / "broad_themes.csv", keep_default_na=False)
    for labels in (themes["label"], broad["label"]):  # synonyms are one label: "Children in care", "LAC"
        keys = labels.map(label_key)
        assert not keys.duplicated().any(), sorted(labels[keys.duplicated(keep=False)])
    # a broad label is one sub-theme's only when it holds that sub-theme alone
    for parent, children in themes.groupby("parent_theme_id"):
        label = broad.set_index("theme_id").at[parent, "label"]
        assert len(children) == 1 or label not in set(children["label"]), (label, list(children["label"]))
        # (or, when that label is figures named by no subject of them all, what the figures say, or that they are
        # assorted: `whole_of_one`)
        assert len(children) > 1 or label == children["label"].iloc[0] \
            or (FIGURES_PLACEHOLDER.match(children["label"].iloc[0])
                and label.startswith(("Statistics: ", "Assorted statistics")))


def test_repeats_are_marked_and_counted_once(runs):
    findings = pd.read_csv(runs[0] / "findings.csv", keep_default_na=False)
    repeats = (findings["duplicate_of"] != "") | (findings["stock"].astype(str) == "True")
    assert set(findings.loc[findings["duplicate_of"] != "", "duplicate_of"]) <= set(findings["finding_id"])
    matrix = pd.read_csv(runs[0] / "matrix_authority_theme__all.csv", index_col=0)  # the view of all findings
    from pipeline.views import countable

    assert repeats.any() and int(matrix.to_numpy().sum()) == len(countable(findings)) < len(findings)


def test_the_python_api_in_the_readme_runs_as_written_and_gives_the_run_s_findings(runs, findings, monkeypatch):
    readme = (CORPUS.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("## From Python", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    cache = runs[0].parent / "cache"  # the runs' own caches, instead of outputs/.cache
    assert 'cache = "outputs/.cache"' in block
    monkeypatch.chdir(CORPUS.parent)
    names: dict = {}
    exec(block.replace('cache = "outputs/.cache"', f"cache = {str(cache)!r}"), names)  # noqa: S102
    columns = ["finding_id", "text", "kind", "polarity", "voice", "theme_id", "theme_label", "parent_theme_id",
               "duplicate_of", "stock"]
    pd.testing.assert_frame_equal(names["findings"][columns].reset_index(drop=True),
                                  findings[columns].reset_index(drop=True), check_dtype=False)
    assert set(names["matrices"]) >= {"matrix_authority_theme"}


@pytest.fixture(scope="module")
def codebook_run(runs):
    """The first run coded with the shipped codebook (`themes --codebook`), then its tracker, tables and report remade
    (`report` refuses tables made from other themes)."""
    import shutil

    out = runs[0].parent / "codebook"
    shutil.copytree(runs[0], out)
    book = CORPUS.parent / "models" / "childrens_services_codebook.yaml"
    cache = str(runs[0].parent / "cache")
    for arguments in (["themes", str(out), "--codebook", str(book), "--cache", cache], ["track", str(out), "--cache", cache],
                      ["matrix", str(out), "--cache", cache], ["report", str(out)]):
        result = CliRunner().invoke(main, arguments)
        assert result.exit_code == 0, result.output
    return out


def test_in_codebook_mode_a_finding_with_several_codes_counts_under_each(codebook_run):
    from pipeline.views import countable

    findings = countable(pd.read_csv(codebook_run / "findings.csv", keep_default_na=False, dtype={"finding_id": str}))
    codes = pd.read_csv(codebook_run / "finding_codes.csv", dtype={"finding_id": str})
    themes = pd.read_csv(codebook_run / "themes.csv", keep_default_na=False)
    names = {row.label: f"{row.theme_id}: {row.label}" for row in themes[themes["source"] == "codebook"].itertuples()}
    given = codes.merge(findings[["finding_id", "authority", "doc_id"]], on="finding_id")
    several = given.groupby("finding_id")["code"].transform("size") > 1
    assert several.sum() > 100  # hundreds of counted findings have two or three codes
    matrix = pd.read_csv(codebook_run / "matrix_authority_theme__all.csv", index_col=0)
    expected = given.groupby(["code", "authority"]).size()
    for (code, authority), n in expected.items():  # every code's count is the findings given it
        assert matrix.at[names[code], authority] == n, (code, authority)
    finding = given[several].iloc[0]
    mine = given[given["finding_id"] == finding["finding_id"]]
    assert all(matrix.at[names[code], finding["authority"]] >= 1 for code in mine["code"])
    # each of its codes' counts drops by one without it
    without = given[given["finding_id"] != finding["finding_id"]].groupby(["code", "authority"]).size()
    for code in mine["code"]:
        assert matrix.at[names[code], finding["authority"]] == without.get((code, finding["authority"]), 0) + 1
    comparison = pd.read_csv(codebook_run / "comparison__all.csv", keep_default_na=False)
    comparison = comparison[comparison["theme_id"].isin(themes.loc[themes["source"] == "codebook", "theme_id"])]
    counted = comparison.set_index(["theme_label", "authority"])["count"]
    assert all(counted[key] == n for key, n in expected.items())
    assert (comparison.groupby("authority")["n_findings"].first()
            == findings.groupby("authority").size().reindex(sorted(findings["authority"].unique()))).all()
    # shares over codes sum above 1 (the base is the document's findings), and matrix_views.csv says so
    share = pd.read_csv(codebook_run / "matrix_authority_theme_share__all.csv", index_col=0)
    assert (share.sum(axis=0) > 1.05).all()
    views = pd.read_csv(codebook_run / "matrix_views.csv", keep_default_na=False).set_index("file")
    assert "can sum above 1" in views.at["matrix_authority_theme_share__all.csv", "counts"]
    assert views.at["matrix_authority_theme__all.csv", "n_findings"] == len(findings)
    trends = pd.read_csv(codebook_run / "trends__all.csv", keep_default_na=False)
    by_doc = given.groupby(["doc_id", "code"]).size()
    trend = trends.set_index(["doc_id", "theme_label"])["count"]
    assert all(trend[key] == n for key, n in by_doc.items() if key in trend.index)
    page = (codebook_run / "report.html").read_text(encoding="utf-8")
    assert '"more":{"at":[' in page and "count a finding under each of its codes" in page


def test_the_council_s_findings_after_each_report_are_in_a_listed_csv(runs):
    table = pd.read_csv(runs[0] / "council_after_inspections.csv", keep_default_na=False)
    inspections = pd.read_csv(runs[0] / "inspections.csv", keep_default_na=False)
    assert set(table["doc_id"]) == set(inspections["doc_id"])
    assert table["council_findings"].sum() > 0 and (table.groupby("doc_id")["council_documents"].nunique() == 1).all()
    views = pd.read_csv(runs[0] / "matrix_views.csv", keep_default_na=False).set_index("file")
    assert views.at["council_after_inspections.csv", "view"] == "council"
    page = (runs[0] / "report.html").read_text(encoding="utf-8")
    assert '"more":' not in page  # the default mode: one theme a finding


def test_no_sub_theme_label_names_tone_or_no_topic(runs):
    # read 52: "Mixed findings, mostly strengths", "... no common topic", "... one in ten on model", "Mixed findings:
    # DCS" judged meaningless; a mixed sub-theme is said by the field's topics its findings write about
    from pipeline.themes.mixed_topics import WEAK_MIXED

    themes = pd.read_csv(runs[0] / "themes.csv", keep_default_na=False)
    assert not [label for label in themes["label"] if WEAK_MIXED.search(label)]
