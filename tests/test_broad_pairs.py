"""A word cut from a sub-theme's label of two words its findings write as one phrase ("Brothers and sisters") never
stands in for an unborne part of a broad label (`pipeline.themes.broad_borne.cut_of_pair`)."""

import numpy as np

from pipeline.themes.broad_borne import cut_of_pair, parts_borne_out
from pipeline.themes.broad_fair import parts_fairly_borne
from pipeline.themes.coverage import Coverage


def _covers(texts: list[str]) -> Coverage:
    """A Coverage of one broad theme (0) holding every text, and one other theme (1) so that shares have a base."""
    others = ["The council's budget was agreed by members."] * 10
    return Coverage(texts + others, np.array([0] * len(texts) + [1] * len(others)))


# work with mothers and fathers most of all; a few on guardianship; one in six on siblings placed together; a family
# meeting written by one in twenty, so "Family meetings" is unborne
FAMILIES = (["Workers support mothers and fathers to change how they care for their baby."] * 10
            + ["Special guardianship orders are made when a relative can care for the child."] * 4
            + ["Where possible, brothers and sisters are placed together with the same carers."] * 4
            + ["A family meeting is held before any child enters care."] * 1
            + ["Contact with grandparents is kept up."] * 5)
FAMILY_CHILDREN = [("Family meetings and family therapy", 10), ("Mothers and fathers", 6),
                   ("Special guardianship orders", 4), ("Brothers and sisters", 4)]


def test_two_words_written_as_one_phrase_are_a_pair():
    covers = _covers(FAMILIES)
    assert cut_of_pair(covers, 0, "Brothers and sisters")
    assert not cut_of_pair(covers, 0, "Special guardianship orders")


def test_two_topics_written_apart_are_no_pair():
    covers = _covers(["Adoption is considered early for young children."] * 6
                     + ["Plans for permanence are made at the second review."] * 6)
    assert not cut_of_pair(covers, 0, "Adoption and permanence")


def test_an_unborne_part_never_gives_way_to_half_of_a_pair():
    covers = _covers(FAMILIES)
    said = parts_borne_out("Family meetings, fathers and special guardianship orders", covers, 0, FAMILY_CHILDREN)
    assert "Brothers" not in said and "Sisters" not in said and "sisters" not in said
    assert said == "Fathers and special guardianship orders"


def test_a_part_given_way_to_a_topic_written_apart_is_still_mended():
    texts = (["Workers support fathers to change how they care for their baby."] * 10
             + ["Special guardianship orders are made when a relative can care for the child."] * 4
             + ["Adoption is considered early for young children."] * 4
             + ["A family meeting is held before any child enters care."] * 1
             + ["Contact with grandparents is kept up."] * 5)
    children = [("Family meetings and family therapy", 10), ("Fathers", 6), ("Special guardianship orders", 4),
                ("Adoption and permanence", 4)]
    said = parts_borne_out("Family meetings, fathers and special guardianship orders", _covers(texts), 0, children)
    assert said == "Adoption, fathers and special guardianship orders"


def test_the_fair_share_step_never_gives_way_to_half_of_a_pair():
    covers = _covers(FAMILIES)
    children = [("Family therapy", 10), ("Parenting", 6), ("Special guardianship orders", 4),
                ("Brothers and sisters", 4)]
    label = "Respite breaks and special guardianship orders"  # no finding on respite breaks, none on therapy
    assert parts_fairly_borne(label, covers, 0, children) == label
