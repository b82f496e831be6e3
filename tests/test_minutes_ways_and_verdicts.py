"""Issue 15, round 19 (branch furniture22): the leftovers of held-out set T. Furniture: the meeting's body weighing a
way forward ("considered the approach to ..."); someone telling the meeting about a topic so that members understand
it, an inspector at the meeting included; a lead-in left with no words of its own ("This included:"); a
matters-arising sentence read past its pointer to an earlier minute, with clauses joined to what was noted. Kept: a
sentence that dates an inspection or a visit of the service (a fact of its inspection, no longer furniture); what an
inspection concluded, which the learned model leaves; and, for each rule, a near miss that says something of the
service. Every text is our own words, in the shapes of real minutes."""

import pytest

from pipeline import meeting_text, meeting_topics
from pipeline.meeting_verdicts import dates_an_inspection, states_a_verdict, tells_of_the_service
from tests.minutes_segments import KEPT, minutes_kinds


def _sentence(text: str):
    return next(iter(meeting_text.parser()(meeting_text.prepared(text)).sents))


FURNITURE = [
    # the body weighs a way forward: the approach, options or proposals named, and what they are for
    "The Panel also considered the approach to funding more foster placements so that the council could meet the "
    "targets in its plan.",
    "Members discussed the options for recruiting permanent social workers to the assessment teams.",
    "The Committee explored the proposals for a new edge of care service.",
    # someone tells the meeting about a topic so that members understand it
    "The lead inspector explained the monitoring visit process in detail so that members had a clear picture of how "
    "cases were chosen.",
    "The Head of Service outlined the new quality assurance framework so that the Committee had an overview of it.",
    # a matters-arising pointer to an earlier minute, then only the meeting's own paperwork noted
    "Further to minute 14/22 'Support for care leavers', the Committee noted that the work programme had been "
    "updated and information had been circulated regarding the local offer for care leavers.",
    "Arising from minute 31 (Fostering recruitment) the Panel noted that the work programme had been updated.",
    # a lead-in left with no words of its own, after a sentence of the meeting's
    "The Director presented the report to the Board. This included:-",
]

KEPT_TEXTS = [
    # an inspection or a visit of the service, dated: a fact of the service's inspection
    "In March 2024, Ofsted carried out a focused visit to the children's services of the borough.",
    "Ofsted had inspected children's services between 3 and 14 June 2024, and the report was published in August.",
    # near misses of the way forward: a clause that says something, a word that judges, a figure
    "The Panel considered that the approach to funding foster placements had not worked.",
    "The Committee considered the approach to recruitment inadequate.",
    "Members discussed the options for recruiting social workers, which had reduced agency use by 20 per cent.",
    # near misses of telling for understanding: a reported clause, a trouble named
    "The lead inspector explained that too few cases had been audited, so that members understood the risk.",
    "The lead inspector described the weaknesses in planning for care leavers so that members understood them.",
    # near miss of the earlier minute: what follows the pointer says something of the service
    "Further to minute 14/22 'Support for care leavers', the Director reported that eleven care leavers had moved "
    "into homes of their own.",
    # near miss of the bare lead-in: a lead-in with words of its own
    "The inspectors identified the following areas for improvement:",
]


@pytest.mark.parametrize("text", FURNITURE)
def test_ways_forward_told_topics_pointers_and_bare_lead_ins_are_furniture(text):
    assert minutes_kinds([text])[0] == "procedural", text


@pytest.mark.parametrize("text", KEPT_TEXTS)
def test_inspection_dates_and_near_misses_stay(text):
    assert minutes_kinds([text])[0] in KEPT, text


@pytest.mark.parametrize("text, expected", [
    ("The Cabinet considered the approach to commissioning short breaks.", True),
    ("The Cabinet considered that the approach to commissioning short breaks had failed.", False),
    ("The Director considered the approach to commissioning short breaks.", False),  # a person's view, not the body's
    ("The Cabinet considered the report on short breaks.", False),  # a paper: the meeting's other tests read it
])
def test_weighs_a_way_forward(text, expected):
    assert meeting_topics.weighs_a_way_forward(_sentence(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("The inspector described the inspection process so that members understood how data was used.", True),
    ("The inspector described the inspection process to members.", False),  # no purpose of understanding
    ("The inspector described the inspection process so that the service could prepare.", False),  # not for members
])
def test_tells_for_understanding(text, expected):
    assert meeting_topics.tells_for_understanding(_sentence(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("This included:", True), ("These were:", True),
    ("This included the work of the front door.", False), ("The areas were:", False),
])
def test_a_bare_lead_in(text, expected):
    assert meeting_topics.is_a_bare_lead_in(_sentence(text)) is expected


def test_a_pointer_to_an_earlier_minute_is_read_past():
    assert meeting_text.prepared("Further to minute 3/21 ‘Children’s Rights Strategy’ members asked for figures.") \
        == "members asked for figures."
    assert meeting_text.prepared("Arising from Minute No. 27 (Fostering), the Chair asked ...").startswith("the Chair")
    # a minute named in passing, not opening the sentence, stays
    assert meeting_text.prepared("The Chair referred to minute 12.") == "The Chair referred to minute 12."


@pytest.mark.parametrize("text, expected", [
    ("The outcome of the inspection was that the service was judged to require improvement.", True),
    ("Ofsted's judgement was that leaders knew their services well.", True),
    ("The findings of the focused visit were largely positive.", True),
    ("The outcome of the inspection was reported to the committee.", False),  # the meeting's act
    ("The result of the vote was unanimous.", False),  # no inspection
])
def test_states_a_verdict(text, expected):
    assert states_a_verdict(_sentence(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("The focused visit took place on 4 and 5 March with a focus on children in need.", True),
    ("In May, Ofsted carried out a monitoring visit to the service.", True),
    ("Ofsted had inspected the service in June 2023.", True),
    ("The meeting took place in the council chamber.", False),  # the meeting's own time
    ("A verbal update on the visit was received.", False),  # the meeting's act
])
def test_dates_an_inspection(text, expected):
    assert dates_an_inspection(_sentence(text)) is expected


def test_the_learned_model_leaves_what_an_inspection_concluded_and_when_it_was():
    assert tells_of_the_service(["The outcome of the inspection was that practice had improved.",
                                 "The monitoring visit took place on 12 and 13 June.",
                                 "The outcome of the inspection was reported to the committee."]).tolist() == \
        [True, True, False]
