"""Can other features or another learner on the frozen encoder lift held-out polarity? (issue 17: 0.85 -> 0.92)

    HF_HUB_OFFLINE=1 python benchmarks/polarity_features.py [--corpus corpus]

On the hand-labelled segments (tests/data/labelled_segments*.csv), polarity macro-F1 by 5-fold cross-validation
grouped by document (the folds of benchmarks/classify_quality.py; procedural segments keep the rules' polarity, as
in the pipeline), for the shipped recipe (pipeline.classify_model: logistic regression on the finding's vector x 4
and the rule cues, C 0.03) and for variants that need no new model weights:
  - other penalties (C);
  - + word uni- and bigrams (tf-idf, fitted on the training folds only), for negation and qualifiers the mean
    vector may blur ("limiting their capacity", "require improvement to be good");
  - + the element-wise maximum of the encoder's token states (the same forward pass, another pooling);
  - an RBF support vector machine and a one-hidden-layer perceptron on the same features (non-linear).
Each variant's figure is a held-out one, but choosing among them on these figures would make the chosen one's
optimistic; none was shipped. Vectors: the fp32 ONNX encoder (cosine 1.0 to torch), through the pipeline's cache.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd
from classify_quality import rules_predictions
from labelled_set import ROOT, load_labelled
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold
from sklearn.neural_network import MLPClassifier
from sklearn.svm import SVC

from pipeline.classify_model import SETTINGS, cue_matrix, features
from pipeline.embed import EmbeddingCache, SentenceTransformerEmbedder, embed_texts


def max_pooled(texts: list[str], embedder: SentenceTransformerEmbedder) -> np.ndarray:
    """(n, dim): per text, the maximum of each dimension over its tokens' last hidden states ([CLS] and [SEP] left
    out), L2-normalised; one text per forward pass, so there is no padding."""
    model = embedder._onnx_model()
    out = []
    for text in texts:
        ids = np.array([model.tokenizer.encode(text).ids], dtype=np.int64)
        hidden = model.session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids),
                                          "token_type_ids": np.zeros_like(ids)})[0][0]
        out.append((hidden[1:-1] if len(hidden) > 2 else hidden).max(axis=0))
    out = np.asarray(out, dtype=np.float64)
    return out / np.linalg.norm(out, axis=1, keepdims=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    args = parser.parse_args()
    labelled = load_labelled(args.corpus)
    embedder = SentenceTransformerEmbedder(backend="onnx")
    cache = EmbeddingCache(ROOT / "outputs/.cache/embeddings")
    vectors, _ = embed_texts(labelled["text"].tolist(), embedder, cache)
    lead_in_texts = [" ".join(str(v).split()) for v in labelled["lead_in"].fillna("")]
    lead_ins, _ = embed_texts([v or "-" for v in lead_in_texts], embedder, cache)
    lead_ins = np.where(np.array([bool(v) for v in lead_in_texts])[:, None], lead_ins, 0)
    cues = cue_matrix(labelled)
    rules = rules_predictions(labelled)
    kept = (rules["kind"] != "procedural").to_numpy()
    truth = labelled["polarity"].to_numpy()
    folds = list(GroupKFold(n_splits=5).split(cues, groups=labelled["doc"]))
    maxima = max_pooled(labelled["text"].tolist(), embedder)

    def held_out(make, embedding_weight=4.0, ngram_weight=0.0, max_weight=0.0) -> float:
        settings = SETTINGS["polarity"]._replace(embedding_weight=embedding_weight)
        predicted = rules["polarity"].to_numpy().copy()
        for train, test in folds:
            x_train = [features(vectors[train], lead_ins[train], cues[train], settings), maxima[train] * max_weight]
            x_test = [features(vectors[test], lead_ins[test], cues[test], settings), maxima[test] * max_weight]
            if ngram_weight:
                words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
                x_train.append(words.fit_transform(labelled["text"].iloc[train]).toarray() * ngram_weight)
                x_test.append(words.transform(labelled["text"].iloc[test]).toarray() * ngram_weight)
            model = make().fit(np.hstack(x_train), truth[train])
            guess = model.predict(np.hstack(x_test))
            predicted[test[kept[test]]] = guess[kept[test]]
        return f1_score(truth, predicted, average="macro")

    def logistic(c):
        return lambda: LogisticRegression(C=c, class_weight="balanced", max_iter=5000)

    rows = {"rules alone (not held out)": f1_score(truth, rules["polarity"], average="macro"),
            "shipped recipe (LR, C 0.03)": held_out(logistic(0.03))}
    for c in (0.01, 0.1, 0.3):
        rows[f"LR, C {c}"] = held_out(logistic(c))
    for weight in (1, 2, 4):
        rows[f"LR + word 1-2-grams x{weight}"] = held_out(logistic(0.03), ngram_weight=weight)
    for weight in (2, 4, 8):
        rows[f"LR + max-pooled tokens x{weight}"] = held_out(logistic(0.03), max_weight=weight)
    for c in (1, 3, 10):
        rows[f"RBF SVM, C {c}"] = held_out(lambda: SVC(C=c, class_weight="balanced"), embedding_weight=1.0)
    for alpha in (0.01, 0.1, 1.0):
        rows[f"MLP 128, alpha {alpha}"] = held_out(
            lambda: MLPClassifier((128,), alpha=alpha, max_iter=500, random_state=0), embedding_weight=1.0)
    print(f"\npolarity macro-F1, 5-fold CV grouped by document, {len(labelled)} segments of "
          f"{labelled['doc'].nunique()} documents\n" + pd.Series(rows).round(4).to_string())


if __name__ == "__main__":
    main()
