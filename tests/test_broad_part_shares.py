"""benchmarks/broad_part_shares.py: each part of a broad label counted on its findings, against readers' verdicts
(issue #16, labels53)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from pipeline.themes.coverage import Coverage

_SPEC = importlib.util.spec_from_file_location(
    "broad_part_shares", Path(__file__).resolve().parents[1] / "benchmarks" / "broad_part_shares.py")
shares = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(shares)


@pytest.mark.parametrize("label, kind, parts", [
    ("Foster carers, placements and delay", "plain", ["Foster carers", "placements", "delay"]),
    ("General judgements on work with families and early help", "general", ["work with families", "early help"]),
    ("Mixed findings: panels and early help", "mixed", ["panels", "early help"]),
    ("Plans, including pathway plans and care plans", "including", ["Plans", "pathway plans", "care plans"]),
    ("Adoption", "single", ["Adoption"]),
])
def test_listed_parts(label, kind, parts):
    assert shares.listed_parts(label) == (kind, parts)


def test_part_rows_counts_people_of_work_with_and_all_content_words():
    texts = ["Visits to children are timely.", "Foster carers are well supported by their social workers.",
             "Carers said the training helped.", "The board met four times."]
    covers = Coverage(texts, np.zeros(len(texts), dtype=int))
    assert shares.part_rows(covers, 0, "work with children", terms=False).tolist() == [True, False, False, False]
    # both words, in any form: "carers" alone is no use of "foster carers"
    assert shares.part_rows(covers, 0, "foster carers", terms=False).tolist() == [False, True, False, False]


def test_verdict_class():
    assert shares.verdict_class(["ok", "ok"]) == "accepted"
    assert shares.verdict_class(["wrong", "meaningless"]) == "rejected"
    assert shares.verdict_class(["ok", "wrong"]) == "split"


def test_separating_bar_only_when_no_accepted_label_falls_under_it():
    least = [(0.02, "rejected"), (0.08, "rejected"), (0.3, "accepted"), (0.05, "split")]
    bar = shares.separating_bar(least)
    assert bar is not None and 0.08 < bar <= 0.3
    assert shares.separating_bar(least + [(0.06, "accepted")]) is None
    assert shares.separating_bar([(0.4, "accepted")]) is None


def test_reader_samples_reads_each_items_numbered_findings():
    text = ("# Theme labels\n\n### Label 1: Visits (40 findings)\n\n1. First one.\n2.  Second one.\n\nVerdict: \n\n"
            "### Label 2: Panels (12 findings)\n\n1. Only one.\n\nVerdict: \n")
    assert shares.reader_samples(text) == {1: ["First one.", "Second one."], 2: ["Only one."]}
