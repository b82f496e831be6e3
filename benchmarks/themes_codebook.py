"""Codebook mode against findings hand-coded against the codebook: per-code thresholds, precision and recall.

    PYTHONPATH=. python benchmarks/themes_codebook.py [--write]

Data: tests/data/codebook_coded.csv (copied from the labels16 branch, commit 2c90dd4; 0-3 codes per finding,
coded blind): its 342 findings of the bundled corpus are TUNING data (the thresholds are fitted on them), its
525 findings of the shared Ofsted reports (105 documents) are HELD-OUT data, scored only. Each finding's text is
turned into the clustering text (names masked, abbreviations expanded) and embedded as the themes stage does.

Per code: a threshold on cosine similarity to the code's centre with the best F1 on the tuning findings; a finding
gets up to three codes, those whose threshold it reaches, most similar first. Prints per-code precision and
recall on tuning (in-sample, and leave one document out) and held-out findings, macro means over codes with at
least one coded finding, and the same for the old rule (one code, uniform threshold 0.40). --write saves the
thresholds beside the codebook (models/<codebook>_thresholds.csv), where the themes stage reads them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.embed import EmbeddingCache, SentenceTransformerEmbedder, embed_texts
from pipeline.themes.codebook import MAX_CODES, code_findings, codebook_centres, load_codebook, thresholds_file
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--codebook", type=Path, default=ROOT / "models/childrens_services_codebook.yaml")
    parser.add_argument("--model", default="all-MiniLM-L6-v2")
    parser.add_argument("--cache", type=Path, default=ROOT / "outputs/.cache")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    coded = pd.read_csv(ROOT / "tests/data/codebook_coded.csv", comment="#", keep_default_na=False)
    codebook = load_codebook(args.codebook)
    names = [t.name for t in codebook]
    truth = np.array([[name in str(codes).split("|") for name in names] for codes in coded["codes"]])
    embedder = SentenceTransformerEmbedder(args.model)
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
    if args.write:
        path = thresholds_file(args.codebook)
        table.loc[table["tuning n"] > 0, ["code", "threshold"]].assign(
            embedding_model=args.model, labelled=table.loc[table["tuning n"] > 0, "tuning n"]).to_csv(path, index=False)
        print(f"thresholds -> {path}")


if __name__ == "__main__":
    main()
