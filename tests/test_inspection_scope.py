"""inspection_changes*.csv name both reports' frameworks and scopes, and do not present a change between a report that
inspected part of the service and one that inspected all of it (fixtures in our own words)."""
import pandas as pd

from pipeline.frameworks import scope_of
from pipeline.inspections import inspection_changes, inspections_table
from pipeline.views import documents_frame

FRAMEWORKS = {"a13": "looked after children 2012-2013", "a17": "SIF", "a22": "ILACS"}


def _documents():
    return pd.DataFrame({"doc_id": list(FRAMEWORKS), "authority": ["Northshire"] * 3,
                         "doc_type": ["inspection_report"] * 3, "date": ["2013-08-01", "2017-06-01", "2022-03-01"]})


def _judgements():
    return pd.DataFrame({"doc_id": list(FRAMEWORKS), "framework": list(FRAMEWORKS.values()),
                         "area": ["overall effectiveness"] * 3, "grade_text": ["Adequate", "Good", "Good"],
                         "grade": [3, 2, 2], "finding_id": "", "start": [1, 1, 1], "previous": ""})


def _findings():
    rows = [("a13", 0, "strength", "Children in care see their social worker often."),
            ("a17", 0, "strength", "Children in care are visited as planned."),
            ("a17", 1, "concern", "Partners do not come to the board's meetings."),
            ("a22", 0, "concern", "Some children in care wait too long for a home."),
            ("a22", 1, "strength", "Partners now share information well.")]
    return pd.DataFrame([{"finding_id": f"g{i}", "doc_id": d, "authority": "Northshire", "theme_id": t,
                          "theme_label": ["Children in care", "Partnership"][t], "polarity": p, "text": text,
                          "doc_type": "inspection_report"} for i, (d, t, p, text) in enumerate(rows)])


def _changes():
    inspections = inspections_table(documents_frame(_documents(), _judgements()), _judgements(), _findings())
    return inspection_changes(_findings(), inspections).set_index(["theme_id", "inspection_no"])


def test_scope_of_names_the_part_a_framework_inspected():
    assert scope_of("looked after children 2012-2013") == "looked after children only"
    assert scope_of("child protection 2012-2013") == "child protection only"
    assert scope_of("SIF") == scope_of("ILACS") == "whole service"
    assert scope_of("") == scope_of("other") == ""


def test_both_frameworks_and_scopes_are_columns():
    changes = _changes()
    row = changes.loc[(0, 2)]
    assert (row["framework"], row["previous_framework"]) == ("SIF", "looked after children 2012-2013")
    assert (row["scope"], row["previous_scope"]) == ("whole service", "looked after children only")
    assert changes.loc[(0, 1), "comparison"] == "" and changes.loc[(0, 1), "previous_framework"] == ""


def test_a_change_from_a_part_inspection_is_not_presented_as_one():
    changes = _changes()
    for theme in (0, 1):  # the theme the part inspection covered and the one it could not
        row = changes.loc[(theme, 2)]
        assert row["comparison"] == "different scope"
        assert row["share_change"] == ""
        assert row["change"].startswith("not compared") and "looked after children only" in row["change"]
        # what each report said stays in the row, to read, not to subtract
        assert row["previous_framework"] == "looked after children 2012-2013"
    assert changes.loc[(1, 2), "status"] == "concern" and changes.loc[(1, 2), "previous_status"] == "not mentioned"


def test_whole_service_reports_of_two_frameworks_are_compared_as_a_new_framework():
    row = _changes().loc[(0, 3)]
    assert row["comparison"] == "new framework"
    assert row["share_change"] != "" and "share" in row["change"] and not row["change"].startswith("not compared")
