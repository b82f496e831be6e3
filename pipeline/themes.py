"""Themes stage: vectors -> a theme for every finding, at two levels (broad themes and their sub-themes).

Method: Ward agglomerative clustering of the L2-normalised embeddings. Ward's tree does not depend on a seed,
so themes are the same from run to run; cutting one tree at two heights gives sub-themes that nest inside broad
themes. Above `max_direct` findings the tree is built over k-means micro-clusters instead of the findings
themselves (memory stays linear in the number of findings; the seed then only moves micro-cluster borders).
The number of themes is chosen by the best silhouette (cosine, on a fixed sample) over a range of cuts.
Every finding is assigned; confidence is how clearly its own theme centre beats the nearest other one.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.cluster import MiniBatchKMeans
from sklearn.metrics import silhouette_score

from pipeline.errors import ConfigError
from pipeline.labels import label_themes, tag

THEME_COLUMNS = ["theme_id", "label", "keywords", "size", "n_authorities", "exemplars", "parent_theme_id", "parent_label"]


@dataclass(frozen=True)
class ThemeResult:
    """assignment: finding_id, theme_id, theme_confidence, parent_theme_id (one row per finding, input order).
    themes: THEME_COLUMNS, one row per sub-theme. centroids: (n_themes, dim) float32, row i = theme_id i.
    broad: theme_id, label, keywords, size for the broad themes."""

    assignment: pd.DataFrame
    themes: pd.DataFrame
    centroids: np.ndarray
    broad: pd.DataFrame


def _tree(vectors: np.ndarray, max_direct: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Ward linkage and, for each finding, the leaf of the tree it belongs to."""
    if len(vectors) <= max_direct:
        return linkage(vectors.astype(np.float64), method="ward"), np.arange(len(vectors))
    micro = MiniBatchKMeans(n_clusters=max_direct // 4, random_state=seed, n_init=3, batch_size=4096)
    leaves = micro.fit_predict(vectors)
    return linkage(micro.cluster_centers_.astype(np.float64), method="ward"), leaves


def choose_n_themes(tree: np.ndarray, leaves: np.ndarray, vectors: np.ndarray, seed: int,
                    low: int = 8, high: int = 150) -> int:
    """Number of themes with the best cosine silhouette on a fixed sample of at most 4000 findings.

    At most one theme per 50 findings, so that every theme has enough quotes to read; broad themes (a quarter as
    many) give the overview.
    """
    n = len(vectors)
    high = max(low, min(high, n // 50))
    low, high = min(low, n - 1), min(high, n - 1)  # a tiny corpus: at most one theme per finding but one
    rng = np.random.default_rng(seed)
    sample = np.sort(rng.choice(n, size=min(n, 4000), replace=False))
    best, best_score = low, -1.0
    for k in range(low, high + 1, 2):
        labels = fcluster(tree, t=k, criterion="maxclust")[leaves][sample]
        if not 2 <= len(set(labels)) < len(labels):
            continue
        # Prefer finer themes only when they separate clearly better (a small premium per extra theme).
        score = silhouette_score(vectors[sample], labels, metric="cosine") + 0.0005 * k
        if score > best_score:
            best, best_score = k, score
    return best


def _centroids(vectors: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    centres = np.vstack([vectors[labels == i].mean(axis=0) for i in range(k)])
    return (centres / np.linalg.norm(centres, axis=1, keepdims=True)).astype(np.float32)


def confidence(vectors: np.ndarray, centroids: np.ndarray, labels: np.ndarray, temperature: float = 0.05) -> np.ndarray:
    """Softmax weight of each finding's own theme centre among all centres (0..1)."""
    similarity = vectors @ centroids.T
    weights = np.exp((similarity - similarity.max(axis=1, keepdims=True)) / temperature)
    weights /= weights.sum(axis=1, keepdims=True)
    return weights[np.arange(len(labels)), labels].astype(np.float64)


def _renumber_by_size(labels: np.ndarray) -> np.ndarray:
    """Theme ids 0..k-1 from largest to smallest (ties by first appearance), so ids are stable and meaningful."""
    values, first, counts = np.unique(labels, return_index=True, return_counts=True)
    order = sorted(range(len(values)), key=lambda i: (-counts[i], first[i]))
    mapping = {values[i]: new for new, i in enumerate(order)}
    return np.array([mapping[v] for v in labels])


def fit_themes(findings: pd.DataFrame, vectors: np.ndarray, n_themes: int | str = "auto", seed: int = 0,
               n_broad: int | str = "auto", max_direct: int = 12000, embedder=None) -> ThemeResult:
    """Cluster findings into themes.

    findings: at least finding_id, text, authority (row i matches vectors[i]); vectors: (n, dim) float32.
    n_themes: an int >= 2 or "auto"; n_broad: broad themes, an int or "auto" (about a quarter of n_themes).
    embedder: the model that made the vectors; when given, labels are the key phrases nearest each theme's centre.
    """
    n = len(findings)
    if n != len(vectors):
        raise ValueError(f"{n} findings but {len(vectors)} vectors; they must match row for row.")
    if n < 3:
        raise ConfigError(f"n_findings={n}: at least 3 findings are needed to find themes.")
    vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    tree, leaves = _tree(vectors, max_direct, seed)
    if n_themes == "auto":
        k = choose_n_themes(tree, leaves, vectors, seed)
    else:
        k = int(n_themes)
        if not 2 <= k <= n:
            raise ConfigError(f"n_themes={k} should be between 2 and the number of findings ({n}).")
    labels = _renumber_by_size(fcluster(tree, t=k, criterion="maxclust")[leaves] - 1)
    k = int(labels.max()) + 1
    kb = max(2, min(k - 1, round(k / 4))) if n_broad == "auto" else int(n_broad)
    broad_raw = fcluster(tree, t=kb, criterion="maxclust")[leaves]
    broad_labels = _renumber_by_size(broad_raw - 1)
    centroids = _centroids(vectors, labels, k)
    conf = confidence(vectors, centroids, labels)

    tokens = tag(findings["text"].tolist())
    named = label_themes(findings["text"], labels, tokens=tokens, centroids=centroids, embedder=embedder)
    broad_named = label_themes(findings["text"], broad_labels, top_n=6, tokens=tokens,
                               centroids=_centroids(vectors, broad_labels, int(broad_labels.max()) + 1),
                               embedder=embedder)
    parent_of = {t: int(np.bincount(broad_labels[labels == t]).argmax()) for t in range(k)}
    rows = []
    for theme in range(k):
        members = np.flatnonzero(labels == theme)
        nearest = members[np.argsort(-(vectors[members] @ centroids[theme]), kind="stable")[:3]]
        parent = parent_of[theme]
        rows.append({
            "theme_id": theme,
            "label": named.loc[named.theme_id == theme, "label"].iloc[0],
            "keywords": named.loc[named.theme_id == theme, "keywords"].iloc[0],
            "size": len(members),
            "n_authorities": findings["authority"].iloc[members].nunique(),
            "exemplars": " ".join(findings["finding_id"].iloc[nearest]),
            "parent_theme_id": parent,
            "parent_label": broad_named.loc[broad_named.theme_id == parent, "label"].iloc[0],
        })
    themes = pd.DataFrame(rows, columns=THEME_COLUMNS)
    broad = broad_named.assign(size=[int((broad_labels == b).sum()) for b in broad_named.theme_id])
    assignment = pd.DataFrame({
        "finding_id": findings["finding_id"].to_numpy(),
        "theme_id": labels,
        "theme_confidence": conf.round(4),
        "parent_theme_id": [parent_of[t] for t in labels],
    })
    return ThemeResult(assignment, themes, centroids, broad)


def attach_themes(findings: pd.DataFrame, result: ThemeResult) -> pd.DataFrame:
    """A new findings table with theme_id, theme_label, theme_confidence, parent_theme_id, parent_theme_label."""
    labels = result.themes.set_index("theme_id")
    out = findings.drop(columns=[c for c in ("theme_id", "theme_label", "theme_confidence", "parent_theme_id",
                                             "parent_theme_label") if c in findings.columns])
    out = out.assign(
        theme_id=result.assignment["theme_id"].to_numpy(),
        theme_confidence=result.assignment["theme_confidence"].to_numpy(),
        parent_theme_id=result.assignment["parent_theme_id"].to_numpy(),
    )
    out["theme_label"] = out["theme_id"].map(labels["label"])
    out["parent_theme_label"] = out["theme_id"].map(labels["parent_label"])
    return out
