"""Draw the segments of tests/data/labelled_segments_fourteenth.csv (issue 17, ninth round): findings at random as a
user meets them, documents first, split by document into a training half and a check half BEFORE labelling.

    HF_HUB_OFFLINE=1 python benchmarks/draw_fourteenth_sample.py [--shared ../shared] > fourteenth_unlabelled.csv

Candidates: the pipeline's own segments of the bundled corpus and of ../shared/ofsted_reports and
ofsted_reports_sif, without kind-procedural segments by the rules, texts under 40 characters and texts of any
earlier labelled file or of tests/data/polarity_check_tenth.csv (sampling.candidate_segments). DOCUMENTS documents
are drawn at random (numpy default_rng(SEED), each document with at least one candidate equally likely, whatever its
length), then PER_DOCUMENT of each document's candidates at random (all of them when it has fewer). Each document is
put in a half by a fixed hash: sha256("polarity18:" + doc), the first 8 hex digits as a number, even -> "train"
(rules and retraining may read it), odd -> "check" (scored once before and once after the round, never read while
tuning). Prints a CSV with the columns of the labelled files (labels empty), the pool (random) and the half.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from labelled_set import FOURTEENTH_FILE, ROOT, labelled_texts
from sampling import TENTH, candidate_segments, fixed_half, sheet, texts_of, with_doc_types

FOLDERS = ("ofsted_reports", "ofsted_reports_sif")
SEED = 1814
DOCUMENTS, PER_DOCUMENT = 64, 4


def half(doc: str) -> str:
    """The fixed half of a document: sha256("polarity18:" + doc), first 8 hex digits, even -> train, odd -> check."""
    return "train" if fixed_half("polarity18:", doc) == 0 else "check"


def draw(segments: pd.DataFrame, seed: int = SEED, documents: int = DOCUMENTS,
         per_document: int = PER_DOCUMENT) -> pd.DataFrame:
    """`documents` documents at random (sorted names, so the draw does not hang on reading order), then
    `per_document` candidates of each at random, in the order drawn."""
    rng = np.random.default_rng(seed)
    names = sorted(segments["file"].unique())
    chosen = rng.choice(names, size=min(documents, len(names)), replace=False)
    rows = []
    for name in chosen:
        own = segments.index[segments["file"] == name].to_numpy()
        rows.extend(rng.choice(own, size=min(per_document, len(own)), replace=False).tolist())
    return segments.loc[rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    # the texts of the labelled files before the fourteenth (not of it, nor of later ones) and of the tenth set
    known = labelled_texts(before=FOURTEENTH_FILE) | texts_of(TENTH)
    sources = [("corpus", ROOT / "corpus")] + [(f"shared/{name}", args.shared / name) for name in FOLDERS]
    segments = candidate_segments(sources, known)
    print(f"{segments['file'].nunique()} documents, {len(segments)} candidate segments", file=sys.stderr)
    drawn = draw(segments)
    table = with_doc_types(sheet(drawn).assign(pool="random"), segments)
    table.assign(half=table["doc"].map(half)).to_csv(sys.stdout, index=False)


if __name__ == "__main__":
    main()
