"""Issue 15 (forty-first session): a short label on a line of its own after a whole sentence ("Resolved:",
"Decision:") leads the numbered parts after it; joined to the sentence before, it made that sentence a list's lead-in
and left it out of the findings. Our own words, in the shape of real minutes and decision records."""

from pipeline.furniture import LIST_LEAD_IN
from pipeline.segment import segment_document


def _rows(text: str) -> list[dict]:
    return segment_document({"doc_id": "m", "file": "m.txt", "authority": "Westbrook", "doc_type": "committee_minutes",
                             "date": "2024", "text": text})


MINUTE = """Ofsted inspection of children's services

The Committee welcomed the fall in social workers' caseloads to an average of 18 children.
Resolved:
1) That the Director report on agency staff in March.
2) That the improvement plan be endorsed.
"""

# the label on the same line as the sentence is a lead-in as before
ONE_LINE = """Ofsted inspection of children's services

Members considered the plan and agreed the following:
1) That the Director report on agency staff in March.
2) That the improvement plan be endorsed.
"""


def test_a_sentence_before_a_label_line_stays_a_finding():
    rows = {r["text"]: r for r in _rows(MINUTE)}
    said = "The Committee welcomed the fall in social workers' caseloads to an average of 18 children."
    assert rows[said]["reason"] == ""
    assert rows["Resolved:"]["reason"] != ""
    assert rows["That the Director report on agency staff in March."]["lead_in"] == "Resolved:"


def test_a_lead_in_ending_its_own_line_is_still_one():
    rows = _rows(ONE_LINE)
    assert rows[0]["text"] == "Members considered the plan and agreed the following:"
    assert rows[0]["reason"] == LIST_LEAD_IN
