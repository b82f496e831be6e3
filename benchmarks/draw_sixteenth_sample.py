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

from draw_fourteenth_sample import draw
from labelled_set import ROOT, SIXTEENTH_FILE, labelled_texts
from sampling import TENTH, candidate_segments, fixed_half, sheet, texts_of, with_doc_types

FOLDERS = ("ofsted_reports", "ofsted_reports_sif", "authority_reports", "seeds")
SEED = 2016
DOCUMENTS, PER_DOCUMENT = 48, 4


def half(doc: str) -> str:
    """The fixed half of a document: sha256("polarity20:" + doc), first 8 hex digits, even -> train, odd -> check."""
    return "train" if fixed_half("polarity20:", doc) == 0 else "check"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    # the texts of the labelled files before the sixteenth (not of it, nor of later ones) and of the tenth set
    known = labelled_texts(before=SIXTEENTH_FILE) | texts_of(TENTH)
    sources = [(f"shared/{name}", args.shared / name) for name in FOLDERS]
    segments = candidate_segments(sources, known)
    print(f"{segments['file'].nunique()} documents, {len(segments)} candidate segments", file=sys.stderr)
    drawn = draw(segments, seed=SEED, documents=DOCUMENTS, per_document=PER_DOCUMENT)
    table = with_doc_types(sheet(drawn).assign(pool="random"), segments)
    table.assign(half=table["doc"].map(half)).to_csv(sys.stdout, index=False)


if __name__ == "__main__":
    main()
