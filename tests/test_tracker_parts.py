"""The parts of a recommendation that asks for several things, and the next-inspection status they hold back
(pipeline.tracker.parts, next_inspection.part_shares and parted_status; issue #18, track66)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from pipeline.tracker import TrackerParams
from pipeline.tracker.next_inspection import next_inspection_links, part_shares, parted_status
from pipeline.tracker.parts import each_part_scores, part_scores, recommendation_parts
from pipeline.tracker.rows import FindingRecords


def test_a_coordination_of_nouns_gives_one_part_per_noun_with_the_shared_words():
    parts = recommendation_parts("the quality of assessments and care planning for disabled pupils")
    assert len(parts) == 2
    assert "assessments" in parts[0] and "planning" not in parts[0]
    assert "care planning" in parts[1] and "assessments" not in parts[1]
    assert all(p.startswith("the quality of") for p in parts)


@pytest.mark.parametrize("matter", [
    "timely visits to every child in care",                       # one matter, nothing coordinated
    "support for children and families in the south of the area",  # coordinated words of no matter of their own
    "",
])
def test_a_matter_without_coordinated_matters_has_no_parts(matter):
    assert recommendation_parts(matter) == []


def _records(polarities):
    table = pd.DataFrame({"finding_id": [f"n{i}" for i in range(len(polarities))], "doc_id": "n", "file": "n.pdf",
                          "date": "2021-01-01", "text": [f"line {i}" for i in range(len(polarities))],
                          "kind": "finding", "polarity": polarities, "section": "Help and protection",
                          "voice": "inspectorate"})
    return FindingRecords(table, tuple(table.columns))


# Three lines: two praise assessments (part 0), one finds plans variable (part 1). The whole recommendation's
# scores weigh the praises most: the share calls the matter improved.
SIMS = np.array([0.8, 0.7, 0.55])
RANKS = np.array([1, 1, 1])
PARTS = np.array([[0.9, 0.3], [0.8, 0.3], [0.3, 0.8]], dtype=np.float32)


def test_a_part_the_lines_on_it_alone_call_a_concern_makes_an_improved_matter_mixed():
    records = _records(["strength", "strength", "concern"])
    shipped = TrackerParams()
    on = replace(shipped, next_parts_mixed=0.5)
    assert part_shares(PARTS, RANKS, records, np.arange(3), on) == [1.0, 0.0]
    status = {r["status"] for r in next_inspection_links({"rec_id": "r-R01"}, np.arange(3), SIMS, RANKS, records,
                                                         "inspection_report", on, parts=PARTS)}
    assert status == {"mixed"}
    off = next_inspection_links({"rec_id": "r-R01"}, np.arange(3), SIMS, RANKS, records, "inspection_report",
                                replace(shipped, next_parts_mixed=0.0), parts=PARTS)
    assert {r["status"] for r in off} == {"improved"}


@pytest.mark.parametrize("polarities, parts, ranks", [
    (["strength", "strength", "strength"], PARTS, RANKS),              # every part praised
    (["strength", "strength", "concern"], PARTS[:, :1], RANKS),        # one part only: the whole decides
    (["strength", "strength", "concern"], PARTS, np.array([1, 1, 3])),  # the concern is closer to another
    (["strength", "strength", "concern"], PARTS - 0.4, RANKS),         # no line reaches next_threshold for a part
])
def test_no_part_holds_back(polarities, parts, ranks):
    params = replace(TrackerParams(), next_parts_mixed=0.5)
    shares = part_shares(parts, ranks, _records(polarities), np.arange(3), params)
    assert parted_status("improved", shares, params) == "improved"


@pytest.mark.parametrize("status, shares, mixed, praised, expected", [
    ("improved", [1.0, 0.5], 0.55, 9.0, "mixed"),
    ("improved", [1.0, 0.6], 0.55, 9.0, "improved"),
    ("improved", [1.0, 0.0], 0.0, 9.0, "improved"),             # off
    ("still a concern", [0.0, 0.8], 0.55, 0.75, "mixed"),
    ("still a concern", [0.0, 0.8], 0.55, 9.0, "still a concern"),  # off
    ("mixed", [1.0, 0.0], 0.55, 0.75, "mixed"),
    ("not mentioned", [], 0.55, 0.75, "not mentioned"),
])
def test_parted_status_sets_the_whole_against_its_parts(status, shares, mixed, praised, expected):
    params = replace(TrackerParams(), next_parts_mixed=mixed, next_parts_praised=praised)
    assert parted_status(status, shares, params) == expected


def test_part_scores_take_a_parts_score_less_the_margin_when_higher_and_leave_the_input():
    whole = np.array([[0.4, 0.6], [0.7, 0.2]], dtype=np.float32)
    each = [np.array([[0.9, 0.5], [0.6, 0.6]], dtype=np.float32), np.zeros((2, 0), dtype=np.float32)]
    kept = whole.copy()
    assert np.allclose(part_scores(whole, each, 0.2), [[0.7, 0.6], [0.7, 0.2]])
    assert np.array_equal(part_scores(whole, each, 9.0), whole)
    assert np.array_equal(whole, kept)


def test_each_part_scores_add_the_parts_shared_words_to_its_own_cosine():
    matters = ["the quality of assessments and care planning for disabled pupils"]
    parts = recommendation_parts(matters[0])
    line_vectors = np.eye(3, dtype=np.float32)
    vectors = {parts[0]: np.array([1.0, 0.0, 0.0]), parts[1]: np.array([0.0, 1.0, 0.0])}
    lines = ["assessments are thorough", "care planning is variable", "nothing on it"]
    scores = each_part_scores(np.zeros((3, 1), dtype=np.float32), line_vectors, lines, matters, {},
                              {"assessment": 1.0, "care": 1.0, "plann": 1.0}, TrackerParams(), vectors)[0]
    assert scores.shape == (3, 2)
    assert scores[0, 0] > scores[0, 1] and scores[1, 1] > scores[1, 0]
    assert np.allclose(scores[2], 0.0)
