"""Which next-report lines the status weighs for a recommendation, and why the others are left out (issue #18,
track64: benchmarks/status_causes.py counts these reasons for the lines readers weighed). Fixtures in our own words."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from pipeline.tracker import TrackerParams
from pipeline.tracker.next_inspection import (BELOW, BEYOND_K, FEW_TERMS, NOT_CLOSEST, OFF_COMMON, WEIGHED,
                                              next_inspection_links, weighed)
from pipeline.tracker.rows import FindingRecords


def test_each_line_gets_the_first_test_it_fails_and_the_weighed_are_best_first():
    params = replace(TrackerParams(), next_threshold=0.5, next_rank=2, next_k=2, next_overlap=0.1)
    sims = np.array([0.40, 0.90, 0.70, 0.80, 0.60, 0.55])
    ranks = np.array([1, 1, 3, 1, 1, 1])
    overlap = np.array([1.0, 1.0, 1.0, 1.0, 0.0, 1.0])
    keep, reasons = weighed(sims, ranks, params, overlap)
    assert keep == [1, 3]  # by score: 0.90, 0.80
    # 0.40 is below the threshold; 0.70 is not among the line's two closest recommendations (rank 3); 0.60 shares
    # too few key terms; 0.55 passes every test but two better lines fill next_k.
    assert reasons == [BELOW, WEIGHED, NOT_CLOSEST, WEIGHED, FEW_TERMS, BEYOND_K]


def test_a_line_off_the_common_matter_of_the_evidence_is_named_so():
    params = replace(TrackerParams(), next_coherence=0.6)
    vectors = np.array([[1.0, 0.0], [0.96, 0.28], [0.0, 1.0]])  # the third points elsewhere
    keep, reasons = weighed(np.array([0.9, 0.8, 0.7]), np.ones(3, dtype=int), params, vectors=vectors)
    assert keep == [0, 1]
    assert reasons == [WEIGHED, WEIGHED, OFF_COMMON]


def test_the_status_weighs_exactly_the_lines_weighed_returns():
    texts = ["Supervision is regular and reflective for most social workers.",
             "Some supervision records do not show what was decided.",
             "The fostering panel is chaired well."]
    table = pd.DataFrame({"finding_id": ["a", "b", "c"], "doc_id": "n", "file": "n.pdf", "date": "2022-03-01",
                          "text": texts, "kind": "finding", "polarity": ["strength", "concern", "strength"],
                          "section": "Leadership", "voice": "inspectorate"})
    records = FindingRecords(table, tuple(table.columns))
    sims, ranks = np.array([0.8, 0.7, 0.3]), np.ones(3, dtype=int)  # no lead: both weigh
    params = TrackerParams()
    keep, _ = weighed(sims, ranks, params)
    linked = next_inspection_links({"rec_id": "r-R01"}, np.arange(3), sims, ranks, records, "inspection_report",
                                   params)
    assert sorted(r["finding_id"] for r in linked) == sorted(table["finding_id"][keep])
    assert linked[0]["status"] == "mixed"

