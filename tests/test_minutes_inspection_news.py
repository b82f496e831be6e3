"""Substance and furniture of the lead's held-out reads of the forty-third session (issue 15; furniture68).

Substance lost before, now kept: the inspection dated with its year on a report the meeting received; who made up the
inspection team and what the inspectors looked at; a lead-in to the findings or recommendations set out after it; the
letter's visit to a named council on its dates; the plan's due date to Ofsted; members interviewed by the inspectors;
the improvement board's independent chair invited back to the committee, and the adviser named with that role; an
officer's presentation on the latest developments in the service; progress on the recommendations to be reported to
the committee, and regular meetings on progress with the leadership; what an amendment to a council motion changes
(pipeline.inspection_record, committee_returns, meeting_arrangements.amends_the_motion, paper_contents). Furniture
kept before, now left out: a paper's parts set out clause by clause; the reminder that all councillors had been
invited to watch an item.

The fixture (tests/data/minutes_inspection_news) is in our own words, in the shape of ModernGov "Agenda and minutes"
pages of a cabinet, a scrutiny panel and a full council."""

from pathlib import Path

import pandas as pd
import pytest

from pipeline.committee_returns import COMMITTED, RESOLVED, committee_return
from pipeline.inspection_record import presents_service_news, tells_of_the_inspection
from pipeline.meeting_arrangements import amends_the_motion
from tests.minutes_segments import KEPT, exclusion_reasons_of, kinds_after_a_sure_model, minutes_kinds, row, segments_of

PAGES = Path(__file__).parent / "data" / "minutes_inspection_news"

SUBSTANCE = [
    # 1. the inspection and its date, on the report the meeting received
    "inspection of children's services that took place in February 2026",
    # 2. the inspection team, and what the inspectors looked at
    "The inspection team was made up of three HMI and two additional inspectors",
    "inspectors looked at support for children with SEND",
    # 3. lead-ins to the findings and to the recommendations, followed by them
    "The summary of findings was as follows:",
    "There were two additional recommendations:",
    # 4. the letter's focused visit and its dates
    "outlines the findings of a focused visit to Westbridge's children's services on 9 and 10 June 2026",
    # 5. the plan's due date to Ofsted
    "The Action Plan to be reported back to Ofsted was due on 30 September 2026",
    # 6. members interviewed by the inspectors
    "Scrutiny Panel had been interviewed by the inspectors",
    # 7. the improvement board's independent chair invited back, and the adviser's role
    "That the independent chair of the Improvement Board be invited to attend a future meeting of the Panel",
    "is the independent adviser appointed by the Department for Education and chairs",
    # 8. an officer's presentation on the latest developments in the service
    "gave a presentation on the latest developments in children's social care",
    # 9. progress reported to the committee during the year, regular meetings with the leadership
    "Progress against the recommendations made by Ofsted would be reported to the Panel",
    "met with the Deputy Leader each month to review progress",
    # 10. what the amendment to the motion changes
    "to replace the word \"notes\" with \"is deeply concerned by\"",
]

FURNITURE = [
    # 11. a paper's parts, clause by clause, nothing said of any
    "The report to Cabinet summarised the main findings of the inspection; set out the areas of strong practice",
    # 12. all councillors invited to watch the item
    "every councillor had been invited to watch this item",
    # (and what was furniture before stays so: the motion moved and seconded, the vote, the report noted)
    "The following motion was moved by Councillor Adeyemi and seconded by Councillor Flint",
    "On being put to the vote, the amendment was carried",
    "RESOLVED: That the report be noted",
]


@pytest.fixture(scope="module")
def segments() -> pd.DataFrame:
    return segments_of(PAGES)


@pytest.mark.parametrize("words", SUBSTANCE)
def test_what_the_minutes_say_of_the_inspection_and_its_oversight_is_kept(segments, words):
    found = row(segments, words)
    assert found["kind"] in KEPT and found["reason"] == "", (found["kind"], found["reason"])


@pytest.mark.parametrize("words", FURNITURE)
def test_a_papers_parts_and_an_invitation_to_watch_are_left_out(segments, words):
    found = row(segments, words)
    assert found["kind"] not in KEPT and found["reason"], (found["kind"], found["reason"])


@pytest.mark.parametrize("text", [
    "Cabinet received a report on the findings of the inspection of children's services which took place in March 2025.",
    "The inspection team comprised two HMI and three additional inspectors (one social care, one education, one health).",
    "The inspection team consisted of 4 HMIs and 2 Additional Inspectors with a social care background.",
    "The visit was varied; inspectors looked at SEND provision.",
    "The published letter from Ofsted outlines the findings of a focused visit to Eastmoor Council's children's services "
    "on 3 and 4 May 2023.",
    "Members of the scrutiny panel were interviewed by the inspectors.",
    "RESOLVED: That the Independent Chair of the Children's Improvement Board be invited to the March meeting of the "
    "Committee.",
    "The Interim Director gave a presentation on the latest developments in Children's Social Care following the Ofsted "
    "inspection.",
    "It was noted that a regular update on progress against the Ofsted recommendations would be presented at this "
    "Committee's meetings during the year.",
    "Regular meetings with the Deputy Leader had taken place.",
    "An amendment was proposed by Councillor Grey and seconded by Councillor Shah, that the word \"welcomes\" be "
    "replaced with \"notes\".",
])
def test_the_same_substance_as_a_sentence_on_its_own_is_kept_by_rules_and_model(text):
    assert exclusion_reasons_of([text]) == [""]
    assert minutes_kinds([text])[0] in KEPT
    assert kinds_after_a_sure_model([text])[0] in KEPT  # the learned furniture model leaves it


@pytest.mark.parametrize("text", [
    # the meeting's act on a paper about an inspection dated without its year (furniture64's labels)
    "The Service Delivery Manager presented a report to the Cabinet which outlined the findings of the inspection that "
    "took place in May.",
    # a paper's parts, the areas the inspectors looked at named as one of them
    "The letter set out the main findings and the areas the inspectors had looked at.",
    # a presentation on a campaign, or on what was done
    "The Fostering Team Manager gave a short presentation on the recruitment campaign.",
    # an attendance list naming an independent chair
    "Present: Mary Holt (independent chair), the chief executive and the designated nurse.",
    # moved and seconded, with nothing of what the amendment changes
    "An amendment was moved by Councillor Grey and seconded by Councillor Shah.",
])
def test_the_meetings_own_business_in_the_same_words_is_none_of_these(text):
    assert not tells_of_the_inspection(text) and not amends_the_motion(text)
    assert committee_return(text) == ""


def test_the_checks_name_what_they_keep():
    assert tells_of_the_inspection("Inspectors had also spoken to members of the Corporate Parenting Panel.")
    assert presents_service_news("The Director gave members an update on progress in early help since the visit.")
    assert not presents_service_news("The Director gave a presentation on the report.")
    assert committee_return("The Action Plan to be reported back to Ofsted was due on 30 September 2026.") == COMMITTED
    assert committee_return("RESOLVED: That the independent chair of the Improvement Board be invited to a future "
                            "meeting of the Committee.") == RESOLVED
    assert committee_return("RESOLVED: That the Head of Service be invited to a future meeting.") == ""


@pytest.mark.parametrize("text", [
    "The report to Cabinet summarised the key findings of the inspection; detailed the areas of good practice and the "
    "areas for improvement.",
    "The Chair reminded the Committee that all councillors had been invited to watch the item on the webcast.",
    "The Chair reminded members that all councillors had been invited to watch the item, given its importance to the "
    "Council's children's services.",
])
def test_the_same_furniture_as_a_sentence_on_its_own(text):
    assert exclusion_reasons_of([text]) != [""]


@pytest.mark.parametrize("text", [
    # a paper whose parts say something of the service stays
    "The report summarised the findings of the inspection; set out that caseloads had fallen; and described the next "
    "steps.",
    "The report summarised the findings; highlighted the poor quality of supervision.",
])
def test_a_paper_that_says_something_in_the_same_shape_stays(text):
    assert exclusion_reasons_of([text]) == [""]
