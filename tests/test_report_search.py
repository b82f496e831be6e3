"""`python -m pipeline search` with the real model on a small run, the review file read by the matrix stage, and the
display clean-up of bullet glyphs."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.errors import PipelineError
from pipeline.review import drop_rejected, read_review

# Written for these tests: three councils' minutes in the shape of the real ones, on different matters.
DOCUMENTS = {
    "walsall_2019.txt": ["Walsall Council", "Children's Services Scrutiny Committee, 4 June 2019",
                         "1. Police officers rarely attend strategy discussions about children at risk of harm.",
                         "2. Social workers told members their caseloads had risen to over thirty children each.",
                         "3. Case files lack up-to-date chronologies of significant events.",
                         "4. Members welcomed the new foster carer recruitment campaign."],
    "wirral_2020.txt": ["Wirral Council", "Children, Young People and Education Committee, 9 March 2020",
                        "1. The committee heard that agency staff turnover means children keep changing social worker.",
                        "2. Managers' oversight of casework is not recorded on children's files.",
                        "3. Partners from health and education now join child protection conferences."],
    "west-sussex_2021.txt": ["West Sussex County Council", "Children and Young People's Services Scrutiny "
                             "Committee, 12 January 2021",
                             "1. Caseloads in the assessment teams remain too high for purposeful direct work.",
                             "2. The police are not consistently represented at strategy meetings.",
                             "3. Care leavers praised their personal advisers."],
}


@pytest.fixture(scope="module")
def real_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("search")
    corpus = base / "corpus"
    corpus.mkdir()
    for name, lines in DOCUMENTS.items():
        (corpus / name).write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    out = base / "run"
    result = CliRunner().invoke(main, ["run", "--corpus", str(corpus), "--out", str(out), "--cache",
                                       str(base / "cache"), "--themes", "3", "--broad", "2", "--no-report"])
    assert result.exit_code == 0, result.output
    return out


def test_search_lists_nearest_findings_and_writes_csv_codebook_and_report_row(real_run, tmp_path):
    from pipeline.themes.codebook import load_codebook
    from pipeline.report.data import page_data

    question = "police attendance at strategy discussions"
    result = CliRunner().invoke(main, ["search", str(real_run), question, "--top", "3", "--csv",
                                       str(tmp_path / "hits.csv"), "--codebook-entry", str(tmp_path / "entry.yaml"),
                                       "--save"])
    assert result.exit_code == 0, result.output
    hits = pd.read_csv(tmp_path / "hits.csv")
    assert list(hits.columns) == ["rank", "similarity", "finding_id", "authority", "doc_type", "date", "document",
                                  "theme_id", "theme_label", "text", "kind", "polarity", "section", "page"]
    findings = pd.read_parquet(real_run / "findings.parquet").set_index("finding_id")
    assert hits["polarity"].tolist() == findings.loc[hits["finding_id"], "polarity"].tolist()
    # each hit says its polarity and kind, and the last line which themes the hits fall in, most first
    first = hits.iloc[0]
    assert f"[{first.polarity} · {first.kind}" in result.output
    per_theme = hits.groupby("theme_id").size().sort_values(ascending=False, kind="stable")
    summary = [line for line in result.output.splitlines() if line.startswith("Themes of these 3 findings: ")]
    assert summary and f"({per_theme.iloc[0]})" in summary[0]
    assert all(f"{t} " in summary[0] for t in per_theme.index)
    # The two findings about police at strategy discussions (worded differently) come first.
    assert all("police" in text.lower() for text in hits["text"][:2])
    assert set(hits["authority"][:2]) == {"Walsall", "West Sussex"}
    assert hits["similarity"].is_monotonic_decreasing and hits["similarity"].iloc[0] > 0.5
    assert "police" in result.output.lower()
    entry = load_codebook(tmp_path / "entry.yaml")
    assert entry[0].name == question and len(entry[0].examples) >= 1
    saved = json.loads((real_run / "searches.json").read_text())
    assert saved[0]["question"] == question and saved[0]["finding_ids"] == hits["finding_id"].tolist()
    data = page_data(real_run)
    ids = data["findings"]["id"]
    assert [ids[i] for i in data["searches"][0]["findings"]] == hits["finding_id"].tolist()


def test_search_shows_a_year_alone_as_the_report_does_in_the_listing_and_the_csv(real_run, tmp_path):
    """A document dated by its year alone (the manifest gives only the year, the text no meeting date) is listed and
    written as "2019, day not stated", as report.html and reviewed_quotes.csv show it; other dates as written."""
    import shutil

    run = tmp_path / "run"
    shutil.copytree(real_run, run)
    findings = pd.read_parquet(run / "findings.parquet")
    walsall = findings["authority"] == "Walsall"
    findings.loc[walsall, "date"] = "2019"
    findings.to_parquet(run / "findings.parquet", index=False)
    result = CliRunner().invoke(main, ["search", str(run), "police attendance at strategy discussions", "--top", "3",
                                       "--csv", str(tmp_path / "hits.csv")])
    assert result.exit_code == 0, result.output
    hits = pd.read_csv(tmp_path / "hits.csv", dtype=str, keep_default_na=False)
    shown = dict(zip(hits["authority"], hits["date"]))
    assert shown["Walsall"] == "2019, day not stated"
    assert shown["West Sussex"] == "2021-01-12"
    assert "Walsall · " in result.output and "(2019, day not stated)" in result.output
    assert "(2019)" not in result.output


def test_search_refuses_an_empty_question_and_a_run_without_vectors(real_run, tmp_path):
    from pipeline.search import search

    with pytest.raises(PipelineError, match="empty"):
        search(real_run, "  ")
    (tmp_path / "findings.parquet").write_bytes((real_run / "findings.parquet").read_bytes())
    with pytest.raises(PipelineError, match="no vectors.npy"):
        search(tmp_path, "caseloads")


def test_search_masks_the_question_as_the_run_embedded_its_findings(tmp_path):
    from pipeline.runfolder import update_record
    from pipeline.search import _as_embedded
    from pipeline.stages.embed import VECTORS_TEXT

    question = "PAs in Walsall"
    update_record(tmp_path, parameters={"glossary": ""})
    assert _as_embedded(tmp_path, question) == question  # a folder embedded from the exact texts
    update_record(tmp_path, vectors_text=VECTORS_TEXT)
    masked = _as_embedded(tmp_path, question)
    assert "Walsall" not in masked and "personal advisers" in masked


def test_rejected_quotes_leave_the_matrix_through_the_review_file(real_run, tmp_path):
    findings = pd.read_parquet(real_run / "findings.parquet")
    first, second = findings.iloc[0], findings.iloc[1]
    review = tmp_path / "reviewed_quotes.csv"
    pd.DataFrame({"decision": ["rejected", "accepted", "rejected"],
                  "theme_id": [first.theme_id, second.theme_id, (second.theme_id + 1) % 3],
                  "authority": [first.authority, second.authority, second.authority],
                  "finding_id": [first.finding_id, second.finding_id, second.finding_id]}).to_csv(review, index=False)
    said = []
    kept = drop_rejected(findings, review, say=said.append)
    # The rejection for the finding's own theme applies; the one for another theme no longer does.
    assert first.finding_id not in set(kept["finding_id"]) and second.finding_id in set(kept["finding_id"])
    assert len(kept) == len(findings) - 1
    assert "1 rejected quotes left out" in said[0] and "1 no longer in the theme" in said[0]
    result = CliRunner().invoke(main, ["matrix", str(real_run), "--review", str(review)])
    assert result.exit_code == 0, result.output
    matrix = pd.read_csv(real_run / "matrix_authority_theme.csv", index_col=0)
    assert matrix.to_numpy().sum() == len(findings) - 1
    # The page starts from the same review, so its counts are the matrix's.
    from pipeline.report.data import page_data

    assert page_data(real_run)["review"][first.finding_id] == {"d": "rejected", "theme": int(first.theme_id)}
    assert drop_rejected(findings, None) is findings


@pytest.mark.parametrize("content, message", [
    ("theme_id,finding_id\n1,a-1\n", "no column decision"),
    ("decision,theme_id,finding_id\nmaybe,1,a-1\n", "accepted or rejected"),
    ("decision,theme_id,finding_id\nrejected,one,a-1\n", "whole number"),
])
def test_a_bad_review_file_is_one_clear_error_naming_it(tmp_path, content, message):
    path = tmp_path / "review.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PipelineError, match=message) as error:
        read_review(path)
    assert str(path) in str(error.value)


def test_bullet_glyphs_are_cleaned_for_display_only():
    from pipeline.display import clean_text

    assert clean_text("\uf0b7 Caseloads are high.") == "Caseloads are high."
    assert clean_text("\uf06e\tPlans are  not\nSMART \ufffd") == "Plans are not SMART"
    assert clean_text("• Chronologies • are missing") == "Chronologies are missing"
    assert clean_text("- Managers do not record oversight") == "Managers do not record oversight"
    assert clean_text("o Thresholds are applied well") == "Thresholds are applied well"
    assert clean_text("on time") == "on time" and clean_text("12 – 14 children") == "12 – 14 children"
    assert clean_text("") == ""
    # one line: a hyphen ending a line between words is the word's own, so the break goes and the hyphen stays;
    # a dash standing apart keeps its spaces
    assert clean_text("17-\nyear-olds and follow-\n  through") == "17-year-olds and follow-through"
    assert clean_text("in 2012-\r\n13; services -\nthe rest") == "in 2012-13; services - the rest"

