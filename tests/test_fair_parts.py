"""Tests for pipeline.themes.fair_parts: a sub label's later listed part few of its findings bear left out."""

import numpy as np

from pipeline.themes.coverage import Coverage
from pipeline.themes.fair_parts import borne_parts, fair_said

# twenty findings on school exclusions, one on a day centre
EXCLUSIONS = [f"School exclusions fell in the year to {2000 + i}." for i in range(19)] + \
             ["The day centre is open on Saturdays."]


def _covers(*themes):
    texts = [text for theme in themes for text in theme]
    return Coverage(texts, np.repeat(np.arange(len(themes)), [len(theme) for theme in themes]))


def test_borne_parts_leaves_out_a_later_part_under_a_tenth():
    covers = _covers(EXCLUSIONS)
    assert borne_parts(covers, 0, "School exclusions and day centres") == ["School exclusions"]
    # borne by a tenth or more: stays
    covers = _covers(EXCLUSIONS[:17] + ["The day centre is open on Saturdays."] * 3)
    assert borne_parts(covers, 0, "School exclusions and day centres") is None
    # other wordings are not listings to cut
    for label in ("School exclusions, including day centres", "Mixed findings: school exclusions and day centres",
                  "School exclusions, further findings", "School exclusions"):
        assert borne_parts(_covers(EXCLUSIONS), 0, label) is None


def test_borne_parts_needs_the_first_part_borne():
    covers = _covers(["The day centre is open on Saturdays."] * 20)
    assert borne_parts(covers, 0, "Curfews and day centres") is None


def test_fair_said_gives_the_shorter_label_when_free():
    covers = _covers(EXCLUSIONS, ["Foster carers are trained well."] * 6)
    labels = {0: "School exclusions and day centres", 1: "Foster carers"}
    assert fair_said(labels, covers) == {0: "School exclusions", 1: "Foster carers"}
    # taken by another theme, or kept (a field theme): stays
    assert fair_said({0: labels[0], 1: "School exclusions"}, covers)[0] == labels[0]
    assert fair_said(labels, covers, keep={0})[0] == labels[0]
