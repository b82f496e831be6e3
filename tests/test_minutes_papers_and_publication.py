"""Issue 15, round 21 (branch furniture28): meeting furniture of shapes the tuning pages of round 21 showed, written
as rules of minutes in general, with their near misses; a report's publication and what inspectors did on an
inspection are news of the service, not of the meeting; a decision's record on a page whose line breaks were lost is
not agenda text. Every text is our own words, in the shapes of real ModernGov minutes."""

import pytest

from pipeline import meeting_talk, meeting_text
from pipeline.furniture import AGENDA, ATTENDANCE, DECLARATIONS, PREVIOUS_MINUTES
from pipeline.meeting_verdicts import inspectors_acted, publishes_an_inspection, tells_of_the_service
from pipeline.minutes_layout import layout_reasons
from tests.minutes_segments import KEPT, minutes_kinds


def _sentence(text: str):
    return next(iter(meeting_text.parser()(meeting_text.prepared(text)).sents))


def _reasons(texts: list[str]) -> list[str]:
    import numpy as np

    from pipeline.furniture import exclusion_reasons
    from pipeline.patterns import Column
    n = len(texts)
    blank = np.array([""] * n, dtype=object)
    return list(exclusion_reasons(Column(np.array(texts, dtype=object)), Column(blank.copy()), np.ones(n, bool),
                                  blank.copy(), np.ones(n, bool)))


FURNITURE = [
    # another body's minutes noted or received
    "RESOLVED that the minutes of the Fostering Panel held on 12 May 2021 be noted.",
    "That the minutes of the Improvement Board meetings held on 3 March and 7 April be received.",
    # the chair of a body named in full thanks the meeting for its handling of papers
    "The chairman of the schools and families select committee thanked cabinet for its prompt reply to the "
    "committee's recommendations.",
    # praise of how a paper was set out
    "The Chair congratulated officers on how clearly the improvement plan had been set out.",
    # a document considered by a body whose lower-case name holds "and"
    "The revised improvement plan was considered by the health and wellbeing scrutiny committee.",
    # the exclusion notice's reason, an urgent item, the body's terms of reference, thanks in the passive, votes
    "Reason for Decision: if the public were present for this item there would be a disclosure of exempt information.",
    "The Chair agreed to take the item as a matter of urgency.",
    "Resolved to note the panel's terms of reference.",
    "Thanks were extended to the officers for a detailed report.",
    "On being put to the vote the recommendations were carried.",
    "The recommendations were agreed unanimously.",
    "The Chair proposed and it was agreed that the order of business be changed.",
    # a declaration without the word, and the agenda's request in the present tense
    "In the interests of transparency, Councillor Ward said that her son is a foster carer.",
    "The Board is asked to note the attached update and comment on progress.",
    # the body's chair confirmed, a welcome, its own work programme, slides appended to the minutes
    "It was RESOLVED that the Chair and Vice-Chair be confirmed as Councillor Amis and Councillor Bell respectively.",
    "The Chair extended a warm welcome to Councillor Dunn, who had joined the panel.",
    "The Scrutiny Officer presented the draft work programme and said the budget item had moved to November.",
    "The slides shown by the Director are appended to the published minutes.",
]

KEPT_TEXTS = [
    # a report's publication is news of it
    "The inspection report had been published on Friday 4 March and could be read on the council's website.",
    "Initial findings were shared with the council and the report was published on 9 June.",
    # a service body capitalised is not a named person of the meeting
    "Members were informed that the Local Authority had responsibility for the new arrangements.",
    # near misses of the rules above
    "That the minutes of the Improvement Board be noted and that the Board be asked to report on agency staff.",
    "The Panel considered the plan to be ambitious but short of social workers.",
    "Members unanimously agreed that caseloads in the duty team were too high.",
    "The Chair congratulated staff on the good judgement, which reflected years of work with families.",
    "Invite the chair of the care leavers' forum to each meeting so that children in care shape the work programme.",
    "A new chair of the Improvement Board was appointed after the inspection found weak oversight of practice.",
]


@pytest.mark.parametrize("text", FURNITURE)
def test_furniture_of_papers_votes_and_courtesies(text):
    assert minutes_kinds([text])[0] == "procedural", text


@pytest.mark.parametrize("text", KEPT_TEXTS)
def test_what_says_something_stays(text):
    assert minutes_kinds([text])[0] in KEPT, text


def test_reasons_name_the_furniture():
    reasons = _reasons(["RESOLVED that the minutes of the Fostering Panel held on 12 May 2021 be noted.",
                        "In the interests of transparency, Councillor Ward said that her son is a foster carer.",
                        "The Board is asked to note the attached update and comment on progress.",
                        "Cabinet members: Councillors Ash, Birch and Cole",
                        "Cabinet members discussed the plan and noted that:"])
    assert reasons[:4] == [PREVIOUS_MINUTES, DECLARATIONS, AGENDA, ATTENDANCE]
    assert reasons[4] != ATTENDANCE  # a sentence whose verb follows the label's words is no attendance label


def test_a_report_published_is_not_the_meetings():
    assert meeting_talk.publishes_a_report(_sentence("The report was published on 9 June."))
    assert not meeting_talk.publishes_a_report(_sentence("The agenda was published on 2 June."))
    assert not meeting_talk.only_the_meeting(_sentence("The report was published on 9 June."))


@pytest.mark.parametrize("text, expected", [
    ("The final letter was published on 14 October.", True),  # dated
    ("There had been a delay in the publication of the letter, which came out on 2 May.", True),
    ("Once published, the letter would be shared with members.", False),  # no inspection, no date
])
def test_publication_the_learned_model_leaves(text, expected):
    assert publishes_an_inspection(_sentence(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("Members heard that the inspectors had observed practice and questioned social workers in the duty team.", True),
    ("Inspectors sampled the files of children on protection plans.", True),
    ("The lead inspector presented the findings to the panel.", False),  # the meeting's act
    ("Since the inspectors visited, the service has recruited six social workers.", False),
    ("The letter listed the areas the inspectors had examined.", False),  # a relative clause names them
])
def test_what_inspectors_did(text, expected):
    assert inspectors_acted(_sentence(text)) is expected


def test_the_learned_model_leaves_what_inspectors_did():
    told = tells_of_the_service(["Members heard that the inspectors had observed practice and questioned social "
                                 "workers in the duty team.", "The lead inspector presented the findings."])
    assert told.tolist() == [True, False]


def test_a_decision_record_run_together_is_not_agenda_text():
    page = ("Agenda item Decision: Children's services had been judged inadequate in 2019 and good in May 2023. "
            "RESOLVED - That the outcome of the inspection be noted. Minutes: Members welcomed the judgement.")
    first = page.index("Children's")
    resolved = page.index("RESOLVED")
    minute = page.index("Members welcomed")
    spans = [(first, resolved - 1), (resolved, minute - 10), (minute, len(page))]
    assert layout_reasons(page, spans, []) == ["", "", ""]
    # without the label, text before "Minutes:" stays the agenda's
    agenda = page.replace("Decision: ", "Purpose of the report ")
    assert layout_reasons(agenda, [(agenda.index("Children's"), agenda.index("RESOLVED") - 1)], [])[0] == AGENDA
