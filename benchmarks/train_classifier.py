"""Refit the shipped kind / polarity classifier (pipeline/data/classify_model.npz) from the labelled segments.

    HF_HUB_OFFLINE=1 python benchmarks/train_classifier.py [--corpus corpus]

Reads tests/data/labelled_segments*.csv (see their headers; all of them, the seventh and eighth files' check halves
too: the check sets are kept out of the fits that score them, benchmarks/polarity_check.py, not out of the shipped
model),
embeds the texts, their lead-ins and section headings with all-MiniLM-L6-v2 through the pipeline's cache, computes
the rule cues and fits pipeline.classify_model.fit_classifier. Deterministic: the same labels give the same file.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from labelled_set import (ROOT, fingerprint, labelled_lead_in_vectors, labelled_section_vectors, labelled_vectors,
                          load_labelled)

from pipeline.classify_model import MODEL_PATH, cue_matrix, fit_classifier


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    labelled = load_labelled(args.corpus, check_half=True)
    model = fit_classifier(labelled_vectors(labelled["text"].tolist()), labelled_lead_in_vectors(labelled),
                           cue_matrix(labelled), labelled, trained_on=f"{len(labelled)} segments of {fingerprint()}",
                           sections=labelled_section_vectors(labelled))
    model.save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB), trained on {model.trained_on}")


if __name__ == "__main__":
    main()
