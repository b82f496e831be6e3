"""Issue 15, round 20 (branch furniture23): a resolution, or a resolution's part, whose one act is noting what a
definite noun phrase names is furniture (pipeline.meeting_acts.only_notes; set V's rule 4), whatever the phrase
names; near misses that note a clause, judge, count, name a change or trouble, or hold a verb of the service's stay;
a list's lead-in that states a grade is a finding; a sentence ending in a date is no meeting title line; the publication
of an inspection's report is a fact the learned model leaves.
Every text is our own words, in the shapes of real minutes."""

import pytest

from pipeline import meeting_acts, meeting_text
from pipeline.furniture import LIST_LEAD_IN
from pipeline.meeting_verdicts import publishes_an_inspection, tells_of_the_service
from pipeline.segment import _slight
from tests.minutes_segments import KEPT, minutes_kinds


def _sentence(text: str):
    return next(iter(meeting_text.parser()(meeting_text.prepared(text)).sents))


FURNITURE = [
    "(1) That the measures taken in answer to the focused visit's recommendations be noted.",
    "That the work done since the monitoring visit be noted.",
    "2) note the steps that have been put in place and the part played by the partnership board",
    "note the actions undertaken by the service after the inspection",
]

KEPT_TEXTS = [
    # a clause noted says something
    "That it be noted that an improvement board has been set up to oversee the plan.",
    # a change, a trouble, a judgement or a figure named in what is noted
    "That the rise in referrals since the inspection be noted.",
    "That the serious weaknesses found by the inspectors be noted.",
    "(2) note the 14 actions completed since the visit",
    # a verb of the service's inside what is noted
    "That the decision to close two children's homes be noted.",
]


@pytest.mark.parametrize("text", FURNITURE)
def test_a_resolution_that_only_notes_is_furniture(text):
    assert minutes_kinds([text])[0] == "procedural", text


@pytest.mark.parametrize("text", KEPT_TEXTS)
def test_a_resolution_noting_what_says_something_stays(text):
    assert minutes_kinds([text])[0] in KEPT, text


@pytest.mark.parametrize("text, expected", [
    ("That the steps taken since the visit be noted.", True),
    ("note the steps taken since the visit", True),
    ("That it be noted that caseloads had fallen.", False),  # a clause noted
    ("The Board noted the steps taken since the visit.", False),  # a subject: the meeting's other tests read it
    ("That steps be taken to reduce caseloads.", False),  # not noting
    ("That a rise in referrals be noted.", False),  # a change, and not definite
])
def test_only_notes(text, expected):
    assert meeting_acts.only_notes(_sentence(text)) is expected


# A list's lead-in that states a grade, in any tense, or "good" as a judgement, is a finding in minutes (set V's rule
# 15); one that only announces what follows stays a lead-in (pipeline.furniture.JUDGED_LEAD_IN).
@pytest.mark.parametrize("text, reason", [
    ("Two areas of the service required improvement to be good. These were:", ""),
    ("Areas rated as good were:", ""),
    ("The areas judged to be good were as follows:", ""),
    ("Headlines from the visit were:", LIST_LEAD_IN),  # announces, states no grade
    ("Members made the following points about the good work of the team:", LIST_LEAD_IN),  # "good" not a grade
    ("The following improvements were required:", LIST_LEAD_IN),  # no grade named
])
def test_a_lead_in_stating_a_grade_is_a_finding(text, reason):
    assert _slight(text, "paragraph", minutes=True) == reason


# Agenda text whose subject is "this" standing for the paper, and a plan named by what it follows: the paper's act
# only names its topic (pipeline.meeting_acts.names_its_topic).
@pytest.mark.parametrize("text, expected", [
    ("This presents the council's action plan following the focused visit in May 2021.", True),
    ("The report presents the improvement plan following the inspection.", True),
    ("This sets out the improvement plan.", True),
    ("This showed that the plan was working.", False),  # a clause of its own
    ("This included the work of the front door.", False),  # "this" may be the service's: not a paper's act
    ("This presents the serious weaknesses found by the inspection.", False),  # a trouble named
    ("The improvement plan following the inspection had cut waiting times.", False),  # the plan's own news
])
def test_a_paper_named_this_and_a_plan_named_by_what_it_follows(text, expected):
    assert meeting_acts.names_its_topic(_sentence(text)) is expected


# A sentence that ends with a weekday and a date is not the meeting's title line when it has an auxiliary or "that".
@pytest.mark.parametrize("text, kept", [
    ("The Director explained that the inspection report had been published on Tuesday 4th June 2024.", True),
    ("Corporate Parenting Panel - Tuesday, 4th June, 2024 6.00 pm", False),  # the title line
])
def test_a_sentence_ending_in_a_date_is_no_title_line(text, kept):
    assert (minutes_kinds([text])[0] in KEPT) is kept, text


@pytest.mark.parametrize("text, expected", [
    ("The Chair explained that the full inspection report had been published by Ofsted on 4 June.", True),
    ("Ofsted published its letter on the focused visit on 3 March.", True),
    ("Once published, the report was sent to members.", False),  # no inspection named
    ("The minutes of the meeting would be published next week.", False),  # the meeting's paper
])
def test_publishes_an_inspection(text, expected):
    assert publishes_an_inspection(_sentence(text)) is expected
    assert bool(tells_of_the_service([text])[0]) is expected  # the learned model leaves it


# A plural proper noun is no named person: capitalised common nouns of the service, reported as the subject of a
# clause, keep the sentence (pipeline.meeting_talk._named).
@pytest.mark.parametrize("text, kept", [
    ("The Director said that 3 Task Groups had been formed to look at each of the themes.", True),
    ("She added that Working Groups had been created for each of the key themes.", True),
    ("The Chair explained that the Councillors had been informed.", False),  # the meeting's own people
    ("The Chair explained that Jo Bloggs had sent her apologies.", False),  # a named person
])
def test_a_plural_proper_noun_is_no_named_person(text, kept):
    assert (minutes_kinds([text])[0] in KEPT) is kept, text
