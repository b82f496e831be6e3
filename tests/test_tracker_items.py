"""The next report's own recommendations (its "what needs to improve" items) as the inspectorate's verdict on an
earlier recommendation's matter (issue #18, status26): a matter recommended again is neither "improved" nor "not
mentioned". Fixtures written in our own words."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from pipeline.recommendations import extract_recommendations
from pipeline.tracker import TrackerParams, track
from pipeline.tracker.next_inspection import (RECOMMENDED_AGAIN, item_positions, items_on_matter,
                                              next_inspection_links, recommended_again)
from pipeline.tracker.rows import FindingRecords


@pytest.mark.parametrize("status, sides, expected", [
    ("improved", [(1.0, 0.0), (1.0, 0.0)], "mixed"),          # strengths found beside the item: mixed
    ("not mentioned", [], "still a concern"),                  # nothing else on the matter: the item alone
    ("not mentioned", [(0.0, 0.0)], "still a concern"),        # a neutral line is no strength
    ("mixed", [(1.0, 0.0), (0.0, 1.0)], "mixed"),
    ("still a concern", [(0.0, 1.0), (0.2, 0.0)], "still a concern"),
])
def test_a_matter_recommended_again_is_neither_improved_nor_not_mentioned(status, sides, expected):
    assert recommended_again(status, sides) == expected


def test_the_item_on_the_matter_is_the_closest_one_above_the_threshold_and_close_to_no_other_recommendation():
    # Lines 0-1 make up item 0 (one recommendation over two lines), line 3 is item 1; lines 2 and 4 are findings.
    sims = np.array([[0.30, 0.20, 0.10],
                     [0.62, 0.25, 0.15],
                     [0.90, 0.90, 0.90],   # a finding, not an item: never the item on a matter
                     [0.20, 0.48, 0.70],
                     [0.10, 0.10, 0.10]])
    items = [[0, 1], [3]]
    # Recommendation 0: item 0 at 0.62. Recommendation 1: item 1 at 0.48 is its closest, below 0.5. Recommendation 2:
    # item 1 at 0.70, the item's own closest.
    assert items_on_matter(items, sims, 0.5, 1) == [1, None, 3]
    assert items_on_matter(items, sims, 0.45, 1) == [1, None, 3]  # item 1 is closer to recommendation 2 than to 1
    assert items_on_matter(items, sims, 0.45, 2) == [1, 3, 3]     # ... unless the second closest may take it
    assert items_on_matter(items, sims, 9.0, 1) == [None, None, None]
    assert items_on_matter([], sims, 0.5, 1) == [None, None, None]


def test_a_repeated_item_stands_for_the_line_it_repeats():
    findings = pd.DataFrame({"finding_id": ["a", "b", "c", "d"],
                             "text": ["Visits to children happen on time.", "Improve the timeliness of visits.",
                                      "Improve the  timeliness of visits.", "Leaders know the service well."]})
    rows = np.array([0, 1, 3])  # "c" was left out as a repeat of "b"
    assert item_positions(["c", "a d", "zz"], findings, rows) == [[1], [0, 2], []]


def _records(texts, polarities, kinds):
    table = pd.DataFrame({"finding_id": [f"n{i}" for i in range(len(texts))], "doc_id": "n", "file": "n.pdf",
                          "date": "2023-05-01", "text": texts, "kind": kinds, "polarity": polarities,
                          "section": "Children in care", "voice": "inspectorate"})
    return FindingRecords(table, tuple(table.columns))


LINES = ["Children in care see their social workers often and know them well.",
         "Reviews of children's plans are held on time.",
         "Strengthen the quality of the plans of children in care so that they set out clear actions."]


@pytest.mark.parametrize("item, expected", [(None, "improved"), (2, "mixed")])
def test_an_item_below_the_evidence_threshold_turns_improved_into_mixed_and_is_listed(item, expected):
    """Two strengths are weighed; the next report's own recommendation on the plans scores below next_threshold, so
    it is not weighed. Named as the item on the matter, it makes the status mixed and is listed last."""
    linked = next_inspection_links({"rec_id": "r-R01"}, np.arange(3), np.array([0.9, 0.8, 0.45]),
                                   np.ones(3, dtype=int), _records(LINES, ["strength", "strength", "neutral"],
                                                                   ["finding", "finding", "recommendation"]),
                                   "inspection_report", TrackerParams(), item=item)
    assert {row["status"] for row in linked} == {expected}
    assert [row["finding_id"] for row in linked] == (["n0", "n1"] if item is None else ["n0", "n1", "n2"])
    assert linked[-1]["match"] == ("similar" if item is None else RECOMMENDED_AGAIN)


def test_an_item_alone_on_the_matter_is_still_a_concern_not_not_mentioned():
    linked = next_inspection_links({"rec_id": "r-R01"}, np.arange(3), np.array([0.2, 0.1, 0.45]),
                                   np.ones(3, dtype=int), _records(LINES, ["strength", "strength", "neutral"],
                                                                   ["finding", "finding", "recommendation"]),
                                   "inspection_report", TrackerParams(), item=2)
    assert [(row["status"], row["finding_id"], row["rank"]) for row in linked] == [("still a concern", "n2", 1)]


def _reports(later_item: str):
    """An earlier report recommending better plans for care leavers, a later one praising care leavers' plans and
    recommending `later_item`."""
    first = "Recommendations\n\n1. Improve the pathway plans of care leavers so that they set out clear goals.\n"
    later = ("Care leavers\n\nCare leavers' pathway plans are written with them and set out clear goals.\n\n"
             f"Recommendations\n\n1. {later_item}\n")
    rows = []
    for doc_id, text, date, pieces in (
            ("r1", first, "2016-01-01", {"Improve the pathway plans of care leavers so that they set out clear goals.":
                                         ("Recommendations", "recommendation", "neutral")}),
            ("r2", later, "2020-01-01", {"Care leavers' pathway plans are written with them and set out clear goals.":
                                         ("Care leavers", "finding", "strength"),
                                         later_item: ("Recommendations", "recommendation", "neutral")})):
        for piece, (section, kind, polarity) in pieces.items():
            start = text.index(piece)
            rows.append({"finding_id": f"{doc_id}-{start}", "doc_id": doc_id, "file": doc_id, "authority": "A",
                         "doc_type": "inspection_report", "date": date, "section": section, "para_ref": "1",
                         "start": start, "end": start + len(piece), "text": piece, "kind": kind,
                         "polarity": polarity})
    documents = pd.DataFrame([{"doc_id": d, "authority": "A", "doc_type": "inspection_report", "date": date,
                               "text": text} for d, date, text in (("r1", "2016-01-01", first),
                                                                  ("r2", "2020-01-01", later))])
    return pd.DataFrame(rows), documents


ON_MATTER = "The goals set in care leavers' pathway plans should be reviewed more often."
IN_GENERAL = "The goals set in the plans of children in care should be reviewed more often."


@pytest.mark.parametrize("later_item, threshold, group, expected", [
    (ON_MATTER, 0.1, 9.0, "mixed"),
    (ON_MATTER, 9.0, 9.0, "improved"),     # rule off
    # Plans of children in care: the item names no care leavers, so by the group rule it is not on the matter of a
    # recommendation for care leavers; without the group rule it would be.
    (IN_GENERAL, 0.1, 9.0, "improved"),
    (IN_GENERAL, 0.1, 0.0, "mixed"),
])
def test_the_next_reports_item_on_the_matter_through_track(hashing_embedder, later_item, threshold, group, expected):
    """The strength on the matter is weighed, the next report's recommendation scores below next_threshold."""
    findings, documents = _reports(later_item)
    recs = extract_recommendations(findings, documents)
    params = TrackerParams(next_threshold=0.45, items_threshold=threshold, next_group=group, next_lead=9.0,
                           asked_again=False)
    table = track(recs, hashing_embedder.embed(recs["text"].tolist()), documents, findings,
                  hashing_embedder.embed(findings["text"].tolist()), params)
    next_rows = table[(table["rec_id"] == "r1-R01") & (table["part"] == "next_inspection")]
    assert set(next_rows["status"]) == {expected}
    assert (RECOMMENDED_AGAIN in set(next_rows["match"])) == (expected == "mixed")
