"""benchmarks/tracker_errors.py: the listing of wrong next-inspection statuses (issue #18, tracker23)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd

_SPEC = importlib.util.spec_from_file_location(
    "tracker_errors", Path(__file__).resolve().parents[1] / "benchmarks" / "tracker_errors.py")
tracker_errors = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(tracker_errors)


def _fixture():
    scores = pd.DataFrame([
        {"rec_id": "r-R01", "status": "mixed", "predicted": "improved", "status_ok": False,
         "recommendation": "Ensure that chronologies are kept up to date on every case record",
         "evidence": "Chronologies are now kept\nup to date. | Some chronologies still stop short of recent events."},
        {"rec_id": "r-R02", "status": "improved", "predicted": "improved", "status_ok": True,
         "recommendation": "Improve the timeliness of visits", "evidence": "Visits are timely."}])
    table = pd.DataFrame([
        {"rec_id": "r-R01", "part": "response", "rank": 0, "similarity": None, "polarity": "", "quote": ""},
        {"rec_id": "r-R01", "part": "next_inspection", "rank": 1, "similarity": 0.71, "polarity": "strength",
         "quote": "Chronologies are now kept up to date."},
        {"rec_id": "r-R01", "part": "next_inspection", "rank": 2, "similarity": 0.55, "polarity": "strength",
         "quote": "Care leavers enjoy their new flats."},
        {"rec_id": "r-R02", "part": "next_inspection", "rank": 1, "similarity": 0.8, "polarity": "strength",
         "quote": "Visits are timely."}])
    return scores, table


def test_a_wrong_status_lists_its_weighed_lines_with_shared_matter_words_and_the_labelled_evidence():
    scores, table = _fixture()
    errors = tracker_errors.status_errors(scores, table)
    assert [e["rec_id"] for e in errors] == ["r-R01"]  # the right status is not listed
    error = errors[0]
    assert (error["label"], error["predicted"]) == ("mixed", "improved")
    # The on-matter line shares the matter's words; the flats line shares none (off the matter).
    assert error["weighed"][0][2] == ["chronology", "date", "kept"]
    assert error["weighed"][1][2] == []
    # The first labelled sentence is weighed (its line break aside), the second is not.
    assert [hit for hit, _ in error["evidence"]] == [True, False]
    assert error["evidence"][0][1] == "Chronologies are now kept up to date."


def test_the_listing_names_each_part():
    scores, table = _fixture()
    text = tracker_errors.format_errors("walsall", tracker_errors.status_errors(scores, table))
    assert text.splitlines()[0] == "[walsall] r-R01  label: mixed  tracker: improved"
    assert "labelled (not weighed) | Some chronologies still stop short of recent events." in text
    assert "weighed 0.550 strength [] | Care leavers enjoy their new flats." in text


def _error(label, weighed, evidence):
    return {"rec_id": "r-R09", "recommendation": "", "label": label, "predicted": "",
            "weighed": [(s, p, [], q) for s, p, q in weighed], "evidence": evidence}


def test_each_wrong_status_gets_the_cause_that_explains_it():
    cause, causes = tracker_errors.cause, tracker_errors.CAUSES
    on = "Chronologies are now kept up to date."
    worse = "Some chronologies still stop short of recent events."
    off = [(0.9, "concern", "Care leavers wait too long for flats."), (0.8, "concern", "Foster carers are too few.")]
    # A matter the next report leaves unnamed, given evidence: the matcher found what is not there.
    assert cause(_error("not mentioned", off, [])) == causes[0]
    # None of the labelled sentences weighed.
    assert cause(_error("improved", off, [(False, on)])) == causes[1]
    # The labelled line alone says improved; two off-matter concerns outweigh it.
    assert cause(_error("improved", [(0.7, "strength", on)] + off, [(True, on)])) == causes[2]
    # The weighed labelled line is one side of a mixed matter; its other side was never weighed.
    assert cause(_error("mixed", [(0.7, "strength", on)], [(True, on), (False, worse)])) == causes[3]
    # Both sides weighed, yet the share came out one-sided: the decision rule.
    both = [(0.9, "strength", on), (0.9, "strength", "Chronologies are clear."), (0.3, "concern", worse)]
    assert cause(_error("mixed", both, [(True, on), (True, "Chronologies are clear."), (True, worse)])) == causes[5]
    # Every labelled line weighed, but read on the wrong side: polarity.
    assert cause(_error("still a concern", [(0.8, "strength", worse)], [(True, worse)])) == causes[4]
