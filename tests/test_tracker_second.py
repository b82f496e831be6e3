"""One council line answering two recommendations (pipeline.tracker.second, TrackerParams.response_second; issue #18,
track65): its second closest recommendation too, when its score for it reaches the general threshold, lies near its
score for the closest, and the line names that one's matter in a word the closest does not use."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from pipeline.recommendations import extract_recommendations
from pipeline.tracker import TrackerParams, track
from pipeline.tracker.responses import response_links
from pipeline.tracker.rows import FindingRecords, rank_among_recs
from pipeline.tracker.second import second_answers
from tests.tracker_corpus import report_and_minutes

RECS = ["case records fully reflect the experience of each family",
        "assessments and plans identify risks to each family"]
BOTH = "case recording was sometimes poor and assessments and plans were not focused on what matters"
ONE = "case records were found to be poor and records of each family were incomplete"


def _second(sims, lines, margin=0.25, threshold=0.85):
    sims = np.asarray(sims, dtype=float)
    return second_answers(sims, rank_among_recs(sims), lines, RECS, threshold, margin)


def test_a_line_naming_both_matters_answers_its_second_closest_too():
    out = _second([[1.02, 0.90]], [BOTH])
    assert out.tolist() == [[False, True]]  # the closest is answered as before; the second now too


@pytest.mark.parametrize("sims, line, why", [
    ([[1.02, 0.90]], ONE, "its words for the second are all the closest one's too"),
    ([[1.30, 0.90]], BOTH, "the second lies more than the margin below the closest"),
    ([[0.95, 0.80]], BOTH, "the second is below the general threshold"),
])
def test_a_line_does_not_answer_its_second_closest_on_weaker_evidence(sims, line, why):
    assert not _second(sims, [line]).any(), why


def test_only_the_second_closest_and_nothing_when_off():
    three = RECS + ["assessments of each family are timely"]
    sims = np.array([[1.0, 0.95, 0.94]])
    out = second_answers(sims, rank_among_recs(sims), [BOTH], three, 0.85, 0.25)
    assert out.tolist() == [[False, True, False]]  # the third closest is not answered, however near
    assert not _second([[1.02, 0.90]], [BOTH], margin=0.0).any()


def test_response_links_take_a_second_answer_as_a_line_whose_closest_it_is():
    lines = pd.DataFrame([{"finding_id": "m-0", "doc_id": "min1", "file": "min1.txt", "date": "2019-06-01",
                           "section": "Ofsted", "text": BOTH, "kind": "finding", "polarity": "concern"}])
    records = FindingRecords(lines, ("finding_id", "doc_id", "file", "date", "text", "kind", "polarity", "section"))
    params = TrackerParams(response_beside=9.0)
    for second, expected in ((None, "none"), (np.array([True]), "linked")):
        rows = response_links({"rec_id": "r1-R02"}, np.array([0]), np.array([0.90]), np.array([2]), set(), set(),
                              records, {"min1": "committee_minutes"}, params, second=second)
        assert [row["status"] for row in rows] == [expected]
    assert rows[0]["match"] == "similar" and rows[0]["finding_id"] == "m-0"


def test_track_links_one_minutes_line_to_both_recommendations_it_answers(hashing_embedder):
    report = "Areas for improvement\n\n" + "".join(f"- {text}\n" for text in RECS)
    findings, documents = report_and_minutes(report, [BOTH])
    recs = extract_recommendations(findings, documents)
    assert len(recs) == 2

    def answered(value: float) -> set[str]:
        params = TrackerParams(response_threshold=0.0, response_second=value, response_beside=9.0,
                               response_between=9.0)
        table = track(recs, hashing_embedder.embed(recs["text"].tolist()), documents, findings,
                      hashing_embedder.embed(findings["text"].tolist()), params, glossary={})
        linked = table[(table["part"] == "response") & (table["quote"] == BOTH)]
        return set(linked["rec_id"])

    assert len(answered(0.0)) == 1  # off: its closest one only
    assert answered(9.0) == set(recs["rec_id"])
