"""Two broad labels a reader cannot tell apart, told apart by what sets the weaker-claimed one's findings apart
(`pipeline.themes.broad_twins`)."""

import numpy as np

from pipeline.themes.broad_twins import apart, claim, listed, twins, twins_told_apart
from pipeline.themes.coverage import Coverage


def test_near_twins_are_found():
    assert twins("Multi-agency working and partner agencies", "Multi-agency working and partnership")
    assert twins("Partnership and multi-agency working", "Multi-agency working and partnership")
    assert twins("Adoption, various aspects", "Adopters")
    assert twins("Children in care and health", "Health and children looked after")


def test_labels_with_subjects_of_their_own_are_no_twins():
    assert not twins("Care leavers and accommodation", "Care leavers and personal advisers")
    assert not twins("Risk to children", "Risk of exploitation and child sexual exploitation")
    assert not twins("Commissioning, partnership and multi-agency working", "Multi-agency working and partner agencies")
    assert not twins("Permanence", "Permanence, timeliness and delay")  # one part against a listing
    # figures and mixtures, and a label beside itself
    assert not twins("Statistics on schools", "Statistics on schools and attainment")
    assert not twins("Mixed findings: adoption and adopters", "Adoption")
    assert not twins("Adoption", "Adoption")


def test_what_a_reader_reads_a_label_by():
    assert listed("Education, including virtual school") == ["Education"]
    assert listed("Multi-agency working and partnership") == ["Multi-agency working", "partnership"]
    assert listed("Statistics: changes over time") == []


# broad theme 0: agencies working together in the hub; broad theme 1: partners, and commissioning of services
HUB = ["Multi-agency working in the safeguarding hub is effective and partner agencies share information."] * 10
JOINT = ["Partnership working is strong and the multi-agency working group meets monthly."] * 6
BUYING = ["Commissioning of short breaks is effective and partnership with providers is strong."] * 4
ELSE = ["The building was repainted."] * 2
CHILDREN = {0: ["Multi-agency working", "Partner agencies"],
            1: ["Strategic planning and commissioning", "Partnership", "Multi-agency working, further findings"]}


def _covers():
    texts = HUB + JOINT + BUYING + ELSE
    return Coverage(texts, np.array([0] * len(HUB) + [1] * (len(JOINT) + len(BUYING) + len(ELSE))))


def test_the_weaker_claimed_twin_is_led_by_what_sets_it_apart():
    covers = _covers()
    a, b = "Multi-agency working and partner agencies", "Multi-agency working and partnership"
    assert claim(a, covers, 0) == 1.0 and claim(b, covers, 1) == 10 / 12
    assert apart(b, a, covers, 1, 0, CHILDREN[1]) == "Commissioning, multi-agency working and partnership"
    told = twins_told_apart({0: a, 1: b}, covers, CHILDREN)
    assert told == {0: a, 1: "Commissioning, multi-agency working and partnership"}
    assert not twins(told[0], told[1])


def test_twins_stay_when_nothing_sets_them_apart_or_the_wording_is_taken():
    covers = _covers()
    a, b = "Multi-agency working and partner agencies", "Multi-agency working and partnership"
    # no sub-theme part the weaker one's findings write more than the other's
    assert twins_told_apart({0: a, 1: b}, covers, {0: CHILDREN[0], 1: ["Partnership"]}) == {0: a, 1: b}
    # the wording is another theme's label
    taken = {"Commissioning, multi-agency working and partnership"}
    assert twins_told_apart({0: a, 1: b}, covers, CHILDREN, taken=taken) == {0: a, 1: b}


def test_labels_that_are_no_twins_are_left():
    covers = _covers()
    labels = {0: "Multi-agency working and partner agencies", 1: "Commissioning and partnership"}
    assert twins_told_apart(labels, covers, CHILDREN) == labels
