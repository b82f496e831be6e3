"""The track stage's console line counts recommendations a council answered, not those it only restated."""

import pandas as pd

from pipeline.stages.track import reports_without_said, responses_said, statuses_said
from pipeline.tracker.responses import RESTATES


def _links(*rows):
    return pd.DataFrame(rows, columns=["rec_id", "part", "status", "match"])


def test_a_recommendation_whose_only_council_line_restates_the_inspection_is_not_counted_as_answered():
    table = _links(("R1", "response", "linked", "similar"), ("R2", "response", "linked", RESTATES),
                   ("R3", "response", "linked", RESTATES), ("R3", "response", "linked", "quoted"),
                   ("R4", "response", "none", ""), ("R1", "next_inspection", "linked", "similar"))
    assert responses_said(table) == ("2 with council responses "
                                     "(1 more with council lines that only restate the inspection)")


def test_without_restating_lines_the_line_says_the_count_alone():
    table = _links(("R1", "response", "linked", "similar"), ("R2", "response", "none", ""))
    assert responses_said(table) == "1 with council responses"


def test_inspection_reports_in_which_no_recommendation_was_found_are_named():
    documents = pd.DataFrame({"doc_id": ["a", "b", "c", "m"], "file": ["a.pdf", "b.pdf", "c.pdf", "m.txt"],
                              "doc_type": ["inspection_report"] * 3 + ["committee_minutes"]})
    recs = pd.DataFrame({"doc_id": ["a", "a"]})
    assert reports_without_said(documents, recs) == "tracker: no recommendation found in 2 inspection report(s): b.pdf, c.pdf"
    assert reports_without_said(documents, pd.DataFrame({"doc_id": ["a", "b", "c"]})) == ""
    many = pd.DataFrame({"doc_id": list("abcdefg"), "file": [f"{x}.pdf" for x in "gfedcba"],
                         "doc_type": ["inspection_report"] * 7})
    assert reports_without_said(many, recs.iloc[:0], shown=2).endswith(": a.pdf, b.pdf and 5 more")


def test_the_next_inspection_statuses_are_counted_once_per_recommendation_with_how_far_they_can_be_trusted():
    table = _links(("R1", "next_inspection", "improved", "similar"), ("R1", "next_inspection", "improved", "similar"),
                   ("R2", "next_inspection", "improved", "similar"), ("R3", "next_inspection", "not mentioned", ""),
                   ("R1", "response", "linked", "similar"))
    said = statuses_said(table)
    assert said.startswith("tracker: next inspection improved 2, not mentioned 1; a status agreed with a reader's 0.")
    assert said.endswith("before citing it")
    assert statuses_said(_links(("R1", "response", "linked", "similar"))) == ""
