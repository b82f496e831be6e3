"""Codebook mode: the tables count a finding under every code it was given (pipeline/code_rows.py), with the
document's findings as the base of every share; the default mode counts as before."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from pipeline.code_rows import code_rows, code_themes
from pipeline.compare import compare_authorities
from pipeline.comparison_tables import all_tables
from pipeline.council_after import council_after, inspection_periods
from pipeline.grade_themes import report_concern_shares
from pipeline.inspections import inspection_matrices, inspection_trends, inspections_table
from pipeline.matrix import EXTRA_CODE, build_matrices, finding_rows
from pipeline.uncertainty import document_shares
from pipeline.views import documents_frame

# Codes 0-2 of a codebook (two in the group Workforce, one in Care leavers), and one discovered theme.
THEMES = pd.DataFrame({
    "theme_id": [0, 1, 2, 3], "label": ["Caseloads", "Supervision", "Care leavers", "(discovered) Housing"],
    "parent_theme_id": [1, 1, 0, 2], "parent_label": ["Workforce", "Workforce", "Care leavers", "Not in the codebook"],
    "source": ["codebook", "codebook", "codebook", "discovered"]})


def _findings() -> pd.DataFrame:
    """Two reports of Ashford and one of Brinton: f1 has three codes, f2 one, f3 none (discovered), ..."""
    rows = [("f1", "r1", "Ashford", 0, "concern"), ("f2", "r1", "Ashford", 1, "strength"),
            ("f3", "r1", "Ashford", 3, "neutral"), ("f4", "r2", "Ashford", 2, "concern"),
            ("f5", "r3", "Brinton", 1, "concern"), ("f6", "r3", "Brinton", 0, "neutral")]
    table = pd.DataFrame(rows, columns=["finding_id", "doc_id", "authority", "theme_id", "polarity"])
    labels = THEMES.set_index("theme_id")
    table["theme_label"] = table["theme_id"].map(labels["label"])
    table["parent_theme_id"] = table["theme_id"].map(labels["parent_theme_id"])
    table["parent_theme_label"] = table["theme_id"].map(labels["parent_label"])
    table["theme_confidence"] = 0.5
    table["text"] = [f"Finding {i}." for i in range(1, 7)]
    table["kind"], table["voice"], table["doc_type"] = "finding", "inspectorate", "inspection_report"
    return table


CODES = pd.DataFrame({"finding_id": ["f1", "f1", "f1", "f2", "f4", "f6", "f6"],
                      "code": ["Caseloads", "Supervision", "Care leavers", "Supervision", "Care leavers", "Caseloads",
                               "Supervision"],
                      "similarity": [0.7, 0.6, 0.5, 0.8, 0.9, 0.6, 0.45]})


def test_a_finding_has_a_row_for_each_of_its_codes_after_its_own():
    rows = code_rows(_findings(), CODES, THEMES)
    assert len(finding_rows(rows)) == 6
    f1 = rows[rows["finding_id"] == "f1"]
    assert f1["theme_id"].tolist() == [0, 1, 2]
    assert f1[EXTRA_CODE].tolist() == [False, True, True]
    assert f1["theme_label"].tolist() == ["Caseloads", "Supervision", "Care leavers"]
    assert f1["parent_theme_label"].tolist() == ["Workforce", "Workforce", "Care leavers"]
    assert f1["theme_confidence"].tolist() == [0.5, 0.6, 0.5]  # a further code's similarity
    assert rows["finding_id"].tolist() == ["f1", "f1", "f1", "f2", "f3", "f4", "f5", "f6", "f6"]
    assert rows[rows["finding_id"] == "f3"]["theme_id"].tolist() == [3]  # no code: its discovered theme, once


def test_codes_are_placed_by_the_coder_s_order_when_an_edit_renamed_one():
    renamed = THEMES.assign(label=["Caseloads and workload", "Supervision", "Care leavers", "(discovered) Housing"])
    order = ("Caseloads", "Supervision", "Care leavers")
    assert code_themes(renamed, order)["Caseloads"][:2] == (0, "Caseloads and workload")
    assert "Caseloads" not in code_themes(renamed)  # without the coder's order the renamed code is not found
    rows = code_rows(_findings(), CODES, renamed, order)
    assert (rows["finding_id"] == "f6").sum() == 2


def test_without_codebook_themes_the_findings_are_counted_as_before():
    discovered = THEMES.assign(source="discovered")
    findings = _findings()
    assert code_rows(findings, CODES, discovered) is findings
    assert EXTRA_CODE not in code_rows(findings, CODES, discovered.drop(columns="source")).columns


def test_matrices_count_every_code_with_the_document_s_findings_as_the_base_of_shares():
    rows = code_rows(_findings(), CODES, THEMES)
    matrices = build_matrices(rows)
    counts = matrices["matrix_authority_theme"]
    assert counts.loc["0: Caseloads"].tolist() == [1, 1]
    assert counts.loc["1: Supervision"].tolist() == [2, 2]
    assert counts.loc["2: Care leavers"].tolist() == [2, 0]
    assert counts.loc["3: (discovered) Housing"].tolist() == [1, 0]
    # r1 has 3 findings: f1 (codes 0, 1, 2), f2 (1), f3 (discovered); r2 has f4 (2). Ashford's share of a code is the
    # mean of its two reports' shares.
    share = matrices["matrix_authority_theme_share"]
    assert share.loc["1: Supervision", "Ashford"] == pytest.approx((2 / 3 + 0) / 2, abs=1e-4)
    assert share.loc["2: Care leavers", "Ashford"] == pytest.approx((1 / 3 + 1) / 2, abs=1e-4)
    assert share["Ashford"].sum() == pytest.approx((5 / 3 + 1) / 2, abs=1e-3)  # above 1: a finding under each code
    assert share.loc["1: Supervision", "Brinton"] == 1.0  # both of r3's findings: f5, and f6 by its second code
    assert matrices["matrix_authority_theme_concern"].loc["2: Care leavers", "Ashford"] == 2
    # A broad theme counts a finding once, however many of its codes fall in it: f1 is once under Workforce.
    broad = matrices["matrix_authority_broad_theme"]
    assert broad.loc["1: Workforce"].tolist() == [2, 2]
    assert broad.loc["0: Care leavers"].tolist() == [2, 0]
    assert matrices["matrix_document_theme"].loc["1: Supervision", "r1"] == 2


def test_comparison_trends_and_inspections_count_codes_over_the_document_s_findings():
    rows = code_rows(_findings(), CODES, THEMES)
    shares = document_shares(rows)
    assert shares.loc["r1", 1] == pytest.approx(2 / 3)
    assert shares.loc["r1"].sum() == pytest.approx(5 / 3)
    table = compare_authorities(rows, n_permutations=20)
    ashford = table[table["authority"] == "Ashford"].set_index("theme_id")
    assert ashford.loc[1, "count"] == 2 and ashford.loc[1, "n_findings"] == 4  # Ashford's findings, not its codes
    assert ashford.loc[1, "share"] == pytest.approx(1 / 3, abs=1e-4)
    documents = pd.DataFrame({"doc_id": ["r1", "r2", "r3"], "authority": ["Ashford", "Ashford", "Brinton"],
                              "doc_type": "inspection_report", "date": ["2018-01-01", "2022-01-01", "2019-01-01"]})
    inspections = inspections_table(documents_frame(documents), None, rows)
    assert inspections.set_index("doc_id")["n_findings"].to_dict() == {"r1": 3, "r2": 1, "r3": 2}
    matrices = inspection_matrices(rows, inspections)
    assert matrices["matrix_inspection_theme"].loc["1: Supervision"].tolist() == [2, 0, 2]
    assert matrices["matrix_inspection_theme_share"].loc["1: Supervision"].tolist() == [0.6667, 0.0, 1.0]
    trends = inspection_trends(rows, inspections).set_index(["doc_id", "theme_id"])
    assert trends.loc[("r1", 2), "count"] == 1 and trends.loc[("r1", 1), "share"] == pytest.approx(0.6667)
    assert trends.loc[("r3", 0), "share"] == 0.5
    concern = report_concern_shares(rows)
    assert concern.loc["r1", 2] == pytest.approx(1 / 3)  # f1's third code, over r1's three findings


def test_the_default_mode_keeps_shares_over_each_document_s_findings_summing_to_one():
    findings = _findings()
    shares = document_shares(findings)
    assert np.allclose(shares.sum(axis=1), 1)
    share = build_matrices(findings)["matrix_authority_theme_share"]
    assert np.allclose(share.sum(axis=0), 1, atol=1e-3)
    assert build_matrices(findings)["matrix_authority_broad_theme"].loc["1: Workforce"].tolist() == [2, 2]


def test_matrix_views_say_a_finding_counts_under_each_code_and_count_findings_once():
    rows = code_rows(_findings(), CODES, THEMES)
    documents = pd.DataFrame({"doc_id": ["r1", "r2", "r3"], "authority": ["Ashford", "Ashford", "Brinton"],
                              "doc_type": "inspection_report", "date": ["2018-01-01", "2022-01-01", "2019-01-01"]})
    listing = all_tables(rows, documents, None, say=lambda note: None)["matrix_views"].set_index("file")
    assert listing.loc["matrix_authority_theme.csv", "n_findings"] == 6
    assert "each of its codes" in listing.loc["matrix_authority_theme.csv", "counts"]
    assert "can sum above 1" in listing.loc["matrix_authority_theme_share.csv", "counts"]
    assert "once under each broad theme" in listing.loc["matrix_authority_broad_theme.csv", "counts"]
    plain = all_tables(_findings(), documents, None, say=lambda note: None)["matrix_views"].set_index("file")
    assert plain.loc["matrix_authority_theme.csv", "counts"] == "finding counts"


def _council_case():
    """Ashford: reports r1 (2018-03-01) and r2 (2021-06-10); minutes m1 (2019), m2 (2021-06-10: the next report's
    day, so after it), m3 (undated), m4 (2017, before any report); a scrutiny report s1 of Brinton (no report)."""
    documents = pd.DataFrame({
        "doc_id": ["r1", "r2", "m1", "m2", "m3", "m4", "s1"],
        "authority": ["Ashford"] * 6 + ["Brinton"],
        "doc_type": ["inspection_report"] * 2 + ["committee_minutes"] * 4 + ["scrutiny_report"],
        "date": ["2018-03-01", "2021-06-10", "2019", "2021-06-10", "", "2017-01-05", "2020-01-01"]})
    council = pd.DataFrame({"finding_id": ["c1", "c2", "c3", "c4", "c5", "c6"],
                            "doc_id": ["m1", "m1", "m2", "m3", "m4", "s1"],
                            "authority": ["Ashford"] * 5 + ["Brinton"], "theme_id": [0, 1, 0, 0, 0, 0],
                            "theme_label": ["Caseloads", "Supervision", "Caseloads", "Caseloads", "Caseloads",
                                            "Caseloads"]})
    inspections = pd.DataFrame({"doc_id": ["r1", "r2"], "authority": "Ashford", "inspection_no": [1, 2],
                                "published": ["2018-03-01", "2021-06-10"]})
    trends = pd.DataFrame({"authority": "Ashford", "doc_id": ["r1", "r1", "r2", "r2"], "theme_id": [0, 2, 0, 2],
                           "theme_label": ["Caseloads", "Care leavers"] * 2})
    return documents, council, inspections, trends


def test_council_documents_after_each_report_are_counted_by_theme():
    documents, council, inspections, trends = _council_case()
    assert inspection_periods(inspections)["next_published"].tolist() == ["2021-06-10", ""]
    table = council_after(council, documents, inspections, trends).set_index(["doc_id", "theme_id"])
    assert table.loc[("r1", 0), "council_findings"] == 1 and table.loc[("r1", 1), "council_findings"] == 1
    assert table.loc[("r1", 2), "council_findings"] == 0  # the report's theme the council did not take up
    assert table.loc[("r2", 0), "council_findings"] == 1  # m2, dated on the next report's day
    assert table.loc[("r1", 0), "council_documents"] == 1 and table.loc[("r2", 0), "council_documents"] == 1
    assert sorted(table.index.get_level_values("theme_id").unique()) == [0, 1, 2]
    assert table.loc[("r1", 1), "theme_label"] == "Supervision"


def test_council_findings_count_under_each_of_their_codes():
    documents, council, inspections, trends = _council_case()
    council = council.assign(**{EXTRA_CODE: False})
    extra = council.iloc[[0]].assign(theme_id=2, theme_label="Care leavers", **{EXTRA_CODE: True})
    table = council_after(pd.concat([council, extra], ignore_index=True), documents, inspections, trends)
    table = table.set_index(["doc_id", "theme_id"])
    assert table.loc[("r1", 2), "council_findings"] == 1 and table.loc[("r1", 0), "council_findings"] == 1


BOOK = ("themes:\n  - name: Caseloads\n    description: How many cases social workers carry.\n    examples: "
        "[caseloads are high]\n  - name: Supervision\n    description: Managers' supervision of casework.\n    examples: [supervision "
        "is regular]\n")


def _themes_text(record: dict) -> str:
    from pipeline.report.methods import methods_paragraphs

    documents = pd.DataFrame({"doc_id": ["d1"], "doc_type": ["inspection_report"], "date": ["2019-05-08"]})
    paragraphs = methods_paragraphs(record, documents, pd.DataFrame({"finding_id": ["f1"], "authority": ["A"]}),
                                    pd.DataFrame({"theme_id": [0]}), pd.DataFrame({"broad_id": [0]}))
    return next(p["text"] for p in paragraphs if p["title"] == "Themes")


def test_a_codebook_without_calibrated_thresholds_says_so_in_run_json_and_the_methods(tmp_path):
    from pipeline.stages.themes import threshold_record
    from pipeline.themes.codebook import load_codebook

    book = tmp_path / "book.yaml"
    book.write_text(BOOK, encoding="utf-8")
    codebook = load_codebook(book)
    plain = threshold_record(book, codebook, "model-a", 0.4)
    assert plain["calibrated_on_labelled_findings"] == [] and plain["not_calibrated"] == ["Caseloads", "Supervision"]
    assert "reached 0.4" in plain["note"] and "not calibrated on hand-coded findings" in plain["note"]
    record = {"parameters": {"codebook": str(book), "codebook_threshold": 0.4}, "codebook_coding": "thresholds",
              "codebook_thresholds": plain}
    text = _themes_text(record)
    assert "No code's threshold was calibrated on labelled findings" in text and "has not been measured" in text
    assert "counts under each of its codes" not in text and "count a finding under each of its codes" in text
    # One code calibrated for this embedding model, the other not; a calibration for another model does not count.
    (tmp_path / "book_thresholds.csv").write_text("code,threshold,embedding_model\nCaseloads,0.45,model-a\n"
                                                 "Supervision,0.5,model-b\n", encoding="utf-8")
    some = threshold_record(book, codebook, "model-a", 0.4)
    assert some["calibrated_on_labelled_findings"] == ["Caseloads"] and some["not_calibrated"] == ["Supervision"]
    assert some["note"].startswith("1 of 2 codes were given at thresholds calibrated")
    assert "the other 1 at a plain cosine similarity of 0.4, not calibrated" in some["note"]
    (tmp_path / "book_thresholds.csv").write_text("code,threshold,embedding_model\nCaseloads,0.45,model-a\n"
                                                 "Supervision,0.5,model-a\n", encoding="utf-8")
    every = threshold_record(book, codebook, "model-a", 0.4)
    assert every["not_calibrated"] == [] and "Every code" in every["note"]
    assert "has not been measured" not in _themes_text({**record, "codebook_thresholds": every})
