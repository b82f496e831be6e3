"""A paper's covering list, the meeting's history, a paper introduced and a letter beyond the council in minutes
(issue 15; furniture70, four classes of the lead's held-out read of the forty-fifth session, described there in the
lead's own words).

1. Items under a paper's covering lead-in ("This report updated Members on:") that only name a topic: a participle
   pair with its agent and a gloss in brackets, an "including" list of named things, a visit dated to the day and
   "the improvement plan that followed it"; numbered items, and items set out as paragraphs with their bullets lost,
   are read as the bulleted ones. An item with a figure or a trouble stays.
2. The meeting's history of papers with the body named in words of its own and told in the simple past ("The Select
   Committee regularly received updates on ... since 2015.").
3. A paper introduced with what it gives, the paper named with its topic and giving "an update to members".
4. The chair having written to someone outside the council about the service (lost as talk of the meeting before):
   the meeting taking the matter beyond itself. Writing to thank the council's own stays the meeting's.
The fixture (tests/data/minutes_covering_lists) is in our own words, in the shape of a ModernGov "Agenda and minutes"
page of a select committee."""

from pathlib import Path

import pytest

from pipeline import meeting_text
from pipeline.furniture import MEETING_ONLY
from pipeline.meeting_talk import writes_beyond_the_council
from pipeline.meeting_topics import names_a_papers_topic, without_glosses
from pipeline.paper_contents import MEETING_HISTORY, PAPER_INTRODUCED
from tests.minutes_segments import KEPT, exclusion_reasons_of, minutes_kinds, row, segments_of

PAGES = Path(__file__).parent / "data" / "minutes_covering_lists"


@pytest.fixture(scope="module")
def segments():
    return segments_of(PAGES)


@pytest.mark.parametrize("words", [
    "pictures made and sent by pupils themselves (sexting);",
    "the borough's exploitation strategy, including the harmful sexual behaviour review",
    "findings of the council's focused visit from Ofsted on 4 March 2027 and the improvement plan that followed it;",
    "the council's pledge to children in care (the Pledge);",  # a numbered item
    "the work of the virtual school, including the personal education plan audit",  # its bullet lost
])
def test_topics_a_paper_covers_are_its_contents(segments, words):
    found = row(segments, words)
    assert found["reason"] == MEETING_ONLY
    assert found["kind"] not in KEPT


@pytest.mark.parametrize("words", ["caseloads in the assessment team rising to 27;", "too few foster carers for",
                                   "placements for children in care rising to 410;",
                                   "delays in completing personal education plans"])
def test_an_item_with_a_figure_or_a_trouble_stays(segments, words):
    found = row(segments, words)
    assert found["reason"] == "" and found["kind"] in KEPT


@pytest.mark.parametrize("text, named", [
    ("videos made and posted by young people themselves (sexting);", True),
    ("outcomes of the focused visit on 12 May 2026 and the plan which followed this;", True),
    ("the improvement plan agreed by Cabinet;", True),
    ("caseloads rising to 25;", False),
    ("too few foster carers;", False),
    ("videos made and posted by young people on 3 occasions;", False),
    ("the improvement in attendance;", False),
])
def test_names_a_papers_topic(text, named):
    doc = meeting_text.parser()(meeting_text.prepared(without_glosses(text)))
    assert all(names_a_papers_topic(s) for s in doc.sents) == named


def test_without_glosses_takes_out_words_in_brackets_only():
    assert without_glosses("images (sexting) and reports (RSE);") == "images and reports;"
    assert without_glosses("referrals (up 20%);") == "referrals (up 20%);"


@pytest.mark.parametrize("text, history", [
    ("The Select Committee regularly received updates on Missing Children (MC) since 2015.", True),
    ("The Corporate Parenting Panel received reports on agency staffing since 2016.", True),
    ("The Committee had regularly received updates on caseloads, which had risen since 2019.", False),
    ("The Select Committee regularly received updates on the rise in exploitation since 2014.", False),
])
def test_the_meetings_history_of_papers(text, history):
    assert (MEETING_HISTORY.search(text) is not None) == history
    assert (exclusion_reasons_of([text]) != [""]) == history
    assert (minutes_kinds([text])[0] not in KEPT) == history


def test_the_page_history_sentences(segments):
    assert row(segments, "The Select Committee regularly received updates")["kind"] not in KEPT
    assert row(segments, "updates on caseloads, which had risen since 2019")["kind"] in KEPT


@pytest.mark.parametrize("text, given", [
    ("The Lead Member for Children, Young People and Learning introduced the report on the Ofsted inspection, which "
     "updated Members on the findings and outcome of the inspection.", True),
    ("Ofsted Inspection: Outcome The Cabinet Member for Children, Schools and Families introduced the report which "
     "provided an update on the findings of the inspection.", True),
    ("Councillor R. Patel, the Cabinet Member for Children, Schools and Families, introduced the report which provided "
     "an update on the outcome of the focused visit.", True),
    ("The Director introduced the report on caseloads, which provided an update on the rise in referrals.", False),
    ("The Director introduced the report, which showed caseloads had fallen.", False),
])
def test_a_paper_introduced_with_what_it_gives(text, given):
    assert (PAPER_INTRODUCED.search(text) is not None) == given


def test_a_paper_introduced_in_a_council_paper_that_is_not_minutes():
    # (the parse reads minutes only: elsewhere the phrase alone decides)
    import numpy as np

    from pipeline.furniture import exclusion_reasons
    from pipeline.patterns import Column
    text = ("The Cabinet Member for Children introduced the report on the Ofsted inspection, which updated Members on "
            "the findings and outcome of the inspection.")
    blank = np.array([""], dtype=object)
    reason = exclusion_reasons(Column(np.array([text], dtype=object)), Column(blank.copy()), np.ones(1, bool),
                               blank.copy(), np.zeros(1, bool))
    assert reason[0] != ""


def test_a_letter_beyond_the_council_is_kept(segments):
    assert row(segments, "The Chair had written to the area manager of Brookside Care Homes")["kind"] in KEPT
    assert row(segments, "The Director proposed that the Committee write to thank her.")["kind"] not in KEPT


@pytest.mark.parametrize("text, beyond", [
    ("The Chair had written to the regional manager of the care provider and had received a reply.", True),
    ("The Committee contacted the academy trust about exclusions.", True),
    ("The Chair would write to the Director of Children's Services with the dates.", False),
    ("The Director proposed that the Committee write to thank her.", False),
    ("The Chair would write to members with the dates of the visits.", False),
])
def test_writes_beyond_the_council(text, beyond):
    doc = meeting_text.parser()(meeting_text.prepared(text))
    assert any(writes_beyond_the_council(s) for s in doc.sents) == beyond
