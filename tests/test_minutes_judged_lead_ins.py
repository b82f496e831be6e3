"""Furniture kept and substance lost in minutes, set Y35's cases (issue 15, furn37; pipeline.meeting_phrases,
pipeline.meeting_acts.stands_as_a_title, pipeline.meeting_talk, pipeline.furniture.JUDGED_LEAD_IN, pipeline.segment).

Furniture: the previous minutes approved or corrected in other words, an item's title standing as a sentence (with a
timed agenda's clock time before it), who attended to give an oral brief. Substance: a list's lead-in that itself
judges (with its short items joined to it), a report said to be in the public domain on a date after a cover clause,
and an item's agenda text that gives the inspection's grade. All text is our own words."""

import pandas as pd
import pytest

from pipeline.classify import classify_segments
from pipeline.furniture_reasons import AGENDA, LIST_LEAD_IN, MEETING_ONLY, PREVIOUS_MINUTES, SHORT
from pipeline.segment import segment_document


def _kind_and_reason(text: str) -> tuple[str, str]:
    frame = pd.DataFrame({"text": [text], "section": [""], "doc_type": ["committee_minutes"], "lead_in": [""]})
    found = classify_segments(frame)
    return found["kind"].iloc[0], found["reason"].iloc[0]


def _rows(text: str) -> list[dict]:
    return segment_document({"doc_id": "m", "file": "m.txt", "authority": "Walsall", "doc_type": "committee_minutes",
                             "date": "2021", "text": text})


@pytest.mark.parametrize("text", [
    "It was resolved that the minutes were taken as accurate.",
    "The draft minutes were adopted as a fair account.",
    "It was agreed that the sentence at paragraph 6.2 \u201cthat the panel had met twice in May\u201d be deleted from "
    "the minutes.",
])
def test_the_previous_minutes_approved_or_corrected_in_other_words(text):
    assert _kind_and_reason(text) == ("procedural", PREVIOUS_MINUTES), text


@pytest.mark.parametrize("text", [
    "The minutes of strategy meetings were accurate in only half of the cases audited.",
    "Case records were deleted from the system before the audit.",
])
def test_minutes_of_the_service_and_other_deletions_stay(text):
    assert _kind_and_reason(text)[0] != "procedural", text


@pytest.mark.parametrize("text", [
    "10:40 Inspection of Services for Children in Need of Help and Protection.",
    "2.15 pm Joint Targeted Area Inspection of the Response to Neglect.",
    "The Regional Adoption Agency Inspection.",
    "Pat Reyes, Head of Early Help, attended to provide an oral brief on the outcome of the focused visit.",
])
def test_titles_standing_as_sentences_and_who_attended_to_brief_are_furniture(text):
    assert _kind_and_reason(text) == ("procedural", MEETING_ONLY), text


@pytest.mark.parametrize("text", [
    "Strong Leadership at Every Level.",  # a judging word
    "Inadequate Help for Children in Need.",  # a grade
    "Pat Reyes, Head of Early Help, attended to provide an oral brief and explained that waiting times had fallen.",
    "The Committee received a verbal update from the Director, it was noted that the report would be within the "
    "public domain on the 3rd June.",
])
def test_what_says_something_stays(text):
    assert _kind_and_reason(text)[0] != "procedural", text


JUDGED = """Ofsted Visit

4.2 The Director reported that the inspectors had given positive feedback in several areas, set out as follows:

·         Quality of supervision

·         Work with schools

·         Care leavers were in touch with their personal advisers in almost every case.

4.3 The Director set out the areas the visit had covered as follows:

·         Front door

·         Missing children
"""


def test_a_judging_lead_in_is_a_finding_with_its_short_items_and_a_plain_one_is_not():
    rows = _rows(JUDGED)
    lead = next(r for r in rows if r["text"].startswith("The Director reported"))
    assert lead["reason"] == ""
    assert lead["text"].rstrip().endswith("Work with schools") and "Quality of supervision" in lead["text"]
    assert not any(r["text"] in ("Quality of supervision", "Work with schools") for r in rows)
    assert any(r["text"].startswith("Care leavers were in touch") and not r["reason"] for r in rows)
    plain = {r["text"]: r["reason"] for r in rows}
    assert plain["The Director set out the areas the visit had covered as follows:"] == LIST_LEAD_IN
    assert plain["Front door"] == SHORT and plain["Missing children"] == SHORT
    text = JUDGED
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)


def test_the_main_issues_named_in_a_lead_in_are_a_finding():
    rows = _rows("Ofsted Visit\n\nThe main concerns raised by the inspectors about the front door were:\n\n"
                 "·         Thresholds were applied differently by partner agencies.\n")
    assert {r["text"]: r["reason"] for r in rows}[
        "The main concerns raised by the inspectors about the front door were:"] == ""


AGENDA_PAGE = """Cabinet

8.

Inspection of Children's Services

Following the inspection in June, the service was judged inadequate in the report published on 4 August.

The Cabinet is asked to note the improvement plan.

Minutes:

The Cabinet noted the report and the improvement plan.
"""


def test_an_items_agenda_text_that_gives_the_grade_is_a_finding():
    reasons = {r["text"]: r["reason"] for r in _rows(AGENDA_PAGE)}
    assert reasons["Following the inspection in June, the service was judged inadequate in the report published on "
                   "4 August."] == ""
    assert reasons["The Cabinet is asked to note the improvement plan."] == AGENDA


def test_a_grade_named_is_told_of_the_service_so_the_learned_model_leaves_it():
    from pipeline.meeting_verdicts import tells_of_the_service
    told = tells_of_the_service([
        "Following the inspection in June, an \u2018inadequate\u2019 judgement was given in the report.",
        "The visit found that the front door still required improvement.",
        "The Chair welcomed everyone to the meeting and introduced the item.",
    ])
    assert told.tolist() == [True, True, False]
