"""A council's response names the recommendation's group of children, and a council line going on with what the
inspection found restates it (status24, after the use36 audit). Fixtures written in our own words."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from pipeline.recommendations import extract_recommendations
from pipeline.tracker import TrackerParams, track
from pipeline.tracker.groups import off_group
from pipeline.tracker.restated import goes_on_reporting, reports_findings, restates_inspection, restating_rows
from tests.test_tracker import _findings_of

ASK = "Improve the help given to children who go missing from their placements."
REPORT = f"Summary\n\nHelp is uneven.\n\nRecommendations\n\n{ASK}\n"


def _args(minutes: str, pieces: list[str], sections: dict[str, str], embedder):
    """track's first five arguments: a report asking ASK and later minutes of the same council with `pieces`."""
    report = _findings_of("rep1", "inspection_report", REPORT, "Eastshire", "2019-05-01", ["Help is uneven.", ASK],
                          lambda p: "Summary" if p.startswith("Help") else "Recommendations",
                          kinds={1: "recommendation"})
    council = _findings_of("min1", "committee_minutes", minutes, "Eastshire", "2019-11", pieces,
                           lambda p: sections.get(p, "Children's services"), kinds={i: "action" for i in
                                                                                   range(len(pieces))})
    findings = pd.DataFrame(report + council)
    documents = pd.DataFrame([{"doc_id": "rep1", "authority": "Eastshire", "doc_type": "inspection_report",
                               "date": "2019-05-01", "text": REPORT},
                              {"doc_id": "min1", "authority": "Eastshire", "doc_type": "committee_minutes",
                               "date": "2019-11", "text": minutes}])
    recs = extract_recommendations(findings, documents)
    assert recs["text"].tolist() == [ASK]
    return (recs, embedder.embed(recs["text"].tolist()), documents, findings,
            embedder.embed(findings["text"].tolist()))


def test_a_line_names_a_group_in_itself_or_its_context():
    recs = [ASK, "Improve supervision of social workers."]
    lines = ["More placements were found near the towns children come from.",
             "Each child who ran away was offered a return home interview.",
             "Checks are done within a day | Children who go missing from care"]
    off = off_group(recs, lines)
    assert off.tolist() == [[True, False], [False, False], [False, False]]  # supervision names no group


def test_a_response_to_a_group_recommendation_names_the_group(hashing_embedder):
    """A line on placements shares the recommendation's words but not its children; one naming a return home
    interview, or standing under a heading or lead-in that names the children, answers it."""
    placements = "More placements were found for children near their homes."
    interviews = "Every child who had run away from their placement was offered a return home interview."
    headed = "A worker now meets each child within three days of their return to their placement."
    minutes = (f"Placements\n\n{placements}\n\nChildren who go missing\n\n{interviews}\n\n{headed}\n")
    args = _args(minutes, [placements, interviews, headed], {placements: "Placements",
                                                              interviews: "Children who go missing",
                                                              headed: "Children who go missing"}, hashing_embedder)
    loose = TrackerParams(response_threshold=0.05, response_theme_threshold=9.0, heading_weight=0.0,
                          topic_weight=0.0, response_beside=9.0, response_between=9.0, response_clear=9.0,
                          quote_share=2.0, answerable_only=False)

    def linked(params):
        table = track(*args, params)
        rows = table[(table["part"] == "response") & (table["rank"] > 0)]
        return set(rows["quote"])

    assert placements in linked(replace(loose, response_group=False))
    assert linked(loose) == {interviews, headed}


@pytest.mark.parametrize("text, expected", [
    ("However, supervision of frontline staff was not regular enough.", True),
    ("Secondly, assessments of older children were often late.", True),
    ("However, the director said that supervision had been made monthly.", False),  # a speaker of its own
    ("However, supervision has since become monthly.", False),                      # turns to what was done since
    ("Secondly, a panel will review every plan from January.", False),              # what the council will do
    ("Supervision of frontline staff was not regular enough.", False),              # no word going on
])
def test_a_line_going_on_with_a_finding_is_told_from_the_councils_own(text, expected):
    assert goes_on_reporting(text) is expected


def test_a_line_going_on_after_a_reported_finding_or_announced_findings_restates_the_inspection():
    found = "Inspectors had found that leaders knew their services well."
    contrast = "However, supervision of frontline staff was not regular enough."
    assert restates_inspection(contrast, found)
    assert restates_inspection(contrast, "The assistant director summarised the key findings.")
    assert not restates_inspection(contrast, "The chair welcomed everyone to the meeting.")
    assert not restates_inspection(contrast)
    assert reports_findings(contrast, "Secondly, plans lacked detail.", lead_reports=True)
    assert not reports_findings(contrast, "Secondly, plans lacked detail.")


def test_a_numbered_run_of_findings_restates_the_inspection_to_its_end():
    """"Firstly, ... Secondly, ... Thirdly, ..." after a line saying what inspectors identified: each item goes on
    from the one before, which reported a finding; the council's reply after them is its own."""
    lines = ["The director explained that inspectors had identified three areas to improve.",
             "Firstly, plans for children in need were too vague.",
             "Secondly, visits to older children were sometimes late.",
             "Thirdly, too few foster carers lived near the county.",
             "The head of service replied that a new plan template was in use."]
    findings = pd.DataFrame({"doc_id": "m1", "text": lines, "start": range(0, 50, 10),
                             "lead_in": [""] + lines[:-1], "kind": "finding"})
    documents = pd.DataFrame({"doc_id": ["m1"], "doc_type": ["committee_minutes"]})
    assert sorted(restating_rows(findings, documents)) == [0, 1, 2, 3]
    # Read in text order whatever the table's order.
    shuffled = findings.iloc[[3, 0, 4, 2, 1]].reset_index(drop=True)
    assert sorted(shuffled.loc[sorted(restating_rows(shuffled, documents)), "text"]) == sorted(lines[:4])
    # An inspection report's own lines are never judged.
    assert not restating_rows(findings, documents.assign(doc_type="inspection_report"))


def test_a_recommendation_for_children_in_care_and_care_leavers_is_answered_by_a_line_on_either():
    """council63 (use40's Devon paper): homes for "children in care and care leavers" are answered by a line on new
    children's homes or foster families, which names no care leaver; a practice of children in care inside another
    group's recommendation ("missing from their placements") still brings no group in."""
    both = "Increase the number of local homes suitable for children in care and care leavers."
    missing = "Improve the help given to children who go missing from their placements."
    lines = ["The council will open three small children's homes and recruit forty more foster families.",
             "More placements were found for children near their homes.",
             "Pathway plans are now reviewed every six months.",
             "Supervision of social workers is now monthly."]
    off = off_group([both, missing], lines, populations=True)
    assert off_group([both], lines)[:, 0].tolist() == [True, True, False, True]  # the next report's reading
    assert off[:, 0].tolist() == [False, False, False, True]
    assert off[:, 1].tolist() == [True, True, True, True]
