"""Draw the segments of tests/data/labelled_segments_fifth.csv: inspection-report sentences of the kinds whose
polarity the held-out errors were in (issue 17), for labelling BEFORE any model is run on them.

    HF_HUB_OFFLINE=1 python benchmarks/draw_polarity_sample.py [--shared ../shared] > outputs/fifth_unlabelled.csv

Segments come from the pipeline's own segmenter (pipeline.ingest + pipeline.segment) over ../shared/ofsted_reports
(60 ILACS reports, 2018+) and ../shared/ofsted_reports_sif (45 SIF reports, 2013-2018, no segment of which was
labelled before); kind-procedural segments by the rules, segments under 40 characters and texts already in a
labelled file are left out. Pools, each drawn after the previous ones (pandas sample, seed 41), at most two
segments per document and pool:
  mixed       a contrast word (but, however, although, while, whilst, despite, yet, though) with both a
              shortfall word and a praise word (30);
  improvement a fall or rise said of caseloads, turnover, vacancies, agency staff, delay, drift, waits, backlogs,
              re-referrals or timeliness, or "now" with such a word (20);
  grade       a judgement word: requires improvement, inadequate, outstanding, "is/are good", judged, graded (15);
  figures     two or more numbers other than years (15);
  qualified   a negated or qualified praise word ("not always effective", "not yet", "would benefit", "could be")
              (15);
  random      any other segment (15).
Prints a CSV with the columns of the labelled files (labels empty) and the pool.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd
from labelled_set import ROOT, labelled_texts
from sampling import (CHANGE, CONTRAST, FIGURE, GRADE, PRAISE, QUALIFIED, SHORTFALL, TOPIC, candidate_segments,
                      draw_pools, has)

POOLS = (("mixed", 30), ("improvement", 20), ("grade", 15), ("figures", 15), ("qualified", 15), ("random", 15))


def pool_masks(texts: pd.Series) -> dict[str, pd.Series]:
    return {"mixed": has(CONTRAST, texts) & has(SHORTFALL, texts) & has(PRAISE, texts),
            "improvement": has(TOPIC, texts) & has(CHANGE, texts),
            "grade": has(GRADE, texts),
            "figures": texts.map(lambda t: len(FIGURE.findall(t)) >= 2),
            "qualified": has(QUALIFIED, texts),
            "random": pd.Series(True, index=texts.index)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    sources = [(f"shared/{name}", args.shared / name) for name in ("ofsted_reports", "ofsted_reports_sif")]
    segments = candidate_segments(sources, labelled_texts())
    sheet = draw_pools(segments, pool_masks(segments["key"]), [(pool, size, 2) for pool, size in POOLS], seed=41)
    sheet.to_csv(sys.stdout, index=False)


if __name__ == "__main__":
    main()
