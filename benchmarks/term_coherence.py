"""Topic words weighted by their coherence in the embedding (`pipeline.themes.term_coherence`, an option of
`pipeline.themes.lexical.TopicWords`, off by default): how coherent given terms are, and the themes' agreement with
reference labels at each weighting.

    python benchmarks/term_coherence.py --run RUN [--terms group focus adoption] [--q 0 0.75]
                                        [--labels tuning|heldout]

Needs a finished run folder. --terms prints each term's coherence above chance (and its rank among all terms) on the
run's clustering texts and vectors. --q fits the themes once per quantile (seeds do not enter them) and prints AMI,
V-measure and broad AMI against the reference labels of `themes_vs_bertopic.py` (tuning: the bundled corpus's
files; heldout: the 105 shared reports'). Figures of the thirty-ninth session: docs/measurements.md, "words61".
Run from the repository root with PYTHONPATH=. so that `pipeline` is this checkout's.
"""

from __future__ import annotations

import argparse
import json
import runpy
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import adjusted_mutual_info_score, v_measure_score

ROOT = Path(__file__).resolve().parents[1]


def coherence_table(texts: list[str], vectors: np.ndarray) -> pd.DataFrame:
    """Each term of the topic words' vocabulary: its findings, coherence above chance and percentile."""
    from pipeline.themes.lexical import TopicWords
    from pipeline.themes.term_coherence import term_coherence

    words = TopicWords.fit(texts)
    tfidf = words._tfidf(texts)
    coherence = term_coherence(tfidf, vectors)
    table = pd.DataFrame({"term": words.vocabulary, "findings": np.asarray((tfidf > 0).sum(axis=0)).ravel(),
                          "coherence": coherence}).set_index("term")
    return table.assign(percentile=table["coherence"].rank(pct=True))


def agreement(findings, vectors, rows, truth, q: float, field: dict) -> dict:
    import pipeline.themes.lexical as lexical
    from pipeline.themes.discover import discover_themes

    fit = lexical.TopicWords.fit.__func__
    original = lexical.TopicWords.fit
    lexical.TopicWords.fit = classmethod(lambda cls, texts, **kw: fit(cls, texts, **{**kw, "coherence": q}))
    try:
        began = time.perf_counter()
        result = discover_themes(findings, vectors, n_themes="auto", seed=0, **field)
        seconds = time.perf_counter() - began
    finally:
        lexical.TopicWords.fit = original
    themes = result.assignment["theme_id"].to_numpy()
    broad = result.assignment["parent_theme_id"].to_numpy()
    return {"q": q, "themes": len(set(themes)), "broad": len(set(broad)),
            "AMI": adjusted_mutual_info_score(truth, themes[rows]), "V-measure": v_measure_score(truth, themes[rows]),
            "AMI broad": adjusted_mutual_info_score(truth, broad[rows]), "seconds": seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", type=Path, default=ROOT / "outputs/bundled")
    parser.add_argument("--terms", nargs="*", default=[])
    parser.add_argument("--q", type=float, nargs="*", default=[])
    parser.add_argument("--labels", choices=("tuning", "heldout"), default="tuning")
    args = parser.parse_args()
    from pipeline.themes.cluster_text import theme_inputs

    findings = pd.read_parquet(args.run / "findings.parquet")
    vectors, findings = theme_inputs(findings, np.asarray(np.load(args.run / "vectors.npy"), dtype=np.float32))
    if args.terms:
        table = coherence_table(findings["clustering_text"].astype(str).tolist(), vectors)
        print(table.reindex(args.terms).round(3).to_string())
    if args.q:
        from pipeline.embed import SentenceTransformerEmbedder
        from pipeline.themes.field import read_field_themes

        bench = runpy.run_path(str(ROOT / "benchmarks/themes_vs_bertopic.py"), run_name="bench")
        rows, truth = bench["reference"](findings, bench["LABEL_FILES"][args.labels])
        model = json.loads((args.run / "run.json").read_text())["model"]
        field = {"field_themes": read_field_themes(), "embedder": SentenceTransformerEmbedder(model)}
        print(pd.DataFrame([agreement(findings, vectors, rows, truth, q, field) for q in args.q]).round(4).to_string(
            index=False))


if __name__ == "__main__":
    main()
