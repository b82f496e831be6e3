"""A broad listing none of whose parts most of its findings write said first by the noun most of them do write
(`pipeline.themes.broad_majority.word_said`)."""

import numpy as np

from pipeline.themes.broad_majority import FAIR, MAJORITY, part_shares, word_said
from pipeline.themes.coverage import Coverage

# a broad theme (0) of twenty findings: reviews of three kinds, complaints and one other thing
OFFICERS = ["Independent reviewing officers visit children between their reviews."] * 5
LEARNING = ["Serious case reviews are used to learn lessons across agencies."] * 6
CHILDREN = ["Children's reviews take place on time and plans are updated."] * 4
COMPLAINTS = ["Complaints from parents are answered quickly."] * 3
PANEL = ["The panel met every month."] * 2


def _covers(texts):
    others = ["The car park was resurfaced.", "Staff morale was high.", "The budget was balanced.",
              "Schools reported more exclusions.", "Foster carers were trained."] * 8
    return Coverage(texts + others, np.array([0] * len(texts) + [1] * len(others)))


def test_a_grab_bag_is_said_by_the_noun_most_of_its_findings_write():
    covers = _covers(OFFICERS + LEARNING + CHILDREN + COMPLAINTS + PANEL)
    shares = dict(part_shares("Independent reviewing officers and complaints", covers, 0))
    assert shares == {"Independent reviewing officers": 5 / 20, "complaints": 3 / 20}
    assert max(shares.values()) < MAJORITY and min(shares.values()) >= FAIR
    assert word_said("Independent reviewing officers and complaints", covers, 0) == \
        "Reviews, independent reviewing officers and complaints"
    # that wording not free: as it is
    assert word_said("Independent reviewing officers and complaints", covers, 0, avoid=lambda said: True) == \
        "Independent reviewing officers and complaints"


def test_a_part_few_findings_write_is_left_out_beside_the_noun():
    covers = _covers(OFFICERS + LEARNING + CHILDREN + COMPLAINTS[:2] + PANEL * 2)
    assert 2 / 21 < FAIR
    assert word_said("Independent reviewing officers and complaints", covers, 0) == \
        "Reviews and independent reviewing officers"


def test_a_listing_whose_part_names_the_noun_stays():
    covers = _covers(OFFICERS + LEARNING + CHILDREN + COMPLAINTS + PANEL)
    # "reviews" is the head of "Learning reviews": the listing says what most of them share
    assert word_said("Learning reviews and complaints", covers, 0) == "Learning reviews and complaints"


def test_no_shared_noun_or_a_majority_part_leaves_the_label():
    # no noun half of them write: a grab-bag with nothing to say it by stays as it is
    covers = _covers(OFFICERS[:3] + LEARNING[:3] + COMPLAINTS * 3 + PANEL * 3 + ["Staff morale was high."] * 2)
    assert word_said("Independent reviewing officers and complaints", covers, 0) == \
        "Independent reviewing officers and complaints"
    # a part most of them write: `majority_said`'s, not this
    covers = _covers(OFFICERS * 3 + LEARNING + COMPLAINTS)
    assert word_said("Independent reviewing officers and complaints", covers, 0) == \
        "Independent reviewing officers and complaints"


def test_other_forms_are_left_as_they_are():
    covers = _covers(OFFICERS + LEARNING + CHILDREN + COMPLAINTS + PANEL)
    for label in ("Independent reviewing officers", "General judgements on independent reviewing officers and "
                  "complaints", "Independent reviewing officers, including complaints"):
        assert word_said(label, covers, 0) == label
