"""Draw the segments of tests/data/labelled_segments_seventh.csv (issue 17, third round): new segments where the
held-out polarity errors are, split by document into a training half and an untouched check half, for labelling
BEFORE any classifier or model is run on them.

    HF_HUB_OFFLINE=1 python benchmarks/draw_seventh_sample.py [--shared ../shared] > outputs/seventh_unlabelled.csv

Every document of the bundled corpus and of ../shared/ofsted_reports, ofsted_reports_sif and authority_reports has
some segment in the six earlier files, so no wholly new document is left there: the sample is of segments whose text
no earlier file holds. Segments come from the pipeline's own segmenter (pipeline.ingest + pipeline.segment); the
rules run only to leave out kind-procedural segments, and texts under 40 characters are left out. Pools, each drawn
after the previous ones (pandas sample, seed 53), with at most `per_document` segments of a document:
  council         a segment of a council document of the corpus (minutes, scrutiny report, motion) (70, 35);
  recommendation  an inspection-report segment under a "What needs to improve" / "Areas for improvement" /
                  "Recommendations" heading, or opening with an instruction (Ensure, Improve, Strengthen, ...)
                  (50, 2);
  plain           an inspection-report segment with no praise, shortfall or qualifying word of
                  draw_polarity_sample.py: a plain description of provision or practice (55, 2);
  negated         a negated or qualified praise word (the "qualified" pool of draw_polarity_sample.py) (30, 2);
  random          any other segment (75, 2).
Each document goes to the check half when sha256("polarity17e:" + document) is odd (`check_half`), else to the
training half; the column `half` says which. Prints a CSV with the columns of the labelled files (labels empty),
the pool and the half.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd
from labelled_set import ROOT, labelled_texts
from sampling import PRAISE, QUALIFIED, SHORTFALL, candidate_segments, draw_pools, fixed_half, has, with_doc_types


FOLDERS = ("ofsted_reports", "ofsted_reports_sif", "authority_reports")
POOLS = (("council", 70, 35), ("recommendation", 50, 2), ("plain", 55, 2), ("negated", 30, 2), ("random", 75, 2))
SEED = 53
IMPROVE_HEADING = r"what needs to improve|areas? for (improvement|development)|recommendations?"
INSTRUCTION = r"^(ensure|improve|strengthen|develop|review|address|increase|reduce|establish|implement|make sure)\b"


def check_half(doc: str) -> bool:
    """True for a document of the untouched check half (a fixed hash of its name)."""
    return fixed_half("polarity17e:", doc, digits=None) == 1


def pool_masks(segments: pd.DataFrame) -> dict[str, pd.Series]:
    texts, report = segments["key"], segments["doc_type"] == "inspection_report"
    return {"council": ~report,
            "recommendation": report & (has(IMPROVE_HEADING, segments["section"]) | has(INSTRUCTION, texts)),
            "plain": report & ~has(PRAISE, texts) & ~has(SHORTFALL, texts) & ~has(QUALIFIED, texts),
            "negated": has(QUALIFIED, texts),
            "random": pd.Series(True, index=segments.index)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    known = labelled_texts()
    sources = [("corpus", ROOT / "corpus")] + [(f"shared/{name}", args.shared / name) for name in FOLDERS]
    segments = candidate_segments(sources, known)
    print(f"{segments['file'].nunique()} documents, {len(segments)} candidate segments", file=sys.stderr)
    sheet = with_doc_types(draw_pools(segments, pool_masks(segments), POOLS, seed=SEED), segments)
    sheet["half"] = ["check" if check_half(doc) else "train" for doc in sheet["doc"]]
    sheet.to_csv(sys.stdout, index=False)


if __name__ == "__main__":
    main()
