"""A short line of a council's list between two lines linked to recommendations answers its own closest one
(seventeenth tracker round, tracker28: pipeline.tracker.responses.between_rows), and a recommendation whose core
would keep too few words is matched whole (pipeline.tracker.matter)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from pipeline.recommendations import extract_recommendations
from pipeline.tracker import TrackerParams, matched_text, track
from pipeline.tracker.responses import between_rows, response_links
from pipeline.tracker.rows import FindingRecords
from tests.tracker_corpus import report_and_minutes

ITEMS = ["Local management and supervisory oversight", "Care planning, recording and analysis",
         "Rigour and impact of the corporate parenting panel", "The committee thanked officers for the report."]


def _records(sections=("Ofsted",) * 4, texts=ITEMS):
    lines = pd.DataFrame([{"finding_id": f"m-{i}", "doc_id": "min1", "file": "min1.txt", "date": "2019-06-01",
                           "section": section, "text": text, "kind": "finding", "polarity": "neutral"}
                          for i, (section, text) in enumerate(zip(sections, texts))])
    return FindingRecords(lines, ("finding_id", "doc_id", "file", "date", "text", "kind", "polarity", "section"))


# Three recommendations; row 1 (the list's middle item) is closest to the second (column 1) at 0.5.
RANKS = np.array([[1, 2, 3], [2, 1, 3], [3, 2, 1], [1, 2, 3]])
SIMS = np.array([[1.0, 0.2, 0.1], [0.3, 0.5, 0.1], [0.1, 0.2, 1.1], [0.2, 0.1, 0.0]])


def test_a_list_item_between_two_linked_lines_answers_its_closest_recommendation():
    params = TrackerParams(response_between=0.45)
    assert between_rows(np.arange(4), {0, 2}, RANKS, SIMS, _records(), params) == {1: {1}}


@pytest.mark.parametrize("case", ["off", "floor", "neighbour", "section", "long", "process", "linked"])
def test_no_list_item_is_lent_a_link_without_every_condition(case):
    params = TrackerParams(response_between=9.0 if case == "off" else 0.55 if case == "floor" else 0.45)
    linked = {0} if case == "neighbour" else {0, 1, 2} if case == "linked" else {0, 2}
    sections = ("Ofsted", "Apologies", "Apologies", "Ofsted") if case == "section" else ("Ofsted",) * 4
    texts = ITEMS if case != "long" else [ITEMS[0], "Care planning, recording and analysis were discussed at length "
                                          "by the members of the committee present", *ITEMS[2:]]
    low_allowed = np.ones((4, 3), dtype=bool)
    if case == "process":
        low_allowed[1, 1] = False  # a line about the inspection process that does not name the matter
    assert between_rows(np.arange(4), linked, RANKS, SIMS, _records(sections, texts), params, low_allowed) == {}


def test_a_list_item_is_linked_as_between_matches_unless_it_can_answer_nothing():
    params = TrackerParams(response_threshold=0.85, response_theme_threshold=9.0, response_clear=9.0,
                           response_beside=9.0)
    args = ({"rec_id": "r1-R02"}, np.arange(4), SIMS[:, 1], RANKS[:, 1], set(), set(), _records(),
            {"min1": "committee_minutes"}, params)
    rows = response_links(*args, between=frozenset({1}))
    assert [(row["finding_id"], row["match"]) for row in rows] == [("m-1", "between matches")]
    assert [row["status"] for row in response_links(*args, unanswering=frozenset({1}), between=frozenset({1}))] \
        == ["none"]


REPORT = ("Areas for improvement\n\n"
          "- improve the quality of local management and supervisory oversight\n"
          "- improve care plans and the analysis in recording for families\n"
          "- improve the rigour and impact of the corporate parenting panel\n")


def _corpus(minutes_lines: list[str]):
    return report_and_minutes(REPORT, minutes_lines)


def test_track_links_the_councils_own_list_item_for_each_recommendation(hashing_embedder):
    findings, documents = _corpus(ITEMS[:3])
    recs = extract_recommendations(findings, documents)
    assert len(recs) == 3
    # The hashing embedder scores the outer items 1.6-1.9 for their own recommendations, the middle one 1.09.
    params = TrackerParams(response_threshold=1.2, response_clear=9.0, topic_weight=0.0, response_beside=9.0,
                           response_between=0.5)

    def linked(trial: TrackerParams) -> dict[str, tuple[str, str]]:
        table = track(recs, hashing_embedder.embed(recs["text"].tolist()), documents, findings,
                      hashing_embedder.embed(findings["text"].tolist()), trial, glossary={})
        rows = table[(table["part"] == "response") & (table["rank"] > 0)]
        return {rec_id: (quote, match) for rec_id, quote, match in zip(rows["rec_id"], rows["quote"], rows["match"])}

    off = linked(replace(params, response_between=9.0))
    assert set(off) == {"rep1-R01", "rep1-R03"}  # the middle item scores below the threshold
    assert linked(params) == {**off, "rep1-R02": (ITEMS[1], "between matches")}
    assert linked(replace(params, response_between=1.1)) == off  # below the list item's floor


@pytest.mark.parametrize("text, whole", [
    # Three content words before the purpose clause: the clause names what a council answers ("fewer social workers").
    ("Staff recruitment and retention so that children experience fewer social workers.", True),
    ("Improve the training offer for social workers to ensure that all staff have the right skills.", False),
])
def test_a_core_of_fewer_than_four_words_is_matched_with_its_purpose_clause(text, whole):
    core = matched_text(text, TrackerParams())
    assert (core == text) == whole
    assert matched_text(text, TrackerParams(core_min_words=3)) != text
