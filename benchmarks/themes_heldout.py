"""Themes fitted on a run, applied to findings of councils the run never saw: agreement with hand-labelled themes.

    PYTHONPATH=. python benchmarks/themes_heldout.py [--run outputs/bundled]

Data: tests/data/labelled_themes_heldout.csv (copied from the labels16 branch, commit 2c90dd4): 525 findings of the
105 shared Ofsted reports (5 per document), each given one reference theme blind. HELD-OUT: nothing was tuned on
it. The run's theme model (its centroids, as `apply` uses them) codes each finding's clustering text (names
masked, abbreviations expanded; --exact-text: the text itself, as before); k-means with as many clusters, fitted
on the same run's vectors, codes them the same way (nearest centre). Prints AMI and V-measure of each, at the
theme and the broad level (the pipeline's broad themes; k-means with as many clusters as broad themes).

Caveat: this measures how well themes found in one corpus code another corpus's findings, not themes fitted on
the shared reports themselves.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.metrics import adjusted_mutual_info_score, v_measure_score

from pipeline.embed import EmbeddingCache, SentenceTransformerEmbedder, embed_texts
from pipeline.themes.model import code_texts
from pipeline.themes.cluster_text import embed_for_themes, theme_inputs

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", type=Path, default=ROOT / "outputs/bundled")
    parser.add_argument("--exact-text", action="store_true")
    args = parser.parse_args()
    labelled = pd.read_csv(ROOT / "tests/data/labelled_themes_heldout.csv", comment="#", keep_default_na=False)
    model = json.loads((args.run / "run.json").read_text())["model"]
    embedder = SentenceTransformerEmbedder(model)
    cache = EmbeddingCache(args.run.parent / ".cache" / "embeddings")
    if args.exact_text:
        vectors, _ = embed_texts(labelled["text"].tolist(), embedder, cache)
    else:  # the vectors `apply` codes: names masked, abbreviations expanded
        vectors = embed_for_themes(labelled["text"].tolist(), embedder, args.run.parent / ".cache")
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    findings = pd.read_parquet(args.run / "findings.parquet")
    run_vectors = np.load(args.run / "vectors.npy")
    if not args.exact_text:
        run_vectors, _ = theme_inputs(findings, run_vectors)
    run_unit = run_vectors / np.linalg.norm(run_vectors, axis=1, keepdims=True)
    themes = pd.read_csv(args.run / "themes.csv", keep_default_na=False)
    live = themes["theme_id"].astype(int).to_numpy()
    theme = code_texts(args.run, labelled["text"].tolist(), unit)  # as `apply` codes them
    broad = themes.set_index("theme_id")["parent_theme_id"].reindex(theme).to_numpy()
    truth = labelled["theme"].to_numpy()
    rows = [("this pipeline (run's themes)", theme, broad)]
    for name, k, kb in (("k-means", len(live), themes["parent_theme_id"].nunique()),):
        fine = KMeans(n_clusters=k, random_state=0, n_init=3).fit(run_unit)
        coarse = KMeans(n_clusters=kb, random_state=0, n_init=3).fit(run_unit)
        rows.append((f"{name} (k={k} / {kb}, fitted on the run)", fine.predict(unit), coarse.predict(unit)))
    print(f"{len(labelled)} held-out findings, {labelled['doc'].nunique()} documents, "
          f"{labelled['theme'].nunique()} reference themes; run {args.run} "
          f"({'exact text' if args.exact_text else 'clustering text'})")
    table = pd.DataFrame([{"method": name, "AMI themes": adjusted_mutual_info_score(truth, fine),
                           "V themes": v_measure_score(truth, fine),
                           "AMI broad": adjusted_mutual_info_score(truth, coarse),
                           "V broad": v_measure_score(truth, coarse)} for name, fine, coarse in rows])
    print(table.round(3).to_string(index=False))


if __name__ == "__main__":
    main()
