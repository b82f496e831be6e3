"""A broad listing with a majority part said without the parts few of its findings write
(`pipeline.themes.broad_majority`)."""

import numpy as np

from pipeline.themes.broad_majority import FAIR, MAJORITY, majority_said, part_shares
from pipeline.themes.coverage import Coverage

# a broad theme (0) of twenty findings, another (1) of five
LEAVERS = ["Care leavers are helped to find work and to manage their money."] * 15
ROOMS = ["Young people who have left care live in suitable accommodation."] * 2
OTHER = ["The panel met every month to agree the plan."] * 3


def _covers(texts):
    others = ["The car park was resurfaced."] * 5
    return Coverage(texts + others, np.array([0] * len(texts) + [1] * len(others)))


def test_a_part_is_weighed_by_the_findings_that_write_it():
    shares = dict(part_shares("Care leavers and accommodation", _covers(LEAVERS + ROOMS + OTHER), 0))
    assert shares == {"Care leavers": 15 / 20, "accommodation": 2 / 20}
    # no listing: nothing to weigh
    assert part_shares("Care leavers", _covers(LEAVERS + ROOMS + OTHER), 0) == []


def test_a_part_few_findings_write_beside_a_majority_part_is_left_out():
    covers = _covers(LEAVERS + ROOMS + OTHER)
    assert 2 / 20 < FAIR and 15 / 20 >= MAJORITY
    assert majority_said("Care leavers and accommodation", covers, 0) == "Care leavers"
    # that label taken (a sub-theme's): the field topic that says the part whole, when most of the findings write it
    assert majority_said("Care leavers and accommodation", covers, 0,
                         avoid=lambda said: said == "Care leavers") == "Support for care leavers"
    # nothing free: as it is
    assert majority_said("Care leavers and accommodation", covers, 0, avoid=lambda said: True) == \
        "Care leavers and accommodation"


def test_a_part_a_fair_share_writes_stays():
    rooms = ["Young people who have left care live in suitable accommodation."] * 5
    covers = _covers(LEAVERS[:12] + rooms + OTHER)
    assert majority_said("Care leavers and accommodation", covers, 0) == "Care leavers and accommodation"


def test_with_no_majority_part_the_listing_stays():
    # a grab-bag: the best part is written by under half, so leaving a part out would name a minority
    covers = _covers(LEAVERS[:8] + ROOMS + OTHER * 3 + ["Staff morale was high."])
    shares = dict(part_shares("Care leavers and accommodation", covers, 0))
    assert shares["Care leavers"] < MAJORITY and shares["accommodation"] < FAIR
    assert majority_said("Care leavers and accommodation", covers, 0) == "Care leavers and accommodation"


def test_of_three_parts_the_unfair_one_goes_and_the_rest_keep_their_order():
    panels = ["The panel met every month to agree the plan for care leavers."] * 4
    covers = _covers(LEAVERS[:14] + panels + ROOMS)
    assert majority_said("Care leavers, panels and accommodation", covers, 0) == "Care leavers and panels"


def test_people_s_work_and_other_forms_are_left_as_they_are():
    covers = _covers(LEAVERS + ROOMS + OTHER)
    assert majority_said("Social work with children and accommodation", covers, 0) == \
        "Social work with children and accommodation"
    for label in ("General judgements on care leavers and accommodation", "Care leavers, including accommodation",
                  "Mixed findings: care leavers and accommodation"):
        assert majority_said(label, covers, 0) == label
