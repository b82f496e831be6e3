"""A broad listing most of whose findings write none of its parts said with "related topics" in place of the parts few
of them write and few of its sub-themes name (`pipeline.themes.broad_related`)."""

import numpy as np

from pipeline.themes.broad_related import NAMED, UNWRITTEN, related_said
from pipeline.themes.coverage import Coverage

HELP = ["Early help for families is offered quickly by the locality teams."]
HEALTH = ["Health assessments for children are late in several cases."]
OTHER = ["The budget for the service rose this year.", "Councillors visited the new office in March.",
         "A new chair was appointed in the spring."]
LABEL = "Early help and health assessments"


def _covers(texts):
    others = ["Lunch was served in the hall."] * 4
    return Coverage(texts + others, np.array([0] * len(texts) + [1] * len(others)))


def _theme(helped: int, health: int, other: int):
    return _covers(HELP * helped + HEALTH * health + (OTHER * other)[:other])


def test_a_part_few_write_and_few_sub_themes_name_gives_way_to_related_topics():
    covers = _theme(3, 1, 6)  # 3 of 10 write early help, 1 health assessments, 6 neither
    assert 6 / 10 >= UNWRITTEN and 1 / 10 < NAMED
    children = [("Early help", 3), ("Health assessments", 1), ("Budget and office", 6)]
    assert related_said(LABEL, covers, 0, children) == "Early help and related topics"


def test_a_part_its_sub_themes_hold_a_fair_share_of_stays():
    covers = _theme(3, 1, 6)
    # a sub-theme named by the part holds 2 of 10: its findings may say it in other words
    children = [("Early help", 3), (("Health assessments", "Health needs and assessments"), 2), ("Budget", 5)]
    assert 2 / 10 >= NAMED
    assert related_said(LABEL, covers, 0, children) == LABEL


def test_a_label_whose_parts_most_findings_write_stays():
    covers = _theme(5, 1, 4)  # 4 of 10 write neither: under UNWRITTEN
    children = [("Early help", 5), ("Health assessments", 1), ("Budget", 4)]
    assert related_said(LABEL, covers, 0, children) == LABEL


def test_other_forms_no_fair_part_and_avoided_wordings_stay():
    covers = _theme(3, 1, 6)
    children = [("Early help", 3), ("Health assessments", 1), ("Budget", 6)]
    assert related_said("Early help", covers, 0, children) == "Early help"
    assert related_said("Work with families and health assessments", covers, 0, children) == \
        "Work with families and health assessments"
    # three parts: a third part is weighed by its sub-themes elsewhere
    assert related_said("Early help, placements and health assessments", covers, 0, children) == \
        "Early help, placements and health assessments"
    # a part holding an "and" itself ("brothers and sisters", a pair of words written as one)
    assert related_said("Early help, brothers and sisters", covers, 0, children) == "Early help, brothers and sisters"
    assert related_said("Fostering and health assessments", covers, 0, children) == \
        "Fostering and health assessments"
    assert related_said(LABEL, covers, 0, children, avoid=lambda said: True) == LABEL
