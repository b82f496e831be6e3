"""A minute that copies its item's agenda text, and a document said to exist (issue 15, the lead's forty-sixth
session, from set Y42's cases; pipeline.minutes_layout, pipeline.meeting_talk).

A ModernGov item's agenda text ("The report sets out ...") is often restated under "Minutes:" in the past tense ("The
report set out ..."): the paper's account of itself copied into the record, so it is left out as the agenda text is.
A document that "existed" is the service's own, not a paper before the meeting. All text is our own words."""

from pipeline.furniture_reasons import AGENDA
from pipeline.meeting_talk import only_the_meeting
from pipeline.meeting_text import parser, prepared
from tests.minutes_segments import minutes_rows, segment_reasons

PAGE = """Agenda item

Monitoring visit of children's services pdf icon PDF 210 KB

This report summarises the letter from the monitoring visit in June and describes the next steps for the service.

Minutes:

The Panel considered a report of the Director of Children's Services.

The report summarised the letter from the monitoring visit in June and described the next steps for the service.

The letter said that the next steps for the service in June were clear but the visit found drift for some children.

Members asked how many children had waited more than a year for a permanent home.
"""


def test_a_minute_restating_the_agenda_text_is_agenda_text():
    reasons = segment_reasons(PAGE)
    assert reasons["This report summarises the letter from the monitoring visit in June and describes the next steps "
                   "for the service."] == AGENDA
    assert reasons["The report summarised the letter from the monitoring visit in June and described the next steps "
                   "for the service."] == AGENDA


def test_a_minute_sharing_some_of_the_agenda_words_is_read_as_itself():
    reasons = segment_reasons(PAGE)
    assert reasons["The letter said that the next steps for the service in June were clear but the visit found drift "
                   "for some children."] == ""
    assert reasons["Members asked how many children had waited more than a year for a permanent home."] == ""


def test_a_minute_is_not_agenda_text_for_agenda_text_below_it():
    page = PAGE.replace("This report summarises the letter from the monitoring visit in June and describes the next "
                        "steps for the service.", "To consider the report.")
    page += "\nNext item pdf icon PDF 90 KB\n\nThe report summarised the letter from the monitoring visit in June " \
            "and described the next steps for the service.\n\nMinutes:\n\nNone.\n"
    copies = [r for r in minutes_rows(page) if r["text"].startswith("The report summarised")]
    # (the first copy stands in the first item's minute, above the second item's agenda text that repeats it)
    assert [r["reason"] for r in copies] == ["", AGENDA]


def _only_the_meeting(text: str) -> bool:
    return all(only_the_meeting(s) for s in parser()(prepared(text)).sents)


def test_a_document_said_to_exist_is_the_services_own():
    assert not _only_the_meeting("A self-evaluation document existed which contained details of the council's own "
                                 "assessment of its work.")
    assert _only_the_meeting("A report was circulated which contained details of the item.")
