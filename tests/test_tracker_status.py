"""Recommendation extraction under sub-headings and the next-inspection status rules of issue #18 (status18e)."""

from __future__ import annotations

import pandas as pd

from pipeline.recommendations import extract_recommendations
from pipeline.schema import LEAD_IN

SUBHEADED = (
    "Summary\n\nPractice is weak.\n\nWhat does the local authority need to improve?\n\n"
    "Priority and immediate action\n\nWorkforce\n\n"
    "1. Ensure that social workers have caseloads that let them visit children on time.\n\n"
    "Quality of practice\n\n"
    "2. Accelerate the roll-out of the early help offer across the county.\n\n"
    "3. The local authority should check that every plan names who does what.\n\n"
    "The local authority's strengths\n\n"
    "4. Early help is well coordinated across the county.\n"
)


def _subheaded_findings():
    pieces = [("Practice is weak.", "Summary"),
              ("Ensure that social workers have caseloads that let them visit children on time.", "Workforce"),
              ("Accelerate the roll-out of the early help offer across the county.", "Quality of practice"),
              ("The local authority should check that every plan names who does what.", "Quality of practice"),
              ("Early help is well coordinated across the county.", "The local authority's strengths")]
    rows = []
    for number, (text, section) in enumerate(pieces):
        start = SUBHEADED.index(text)
        rows.append({"finding_id": f"r-{start}", "doc_id": "r", "file": "r.pdf", "authority": "A",
                     "doc_type": "inspection_report", "date": "2015-01-06", "section": section,
                     "para_ref": str(number) if number else "", "start": start, "end": start + len(text),
                     "text": text, LEAD_IN: "", "kind": "finding", "polarity": "neutral", "theme_id": 0,
                     "theme_label": ""})
    return pd.DataFrame(rows)


def test_a_list_whose_heading_only_the_text_keeps_is_found_under_its_sub_headings():
    """The segmenter gives each item its sub-heading ("Workforce") as section and no lead-in; the list's heading
    ("What does the local authority need to improve?" / "Priority and immediate action") is a line of the text
    between the items and the finding before them. The list ends at the first item that asks for nothing."""
    recs = extract_recommendations(_subheaded_findings(), pd.DataFrame([{"doc_id": "r", "text": SUBHEADED}]))
    assert [t.split()[0] for t in recs["text"]] == ["Ensure", "Accelerate", "The"]


def test_a_table_of_contents_line_with_a_page_number_opens_no_list():
    text = SUBHEADED.replace("What does the local authority need to improve?\n\nPriority and immediate action",
                             "What does the local authority need to improve? 4")
    findings = _subheaded_findings()
    findings["start"] = [text.index(t) for t in findings["text"]]
    findings["end"] = findings["start"] + findings["text"].str.len()
    assert extract_recommendations(findings, pd.DataFrame([{"doc_id": "r", "text": text}])).empty
