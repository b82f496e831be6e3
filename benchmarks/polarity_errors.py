"""Where the held-out polarity errors are (issue 17): error rates by sentence type, kind and document type.

    HF_HUB_OFFLINE=1 python benchmarks/polarity_errors.py [--corpus corpus] [--list errors.csv]

Held-out polarity of the labelled segments by the folds of classify_quality.py (5-fold cross-validation grouped by
document, the shipped recipe refitted on each training part; procedural segments keep the rules' polarity), with its
macro-F1 per fold. A
segment may fall in several sentence types, so the rows overlap; each row gives the segments of that type, how many
are wrong, the error rate and the share of all errors, then the confusions. Sentence types: the pools of
draw_polarity_sample.py (mixed, improvement, grade, figures, qualified) and
  contrast     a contrast word (but, however, although, while, whilst, despite, yet, though);
  negation     not, no, never, nor, without, lack..., n't;
  reported     reported speech of minutes and council reports (noted, advised, said, asked, felt, explained,
               reported, stated, commented, questioned, confirmed, queried, expressed);
  lead-in      has a lead-in (the sentence before, or the line introducing its list);
  rule cue     the rules give it a polarity other than neutral.
--list writes the wrong segments themselves (file, document, section, lead-in, text, labels, held-out and rules'
polarity) to a CSV, to read them (keep it out of the repository: it holds document text).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import numpy as np
import pandas as pd
from classify_quality import cross_validated, rules_predictions
from draw_polarity_sample import pool_masks
from labelled_set import ROOT, labelled_lead_in_vectors, labelled_section_vectors, labelled_vectors, load_labelled
from sampling import CONTRAST
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold

from pipeline.classify_model import cue_matrix

NEGATION = r"\b(not|no|never|nor|without|lack\w*)\b|n't\b"
REPORTED = (r"\b(noted|advised|said|asked|felt|explained|reported|stated|commented|questioned|confirmed|queried|"
            r"expressed)\b")


def sentence_types(labelled: pd.DataFrame, rules: pd.DataFrame) -> dict[str, np.ndarray]:
    texts = labelled["text"].map(lambda t: " ".join(str(t).split()))
    types = {name: mask.to_numpy() for name, mask in pool_masks(texts).items() if name != "random"}
    for name, pattern in (("contrast", CONTRAST), ("negation", NEGATION), ("reported", REPORTED)):
        compiled = re.compile(pattern, re.IGNORECASE)
        types[name] = texts.map(lambda t: compiled.search(t) is not None).to_numpy(dtype=bool)
    types["lead-in"] = labelled["lead_in"].fillna("").str.strip().ne("").to_numpy()
    types["rule cue"] = (rules["polarity"] != "neutral").to_numpy()
    return types


def error_table(labelled: pd.DataFrame, predicted: pd.Series, groups: dict[str, np.ndarray]) -> pd.DataFrame:
    wrong = (labelled["polarity"].to_numpy() != predicted.to_numpy())
    rows = {name: {"segments": int(mask.sum()), "wrong": int(wrong[mask].sum()),
                   "error rate": wrong[mask].mean() if mask.any() else np.nan,
                   "share of errors": wrong[mask].sum() / max(1, wrong.sum())} for name, mask in groups.items()}
    return pd.DataFrame(rows).T


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--list", type=Path, help="write the held-out errors to this CSV")
    args = parser.parse_args()
    labelled = load_labelled(args.corpus)
    vectors = labelled_vectors(labelled["text"].tolist())
    rules = rules_predictions(labelled)
    held_out = cross_validated(labelled, rules, vectors, labelled_lead_in_vectors(labelled), cue_matrix(labelled),
                               labelled_section_vectors(labelled))
    predicted = held_out["polarity"].astype(str)
    wrong = labelled["polarity"].to_numpy() != predicted.to_numpy()
    print(f"{len(labelled)} segments, {wrong.sum()} wrong held out ({wrong.mean():.3f})")
    if args.list:
        errors = labelled.assign(predicted=predicted.to_numpy(), rules=rules["polarity"].to_numpy())[wrong]
        errors[["labelled_file", "doc", "doc_type", "section", "lead_in", "text", "kind", "polarity", "predicted",
                "rules"]].to_csv(args.list, index=False)
    folds = GroupKFold(n_splits=5).split(labelled, groups=labelled["doc"])
    print("macro-F1 by fold: " + " / ".join(
        f"{f1_score(labelled['polarity'].iloc[test], predicted.iloc[test], average='macro'):.3f}" for _, test in folds))
    everything = np.ones(len(labelled), dtype=bool)
    print("\n== by sentence type (overlapping)\n" + error_table(
        labelled, predicted, {"all": everything, **sentence_types(labelled, rules)}).round(3).to_string())
    print("\n== by labelled kind\n" + error_table(
        labelled, predicted, {k: (labelled["kind"] == k).to_numpy() for k in sorted(labelled["kind"].unique())}
    ).round(3).to_string())
    print("\n== by document type\n" + error_table(
        labelled, predicted, {k: (labelled["doc_type"] == k).to_numpy() for k in sorted(labelled["doc_type"].unique())}
    ).round(3).to_string())
    print("\n== confusions (rows: label, columns: held-out prediction)\n"
          + pd.crosstab(labelled["polarity"], predicted.to_numpy()).to_string())


if __name__ == "__main__":
    main()
