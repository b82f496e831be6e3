"""Polarity on the tenth labelled set (issue 17, sixth round): new segments of 9 Ofsted reports, held out by document.

    HF_HUB_OFFLINE=1 python benchmarks/polarity_tenth.py [--labels CSV] [--save CSV] [--before SAVED.csv]

The set (tests/data/polarity_check_tenth.csv; drawn by benchmarks/draw_tenth_sample.py, labelled before any
classifier ran on it) is scored with a model fitted on every labelled segment of the other documents (the labelled
files' check halves are never in a fit, as in polarity_check.py final), so no label of its 9 documents is in the fit;
procedural segments keep the rules' polarity, as in the pipeline. Also printed: the shipped model (which was trained
on older labels of the same documents, so it is not held out by document) and the rules alone. The interval is a
bootstrap over the 9 documents. --save writes the per-segment predictions (holds report text: keep it out of the
repository); --before compares with such a file from another checkout, paired over documents.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd
from classify_quality import document_interval, learned_predictions, rules_predictions
from labelled_set import (COLUMNS, ROOT, labelled_lead_in_vectors, labelled_section_vectors, labelled_vectors,
                          load_labelled)
from polarity_paired import paired
from sklearn.metrics import f1_score

from pipeline.classify_model import cue_matrix, fit_classifier, shipped_model

TENTH = ROOT / "tests/data/polarity_check_tenth.csv"


def blocks(table: pd.DataFrame):
    return (labelled_vectors(table["text"].tolist()), labelled_lead_in_vectors(table),
            labelled_section_vectors(table), cue_matrix(table))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--labels", type=Path, default=TENTH)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--save", type=Path)
    parser.add_argument("--before", type=Path)
    args = parser.parse_args()
    check = pd.read_csv(args.labels, comment="#", dtype=str, keep_default_na=False)
    check = check.assign(**{column: "" for column in ("kind", "voice") if column not in check})  # polarity only
    labelled = load_labelled(args.corpus)
    train = labelled[~labelled["doc"].isin(set(check["doc"]))].reset_index(drop=True)
    print(f"fit: {len(train)} segments of {train['doc'].nunique()} documents ({len(labelled) - len(train)} labels of "
          f"the set's documents left out); set: {len(check)} segments of {check['doc'].nunique()} documents")
    vectors, lead_ins, sections, cues = blocks(train)
    model = fit_classifier(vectors, lead_ins, cues, train, sections=sections)
    rules = rules_predictions(check[COLUMNS])
    vectors, lead_ins, sections, cues = blocks(check[COLUMNS])
    runs = {"held out by document": learned_predictions(check, rules, vectors, lead_ins, cues, model, sections),
            "shipped model (not held out)": learned_predictions(check, rules, vectors, lead_ins, cues,
                                                                shipped_model(), sections),
            "rules alone": rules}
    truth, rows = check["polarity"], {}
    for name, predicted in runs.items():
        low, high = document_interval(check, predicted, "polarity")
        rows[name] = {"macro-F1": f1_score(truth, predicted["polarity"], average="macro"), "low": low,
                      "high": high, "accuracy": (truth == predicted["polarity"]).mean(),
                      "errors": int((truth != predicted["polarity"]).sum())}
    print("\n== polarity macro-F1 (95% interval: bootstrap over the documents)\n"
          + pd.DataFrame(rows).T.round(3).to_string())
    held = runs["held out by document"]["polarity"].astype(str)
    print("\nheld out: confusions (rows: label)\n" + pd.crosstab(truth, held.to_numpy()).to_string())
    print("\nheld out: errors by document\n" + (truth != held).groupby(check["doc"]).agg(["sum", "count"]).to_string())
    saved = check[["doc", "text", "polarity"]].assign(
        set="tenth", predicted_polarity=held.to_numpy(),
        predicted_shipped=runs["shipped model (not held out)"]["polarity"].astype(str).to_numpy())
    if args.save:
        saved.to_csv(args.save, index=False)
    if args.before:
        before = pd.read_csv(args.before, dtype=str, keep_default_na=False)
        table = saved.merge(before[["doc", "text", "predicted_polarity"]], on=["doc", "text"],
                            suffixes=("_after", "_before"))
        table = table.rename(columns={"predicted_polarity_after": "polarity_after",
                                      "predicted_polarity_before": "polarity_before"})
        print(f"\n== paired with {args.before.name} ({len(table)} of {len(saved)} rows matched), held out by document\n"
              + pd.Series(paired(table, "polarity")).round(3).to_string())


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
