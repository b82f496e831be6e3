"""A paper's cover text and the inspectorate's grading scale in minutes (issue 15, round 23; pipeline.paper_cover).

What a paper says it gives ("This report gives members an overview of the main findings ...", a purpose line "To
provide the Panel with the results of ...", "The Committee had before it the letter on ...") names the findings
without saying any, and the grading scale set out on its own says nothing of the council: both are furniture. The same
shapes that say something stay. All sentences are our own words."""

import pandas as pd
import pytest

from pipeline.classify import classify_segments
from pipeline.furniture import REASONS
from pipeline.furniture_reasons import GRADING_SCALE, MEETING_ONLY


def _kind_and_reason(text: str) -> tuple[str, str]:
    frame = pd.DataFrame({"text": [text], "section": [""], "doc_type": ["committee_minutes"], "lead_in": [""]})
    found = classify_segments(frame)
    return found["kind"].iloc[0], found["reason"].iloc[0]


@pytest.mark.parametrize("text", [
    # a paper gives what it carries, named by its title
    "This report gives Members an overview of the main findings of the recent focused visit and the actions planned "
    "in response.",
    "The paper submitted by the Head of Service presented an update on the outcomes of the inspection that relate to "
    "the visit recommendations, as well as setting out the planned actions to respond to the recommendations that had "
    "stemmed from the inspection.",
    "The report provided details of the joint inspection and how the partners, namely the council, the police and the "
    "health board, had responded to it.",
    # a purpose line, with the inspections it names counted
    "To provide the Panel with the results of the two visits and to set out the actions planned in response.",
    # the meeting had the paper before it
    "The Panel had before it the Ofsted Report on the focused visit to the service.",
    "The Board had before them the Inspection Report on the monitoring visit.",
])
def test_a_papers_cover_text_is_furniture(text):
    # (each case is kept as a finding by the tests before this round)
    assert _kind_and_reason(text) == ("procedural", MEETING_ONLY), text


@pytest.mark.parametrize("text", [
    "The inspectorate uses four grades: outstanding, good, requires improvement and inadequate.",
    "Ofsted has four levels of judgement for councils' services for children - outstanding, good, requires improvement "
    "and inadequate.",
    "Outstanding, good, requires improvement and inadequate.",
])
def test_the_grading_scale_alone_is_left_out_with_its_own_reason(text):
    assert GRADING_SCALE in REASONS
    assert _kind_and_reason(text) == ("procedural", GRADING_SCALE), text


@pytest.mark.parametrize("text", [
    # a paper that says something: a clause reported, a change or trouble named, a clause that is no naming
    "The report found that caseloads had fallen.",
    "The report summarised that practice at the front door was good.",
    "The report provided an overview of the rise in referrals since the inspection.",
    "The report gave details of the areas where practice was improving.",
    "This report provides an update on the action plan, which had slipped behind schedule.",
    "To provide the Committee with the results of the audit, which showed that most plans were up to date.",
    # grades given to the council or its areas of work
    "Services were judged good for help and protection, requires improvement for children in care and inadequate for "
    "care leavers.",
    "The council moved from inadequate to requires improvement and then to good.",
    "Of the four grades, outstanding, good, requires improvement and inadequate, the council was judged good.",
])
def test_the_same_shapes_saying_something_stay(text):
    assert _kind_and_reason(text)[0] != "procedural", text


def test_cover_text_reads_the_parse_not_the_words():
    """The giving verb and the paper as subject decide, not the words: the inspectorate's own letter giving its
    findings is the inspection's, and stays."""
    from pipeline import meeting_text
    from pipeline.paper_cover import covers_a_paper

    def sentence(text):
        return next(meeting_text.parser()(meeting_text.prepared(text)).sents)

    assert covers_a_paper(sentence("The report provided an overview of the findings of the visit."))
    assert not covers_a_paper(sentence("Ofsted's letter provided an overview of the findings of the visit."))
    assert not covers_a_paper(sentence("The report found the findings of the visit to be accurate."))
    # what is given, counted or shown by examples, is said
    assert not covers_a_paper(sentence("The report provided details of the 42 children placed out of the area."))
    assert not covers_a_paper(sentence("The report provided details of the actions taken, including the recruitment "
                                       "of new social workers."))
