"""Meeting furniture and substance of the lead's held-out read of the forty-second session (issue 15; furniture66).

Furniture kept before: a paper said also to give an update; the chair or mayor on how the meeting runs; an empty
consideration; an item's purpose in the infinitive on its own; a presentation announced by what it covered
(pipeline.meeting_arrangements). Substance lost before: a resolution asking that data or a report on the service come
to the committee (pipeline.committee_returns); a member's question about the service (pipeline.minutes_remarks); a
list of the inspection's grades by area (pipeline.minutes_grades).

The fixtures (tests/data/minutes_arrangements) are written in our own words in the shape of ModernGov "Agenda and
minutes" pages: a full council meeting with the Mayor's announcements, and an improvement board."""

from pathlib import Path

import pandas as pd
import pytest

from pipeline.furniture_reasons import AGENDA, LINK, PROCEDURE
from pipeline.committee_returns import committee_return
from pipeline.minutes_grades import area_and_grade
from pipeline.minutes_remarks import members_question
from tests.minutes_segments import KEPT, exclusion_reasons_of, kinds_after_a_sure_model, row as _row, segments_of

PAGES = Path(__file__).parent / "data" / "minutes_arrangements"


@pytest.fixture(scope="module")
def segments() -> pd.DataFrame:
    return segments_of(PAGES)


@pytest.mark.parametrize("words,reason", [
    # 1. a paper said also to give an update
    ("A progress update on the recruitment of foster carers is also provided", LINK),
    # 2. the chair or the mayor on how the meeting runs, whatever service the items name
    ("there would be a single debate on the two motions", PROCEDURE),
    ("speeches on the motion about children's services were limited", PROCEDURE),
    ("proposed that items 7 and 8 be taken together", PROCEDURE),
    # 3. an empty consideration
    ("Consideration was given to the context of the Board's work", PROCEDURE),
    # 4. an item's purpose in the infinitive, standing alone
    ("For the Council to be sighted on the outcome of the inspection", AGENDA),
    # 5. a presentation announced by what it covered
    ("outlined the action plan and the proposed process", None),
])
def test_furniture_is_left_out_with_its_reason(segments, words, reason):
    row = _row(segments, words)
    assert row["kind"] not in KEPT and (reason is None or row["reason"] == reason), (row["section"], row["reason"])


@pytest.mark.parametrize("text,reason", [
    ("A short summary of the fostering service's sufficiency work is also set out in this report.", LINK),
    ("The Mayor announced that the motions on children's services would be debated together.", PROCEDURE),
    ("The Chair reminded members that a recorded vote would be taken on the motion about the Ofsted report.",
     PROCEDURE),
    ("Consideration was given to the background and purpose of the report.", PROCEDURE),
    ("For the Panel to be assured of the arrangements for the next inspection.", AGENDA),
    ("To be sighted on the progress of the fostering recruitment campaign.", AGENDA),
    ("The Assistant Director outlined the action plan and the proposed process for monitoring it.", PROCEDURE),
    ("It would not be appropriate for Members to discuss the case in the meeting.", PROCEDURE),
    ("With the consent of the seconder, leave of Council was given to alter the final paragraph of the motion.",
     PROCEDURE),
    ("The Lord Mayor advised that the motion on children's services had been withdrawn.", PROCEDURE),
    ("The Council had before it a Notice of Motion on corporate parenting standing in the names of Mr A Brook, "
     "Mrs C Dale and Ms E Fenn.", PROCEDURE),
    ("The Council agreed to deal with the Motion on the day.", PROCEDURE),
    ("The Head of Service presented the performance scorecard and the audit findings for the quarter.", PROCEDURE),
])
def test_the_same_furniture_as_a_sentence_on_its_own(text, reason):
    assert exclusion_reasons_of([text]) == [reason]


@pytest.mark.parametrize("words", [
    # what someone said of the service after a verb that may announce a presentation, or a consideration
    "outlined that caseloads had fallen to an average of eighteen",
    "Consideration was given to the report, which showed that the number of children waiting",
    # 6. what the meeting asked to see about the service
    "performance data on children in care be shared with the Children's Scrutiny Committee",
    "a report on the recruitment of social workers be brought to the next meeting",
    "That the Board receive an update on agency staffing at its April meeting",
    # 7. what members asked about the service
    "asked officers what was being done to reduce the number of placement moves",
    "asked when members would see the results of the audit of case files",
    # 8. the inspection's grades by area, the last of them alone above the next lead-in
    "Overall effectiveness: requires improvement to be good",
    "The experiences and progress of care leavers: good",
    "Leaders – Requires Improvement",
    "Leadership: Outstanding",
])
def test_what_was_said_asked_or_judged_about_the_service_is_kept(segments, words):
    row = _row(segments, words)
    assert row["kind"] in KEPT and row["reason"] == "", (row["section"], row["reason"])


@pytest.mark.parametrize("text", [
    "Agreed that the performance scorecard be provided to the Committee at its next meeting.",
    "RESOLVED: That the Committee receive an update on agency staffing at its March meeting.",
    "A Member asked about the recommendations in the Ofsted report.",
    "Councillor Khan queried whether the fostering service had enough carers for teenagers.",
    # the meeting's own decision that a paper on the service come to it is no copy going round
    "It was agreed that a copy of the action plan would be made available to the Committee.",
])
def test_requests_and_questions_about_the_service_are_not_the_meetings_talk(text):
    assert exclusion_reasons_of([text]) == [""]


@pytest.mark.parametrize("text", [
    # said of the service by the chair, a purpose that names a change, a presentation with what it found
    "The Chair said that the inspection found caseloads were too high.",
    "For the Board to be sighted on the rising number of children in care and the pressure on placements.",
    "The Director presented the findings of the inspection, which were that services required improvement.",
    "The Head of Service described the new front door arrangements and the improved timeliness of contacts.",
    "Consideration was given to the improvement plan and the findings of the monitoring visit.",
    "The motion asked that every councillor complete corporate parenting training within six months.",
])
def test_what_is_said_of_the_service_in_the_same_shapes_stays(text):
    assert exclusion_reasons_of([text]) == [""]


def test_requests_and_questions_name_the_service():
    assert committee_return("That an update on the improvement plan be brought to the Committee in six months.") != ""
    assert committee_return("That the minutes of the meeting be circulated to members.") == ""
    assert committee_return("Resolved that: there will be a report from the youth forum at the next meeting.") == ""
    assert exclusion_reasons_of(["A copy of the presentation would be circulated to members."]) == [LINK]
    assert members_question("A member asked officers about the number of agency workers in the service.")
    assert not members_question("Councillor Ross asked when the next meeting would be held.")
    assert area_and_grade("Help and protection – Requires improvement to be good")
    assert not area_and_grade("Status: Good") and not area_and_grade("The report was good")


def test_the_learned_model_leaves_questions_and_requests_about_the_service():
    """However sure the model is, a member's question and a request for a report on the service stay."""
    texts = ["A Member asked about the recommendations in the Ofsted report.",
             "Agreed that the performance scorecard be provided to the Committee at its next meeting.",
             "The Chair thanked the Head of Service for her clear presentation."]
    assert kinds_after_a_sure_model(texts) == ["finding", "finding", "procedural"]
