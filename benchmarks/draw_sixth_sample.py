"""Draw the segments of tests/data/labelled_segments_sixth.csv: a sample from inspection reports NONE of whose
segments had been labelled before, labelled before any model is run on them (issue 17). It is the documents kept
aside for a once-only held-out polarity figure (`benchmarks/polarity_heldout.py`), then part of the training set.

    HF_HUB_OFFLINE=1 python benchmarks/draw_sixth_sample.py [--shared ../shared] > outputs/sixth_unlabelled.csv

Segments come from the pipeline's own segmenter (pipeline.ingest + pipeline.segment) over ../shared/ofsted_reports,
../shared/ofsted_reports_sif and ../shared/authority_reports, keeping only documents with no segment in the five
earlier labelled files; kind-procedural segments by the rules and segments under 40 characters are left out. Pools
of `draw_polarity_sample.py`, each drawn after the previous ones (pandas sample, seed 17), at most two segments per
document and pool (four for the random pool): mixed 10, improvement 10, grade 10, qualified 10, then 44 at random
from the rest (so about half the sample is where the errors were, half is any sentence). Only 11 documents of the
three folders had no labelled segment.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd
from draw_polarity_sample import pool_masks
from labelled_set import FILES, ROOT
from sampling import candidate_segments, draw_pools

FOLDERS = ("ofsted_reports", "ofsted_reports_sif", "authority_reports")
POOLS = (("mixed", 10, 2), ("improvement", 10, 2), ("grade", 10, 2), ("qualified", 10, 2), ("random", 44, 4))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    labelled_docs = set()
    for path in FILES:
        labelled_docs |= set(pd.read_csv(path, comment="#", dtype=str, keep_default_na=False)["doc"])
    sources = [(f"shared/{name}", args.shared / name) for name in FOLDERS]
    segments = candidate_segments(sources, set(), documents=lambda doc: doc not in labelled_docs)
    print(f"{segments['file'].nunique()} unlabelled documents, {len(segments)} candidate segments", file=sys.stderr)
    draw_pools(segments, pool_masks(segments["key"]), POOLS, seed=17).to_csv(sys.stdout, index=False)


if __name__ == "__main__":
    main()
