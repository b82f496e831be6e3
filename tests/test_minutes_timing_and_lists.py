"""Meeting business the rules had kept, and what members and officers said that they had left out (issue 15, round
16, branch furniture19): the meeting's own delay, a paper to which attention was drawn, members asked to note the
body's own papers, an interest's ground set out without its verb, a lead-in ending ":-", an item whose paper is linked
after the page's last "Minutes:" line; kept: a question on a line of its own, an action list's items with their
status, a short "done by" line, the chair's thanks that say something, a provider's own inspection, and what someone
at the meeting said of the service, which the learned model leaves. All texts are our own words, set out as ModernGov
minutes pages set them out."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from pipeline.meeting_verdicts import tells_of_the_service
from pipeline.minutes_model import FurnitureModel, move_furniture
from pipeline.schema import FINDING_KINDS, REASON
from tests.minutes_segments import KEPT, flat, minutes_kinds, row, segments_of

FURNITURE = [
    # the meeting's own time, with the reason it gives
    "It was noted that the meeting had been postponed due to the storm; the meeting had originally been scheduled "
    "for March.",
    # attention drawn to a paper that holds more detail, its title running on after a colon
    "The Head of Service drew Members' attention to the Cabinet paper appended to Agenda Item 4: Summary of "
    "Performance 22/23 Quarter 2 data, which contained more detail.",
    # members asked to note the body's own papers, by someone named with a role
    "Mr Ken Adu, Committee Clerk, asked the members to note the panel's membership, its quorum and the dates set for "
    "its meetings this year.",
    # an interest's kind and ground, with no verb
    "Personal - by virtue of his wife's employment with a fostering agency.",
    "Personal – by virtue of her son's place at a school in the borough.",
]

KEPT_TEXTS = [
    # the meeting delayed for a reason of the service's
    "The meeting was delayed because the number of children in care had risen sharply.",
    # the chair's thanks that say something
    "The Chairman thanked the service for the progress that had been made, which the inspectors had recognised.",
    # an action list's items: done by someone, or with their status
    "Leaflet for families developed by the participation team",
    "Update guidance on respite arrangements Complete",
    "Agree arrangements for sibling contact Completed",
    # a provider's own inspection, dated, and the service's own (round 19: a fact of the service's inspection)
    "Ofsted had carried out an inspection of the adoption agency in March 2023.",
    "The children's home in Park Road was inspected by Ofsted in June.",
    "In May, Ofsted carried out a focused visit to the service.",
]

STILL_FURNITURE = [
    # the chair's thanks for attending or for a paper
    "The Chair thanked the officers for attending.",
    "The Chair thanked the officers for the report.",
    "Report presented by the Director",
]


@pytest.mark.parametrize("text", FURNITURE)
def test_the_meetings_delay_papers_notes_and_interests_are_furniture(text):
    assert minutes_kinds([text])[0] == "procedural", text


@pytest.mark.parametrize("text", KEPT_TEXTS)
def test_what_was_said_done_or_inspected_stays(text):
    assert minutes_kinds([text])[0] in KEPT, text


@pytest.mark.parametrize("text", STILL_FURNITURE)
def test_thanks_for_attending_stay_furniture(text):
    assert minutes_kinds([text])[0] == "procedural", text


PAGE = """Agenda and minutes

Venue: Room 3, Civic Centre

Contact: Committee Services

Items
No. Item

4.

Ofsted Inspection Outcome pdf icon PDF 210 KB

To receive a report on the outcome of the inspection.

Minutes:

The Director introduced the report on the inspection.

The presentation set out the service's readiness for the next visit and drew on the following work:-

·        Care plans audited by team managers

·        Review of the placement panel Complete

Members asked a number of questions, as set out below -

How will the service keep its good rating for care leavers?

The Director said the care leavers' hub would open in the autumn.

5.

Fostering Service Annual Report pdf icon PDF 150 KB

In the last year the fostering service approved 14 new households, a rise on the year before.
"""


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("minutes")
    (folder / "borough_2024-03-01_minutes.txt").write_text(PAGE, encoding="utf-8")
    return segments_of(folder)


def test_a_lead_in_ending_with_a_dash_is_set_aside_and_its_list_is_read(page):
    lead_in = row(page, "drew on the following work")
    assert lead_in["kind"] == "procedural" and lead_in[REASON].startswith("lead-in to a list")
    assert row(page, "Care plans audited by team managers")["kind"] in KEPT
    assert row(page, "Review of the placement panel Complete")["kind"] in KEPT


def test_a_question_on_a_line_of_its_own_is_a_question_put(page):
    question = row(page, "How will the service keep its good rating for care leavers?")
    assert question["kind"] in KEPT
    assert flat(question["text"]) == "How will the service keep its good rating for care leavers?"


def test_an_item_with_its_paper_after_the_last_minutes_line_holds_agenda_text(page):
    agenda = row(page, "approved 14 new households")
    assert agenda["kind"] == "procedural" and agenda[REASON] == "agenda item description"
    assert row(page, "care leavers' hub would open in the autumn")["kind"] in KEPT


def test_what_someone_said_of_the_service_is_told_and_the_meetings_business_is_not():
    told = ["The Cabinet Member introduced the item stating the council had made firm commitments on the safety of "
            "children in its new plan.",
            "She explained that two social workers had joined the team."]
    not_told = ["It was reported that, at the group's request, the membership of the Board had changed.",
                "The Chair said the next meeting would be held in May.",
                "The Director explained she had attended the conference."]
    assert tells_of_the_service(told + not_told).tolist() == [True] * len(told) + [False] * len(not_told)


def test_the_learned_model_leaves_what_someone_said_of_the_service():
    """However sure the model is, a sentence telling what someone at the meeting said of the service stays."""
    sure = FurnitureModel(coef=np.zeros(4), intercept=10.0, threshold=0.5)
    texts = ["The Cabinet Member introduced the item stating the council had made firm commitments on the safety of "
             "children in its new plan.",
             "It was reported that, at the group's request, the membership of the Board had changed."]
    segments = pd.DataFrame({"doc_type": "committee_minutes", "kind": "finding", REASON: "", "text": texts})
    moved = move_furniture(segments, FINDING_KINDS, lambda t: np.zeros((len(t), 4)), sure)
    assert moved["kind"].tolist() == ["finding", "procedural"]
