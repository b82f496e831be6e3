"""Acts of the meeting that only name their topic, and the other tests of pipeline.meeting_acts (issue 15, fourteenth
round, branch furniture17). Furniture: a sentence whose main clause is the meeting's act, with the meeting's subject,
that names the service without saying anything of it; a person's declaration; the remit of the meeting's body named
by itself; a rule of the meeting; a sentence naming a kind of member's interest; a heading in capitals, a page's
venue or contact field and an agenda's line on what an item is for, run into the text. Kept: a dated inspection or
visit (round 19); the same shapes when they report a clause, judge, give a figure, name a change
or a trouble or ask for something; a person's news; a body of the service; a decision or request in an item's words.
All sentences are our own words."""

import pytest

from pipeline import meeting_acts, meeting_text
from tests.minutes_segments import minutes_kinds


def _sentence(text: str):
    return next(iter(meeting_text.parser()(meeting_text.prepared(text)).sents))


FURNITURE = [
    # an act of the meeting whose topic is the service, named and not said
    "The Head of Safeguarding gave a presentation to the panel which set out the audit work on early help.",
    "It also contains information relating to the health and schooling of children in care.",
    "A reply from the Executive in March set out the agreed actions and the proposed timetable for the review.",
    "A few questions from councillors explored the wording of the recommendations for schools.",
    # a declaration, a register line naming an interest, the body's remit, a rule of the meeting
    "Councillor Reyes declared she is employed by a fostering agency in the county.",
    "Councillor Reyes, Pecuniary, is employed by a fostering agency in the county.",
    "The Board will meet at least four times in each municipal year.",
    "If in doubt, advice should be sought from the Monitoring Officer before the meeting.",
    "Members must leave the room while the item is discussed.",
    # a heading in capitals run into the text, a page's venue field, an agenda's line on an item's purpose
    "CONSIDERATION OF REPORTS REFERRED BY THE COORDINATING COMMITTEE",
    "View directions Contact: Member Services Team No.",
    "To review how the views of children in care are heard by the board.",
]

KEPT = [
    # the same acts when they report, judge, count, name a change or a trouble, or ask
    "The Head of Safeguarding reported that referrals to early help had risen by a fifth.",
    "The presentation highlighted strong practice in the assessment team.",
    "Members noted the reduction in the number of agency social workers.",
    "The Director drew attention to the delays in completing health assessments.",
    "The report set out that 64 children were placed more than twenty miles from home.",
    "Councillor Obi asked that the figures for each locality be sent to members.",
    "The Chair drew the panel's attention to extra funding for short breaks that had been agreed in June.",
    # a person's news, not the meeting's act ("started", "was reviewing")
    "R Patel, the new head of the virtual school, had started in May and was reviewing every plan.",
    # an inspection dated, with or without what it found: a fact of the service's inspection (round 19)
    "In March 2021 Ofsted carried out a focused visit which found that risk was not always recognised.",
    "In March 2021 Ofsted carried out a focused visit to the front door service.",
    "The monitoring visit had taken place between 4 and 6 October.",
    # a body of the service, not the meeting's own
    "The Improvement Board will oversee the delivery of the action plan.",
    # a decision or a request in an item's words, not its purpose
    "To approve the improvement plan for submission to Ofsted.",
    "To ask the Director to report back on the delays in health assessments.",
    # a rule for the service, not the meeting
    "Social workers must visit every child in care at least every six weeks.",
]


@pytest.mark.parametrize("text", FURNITURE)
def test_furniture_left_out(text):
    assert minutes_kinds([text]) == ["procedural"], text


@pytest.mark.parametrize("text", KEPT)
def test_findings_kept(text):
    assert minutes_kinds([text]) != ["procedural"], text


@pytest.mark.parametrize("text, expected", [
    ("The presentation outlined the work of the virtual school.", True),
    ("The presentation outlined that the virtual school had been praised.", False),
    ("The presentation outlined the weaknesses of the virtual school.", False),
    ("The presentation outlined the work of 12 schools.", False),
])
def test_names_its_topic(text, expected):
    assert meeting_acts.names_its_topic(_sentence(text)) is expected


def test_capitals_need_four_words():
    assert meeting_acts.in_capitals(_sentence("MINUTES OF THE PREVIOUS MEETING"))
    assert not meeting_acts.in_capitals(_sentence("RESOLVED that the plan be approved."))


# Twentieth round (branch furniture20): a resolution's lead-in cut from what it led to, and items offered to the
# meeting to take up, counted and described only by what the body may wish to do with them.
LEAD_INS_AND_OFFERS = [
    "Having considered a report of the Director and a presentation by the Lead Member",
    "Having received the officer report and a short presentation from the Head of Service",
    "The Assistant Director advised of three areas the committee may wish to consider for closer scrutiny.",
    "Ms Okafor suggested two topics the board might wish to examine at a later meeting.",
]

LEAD_INS_AND_OFFERS_KEPT = [
    # a lead-in with its main clause, or running on into what was resolved
    "Having considered the report, the Committee agreed to ask for an update on caseloads in March.",
    "Having considered the report, members were concerned that caseloads remained high.",
    # the areas named, or said something of
    "The Assistant Director advised of three areas the committee may wish to scrutinise: caseloads, agency staff "
    "and audits.",
    "The Assistant Director advised of two areas that had improved since the inspection.",
]


@pytest.mark.parametrize("text", LEAD_INS_AND_OFFERS)
def test_lead_ins_and_offers_left_out(text):
    assert minutes_kinds([text]) == ["procedural"], text


@pytest.mark.parametrize("text", LEAD_INS_AND_OFFERS_KEPT)
def test_lead_ins_and_offers_with_substance_kept(text):
    assert minutes_kinds([text]) != ["procedural"], text


def test_lead_in_needs_no_clause_and_no_colon():
    assert meeting_acts.leads_in_without_clause(_sentence("Having considered the report of the Director"))
    assert not meeting_acts.leads_in_without_clause(
        _sentence("Having considered the report, the Mayor for the reasons set out: the plan be endorsed;"))
    assert not meeting_acts.leads_in_without_clause(_sentence("Having visited the homes, members praised the staff."))


def test_offered_items_must_be_counted():
    assert meeting_acts.offers_items(_sentence("The Director advised of two areas the panel may wish to consider."))
    assert not meeting_acts.offers_items(_sentence("The Director advised of the areas the panel may wish to consider."))
