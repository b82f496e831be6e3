"""Fine-tuned encoder against the linear model on frozen vectors, for polarity (issue 17: 0.85 -> 0.92).

    HF_HUB_OFFLINE=1 python benchmarks/polarity_finetune.py [--epochs 4] [--lr 3e-5] [--no-section] [--folds 0,1]

On the hand-labelled segments (tests/data/labelled_segments*.csv), 5-fold cross-validation GROUPED BY DOCUMENT
(GroupKFold on the document, the folds of benchmarks/classify_quality.py), polarity macro-F1 per fold, overall and
per class of
  - linear: the shipped recipe (pipeline.classify_model: logistic regression on frozen MiniLM vectors + rule cues);
  - fine-tuned: benchmarks/polarity_encoder.py (MiniLM's top layers fine-tuned with a linear head over the pooled
    state and, unless --no-cues, the rule cues; class-weighted);
  - mean: the mean of the two models' probabilities.
Procedural segments (by the rules) keep the rules' polarity in all three, as in the pipeline. The fine-tuned
models' held-out probabilities are kept in outputs/polarity_finetune/ (one file per settings and fold), so a rerun
with the same settings only prints.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
from dataclasses import asdict, replace
from pathlib import Path

import numpy as np
import pandas as pd
from classify_quality import rules_predictions
from labelled_set import ROOT, labelled_lead_in_vectors, labelled_vectors, load_labelled
from polarity_encoder import FinetuneSettings, fit_polarity_encoder, lower_states, second_segment
from sklearn.metrics import classification_report, f1_score
from sklearn.model_selection import GroupKFold

from pipeline.classify import CUE_NAMES
from pipeline.classify_model import cue_matrix, features, fit_classifier
from pipeline.embed import default_model_path

OUT = ROOT / "outputs/polarity_finetune"


def linear_probabilities(model, vectors, lead_ins, cues) -> np.ndarray:
    """(n, 3) probabilities of the linear polarity model, classes in model.classes['polarity'] order."""
    scores = model.scores("polarity", features(vectors, lead_ins, cues, model.settings["polarity"]))
    shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def report(name: str, truth: np.ndarray, predicted: np.ndarray, folds: dict) -> dict:
    """Macro-F1 overall and per fold (folds: {fold number: positions in truth}), and the per-class report."""
    per_fold = {k: f1_score(truth[test], predicted[test], average="macro") for k, test in folds.items()}
    overall = f1_score(truth, predicted, average="macro")
    print(f"\n== {name}: macro-F1 {overall:.3f}; per fold " + " ".join(f"{k}: {x:.3f}" for k, x in per_fold.items()))
    print(classification_report(truth, predicted, digits=3))
    return {"overall": overall, **{f"fold {k}": x for k, x in sorted(per_fold.items())}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--epochs", type=int, default=FinetuneSettings.epochs)
    parser.add_argument("--lr", type=float, default=FinetuneSettings.learning_rate)
    parser.add_argument("--max-length", type=int, default=FinetuneSettings.max_length)
    parser.add_argument("--seed", type=int, default=FinetuneSettings.seed)
    parser.add_argument("--layers", type=int, default=FinetuneSettings.trainable_layers)
    parser.add_argument("--no-section", action="store_true", help="the text alone, without document type and section")
    parser.add_argument("--no-cues", action="store_true", help="the head sees the pooled state only, not the rule cues")
    parser.add_argument("--folds", default="0,1,2,3,4", help="folds to run (the others are reported as missing)")
    args = parser.parse_args()
    settings = replace(FinetuneSettings(), epochs=args.epochs, learning_rate=args.lr, max_length=args.max_length,
                       seed=args.seed, with_section=not args.no_section,
                       trainable_layers=args.layers, with_cues=not args.no_cues)

    labelled = load_labelled(args.corpus)
    vectors = labelled_vectors(labelled["text"].tolist())
    lead_ins = labelled_lead_in_vectors(labelled)
    cues = cue_matrix(labelled)
    rules = rules_predictions(labelled)
    kept = (rules["kind"] != "procedural").to_numpy()
    truth = labelled["polarity"].to_numpy()
    texts = labelled["text"].tolist()
    contexts = [second_segment(d, s) for d, s in zip(labelled["doc_type"], labelled["section"])]
    folds = list(GroupKFold(n_splits=5).split(vectors, groups=labelled["doc"]))
    chosen = [int(k) for k in args.folds.split(",")]
    data_key = hashlib.sha256("\x00".join(texts + list(truth)).encode()).hexdigest()[:8]
    tag = hashlib.sha256(json.dumps(asdict(settings), sort_keys=True).encode()).hexdigest()[:8]
    OUT.mkdir(parents=True, exist_ok=True)

    states_path = OUT / (f"states-{data_key}-{settings.trainable_layers}-{settings.max_length}-"
                         f"{settings.with_section}.pickle")
    if not states_path.exists():
        with open(states_path, "wb") as handle:
            pickle.dump(lower_states(default_model_path(), texts, contexts, settings), handle)
    with open(states_path, "rb") as handle:
        states = pickle.load(handle)
    classes = ("concern", "neutral", "strength")
    linear = np.zeros((len(truth), 3))
    tuned = np.full((len(truth), 3), np.nan)
    for k, (train, test) in enumerate(folds):
        model = fit_classifier(vectors[train], lead_ins[train], cues[train], labelled.iloc[train])
        assert model.classes["polarity"] == classes
        linear[test] = linear_probabilities(model, vectors[test], lead_ins[test], cues[test])
        if k not in chosen:
            continue
        path = OUT / f"{data_key}-{tag}-fold{k}.npy"
        if not path.exists():
            encoder = fit_polarity_encoder([texts[i] for i in train], [contexts[i] for i in train],
                                           list(truth[train]), default_model_path(), settings,
                                           states=[states[i] for i in train], cues=cues[train],
                                           cue_names=tuple(CUE_NAMES),
                                           say=lambda line, k=k: print(f"fold {k}: {line}", flush=True))
            assert encoder.classes == classes
            np.save(path, encoder.probabilities([texts[i] for i in test], [contexts[i] for i in test],
                                                  [states[i] for i in test], cues[test]))
        tuned[test] = np.load(path)

    done = np.concatenate([folds[k][1] for k in chosen])
    done_folds = {k: np.searchsorted(np.sort(done), folds[k][1]) for k in chosen}
    done = np.sort(done)
    names = np.asarray(classes, dtype=object)

    def decided(probabilities):
        out = names[probabilities.argmax(axis=1)]
        return np.where(kept, out, rules["polarity"].to_numpy())

    print(f"{len(truth)} segments of {labelled['doc'].nunique()} documents; folds run: {chosen}; settings "
          f"{asdict(settings)}")
    rows = {"linear (shipped recipe)": report("linear", truth[done], decided(linear)[done], done_folds),
            "fine-tuned": report("fine-tuned", truth[done], decided(tuned)[done], done_folds),
            "mean of both": report("mean", truth[done], decided((tuned + linear) / 2)[done], done_folds)}
    print("\n" + pd.DataFrame(rows).T.round(3).to_string())
    by_type = pd.DataFrame({"type": labelled["doc_type"].to_numpy()[done], "truth": truth[done],
                            "linear": decided(linear)[done], "tuned": decided(tuned)[done]})
    print("\nmacro-F1 by document type\n" + by_type.groupby("type").apply(
        lambda p: pd.Series({m: f1_score(p["truth"], p[m], average="macro") for m in ("linear", "tuned")}
                            | {"n": len(p)})).round(3).to_string())


if __name__ == "__main__":
    main()
