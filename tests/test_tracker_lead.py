"""The next-inspection status when the closest line of the evidence stands well above the rest (issue #18, status23):
that line speaks of the recommendation's matter, the lines well below it of neighbouring matters the same section
judges, and its side decides. Fixtures written in our own words."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from pipeline.tracker import TrackerParams
from pipeline.tracker.next_inspection import led_by_closest, next_inspection_links
from pipeline.tracker.rows import FindingRecords


def _records(texts: list[str], polarities: list[str], kinds: list[str] | None = None) -> FindingRecords:
    table = pd.DataFrame({"finding_id": [f"n{i}" for i in range(len(texts))], "doc_id": "n", "file": "n.pdf",
                          "date": "2022-03-01", "text": texts, "kind": kinds or ["finding"] * len(texts),
                          "polarity": polarities, "section": "Young people leaving care", "voice": "inspectorate"})
    return FindingRecords(table, tuple(table.columns))


def _status(texts, polarities, sims, params, kinds=None, asked=frozenset()):
    """Status and listed finding ids of one recommendation weighed over `texts` at scores `sims` (each finding's
    closest recommendation; no vectors, so next_coherence keeps every line)."""
    rows = np.arange(len(texts))
    linked = next_inspection_links({"rec_id": "r-R01"}, rows, np.asarray(sims, dtype=float),
                                   np.ones(len(texts), dtype=int), _records(texts, polarities, kinds),
                                   "inspection_report", params, asked)
    return linked[0]["status"], [r["finding_id"] for r in linked]


# A recommendation on care leavers in work or training: the next report's line on exactly that is a concern, and
# its section praises two other things done for care leavers.
LINES = ["Too few young people leaving care are in work, college or an apprenticeship.",
         "The local offer to young people leaving care was rewritten with them this year.",
         "Young people leaving care who are parents get good help from their advisers."]
SIDES = ["concern", "strength", "strength"]


@pytest.mark.parametrize("scores, lead, expected", [
    ([1.10, 0.75, 0.70], 0.15, True),   # 0.35 above the next
    ([1.10, 0.95, 0.70], 0.15, True),   # exactly the lead
    ([1.10, 0.96, 0.70], 0.15, False),  # 0.14: the two closest are alike on the matter
    ([1.10], 0.15, False),              # one line: nothing to stand above (it decides anyway)
    ([], 0.15, False),
    ([1.10, 0.20], 9.0, False),         # off
])
def test_led_by_closest_needs_a_gap_of_the_lead_to_the_next_closest(scores, lead, expected):
    assert led_by_closest(scores, lead) is expected


def test_a_concern_well_above_two_strengths_on_neighbouring_matters_is_still_a_concern():
    """Weighed by score, the two strengths hold 58% of the weight: "mixed". The concern stands 0.35 above them, so
    it decides: "still a concern", and it is listed first; the strengths stay listed as context."""
    params = TrackerParams()
    assert _status(LINES, SIDES, [1.10, 0.75, 0.70], replace(params, next_lead=9.0))[0] == "mixed"
    status, listed = _status(LINES, SIDES, [1.10, 0.75, 0.70], params)
    assert status == "still a concern" and listed == ["n0", "n1", "n2"]


def test_a_strength_well_above_a_concern_is_improved():
    lines = ["Young people leaving care are in work, college or training in greater numbers than before.",
             "Some advisers have too many young people to see."]
    status, listed = _status(lines, ["strength", "concern"], [1.0, 0.7], TrackerParams())
    assert status == "improved" and listed == ["n0", "n1"]
    assert _status(lines, ["strength", "concern"], [1.0, 0.7], replace(TrackerParams(), next_lead=9.0))[0] == "mixed"


def test_lines_close_to_each_other_are_weighed_together():
    """The concern is only 0.05 above the strength: the lines are alike on the matter and weighed as before."""
    assert _status(LINES[:2], SIDES[:2], [0.80, 0.75], TrackerParams())[0] == "mixed"
    assert _status(LINES[:2], SIDES[:2], [0.95, 0.75], TrackerParams())[0] == "still a concern"


def test_a_neutral_closest_line_decides_nothing():
    """A line of figures with no side, however close, leaves the status to the lines that have one."""
    lines = ["Of the 240 young people leaving care, 130 are in work, college or training.", LINES[1],
             "Too few young people leaving care are in work or training."]
    status, listed = _status(lines, ["neutral", "strength", "concern"], [1.20, 0.75, 0.72], TrackerParams())
    assert status == "mixed" and listed == ["n0", "n1", "n2"]


def test_a_matter_the_next_report_recommends_again_is_not_improved_though_a_strength_leads():
    """The closest line is a strength well above the rest, but one of the weighed lines is the next report's own
    recommendation on the matter: it asks for more, so "mixed", as without the rule."""
    lines = ["Young people leaving care are in work, college or training in greater numbers than before.",
             "Help young people leaving care into apprenticeships."]
    status, _ = _status(lines, ["strength", "neutral"], [1.0, 0.7], TrackerParams(),
                        kinds=["finding", "recommendation"], asked=frozenset({"n1"}))
    assert status == "mixed"
