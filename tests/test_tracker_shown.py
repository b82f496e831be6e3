"""What the tracker view shows beside a status: the evidence that decided it first (issue #18: a status must not
contradict the quotes listed first), and a council line that only restates the inspection marked as such (or, with restated_out, no response). Fixtures
written in our own words."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.recommendations import extract_recommendations
from pipeline.tracker import TrackerParams, track
from pipeline.tracker.next_inspection import decided_first
from pipeline.tracker.restated import restates_inspection, says_inspection_found
from tests.test_tracker import _findings_of, _two_reports, _with_minutes, report_findings  # noqa: F401 (a fixture)


def test_the_side_that_decided_a_one_sided_status_is_listed_first():
    weights = [(0.0, 1.0), (1.0, 0.0), (0.0, 0.0), (1.0, 0.0), (0.0, 1.0)]  # best score first
    assert decided_first(weights, "improved") == [1, 3, 0, 2, 4]
    assert decided_first(weights, "still a concern") == [0, 4, 1, 2, 3]
    assert decided_first(weights, "mixed") == [0, 1, 2, 3, 4]  # both sides decided it: score order
    assert decided_first([(0.5, 0.5), (1.0, 0.0)], "improved") == [1, 0]  # a half-and-half finding is not a strength


def test_track_lists_the_strengths_of_an_improved_matter_before_a_closer_concern(hashing_embedder):
    """One concern closest to the recommendation, three weaker strengths that outweigh it: the matter "improved",
    and the view's first quote is a strength, not the concern (it stays, listed after them)."""
    concern = "A chronology is not kept up to date on every case record of every child."
    strengths = ["Chronologies are up to date on most case records.",
                 "Every child has a chronology on the case record.",
                 "A chronology is kept on the case record of each child."]
    findings, documents = _two_reports({concern: ("finding", "concern", "inspectorate"),
                                        **{s: ("finding", "strength", "inspectorate") for s in strengths}})
    recs = extract_recommendations(findings, documents)
    args = (recs, hashing_embedder.embed(recs["text"].tolist()), documents, findings,
            hashing_embedder.embed(findings["text"].tolist()))
    # next_lead off: with it, a concern standing well above the strengths decides alone (test_tracker_lead.py).
    rows = track(*args, TrackerParams(next_threshold=-1.0, next_rank=5, next_k=8, next_coherence=0.0, next_lead=9.0))
    rows = rows[(rows["rec_id"] == "r1-R01") & (rows["part"] == "next_inspection")].sort_values("rank")
    assert rows["status"].iloc[0] == "improved"
    assert rows["similarity"].max() == rows.loc[rows["quote"] == concern, "similarity"].iloc[0]  # the closest
    assert list(rows["rank"]) == [1, 2, 3, 4]
    assert list(rows["polarity"]) == ["strength", "strength", "strength", "concern"]
    assert list(rows["similarity"].iloc[:3]) == sorted(rows["similarity"].iloc[:3], reverse=True)


@pytest.mark.parametrize("text, lead_in, expected", [
    ("Ofsted had found that help for families was slow to arrive.", "", True),
    ("It was found that plans for children lacked detail.", "", True),
    ("Inspectors also noted that visits to children were often late.", "", True),
    ("The director said that the inspection report had highlighted weak supervision.", "", True),
    # The council's answer after a restated finding: a response.
    ("Ofsted reported that visits were late; however, the director said that visits are now on time.", "", False),
    ("Two social workers have joined the team the inspection identified as under pressure.", "", False),
    ("It was reported that the director would chair the new improvement board.", "", False),  # minutes' own voice
    # A list item naming a topic of the inspection's summary or scope, or continuing a restated finding.
    ("Supervision and management oversight", "The director gave a summary of the inspection:", True),
    ("Services for disabled children and care leavers, and;", "Members heard that Ofsted had carried out an "
     "inspection of:", True),
    ("A new plan has been agreed with partners.", "The director gave a summary of the inspection:", False),
    ("Supervision and management oversight", "The council has taken these steps:", False),
    ("Also, too many children waited for a plan.", "It was found that plans lacked detail.", True),
    ("Also, the council has hired four managers.", "The council has taken these steps.", False),
    ("Improving The Quality Of Frontline Practice", "", True),  # a heading
])
def test_a_council_line_restating_the_inspection_is_told_from_an_answer(text, lead_in, expected):
    assert restates_inspection(text, lead_in) is expected


def test_a_listed_ask_of_the_inspections_summary_restates_it_and_a_listed_finding_always_does():
    summary = "The director summarised the Ofsted report in three themes:"
    ask = "The need to recruit a permanent head of service for children in care."
    assert restates_inspection(ask, summary, kind="recommendation")
    assert not restates_inspection(ask, summary, kind="action")  # a sentence of the council's own: it stays
    assert restates_inspection("Plans for children were not clear enough.", "Inspectors found these weaknesses:",
                               kind="finding")


def test_the_inspection_as_subject_needs_the_finding_verb_next_to_it():
    assert says_inspection_found("The Ofsted report found that chronologies were missing.")
    assert not says_inspection_found("Since the Ofsted inspection the service found new premises.")


def test_track_does_not_link_a_line_restating_the_inspection_as_a_response(report_findings, hashing_embedder):
    minutes = ("Ofsted inspection\n\nOfsted had found that the caseloads of social workers in the assessment teams "
               "were too high so that visits did not happen on time.\n\nThe director said the caseloads of social "
               "workers in the assessment teams have fallen so that visits happen on time.\n")
    pieces = ["Ofsted had found that the caseloads of social workers in the assessment teams were too high so that "
              "visits did not happen on time.",
              "The director said the caseloads of social workers in the assessment teams have fallen so that visits "
              "happen on time."]
    council = _findings_of("min1", "committee_minutes", minutes, "Northshire", "2015-09", pieces,
                           lambda p: "Ofsted inspection", kinds={0: "finding", 1: "action"})
    args = _with_minutes(report_findings, council, minutes, hashing_embedder)
    params = TrackerParams(response_threshold=0.3, response_theme_threshold=9.0, heading_weight=0.0,
                           topic_weight=0.0, response_beside=9.0, quote_share=2.0)

    def caseloads(params):
        table = track(*args, params)
        rows = table[(table["rec_id"] == "rep1-R03") & (table["part"] == "response") & (table["rank"] > 0)]
        return list(rows["quote"])

    # By default both are linked as any other line, the restatement marked as such; restated_out leaves it out.
    assert set(caseloads(params)) == set(pieces)
    table = track(*args, params)
    matches = dict(zip(table["quote"], table["match"]))
    assert matches[pieces[0]] == "restates the inspection" and matches[pieces[1]] != "restates the inspection"
    assert caseloads(replace(params, restated_out=True)) == [pieces[1]]  # the director's answer alone


def test_the_benchmark_counts_statuses_their_first_listed_evidence_contradicts():
    import importlib.util
    from pathlib import Path

    import pandas as pd

    spec = importlib.util.spec_from_file_location(
        "tracker_quality", Path(__file__).resolve().parents[1] / "benchmarks" / "tracker_quality.py")
    quality = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(quality)
    row = lambda rec, rank, status, polarity, kind="finding": {  # noqa: E731
        "rec_id": rec, "part": "next_inspection", "rank": rank, "status": status, "polarity": polarity, "kind": kind}
    table = pd.DataFrame([
        {"rec_id": "a", "part": "response", "rank": 1, "status": "linked", "polarity": "concern", "kind": "action"},
        row("a", 2, "improved", "strength"), row("a", 1, "improved", "concern"),  # a concern listed first
        row("b", 1, "improved", "strength"), row("b", 2, "improved", "concern"),
        row("c", 1, "improved", "neutral", "recommendation"),  # the next report asks again: a concern
        row("d", 1, "still a concern", "strength"), row("e", 1, "mixed", "concern"),
        row("f", 0, "not mentioned", "")])
    assert quality.first_evidence_disagrees(table) == (3, 5)
