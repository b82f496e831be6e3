"""A broad listing over a catch-all of general statements is said to be general judgements on its parts
(`pipeline.themes.broad_general`)."""

import numpy as np

from pipeline.themes.broad_general import catch_all, general_over_listing
from pipeline.themes.coverage import Coverage


def _covers(texts: list[str]) -> Coverage:
    """A Coverage of one broad theme (0) holding every text, and one other theme (1) so that shares have a base."""
    others = ["Members agreed the annual budget for the year ahead."] * 10
    return Coverage(texts + others, np.array([0] * len(texts) + [1] * len(others)))


# general statements on the service as a whole, none in the words of a field topic, a fifth on early help
GENERAL = (["The offer is good and is well regarded across the borough."] * 6
           + ["Services have become stronger over the last two years."] * 5
           + ["Staff are proud to work here and say so."] * 5
           + ["Early help is given quickly to those who need it."] * 4)
# five sub-themes, the largest 6 of 20 (under a third)
SPREAD = [("Offer", 6), ("Stronger services", 5), ("Pride", 4), ("Early help", 3), ("Children in care", 2)]


def test_a_listing_over_a_catch_all_is_said_to_be_general_judgements_on_its_borne_parts():
    covers = _covers(GENERAL)
    assert catch_all(covers, 0, SPREAD)
    said = general_over_listing("Early help and the offer", covers, 0, SPREAD)
    assert said == "General judgements on early help and the offer"
    # a part no finding is on is not said
    said = general_over_listing("Early help, the offer and children in care", covers, 0, SPREAD)
    assert said == "General judgements on early help and the offer"


def test_a_listing_none_of_whose_parts_are_borne_is_said_by_its_people_or_stays():
    label = "Adoption and children in care"
    # no part borne, no noun or people half of them write: all its parts, as before
    said = general_over_listing(label, _covers(GENERAL), 0, SPREAD)
    assert said == "General judgements on adoption and children in care"
    # the same statements, most of them said of children
    texts = [text.replace("across the borough", "by children").replace("to those", "to children")
             .replace("over the last two years", "for children") for text in GENERAL]
    covers = _covers(texts)
    assert catch_all(covers, 0, SPREAD)
    assert general_over_listing(label, covers, 0, SPREAD) == "General judgements on work with children"


def test_a_sub_theme_of_a_third_or_more_is_no_catch_all():
    covers = _covers(GENERAL)
    children = [("Offer", 7), ("Stronger services", 5), ("Pride", 5), ("Early help", 3)]  # 7 of 20
    assert not catch_all(covers, 0, children)
    label = "Early help and children in care"
    assert general_over_listing(label, covers, 0, children) == label


def test_a_field_topic_a_fifth_of_its_findings_write_is_no_catch_all():
    # a fifth of the findings now write of senior leaders (a field topic's words), the rest as before
    texts = ["Senior leaders know the service well and act on what they learn."] * 4 + GENERAL[4:]
    covers = _covers(texts)
    assert not catch_all(covers, 0, SPREAD)
    label = "Early help and children in care"
    assert general_over_listing(label, covers, 0, SPREAD) == label


def test_other_forms_and_avoided_labels_are_left_as_they_are():
    covers = _covers(GENERAL)
    for label in ("Early help", "Early help, including children in care", "Mixed findings: early help and pride",
                  "General judgements on work with children and early help", "Statistics on offer and pride",
                  "Assorted statistics, some on changes over time", "Early, late and other help"):
        assert general_over_listing(label, covers, 0, SPREAD) == label
    label = "Early help and the offer"
    assert general_over_listing(label, covers, 0, SPREAD, avoid=lambda said: True) == label
    # a theme that is not there, or has no sub-themes, is no catch-all
    assert general_over_listing(label, covers, 5, SPREAD) == label
    assert general_over_listing(label, covers, 0, []) == label


def test_a_part_that_is_itself_general_judgements_is_said_under_one_opening():
    covers = _covers(GENERAL)
    said = general_over_listing("Early help, general judgements on the offer and stronger services", covers, 0, SPREAD)
    assert said == "General judgements on early help, the offer and stronger services"
    assert said.lower().count("general judgements on") == 1
