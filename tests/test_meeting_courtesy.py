"""Issue 15, furn40: the meeting's courtesies are furniture; a member's welcome or regret of the service judges it
(pipeline.meeting_courtesy). Every text is our own words, in the shapes of real minutes."""

import pytest

from pipeline import meeting_courtesy, meeting_text
from pipeline.meeting_verdicts import tells_of_the_service
from tests.minutes_segments import KEPT, minutes_kinds


def _sentence(text: str):
    return next(iter(meeting_text.parser()(meeting_text.prepared(text)).sents))


COURTESIES = [
    "The Cabinet Member welcomed the Board's involvement and support.",
    "He thanked all staff including social workers for their input.",
    "The Committee expressed its thanks to officers for their attendance.",
    "Councillor Patel thanked officers for a helpful presentation.",
    "The Chair welcomed the new Director of Children's Services.",
]

NOT_COURTESIES = [
    # thanks that go on to say something, or are for something the service did
    "She thanked everyone who had contributed to the plan and explained that engagement would continue.",
    "The Panel thanked the team for halving the waiting list for assessments.",
    # a welcome of the service's change
    "The Chair welcomed the improvement in the timeliness of assessments.",
]

JUDGEMENTS = [
    "The Chair welcomed the improvement in the timeliness of assessments.",
    "Members welcomed the fall in the number of agency social workers.",
    "Councillor Okafor regretted that care leavers still waited too long for housing.",
]

NOT_JUDGEMENTS = [
    "The Chair welcomed Councillor Brown to the Panel.",
    "The Cabinet Member welcomed the Board's involvement and support.",
    "The Chair welcomed the report.",
    "The Chair regretted that the Vice Chair could not attend.",
]

@pytest.mark.parametrize("text", COURTESIES)
def test_thanks_and_welcomes_of_people_are_courtesies_and_furniture(text):
    assert meeting_courtesy.courtesy(_sentence(text))
    assert minutes_kinds([text]) == ["procedural"]


@pytest.mark.parametrize("text", NOT_COURTESIES)
def test_thanks_that_say_something_are_no_courtesy(text):
    assert not meeting_courtesy.courtesy(_sentence(text))


@pytest.mark.parametrize("text", JUDGEMENTS)
def test_a_members_welcome_or_regret_of_the_service_judges_it_and_stays(text):
    assert meeting_courtesy.judges_by_welcome(_sentence(text))
    assert minutes_kinds([text])[0] in KEPT
    assert tells_of_the_service([text]).all()  # the learned furniture model leaves it


@pytest.mark.parametrize("text", NOT_JUDGEMENTS)
def test_a_welcome_of_people_or_a_paper_judges_nothing(text):
    assert not meeting_courtesy.judges_by_welcome(_sentence(text))


def test_the_report_noted_and_the_chairs_welcome_to_the_meeting_stay_furniture():
    assert minutes_kinds(["RESOLVED: That the report be noted.", "The Chair welcomed everyone to the meeting.",
                          "The Chair thanked the Director and her team for their hard work."]) == ["procedural"] * 3
