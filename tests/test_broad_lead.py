"""A broad label led by its largest sub-theme, a listing led by its best-borne part (`pipeline.themes.broad_lead`)."""

import numpy as np

from pipeline.themes.broad_lead import LEAD_BORNE, best_borne_lead, largest_first, lead_rows
from pipeline.themes.coverage import Coverage


def test_a_label_led_by_the_smaller_sub_theme_is_led_by_the_largest():
    children = [("Pathway plans", 150), ("Personal education plans", 100)]
    assert largest_first("Personal education plans and care leavers", children) == \
        "Pathway plans and personal education plans"
    # the largest's own words already said, or a label not led by the second: as it is
    assert largest_first("Pathway plans and care leavers", children) == "Pathway plans and care leavers"
    health = [("Health assessments", 190), ("Mental health", 180), ("Disabled children", 100)]
    assert largest_first("Health, including mental health", health) == "Health, including mental health"


# a broad theme (0) of twenty findings and another (1): the shares below are of theme 0's
JOINT = ["Partner agencies worked closely together in the multi-agency partnership."] * 10
MEETINGS = ["Strategy discussions were held promptly with the police."] * 2
SHARING = ["Information was shared quickly between the teams."] * 4
BUDGET = ["Members agreed the budget for the year."] * 4


def _covers(texts):
    others = ["The car park was resurfaced."] * 5
    return Coverage(texts + others, np.array([0] * len(texts) + [1] * len(others)))


def test_a_part_is_borne_by_its_words_or_the_terms_of_the_field_topic_it_names():
    covers = _covers(JOINT + MEETINGS + SHARING + BUDGET)
    assert lead_rows(covers, 0, "Strategy discussions").mean() == 2 / 20
    assert lead_rows(covers, 0, "information").mean() == 4 / 20
    # none writes "multi-agency working"; the field topic's terms (partnership, partner agencies) bear it
    assert lead_rows(covers, 0, "multi-agency working").mean() == 10 / 20


def test_a_lead_few_bear_gives_way_to_a_part_many_more_bear():
    covers = _covers(JOINT + MEETINGS + SHARING + BUDGET)
    label = "Strategy discussions, information and multi-agency working"
    assert best_borne_lead(label, covers, 0) == "Multi-agency working, strategy discussions and information"
    # a lead a quarter bear, or no part half as many again: as it is
    covers = _covers(JOINT[:4] + MEETINGS * 3 + SHARING + BUDGET)
    assert lead_rows(covers, 0, "Strategy discussions").mean() >= LEAD_BORNE
    assert best_borne_lead(label, covers, 0) == label
    covers = _covers(JOINT[:2] + MEETINGS * 2 + SHARING[:2] + BUDGET * 3)
    assert best_borne_lead(label, covers, 0) == label


def test_no_lone_generic_word_pointing_part_or_pair_leads_and_other_forms_stay():
    covers = _covers(JOINT + MEETINGS + SHARING * 3 + BUDGET[:2])
    # information (60%) is a lone generic word: the better-borne part that may lead, multi-agency working, leads
    assert lead_rows(covers, 0, "information").mean() > lead_rows(covers, 0, "multi-agency working").mean()
    assert best_borne_lead("Strategy discussions, information and multi-agency working", covers, 0) == \
        "Multi-agency working, strategy discussions and information"
    assert best_borne_lead("Strategy discussions and information", covers, 0) == \
        "Strategy discussions and information"
    for label in ("General judgements on strategy discussions and multi-agency working",
                  "Strategy discussions, including multi-agency working", "Mixed findings: strategy discussions",
                  "Social work with children and multi-agency working"):
        assert best_borne_lead(label, covers, 0) == label
    # a label to be avoided is not given
    label = "Strategy discussions, information and multi-agency working"
    assert best_borne_lead(label, covers, 0, avoid=lambda said: True) == label
