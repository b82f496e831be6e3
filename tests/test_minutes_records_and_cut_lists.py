"""Issue 15 (forty-second session, furniture64): a paper's parts named one after another (pipeline.paper_contents),
the fields of a decision record judged by what they say (pipeline.decision_fields), a list's lead-in with no list on
the page (pipeline.minutes_lead_ins), and a member's remark on the inspection the learned model leaves alone
(pipeline.minutes_remarks). Our own words, in the shape of real ModernGov pages."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from pipeline.decision_fields import field_spans, says_of_the_service
from pipeline.furniture import CUT_LEAD_IN, DECISION_FIELD, LINK
from pipeline.minutes_lead_ins import cut_off_lead_ins
from pipeline.minutes_model import LEARNED_REASON, FurnitureModel, move_furniture
from pipeline.minutes_remarks import members_remark
from pipeline.paper_contents import PAPER_CONTENTS
from pipeline.schema import FINDING_KINDS, REASON
from tests.minutes_segments import exclusion_reasons_of as _reasons
from tests.minutes_segments import flat, row, segments_of

FOLDER = Path(__file__).resolve().parent / "data" / "minutes_records"


@pytest.fixture(scope="module")
def segments():
    return segments_of(FOLDER)


def test_a_paper_s_parts_named_one_after_another_are_furniture():
    texts = ["The report set out the new inspection framework, the judgement criteria used and the timetable.",
             "The presentation covered the purpose of the visit, the areas inspectors looked at and the next steps.",
             "The update included the monitoring visit letter, the revised plan and the performance scorecard."]
    assert _reasons(texts) == [LINK] * 3


@pytest.mark.parametrize("text", [
    "The report set out the areas where progress had been too slow and the reasons for the delay.",  # a clause
    "The report set out the rise in referrals, the fall in agency staff and the new front door.",  # changes
    "The report covered the 14 recommendations and the council's response.",  # a figure
    "The presentation covered the strong practice in the front door and the weak oversight of plans.",  # judged
    "The report set out that caseloads had fallen and that the plan was on track.",  # what it says
])
def test_a_paper_that_says_something_in_its_list_is_no_paper_contents(text):
    assert PAPER_CONTENTS.search(text) is None


def test_a_decision_record_s_fields_are_furniture_unless_they_say_something(segments):
    reason = lambda words: row(segments, words)[REASON]  # noqa: E731
    for words in ("Alternative options considered:", "None, as sending a plan is a statutory requirement."):
        assert reason(words) == DECISION_FIELD, words
    for words in ("Inspectors found that too many children waited",  # a finding under the reasons' label
                  "required to send Ofsted a plan within 70 working days",  # the reasons are no field
                  "judged to require improvement to be good",  # a grade under the options' label
                  "That the improvement plan be approved"):  # the decision itself is no field
        assert reason(words) == "", words
        assert row(segments, words)["kind"] in FINDING_KINDS
    for words in ("Wards Affected", "Lead officer", "Publication date", "Date of decision"):
        assert not segments["text"].map(flat).str.contains(words).any() or reason(words), words


@pytest.mark.parametrize("page, field", [
    ("Decision: That the plan be approved.   Decision status: Approved", "Decision status: Approved"),  # run in
    ("That the plan be approved.\n[The decisions on this item can be called in by the Children's Select Committee]\n"
     "Members thanked the staff.", "[The decisions on this item can be called in by the Children's Select Committee]"),
    ("This decision takes effect five working days after publication unless it is called in.\nNext line.",
     "This decision takes effect five working days after publication unless it is called in."),  # call-in notices
    ("Is subject to call in?: No\nThat the plan be approved.", "Is subject to call in?: No"),  # its value on its line
    ("Alternative options considered:\n\nNone.\n\nMore text.\n\nContact: Pat", "Alternative options considered:"
     "\n\nNone.\n\nMore text.\n\n"),  # alone on its line: to the next label
])
def test_where_a_decision_record_s_field_stands(page, field):
    assert [page[a:b].strip() for a, b in field_spans(page)] == [field.strip()]


@pytest.mark.parametrize("text", ["Effective from April the fostering allowance rose by 5%.",
                                  "Reasons the panel gave for the delay were set out:", "Outcome: members agreed.",
                                  "Reasons for the decision:\n\nThe plan sets out the work the inspection asked for.",
                                  "The social worker was called in to the school the same day."])
def test_words_that_open_a_sentence_are_no_field_label(text):
    assert field_spans(text) == []


@pytest.mark.parametrize("text, says", [
    ("The council is required to send Ofsted a plan within 70 working days.", False),
    ("Dorset had a statutory duty to deliver effective safeguarding services.", False),  # a word that judges, alone
    ("Children's services were judged inadequate in 2022.", True),
    ("The Secretary of State has issued a statutory direction and appointed a commissioner.", True),
    ("Waiting times for assessments had risen since the spring.", True),
])
def test_what_a_field_s_text_says(text, says):
    assert says_of_the_service(text) is says


def test_a_lead_in_whose_list_the_page_does_not_hold_is_furniture(segments):
    assert row(segments, "the main concerns raised by members were:")[REASON] == CUT_LEAD_IN
    assert row(segments, "Inspectors identified two strengths, which were:")[REASON] == ""  # its list follows
    assert row(segments, "the new inspection framework, the judgement criteria")[REASON] == LINK


def test_a_lead_in_before_a_resolution_or_giving_a_grade():
    rows = [{"section": "Item 5", "text": "Members raised these concerns about the front door:", REASON: ""},
            {"section": "Item 5", "text": "RESOLVED that the report be noted.", REASON: ""},
            {"section": "Item 5", "text": "Overall, services were judged inadequate, with the areas graded as "
                                          "follows:", REASON: ""},
            {"section": "Item 6", "text": "The Chair opened the item.", REASON: ""},
            {"section": "Item 6", "text": "The main risks named by the panel were:", REASON: ""},
            {"section": "Item 6", "text": "- the pace of recruitment", REASON: "too short"}]
    assert [r[REASON] for r in cut_off_lead_ins(rows)] == [CUT_LEAD_IN, "", "", "", "", "too short"]


REMARKS = ["The Cabinet Member said that briefings for all members on the inspection findings had been held in July "
           "and would be repeated after each monitoring visit.",
           "Councillor Amos, the lead member, added that every councillor had been offered a briefing on the Ofsted "
           "letter so that all could play their part as corporate parents."]


def test_a_members_remark_on_the_inspection_is_not_moved_by_the_learned_model():
    assert [members_remark(t) for t in REMARKS] == [True, True]
    assert not members_remark("The Chair said the next meeting would be held in the Council Chamber.")
    assert not members_remark("The Director said that briefings on the inspection had been held.")  # no member
    business = "The Chair thanked everyone for attending and closed the meeting."
    texts = REMARKS + [business]
    frame = pd.DataFrame({"doc_type": "committee_minutes", "kind": "finding", REASON: "", "text": texts})
    dim = 4
    everything = FurnitureModel(coef=np.zeros(dim), intercept=5.0, threshold=0.5)  # moves every unit it reads
    moved = move_furniture(frame, FINDING_KINDS, lambda batch: np.ones((len(batch), dim)), everything)
    assert moved[REASON].tolist() == ["", "", LEARNED_REASON]
