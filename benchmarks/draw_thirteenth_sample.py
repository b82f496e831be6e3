"""Draw the segments of tests/data/labelled_segments_thirteenth.csv (issue 17, eighth round): new segments where the
polarity errors concentrate, split by document into a training half and a check half BEFORE labelling.

    HF_HUB_OFFLINE=1 python benchmarks/draw_thirteenth_sample.py --tracker RUN/tracker.csv [--shared ../shared] \
        > thirteenth_unlabelled.csv

RUN is a run of the bundled corpus (`python -m pipeline run --corpus corpus --out RUN`); its tracker.csv names the
findings of the next inspection report that decide each recommendation's status (part next_inspection, rank > 0,
column quote). Candidates: the pipeline's own segments of the bundled corpus and of ../shared/ofsted_reports,
ofsted_reports_sif and authority_reports, without kind-procedural segments by the rules, texts under 40 characters
and texts of any earlier labelled file or of tests/data/polarity_check_tenth.csv (every document has labelled
segments already, so these are new segments of known documents). Pools, each drawn after the previous ones (pandas
sample, seed SEED), with at most `per document` segments of a document:
  council    a segment of a council document (minutes, scrutiny or progress report, motion) (40, 12);
  evidence   a next-inspection finding the tracker shows as evidence of a status (quote of tracker.csv) (25, 5);
  plain      an inspection-report segment with no praise, shortfall or qualifying word (sampling.py): a plain
             description of provision or practice (25, 2);
  resolved   a past problem said to be resolved or a change over the past: historically, previously, no longer,
             since the last / previous inspection or visit, at the last inspection, has / have been strengthened /
             improved / addressed / resolved, was / were found, now (25, 2);
  random     any other segment (25, 2).
Each document is put in a half by a fixed hash: sha256("polarity17j:" + doc), the first 8 hex digits as a number,
even -> "train" (rules and retraining may read it), odd -> "check" (scored once before and once after the round,
never read while tuning). Prints a CSV with the columns of the labelled files (labels empty), the pool and the half.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd
from labelled_set import ROOT, THIRTEENTH_FILE, labelled_texts
from sampling import (PRAISE, QUALIFIED, SHORTFALL, TENTH, candidate_segments, draw_pools, fixed_half, has,
                      texts_of, with_doc_types)

FOLDERS = ("ofsted_reports", "ofsted_reports_sif", "authority_reports")
SEED = 1713
POOLS = (("council", 40, 12), ("evidence", 25, 5), ("plain", 25, 2), ("resolved", 25, 2), ("random", 25, 2))
RESOLVED = (r"\b(historically|previously|no longer|since the (last|previous) (inspection|visit|focused visit)|"
            r"at the (last|previous) inspection|ha(s|ve) (now )?(been )?(strengthened|improved|addressed|resolved)|"
            r"(was|were) found|now)\b")


def half(doc: str) -> str:
    """The fixed half of a document: sha256("polarity17j:" + doc), first 8 hex digits, even -> train, odd -> check."""
    return "train" if fixed_half("polarity17j:", doc) == 0 else "check"


def evidence_keys(tracker: Path) -> set[str]:
    """The texts (white space folded) of the next-inspection findings a tracker shows as evidence."""
    table = pd.read_csv(tracker, dtype=str, keep_default_na=False)
    quotes = table.loc[(table["part"] == "next_inspection") & (table["rank"] != "0"), "quote"]
    return {" ".join(quote.split()) for quote in quotes if quote}


def pool_masks(segments: pd.DataFrame, evidence: set[str]) -> dict[str, pd.Series]:
    texts, report = segments["key"], segments["doc_type"] == "inspection_report"
    return {"council": ~report,
            "evidence": report & texts.isin(evidence),
            "plain": report & ~has(PRAISE, texts) & ~has(SHORTFALL, texts) & ~has(QUALIFIED, texts),
            "resolved": report & has(RESOLVED, texts),
            "random": pd.Series(True, index=segments.index)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tracker", type=Path, required=True)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    # the texts of the labelled files before the thirteenth (not of it, nor of later ones) and of the tenth set
    known = labelled_texts(before=THIRTEENTH_FILE) | texts_of(TENTH)
    sources = [("corpus", ROOT / "corpus")] + [(f"shared/{name}", args.shared / name) for name in FOLDERS]
    segments = candidate_segments(sources, known)
    masks = pool_masks(segments, evidence_keys(args.tracker))
    print(f"{segments['file'].nunique()} documents, {len(segments)} candidate segments; pool sizes "
          + ", ".join(f"{pool} {int(mask.sum())}" for pool, mask in masks.items()), file=sys.stderr)
    sheet = with_doc_types(draw_pools(segments, masks, POOLS, seed=SEED), segments)
    sheet.assign(half=sheet["doc"].map(half)).to_csv(sys.stdout, index=False)


if __name__ == "__main__":
    main()
