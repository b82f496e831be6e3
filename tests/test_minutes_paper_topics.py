"""A paper's topics and empty lead-ins in council minutes (issue 15; furniture69, four classes of the lead's held-out
read of the forty-fourth session, described there in the lead's own words).

1. Items under a paper's covering lead-in ("This report updated Members on:") that only name a topic the paper covers
   - with "including", a participle, a gloss in brackets, a year or "that followed" - are the paper's table of
   contents; an item with a figure, a change or a trouble ("caseloads in the assessment team rising to 27;") stays.
2. A lead-in whose only words are who asked ("In response to questions from Councillor X, the following was noted:").
3. A paper's contents said of it ("... introduced the report which provided an update on the findings and outcome of
   the Ofsted inspection"); "... introduced the report, which showed that ..." says something, and stays.
4. The meeting's own history of papers ("The Committee had regularly received updates on ... since 2016.").
The fixture (tests/data/minutes_paper_topics) is in our own words, in the shape of a ModernGov "Agenda and minutes"
page of a scrutiny committee."""

from pathlib import Path

import pytest

from pipeline import meeting_text
from pipeline.furniture import MEETING_ONLY
from pipeline.meeting_topics import names_a_papers_topic
from pipeline.minutes_lead_ins import COVERING_INTRO
from tests.minutes_segments import KEPT, exclusion_reasons_of, minutes_kinds, row, segments_of

PAGES = Path(__file__).parent / "data" / "minutes_paper_topics"


@pytest.fixture(scope="module")
def segments():
    return segments_of(PAGES)


@pytest.mark.parametrize("words", [
    "the borough's missing children protocol, including the return interview audit and its review group;",
    "relationships and sex education (RSE) in secondary schools;",
    "images exchanged online by teenagers (sexting);",
    "the findings of the joint targeted area inspection in March 2027 and the plan that followed;",
])
def test_topics_a_paper_covers_are_its_contents(segments, words):
    found = row(segments, words)
    assert found["reason"] == MEETING_ONLY
    assert found["kind"] not in KEPT


@pytest.mark.parametrize("words", ["caseloads in the assessment team rising to 27;",
                                   "delays in completing return interviews."])
def test_an_item_with_a_figure_or_a_trouble_stays(segments, words):
    found = row(segments, words)
    assert found["reason"] == "" and found["kind"] in KEPT


@pytest.mark.parametrize("text, named", [
    ("online images shared by young people (sexting);", True),
    ("the work of the Corporate Parenting Board;", True),
    ("high caseloads in the assessment team;", False),
    ("the increase in referrals;", False),
    ("the plan which was agreed in May;", False),
    ("the recruitment of 12 social workers;", False),
    ("an audit that found weaknesses;", False),
    ("poor attendance at school;", False),
])
def test_names_a_papers_topic(text, named):
    doc = meeting_text.parser()(meeting_text.prepared(text))
    assert all(names_a_papers_topic(s) for s in doc.sents) == named


@pytest.mark.parametrize("text, covering", [
    ("This report updated Members on:", True),
    ("The presentation covered:", True),
    ("The update included the following areas:", True),
    ("Members were briefed on the following:", True),
    ("Members raised the following points:", False),
    ("The report highlighted the following:", False),
])
def test_a_papers_covering_lead_in(text, covering):
    assert (COVERING_INTRO.search(text) is not None) == covering


def test_a_lead_in_of_who_asked_is_furniture_and_its_items_stay(segments):
    assert exclusion_reasons_of(["In response to questions from Councillor Brierley, the following was noted:"]) != [""]
    # (its items after a full stop: the lead's set Y41, in-sample)
    assert exclusion_reasons_of(["In response to questions from Councillor Brierley, the following was noted."]) != [""]
    assert exclusion_reasons_of(["In response to questions, the following was highlighted by inspectors."]) == [""]
    assert row(segments, "the following was noted:")["kind"] not in KEPT
    assert row(segments, "Return interviews were now offered within 72 hours")["kind"] in KEPT
    # what inspectors are said to have found stays
    assert exclusion_reasons_of(["In response to questions, the following was highlighted by inspectors:"]) == [""]


def test_a_papers_contents_said_of_it_is_furniture_and_what_it_showed_stays(segments):
    assert row(segments, "Cabinet Member for Children introduced the report which provided")["kind"] not in KEPT
    assert row(segments, "which showed that the number of children waiting")["kind"] in KEPT
    # the item's title on the line above, no blank line between
    assert row(segments, "outcome of the Ofsted focused visit")["kind"] not in KEPT


@pytest.mark.parametrize("text, said", [
    ("Ofsted Inspection of Children's Services The Cabinet Member introduced the report which provided an update on "
     "the findings and outcome of the Ofsted inspection of Children's Services.", False),
    ("The Director introduced the report, which provided an overview of the inspection of children's services.", False),
    ("The Director introduced the report, which showed caseloads had fallen.", True),
    ("The Director introduced the report which provided an update on the inspection, which had found that caseloads "
     "were too high.", True),
])
def test_a_paper_introduced_with_what_it_gives(text, said):
    assert (exclusion_reasons_of([text]) == [""]) == said


@pytest.mark.parametrize("text", [
    "The Committee had regularly received updates on child sexual exploitation since 2014.",
    "The Panel has received regular reports on the exploitation of children since 2016.",
])
def test_the_meetings_history_of_papers_is_furniture(text):
    assert exclusion_reasons_of([text]) != [""]
    assert minutes_kinds([text]) == ["procedural"]


@pytest.mark.parametrize("text", [
    "The Committee had regularly received updates on caseloads, which had risen since 2014.",
    "The Panel had received reports on agency staffing since 2016 and remained worried about turnover.",
])
def test_a_history_that_says_something_stays(text):
    assert exclusion_reasons_of([text]) == [""]
    assert minutes_kinds([text])[0] in KEPT


def test_the_page_history_sentence(segments):
    assert row(segments, "had regularly received updates on the exploitation")["kind"] not in KEPT
