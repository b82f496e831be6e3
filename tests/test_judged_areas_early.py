"""The early (2013-14) single-inspection-framework layout: each judged area's heading in the framework's words on a
line of its own, its grade in words after it ("are good."), under one heading for the whole part; and a contents list
whose page numbers follow the entries after one space (pipeline.judged_areas.is_area_heading, pipeline.structure)."""

import pytest

from pipeline.judged_areas import is_area_heading
from pipeline.segment import segment_document

# In words of our own, laid out as the early reports are: the judged areas' headings end with a full stop.
REPORT = """Contents
Part one: the council 3

Key findings in short 3

What must the council improve? 4

The experiences and progress of children looked after and
achieving permanence 6

Inspection judgements about the local authority 9

Part one: the council

Inspection judgements about the local authority

The experiences and progress of children who need help and protection
are good.

1. Calls from schools are answered the same day by a duty social worker.

2. Most plans name who will do what and by when.

The experiences and progress of children looked after and achieving
permanence require improvement.

3. Some children wait too long for a decision about where they will live.

The graded judgement for adoption performance is outstanding.

4. Families who adopt are matched with children quickly and supported well.

Leadership, management and governance are good

5. The director checks the quality of casework every month.
"""


def _rows(text, file="report.pdf"):
    return segment_document({"doc_id": "r", "file": file, "authority": "Anytown", "doc_type": "inspection_report",
                             "date": "2014-01-01", "text": text})


def test_each_area_heading_with_its_grade_in_words_sets_the_section():
    sections = {row["text"][:12]: row["section"] for row in _rows(REPORT) if not row["reason"]}
    help_ = "The experiences and progress of children who need help and protection are good"
    assert sections["Calls from s"] == sections["Most plans n"] == help_
    assert sections["Some childre"] == ("The experiences and progress of children looked after and achieving "
                                        "permanence require improvement")
    assert sections["Families who"] == "The graded judgement for adoption performance is outstanding"
    assert sections["The director"] == "Leadership, management and governance are good"
    assert "Inspection judgements about the local authority" not in sections.values()


def test_the_headings_are_not_findings_and_the_paragraphs_keep_their_text():
    texts = [row["text"] for row in _rows(REPORT)]
    assert "Some children wait too long for a decision about where they will live." in texts
    assert not any(text.startswith(("The experiences and progress", "The graded judgement")) for text in texts)


def test_a_contents_entry_with_its_page_number_is_never_a_section_nor_a_finding():
    rows = _rows(REPORT)
    assert not any(row["section"].endswith(("3", "4", "6", "9")) for row in rows)
    assert not any("improve? 4" in row["text"] or "permanence 6" in row["text"] for row in rows)


def test_a_line_ending_in_a_number_after_the_contents_list_is_read_as_before():
    text = ("Contents\nKey findings in short 3\n\nBackground\n\nChildren in care in March 612\n\n"
            "The council has grown its foster carers.\n")
    sections = {row["text"][:12]: row["section"] for row in _rows(text)}
    assert sections["The council "] == "Children in care in March 612"


@pytest.mark.parametrize("text", [
    "The experiences and progress of children who need help and protection\nare inadequate.",
    "The experiences and progress of children who need help and protection",
    "The graded judgment for adoption performance is requires improvement",
    "The graded judgement about the experience and progress of care leavers is that it is good",
    "Leadership, management and governance\nrequires improvement",
])
def test_the_frameworks_area_headings(text):
    assert is_area_heading(text)


@pytest.mark.parametrize("text", [
    # a row of the front page's table, its grade capitalised beside the name: a finding there
    "Experiences and progress of care leavers Good",
    # a sentence that starts like a heading and goes on
    "Leadership, management and governance are good because leaders listen to staff.",
    "Adoption performance is good.",
    "The experiences and progress of children who need help and protection\nare good.\nMore text follows here.\nAnd more.",
])
def test_other_lines_are_not_area_headings(text):
    assert not is_area_heading(text)
