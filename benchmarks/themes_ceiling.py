"""How much agreement with the hand-labelled themes the vectors allow at all: a supervised ceiling for AMI.

    PYTHONPATH=. python benchmarks/themes_ceiling.py [--run outputs/bundled]

Unsupervised themes cannot agree with the reference themes better than a classifier TRAINED on those reference
themes, given the same vectors. This fits a logistic regression on the run's clustering-text vectors of the
labelled findings and prints the AMI of its predictions:
- tuning set (tests/data/labelled_themes.csv + labelled_themes_more.csv, bundled corpus), 5-fold cross-validation
  grouped by document (no document in both the fitting and the scored part);
- held-out set (tests/data/labelled_themes_heldout.csv, 105 shared reports), predicted by the classifier fitted on
  the whole tuning set;
beside the run's own themes and k-means with as many clusters as reference themes, on the same findings. Rows
labelled "no theme" in the reference are one class of their own (as in the other theme benchmarks), and again
left out.

Caveat: a linear classifier is one ceiling, not the highest possible; the reference themes overlap (a finding
about an IRO's oversight of plans fits three), so even people coding the same findings would not agree fully.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import adjusted_mutual_info_score
from sklearn.model_selection import GroupKFold, cross_val_predict

from pipeline.embed import EmbeddingCache, SentenceTransformerEmbedder, embed_texts
from pipeline.themes.cluster_text import clustering_texts, read_glossary, theme_inputs

ROOT = Path(__file__).resolve().parents[1]
TUNING = ("labelled_themes.csv", "labelled_themes_more.csv")
NO_THEME = "no theme"


def _key(text: str) -> str:
    return " ".join(str(text).split())


def _reference(names) -> pd.DataFrame:
    table = pd.concat([pd.read_csv(ROOT / "tests/data" / name, comment="#", keep_default_na=False) for name in names])
    return table.assign(theme=table["theme"].replace({"": NO_THEME, "None": NO_THEME, "nan": NO_THEME}))


def _unit(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def _scores(truth: np.ndarray, predictions: dict[str, np.ndarray]) -> dict[str, float]:
    scored = {"all rows": np.ones(len(truth), dtype=bool), "without 'no theme'": truth != NO_THEME}
    return {f"{name}, {part}": round(adjusted_mutual_info_score(truth[keep], predicted[keep]), 3)
            for name, predicted in predictions.items() for part, keep in scored.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", type=Path, default=ROOT / "outputs/bundled")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    findings = pd.read_parquet(args.run / "findings.parquet")
    embedder = SentenceTransformerEmbedder(json.loads((args.run / "run.json").read_text())["model"])
    run_vectors, _ = theme_inputs(findings, np.load(args.run / "vectors.npy"))
    run_unit = _unit(run_vectors)

    tuning = _reference(TUNING)
    row_of = {(f, _key(t)): i for i, (f, t) in enumerate(zip(findings["file"], findings["text"]))}
    rows = [row_of.get((d, _key(t))) for d, t in zip(tuning["doc"], tuning["text"])]
    found = np.array([r is not None for r in rows])
    tuning, rows = tuning[found], np.array([r for r in rows if r is not None])
    truth = tuning["theme"].to_numpy()
    x, groups = run_unit[rows], findings["doc_id"].to_numpy()[rows]
    learner = LogisticRegression(C=10, max_iter=3000)
    supervised = cross_val_predict(learner, x, truth, groups=groups, cv=GroupKFold(5))
    k = len(set(truth))
    kmeans = KMeans(n_clusters=k, random_state=args.seed, n_init=3).fit(run_unit)
    print(f"TUNING: {len(rows)} labelled findings of the run, {len(set(groups))} documents, {k} reference classes")
    for name, value in _scores(truth, {"supervised ceiling (grouped 5-fold)": supervised,
                                       "this run's themes": findings["theme_id"].to_numpy()[rows],
                                       "this run's broad themes": findings["parent_theme_id"].to_numpy()[rows],
                                       f"k-means k={k}": kmeans.labels_[rows]}).items():
        print(f"  AMI {value:.3f}  {name}")

    heldout = _reference(("labelled_themes_heldout.csv",))
    vectors, _ = embed_texts(clustering_texts(heldout["text"].tolist(), read_glossary()), embedder,
                             EmbeddingCache(args.run.parent / ".cache" / "embeddings"))
    unit = _unit(vectors)
    fitted = learner.fit(x, truth)
    truth_heldout = heldout["theme"].to_numpy()
    print(f"HELD-OUT: {len(heldout)} findings of {heldout['doc'].nunique()} shared reports")
    for name, value in _scores(truth_heldout, {"supervised ceiling (fitted on the tuning set)": fitted.predict(unit),
                                               f"k-means k={k} (fitted on the run)": kmeans.predict(unit)}).items():
        print(f"  AMI {value:.3f}  {name}")


if __name__ == "__main__":
    main()
