"""A recommendation's distinct matter in the next report's lines (issue #18, status28): lines only on its general
subject give "not mentioned"."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from pipeline.tracker import TrackerParams
from pipeline.tracker.next_inspection import GENERAL_ONLY, next_inspection_links, only_general
from pipeline.tracker.rows import FindingRecords
from pipeline.tracker.words import carries_terms, distinct_carried, distinct_terms, idf_weights

# A small run's findings in our own words: fostering is written often, the carers' say over day-to-day decisions
# (their delegated authority) once.
CORPUS = (["Foster carers are well supported by their supervising social workers."] * 6
          + ["Recruitment of foster carers has improved this year."] * 4
          + ["Foster carers do not always have the delegated authority to agree sleepovers."]
          + ["Managers check case records each month."] * 5)
RECOMMENDATION = "foster carers hold delegated authority for everyday decisions"
LINES = ["Foster carers told inspectors they feel valued and well trained.",
         "The fostering service recruits more carers than before.",
         "Carers now have delegation to agree school trips and haircuts."]


def _records(texts: list[str], polarities: list[str]) -> FindingRecords:
    table = pd.DataFrame({"finding_id": [f"n{i}" for i in range(len(texts))], "doc_id": "n", "file": "n.pdf",
                          "date": "2022-03-01", "text": texts, "kind": "finding", "polarity": polarities,
                          "section": "Children in care", "voice": "inspectorate"})
    return FindingRecords(table, tuple(table.columns))


def _linked(texts, distinct, params=TrackerParams()):
    sims = np.asarray([0.8 - 0.05 * i for i in range(len(texts))], dtype=float)
    return next_inspection_links({"rec_id": "r-R01"}, np.arange(len(texts)), sims, np.ones(len(texts), dtype=int),
                                 _records(texts, ["strength"] * len(texts)), "inspection_report", params,
                                 distinct=distinct)


def test_the_distinct_terms_are_the_recommendations_rare_words():
    idf = idf_weights(CORPUS)
    terms = distinct_terms(RECOMMENDATION, idf, 2.0)
    assert "delegat" in terms  # "delegated", -ed folded
    assert "foster" not in terms and "carer" not in terms  # the subject's general words
    assert distinct_terms(RECOMMENDATION, idf, 99.0) == {"hold", "everyday", "decision"}  # unused: rare


def test_a_close_form_carries_the_term_and_a_general_line_does_not():
    terms = frozenset({"delegat"})
    assert carries_terms(LINES[2], terms)  # "delegation"
    assert not carries_terms(LINES[0], terms)


def test_lines_only_on_the_general_subject_give_not_mentioned_and_say_so():
    idf = idf_weights(CORPUS)
    carried, has = distinct_carried([RECOMMENDATION], LINES[:2], idf, 2.0)
    assert has.tolist() == [True] and carried[:, 0].tolist() == [False, False]
    rows = _linked(LINES[:2], carried[:, 0])
    assert {r["status"] for r in rows} == {"not mentioned"}
    assert [r["match"] for r in rows] == [GENERAL_ONLY] * 2  # the lines stay listed, marked
    assert _linked(LINES[:2], None)[0]["status"] == "improved"  # rule off / no distinct terms: as before


def test_one_line_on_the_distinct_matter_keeps_the_status_the_lines_give():
    idf = idf_weights(CORPUS)
    carried, _ = distinct_carried([RECOMMENDATION], LINES, idf, 2.0)
    assert carried[:, 0].tolist() == [False, False, True]
    rows = _linked(LINES, carried[:, 0])
    assert {r["status"] for r in rows} == {"improved"} and {r["match"] for r in rows} == {"similar"}


def test_only_general_needs_evidence():
    assert not only_general([], np.zeros(0, dtype=bool))
    assert not only_general([0], None)
    assert only_general([0, 1], np.array([False, False, True]))  # the line carrying it was not weighed
    assert replace(TrackerParams(), next_distinct=0.0).next_distinct == 0.0
