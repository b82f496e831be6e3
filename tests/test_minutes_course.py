"""The course of a meeting the rules had kept (issue 15, eleventh round, branch furniture15m): papers said only to
have been submitted, what the body was asked to do, the chair's discretion in the question-time rules, answers
promised outside the meeting, the order the discussion took, an item asked to be added to the meeting, the order of
business varied, the meeting's broadcast, an update's title in plain-text minutes. Each furniture case fails on main; the same shapes that say something about the service
stay (they pass on main too), and a sentence that reports a clause whose subject is not the meeting's ("She noted
that the auditors had found that the new system was working") is no longer read as meeting talk (its two cases fail
on main). All sentences are our own words."""

import pytest

from tests.minutes_segments import minutes_kinds


FURNITURE = [
    # papers said only to have been passed to the meeting
    "The monitoring letter and the service's draft recovery plan were tabled.",
    "The revised sufficiency strategy was also circulated.",
    # what the body was asked to do, recorded after the meeting
    "The Committee was asked to endorse the timetable for refreshing the improvement plan.",
    "Members were asked to note the arrangements for the partnership's annual conference.",
    # the question-time rules and the chair's discretion
    "The time allowed for questions may be extended at the discretion of the Chairman.",
    "Those limits can be relaxed at the discretion of the Chairman.",
    # answers promised outside the meeting
    "A written reply would be sent to Councillor Okafor after the meeting.",
    "Answers to the remaining questions will be provided in writing.",
    # the order the discussion took, its topics named and not said
    "The conversation began with a round of questions on staffing across the localities.",
    "The discussion then moved on to the work programme for next year.",
    # an item asked to be added to the meeting, or refused as urgent
    "The Vice-Chair reported that a member had asked for an item on school transport to be added to the agenda.",
    "The Chair explained that the matter could not be taken as urgent business.",
    # the order of business varied; the meeting's broadcast said after the event
    "The Panel agreed to vary the order of business.",
    "The meeting was live streamed on the council's video channel.",
    # an update's title as a line of plain-text minutes
    "Update on the work to answer the inspectors' recommendations on care leavers.",
]

KEPT = [
    # a plan decided on, or one that says something
    "Cabinet approved the draft action plan and the additional funding for twelve social workers.",
    "The plan sets out four priorities, the first of which is the timeliness of assessments.",
    # a plan shared with staff is the service's news
    "The revised practice framework was shared with every team in March.",
    # what was asked of an officer, not the body
    "The Director was asked to bring a report on agency staff to the next meeting.",
    # a service manager's discretion, not the chair's
    "Placements outside the county are agreed at the discretion of the head of service.",
    # responses to families, not to a member
    "Responses to referrals would be provided within one working day.",
    # a discussion that says something
    "The discussion opened with concern that the number of children missing education had doubled.",
    # what varies in the service; a recording that is the service's
    "Caseloads vary between the locality teams, from twelve to twenty-two children.",
    "Visits to children were recorded on the case management system within a day.",
    # an update that judges
    "Update on the significant improvement in the timeliness of child protection conferences.",
    # a reported clause whose subject is not the meeting's (both were read as meeting talk on main)
    "She noted that the auditors had found that the new system was working.",
    "He remarked that the trial had shown that the revised form was easier to use.",
]


@pytest.mark.parametrize("text", FURNITURE)
def test_the_course_of_the_meeting_is_furniture(text):
    assert minutes_kinds([text]) == ["procedural"], text


@pytest.mark.parametrize("text", KEPT)
def test_the_same_shapes_about_the_service_stay(text):
    assert minutes_kinds([text]) != ["procedural"], text


def test_a_reported_clause_about_the_meeting_is_still_furniture():
    # the reported clause's subject is the meeting's own (a seat, a pronoun, a member): furniture as before
    kinds = minutes_kinds(["The Chair explained that one seat on the Panel had passed to another group.",
                    "He advised members that no reply had been received from the Minister."])
    assert kinds == ["procedural", "procedural"]
