"""The recommendations' vectors the tracker matches on: their matched texts, with place, authority and people's names
masked and abbreviations spelt out when params.masked (the themes stage's clustering text,
pipeline.themes.cluster_text), so an authority's name does not pull a recommendation towards unrelated lines of its
own council ("<Place> Healthcare NHS Trust must ensure ..." and "Neglect is a major factor for children in <Place>"),
else their exact texts. The findings' side is pipeline.stages.track.tracker_vectors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.themes.cluster_text import clustering_texts
from pipeline.tracker.matter import matched_text
from pipeline.tracker.params import TrackerParams


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
