"""Issue 15: a decision to come back to the service's improvement plan is scrutiny, not only the meeting's business
(furn40; pipeline.committee_returns, merged there by furniture68 from meeting_courtesy). Every text is our own words,
in the shapes of real minutes."""

import pytest

from pipeline import meeting_text
from pipeline.committee_returns import ASKED, COMMITTED, RESOLVED, committee_return, committee_return_in_parse
from pipeline.meeting_verdicts import asks_for_something
from tests.minutes_segments import KEPT, minutes_kinds


def _sentence(text: str):
    return next(iter(meeting_text.parser()(meeting_text.prepared(text)).sents))


SCHEDULED = [
    "That the Committee's work programme include a further report on the improvement plan in six months.",
    "That the Panel's work programme includes a further update on the improvement plan in six months' time.",
    "That the Committee receive a further report on the improvement plan at its meeting in January.",
    "That a progress report on the review of placements be brought to a future meeting.",
]

NOT_SCHEDULED = [
    # no topic of the service: the meeting's business
    "That a further report be brought to the next meeting.",
    # a report this meeting received
    "The Committee received a further report on the improvement plan.",
    "That the report be noted.",
]


@pytest.mark.parametrize("text", SCHEDULED)
def test_a_decision_to_come_back_to_the_improvement_plan_is_kept(text):
    assert committee_return_in_parse(_sentence(text))
    assert minutes_kinds([text])[0] in KEPT
    assert asks_for_something([text]).all()  # the learned furniture model leaves it


@pytest.mark.parametrize("text", NOT_SCHEDULED)
def test_a_report_without_the_service_or_already_received_is_not_scrutiny_scheduled(text):
    assert not committee_return_in_parse(_sentence(text))
    assert minutes_kinds([text]) == ["procedural"]


def test_a_paper_presented_at_this_meeting_is_not_scrutiny_scheduled():
    for text in ("A further report on the improvement plan was presented to the meeting.",
                 "A progress report on the action plan had been submitted to the Committee in March."):
        assert not committee_return_in_parse(_sentence(text))


def test_a_report_that_is_not_a_further_one_is_left_to_the_other_rules():
    # (no further or progress report: a topic for the next meeting; the learned model may still move it)
    text = "That a report on the budget be brought to the next meeting."
    assert not committee_return_in_parse(_sentence(text))


def test_the_words_tell_a_commitment_a_decision_and_a_request_apart():
    assert committee_return("An update on the actions and their timescales would be brought to the next meeting.") \
        == COMMITTED
    assert committee_return("RESOLVED: That the Board receive an update on agency staffing at its April meeting.") \
        == RESOLVED
    assert committee_return("Performance data on children in care to be shared with members each quarter.") == ASKED
    assert committee_return("That a further report be brought to the next meeting.") == ""
