"""Draw the segments of tests/data/labelled_segments_twelfth.csv (issue 17, seventh round): inspection-report
sentences of the shapes a blind reader of a 105-report run found misread - an improvement over a past weakness or an
old grade read as a concern because it names the old problem, approving descriptions read as neutral, and a risk
left unmanaged read as neutral - plus random ones, for labelling BEFORE any classifier is run on them.

    HF_HUB_OFFLINE=1 python benchmarks/draw_twelfth_sample.py [--shared ../shared] > twelfth_unlabelled.csv

Every Ofsted report of ../shared/ofsted_reports and ofsted_reports_sif already has labelled segments, so no report is
wholly unlabelled: the segments drawn are new segments of known reports (texts of any earlier labelled file or of
polarity_check_tenth.csv are left out), and the split is by document. Before labelling, each report is put in a half
by a fixed hash: `sha256("polarity17i:" + doc)`, the first 8 hex digits as a number, even -> "train" (rules and
retraining may read it), odd -> "check" (scored once at the end, never read while tuning). Segments come from the
pipeline's own segmenter; kind-procedural segments by the rules and texts under 40 characters are left out. Pools,
each drawn after the previous ones (pandas sample, seed SEED), at most two segments of a document per pool:
  past     a change over the past: no longer, since the last / previous inspection (or visit), previously, at the
           last inspection, historically, has / have (significantly) improved, now, highlighted or identified
           weaknesses (60);
  approve  an approving description without the usual praise words: track record, working well (with), beneficial,
           single (point of) access, plan to stay, climate, culture of, sustained, avoid(ing) (30);
  risk     a risk left or not managed: left ... at risk / vulnerable / unprotected, potentially at risk, risk(s) not
           (fully) assessed / managed / understood, exposed to (20);
  random   any other segment (40).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd
from labelled_set import ROOT, TWELFTH_FILE, labelled_texts
from sampling import TENTH, candidate_segments, draw_pools, fixed_half, pattern_masks, texts_of

FOLDERS = ("ofsted_reports", "ofsted_reports_sif")
SEED = 1712
POOLS = {
    "past": (r"\b(no longer|since the (last|previous) (inspection|visit|focused visit)|previously|"
             r"at the (last|previous) inspection|historically|ha(s|ve) (\w+ )?improved|now|"
             r"(highlighted|identified) [\w ]{0,30}weakness\w*)\b",
             60),
    "approve": (r"\b(track record|working well|works well with|beneficial|single (point of )?access|plan to stay|"
                r"climate|culture of|sustained|avoid\w*)\b", 30),
    "risk": (r"\b(left [\w ]{0,40}(at risk|vulnerable|unprotected)|potentially at (significant )?risk|risks? "
             r"(were |was |are |is )?not (fully |always )?(assessed|managed|understood|identified)|exposed to)\b", 20),
    "random": (r".", 40),
}


def half(doc: str) -> str:
    """The fixed half of a report: sha256("polarity17i:" + doc), first 8 hex digits, even -> train, odd -> check."""
    return "train" if fixed_half("polarity17i:", doc) == 0 else "check"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    # the texts of the labelled files before the twelfth (not of it, nor of later ones) and of the tenth set
    known = labelled_texts(before=TWELFTH_FILE) | texts_of(TENTH)
    segments = candidate_segments([(f"shared/{name}", args.shared / name) for name in FOLDERS], known)
    masks = pattern_masks(segments["key"], POOLS)
    sheet = draw_pools(segments, masks, [(pool, size, 2) for pool, (_, size) in POOLS.items()], seed=SEED)
    sheet.assign(half=sheet["doc"].map(half)).to_csv(sys.stdout, index=False)


if __name__ == "__main__":
    main()
