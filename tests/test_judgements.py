"""Ofsted judgements of every framework: layouts in small fixtures (written for these tests), and real reports of
each framework from ../shared against their labels (SIF: tests/data/sif_grades.csv, read by hand; ILACS: the
published grades in the shared manifests)."""

from pathlib import Path

import pandas as pd
import pytest

from pipeline.frameworks import framework_of, visit_type
from pipeline.judgements import extract_judgements, own_judgements
from pipeline.readers import read_document, read_text
from pipeline.report_grades import grade_number

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
# ../shared beside the checkout (or beside the folder of worktrees that holds it)
SHARED = next((p / "shared" for p in Path(__file__).resolve().parents[2:4] if (p / "shared").is_dir()),
              ROOT.parent / "shared")
needs_shared = pytest.mark.skipif(not (SHARED / "ofsted_reports_sif").is_dir(),
                                  reason="../shared/ofsted_reports_sif is not beside the checkout")
GRADES = {"outstanding": 1, "good": 2, "requires improvement": 3, "adequate": 3, "inadequate": 4}


def _docs(text, doc_type="inspection_report"):
    return pd.DataFrame([{"doc_id": "d", "authority": "Wirral", "date": "2019", "doc_type": doc_type, "text": text}])


def _grades(text, doc_type="inspection_report"):
    return own_judgements(extract_judgements(_docs(text, doc_type))).set_index("area")["grade"].to_dict()


ILACS_2019 = """Inspection of Wirral local authority children's services

Judgement Grade

The impact of leaders on social work practice with
Good
children and families

The experiences and progress of children who need help Requires improvement
and protection to be good

The experiences and progress of children in care and Requires improvement
care leavers to be good

Requires improvement
Overall effectiveness
to be good

The quality of services for children has improved in all areas since the last inspection in 2016.
"""

# The SIF summary as PDFs lay it out: an overall grade wrapped over two lines with no "are"/"is", cells wrapped
# above and below their row, a grade split over lines, and prose after the table that ends lines in "good".
SIF = """Anyshire County Council
Inspection of services for children in need of help and
protection, children looked after and care leavers
and
Review of the effectiveness of the Local Safeguarding Children
Board1
Inspection date: 2 June 2014 – 25 June 2014
Report published: 8 August 2014

Children's services in Anyshire require improvement to
be good

1. Children who need help and protection Requires
improvement
2. Children looked after and achieving
Good
permanence
2.1 Adoption performance Outstanding
Requires
2.2 Experiences and progress of care leavers
improvement to be good
3. Leadership, management and governance Inadequate

1 Ofsted produces this report under its power to combine reports.

Executive summary

When this council was last inspected, its services for looked after children were judged to be
good
and its safeguarding services adequate. Leadership, management and governance were then
inadequate

The Local Safeguarding Children Board (LSCB)

The Local Safeguarding Children Board is inadequate because:
"""


# The bullets of a SIF report's "Information about this local authority area" (written for this test): the previous
# inspections of each service, in the fixed sentence pair, wrapped as a PDF's text comes.
PREVIOUS_BULLETS = """
Information about this local authority area

 The local authority runs three children's homes. Two were judged to be good at their last inspection.
 The previous inspection of Anyshire's arrangements for the protection of
children was in October 2012. The local authority was judged to be inadequate.
 The previous inspection of Anyshire's services for looked after children was in
March 2011. The local authority was judged to be
good.
 The last inspection of Anyshire's fostering service was in June 2012. Ofsted judged that services were
adequate.
 The previous inspection of Anyshire's adoption service was in May 2010. The local authority was judged to be
satisfactory.
 The previous inspection of the local authority's services was recent. The local authority was judged to be good.
"""


def test_previous_inspection_grades_get_their_own_rows_never_the_reports():
    table = extract_judgements(_docs(SIF + PREVIOUS_BULLETS))
    own = own_judgements(table).set_index("area")["grade"].to_dict()
    assert own["children looked after and achieving permanence"] == 2
    assert own["leadership, management and governance"] == 4
    earlier = table[table["previous"] != ""].set_index("area")
    assert earlier["previous"].to_dict() == {"safeguarding": "2012-10", "looked after children": "2011-03",
                                             "fostering": "2012-06", "adoption": "2010-05"}
    assert earlier["grade"].to_dict() == {"safeguarding": 4, "looked after children": 2, "fostering": 3,
                                          "adoption": 3}
    assert set(earlier["framework"]) == {"SIF"}
    # no month stated, no row; a children's home's grade is not the authority's
    assert len(earlier) == 4


def test_previous_grades_are_only_read_from_sif_reports():
    minutes = ("Minutes of the Corporate Parenting Panel\n\nThe previous inspection of the council's services for "
               "looked after children was in May 2012. The local authority was judged to be good.\n")
    table = extract_judgements(_docs(minutes, "committee_minutes"))
    assert (table["previous"] == "").all()


def test_ilacs_table_with_wrapped_cells_before_2023():
    table = extract_judgements(_docs(ILACS_2019)).set_index("area")
    assert table["grade"].to_dict() == {"impact of leaders": 2, "help and protection": 3,
                                        "children in care and care leavers": 3, "overall effectiveness": 3}
    assert set(table["framework"]) == {"ILACS"}
    for row in table.itertuples():
        assert ILACS_2019[row.start:row.end].strip()


def test_sif_summary_with_wrapped_cells_and_the_lscb_row():
    table = extract_judgements(_docs(SIF)).set_index("area")
    assert set(table["framework"]) == {"SIF"}
    assert table["grade"].to_dict() == {
        "overall effectiveness": 3, "help and protection": 3, "children looked after and achieving permanence": 2,
        "adoption performance": 1, "care leavers": 3, "leadership, management and governance": 4,
        "local safeguarding children board": 4}
    # the previous inspection's grades in the prose ("judged to be / good") are not read as this report's
    assert table.loc["leadership, management and governance", "grade_text"] == "Inadequate"
    assert table.loc["overall effectiveness", "grade_text"].lower() == "requires improvement to be good"


def test_sif_overall_without_a_verb_in_the_older_layout():
    text = ("Anytown Council\nInspection of services for children in need of help and\nprotection, children looked "
            "after and care leavers\nInspection date: 14 January – 5 February 2014\n\nThe overall judgement is that "
            "children's services require\nimprovement\n\n1. Children who need help and protection Good\n"
            "2. Children looked after and achieving permanence Requires\nimprovement\n"
            "3. Leadership, management and governance Good\n\nThe effectiveness of the Local Safeguarding Children "
            "Board (LSCB) is\ngood.\n")
    assert _grades(text) == {"overall effectiveness": 3, "help and protection": 2,
                             "children looked after and achieving permanence": 3,
                             "leadership, management and governance": 2, "local safeguarding children board": 2}


def test_not_judged_cell_gives_no_row():
    text = ("Inspection of services for children in need of help and protection, children looked after and care "
            "leavers\n\nChildren's services in Smalltown are good\n\n1. Children who need help and protection Good\n"
            "2. Children looked after and achieving permanence Good\n2.1 Adoption performance Not judged\n"
            "2.2 Experiences and progress of care leavers Good\n3. Leadership, management and governance Good\n")
    assert "adoption performance" not in _grades(text)
    assert _grades(text)["care leavers"] == 2


def test_prose_lines_ending_in_a_grade_word_are_not_judgements():
    text = ("Inspection of Anyshire local authority children's services\n\nInspection dates: 1 to 12 May 2023\n\n"
            "Leaders have sustained a culture in which children's help and protection is\ngood\n"
            "At the last inspection, in 2019, the local authority was judged to be:\n"
            "• overall effectiveness: requires improvement\n• the impact of leaders: good\n")
    assert _grades(text) == {}


@pytest.mark.parametrize("title,kind", [
    ("Ms A Person\nDirector of Children's Services\n\nDear Ms Person\n\nFocused visit to Anyshire children's "
     "services\n\nThis letter summarises the findings of a focused visit to Anyshire children's services on 4 "
     "and 5 June 2019. The visit was carried out under the inspection of local authority children's services "
     "(ILACS) framework.", "focused_visit"),
    ("Dear Mr Person\n\nMonitoring visit to Anytown children's services\n\nThis letter summarises the findings "
     "of the fourth monitoring visit since the local authority was judged inadequate.", "monitoring_visit"),
    ("Joint targeted area inspection of the multi-agency response to children living with domestic abuse in "
     "Anyshire\n\nBetween 10 and 14 June 2019, Ofsted, the Care Quality Commission and HMI Constabulary "
     "inspected ...", "joint_targeted_area_inspection"),
])
def test_visit_letters_have_their_own_type_and_no_grades(title, kind):
    text = title + "\n\nAt the last inspection the local authority was judged to be inadequate overall.\n" \
                   "Overall effectiveness Inadequate\n"
    assert visit_type(text) == kind
    assert framework_of(text) == kind
    assert _grades(text) == {}
    from pipeline.ingest import infer_doc_type
    assert infer_doc_type(text) == kind


def test_a_report_mentioning_an_earlier_visit_is_a_report():
    assert visit_type(SIF.replace("Executive summary", "Since the focused visit to Anyshire in 2019 ...")) is None
    assert visit_type(ILACS_2019 + "The joint targeted area inspection of Wirral in 2018 found ...") is None


def test_minutes_sentence_with_several_grades():
    text = ("Both areas had been found to be 'inadequate' overall with children looked after and adoption "
            "'requiring improvement'. Nineteen recommendations had been made.")
    table = extract_judgements(_docs(text, "committee_minutes")).set_index("area")
    assert table.loc["overall effectiveness", "grade"] == 4
    assert table.loc["children in care", "grade"] == 3
    assert table.loc["adoption performance", "grade"] == 3
    assert set(table["framework"]) == {"minutes"}


def test_a_range_of_grades_said_of_several_services_is_no_grade():
    text = ("The residential homes, fostering and adoption services inspected this year are all judged good or "
            "outstanding. Adoption performance was judged good.")
    table = extract_judgements(_docs(text, "council_motion")).set_index("area")
    assert list(table.index) == ["adoption performance"]  # the second sentence's grade, one area's
    assert table.loc["adoption performance", "start"] > text.index("outstanding")
    assert extract_judgements(_docs("Fostering services were rated good or better.", "committee_minutes")).empty


def test_finding_ids_are_linked_when_a_finding_holds_the_judgement():
    text = "Services were found to be inadequate overall."
    findings = pd.DataFrame({"finding_id": ["d-0"], "doc_id": ["d"], "start": [0], "end": [len(text)]})
    table = extract_judgements(_docs(text, "committee_minutes"), findings)
    assert list(table["finding_id"]) == ["d-0"]


@pytest.mark.parametrize("text,grade", [("Outstanding", 1), ("Good", 2), ("Requires improvement to be good", 3),
                                        ("adequate", 3), ("Inadequate", 4), ("Grade 4 (inadequate)", 4),
                                        ("unknown", None)])
def test_grade_numbers(text, grade):
    assert grade_number(text) == grade


def test_no_judgements_in_plain_text():
    assert extract_judgements(_docs("Social workers visit children regularly.")).empty


def test_2012_grade_lines_per_service():
    text = ("Inspection of safeguarding and looked after children services\n\nSafeguarding services\n\n"
            "Overall effectiveness\n\nGrade 4 (inadequate)\n\n1. The overall effectiveness of safeguarding services "
            "is inadequate.\n\nServices for looked after children\n\nOverall effectiveness\n\nGrade 3 (adequate)\n")
    table = extract_judgements(_docs(text)).set_index("area")
    assert table.loc["overall effectiveness (help and protection)", "grade"] == 4
    assert table.loc["overall effectiveness (children in care)", "grade"] == 3


def test_real_2023_framework_report_agrees_with_its_published_grades():
    table = extract_judgements(_docs(read_text(CORPUS / "wirral_2024-feb-02.pdf"))).set_index("area")["grade"]
    assert table.to_dict() == {"impact of leaders": 3, "help and protection": 3, "children in care": 3,
                               "care leavers": 3, "overall effectiveness": 3}


# --- real reports of every framework in ../shared --------------------------------------------------------------

def _sif_labels() -> pd.DataFrame:
    return pd.read_csv(ROOT / "tests" / "data" / "sif_grades.csv", comment="#", dtype=str)


# layouts: "require improvement to be good" wrapped (Bedford), "The overall judgement is" with the LSCB in the
# header (Birmingham, Derbyshire), "Requires / Improvement" cells above and below rows (Southampton, East Sussex),
# "requires improvement to / be good" (Buckinghamshire, North Somerset), "Not judged" (City of London), a
# mis-numbered row (Wirral), "... because:" LSCB headline (Manchester), looked after children 2013 (Kent, Medway)
SIF_FILES = ["bedford_2017-apr-07.pdf", "birmingham_2014-may-23.pdf", "derbyshire_2014-feb-11.pdf",
             "southampton_2014-sep-15.pdf", "east-sussex_2014-mar-21.pdf", "buckinghamshire_2018-jan-29.pdf",
             "north-somerset_2017-aug-25.pdf", "london-corporation_2016-sep-20.pdf", "wirral_2016-sep-20.pdf",
             "manchester_2014-sep-03.pdf", "kent_2013-aug-23.pdf", "medway_2013-aug-23.pdf"]


def _shared_path(file: str) -> Path:
    for folder in ("ofsted_reports_sif", "authority_reports", "ofsted_reports"):
        if (SHARED / folder / file).exists():
            return SHARED / folder / file
    raise FileNotFoundError(file)


@needs_shared
@pytest.mark.parametrize("file", SIF_FILES)
def test_real_sif_era_reports_agree_with_the_hand_labels(file):
    labels = _sif_labels()
    expected = labels[labels["file"] == file]
    read = read_document(_shared_path(file))
    table = own_judgements(extract_judgements(_docs(read.text)))
    assert set(table["framework"]) == set(expected["framework"])
    assert table.set_index("area")["grade"].to_dict() == {a: GRADES[g] for a, g in zip(expected["area"],
                                                                                          expected["grade"])}


def _ilacs_expected(entry) -> dict:
    apart = entry["care_leavers"] in GRADES
    areas = {"overall": "overall effectiveness", "leaders": "impact of leaders",
             "help_protection": "help and protection",
             "in_care": "children in care" if apart else "children in care and care leavers",
             "care_leavers": "care leavers"}
    return {area: GRADES[entry[column]] for column, area in areas.items() if entry[column] in GRADES}


# standard before 2023, short before 2023, standard and short from 2023 (care leavers graded apart)
ILACS_FILES = ["blackpool_2019-jan-17.pdf", "cornwall_2019-nov-05.pdf", "bedford_2022-jan-14.pdf",
               "bexley_2023-mar-24.pdf", "bolton_2023-oct-27.pdf", "manchester_2025-nov-11.pdf"]


@needs_shared
@pytest.mark.parametrize("file", ILACS_FILES)
def test_real_ilacs_reports_agree_with_their_published_grades(file):
    manifest = pd.read_csv(SHARED / "ofsted_reports" / "manifest.csv", dtype=str, keep_default_na=False)
    entry = manifest.set_index("file").loc[file]
    table = extract_judgements(_docs(read_text(SHARED / "ofsted_reports" / file)))
    assert set(table["framework"]) == {"ILACS"}
    assert table.set_index("area")["grade"].to_dict() == _ilacs_expected(entry)


def test_child_protection_2012_headline_sentences():
    text = ("Inspection of local authority arrangements for the protection of children\n\nAnyshire County Council\n\n"
            "Inspection dates: 11 – 20 March 2013\n\nThe inspection judgements\n\n"
            "10. The overall effectiveness of arrangements to protect children in Anyshire is inadequate. Most "
            "children at risk are identified.\n\n"
            "20. The effectiveness of the help and protection provided to children, young people, families and "
            "carers is adequate.\n\n30. The quality of practice is inadequate.\n\n"
            "40. The quality of leadership and governance is adequate.\n\n"
            "41. Managers said the support from the board had been good.\n")
    table = extract_judgements(_docs(text))
    assert set(table["framework"]) == {"child protection 2012-2013"}
    assert table.set_index("area")["grade"].to_dict() == {"overall effectiveness": 4, "help and protection": 3,
                                                          "quality of practice": 4, "leadership and governance": 3}


def test_sif_rows_with_each_grade_on_the_lines_below():
    # the layout other PDF readers give: every cell on its own line under its row
    text = ("Inspection of services for children in need of help and protection, children looked after and care "
            "leavers\n\nThe overall judgement is that children's services require\nimprovement\n\n"
            "1. Children who need help and protection\nRequires\nImprovement\n"
            "2. Children looked after and achieving\npermanence\nGood\n2.1 Adoption performance\nGood\n"
            "2.2 Experiences and progress of care leavers\nRequires\nImprovement\n"
            "3. Leadership, management and governance\nInadequate\n1\nOfsted produces this report under its power "
            "to combine reports in accordance with the Act.\n")
    assert _grades(text) == {"overall effectiveness": 3, "help and protection": 3,
                             "children looked after and achieving permanence": 2, "adoption performance": 2,
                             "care leavers": 3, "leadership, management and governance": 4}


def test_a_council_record_about_a_visit_is_not_the_visit_letter():
    minutes = ("Children's Services Scrutiny Committee\n\nMinutes of the meeting held on 4 March 2020\n\nPresent: "
               "Councillors A, B and C\n\n5. Focused visit to Anyshire children's services\n\nThe Director reported "
               "the findings of the focused visit in January.\n")
    assert visit_type(minutes) is None
    letter = ("Ofsted\nPiccadilly Gate\n\n26 July 2019\n\nMs A Person\nDirector of Children's Services\n\nDear Ms "
              "Person\n\nThis letter summarises the findings of the third monitoring visit to Anytown children's "
              "services on 2 and 3 July 2019.\n")
    assert visit_type(letter) == "monitoring_visit"


def test_a_footnote_mark_between_row_and_grade_is_not_a_grade():
    text = ("Inspection of services for children in need of help and protection, children looked after and care "
            "leavers\n\nChildren's services in Anytown are good\n\n1. Children who need help and protection Good\n"
            "2. Children looked after and achieving permanence Good\n3. Leadership, management and governance 1\n"
            "Outstanding\n1 Ofsted produces this report under its power to combine reports.\n")
    assert _grades(text)["leadership, management and governance"] == 1


def test_a_letter_may_speak_of_an_agenda_and_a_panel():
    letter = ("Dear Ms Person\n\nMonitoring visit to Anytown children's services\n\nThis letter summarises the "
              "findings of the monitoring visit on 2 and 3 July 2019. Leaders have kept the improvement agenda in "
              "view, and the corporate parenting panel now receives regular reports.\n")
    assert visit_type(letter) == "monitoring_visit"


def _council(text, date, doc_type="committee_minutes"):
    frame = _docs(text, doc_type).assign(date=date)
    return extract_judgements(frame).set_index("area")


def test_council_sentence_with_the_same_grade_in_every_separate_judgement():
    text = ("The director reported on the inspection. Overall effectiveness had been judged to require improvement "
            "to be good, as had each of the separate judgements. Members asked about staffing.")
    since_2023 = _council(text, "2025-02-11")
    assert since_2023["grade"].to_dict() == {"overall effectiveness": 3, "impact of leaders": 3,
                                             "help and protection": 3, "children in care": 3, "care leavers": 3}
    assert set(since_2023["framework"]) == {"minutes"} and (since_2023["previous"] == "").all()
    # before 2023 children in care and care leavers were one judgement; in 2018 the framework is not known
    assert set(_council(text, "2021-06").index) == {"overall effectiveness", "impact of leaders",
                                                    "help and protection", "children in care"}
    assert list(_council(text, "2018").index) == ["overall effectiveness"]
    # without the closing words, the one area named
    assert list(_council(text.replace(", as had each of the separate judgements", ""), "2025").index) == [
        "overall effectiveness"]


def test_council_sentence_naming_what_inspectors_judged_after_the_verb():
    motion = ("This council notes that inspectors visited in the spring of 2021 and judged them to require "
              "improvement to be good overall. A member added that inspectors had judged the support given to care "
              "leavers to be outstanding, and the leader spoke.")
    table = _council(motion, "2021-09", "council_motion")
    assert table["grade"].to_dict() == {"overall effectiveness": 3, "care leavers": 1}
    assert set(table["framework"]) == {"council_motion"}
    # "found that ..." states a finding, not a grade
    assert _council("Inspectors found that children in care were good at saying what they wanted.", "2021").empty


@pytest.mark.parametrize("sentence", [
    "The aim is for help and protection to be judged good at the next inspection.",
    "Our ambition is that services for care leavers will be rated outstanding.",
    "The plan sets out how the council can be judged good overall within two years.",
    "The service had not been rated good overall because progress was too recent.",
    "In 2016 children in care had been judged inadequate, and much has changed.",
    "At the previous inspection help and protection was judged to be good.",
    "Overall effectiveness was judged inadequate four years ago.",
    "The council's fostering service was judged to be good overall by the regulator.",
    "Two of the borough's schools were rated outstanding overall this year.",
])
def test_council_sentences_that_state_no_grade_of_this_inspection(sentence):
    assert _council("Members discussed the report. " + sentence, "2022-05-04").empty


def test_council_sentence_with_several_areas_before_the_verb():
    text = ("At the inspection leaders and help and protection were both 'good', while care leavers and children "
            "looked after were judged to be 'inadequate'. Overall, fostering was rated good.")
    table = _council(text, "2016-03")
    # the first clause has no verb of judging, so its areas have no grade here; the second names two areas
    assert table["grade"].to_dict() == {"care leavers": 4, "children in care": 4}


# A re-inspection report's bullets on the inspection before it: a lead-in naming that inspection, then one line per
# area (a bullet before each, a grade wrapping onto the next line).
REINSPECTION_LIST = """
Previous Ofsted inspections
\uf06e The council runs two children's homes, both judged to be good at their latest inspections.
\uf06e The last inspection report for the local authority's children's services was
published in March 2016. The judgements for the local authority were:
\uf06e overall effectiveness: Inadequate
\uf06e children who need help and protection: Inadequate
\uf06e children looked after and achieving permanence: Requires improvement to
be good
\uf02d adoption performance: Good
\uf02d experiences and progress of care leavers: Requires improvement to be
good
\uf06e leadership, management and governance: Inadequate.
\uf06e Ofsted made three monitoring visits after that inspection.
"""


def test_a_listed_earlier_inspection_gives_one_previous_row_per_area():
    table = extract_judgements(_docs(SIF + REINSPECTION_LIST))
    earlier = table[table["previous"] != ""]
    assert set(earlier["previous"]) == {"2016-03"}
    assert earlier.set_index("area")["grade"].to_dict() == {
        "overall effectiveness": 4, "help and protection": 4, "children looked after and achieving permanence": 3,
        "adoption performance": 2, "care leavers": 3, "leadership, management and governance": 4}
    assert earlier["area"].is_unique
    wrapped = earlier.set_index("area").loc["care leavers"]
    assert wrapped["grade_text"].lower() == "requires improvement to be good"
    assert (SIF + REINSPECTION_LIST)[wrapped["start"]:wrapped["end"]].rstrip().endswith("good")
    # the report's own grades are untouched by the list
    own = own_judgements(table).set_index("area")["grade"].to_dict()
    assert own == _grades(SIF)


def test_a_list_without_a_lead_in_naming_an_inspection_gives_no_previous_row():
    plain = "\nThe judgements for the local authority were:\n\uf06e overall effectiveness: Inadequate\n"
    table = extract_judgements(_docs(SIF + plain))
    assert (table["previous"] == "").all()


def test_a_combined_earlier_grade_beside_its_separate_services_is_not_counted_again():
    combined = ("\n12. The last inspection of Anyshire's safeguarding arrangements and looked after children was in "
                "April 2011. The local authority was judged to be adequate for both services.\n")
    separate = ("\n\uf06e The previous inspection of Anyshire's safeguarding arrangements was in April 2011. The "
                "local authority was judged to be adequate.\n\uf06e The previous inspection of Anyshire's services "
                "for looked after children was in April 2011. The local authority was judged to be adequate.\n")
    both = extract_judgements(_docs(SIF + combined + separate))
    earlier = both[both["previous"] != ""]
    assert sorted(earlier["area"]) == ["looked after children", "safeguarding"]
    # said alone, the combined grade is the inspection's one statement: kept
    alone = extract_judgements(_docs(SIF + combined))
    assert alone.loc[alone["previous"] != "", "area"].tolist() == ["safeguarding and looked after children"]
    # the separate services of another inspection do not hide it
    other = separate.replace("April 2011", "May 2013")
    mixed = extract_judgements(_docs(SIF + combined + other))
    assert sorted(mixed.loc[mixed["previous"] != "", "area"]) == [
        "looked after children", "safeguarding", "safeguarding and looked after children"]


def test_an_earlier_ofsted_inspection_of_a_service_said_of_the_service():
    text = ("\n30. The last Ofsted inspection of Anyshire's fostering service was undertaken in October 2012. The "
            "service was judged to be good. Its carers are now fewer.\n")
    earlier = extract_judgements(_docs(SIF + text))
    earlier = earlier[earlier["previous"] != ""]
    assert earlier[["area", "previous", "grade"]].values.tolist() == [["fostering", "2012-10", 2]]


def test_an_earlier_inspection_said_in_one_sentence_or_as_a_follow_up():
    text = ("\n34. The local authority's adoption service was inspected in February 2013 and was judged to be "
            "adequate. Most of its actions are done.\n\uf06e A follow-up inspection of the local authority's "
            "arrangements for the protection of children took place in June 2012. The local authority was judged "
            "to be good.\n\uf06e The local authority's children's home was inspected in May 2014 and was judged to "
            "be good.\n")
    table = extract_judgements(_docs(SIF + text))
    earlier = table[table["previous"] != ""].sort_values("previous")
    assert earlier[["area", "previous", "grade"]].values.tolist() == [["safeguarding", "2012-06", 2],
                                                                       ["adoption", "2013-02", 3]]
