"""Themes of this pipeline against BERTopic's defaults and k-means, on the same findings and the same embeddings.

    python benchmarks/themes_vs_bertopic.py [--run outputs/bundled] [--seeds 5] [--no-bertopic] [--no-field-themes]
                                            [--labels tuning|heldout] [--drop 0.01] [--fits N] [--settle N]
                                            [--guide W]

Needs a finished run folder (make run). Prints, side by side: agreement with the hand-labelled reference themes
of tests/data/labelled_themes.csv and labelled_themes_more.csv (TUNING data: the 625 of their findings in the run,
bundled corpus; AMI, V-measure, NMI, ARI; for this pipeline also the AMI of its broad themes), stability across
seeds (mean pairwise ARI over all findings), stability when both the seed and the order of the findings change
(the same findings, shuffled), share of findings left unassigned, topic diversity of the keywords (distinct key
terms among each topic's top 10 / all of them) and the time per fit. BERTopic is used only here (pip install
bertopic), never by the package.

What was tuned on this set (so these are not held-out figures): the cap of one theme per 100 findings and broad
themes at one per 2.5 themes (AMI on these labels is flat from about 30 to 60 themes and falls at 100), the topic
words joined to the embedding for the tree and their weight 0.8 (an embedded topic rendering of each finding, added
to its vector, was tried and dropped: AMI 0.319 against 0.332 without), the 4,000 micro-clusters and the final nearest-centre step, and the field topics' weight `topic_guide` 0.4 (guided63; `--guide 0` fits without them). The label rules were written while reading this
corpus's themes; they do not enter AMI, V-measure, NMI or ARI.

`--labels heldout` scores against tests/data/labelled_themes_heldout.csv instead (525 findings of the 105 shared
Ofsted reports, 5 a document, labelled blind; nothing was tuned on them): give it a run over those reports
(`python -m pipeline run --corpus FOLDER_OF_THE_105_PDFS --out RUN`), so that all three methods are fitted on the
shared reports themselves and scored on their held-out findings.
"""

from __future__ import annotations

import argparse
import itertools
import os
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.metrics import adjusted_mutual_info_score, adjusted_rand_score, normalized_mutual_info_score, \
    v_measure_score

from pipeline.themes.discover import discover_themes
from pipeline.themes.naming import key_phrases

ROOT = Path(__file__).resolve().parents[1]


def _key(text: str) -> str:
    return " ".join(str(text).split())


LABEL_FILES = {"tuning": ("labelled_themes.csv", "labelled_themes_more.csv"),
               "heldout": ("labelled_themes_heldout.csv",)}


def reference(findings: pd.DataFrame, files: tuple[str, ...] = LABEL_FILES["tuning"]) -> tuple[np.ndarray, np.ndarray]:
    """Row indices of the labelled findings in `findings`, and their reference themes (each finding once)."""
    labelled = pd.concat([pd.read_csv(ROOT / "tests/data" / name, comment="#", keep_default_na=False)
                          for name in files])
    index = {(f, _key(t)): i for i, (f, t) in enumerate(zip(findings["file"], findings["text"]))}
    rows, themes, seen = [], [], set()
    for doc, text, theme in zip(labelled["doc"], labelled["text"], labelled["theme"]):
        i = index.get((doc, _key(text)))
        if i is not None and i not in seen:
            seen.add(i)
            rows.append(i)
            themes.append(theme)
    print(f"{len(rows)} of {len(labelled)} labelled findings are in this run")
    return np.array(rows), np.array(themes)


def diversity(keywords: dict[int, list[str]]) -> float:
    words = [w for terms in keywords.values() for term in terms[:10] for w in [term]]
    return len(set(words)) / max(len(words), 1)


BROAD: dict[str, np.ndarray] = {}
FIELD: dict[str, object] = {}  # the field themes this pipeline seeds, the embedder that places them, its options


def run_pipeline(findings, vectors, seed, tokens):
    result = discover_themes(findings, vectors, n_themes="auto", seed=seed, **FIELD)
    labels = result.assignment["theme_id"].to_numpy()
    BROAD["last"] = result.assignment["parent_theme_id"].to_numpy()
    keywords = {row.theme_id: row.keywords.split("; ") for row in result.themes.itertuples()}
    return labels, keywords


def run_kmeans(findings, vectors, seed, tokens, k):
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    labels = KMeans(n_clusters=k, random_state=seed, n_init=10).fit_predict(unit)
    return labels, key_phrases(findings["text"].tolist(), labels, top_n=10)


def run_bertopic(findings, vectors, seed, tokens):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from bertopic import BERTopic
    from sentence_transformers import SentenceTransformer
    from umap import UMAP

    from pipeline.embed import default_model_path

    # BERTopic's default UMAP, with the seed fixed so runs can be compared; everything else as it ships.
    umap_model = UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", random_state=seed)
    model = BERTopic(embedding_model=SentenceTransformer(default_model_path(), device="cpu"), umap_model=umap_model)
    labels, _ = model.fit_transform(findings["text"].tolist(), embeddings=vectors)
    keywords = {t: [w for w, _ in model.get_topic(t)] for t in set(labels) if t != -1}
    return np.asarray(labels), keywords


def evaluate(name, fit, findings, vectors, seeds, rows, truth, tokens, drop=0.0):
    runs, shuffled, times, broad, dropped = [], [], [], None, []
    BROAD.clear()  # only this pipeline's fits leave their broad themes here
    for seed in seeds:
        began = time.perf_counter()
        labels, keywords = fit(findings, vectors, seed, tokens)
        times.append(time.perf_counter() - began)
        broad = BROAD.pop("last", None) if not runs else broad
        runs.append((labels, keywords))
        order = np.random.default_rng(1000 + seed).permutation(len(findings))
        moved, _ = fit(findings.iloc[order].reset_index(drop=True), vectors[order], seed, tokens)
        back = np.empty(len(findings), dtype=np.int64)
        back[order] = moved
        shuffled.append(back)
        if drop:  # the same fit without a few findings: how far the others' themes move
            kept = np.sort(np.random.default_rng(2000 + seed).permutation(len(findings))[int(drop * len(findings)):])
            less, _ = fit(findings.iloc[kept].reset_index(drop=True), vectors[kept], seed, tokens)
            dropped.append(adjusted_rand_score(labels[kept], less))
    labels, keywords = runs[0]
    pairs = list(itertools.combinations(range(len(runs)), 2))
    stability = np.mean([adjusted_rand_score(runs[a][0], runs[b][0]) for a, b in pairs]) if pairs else 1.0
    robustness = np.mean([adjusted_rand_score(shuffled[a], shuffled[b]) for a, b in pairs]) if pairs else 1.0
    return {
        "method": name,
        "themes": len(set(labels) - {-1}),
        "AMI": adjusted_mutual_info_score(truth, labels[rows]),
        "V-measure": v_measure_score(truth, labels[rows]),
        "NMI": normalized_mutual_info_score(truth, labels[rows]),
        "ARI": adjusted_rand_score(truth, labels[rows]),
        "broad": len(set(broad)) if broad is not None else np.nan,
        "AMI broad": adjusted_mutual_info_score(truth, broad[rows]) if broad is not None else np.nan,
        "stability ARI": stability,
        "ARI seed+order": robustness,
        f"ARI drop {drop:.0%}": float(np.mean(dropped)) if dropped else np.nan,
        "unassigned": float(np.mean(labels == -1)),
        "diversity": diversity(keywords),
        "seconds/fit": float(np.mean(times)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", type=Path, default=ROOT / "outputs/bundled")
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--no-bertopic", action="store_true")
    parser.add_argument("--no-field-themes", action="store_true",
                        help="this pipeline without the field themes (pipeline/data/field_themes.csv) seeded")
    parser.add_argument("--exact-text", action="store_true",
                        help="cluster the vectors of findings.text (vectors.npy) instead of the clustering text "
                             "(names masked, abbreviations expanded) that the themes stage uses")
    parser.add_argument("--drop", type=float, default=0.0,
                        help="also fit without this share of the findings (e.g. 0.01) and report the ARI of the "
                             "others' themes to the full fit's (this pipeline and k-means)")
    parser.add_argument("--fits", type=int, default=None, help="this pipeline's `fits` (default: the package's)")
    parser.add_argument("--settle", type=int, default=None,
                        help="this pipeline's `settle_rounds` (default: the package's; 0: one nearest-centre step)")
    parser.add_argument("--guide", type=float, default=None,
                        help="this pipeline's `topic_guide` (default: the package's; 0: without the field topics)")
    parser.add_argument("--labels", choices=sorted(LABEL_FILES), default="tuning",
                        help="reference themes: the bundled corpus's tuning files, or the shared reports' held-out one")
    args = parser.parse_args()
    findings = pd.read_parquet(args.run / "findings.parquet")
    vectors = np.asarray(np.load(args.run / "vectors.npy"), dtype=np.float32)
    if not args.exact_text:  # the vectors the themes stage clusters: every method gets the same ones
        from pipeline.themes.cluster_text import theme_inputs

        vectors, findings = theme_inputs(findings, vectors)
    rows, truth = reference(findings, LABEL_FILES[args.labels])
    if not args.no_field_themes:
        import json

        from pipeline.embed import SentenceTransformerEmbedder
        from pipeline.themes.field import read_field_themes

        model = json.loads((args.run / "run.json").read_text())["model"]
        FIELD.update(field_themes=read_field_themes(), embedder=SentenceTransformerEmbedder(model))
    for option, value in (("fits", args.fits), ("settle_rounds", args.settle), ("topic_guide", args.guide)):
        if value is not None:
            FIELD[option] = value
    tokens = None
    seeds = list(range(args.seeds))
    from pipeline.themes.naming import pos_tagger

    pos_tagger()  # spaCy's model loads once per process, not per fit
    results = [evaluate("this pipeline (micro-clusters + Ward, auto k)", run_pipeline, findings, vectors, seeds, rows, truth, tokens,
                        args.drop)]
    k = results[0]["themes"]
    results.append(evaluate(f"k-means (k={k})", lambda f, v, s, t: run_kmeans(f, v, s, t, k),
                            findings, vectors, seeds, rows, truth, tokens, args.drop))
    if not args.no_bertopic:
        try:
            results.append(evaluate("BERTopic defaults", run_bertopic, findings, vectors, seeds, rows, truth, tokens))
        except ImportError as error:
            print(f"BERTopic not installed ({error}); pip install bertopic to compare with it")
    table = pd.DataFrame(results).set_index("method")
    print(f"\n{len(findings)} findings, {len(rows)} with reference themes ({len(set(truth))} themes), "
          f"{len(seeds)} seeds\n")
    print(table.round(3).to_string())
    print("\nSeeds do not enter this pipeline's themes (k-means starts from evenly spaced rows), so its stability "
          "across seeds is 1 by construction; 'ARI seed+order' shuffles the findings as well, which moves those "
          "starting rows.")


if __name__ == "__main__":
    main()
