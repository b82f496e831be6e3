"""Facts of the inspection stated in council minutes (issue 15; the lead's set Y41, forty-fourth session, in-sample).

A reader counts as said about the service the inspection's dates ("was inspected by Ofsted between 9 and 20
January"), the publication of its findings or letter on a date, the framework it was inspected under and its grade
named by a noun ("their Ofsted grading of 'inadequate'"), even where the minutes page sets them out as the item's
agenda text or the sentence opens with the meeting's act; the item's purpose in the infinitive and a paper of the
meeting published on a date stay furniture. The fixture (tests/data/minutes_inspection_facts) is in our own words,
in the shape of a ModernGov "Agenda and minutes" page of a cabinet."""

from pathlib import Path

import pytest

from pipeline.furniture_reasons import AGENDA
from pipeline.inspection_record import states_the_inspection, tells_of_the_inspection
from tests.minutes_segments import KEPT, exclusion_reasons_of, kinds_after_a_sure_model, minutes_kinds, row, segments_of

PAGES = Path(__file__).parent / "data" / "minutes_inspection_facts"

STATED = [
    "The Head of Early Help highlighted the main findings set out in the Ofsted letter, which was published on 4 "
    "November 2027.",
    "The Panel considered a report on the progress of children's services since their Ofsted grading of 'inadequate' "
    "in June 2026.",
    "The Cabinet Member introduced the report on the inspection of children's services carried out in May under the "
    "ILACS framework.",
    "The findings from the inspection were published on 2 March 2028.",
    "Children's social care was inspected by Ofsted between 9 and 20 January.",
]


@pytest.fixture(scope="module")
def segments():
    return segments_of(PAGES)


@pytest.mark.parametrize("text", STATED)
def test_a_fact_of_the_inspection_is_kept_by_rules_and_model(text):
    assert states_the_inspection(text) and tells_of_the_inspection(text)
    assert exclusion_reasons_of([text]) == [""]
    assert minutes_kinds([text])[0] in KEPT
    assert kinds_after_a_sure_model([text])[0] in KEPT


@pytest.mark.parametrize("text", [
    "To receive the findings of the inspection published on 2 March 2028.",  # the item's purpose
    "The agenda for this meeting was published on 7 March 2028.",  # a paper of the meeting
    "The framework for the new Family Hubs was published in May 2027.",  # no inspection
    "Cabinet received a report on the Ofsted inspection.",  # nothing stated of it
])
def test_the_meetings_own_paper_states_nothing(text):
    assert not states_the_inspection(text)


@pytest.mark.parametrize("words", [
    "was inspected by Ofsted between 9 and 20 January",
    "The inspection took place under the inspection framework",
    "The findings from the inspection were published on 2 March 2028",
])
def test_facts_set_out_as_the_items_agenda_text_are_kept(segments, words):
    found = row(segments, words)
    assert found["reason"] == "" and found["kind"] in KEPT


def test_the_rest_of_the_agenda_text_stays_furniture(segments):
    assert row(segments, "To be introduced by the Cabinet Member")["reason"] == AGENDA
    assert row(segments, "Cabinet is asked to note the report")["reason"] != ""
