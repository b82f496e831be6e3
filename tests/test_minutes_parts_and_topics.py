"""Issue 15, twenty-first round (branch furniture21): the leftovers of the earlier rounds. A resolution set out as one
sentence with its parts numbered inside it is cut into its parts, its procedural lead-in left out; a paper's list of
the areas it covers; why an item came late or as urgent business; someone at the meeting talking over its
arrangements; list items under a lead-in of discussion points that only name a topic; a presentation whose topic is
named with who made it. Kept: a part that resolves or asks something of the service, a paper's areas said
something of, the service's own urgency, talk about the service, the areas a lead-in says were found, what a body's
meetings are for when that names the service, and "business as usual" said of the service. Every text is our own
words, in the shapes of real minutes."""

import pytest

from pipeline.furniture import LIST_LEAD_IN, MEETING_ONLY, SHORT
from pipeline.segment import segment_document
from tests.minutes_segments import flat, minutes_kinds


def _minutes(text: str) -> list[dict]:
    return segment_document({"doc_id": "m", "file": "m.txt", "authority": "Westbrook", "doc_type": "committee_minutes",
                             "date": "2024", "text": text})


def _by_text(rows: list[dict]) -> dict[str, dict]:
    return {flat(r["text"]): r for r in rows}


RESOLUTION = """Ofsted inspection of children's services

RESOLVED: That the Panel (1) notes the outcome of the inspection; (2) endorses the improvement plan as its response
to the inspection; and (3) asks the Director to report on progress with recruiting social workers in March.
"""

# the lead-in of a decision runs on past a colon into its parts, the page's lines broken inside them
DECISION = """Ofsted inspection of children's services

Having considered an officer report and a presentation by the Lead Member, the Cabinet, for the reasons set out in
the report: (a) the inspection report and its findings be noted; (b) the improvement plan be approved for
submission to Ofsted; (c) the views of the scrutiny panel be received.
"""


def test_a_resolution_set_out_as_one_sentence_is_cut_at_its_numbered_parts():
    rows = _by_text(_minutes(RESOLUTION))
    assert rows["RESOLVED: That the Panel"]["reason"] == SHORT
    part = rows["(2) endorses the improvement plan as its response to the inspection; and"]
    assert part["reason"] == "" and part["lead_in"] == "RESOLVED: That the Panel"
    assert "(3) asks the Director to report on progress with recruiting social workers in March." in rows
    decision = _by_text(_minutes(DECISION))
    lead_in = next(text for text in decision if text.startswith("Having considered"))
    assert decision[lead_in]["reason"] == LIST_LEAD_IN
    assert "(b) the improvement plan be approved for submission to Ofsted;" in decision


def test_parts_numbered_without_an_opening_bracket_are_cut_after_a_colon_or_semicolon():
    rows = _by_text(_minutes("Item\n\nAGREED that: 1) the improvement plan be endorsed; 2) the Director report on "
                             "agency staff in March.\n"))
    assert "1) the improvement plan be endorsed;" in rows
    assert rows["2) the Director report on agency staff in March."]["lead_in"] == "AGREED that:"


@pytest.mark.parametrize("text", [
    # no decision word and no colon before the numbers: a sentence that counts, not a resolution's parts
    "Caseloads fell in (1) the east team and (2) the west team after the inspection.",
    # the parts do not count up from the first
    "RESOLVED that the Panel notes the plan (2) and the letter (4) sent by Ofsted.",
    # a single part
    "RESOLVED that the Panel (1) notes the improvement plan.",
    # numbers closing a bracket opened before them, not parts
    "RESOLVED that the Panel notes the plan (see section 1) and asks (see section 2) for a report in March.",
])
def test_a_sentence_that_only_holds_numbers_is_read_whole(text):
    rows = _minutes(f"Item\n\n{text}\n")
    assert [flat(r["text"]) for r in rows if r["text"] != "Item"] == [text]


@pytest.mark.parametrize("text, kept", [
    ("(1) notes the outcome of the inspection;", False),
    ("(a) the inspection report and its findings be noted;", False),
    ("(3) the associated improvement plan be noted;", False),
    # a part that decides, asks, or notes a change is what was resolved about the service
    ("(2) endorses the improvement plan as its response to the inspection; and", True),
    ("(b) receives a report on agency staff at its March meeting.", True),
    ("(1) notes the improvement in caseloads since the inspection;", True),
])
def test_a_part_that_only_notes_is_left_out_and_one_that_resolves_stays(text, kept):
    assert (minutes_kinds([text]) != ["procedural"]) == kept, text


FURNITURE = [
    # a paper's list of the areas it covers
    "The report covered the following areas: the outcome of the visit; the recommendations made; the actions being "
    "taken in response.",
    "It set out the following headings: the front door, placements and the local offer for care leavers.",
    # why an item came late or as urgent business
    "Reason for urgency: the action plan has to reach Ofsted before the Cabinet next meets.",
    "The Chair agreed that the report be taken as a matter of urgency because the plan was due in November.",
    "The decision could not be deferred to the next scheduled meeting as the plan is due with Ofsted in May.",
    # someone at the meeting talking its arrangements over
    "The Head of Service was in discussion with the Chair about the arrangements for the visit to the hub.",
    "The Director said she was in discussions with the Clerk regarding the timing of the next report.",
    # a presentation whose topic is named with who made it, nothing said of it
    "Ms Adeyemi, Head of Service, briefly presented the findings of the focused visit and commented on the "
    "recommendations made by Ofsted.",
]

KEPT = [
    # the areas said something of, or reported as found
    "The report covered the following areas, where caseloads had risen: the front door and the assessment teams.",
    "The report highlighted the following areas: weak management oversight and delays in assessments.",
    # the service's own urgency, not the item's
    "The Director said the service must tackle the backlog of assessments as a matter of urgency.",
    # talk about the service, not the meeting's arrangements
    "The Head of Service was in discussion with health partners about funding for two more social workers.",
    # a presentation whose paper says something
    "The Head of Service briefly presented the report, which showed that services had been judged good.",
    # what a body's meetings are for, when it names the service
    "The Board will meet monthly to drive improvement in the quality of social work practice.",
    # an answer that the service carried on as before
    "In response to a question, officers advised that it was business as usual.",
    "The Director confirmed that teams had continued with business as usual throughout the inspection.",
]


@pytest.mark.parametrize("text", FURNITURE)
def test_furniture_of_the_leftover_shapes_is_left_out(text):
    assert minutes_kinds([text]) == ["procedural"], text


@pytest.mark.parametrize("text", KEPT)
def test_near_misses_of_the_leftover_shapes_stay(text):
    assert minutes_kinds([text]) != ["procedural"], text


def test_how_often_a_body_meets_is_still_its_remit():
    assert minutes_kinds(["The Board will meet every six weeks."]) == ["procedural"]


TOPICS = """Corporate parenting

Points for discussion:

·         Recruitment and retention of permanent social workers

·         Stability of placements for older children in care

·         Delays in completing initial health assessments

Ofsted identified the following areas for improvement:

·         The timeliness of return home interviews for children who go missing
"""


def test_topic_names_under_a_discussion_lead_in_are_left_out_and_found_areas_stay():
    rows = _by_text(_minutes(TOPICS))
    assert rows["Recruitment and retention of permanent social workers"]["reason"] == MEETING_ONLY
    assert rows["Stability of placements for older children in care"]["reason"] == MEETING_ONLY
    # a trouble named is said of the service; an area the inspectors found is the finding
    assert rows["Delays in completing initial health assessments"]["reason"] == ""
    assert rows["The timeliness of return home interviews for children who go missing"]["reason"] == ""
