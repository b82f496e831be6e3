"""A broad listing that leaves out its largest sub-theme's subject and lists a part no sub-theme is on gives that part
up for the largest sub-theme's subject (`pipeline.themes.broad_borrowed`)."""

import numpy as np

from pipeline.themes.broad_borrowed import largest_over_borrowed
from pipeline.themes.coverage import Coverage


def _covers(texts: list[str]) -> Coverage:
    """A Coverage of one broad theme (0) holding every text, and one other theme (1) so that shares have a base."""
    others = ["Members agreed the annual budget for the year ahead."] * 10
    return Coverage(texts + others, np.array([0] * len(texts) + [1] * len(others)))


# a broad theme of courses for staff and of what staff learn from cases
TEXTS = (["Courses on neglect are well attended and staff say the courses help their work."] * 12
         + ["Staff learn from audits of cases, and lessons are shared in team meetings."] * 8)
CHILDREN = [("Courses", 12), ("Learning from cases", 8)]


def test_a_borrowed_part_gives_way_to_the_largest_sub_themes_subject():
    covers = _covers(TEXTS)
    # "Governance" and "oversight" name neither sub-theme; "Courses" (12 of 20) is named by no part
    said = largest_over_borrowed("Governance, oversight and learning from cases", covers, 0, CHILDREN)
    assert said == "Courses and learning from cases"


def test_a_listing_that_names_its_largest_sub_theme_keeps_a_borrowed_part():
    covers = _covers(TEXTS)
    label = "Courses and governance"
    assert largest_over_borrowed(label, covers, 0, CHILDREN) == label


def test_a_listing_whose_parts_each_name_a_sub_theme_is_left_as_it_is():
    covers = _covers(TEXTS)
    children = [("Courses", 6), ("Learning from cases", 4), ("Supervision of staff", 10)]
    label = "Courses and learning from cases"  # supervision, the largest, is left out, but nothing is borrowed
    assert largest_over_borrowed(label, covers, 0, children) == label


def test_a_largest_sub_theme_under_a_third_is_not_put_in():
    covers = _covers(TEXTS)
    children = [("Courses", 6), ("Learning from cases", 5), ("Supervision", 5), ("Appraisal", 4)]
    label = "Governance and learning from cases"
    assert largest_over_borrowed(label, covers, 0, children) == label


def test_a_subject_few_of_its_findings_write_is_not_put_in():
    # the largest sub-theme is on courses, but none of the theme's findings write the word
    texts = ["Staff learn from audits of cases, and lessons are shared in team meetings."] * 20
    label = "Governance and learning from cases"
    assert largest_over_borrowed(label, _covers(texts), 0, CHILDREN) == label


def test_other_forms_and_avoided_labels_are_left_as_they_are():
    covers = _covers(TEXTS)
    for label in ("Governance, including learning from cases", "Mixed findings, some on governance", "Governance"):
        assert largest_over_borrowed(label, covers, 0, CHILDREN) == label
    label = "Governance and learning from cases"
    assert largest_over_borrowed(label, covers, 0, CHILDREN, avoid=lambda said: True) == label


def test_a_kept_part_is_said_as_the_whole_subject_of_the_sub_theme_it_names():
    covers = _covers(TEXTS)
    children = [("Courses", 12), ("Learning and staff development", 8)]
    said = largest_over_borrowed("Governance, oversight and staff development", covers, 0, children)
    assert said == "Courses, learning and staff development"
    # a sub-theme subject that would make a fourth part is not taken whole: the kept part stays as it is
    children = [("Courses", 12), ("Learning, appraisal and staff development", 8)]
    said = largest_over_borrowed("Governance, oversight and staff development", covers, 0, children)
    assert said == "Courses and staff development"
