"""Draw the segments of tests/data/polarity_check_tenth.csv (issue 17, sixth round): a check set of whole
documents, drawn and labelled BEFORE any change of that round and scored once before and once after it.

    HF_HUB_OFFLINE=1 python benchmarks/draw_tenth_sample.py [--shared ../shared] > tenth_unlabelled.csv

Every Ofsted report of ../shared/ofsted_reports and ofsted_reports_sif already has labelled segments, so no report is
wholly unlabelled. The nearest to a document never seen: a report whose labelled segments are all in a check set no
rule or setting was ever chosen on - the seventh file's check half, or the old check set's untouched part
(`draw_eighth_sample.part` == "check") - and of no authority whose reports tune the tracker's status
(the tuning halves of tests/data/tracker_next_fresh.csv and tracker_next_more.csv), because those reports' sentences
may be read while tuning. From these reports, DOCUMENTS documents are drawn (random.Random(SEED).sample over the
sorted file names), then PER_DOCUMENT segments of each at random (pandas sample, seed SEED): the pipeline's own
segments (pipeline.ingest + pipeline.segment), without kind-procedural segments by the rules, texts under 40
characters and texts of any earlier labelled file. The scoring fit (benchmarks/polarity_tenth.py) leaves out every
labelled segment of these documents, so they are held out by document.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from draw_eighth_sample import part
from labelled_set import ROOT, labelled_texts, new_check_documents
from sampling import candidate_segments, sheet, tracker_authorities

FOLDERS = ("ofsted_reports", "ofsted_reports_sif")
DOCUMENTS, PER_DOCUMENT, SEED = 9, 15, 1710


def eligible(doc: str, seventh_check: set[str], tuning: set[str]) -> bool:
    authority = doc.rsplit("_", 1)[0]
    return part(doc, seventh_check) == "check" and authority not in tuning


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    seventh_check, tuning = new_check_documents(), tracker_authorities(("tuning", "tune"))
    files = sorted(f.name for name in FOLDERS for f in (args.shared / name).glob("*.pdf")
                   if eligible(f.name, seventh_check, tuning))
    chosen = sorted(random.Random(SEED).sample(files, DOCUMENTS))
    print(f"{len(files)} eligible reports; drawn: {chosen}", file=sys.stderr)
    segments = candidate_segments([(f"shared/{name}", args.shared / name) for name in FOLDERS], labelled_texts())
    segments = segments[segments["file"].isin(chosen)]
    sample = (segments.sample(frac=1.0, random_state=SEED).groupby("file", sort=False).head(PER_DOCUMENT)
              .sort_values(["file", "start"] if "start" in segments.columns else ["file"]))
    sheet(sample).to_csv(sys.stdout, index=False)


if __name__ == "__main__":
    main()
