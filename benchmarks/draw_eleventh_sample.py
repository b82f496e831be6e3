"""Draw the segments of tests/data/labelled_segments_eleventh.csv (issue 17, sixth round): training rows of the
inspection-report constructions whose polarity the tracker's next-inspection status was found to suffer from.

    HF_HUB_OFFLINE=1 python benchmarks/draw_eleventh_sample.py [--shared ../shared] > eleventh_unlabelled.csv

Only TUNING documents: Ofsted reports of ../shared/ofsted_reports and ofsted_reports_sif in neither polarity check
set (`draw_eighth_sample.part` == "train") and of no authority in tests/data/tracker_next_fresh.csv or
tracker_next_more.csv (whose next-inspection status is scored, tuning and check alike, so no report of theirs gains
labels). Segments come from the pipeline's own segmenter; kind-procedural segments by the rules, texts under 40
characters and texts of any earlier labelled file are left out. Pools, each drawn after the previous ones (pandas
sample, seed SEED), at most two segments of a document per pool:
  ensure   a subject ensuring something ("Managers ensure that ...", "This ensures ..."): not "to / should / must /
           need to ensure" (20);
  well     "well" as an adverb of how something is done ("use parallel planning well") (15);
  hedged   a hedged shortfall: not always, not consistently, too variable, variable, "some / a few ... do not" (20);
  fixed    a past problem said to be fixed or a change since the last inspection: previously, now, since the last /
           previous inspection, no longer (15);
  random   any other segment (10).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from draw_eighth_sample import part
from labelled_set import ROOT, labelled_texts, new_check_documents
from sampling import candidate_segments, draw_pools, pattern_masks, tracker_authorities

FOLDERS = ("ofsted_reports", "ofsted_reports_sif")
SEED = 1711
POOLS = {
    "ensure": (r"(?<!\bto )(?<!\bshould )(?<!\bmust )(?<!\bwill )(?<!\bcan )\b(ensures?|ensured)\b", 20),
    "well": (r"\bwell\b(?![- ](being|established|supported|managed|received|placed|embedded|known))", 15),
    "hedged": (r"\b(not (always|consistently|all)|too variable|variable|inconsistent|(some|a few|a small number of) "
               r"[\w ]{0,60}\b(do|does|are|is|have|has) not)\b", 20),
    "fixed": (r"\b(previously|now|no longer|since the (last|previous) (inspection|visit)|at the (last|previous) "
              r"inspection)\b", 15),
    "random": (r".", 10),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    seventh_check, tracker = new_check_documents(), tracker_authorities()
    segments = candidate_segments([(f"shared/{name}", args.shared / name) for name in FOLDERS], labelled_texts())
    keep = segments["file"].map(lambda doc: part(doc, seventh_check) == "train"
                                and doc.rsplit("_", 1)[0] not in tracker)
    segments = segments[keep.to_numpy()].reset_index(drop=True)
    segments = segments[~segments["section"].str.contains(r"improve|recommendation", case=False)].reset_index(drop=True)
    print(f"{segments['file'].nunique()} tuning reports, {len(segments)} candidate segments", file=sys.stderr)
    masks = pattern_masks(segments["key"], POOLS)
    sheet = draw_pools(segments, masks, [(pool, size, 2) for pool, (_, size) in POOLS.items()], seed=SEED)
    sheet.to_csv(sys.stdout, index=False)


if __name__ == "__main__":
    main()
