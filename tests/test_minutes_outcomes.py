"""Meeting furniture and substance of the lead's held-out read of the forty-third session (issue 15; furniture67).

Substance lost before: an update on the actions promised to the next meeting; an agenda line that gives the
inspection's grade; the plan's due date to Ofsted and the inspection's own dates; a recommendation to the Cabinet to
approve the plan answering the inspection (pipeline.committee_returns). Furniture kept before: a list of officers
who "attended alongside" (pipeline.meeting_words.MEETING_ADVERBS); a paper's contents given to the committee in one
sentence (pipeline.paper_contents).

The fixture (tests/data/minutes_outcomes) is written in our own words in the shape of a ModernGov "Agenda and
minutes" page of a scrutiny committee."""

from pathlib import Path

import pandas as pd
import pytest

from pipeline.committee_returns import COMMITTED, committee_return
from tests.minutes_segments import KEPT, exclusion_reasons_of, kinds_after_a_sure_model, row as _row, segments_of

PAGES = Path(__file__).parent / "data" / "minutes_outcomes"


@pytest.fixture(scope="module")
def segments() -> pd.DataFrame:
    return segments_of(PAGES)


@pytest.mark.parametrize("words", [
    # 1. an update on the actions promised to the next meeting
    "An update on the actions and their timescales would be brought to the next meeting",
    # 2. the agenda's text of an item, giving the inspection's grade
    "which judged the service 'Requires improvement to be good' overall",
    # 3. the plan's date to the inspectorate, the inspection's dates
    "The Action Plan must be sent to Ofsted by 20 August",
    "findings of a focused visit on 12 and 13 May",
    # 4. a recommendation to the Cabinet to approve the plan, set out as the item's agenda text
    "Cabinet is RECOMMENDED to approve the Written Statement of Action",
])
def test_what_the_service_is_committed_to_is_kept(segments, words):
    row = _row(segments, words)
    assert row["kind"] in KEPT and row["reason"] == "", (row["section"], row["reason"])


@pytest.mark.parametrize("words", [
    # 5. officers named with their roles, "attended alongside" / "also attended"
    "and Tom Reid (Head of Service, Children in Care) attended alongside",
    "and Ruth Amos (Commissioning Manager) also attended",
    # 6. a paper's contents given to the committee, after another sentence of the same minute
    "He provided the Committee with a summary of the inspection, the findings",
])
def test_furniture_is_left_out(segments, words):
    row = _row(segments, words)
    assert row["kind"] not in KEPT and row["reason"], (row["section"], row["reason"])


@pytest.mark.parametrize("text", [
    "A further update on the improvement plan's actions will be presented to the Panel in March.",
    "Officers would bring an update on the action plan to the March meeting.",
    "The Written Statement of Action is to be submitted to Ofsted and the CQC by 14 October.",
    "The monitoring visit on 3 and 4 February looked at services for children in need.",
    "To consider the inspection report, which rated the council's children's services as inadequate.",
    "The Committee is asked to endorse the improvement plan before it is sent to Ofsted.",
])
def test_the_same_substance_as_a_sentence_on_its_own(text):
    assert committee_return(text) == COMMITTED
    assert exclusion_reasons_of([text]) == [""]


@pytest.mark.parametrize("text", [
    "A report on the budget will come to the next meeting.",
    "The Committee is recommended to note the action plan.",
    "The Committee was asked to endorse the timetable for refreshing the improvement plan.",
    "The next meeting will be held on 4 June.",
    "The outstanding items would be brought to the next meeting.",
    "The Committee was asked to approve the minutes of the meeting held on 3 March.",
    # the meeting's act on a paper about the inspection, and the item's purpose, with the inspection's dates
    "To note the letter from Ofsted following the monitoring visit held on 3 and 4 May.",
    "The Panel considered a briefing, which set out the outcome of the focused visit on 9 and 10 July.",
])
def test_the_meetings_own_business_is_no_commitment(text):
    assert committee_return(text) != COMMITTED


@pytest.mark.parametrize("text", [
    "The report provided the Committee with a summary of the inspection, the findings and the next steps.",
    "It gave members an overview of the visit, the areas looked at and the timetable.",
    "Dana Price (Assistant Director) and Tom Reid (Head of Service) attended alongside.",
])
def test_the_same_furniture_as_a_sentence_on_its_own(text):
    assert exclusion_reasons_of([text]) != [""]


@pytest.mark.parametrize("text", [
    # a paper's contents that say something of the service, or a list of who did something
    "The report provided the Committee with a summary of the inspection, which found that caseloads were too high.",
    "Social workers now work alongside health visitors in each locality.",
])
def test_what_is_said_in_the_same_shapes_stays(text):
    assert exclusion_reasons_of([text]) == [""]


def test_the_learned_model_leaves_what_the_service_is_committed_to():
    """However sure the model is, a promised update on the plan and the inspection's dates stay."""
    texts = ["An update on the actions and their timescales would be brought to the next meeting.",
             "The letter sets out the findings of a focused visit on 4 and 5 June.",
             "The Chair thanked the Head of Service for her clear presentation."]
    assert kinds_after_a_sure_model(texts) == ["finding", "finding", "procedural"]
