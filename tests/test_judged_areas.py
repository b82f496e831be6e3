"""Judged areas as sections: a judgement table's row as the area's heading, the parts each area repeats and the
inspection team's credits kept out of `section` (pipeline.judged_areas)."""

import pytest

from pipeline.judged_areas import is_table_area, without_table_grade
from pipeline.segment import segment_document
from pipeline.structure import heading_text

# A report laid out as the single inspection framework's reports are, in words of our own: each area's heading is a
# table row with its grade beside it, wrapped by the PDF's text, then the parts every area has.
REPORT = """Judged areas

Key judgement Judgement grade

The progress made by young people
who are helped and kept safe Requires improvement

Summary

Help offered early reaches most families quickly. Visits are regular.

Inspection findings

4. Referrals are screened the same day by a team of experienced social workers.

5. Plans for children at risk are reviewed at every core group meeting.

Key judgement Judgement grade

The progress made by young people
Good
in care and leaving care

Summary
Most young people in care live close to home and stay in touch with their families.

Inspection findings

9. Care plans record the wishes of each young person in their own words.

Leading the service and
governance Inadequate
Summary

Senior leaders have not acted on what their audits told them.

Inspection findings

14. The board has not checked that its plans were carried out.

The inspection team

Lead inspector: Alex Example

Senior data analyst: Sam Sample
"""


def _rows(text, file="report.pdf"):
    return segment_document({"doc_id": "r", "file": file, "authority": "Anytown", "doc_type": "inspection_report",
                             "date": "2016-01-01", "text": text})


def test_each_paragraph_sits_under_its_judged_area_and_the_part_every_area_repeats():
    sections = {row["text"][:12]: row["section"] for row in _rows(REPORT)}
    helped = "The progress made by young people who are helped and kept safe"
    assert sections["Help offered"] == f"{helped} \u2014 Summary"  # the area's summary, a section apart from its findings
    assert sections["Referrals ar"] == sections["Plans for ch"] == f"{helped} \u2014 Inspection findings"
    assert sections["Most young p"].startswith("The progress made by young people in care and leaving care")
    assert sections["Care plans r"].startswith("The progress made by young people in care and leaving care")
    assert sections["Senior leade"] == "Leading the service and governance \u2014 Summary"
    assert sections["The board ha"] == "Leading the service and governance \u2014 Inspection findings"
    assert not any(s in ("Summary", "Inspection findings") for s in sections.values())


def test_only_sections_change_the_texts_are_the_paragraphs_sentences():
    texts = [row["text"] for row in _rows(REPORT)]
    # (a part's label the PDF glued to the first line of the area's summary is not part of its first sentence)
    assert "Most young people in care live close to home and stay in touch with their families." in texts
    assert not any(text.startswith(("Summary", "Inspection findings", "Lead inspector")) for text in texts)
    assert not any("Requires improvement" in text or text == "Good" for text in texts)


def test_a_heading_that_recurs_under_one_area_only_or_far_from_the_areas_stays_a_section():
    text = ("Service judged good overall\n\nRecommendations\n\n1. Review the plans for every child in care.\n\n"
            "Other information\n\nNotes\n\nThe team met staff.\n\nAnother area is good\n\nFindings\n\n"
            "2. Supervision is regular.\n\nAbout the area\n\nMore\n\nLast\n\nRecommendations\n\n"
            "3. Record the reasons for decisions.\n")
    sections = {row["text"][:10]: row["section"] for row in _rows(text)}
    assert sections["Review the"] == sections["Record the"] == "Recommendations"
    assert sections["Supervisio"] == "Findings"


@pytest.mark.parametrize("text, name", [
    ("The progress of children\nwho need help Requires improvement", "The progress of children who need help"),
    ("Leading the service and\nInadequate\ngovernance", "Leading the service and governance"),
    ("Leading the service and governance Good", "Leading the service and governance"),
    # a grade broken in two between the name's lines
    ("The progress of\nRequires\nchildren who need\nimprovement\nhelp", "The progress of children who need help"),
    ("Leading the service and Requires improvement\ngovernance to be good", "Leading the service and governance"),
])
def test_a_table_row_names_its_area_without_the_grade(text, name):
    assert is_table_area(text) and without_table_grade(text) == name and heading_text(text) == name


@pytest.mark.parametrize("text", [
    "Requires improvement",  # a grade alone names no area
    "The service is good. Leaders know it Good",  # a sentence inside
    "Children in care: requires improvement to be good",  # the later reports' heading keeps its own words
    "What is Good",  # too few words left to name an area
    "The progress of\nGood\nchildren who need\nGood\nhelp",  # two grades: not one row
])
def test_other_lines_are_not_table_rows(text):
    assert not is_table_area(text)
    assert heading_text(text) == " ".join(text.split())


def test_a_row_its_part_and_the_parts_first_sentence_glued_into_one_block_are_taken_apart():
    text = ("Earlier text ends here.\n\nThe progress of young people\nwho are helped and Inadequate\nkept safe\n"
            "Summary\nHelp reaches too few families in time.\n\nInspection findings\n\n2. Referrals wait too long.\n\n"
            "Leading the service and\ngovernance Good\nSummary\nLeaders know their service well.\n\n"
            "Inspection findings\n\n3. Audits are acted on.\n")
    rows = {row["text"]: row["section"] for row in _rows(text)}
    helped = "The progress of young people who are helped and kept safe"
    assert rows["Help reaches too few families in time."] == f"{helped} \u2014 Summary"
    assert rows["Referrals wait too long."] == f"{helped} \u2014 Inspection findings"
    assert rows["Leaders know their service well."] == "Leading the service and governance \u2014 Summary"
    assert rows["Audits are acted on."] == "Leading the service and governance \u2014 Inspection findings"


def test_a_list_of_recommendations_under_each_area_stays_its_own_section():
    text = ("Help for children is good\n\nRecommendations\n\n1. Review every plan within a month.\n\n"
            "Care for children is good\n\nRecommendations\n\n2. Record the reasons for every decision.\n")
    assert {row["section"] for row in _rows(text)} == {"Recommendations"}


def test_a_part_under_another_section_of_the_area_stays_a_section():
    text = ("Help for children is good\n\nSummary\n\nMost help is timely.\n\nCare for children is good\n\nSummary\n\n"
            "Care is stable.\n\nThe board is good\n\nRecommendations\n\n1. Publish the annual report on time.\n\n"
            "Summary\n\nThe board meets often.\n")
    sections = {row["text"]: row["section"] for row in _rows(text)}
    assert sections["Most help is timely."] == "Help for children is good \u2014 Summary"
    assert sections["Care is stable."] == "Care for children is good \u2014 Summary"
    assert sections["Publish the annual report on time."] == "Recommendations"
    assert sections["The board meets often."] == "Summary"


def test_the_tables_head_glued_above_a_row_is_not_part_of_the_areas_name():
    text = ("Earlier text ends here.\n\nKey area Grade given\nThe progress of young people\nin care and leaving Good\n"
            "care\nSummary\nYoung people in care are well supported.\n")
    rows = {row["text"]: row["section"] for row in _rows(text)}
    assert rows["Young people in care are well supported."] == \
        "The progress of young people in care and leaving care \u2014 Summary"


def test_the_classifier_reads_a_parts_section_as_the_part_alone():
    from pipeline.classify import classify_text
    from pipeline.judged_areas import part_section, section_as_read

    area = "The experiences and progress of children who need help and protection"
    assert section_as_read(part_section(area, "Summary")) == "Summary"
    assert section_as_read("Leadership, management and governance") == "Leadership, management and governance"
    for text in ("Referrals from partner agencies are low.", "Managers check every plan each month."):
        assert classify_text(text, part_section(area, "Inspection findings"), "inspection_report") == \
            classify_text(text, "Inspection findings", "inspection_report")
