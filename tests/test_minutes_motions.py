"""A council motion's resolving clauses, a list item's label and line end, and a paper's findings said in minutes
(issue 15, furn39; pipeline.furniture.MOTION_LEAD_IN, pipeline.segment, pipeline.meeting_text.ITEM_LABEL,
pipeline.minutes_model.move_furniture).

Substance: what a council's motion resolves, calls for or pledges about its service, set out as list items after "this
Council:" or "Council therefore resolves that:", even as the item's agenda text; a lettered item that names an area
for improvement; a short list item opening in lower case; a report said to have highlighted areas for improvement; a
lead-in naming what was identified by the inspectors. Furniture: who moved and seconded the motion, the vote, a
procedure rule of the meeting cited by its number, and the items of an agenda text that is no motion. All text is our own words."""

import numpy as np
import pandas as pd
import pytest

from pipeline.classify import classify_segments
from pipeline.furniture import MOTION_LEAD_IN
from pipeline.furniture_reasons import AGENDA, SHORT
from pipeline.meeting_text import prepared
from pipeline.minutes_model import FurnitureModel, move_furniture
from pipeline.schema import FINDING_KINDS, LEAD_IN, REASON
from pipeline.segment import segment_document

MOTION = """Agenda item

Motion on the inspection of children's services

To consider the following motion, notice of which was given by Councillor Amari.

Following the inspection of children's services, which found serious weaknesses in early help, this Council:

(a)      Asks the Cabinet Member to publish a recovery plan for early help within three months;

(b)      Commits to protecting the budget for family support workers.

Minutes:

The motion was moved by Councillor Amari and seconded by Councillor Bell.
"""


def _rows(text: str) -> pd.DataFrame:
    rows = segment_document({"doc_id": "m", "file": "m.txt", "authority": "Walsall", "doc_type": "committee_minutes",
                             "date": "2021", "text": text})
    return classify_segments(pd.DataFrame(rows))


def _row(found: pd.DataFrame, opening: str) -> pd.Series:
    return found[found["text"].str.startswith(opening)].iloc[0]


def test_a_motions_clauses_in_the_agenda_text_are_findings_and_its_moving_is_not():
    found = _rows(MOTION)
    for opening in ("Asks the Cabinet Member", "Commits to protecting"):
        row = _row(found, opening)
        assert row["kind"] != "procedural" and row[REASON] == "", row.to_dict()
        assert MOTION_LEAD_IN.search(row[LEAD_IN])
    assert _row(found, "The motion was moved")["kind"] == "procedural"


def test_the_items_of_an_agenda_text_that_is_no_motion_stay_agenda_text():
    found = _rows(MOTION.replace("this Council:", "the report asks the Committee to:").replace(
        "Motion on", "Report on").replace("following motion, notice of which was given by", "report of"))
    for opening in ("Asks the Cabinet Member", "Commits to protecting"):
        assert _row(found, opening)[REASON] == AGENDA


@pytest.mark.parametrize("lead_in, clause", [
    ("Council therefore resolves that:", "A report on the inspection be brought to a special meeting of the Cabinet "
                                         "as soon as possible."),
    ("Therefore, this Council resolves:", "In the interest of openness, the children's scrutiny committee should be "
                                          "chaired by a member of the opposition."),
])
def test_a_clause_after_the_councils_resolving_lead_in_is_kept(lead_in, clause):
    text = f"Minutes:\n\nCouncil is concerned at the inspection's findings.\n{lead_in}\n\n1.  {clause}\n"
    row = _row(_rows(text), clause[:20])
    assert row["kind"] != "procedural" and row[LEAD_IN] == lead_in, row.to_dict()


def test_a_decision_record_is_no_motion():
    for text in ("RESOLVED: That the report be noted.", "The Committee resolved that:", "RESOLVED - That:"):
        assert not MOTION_LEAD_IN.search(text), text
    for text in ("this Council:", "Council therefore resolves that:", "Therefore, this Council resolves:"):
        assert MOTION_LEAD_IN.search(text), text


def test_the_learned_model_leaves_a_motions_clauses_to_the_rules():
    sure = FurnitureModel(coef=np.zeros(4), intercept=10.0, threshold=0.5)
    texts = ["A report on the inspection be brought to a special meeting of the Cabinet.",
             "A report on the budget be brought to the next meeting."]
    segments = pd.DataFrame({"doc_type": "committee_minutes", "kind": "finding", REASON: "", "text": texts,
                             LEAD_IN: ["Council therefore resolves that:", "RESOLVED that:"]})
    moved = move_furniture(segments, FINDING_KINDS, lambda t: np.zeros((len(t), 4)), sure)
    assert moved["kind"].tolist() == ["finding", "procedural"]


def test_a_list_item_ended_by_a_semicolon_is_cut_from_the_line_after_it():
    text = ("Minutes:\n\nAn amendment was moved that the following be added:\n"
            "· To ensure that all future meetings of the children's scrutiny committee are streamed online; and\n"
            "Following a debate, the amendment was lost by 10 votes to 30.\n")
    found = _rows(text)
    assert _row(found, "To ensure")["text"].endswith("online; and")
    assert _row(found, "Following a debate")["kind"] == "procedural"


def test_a_lettered_items_label_is_no_word_of_it():
    assert prepared("b. Sufficiency of suitable homes for teenagers.") == \
        "Sufficiency of suitable homes for teenagers."
    assert prepared("(c) Calls on the Leader to act.") == "Calls on the Leader to act."
    assert prepared("I. Smith said so.") == "I. Smith said so."  # an initial, not a label
    assert prepared("4. ADOPTION SERVICE INSPECTION") == "4. ADOPTION SERVICE INSPECTION"  # an agenda item's number
    text = ("Minutes:\n\nThe areas for improvement identified by the inspectors were:\n\n"
            "a. The timeliness of assessments for disabled children and their families.\n\n"
            "b. Sufficiency of suitable homes for teenagers.\n")
    found = _rows(text)
    assert _row(found, "b. Sufficiency")["kind"] != "procedural"
    assert _row(found, "The areas for improvement")["kind"] != "procedural"  # a lead-in naming what was found


def test_a_short_list_item_opening_in_lower_case_is_a_sentence():
    text = ("Minutes:\n\nIn reply, officers said that:\n- caseloads remain too high.\n- sickness absence has risen.\n"
            "- and so\n")
    found = _rows(text)
    assert _row(found, "caseloads remain")[REASON] == ""
    assert _row(found, "sickness absence")[REASON] == ""
    assert _row(found, "and so")[REASON] == SHORT


@pytest.mark.parametrize("text, kept", [
    ("The report on the visit highlighted three areas for continued improvement.", True),
    ("The report on the monitoring visit found that plans had improved.", True),
    ("Report on the monitoring visit of the inspectors.", False),  # an item's title
])
def test_a_report_that_found_something_is_no_items_title(text, kept):
    frame = pd.DataFrame({"text": [text], "section": [""], "doc_type": ["committee_minutes"], "lead_in": [""]})
    assert (classify_segments(frame)["kind"].iloc[0] != "procedural") == kept, text


@pytest.mark.parametrize("text, procedural", [
    ("After the presentation the debate will go back to the usual rules set out in Procedure Rule 14.", True),
    ("Court work under the Family Procedure Rules 2010 was delayed by the shortage of experts.", False),
    ("The court applied Family Procedure Rule 12 in two of the cases audited.", False),
])
def test_a_meetings_procedure_rule_cited_by_number_is_procedure(text, procedural):
    frame = pd.DataFrame({"text": [text], "section": [""], "doc_type": ["committee_minutes"], "lead_in": [""]})
    assert (classify_segments(frame)["kind"].iloc[0] == "procedural") == procedural, text


@pytest.mark.parametrize("text, procedural", [
    ("The amended motion was then put to the vote and agreed without dissent.", True),
    ("RESOLVED: That the substantive motion, as amended, be carried.", True),
    ("He moved an amendment to the motion.", True),
    # what the meeting resolved about the service, and a member's point in the debate, are not procedure
    # (nor what an amendment changes: the lead's held-out read of the forty-third session, furniture68's class 10;
    # use37's audit had called it procedure)
    ("He moved an amendment to remove the words \"within six weeks\" from the second paragraph.", False),
    ("RESOLVED: That the improvement plan be monitored by the panel every quarter.", False),
    ("Councillor Osei said that the vote of staff in the survey showed low morale in the assessment teams.", False),
])
def test_a_motions_vote_and_its_amendment_moved_are_procedure(text, procedural):
    frame = pd.DataFrame({"text": [text], "section": [""], "doc_type": ["committee_minutes"], "lead_in": [""]})
    assert (classify_segments(frame)["kind"].iloc[0] == "procedural") == procedural, text
