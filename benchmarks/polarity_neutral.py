"""Why neutral findings are called concern or strength (issue 17, eleventh round): grouped 5-fold cross-validation
on the TRAINING labels only (every labelled file without its check half; load_labelled), per-class polarity F1 and
the neutral rows' confusions, for the shipped recipe and for shifts of the neutral class's intercept (a threshold
between neutral and polar).

    HF_HUB_OFFLINE=1 python benchmarks/polarity_neutral.py [--list errors.csv]

Only the polarity model is fitted (as fit_classifier fits it, with SETTINGS["polarity"]), on REPEATS groupings of the
documents into 5 folds (polarity_check.folds: GroupKFold's, then two seeded shuffles); the held-out linear scores
are kept, so each shift re-decides the same scores (argmax after adding the shift to neutral's score; procedural
segments keep the rules' polarity, as in the pipeline). Means over the draws are printed, with the GroupKFold draw's
interval from a bootstrap over documents. --list writes the shipped recipe's held-out polarity errors that involve
the neutral class (labelled or predicted neutral) of the first draw (holds report text: keep it out of the
repository).
"""

from __future__ import annotations

import argparse

import numpy as np
import pandas as pd
from classify_quality import document_interval, rules_predictions
from labelled_set import load_labelled
from polarity_check import REPEATS, blocks, folds
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

from pipeline.classify_model import SETTINGS, features

CLASSES = ["concern", "neutral", "strength"]
SHIFTS = (-0.5, -0.25, 0.0, 0.25, 0.5, 1.0)


def held_out_scores(table: pd.DataFrame, parts: dict[str, np.ndarray], repeat: int) -> np.ndarray:
    """(n, 3) held-out polarity scores (CLASSES order) of one grouping into 5 folds."""
    settings = SETTINGS["polarity"]
    x = features(parts["vectors"], parts["lead_ins"], parts["cues"], settings, parts["sections"])
    y = table["polarity"].to_numpy()
    scores = np.zeros((len(table), len(CLASSES)))
    for train, test in folds(table, repeat):
        model = LogisticRegression(C=settings.C, class_weight="balanced", max_iter=5000).fit(x[train], y[train])
        assert list(model.classes_) == CLASSES
        scores[test] = model.decision_function(x[test])
    return scores


def decide(scores: np.ndarray, rules: pd.DataFrame, shift: float) -> np.ndarray:
    shifted = scores + np.array([0.0, shift, 0.0])
    out = np.array(CLASSES, dtype=object)[shifted.argmax(axis=1)]
    procedural = (rules["kind"] == "procedural").to_numpy()
    return np.where(procedural, rules["polarity"].to_numpy(), out).astype(str)


def row(table: pd.DataFrame, predictions: list[np.ndarray]) -> dict[str, float]:
    truth = table["polarity"]
    low, high = document_interval(table, pd.DataFrame({"polarity": predictions[0]}), "polarity")
    per_class = np.mean([f1_score(truth, p, labels=CLASSES, average=None) for p in predictions], axis=0)
    return {"first draw": f1_score(truth, predictions[0], average="macro"), "low": low, "high": high,
            "mean of draws": np.mean([f1_score(truth, p, average="macro") for p in predictions]),
            "accuracy": np.mean([(truth.to_numpy() == p).mean() for p in predictions]),
            **dict(zip(CLASSES, per_class))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--list")
    args = parser.parse_args()
    table = load_labelled()
    print(f"training labels: {len(table)} segments of {table['doc'].nunique()} documents; "
          f"polarity {table['polarity'].value_counts().to_dict()}")
    parts, rules = blocks(table), rules_predictions(table)
    draws = [held_out_scores(table, parts, repeat) for repeat in range(REPEATS)]
    rows = {"rules alone": row(table, [rules["polarity"].to_numpy()])}
    for shift in SHIFTS:
        rows[f"neutral {shift:+.2f}" if shift else "shipped"] = row(table, [decide(s, rules, shift) for s in draws])
    print("\n== grouped 5-fold CV on the training labels (per-class F1 and accuracy: mean of the draws)\n"
          + pd.DataFrame(rows).T.round(3).to_string())
    predicted = decide(draws[0], rules, 0.0)
    print("\n== shipped recipe, first draw: confusions (rows: label)\n"
          + pd.crosstab(table["polarity"], predicted).to_string())
    wrong = pd.Series(table["polarity"].to_numpy() != predicted)
    print("\n== shipped recipe, first draw: errors by labelled file\n"
          + wrong.groupby(table["labelled_file"].to_numpy()).agg(["sum", "count"]).to_string())
    if args.list:
        involved = (table["polarity"].to_numpy() != predicted) & (
            (table["polarity"].to_numpy() == "neutral") | (predicted == "neutral"))
        table.assign(predicted=predicted, rules=rules["polarity"].to_numpy())[involved][
            ["labelled_file", "doc", "section", "lead_in", "text", "kind", "polarity", "predicted", "rules"]
        ].to_csv(args.list, index=False)


if __name__ == "__main__":
    main()
