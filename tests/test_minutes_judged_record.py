"""Minutes that quote the inspection's judgements, set Y42's cases (issue 15, the lead's forty-fifth session;
pipeline.ingest.MEETING_RECORD, pipeline.furniture.JUDGED_LEAD_IN, pipeline.minutes_model).

A record that names its body in several words ("the Children's Scrutiny Board considered") or cites one of its own
minutes by number is a meeting's record, not a paper to members; a lead-in saying what the inspection report
identified or what the inspectors evaluated is said of the service; and a lead-in that judges is never moved by the
learned furniture model; after two of set Y41's cases, a visit named by its kind ("focused visit") is a paper's topic
and a letter to someone outside the council is told of the service. All text is our own words."""

import numpy as np
import pandas as pd
import pytest

from pipeline.furniture_reasons import LIST_LEAD_IN
from pipeline.ingest import infer_doc_type
from pipeline.minutes_model import FurnitureModel, move_furniture
from pipeline.schema import FINDING_KINDS, REASON
from tests.minutes_segments import flat, minutes_rows, segment_reasons

BRIEFING = """Inspection of Children's Services

Briefing Note of the Director of Children's Services

Further to minute 31/19 the Children and Families Scrutiny Board considered a briefing note of the Director on the
inspection of services for children in need of help and protection.

The service was inspected in February and the report, published in April, judged it to require improvement.

The inspection report was attached as an appendix and identified five recommendations for improvement:

1. Ensure that plans for children in need are reviewed on time.

2. Improve the recording of management decisions on case files.
"""


@pytest.mark.parametrize("text", [
    BRIEFING,
    "Item 6\n\nThe Corporate Parenting Panel received the annual report of the virtual school.",
    "Ofsted focused visit\n\nAs noted at minute 12 of the last meeting, the letter was shared with all members.",
])
def test_a_record_naming_its_body_in_several_words_or_citing_a_minute_is_minutes(text):
    assert infer_doc_type(text) == "committee_minutes"


@pytest.mark.parametrize("text,expected", [
    ("Report of the Director of Children's Services\n\nExecutive summary\n\nThe Children's Scrutiny Board is asked "
     "to note the report.", "scrutiny_report"),
    # (capitalised words before the body are the body's name; a lower-case run is not)
    ("Report to the Cabinet\n\nRecommendations\n\nThe report sets out how the new board considered the plan.",
     "scrutiny_report"),
    ("Inspection of Atlantis local authority children's services\nInspection dates: 1 to 12 March 2021\n\n"
     "The Local Safeguarding Children Board considered the learning from reviews.", "inspection_report"),
])
def test_papers_and_reports_keep_their_type(text, expected):
    assert infer_doc_type(text) == expected


def test_what_the_inspection_report_identified_is_said_of_the_service():
    reasons = segment_reasons(BRIEFING)
    assert reasons["The inspection report was attached as an appendix and identified five recommendations for "
                   "improvement:"] == ""


def test_what_the_inspectors_evaluated_is_said_and_what_a_paper_covered_is_a_lead_in():
    reasons = segment_reasons("Inspection outcome\n\nAs part of the inspection, inspectors evaluated:\n\n"
                       "- the help and protection given to children\n\n- the experiences of care leavers\n\n"
                       "The presentation covered the following areas:\n\n- the improvement board's work\n")
    assert reasons["As part of the inspection, inspectors evaluated:"] == ""
    assert reasons["The presentation covered the following areas:"] == LIST_LEAD_IN


def test_the_learned_model_never_moves_a_lead_in_that_judges():
    sure = FurnitureModel(coef=np.zeros(4), intercept=10.0, threshold=0.5)
    texts = ["The Ofsted judgements received were as follows:",
             "The areas the inspectors identified for improvement were:",
             "The presentation covered the following areas:",
             "The Ofsted judgements were discussed at length"]  # (no lead-in: the model reads it)
    frame = pd.DataFrame({"doc_type": "committee_minutes", "kind": "finding", REASON: "", "text": texts})
    moved = move_furniture(frame, FINDING_KINDS, lambda t: np.zeros((len(t), 4)), sure)
    assert moved["kind"].tolist() == ["finding", "finding", "procedural", "procedural"]


GRADES = """Inspection outcome

The judgements given were as follows:

  Overall effectiveness   Requires improvement

  Children looked after and achieving permanence 

Good

  Leadership, management and governance   Requires improvement

Arrangements for the meeting

Good

The Chair thanked officers.
"""


def test_an_areas_name_and_its_grade_on_lines_of_their_own_are_one_finding():
    kept = {flat(r["text"]) for r in minutes_rows(GRADES) if not r["reason"]}
    assert "Children looked after and achieving permanence Good" in kept
    assert "Overall effectiveness Requires improvement" in kept
    assert not any("Arrangements for the meeting" in text for text in kept)  # (no judged area: a heading stays one)


def test_a_visit_named_by_its_kind_is_a_topic_under_a_papers_covering_lead_in():
    from pipeline.meeting_verdicts import names_topics_only
    items = ["outcomes from the Atlantis Borough Council Children\u2019s Services focused visit by Ofsted in May 2026 and "
             "the subsequent improvement plan;",
             "findings of the focused visit in May 2026;",
             "the focused visit found too few foster carers;"]
    assert names_topics_only(items, [True] * 3) == [True, True, False]


def test_taking_a_matter_up_beyond_the_council_is_told_of_the_service_so_the_learned_model_leaves_it():
    from pipeline.meeting_verdicts import tells_of_the_service
    told = tells_of_the_service(["The Chair had written to the regional manager of Harbour Care and had a reply.",
                                 "The Chair had written to the Director of Children's Services to thank her."])
    assert told.tolist() == [True, False]
