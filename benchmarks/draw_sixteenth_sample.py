"""Draw the segments of tests/data/labelled_segments_sixteenth.csv (issue 17, eleventh round): findings at random as
a user meets them, aimed at the neutral class only by being random (no pool favours any polarity), split by document
into a training half and a check half BEFORE labelling.

    HF_HUB_OFFLINE=1 python benchmarks/draw_sixteenth_sample.py [--shared ../shared] > sixteenth_unlabelled.csv

Candidates: the pipeline's own segments of ../shared/ofsted_reports, ofsted_reports_sif, authority_reports and the
five council documents of ../shared/seeds, without kind-procedural segments by the rules, texts under 40 characters
and texts of any labelled file (the fifteenth included) or of tests/data/polarity_check_tenth.csv
(sampling.candidate_segments). DOCUMENTS documents are drawn at random (numpy default_rng(SEED), each document with a
candidate equally likely, whatever its length), then PER_DOCUMENT of each document's candidates at random (all of
them when it has fewer). Each document is put in a half by a fixed hash: sha256("polarity20:" + doc), the first 8 hex
digits as a number, even -> "train" (rules and retraining may read it), odd -> "check" (scored once before and once
after the round, never read while tuning). Prints a CSV with the columns of the labelled files (labels empty), the
pool (random) and the half.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from labelled_set import SIXTEENTH_FILE, ROOT
from sampling import random_sheet

FOLDERS = ("ofsted_reports", "ofsted_reports_sif", "authority_reports", "seeds")
SEED = 2016
DOCUMENTS, PER_DOCUMENT = 48, 4
SALT = "polarity20:"  # each document's half: sha256(SALT + doc), first 8 hex digits, even -> train, odd -> check


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    sources = [(f"shared/{name}", args.shared / name) for name in FOLDERS]
    table = random_sheet(sources, SIXTEENTH_FILE, SALT, SEED, DOCUMENTS, PER_DOCUMENT)
    table.to_csv(sys.stdout, index=False)


if __name__ == "__main__":
    main()
