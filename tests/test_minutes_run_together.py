"""Minutes whose layout was lost (issue 15, twelfth round, branch furniture15n): a PDF's text, a page saved without
its line breaks or a table row run an item's title, its agenda text, its "Minutes:" label and the minute together.
Three general cues that do not depend on the page's lines: an item's title run into the agenda's own line about it
(the capital "To" where that line began) is agenda text; a field's label glued to its sentence ("Minutes:",
"Decisions:", "Purpose:") is read past, as a table row's bars are; and a span is cut before a "Minutes:" label run
on after other text, so the minute is read apart from its item's agenda text. Tuned on the tuning pages (sets E-M, T)
printed with their line breaks removed. The furniture cases fail on main; the keep cases pass on both. All
sentences are our own words."""

import pandas as pd
import pytest

from pipeline.classify import classify_segments
from pipeline.segment import segment_document
from tests.minutes_segments import KEPT, flat, minutes_kinds


FURNITURE = [
    # an item's title run into the agenda's line about it
    "Call-in To consider any decisions of the Executive referred to the Panel for review.",
    "Forward Plan of Key Decisions To note the key decisions due to be taken in the next four months.",
    "Youth Justice Plan 2031-32 To consider the draft plan before it goes to Council.",
    "Sufficiency Strategy Refresh To consider the draft strategy and the consultation timetable.",
    # a field's label glued to the sentence it introduces: the sentence is read past its label
    "Decisions: Jo Bloggs, Head of Inclusion, reported on the progress of the written statement of action.",
    "Decisions: Sam Okoro, Service Manager, presented an update on the work of the fostering recruitment team.",
]

KEPT_TEXTS = [
    # a resolution set out the same way asks for something
    "RESOLVED: To ask the Director to report on the use of agency social workers in June.",
    "Agreed To request an update on waiting times for the children's mental health service.",
    # a row that goes on to its minute after the label
    "Ofsted focused visit To consider the letter Minutes: Inspectors found that supervision was regular and "
    "reflective in every team they visited.",
    # a label glued to a sentence about the service
    "Minutes: The Director said that the number of children waiting for an assessment had halved since March.",
    "Purpose: The service had reduced the number of children placed more than twenty miles from home.",
]


@pytest.mark.parametrize("text", FURNITURE)
def test_run_together_agenda_text_and_labelled_furniture_go(text):
    assert minutes_kinds([text]) == ["procedural"], text


@pytest.mark.parametrize("text", KEPT_TEXTS)
def test_the_same_shapes_about_the_service_stay(text):
    assert minutes_kinds([text]) != ["procedural"], text


def _segments(text: str) -> pd.DataFrame:
    rows = segment_document({"doc_id": "d", "file": "d.txt", "authority": "Anytown", "doc_type": "committee_minutes",
                             "date": "2031", "text": text})
    return classify_segments(pd.DataFrame(rows))


def test_a_minute_run_on_after_its_items_title_is_read_apart():
    text = ("Agenda and minutes Corporate Parenting Panel Statement from the Chair Minutes: The Chair told the panel "
            "that two new family hubs had opened in the east of the borough and that waiting lists had fallen. "
            "Apologies for Absence Minutes: Apologies were received from Councillor Amari.")
    segments = _segments(text)
    texts = [flat(t) for t in segments["text"]]
    minute = [t for t in texts if "family hubs" in t]
    assert len(minute) == 1 and minute[0].startswith("Minutes: The Chair told the panel"), texts
    kinds = dict(zip(texts, segments["kind"]))
    assert kinds[minute[0]] in KEPT
    assert kinds["Minutes: Apologies were received from Councillor Amari."] == "procedural"


def test_minutes_at_a_lines_start_are_not_cut():
    # a "Minutes:" label on its own line or opening a line is the page's layout already: nothing changes there
    text = "Ofsted Focused Visit\n\nMinutes:\n\nThe Panel heard that supervision was now monthly in every team.\n"
    segments = _segments(text)
    assert [flat(t) for t in segments["text"] if "supervision" in t] == [
        "The Panel heard that supervision was now monthly in every team."]


def test_an_items_title_in_capitals_inside_a_run_on_block_is_its_section():
    # a PDF's text: the previous item's last sentence, the next item's number and title in capitals, its minute
    text = ("The minutes of the meeting held on 2 March were signed by the Chair. 14 (14) OFSTED MONITORING VISIT "
            "TO SERVICES FOR CARE LEAVERS – The Assistant Director introduced the letter from inspectors. Inspectors "
            "found that every care leaver now had a pathway plan written with them.")
    segments = _segments(text)
    texts = [flat(t) for t in segments["text"]]
    assert "The Assistant Director introduced the letter from inspectors." in texts, texts
    sections = dict(zip(texts, segments["section"]))
    assert sections["The Assistant Director introduced the letter from inspectors."] == \
        "OFSTED MONITORING VISIT TO SERVICES FOR CARE LEAVERS"
    kinds = dict(zip(texts, segments["kind"]))
    assert kinds["The Assistant Director introduced the letter from inspectors."] == "procedural"
    finding = [t for t in texts if "pathway plan" in t]
    assert finding and kinds[finding[0]] in KEPT
