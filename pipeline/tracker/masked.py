"""The vectors the tracker matches on: the findings' and the recommendations' texts with place, authority and people's
names masked and abbreviations spelt out (the themes stage's clustering text, pipeline.themes.cluster_text), so an
authority's name does not pull a recommendation towards unrelated lines of its own council ("<Place> Healthcare NHS
Trust must ensure ..." and "Neglect is a major factor for children in <Place>"), or the exact texts (params.masked
off)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.schema import CLUSTERING_TEXT
from pipeline.themes.cluster_text import clustering_texts, clustering_vectors
from pipeline.tracker.matter import matched_text
from pipeline.tracker.params import TrackerParams


def matching_vectors(recs: pd.DataFrame, findings: pd.DataFrame, vectors: np.ndarray, params: TrackerParams,
                     glossary: dict[str, tuple[str, str]], embedder, cache_dir: Path) -> tuple[np.ndarray, np.ndarray]:
    """(the findings' vectors, the recommendations' vectors) the tracker compares, both float32 and row-aligned with
    `findings` and `recs`, from `vectors` of the findings' exact texts. With params.masked, each finding whose masked
    text (its CLUSTERING_TEXT when the findings carry it, else masked here with `glossary`) differs from its text is
    embedded as that text through the embedding cache under `cache_dir`/embeddings; the recommendations as
    `recommendation_vectors` says."""
    vectors = np.asarray(vectors, dtype=np.float32)
    if params.masked:
        if CLUSTERING_TEXT not in findings.columns:
            findings = findings.assign(**{CLUSTERING_TEXT: clustering_texts(findings["text"].astype(str).tolist(),
                                                                            glossary)})
        vectors = clustering_vectors(findings, vectors, embedder, cache_dir)
    return vectors, recommendation_vectors(recs, params, glossary, embedder, cache_dir, vectors.shape[1])


def recommendation_vectors(recs: pd.DataFrame, params: TrackerParams, glossary: dict[str, tuple[str, str]],
                           embedder, cache_dir: Path, dim: int) -> np.ndarray:
    """(len(recs), dim) float32: each recommendation's matched text (matched_text), masked with `glossary` when
    params.masked, embedded by `embedder` through the embedding cache under `cache_dir`/embeddings."""
    from pipeline.embed import EmbeddingCache, embed_texts

    texts = [matched_text(t, params) for t in recs["text"]]
    if params.masked:
        texts = clustering_texts(texts, glossary)
    if not texts:
        return np.zeros((0, dim), dtype=np.float32)
    rec_vectors, _ = embed_texts(texts, embedder, EmbeddingCache(Path(cache_dir) / "embeddings"))
    return np.asarray(rec_vectors, dtype=np.float32)
