"""Codebook mode against findings hand-coded against the codebook: per-code thresholds, the learned scorer,
precision and recall.

    PYTHONPATH=. python benchmarks/themes_codebook.py [--write]

Data: tests/data/codebook_coded.csv (copied from the labels16 branch, commit 2c90dd4; 0-3 codes per finding,
coded blind): its 342 findings of the bundled corpus are TUNING data (the thresholds are fitted on them), its
525 findings of the shared Ofsted reports (105 documents) are HELD-OUT data, scored only. Each finding's text is
turned into the clustering text (names masked, abbreviations expanded) and embedded as the themes stage does.

Per code: a threshold on cosine similarity to the code's centre with the best F1 on the tuning findings; a finding
gets up to three codes, those whose threshold it reaches, most similar first. Prints per-code precision and
recall on tuning (in-sample, and leave one document out) and held-out findings, macro means over codes with at
least one coded finding, and the same for the old rule (one code, uniform threshold 0.40).

The learned scorer (pipeline.themes.codebook.CodeScorer): a ridge regression per code on the finding's vector and
its similarities to the centres (the code's coded findings weighed x SCORER_POSITIVE_WEIGHT), trained on the coded
findings, the keyword-targeted supplement (tests/data/codebook_coded_targeted.csv: training only, never scored) and
the codebook's own texts, thresholds at the best F-beta of out-of-fold scores, and a second chance for a finding
that reaches no threshold (SCORER_SECOND_CHANCE). Scored by 5-fold cross-validation grouped by document over the 867 random
findings (a document's findings, random or targeted, are never both trained on and scored), macro precision and
recall printed per code and as macro means apart for the bundled (TUNING: the scorer's settings were chosen on them)
and the shared reports' findings (HELD-OUT), with 90% intervals from a bootstrap over documents.

--write saves the thresholds (models/<codebook>_thresholds.csv) and the scorer fitted on every coded finding
(models/<codebook>_scorer.npz, thresholds from 5-fold out-of-fold scores) beside the codebook, where the themes
stage reads them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.embed import EmbeddingCache, SentenceTransformerEmbedder, embed_texts
from pipeline.themes.codebook import (MAX_CODES, SCORER_SECOND_CHANCE, CodeScorer, calibrate_scores, code_findings,
                                     codebook_centres, fit_scorer_weights, load_codebook, scorer_file, scorer_inputs,
                                     thresholds_file)
from pipeline.themes.cluster_text import clustering_texts, read_glossary

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "corpus"
GRID = np.round(np.arange(0.20, 0.75, 0.01), 2)


def chosen_codes(similarity: np.ndarray, thresholds: np.ndarray, max_codes: int = MAX_CODES) -> np.ndarray:
    rows, codes, _ = code_findings(similarity, thresholds, max_codes)
    chosen = np.zeros_like(similarity, dtype=bool)
    chosen[rows, codes] = True
    return chosen


def calibrate(similarity: np.ndarray, truth: np.ndarray, default: float = 0.40) -> np.ndarray:
    """Per code, the threshold with the best F1 of "similarity >= threshold" against the coded findings."""
    out = np.full(truth.shape[1], default)
    for c in range(truth.shape[1]):
        if not truth[:, c].any():
            continue
        f1 = [2 * (((similarity[:, c] >= t) & truth[:, c]).sum()) / max((similarity[:, c] >= t).sum()
                                                                          + truth[:, c].sum(), 1) for t in GRID]
        out[c] = GRID[int(np.argmax(f1))]
    return out


def counts(chosen: np.ndarray, truth: np.ndarray) -> np.ndarray:
    """(k, 3): hits, chosen, true per code."""
    return np.stack([(chosen & truth).sum(0), chosen.sum(0), truth.sum(0)], axis=1).astype(float)


def macro(table: np.ndarray) -> tuple[float, float]:
    has = table[:, 2] > 0
    precision = np.where(table[:, 1] > 0, table[:, 0] / np.maximum(table[:, 1], 1), 0.0)[has]
    recall = (table[:, 0] / np.maximum(table[:, 2], 1))[has]
    return float(precision.mean()), float(recall.mean())


def groups_of(docs: np.ndarray, n: int) -> list[np.ndarray]:
    """Documents dealt into n groups in a fixed order (sorted names, every n-th), as index arrays of rows."""
    names = sorted(set(docs))
    return [np.flatnonzero(np.isin(docs, names[i::n])) for i in range(n)]


def fit_scorer(inputs: np.ndarray, truth: np.ndarray, docs: np.ndarray, scored: np.ndarray, extra: np.ndarray,
               extra_truth: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(weights, thresholds) from the rows `scored` (random sample, thresholds calibrated on their 4-fold
    out-of-fold scores, grouped by document) plus training-only rows `extra` (targeted and codebook texts)."""
    out_of_fold = np.zeros((len(scored), truth.shape[1]))
    for part in groups_of(docs[scored], 4):
        left_out = set(docs[scored][part])
        train = np.array([i for i in range(len(docs)) if docs[i] not in left_out])
        weights = fit_scorer_weights(np.vstack([inputs[train], extra]), np.vstack([truth[train], extra_truth]))
        out_of_fold[part] = inputs[scored][part] @ weights
    thresholds = calibrate_scores(out_of_fold, truth[scored])
    return fit_scorer_weights(np.vstack([inputs, extra]), np.vstack([truth, extra_truth])), thresholds


def scorer_cross_validation(inputs, truth, docs, random_rows, extra, extra_truth) -> np.ndarray:
    """Codes chosen for each random row by a scorer fitted without its document (5 groups of documents)."""
    chosen = np.zeros_like(truth, dtype=bool)
    for part in groups_of(docs[random_rows], 5):
        test = np.flatnonzero(random_rows)[part]
        train = np.flatnonzero(~np.isin(docs, docs[test]))
        scored = np.flatnonzero(random_rows[train])
        weights, thresholds = fit_scorer(inputs[train], truth[train], docs[train], scored, extra, extra_truth)
        rows, codes, _ = code_findings(inputs[test] @ weights, thresholds, second_chance=SCORER_SECOND_CHANCE)
        chosen[test[rows], codes] = True
    return chosen


def bootstrap_macro(chosen: np.ndarray, truth: np.ndarray, docs: np.ndarray, draws: int = 1000, seed: int = 0):
    """90% interval of macro precision and recall, documents resampled."""
    rng = np.random.default_rng(seed)
    names = np.array(sorted(set(docs)))
    rows_of = {name: np.flatnonzero(docs == name) for name in names}
    samples = []
    for _ in range(draws):
        rows = np.concatenate([rows_of[n] for n in rng.choice(names, len(names))])
        samples.append(macro(counts(chosen[rows], truth[rows])))
    return np.percentile(np.array(samples), [5, 95], axis=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--codebook", type=Path, default=ROOT / "models/childrens_services_codebook.yaml")
    parser.add_argument("--model", default="all-MiniLM-L6-v2")
    parser.add_argument("--backend", default="onnx", help="the embed stage's default backend")
    parser.add_argument("--cache", type=Path, default=ROOT / "outputs/.cache")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    coded = pd.read_csv(ROOT / "tests/data/codebook_coded.csv", comment="#", keep_default_na=False)
    codebook = load_codebook(args.codebook)
    names = [t.name for t in codebook]
    truth = np.array([[name in str(codes).split("|") for name in names] for codes in coded["codes"]])
    embedder = SentenceTransformerEmbedder(args.model, backend=args.backend)
    texts = clustering_texts(coded["text"].tolist(), read_glossary())
    vectors, _ = embed_texts(texts, embedder, EmbeddingCache(args.cache / "embeddings"))
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    similarity = unit @ codebook_centres(codebook, embedder).T
    bundled = {p.name for p in BUNDLED.iterdir()} if BUNDLED.exists() else set()
    tuning = coded["doc"].isin(bundled).to_numpy()
    print(f"{int(tuning.sum())} tuning findings ({coded.loc[tuning, 'doc'].nunique()} documents), "
          f"{int((~tuning).sum())} held-out ({coded.loc[~tuning, 'doc'].nunique()} documents)")
    thresholds = calibrate(similarity[tuning], truth[tuning])
    in_sample = counts(chosen_codes(similarity[tuning], thresholds), truth[tuning])
    docs = coded["doc"].to_numpy()
    loo = np.zeros_like(in_sample)
    for doc in np.unique(docs[tuning]):
        inside = docs == doc
        fitted = calibrate(similarity[tuning & ~inside], truth[tuning & ~inside])
        loo += counts(chosen_codes(similarity[inside], fitted), truth[inside])
    held = counts(chosen_codes(similarity[~tuning], thresholds), truth[~tuning])
    old = counts(chosen_codes(similarity[~tuning], np.full(len(names), 0.40), max_codes=1), truth[~tuning])
    rate = lambda t: (t[:, 0] / np.maximum(t[:, 1], 1), t[:, 0] / np.maximum(t[:, 2], 1))  # noqa: E731
    table = pd.DataFrame({"code": names, "threshold": thresholds, "tuning n": in_sample[:, 2].astype(int),
                          "P tuning": rate(in_sample)[0], "R tuning": rate(in_sample)[1],
                          "P leave-doc-out": rate(loo)[0], "R leave-doc-out": rate(loo)[1],
                          "held-out n": held[:, 2].astype(int), "P held-out": rate(held)[0],
                          "R held-out": rate(held)[1]})
    print(table.round(2).to_string(index=False))
    for name, t in (("tuning, in-sample", in_sample), ("tuning, leave one document out", loo),
                    ("HELD-OUT, calibrated thresholds, up to 3 codes", held),
                    ("HELD-OUT, old rule (one code, similarity >= 0.40)", old)):
        p, r = macro(t)
        print(f"macro precision {p:.2f}, recall {r:.2f}: {name}")
    # The learned scorer, with the targeted supplement and the codebook's texts as training-only rows.
    targeted = pd.read_csv(ROOT / "tests/data/codebook_coded_targeted.csv", comment="#", keep_default_na=False)
    extra_texts = clustering_texts(targeted["text"].tolist(), read_glossary()) + [t for theme in codebook
                                                                                  for t in theme.texts()]
    extra_truth = np.vstack([np.array([[name in str(c).split("|") for name in names] for c in targeted["codes"]]),
                             np.array([[theme.name == name for name in names] for theme in codebook
                                       for _ in theme.texts()])])
    extra_vectors, _ = embed_texts(extra_texts, embedder, EmbeddingCache(args.cache / "embeddings"))
    extra_unit = extra_vectors / np.linalg.norm(extra_vectors, axis=1, keepdims=True)
    centres = codebook_centres(codebook, embedder)
    inputs, extra = scorer_inputs(unit, similarity), scorer_inputs(extra_unit, extra_unit @ centres.T)
    # Targeted rows of a scored document stay out of training with it: joined to the coded rows as unscored rows.
    all_inputs = np.vstack([inputs, extra[:len(targeted)]])
    all_truth = np.vstack([truth, extra_truth[:len(targeted)]])
    all_docs = np.concatenate([docs, targeted["doc"].to_numpy()])
    random_rows = np.concatenate([np.ones(len(coded), bool), np.zeros(len(targeted), bool)])
    chosen = scorer_cross_validation(all_inputs, all_truth, all_docs, random_rows, extra[len(targeted):],
                                     extra_truth[len(targeted):])[:len(coded)]
    tuned, held_out = counts(chosen[tuning], truth[tuning]), counts(chosen[~tuning], truth[~tuning])
    per_code = pd.DataFrame({"code": names, "tuning n": tuned[:, 2].astype(int), "P tuning": rate(tuned)[0],
                             "R tuning": rate(tuned)[1], "held-out n": held_out[:, 2].astype(int),
                             "P held-out": rate(held_out)[0], "R held-out": rate(held_out)[1]})
    print("learned scorer, 5-fold grouped by document, per code:")
    print(per_code.round(2).to_string(index=False))
    for name, rows in (("TUNING (bundled findings; the scorer's settings were chosen on them)", tuning),
                       ("HELD-OUT (shared reports' findings)", ~tuning)):
        p, r = macro(counts(chosen[rows], truth[rows]))
        (p_low, r_low), (p_high, r_high) = bootstrap_macro(chosen[rows], truth[rows], docs[rows])
        print(f"learned scorer, 5-fold grouped by document: macro precision {p:.2f} ({p_low:.2f}-{p_high:.2f}), "
              f"recall {r:.2f} ({r_low:.2f}-{r_high:.2f}): {name}, {int(rows.sum())} findings, "
              f"{len(set(docs[rows]))} documents")
    if args.write:
        path = thresholds_file(args.codebook)
        table.loc[table["tuning n"] > 0, ["code", "threshold"]].assign(
            embedding_model=embedder.model_id, labelled=table.loc[table["tuning n"] > 0, "tuning n"]).to_csv(
            path, index=False)
        print(f"thresholds -> {path}")
        weights, thresholds = fit_scorer(all_inputs, all_truth, all_docs, np.flatnonzero(random_rows),
                                         extra[len(targeted):], extra_truth[len(targeted):])
        CodeScorer(tuple(names), weights, thresholds, embedder.model_id, SCORER_SECOND_CHANCE).save(
            scorer_file(args.codebook))
        print(f"scorer -> {scorer_file(args.codebook)}")


if __name__ == "__main__":
    main()
