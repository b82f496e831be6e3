import pandas as pd
import pytest

from pipeline.schema import SEGMENT_COLUMNS
from pipeline.segment import segment, segment_document
from pipeline.structure import find_blocks, is_boilerplate


def _doc(text, doc_id="d1"):
    return {"doc_id": doc_id, "file": "x.txt", "authority": "Walsall", "doc_type": "committee_minutes",
            "date": "2019", "text": text}


MINUTES = """Ofsted Inspection of Children's Social Care Services

4.1     The Committee considered a report by the Director of Law and Assurance. A summary of the points made by the Leader were as follows:

·       The Ofsted report highlighted a devastating and painful snapshot of the service.
·       The voice of the child has been quiet, there has not been a relentless focus on this.

4.2     Resolved that the Committee:

1.   Expects to be continuously updated on the delivery of the improvement plan at each meeting.
"""

REPORT = """Contents

About this inspection\t2
Safeguarding services\t5

Safeguarding services

Overall effectiveness

Grade 4 (inadequate)

12. Social workers carry high caseloads which limits the time they can spend with children. Chronologies are
rarely used to inform assessments.
13. Management oversight is not always evident on case files and

the rationale for decisions is not recorded.

© Crown copyright 2012
Website: www.ofsted.gov.uk
"""


def test_every_segment_is_an_exact_slice_of_its_document():
    for text in (MINUTES, REPORT):
        rows = segment_document(_doc(text))
        assert rows
        for row in rows:
            assert text[row["start"]:row["end"]] == row["text"]
            assert row["text"] == row["text"].strip()


def test_bullets_numbered_points_and_sections():
    rows = segment_document(_doc(MINUTES))
    texts = [r["text"] for r in rows]
    assert "The Ofsted report highlighted a devastating and painful snapshot of the service." in texts
    assert not any(t.startswith("·") for t in texts)
    resolved = [r for r in rows if r["text"].startswith("Expects")]
    assert resolved and resolved[0]["para_ref"] == "1"
    assert all(r["section"] == "Ofsted Inspection of Children's Social Care Services" for r in rows)
    bullet = next(r for r in rows if r["text"].startswith("The voice of the child"))
    assert "Leader" in bullet["lead_in"]  # the lead-in that says who is speaking


def test_report_structure_contents_grades_and_boilerplate_are_not_findings():
    rows = segment_document(_doc(REPORT))
    texts = [r["text"] for r in rows]
    assert not any("About this inspection" in t for t in texts)
    # licence and contact text is kept out of the findings with its reason
    assert all(r["reason"] for r in rows if "Crown copyright" in r["text"] or "www." in r["text"])
    assert not any(t.startswith("Grade 4") for t in texts)
    caseloads = next(r for r in rows if "caseloads" in r["text"])
    assert caseloads["para_ref"] == "12"
    assert caseloads["section"] == "Overall effectiveness"  # a grade line is not a heading
    assert any(t.startswith("Chronologies are") for t in texts)
    # a sentence broken by a blank line (page break) stays one finding
    oversight = next(r for r in rows if r["text"].startswith("Management oversight"))
    assert oversight["text"].endswith("is not recorded.")


@pytest.mark.parametrize("text", ["", "   \n\n  ", "Contents\n\nIntroduction\t3\n", "12.", "·\n·\n", "a\x00b"])
def test_edge_cases_give_no_findings_and_no_crash(text):
    assert segment_document(_doc(text)) == []


def test_segment_table_columns_and_stable_ids():
    docs = pd.DataFrame([_doc(MINUTES, "a"), _doc(REPORT, "b")])
    first, second = segment(docs).segments, segment(docs).segments
    assert list(first.columns) == SEGMENT_COLUMNS + ["kind", "polarity", "voice", "speaker"]
    assert first["finding_id"].is_unique
    assert first["finding_id"].tolist() == second["finding_id"].tolist()


def test_segment_rejects_a_table_without_text():
    with pytest.raises(ValueError, match="text"):
        segment(pd.DataFrame([{"doc_id": "a"}]))


@pytest.mark.parametrize("line,expected", [
    ("© Crown copyright 2012", True),
    ("Ofsted, Piccadilly Gate, Store Street, Manchester M1 2WD", True),
    ("Tel: 0300 123 1231", True),
    ("Social workers make good use of the telephone to keep in touch with children.", False),
    ("Caseloads are manageable.", False),
])
def test_boilerplate(line, expected):
    assert is_boilerplate(line) is expected


def test_blocks_mark_headings_and_bullets():
    kinds = [b.kind for b in find_blocks(MINUTES)]
    assert kinds[0] == "heading"
    assert kinds.count("bullet") == 2
    assert "numbered" in kinds


def test_a_wrapped_judgement_heading_names_the_section_and_is_not_a_finding():
    text = ("What needs to improve\n\n"
            "◼ Clarity in supervision records about changes to children's circumstances.\n\n"
            "The experiences and progress of children who need help and\n"
            "protection: Requires improvement to be good.\n\n"
            "1. While many of the services that keep children safe are effective, management oversight is weak.\n")
    rows = segment_document({"doc_id": "d", "file": "d.txt", "authority": "Stockton-on-Tees",
                             "doc_type": "inspection_report", "date": "2019-01-01", "text": text})
    sections = {row["text"][:20]: row["section"] for row in rows}
    assert sections["Clarity in supervisi"] == "What needs to improve"
    assert sections["While many of the se"].startswith("The experiences and progress of children who need help")
    assert not any("Requires improvement to be good" in row["text"] for row in rows)


def test_a_question_heading_with_its_footnote_number_heads_the_list_and_its_items_are_recommendations():
    """ILACS reports from 2025 set a footnote's number after "What needs to improve?" (the footnote cross-references
    the items with the national framework): the line is still the list's heading, named without the number, and
    the recommendations extracted from it are its items."""
    from pipeline.recommendations import extract_recommendations

    text = ("Leaders know their services well and have kept caseloads manageable.\n\n"
            "What needs to improve? 1\n\n"
            "◼ How quickly plans for children on the edge of care are reviewed (outcome 2, national framework).\n"
            "◼ The recording of management decisions in the duty team (enabler 1, national framework).\n\n"
            "The experiences and progress of children who need help and\n"
            "protection: good\n\n"
            "1. Families receive help early from practitioners who know them well.\n")
    document = {"doc_id": "d", "file": "d.pdf", "authority": "Stockton-on-Tees", "doc_type": "inspection_report",
                "date": "2025-10-01", "text": text}
    rows = segment_document(document)
    sections = {row["text"][:12]: row["section"] for row in rows}
    assert sections["How quickly "] == sections["The recordin"] == "What needs to improve?"
    recs = extract_recommendations(pd.DataFrame(rows), pd.DataFrame([document]))
    assert [r[:12] for r in recs["text"]] == ["How quickly ", "The recordin"]
    # a number after a heading that is no question stays part of it ("Outcome 3")
    other = "Outcome 3\n\nChildren are safe.\n"
    assert [other[b.start:b.end] for b in find_blocks(other) if b.kind == "heading"] == ["Outcome 3"]


LISTED_AREAS = """Ofsted Inspection of Children's Services

4.5     The Director summarised the inspection's findings.

·       Inspectors named several areas for improvement, which included the following:
Ø  Caseloads
Ø  Staff turnover and retention
Ø  Drift in permanence planning

Page 7
"""


def test_short_pieces_are_kept_out_of_the_findings_with_a_reason_not_dropped():
    from pipeline.furniture import LIST_LEAD_IN, SHORT
    docs = pd.DataFrame([_doc(LISTED_AREAS)])
    segments = segment(docs).segments.set_index("text")
    for item in ("Caseloads", "Staff turnover and retention", "Drift in permanence planning"):
        assert segments.at[item, "kind"] == "procedural"
        assert segments.at[item, "reason"] == SHORT
    lead_in = "Inspectors named several areas for improvement, which included the following:"
    assert segments.at[lead_in, "reason"] == LIST_LEAD_IN
    assert segments.at["Caseloads", "lead_in"] == lead_in
    # a page's number has no word to lose: still no segment
    assert "7" not in segments.index


def test_a_short_whole_sentence_is_a_finding_in_minutes_and_in_reports():
    rows = segment_document(_doc("Minutes\n\n·       Social work is focused.\n·       Caseloads have fallen.\n"))
    assert {r["text"]: r["reason"] for r in rows} == {"Social work is focused.": "", "Caseloads have fallen.": ""}
    report = {"doc_id": "r", "file": "r.pdf", "authority": "Wirral", "doc_type": "inspection_report",
              "date": "2019-07-29", "text": "Leadership\n\nStaff morale is high. Contingency planning is weak. Of this number:\n"}
    reasons = {r["text"]: r["reason"] for r in segment_document(report)}
    assert reasons["Staff morale is high."] == reasons["Contingency planning is weak."] == ""
    assert reasons["Of this number:"] != ""


@pytest.mark.parametrize("line,para_ref,text", [
    ("46.Supervision and management oversight are routinely in place.", "46",
     "Supervision and management oversight are routinely in place."),
    ("10.When children remain at risk, decisions are made to consider legal action.", "10",
     "When children remain at risk, decisions are made to consider legal action."),
    ("4.1.The service has recruited twelve permanent social workers since March.", "4.1",
     "The service has recruited twelve permanent social workers since March."),
    ("4.1 The service has recruited twelve permanent social workers since March.", "4.1",
     "The service has recruited twelve permanent social workers since March."),
    ("2.5 million pounds was added to the budget for children's social care.", "",
     "2.5 million pounds was added to the budget for children's social care."),
    ("12.30pm the panel resumed and heard from the Director of Children's Services.", "",
     "12.30pm the panel resumed and heard from the Director of Children's Services."),
])
def test_a_paragraph_number_whose_space_was_lost_is_read_as_the_paragraph_number(line, para_ref, text):
    report = {"doc_id": "r", "file": "r.pdf", "authority": "Wirral", "doc_type": "inspection_report",
              "date": "2019-07-29", "text": "Children in care\n\n" + line + "\n"}
    rows = segment_document(report)
    assert [(r["para_ref"], r["text"]) for r in rows] == [(para_ref, text)]


def test_numbered_item_title_with_its_link_is_a_heading():
    blocks = find_blocks("14 Children's Services Improvement Plan pdf icon PDF 468 KB\n\nThe Board noted the plan.\n")
    assert blocks[0].kind == "heading"


def test_page_run_together_after_a_link_is_not_one_heading():
    # a minutes page saved without its line breaks: the item's number, title and link, then everything said under it
    page = ("212 Inspection of Children's Services pdf icon PDF 85 KB Additional documents: Having considered a report "
            "by the Director, the Cabinet agreed that the improvement plan be submitted to the inspectorate. Members "
            "asked how the service would reduce caseloads in the assessment teams. The Director said that twelve "
            "new social workers had started in October and that caseloads had fallen to about eighteen children. "
            "Members were concerned that the use of agency staff remained high in the safeguarding teams.")
    blocks = find_blocks(page)
    assert [b.kind for b in blocks] != ["heading"]
    said = " ".join(row["text"] for row in segment_document(_doc(page)) if not row["reason"])
    assert "caseloads had fallen" in said and "agency staff remained high" in said


@pytest.mark.parametrize("opener, closer", [("(", ")"), ("‘", "’"), ("“", "”")])
def test_a_bracket_or_quote_opening_a_sentence_starts_that_finding_not_the_one_before(opener, closer):
    text = (f"Leaders should make sure that every child in care has a named worker who visits them. "
            f"{opener}The council accepted this at its cabinet in June.{closer} Visits are now recorded weekly.\n")
    texts = [row["text"] for row in segment_document(_doc(text))]
    assert texts[0] == "Leaders should make sure that every child in care has a named worker who visits them."
    assert texts[1] == f"{opener}The council accepted this at its cabinet in June.{closer}"
    assert texts[2] == "Visits are now recorded weekly."


PAPER = """Report to the Children's Scrutiny Panel

1. Purpose

This paper tells members how the service has answered the inspection.

2. Progress since the inspection

2.1 Every child in care now has a named worker who visits them at least every six weeks.

2.2 Agency staff make up a fifth of the workforce, down from a third.

3. The areas the inspectors asked to improve

Inspectors named three areas.

1. Quality of plans for children in need
2. Life-story work for children in long-term care
3. Help for care leavers living out of the area

RESOLVED:

1. That the panel receives a further update in March
"""


def test_a_council_papers_numbered_headings_name_sections_and_a_list_of_short_items_stays_findings():
    doc = {**_doc(PAPER), "file": "panel paper.docx", "doc_type": "scrutiny_report"}
    rows = {row["text"]: row["section"] for row in segment_document(doc)}
    assert "Progress since the inspection" not in rows
    assert rows["Every child in care now has a named worker who visits them at least every six weeks."] == \
        "Progress since the inspection"
    assert rows["Inspectors named three areas."] == "The areas the inspectors asked to improve"
    for item in ("Quality of plans for children in need", "Life-story work for children in long-term care",
                 "Help for care leavers living out of the area", "That the panel receives a further update in March"):
        assert rows[item] == "The areas the inspectors asked to improve"


def test_a_pdf_papers_numbered_lines_are_left_as_they_were():
    # (a PDF's text breaks lines where the page ran out: a short numbered line there is no sign of a heading)
    doc = {**_doc(PAPER), "file": "panel paper.pdf", "doc_type": "scrutiny_report"}
    assert "Progress since the inspection" in {row["text"] for row in segment_document(doc)}
