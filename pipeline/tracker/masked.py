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


def part_vectors(recs: pd.DataFrame, params: TrackerParams, glossary: dict[str, tuple[str, str]], embedder,
                 cache_dir: Path) -> dict[str, np.ndarray]:
    """The vectors of the recommendations' parts (pipeline.tracker.parts, of their matter words), by the part's
    text, for next_parts and next_parts_mixed; {} when both are off. Masked as the recommendations are."""
    from pipeline.embed import EmbeddingCache, embed_texts
    from pipeline.tracker.matter import matter_words
    from pipeline.tracker.parts import recommendation_parts

    if not params.parts_used():
        return {}
    parts = list(dict.fromkeys(p for t in recs["text"] for p in
                               recommendation_parts(matter_words(matched_text(t, params)), params.next_parts_words)))
    if not parts:
        return {}
    texts = clustering_texts(parts, glossary) if params.masked else parts
    vectors, _ = embed_texts(texts, embedder, EmbeddingCache(Path(cache_dir) / "embeddings"))
    return dict(zip(parts, np.asarray(vectors, dtype=np.float32)))
