"""Draw the segments of tests/data/labelled_segments_eighth.csv (issue 17, fourth round): new segments of the sentence
types the polarity errors are in, each document's part (training or check) fixed BEFORE labelling.

    HF_HUB_OFFLINE=1 python benchmarks/draw_eighth_sample.py [--shared ../shared] > outputs/eighth_unlabelled.csv

Every document of the bundled corpus and of ../shared/ofsted_reports, ofsted_reports_sif and authority_reports has
some labelled segment already, so the sample is of segments whose text no earlier file holds. The part follows the
document sets the earlier rounds fixed by hashes of the document name, so the tuning documents stay whole:
  train  a tuning document (in neither check set of `polarity_check.py`);
  check  a document of the seventh file's check half, or of the old check set's untouched part (documents whose
         errors no rule was written from); the 14 old check documents read in the third round are left out.
Segments come from the pipeline's own segmenter (pipeline.ingest + pipeline.segment); the rules run only to leave out
kind-procedural segments, and texts under 40 characters are left out. Pools, each drawn after the previous ones
(pandas sample, seed 61), at most two segments of a document per pool, sizes (train, check):
  plain        no praise, shortfall or qualifying word of draw_polarity_sample.py: a plain description (22, 14);
  eased        a fall or rise said of caseloads, turnover, vacancies, delays, waits and the like (18, 12);
  grade        a grade word: requires improvement, inadequate, outstanding, "is/are good", judged (12, 8);
  consequence  a number other than a year and a consequence or limit word (limiting, meaning, which means, so that,
               resulting, as a result, impact, affect, enable) (18, 12);
  negated      a negated or qualified praise word (the "qualified" pool of draw_polarity_sample.py) (18, 12);
  random       any other segment (12, 8).
Prints a CSV with the columns of the labelled files (labels empty), the pool and the part (column half).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd
from labelled_set import ROOT, labelled_texts, new_check_documents, old_check
from polarity_check import read_in_third_round
from sampling import (CHANGE, FIGURE, GRADE, PRAISE, QUALIFIED, SHORTFALL, TOPIC, candidate_segments, draw_pools, has,
                      with_doc_types)


FOLDERS = ("ofsted_reports", "ofsted_reports_sif", "authority_reports")
SIZES = {"plain": (22, 14), "eased": (18, 12), "grade": (12, 8), "consequence": (18, 12), "negated": (18, 12),
         "random": (12, 8)}
SEED = 61
CONSEQUENCE = (r"\b(limit\w*|meaning|which means|means that|so that|result\w*|as a result|impact\w*|affect\w*|"
               r"enabl\w*|leading to|led to|therefore|consequently)\b")


def part(doc: str, seventh_check: set[str]) -> str:
    """"train", "check" or "" (left out) for a document, by the check sets the earlier rounds fixed."""
    if doc in seventh_check:
        return "check"
    if old_check(doc):
        return "" if read_in_third_round(doc) else "check"
    return "train"


def pool_masks(texts: pd.Series) -> dict[str, pd.Series]:
    numbers = texts.map(lambda t: len(FIGURE.findall(t)) >= 1)
    return {"plain": ~has(PRAISE, texts) & ~has(SHORTFALL, texts) & ~has(QUALIFIED, texts),
            "eased": has(TOPIC, texts) & has(CHANGE, texts),
            "grade": has(GRADE, texts),
            "consequence": numbers & has(CONSEQUENCE, texts),
            "negated": has(QUALIFIED, texts),
            "random": pd.Series(True, index=texts.index)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    known, seventh_check = labelled_texts(), new_check_documents()
    sources = [("corpus", ROOT / "corpus")] + [(f"shared/{name}", args.shared / name) for name in FOLDERS]
    segments = candidate_segments(sources, known)
    segments["half"] = segments["file"].map(lambda doc: part(doc, seventh_check))
    sheets = []
    for half, column in (("train", 0), ("check", 1)):
        these = segments[segments["half"] == half].reset_index(drop=True)
        print(f"{half}: {these['file'].nunique()} documents, {len(these)} candidate segments", file=sys.stderr)
        pools = [(pool, sizes[column], 2) for pool, sizes in SIZES.items()]
        sheet = draw_pools(these, pool_masks(these["key"]), pools, seed=SEED)
        sheets.append(with_doc_types(sheet, these).assign(half=half))
    pd.concat(sheets, ignore_index=True).to_csv(sys.stdout, index=False)


if __name__ == "__main__":
    main()
