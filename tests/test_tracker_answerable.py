"""Council lines that can answer no recommendation (pipeline.tracker.answerable) and the plain-text headings the
segmenter now sets apart (pipeline.structure), on small fixtures written in our own words (issue #18)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from pipeline.segment import segment_document
from pipeline.structure import find_blocks, title_line
from pipeline.tracker import TrackerParams
from pipeline.tracker.answerable import unanswering_rows, why_unanswering
from pipeline.tracker.responses import response_links
from pipeline.tracker.rows import FindingRecords

MINUTES = ("Meeting of the Young People Panel\n"
           "5. Apologies\n"
           "Apologies were received from two members.\n"
           "6. Inspection Follow Up Report : Northshire Children's Services\n"
           "The panel heard that every child at risk now has a chronology kept on the case record.\n"
           "The panel noted the update.\n"
           "Annual Fostering Review\n"
           "Recruitment of foster carers rose by a fifth over the year.\n"
           "After the presentation members asked the following:\n"
           "Whether the new caseload limit of eighteen children had been kept in the assessment teams.\n")


@pytest.mark.parametrize("line, expected", [
    ("Inspection Follow Up Report : Northshire Children's Services", True),
    ("Annual Fostering Review", True),
    ("OFSTED UPDATE", True),
    ("The panel noted the update.", False),               # a sentence
    ("Recruitment of foster carers rose by a fifth", False),  # prose, not title case
    ("(Recommendation)", False),                          # a marker in brackets
    ("Lead Officer:\tA. Person", False),                  # a form's label and value
])
def test_a_title_line_is_short_title_case_and_unpunctuated(line, expected):
    assert title_line(line) is expected


def test_a_title_line_of_a_plain_text_page_is_a_heading_not_part_of_the_next_sentence():
    blocks = find_blocks(MINUTES)
    kinds = [(b.kind, MINUTES[b.start:b.end].split("\n")[0]) for b in blocks]
    assert ("heading", "6. Inspection Follow Up Report : Northshire Children's Services") in kinds
    assert ("heading", "Annual Fostering Review") in kinds
    assert ("paragraph", "Recruitment of foster carers rose by a fifth over the year.") in kinds
    # the lead-in ending its line with a colon is read apart from the line it introduces
    assert ("paragraph", "Whether the new caseload limit of eighteen children had been kept in the assessment "
                         "teams.") in kinds
    # A PDF's text breaks lines where the page ran out: there a line alone is no heading.
    assert "Annual Fostering Review" not in {MINUTES[b.start:b.end] for b in find_blocks(MINUTES, line_titles=False)
                                             if b.kind == "heading"}


@pytest.mark.parametrize("file, glued", [("min1.txt", False), ("min1.pdf", True)])
def test_segments_of_a_plain_text_page_carry_the_title_as_their_section(file, glued):
    rows = segment_document({"doc_id": "min1", "file": file, "authority": "Northshire",
                             "doc_type": "committee_minutes", "date": "2016-05-01", "text": MINUTES})
    texts = [r["text"] for r in rows]
    recruitment = next(r for r in rows if "foster carers rose" in r["text"])
    assert recruitment["text"].startswith("Annual Fostering Review") is glued
    if not glued:
        assert recruitment["section"] == "Annual Fostering Review"
        assert "The panel heard that every child at risk now has a chronology kept on the case record." in texts
        assert "After the presentation members asked the following:" in texts


@pytest.mark.parametrize("text, expected", [
    ("Inspection Follow Up Report : Northshire Children's Services", "heading"),
    ("Improving the Quality of Frontline Practice", "heading"),
    ("Will the chronology work be finished by March?", "question"),
    ("After the presentation members raised the following queries:", "lead-in"),
    ("The Director highlighted the following", "lead-in"),
    ("The panel noted the report.", "too slight"),
    ("Members will receive the findings of the inspection of services for children in need of help and protection, "
     "children looked after and care leavers.", "too slight"),
    ("Every child at risk now has a chronology kept on the case record.", ""),
    # a line ending with a colon that says what was done before it may answer
    ("The panel agreed new targets for chronologies and caseload limits in the assessment teams as follows:", ""),
    # a line that counts the recommendations, or says whom they were made for, answers none of them
    ("Twelve recommendations had been made for the Council and a further four for the Safeguarding Partnership.",
     "counts recommendations"),
    ("The inspectors set out 9 areas for improvement.", "counts recommendations"),
    ("Recommendations were made to the local authority and to the LSCB.", "counts recommendations"),
    # ... unless it also names a matter
    ("Of the nine recommendations, the one on chronologies for children at risk has been met.", ""),
    ("Two further actions were agreed on return home interviews.", ""),
    # a number of something else is no count of recommendations
    ("Three social workers have joined the assessment team.", ""),
])
def test_lines_that_can_answer_nothing(text, expected):
    assert why_unanswering(text, 2) == expected


def test_a_heading_or_lead_in_is_never_linked_as_a_response_but_a_quote_is():
    lines = pd.DataFrame([
        {"finding_id": "m-1", "doc_id": "min1", "file": "min1.txt", "date": "2016-05-01", "section": "",
         "text": "Chronology Improvement Plan Update", "kind": "finding", "polarity": "neutral"},
        {"finding_id": "m-2", "doc_id": "min1", "file": "min1.txt", "date": "2016-05-01", "section": "",
         "text": "Members raised the following queries:", "kind": "finding", "polarity": "neutral"},
        {"finding_id": "m-3", "doc_id": "min1", "file": "min1.txt", "date": "2016-05-01", "section": "",
         "text": "Every child at risk now has a chronology kept on the case record.", "kind": "action",
         "polarity": "neutral"}])
    documents = pd.DataFrame([{"doc_id": "min1", "doc_type": "committee_minutes"}])
    unanswering = unanswering_rows(lines, documents, 2)
    assert unanswering == frozenset({0, 1})
    records = FindingRecords(lines, ("finding_id", "doc_id", "file", "date", "text", "kind", "polarity", "section"))
    doc_types = {"min1": "committee_minutes"}
    args = ({"rec_id": "r1-R01"}, np.array([0, 1, 2]), np.array([0.95, 0.9, 0.88]), np.array([1, 1, 1]))
    rows = response_links(*args, set(), set(), records, doc_types, TrackerParams(), unanswering=unanswering)
    assert [row["finding_id"] for row in rows] == ["m-3"]
    # without the rule the heading and the lead-in come first
    rows = response_links(*args, set(), set(), records, doc_types, TrackerParams())
    assert [row["finding_id"] for row in rows] == ["m-1", "m-2", "m-3"]
    # a line that quotes the recommendation is recognised as a quote all the same
    rows = response_links(*args, {0}, set(), records, doc_types, TrackerParams(), unanswering=unanswering)
    assert [(row["finding_id"], row["match"]) for row in rows] == [("m-1", "quote"), ("m-3", "similar")]
