import pandas as pd

from pipeline.inspections import inspection_changes, inspection_matrices, inspection_trends, inspections_table
from pipeline.views import documents_frame


def _documents():
    return pd.DataFrame({"doc_id": ["w16", "w19", "w23", "m19"], "authority": ["West Sussex"] * 4,
                         "doc_type": ["inspection_report"] * 3 + ["committee_minutes"],
                         "date": ["2016-01-20", "2019-05-08", "2023-05-11", "2019"]})


def _judgements():
    return pd.DataFrame({
        "doc_id": ["w16", "w16", "w19", "w19", "w23", "w23", "m19"],
        "framework": ["SIF 2013-2017", "SIF 2013-2017", "ILACS", "ILACS", "ILACS", "ILACS", "minutes"],
        "area": ["overall effectiveness", "care leavers", "overall effectiveness", "impact of leaders",
                 "overall effectiveness", "overall effectiveness", "overall effectiveness"],
        "grade_text": ["requires improvement", "good", "Inadequate", "Inadequate", "Requires improvement",
                       "Inadequate", "inadequate"],
        "grade": [3, 2, 4, 4, 3, 4, 4], "finding_id": "", "start": [1, 2, 1, 2, 1, 500, 1],
        "previous": ["", "", "", "", "", "true", ""]})


def _findings():
    rows = [("w16", 0, "concern", "Supervision is not regular."), ("w16", 1, "strength", "Care leavers are helped."),
            ("w19", 0, "concern", "Supervision rarely happens."), ("w19", 0, "concern", "Oversight is weak."),
            ("w23", 0, "strength", "Supervision is now regular."), ("w23", 1, "neutral", "Care leavers were seen.")]
    return pd.DataFrame([{"finding_id": f"f{i}", "doc_id": d, "authority": "West Sussex", "theme_id": t,
                          "theme_label": ["Supervision", "Care leavers"][t], "polarity": p, "text": text,
                          "doc_type": "inspection_report"} for i, (d, t, p, text) in enumerate(rows)])


def _inspections():
    return inspections_table(documents_frame(_documents(), _judgements()), _judgements(), _findings())


def test_one_row_per_inspection_report_with_its_grades():
    table = _inspections()
    assert list(table["doc_id"]) == ["w16", "w19", "w23"] and list(table["inspection_no"]) == [1, 2, 3]
    # the 2023 report quotes the 2019 grade: that `previous` row is not the 2023 grade
    assert list(table["overall"]) == ["requires improvement", "inadequate", "requires improvement"]
    assert table.loc[0, "grade: care leavers"] == "good" and table.loc[1, "grade: impact of leaders"] == "inadequate"
    assert list(table["framework"]) == ["SIF 2013-2017", "ILACS", "ILACS"]
    assert list(table["n_findings"]) == [2, 2, 2]


def test_inspection_matrices_and_trends_by_inspection():
    matrices = inspection_matrices(_findings(), _inspections())
    counts = matrices["matrix_inspection_theme"]
    assert list(counts.columns) == ["West Sussex 2016-01-20", "West Sussex 2019-05-08", "West Sussex 2023-05-11"]
    assert counts.loc["0: Supervision", "West Sussex 2019-05-08"] == 2
    assert matrices["matrix_inspection_theme_concern"].loc["0: Supervision"].tolist() == [1, 2, 0]
    trends = inspection_trends(_findings(), _inspections())
    assert len(trends) == 6 and set(trends["inspection_no"]) == {1, 2, 3}
    assert (trends.groupby("doc_id")["share"].sum().round(6) == 1).all()


def test_changes_between_consecutive_inspections():
    changes = inspection_changes(_findings(), _inspections()).set_index(["theme_id", "inspection_no"])
    assert changes.loc[(0, 1), "change"] == "first inspection"
    # the status, and beside it the share of the report's findings and the counts: a theme can keep its status
    # while the report gives it far more room (w16: 1 of 2 findings, w19: 2 of 2)
    assert changes.loc[(0, 2), "change"] == \
        "concern -> concern; share 50.0% -> 100.0% (+50.0 points); concern 1 -> 2, strength 0 -> 0"
    assert changes.loc[(0, 3), "change"].startswith("concern -> strength; share 100.0% -> 50.0% (-50.0 points)")
    assert changes.loc[(0, 2), "share_change"] == 0.5 and changes.loc[(0, 1), "share_change"] == ""
    assert changes.loc[(0, 3), ["previous_concern", "previous_strength", "previous_share"]].tolist() == [2, 0, 1.0]
    assert changes.loc[(0, 3), "strength_quote"] == "Supervision is now regular."
    # each quote names its finding, so it can be traced to its page and section in findings.csv
    assert changes.loc[(0, 3), "strength_finding_id"] == "f4" and changes.loc[(0, 3), "concern_finding_id"] == ""
    assert changes.loc[(0, 2), "concern_finding_id"] in ("f2", "f3")
    assert changes.loc[(0, 3), "previous_overall"] == "inadequate"
    assert changes.loc[(1, 2), "status"] == "not mentioned" and changes.loc[(1, 3), "status"] == "mentioned"


def test_two_reports_of_one_date_keep_their_own_columns():
    documents = _documents().assign(date=["2019-05-08", "2019-05-08", "2023-05-11", "2019"])
    table = inspections_table(documents_frame(documents, _judgements()), _judgements(), _findings())
    assert table["label"].is_unique
    matrices = inspection_matrices(_findings(), table)
    assert list(matrices["matrix_inspection_theme"].columns) == table["label"].tolist()


def test_quotes_read_as_one_line_and_name_their_exact_finding():
    """A quote copied from inspection_changes.csv reads as one line of text (the PDF's line breaks as spaces, a
    hyphen ending a line kept and joined); its finding_id leads to the exact text, which findings.csv keeps."""
    findings = _findings()
    findings.loc[4, "text"] = "Supervision is now\nregular for 17-\nyear-olds, with\n  follow-\nthrough."
    changes = inspection_changes(findings, _inspections()).set_index(["theme_id", "inspection_no"])
    quote = changes.loc[(0, 3), "strength_quote"]
    assert quote == "Supervision is now regular for 17-year-olds, with follow-through."
    exact = findings.set_index("finding_id").loc[changes.loc[(0, 3), "strength_finding_id"], "text"]
    assert "\n" in exact and " ".join(exact.replace("-\n", "-").split()) == quote


def test_published_says_what_it_rests_on():
    """A report's `published` is the date its text states when it states one; else the document's date, and
    `published_from` names where that came from (a PDF's making day is no publication date)."""
    documents = _documents().assign(published=["", "2019-05-08", "", ""],
                                    date_from=["PDF made after the inspection", "publication date", "manifest", ""])
    table = inspections_table(documents_frame(documents, _judgements()), _judgements(), _findings())
    assert list(table["published"]) == ["2016-01-20", "2019-05-08", "2023-05-11"]
    assert list(table["published_from"]) == ["PDF made after the inspection", "stated in the document", "manifest"]
    # a documents table without date_from (an older run folder) leaves it empty rather than guessing
    assert list(_inspections()["published_from"]) == ["", "", ""]
