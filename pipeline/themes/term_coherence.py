"""How much a topic word's findings are about one thing, read in the sentence embedding alone.

A word used in many senses ("group" of a core group, a family group conference and a minority ethnic group)
gathers findings that are about different things; a subject word ("adoption", "personal advisers") gathers
findings about one. Joined to the embedding with full weight (`pipeline.themes.lexical`), the first pulls
unrelated findings into one sub-theme; blind readers rejected such sub-themes as "grouped on the word".

A term's coherence is the share of the embedding's spread that the mean of its findings' unit vectors holds,
above what the same number of findings drawn at random hold: ||mean - overall mean||^2 / spread - (1/k)(1 - k/n)
for k of n findings (the chance term is the expected value under random draws, so a term with no pull of its own
is about 0). No list of words: it is measured on the findings being clustered. Time is linear in the findings
(one sparse product with the embedding).

`term_weights` scales each term's TF-IDF column by its coherence against a level (the `quantile` of all terms'
coherence, capped at 1), so a term whose findings are about one thing keeps its pull and one whose findings are
about many loses it in proportion.
"""

from __future__ import annotations

import numpy as np


def term_coherence(tfidf, vectors: np.ndarray) -> np.ndarray:
    """(terms,) each column's coherence in `vectors` (see the module); `tfidf` (n, terms) sparse, rows match."""
    present = (tfidf > 0).astype(np.float64).tocsc()
    n = present.shape[0]
    counts = np.maximum(np.asarray(present.sum(axis=0)).ravel(), 1.0)
    units = np.asarray(vectors, dtype=np.float64)
    units = units / np.maximum(np.linalg.norm(units, axis=1, keepdims=True), 1e-12)
    overall = units.mean(axis=0)
    spread = max(float(((units - overall) ** 2).sum(axis=1).mean()), 1e-12)
    means = np.asarray(present.T @ units) / counts[:, None]
    held = ((means - overall) ** 2).sum(axis=1) / spread
    return held - (1.0 / counts) * (1.0 - counts / n)


def term_weights(tfidf, vectors: np.ndarray, quantile: float) -> np.ndarray:
    """(terms,) weights in [0, 1]: coherence over its `quantile` among the terms, capped at 1; all 1 when
    quantile <= 0 (off)."""
    coherence = term_coherence(tfidf, vectors)
    if quantile <= 0 or not len(coherence):
        return np.ones(len(coherence))
    level = float(np.quantile(coherence, min(quantile, 1.0)))
    if level <= 0:
        return np.ones(len(coherence))
    return np.clip(coherence / level, 0.0, 1.0)
