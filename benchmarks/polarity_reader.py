"""How much a blind reader's polarity labels should count (issue 17, twelfth round): grouped 5-fold cross-validation
on the TRAINING labels (load_labelled: every labelled file without its check half, the reader files in), with the
reader rows (labelled_set.READER_FILES and any --reader file) weighted 0 (left out of every fit: the recipe before
they were added), 1, 2, 3 ... in the polarity fit, scored on all rows, on the reader rows alone (the readers' line),
on the developer's rows alone and on each reader file alone.

    HF_HUB_OFFLINE=1 python benchmarks/polarity_reader.py [--reader FILE ...] [--weights 0 1 2 3]
        [--shifts 0 -0.5 -1] [--finding-shifts -1.5 0 -2] [--action-shifts -1 0] [--blind FILE ...]
        [--list errors.csv]

The classifier is fitted as the pipeline fits it (fit_classifier: kind and polarity, SETTINGS, balanced classes, the
row weights multiplying polarity's) and decides as it decides (ClassifierModel.predict: the kind first, then
polarity), on REPEATS groupings of the documents into 5 folds (polarity_check.folds: GroupKFold's, then two seeded
shuffles): a document's rows, the reader's and the developer's, are always in the same fold. Procedural segments keep
the rules' polarity, as in the pipeline. --shifts adds each value to the neutral class's score of every segment
before the decision (a threshold between neutral and the polar classes; 0, the default; fifteenth round: -0.5 and -1
lowered macro-F1 on all labels and on the reader rows). --finding-shifts sets polarity's finding_neutral_shift (added
to the neutral score where the predicted kind is "finding"; default: SETTINGS' value; seventeenth round),
--action-shifts its action_neutral_shift (where the predicted kind is "action"; twenty-first round). Each fold
is fitted once and decided at every shift. Printed per weight (and shift): macro-F1 of the first draw
with its interval from a bootstrap over documents, the mean of the draws, per-class F1 (mean of the draws).
--blind FILE (rows written by benchmarks/reader_labels.py from another blind sample, in no training file): for each
weight, a fit on all training rows scores it (held out by finding, not by document when its documents have other
labels). --list writes the first draw's held-out errors on the reader rows at the first weight (holds report text:
keep it out of the repository).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd
from classify_quality import KEPT_KINDS, document_interval, rules_predictions
from labelled_set import COLUMNS, load_labelled, polarity_weights
from polarity_check import REPEATS, blocks, folds
from sklearn.metrics import f1_score

from pipeline.classify_model import ClassifierModel, fit_classifier

CLASSES = ["concern", "neutral", "strength"]


def _fit(table: pd.DataFrame, parts: dict[str, np.ndarray], rows: np.ndarray,
         weights: np.ndarray) -> ClassifierModel:
    return fit_classifier(parts["vectors"][rows], parts["lead_ins"][rows], parts["cues"][rows], table.iloc[rows],
                          sections=parts["sections"][rows], row_weights={"polarity": weights[rows]})


def _decide(model: ClassifierModel, parts: dict[str, np.ndarray], rows: np.ndarray, rules: pd.DataFrame,
            neutral_shift: float = 0.0, finding_shift: float | None = None,
            action_shift: float | None = None) -> np.ndarray:
    """The pipeline's polarity of `rows` (procedural: the rules'), with the neutral score moved by neutral_shift
    everywhere, by finding_shift where the predicted kind is "finding" and by action_shift where it is "action"
    (None: the model's own)."""
    settings = dict(model.settings)
    if finding_shift is not None:
        settings["polarity"] = settings["polarity"]._replace(finding_neutral_shift=finding_shift)
    if action_shift is not None:
        settings["polarity"] = settings["polarity"]._replace(action_neutral_shift=action_shift)
    intercept = {**model.intercept, "polarity": model.intercept["polarity"].copy()}
    intercept["polarity"][list(model.classes["polarity"]).index("neutral")] += neutral_shift
    model = ClassifierModel(classes=model.classes, coef=model.coef, intercept=intercept, settings=settings,
                            embedding_model=model.embedding_model, cue_names=model.cue_names)
    predicted = model.predict(parts["vectors"][rows], parts["cues"][rows], parts["lead_ins"][rows],
                              allowed_kinds=KEPT_KINDS, sections=parts["sections"][rows])["polarity"]
    procedural = (rules["kind"].iloc[rows] == "procedural").to_numpy()
    return np.where(procedural, rules["polarity"].iloc[rows].to_numpy(), predicted).astype(str)


def held_out(table: pd.DataFrame, parts: dict[str, np.ndarray], rules: pd.DataFrame, weights: np.ndarray,
             repeat: int, shifts: list[tuple[float, float | None, float | None]]) -> list[np.ndarray]:
    """Held-out polarity of every row under one grouping into 5 folds, one array per (neutral, finding, action)
    shift."""
    out = [np.empty(len(table), dtype=object) for _ in shifts]
    for train, test in folds(table, repeat):
        train = train[weights[train] > 0]  # weight 0: the row is left out of the fit (the recipe before the round)
        model = _fit(table, parts, train, weights)
        for i, (neutral_shift, finding_shift, action_shift) in enumerate(shifts):
            out[i][test] = _decide(model, parts, test, rules, neutral_shift, finding_shift, action_shift)
    return [o.astype(str) for o in out]


def scores(table: pd.DataFrame, predictions: list[np.ndarray]) -> dict[str, float]:
    """Macro-F1 of the first draw with its document interval, the mean of the draws, per-class F1 (mean)."""
    truth = table["polarity"]
    low, high = document_interval(table.reset_index(drop=True),
                                  pd.DataFrame({"polarity": predictions[0]}), "polarity")
    per_class = np.mean([f1_score(truth, p, labels=CLASSES, average=None, zero_division=0) for p in predictions],
                        axis=0)
    return {"n": len(table), "first draw": f1_score(truth, predictions[0], average="macro"), "low": low,
            "high": high, "mean of draws": np.mean([f1_score(truth, p, average="macro") for p in predictions]),
            "accuracy": np.mean([(truth.to_numpy() == p).mean() for p in predictions]),
            **dict(zip(CLASSES, per_class))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reader", type=Path, action="append", default=[])
    parser.add_argument("--weights", type=float, nargs="+", default=[0.0, 1.0, 2.0, 3.0])
    parser.add_argument("--shifts", type=float, nargs="+", default=[0.0],
                        help="added to the neutral class's score before the decision (a threshold between neutral "
                             "and the polar classes; 0: the argmax the pipeline uses)")
    parser.add_argument("--finding-shifts", type=float, nargs="+", default=[None],
                        help="polarity's finding_neutral_shift values to compare (default: SETTINGS' value)")
    parser.add_argument("--action-shifts", type=float, nargs="+", default=[None],
                        help="polarity's action_neutral_shift values to compare (default: SETTINGS' value)")
    parser.add_argument("--blind", type=Path, action="append", default=[])
    parser.add_argument("--list")
    args = parser.parse_args()
    table = load_labelled(readers=tuple(args.reader))
    reader = table["reader"].to_numpy(dtype=bool)
    if not reader.any():
        raise SystemExit("no reader-labelled rows: name a file with --reader or list it in READER_FILES")
    print(f"training labels: {len(table)} segments of {table['doc'].nunique()} documents; reader rows {reader.sum()} "
          f"of {table.loc[reader, 'doc'].nunique()} documents, polarity "
          f"{table.loc[reader, 'polarity'].value_counts().to_dict()}")
    parts, rules = blocks(table), rules_predictions(table)
    shifts = [(s, f, a) for s in args.shifts for f in args.finding_shifts for a in args.action_shifts]
    blind = None
    if args.blind:
        blind = pd.concat([pd.read_csv(path, dtype=str, keep_default_na=False)[COLUMNS] for path in args.blind],
                          ignore_index=True)
        blind_parts, blind_rules = blocks(blind), rules_predictions(blind)
    rows, first = {}, None
    for weight in args.weights:
        weights = polarity_weights(table, weight)["polarity"]
        by_repeat = [held_out(table, parts, rules, weights, repeat, shifts) for repeat in range(REPEATS)]
        for i, (shift, finding_shift, action_shift) in enumerate(shifts):
            draws = [predictions[i] for predictions in by_repeat]
            first = draws[0] if first is None else first
            at = f"{weight:g}"
            if len(args.shifts) > 1 or args.shifts != [0.0]:
                at += f", shift {shift:+g}"
            if finding_shift is not None:
                at += f", finding shift {finding_shift:+g}"
            if action_shift is not None:
                at += f", action shift {action_shift:+g}"
            rows[(at, "all")] = scores(table, draws)
            rows[(at, "reader rows")] = scores(table[reader], [d[reader] for d in draws])
            rows[(at, "developer rows")] = scores(table[~reader], [d[~reader] for d in draws])
            for name in table.loc[reader, "labelled_file"].unique():  # each reader apart: they may draw the line apart
                mine = (table["labelled_file"] == name).to_numpy()
                rows[(at, name)] = scores(table[mine], [d[mine] for d in draws])
            if blind is not None:
                kept = np.flatnonzero(weights > 0)
                model = _fit(table, parts, kept, weights)
                rows[(at, "blind (fit on all)")] = scores(blind, [_decide(model, blind_parts, np.arange(len(blind)),
                                                                          blind_rules, shift, finding_shift,
                                                                          action_shift)])
    print("\n== polarity, grouped 5-fold CV on the training labels, by reader weight (and neutral shift)\n"
          + pd.DataFrame(rows).T.round(3).to_string())
    if args.list:
        wrong = reader & (table["polarity"].to_numpy() != first)
        table.assign(predicted=first)[wrong][["labelled_file", "doc", "section", "lead_in", "text", "polarity",
                                              "predicted"]].to_csv(args.list, index=False)


if __name__ == "__main__":
    main()
