"""Broad labels said for the broad theme's whole content (`pipeline.themes.broad_whole`): placeholders filled by the
parts its findings are on, a subject said by the kinds of it its sub-themes name, a listing with a part few findings
are on said by its subject and the parts they are on."""

import numpy as np

from pipeline.themes.broad_whole import (aspects_reserved, kinds_of_subject, placeholder_filled)
from pipeline.themes.coverage import Coverage


def _covers(texts: list[str]) -> Coverage:
    """A Coverage of one broad theme (0) holding every text, and one other theme (1) so that shares have a base."""
    others = ["The council's budget was agreed by members."] * 10
    return Coverage(texts + others, np.array([0] * len(texts) + [1] * len(others)))


PLACEMENTS = (["Placements are made quickly when children come into care."] * 10
              + ["Placement stability has improved for most children."] * 6
              + ["The sufficiency of local placements is a concern for leaders."] * 3
              + ["Children are involved in choosing where they live."] * 1)
PLACEMENT_CHILDREN = [("Placements and sufficiency", 10), ("Placement stability, moves and choice", 10)]


def test_a_placeholder_is_filled_by_the_parts_its_findings_are_on():
    covers = _covers(PLACEMENTS)
    # stability 6 of 20, sufficiency 3 of 20; moves and choice nobody writes: not named
    assert placeholder_filled("Placements, various aspects", covers, 0, PLACEMENT_CHILDREN) == \
        "Placements, including stability and sufficiency"


def test_a_placeholder_whose_subject_few_findings_write_stays():
    covers = _covers(["Children are involved in choosing where they live."] * 18
                      + ["Placement stability has improved."] * 2)
    assert placeholder_filled("Placements, various aspects", covers, 0, PLACEMENT_CHILDREN) == \
        "Placements, various aspects"


def test_a_placeholder_names_one_part_when_two_are_not_to_be_given():
    covers = _covers(PLACEMENTS)
    said = placeholder_filled("Placements, various aspects", covers, 0, PLACEMENT_CHILDREN,
                              avoid=lambda label: label.endswith("and sufficiency"))
    assert said == "Placements, including stability"


ASSESSMENTS = (["Assessments are thorough and analyse the history of the family."] * 14
               + ["Initial health assessments for children in care are not timely."] * 4
               + ["The quality of assessments varies between teams."] * 2)
ASSESSMENT_CHILDREN = [("Quality of assessments", 14), ("Health assessments", 4),
                       ("Statistics on children identified through assessment", 2)]


def test_related_topics_said_with_a_kind_of_the_subject_not_with_how_well():
    covers = _covers(ASSESSMENTS)
    # "Quality of assessments" says how well, not what; figures name no part
    assert placeholder_filled("Assessments and related topics", covers, 0, ASSESSMENT_CHILDREN) == \
        "Assessments, including health assessments"


def test_a_kind_fewer_than_one_in_ten_findings_write_is_no_part():
    covers = _covers(ASSESSMENTS[:14] + ["Assessments are completed on time."] * 5 + ASSESSMENTS[14:15])
    assert placeholder_filled("Assessments and related topics", covers, 0, ASSESSMENT_CHILDREN) == \
        "Assessments and related topics"


PROTECTION = (["Child protection plans are specific and reviewed on time."] * 10
              + ["Child protection conferences are well attended by partners."] * 6
              + ["The child death overview panel meets monthly."] * 3
              + ["Child protection enquiries are thorough."] * 1)
PROTECTION_CHILDREN = [("Child protection plans", 10), ("Child protection conferences", 6),
                       ("Child death overview panels", 3), ("Child protection enquiries", 1)]


def test_a_wide_subject_is_said_by_the_kinds_of_it_its_sub_themes_are_on():
    covers = _covers(PROTECTION)
    # enquiries: 1 in 20, no part
    assert kinds_of_subject("Child protection", covers, 0, PROTECTION_CHILDREN) == \
        "Child protection plans and conferences"


def test_kinds_held_by_under_half_of_it_leave_the_subject():
    covers = _covers(PROTECTION)
    children = [("Child protection plans", 4), ("Child protection conferences", 3), ("Child death overview panels", 13)]
    assert kinds_of_subject("Child protection", covers, 0, children) == "Child protection"


def test_kinds_that_leave_out_its_largest_sub_theme_leave_the_subject():
    # the kinds hold exactly half of it, but its largest sub-theme is on harm in general, no kind of the subject
    texts = (["Child protection plans are specific and reviewed on time."] * 6
             + ["Child protection conferences are well attended by partners."] * 4
             + ["Workers recognise the harm children face and act on it."] * 10)
    children = [("Harm and responses to it", 10), ("Child protection plans", 6), ("Child protection conferences", 4)]
    assert kinds_of_subject("Child protection", _covers(texts), 0, children) == "Child protection"
    # the same findings, the kinds' sub-themes the larger: said by its kinds
    larger = [("Harm and responses to it", 6), ("Child protection plans", 10), ("Child protection conferences", 4)]
    assert kinds_of_subject("Child protection", _covers(texts), 0, larger) == "Child protection plans and conferences"


def test_a_listing_is_not_said_by_kinds():
    covers = _covers(PROTECTION)
    assert kinds_of_subject("Child protection and panels", covers, 0, PROTECTION_CHILDREN) == \
        "Child protection and panels"


IN_CARE = (["Children in care are visited regularly by their social workers."] * 8
           + ["Children looked after say their views are heard and their wishes and feelings recorded."] * 6
           + ["Life story work helps children in care understand their history."] * 4
           + ["Decisions for children in care are made without delay."] * 2)
IN_CARE_CHILDREN = [("Children in care", 8), ("Voice and participation of children", 6), ("Life story", 4),
                    ("Timeliness and delay", 2)]


def test_only_placeholders_reserve_the_aspect_labels_of_sub_themes():
    covers = Coverage(["The quality of assessments is good."] * 10 + ["Plans are clear."] * 10,
                      np.array([0] * 10 + [1] * 10))
    assert aspects_reserved(covers, {1: "Plans"}) == set()
    assert all(label.islower() for label in aspects_reserved(covers, {0: "Assessments, various aspects"}))
