"""A broad listing's part few of its findings write, taken from a sub-theme's listing, said by that listing's other
part (`pipeline.themes.broad_child_parts`)."""

import numpy as np

from pipeline.themes.broad_child_parts import child_part_said, names_alone, other_parts
from pipeline.themes.broad_majority import FAIR
from pipeline.themes.coverage import Coverage

# a broad theme (0) of twenty findings: buying services, partners working together, a few on plans
BUYING = ["The council commissioning of short breaks was reviewed and contracts were renewed."] * 7
TOGETHER = ["Partnership with health colleagues is strong and joint work is well established."] * 11
PLANS = ["A strategic planning day was held."] * 1
ELSE = ["The building was repainted."] * 1
CHILDREN = [(("Strategic planning and commissioning",), 8), (("Partnership",), 11),
            (("Governance and accountability",), 1)]


def _covers(texts):
    others = ["The car park was resurfaced."] * 5
    return Coverage(texts + others, np.array([0] * len(texts) + [1] * len(others)))


def test_the_other_parts_of_a_sub_theme_listing():
    assert other_parts("Strategic planning and commissioning", "Strategic planning") == ["commissioning"]
    assert other_parts("Strategic planning and commissioning", "strategic planning") == ["commissioning"]
    # a listing that does not hold the part, a label of one part, a mixture: nothing to offer
    assert other_parts("Partnership and governance", "Strategic planning") == []
    assert other_parts("Partnership", "Partnership") == []
    assert other_parts("Mixed findings: strategic planning and commissioning", "Strategic planning") == []


def test_a_part_few_write_is_said_by_its_sub_theme_s_other_part():
    covers = _covers(BUYING + TOGETHER + PLANS + ELSE)
    assert 1 / 20 < FAIR <= 7 / 20
    assert child_part_said("Strategic planning and partnership", covers, 0, CHILDREN) == \
        "Commissioning and partnership"
    # in its place among three parts
    assert child_part_said("Partnership, strategic planning and joint work", covers, 0, CHILDREN) == \
        "Partnership, commissioning and joint work"


def test_a_fairly_written_part_stays():
    plans = ["A strategic planning day was held."] * 5
    covers = _covers(BUYING + TOGETHER[:8] + plans)
    assert child_part_said("Strategic planning and partnership", covers, 0, CHILDREN) == \
        "Strategic planning and partnership"


def test_no_part_to_offer_leaves_the_label():
    covers = _covers(BUYING + TOGETHER + PLANS + ELSE)
    # the part is no sub-theme's part
    others = [(("Partnership",), 9), (("Governance",), 9)]
    assert child_part_said("Strategic planning and partnership", covers, 0, others) == \
        "Strategic planning and partnership"
    # the other part is written by few as well
    few = ["The council commissioning of short breaks was reviewed."] * 1 + TOGETHER + ELSE * 8
    assert child_part_said("Strategic planning and partnership", _covers(few), 0, CHILDREN) == \
        "Strategic planning and partnership"
    # the other part is said already by another part of the label
    assert child_part_said("Strategic planning and commissioning of services", covers, 0, CHILDREN) == \
        "Strategic planning and commissioning of services"


def test_a_wording_to_be_avoided_and_other_forms_leave_the_label():
    covers = _covers(BUYING + TOGETHER + PLANS + ELSE)
    assert child_part_said("Strategic planning and partnership", covers, 0, CHILDREN,
                           avoid=lambda said: said == "Commissioning and partnership") == \
        "Strategic planning and partnership"
    for label in ("Strategic planning", "Mixed findings: strategic planning and partnership",
                  "Partnership, including strategic planning"):
        assert child_part_said(label, covers, 0, CHILDREN) == label


def test_a_part_that_points_back_or_is_one_generic_word_is_not_offered():
    assert names_alone("commissioning") and names_alone("participation of children")
    assert not names_alone("their judgements") and not names_alone("experiences")
    inspections = ["Domestic abuse cases are well managed by the team."] * 12 + \
        ["The judgements of the last inspection were reported."] * 6 + ["The earlier inspection found delay."] * 1
    covers = _covers(inspections + ELSE)
    # "their judgements" of "Earlier inspections and their judgements" says nothing alone: the label stays
    assert child_part_said("Domestic abuse and earlier inspections", covers, 0,
                           [(("Domestic abuse",), 12), (("Earlier inspections and their judgements",), 7)]) == \
        "Domestic abuse and earlier inspections"


def test_a_smaller_sub_theme_offers_no_part():
    covers = _covers(BUYING + TOGETHER + PLANS + ELSE)
    # the sub-theme listing "strategic planning" holds under a third of the broad theme: the label stays
    small = [(("Partnership",), 14), (("Strategic planning and commissioning",), 6)]
    assert 6 < 20 / 3
    assert child_part_said("Strategic planning and partnership", covers, 0, small) == \
        "Strategic planning and partnership"
    # its first-named label counts as well as its final one
    both = [(("Partnership",), 11), (("Plans", "Strategic planning and commissioning"), 9)]
    assert child_part_said("Strategic planning and partnership", covers, 0, both) == "Commissioning and partnership"
