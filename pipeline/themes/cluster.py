"""Clustering of finding vectors: micro-clusters, a Ward tree, the cut with the best silhouette, nearest centres.

Method, linear in the number of findings n (`pipeline.themes.discover` puts the steps together):
1. Micro-clusters: above `n_micro` findings, two rounds of k-means (about sqrt(n_micro) groups, then each group
   into its share) summarise the L2-normalised embeddings as `n_micro` tight micro-clusters; at or below it every
   finding is its own micro-cluster. k-means starts from evenly spaced rows, not random ones: nothing here is
   drawn at random, so the same findings in the same order always give the same themes.
2. A Ward tree over the micro-clusters (at most `n_micro` points, so its distance matrix is bounded whatever n).
   Cutting the tree at two heights gives sub-themes nested inside broad themes.
3. The number of themes is the cut with the best cosine silhouette on an evenly spaced sample of findings.
4. Every finding goes to the nearest theme centre (the mean of the findings under that cut), and the centres are
   settled (`settle`): each the mean of its findings again and every finding to the nearest, until nothing moves.
   Themes then depend on the centres rather than on exact micro-cluster borders or on the greedy merges of the
   tree, which a few findings more or less reorder, and a saved model (the centres) codes the same findings into
   the same themes.
The findings are clustered in an order of their content (`content_order`), not in the order they were read, so
reading the same findings in another order gives the same themes.
Confidence is how clearly a finding's own theme centre beats the others.
"""

from __future__ import annotations

import hashlib
import warnings

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix
from sklearn.cluster import KMeans
from sklearn.exceptions import ConvergenceWarning

FINDINGS_PER_THEME = 100   # the cap on the number of themes: one per this many findings
N_MICRO = 4000          # most points the Ward tree is built over (its distance matrix: 64 MB)
_CHUNK = 8192           # rows per block when comparing findings with theme centres
SETTLE = 30             # most rounds of settling the theme centres (`settle`); 0: one nearest-centre step only


def content_keys(texts: list[str]) -> np.ndarray:
    """(n,) uint64: a hash of each text, the same whichever order or company the texts come in."""
    return np.array([int.from_bytes(hashlib.blake2b(str(text).encode("utf-8"), digest_size=8).digest(), "big")
                     for text in texts], dtype=np.uint64)


def content_order(keys: np.ndarray) -> np.ndarray:
    """The positions of texts sorted by their `content_keys` (ties, equal texts, by position): an order that does not
    depend on the order the texts were read in, in which k-means' evenly spaced starting rows and the silhouette's
    sample are taken."""
    return np.argsort(keys, kind="stable")


def unit_rows(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to length 1 (float32); zero rows stay zero."""
    vectors = np.asarray(vectors, dtype=np.float32)
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


def build_tree(vectors: np.ndarray, n_micro: int = N_MICRO) -> tuple[np.ndarray, np.ndarray]:
    """Ward linkage over at most `n_micro` points, and for each finding the leaf (micro-cluster) it belongs to."""
    n = len(vectors)
    if n <= n_micro:
        return _ward(vectors), np.arange(n)
    leaves = micro_clusters(vectors, n_micro)
    return _ward(mean_rows(vectors, leaves, int(leaves.max()) + 1)), leaves


def _ward(points: np.ndarray) -> np.ndarray:
    """Ward linkage of at most N_MICRO points; their Euclidean distances from one matrix product (BLAS)."""
    return linkage(condensed_distances(points.astype(np.float32)), method="ward")


def condensed_distances(points: np.ndarray, block: int = 256) -> np.ndarray:
    """Euclidean distances between the rows of (m, dim) float32 `points`, in condensed form (float64, pairs i < j
    row by row, as `linkage` takes them), from |a|^2 + |b|^2 - 2 a.b.

    Block by block of rows and only right of the diagonal: half the elementwise work of the full square, and no
    square float64 copy. The products come from one full `points @ points.T` all the same: BLAS may round a
    block's products differently, and the tree must not depend on how the work is cut.
    """
    n = len(points)
    squares = np.einsum("ij,ij->i", points, points)
    gram = points @ points.T
    out = np.empty(n * (n - 1) // 2, dtype=np.float64)
    at = 0
    for start in range(0, n, block):
        stop = min(n, start + block)
        part = squares[start:stop, None] + squares[None, start:] - 2.0 * gram[start:stop, start:]
        np.sqrt(np.clip(part, 0.0, None, out=part), out=part)
        for row in range(stop - start):  # row start+row: its distances to the rows after it
            width = n - start - row - 1
            out[at:at + width] = part[row, row + 1:]
            at += width
    return out


def _kmeans(vectors: np.ndarray, k: int) -> np.ndarray:
    """k-means started from k evenly spaced rows: no random draw, so the same findings give the same clusters."""
    start = vectors[np.linspace(0, len(vectors) - 1, num=k).astype(int)]
    with warnings.catch_warnings():
        # Rows that repeat (a stock sentence) give fewer distinct clusters than k; micro_clusters numbers only the
        # clusters used, so scikit-learn's warning about it says nothing a researcher needs to act on.
        warnings.simplefilter("ignore", ConvergenceWarning)
        return KMeans(n_clusters=k, init=start, n_init=1, max_iter=30).fit_predict(vectors)


def micro_clusters(vectors: np.ndarray, n_micro: int) -> np.ndarray:
    """Micro-cluster of each row, ids 0..m-1 with m <= n_micro, in two rounds of k-means.

    One k-means over all rows into about sqrt(n_micro) groups, then one inside each group into its share of the
    micro-clusters: each row meets about 2 * sqrt(n_micro) centres instead of n_micro, so the cost is linear in
    n with a small constant.
    """
    n = len(vectors)
    n_groups = max(2, int(np.ceil(np.sqrt(n_micro))))
    groups = _kmeans(vectors, n_groups)
    leaves = np.empty(n, dtype=np.int64)
    next_id = 0
    for group in range(n_groups):
        members = np.flatnonzero(groups == group)
        if not len(members):
            continue
        share = max(1, int(round(n_micro * len(members) / n)))
        if share >= len(members):
            leaves[members] = next_id + np.arange(len(members))
            next_id += len(members)
            continue
        inner = _kmeans(vectors[members], share)
        used, inner = np.unique(inner, return_inverse=True)
        leaves[members] = next_id + inner
        next_id += len(used)
    return leaves


def sum_rows(vectors: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """(k, dim) sum of the rows with each label, in one sparse product (no per-label pass over the data)."""
    n = len(labels)
    return np.asarray(csr_matrix((np.ones(n, dtype=np.float32), (labels, np.arange(n))), shape=(k, n)) @ vectors)


def mean_rows(vectors: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """(k, dim) mean of the rows with each label."""
    counts = np.bincount(labels, minlength=k).astype(np.float32).reshape(-1, 1)
    return sum_rows(vectors, labels, k) / np.maximum(counts, 1)


def cut_tree(tree: np.ndarray, leaves: np.ndarray, k: int) -> np.ndarray:
    return fcluster(tree, t=k, criterion="maxclust")[leaves] - 1


def choose_n_themes(tree: np.ndarray, leaves: np.ndarray, vectors: np.ndarray, low: int = 8, high: int = 150,
                    sample_size: int = 3000) -> int:
    """Number of themes with the best cosine silhouette on an evenly spaced sample of at most 3000 findings.

    At most one theme per FINDINGS_PER_THEME findings: agreement with hand-labelled themes (AMI) is flat from
    about 30 to 60 themes on 5,000 findings and falls beyond, and fewer themes are each more coherent to read;
    broad themes (`discover.BROAD_RATIO` fewer) give the overview. The sample does not depend on the seed, so
    neither does the choice.
    """
    n = len(vectors)
    high = max(low, min(high, n // FINDINGS_PER_THEME))
    low, high = min(low, n - 1), min(high, n - 1)  # a tiny corpus: at most one theme per finding but one
    sample = np.unique(np.linspace(0, n - 1, num=min(n, sample_size)).astype(int))
    part = vectors[sample]
    scores: dict[int, float] = {}

    def score(k: int) -> float:
        if k not in scores:
            labels = cut_tree(tree, leaves, k)[sample]
            # Prefer finer themes only when they separate clearly better (a small premium per extra theme).
            scores[k] = (cosine_silhouette(part, labels) + 0.0005 * k
                         if 2 <= len(set(labels)) < len(labels) else -1.0)
        return scores[k]

    # Every sixth cut, then every second one around the best: a third of the silhouettes of a full scan.
    coarse = max(range(low, high + 1, 6), key=lambda k: (score(k), -k))
    return max(range(max(low, coarse - 4), min(high, coarse + 4) + 1, 2), key=lambda k: (score(k), -k))


def cosine_silhouette(points: np.ndarray, labels: np.ndarray) -> float:
    """Mean silhouette of `labels` with cosine distances (1 - a.b) between rows of L2-normalised `points`, as
    scikit-learn's `silhouette_score(..., metric="cosine")` defines it (a point alone in its cluster scores 0),
    without the (s, s) distance matrix: a point's summed distance to a cluster is the cluster's size minus its dot
    product with the cluster's summed vector (its distance to itself taken out), one (s, dim) x (dim, k) product."""
    _, labels = np.unique(labels, return_inverse=True)
    k = int(labels.max()) + 1
    points = np.asarray(points, dtype=np.float32)
    sizes = np.bincount(labels, minlength=k)
    sums = sizes[None, :] - points @ sum_rows(points, labels, k).T
    sums[np.arange(len(labels)), labels] -= 1.0 - np.einsum("ij,ij->i", points, points)
    return _silhouette_from_sums(np.maximum(sums, 0.0), labels)


def _silhouette_from_sums(sums: np.ndarray, labels: np.ndarray) -> float:
    """Mean silhouette from each point's summed distance to every cluster (s, k) and its cluster (0..k-1)."""
    rows = np.arange(len(labels))
    sizes = np.bincount(labels, minlength=sums.shape[1]).astype(sums.dtype)
    own = sizes[labels]
    inside = sums[rows, labels] / np.maximum(own - 1, 1)
    means = sums / sizes
    means[rows, labels] = np.inf
    outside = means.min(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        scores = (outside - inside) / np.maximum(outside, inside)
    scores = np.where((own > 1) & np.isfinite(scores), scores, 0.0)
    return float(scores.mean())


def centres_of(vectors: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """(k, dim) float32 normalised mean of each label's rows."""
    return unit_rows(mean_rows(vectors, labels, k))


def nearest(vectors: np.ndarray, centroids: np.ndarray, temperature: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """Nearest centre of each row (cosine) and the confidence of that choice, in blocks of rows (memory n x k / 8)."""
    ids = np.empty(len(vectors), dtype=np.int64)
    conf = np.empty(len(vectors), dtype=np.float64)
    for start in range(0, len(vectors), _CHUNK):
        similarity = vectors[start:start + _CHUNK] @ centroids.T
        ids[start:start + _CHUNK] = similarity.argmax(axis=1)
        conf[start:start + _CHUNK] = _softmax_own(similarity, ids[start:start + _CHUNK], temperature)
    return ids, conf


def settle(vectors: np.ndarray, centroids: np.ndarray, rounds: int = SETTLE) -> tuple[np.ndarray, np.ndarray]:
    """(each row's nearest centre, the centres): from `centroids`, every row to its nearest centre (cosine), then
    each centre the normalised mean of its rows and the rows to the nearest again (spherical k-means), until no
    row moves or after `rounds` rounds; rounds=0: the nearest of the given centres only. The centres returned are
    those the rows were last given to, so `nearest` of them gives the same ids; a centre left without rows keeps
    its place (ids stay 0..k-1; `renumber_by_size` drops it)."""
    ids = nearest(vectors, centroids)[0]
    for _ in range(rounds):
        moved = centres_of(vectors, ids, len(centroids))
        empty = ~np.bincount(ids, minlength=len(centroids)).astype(bool)
        moved[empty] = centroids[empty]
        again = nearest(vectors, moved)[0]
        centroids = moved
        if np.array_equal(again, ids):
            break
        ids = again
    return ids, centroids


def _softmax_own(similarity: np.ndarray, own: np.ndarray, temperature: float) -> np.ndarray:
    weights = np.exp((similarity - similarity.max(axis=1, keepdims=True)) / temperature)
    return weights[np.arange(len(own)), own] / weights.sum(axis=1)


def confidence(vectors: np.ndarray, centroids: np.ndarray, labels: np.ndarray, temperature: float = 0.05) -> np.ndarray:
    """Softmax weight of each finding's own theme centre among all centres (0..1)."""
    out = np.empty(len(vectors), dtype=np.float64)
    for start in range(0, len(vectors), _CHUNK):
        similarity = vectors[start:start + _CHUNK] @ centroids.T
        out[start:start + _CHUNK] = _softmax_own(similarity, np.asarray(labels[start:start + _CHUNK]), temperature)
    return out


def renumber_by_size(labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Ids 0..k-1 from largest to smallest (ties by first appearance), and old_of_new[new] = old id."""
    values, first, inverse, counts = np.unique(labels, return_index=True, return_inverse=True, return_counts=True)
    order = np.array(sorted(range(len(values)), key=lambda i: (-counts[i], first[i])), dtype=np.int64)
    rank = np.empty(len(values), dtype=np.int64)
    rank[order] = np.arange(len(values))
    return rank[inverse], values[order]


EXEMPLARS = 3  # findings nearest a theme's centre shown as its examples (themes.csv `exemplars`)


def label_members(vectors: np.ndarray, labels: np.ndarray, centroids: np.ndarray,
                  per_theme: int) -> dict[int, np.ndarray]:
    """For each theme, the rows of about `per_theme` members read for its name, nearest its centre first: all of a
    small theme; of a larger one, its three nearest (the theme's exemplars) and members at evenly spaced ranks of
    closeness to the centre, nearest to farthest. A name
    read from the nearest members alone fits the theme's core and not the rest: a blind reader, shown findings
    drawn from the whole theme, judged such names wrong when the core's term (e.g. "caseloads") was in 2 of 10."""
    similarity = np.einsum("ij,ij->i", vectors, centroids[labels])
    order = np.lexsort((-similarity, labels))  # by theme, then nearest first
    bounds = np.searchsorted(labels[order], np.arange(len(centroids) + 1))
    members = {}
    for t in range(len(centroids)):
        size = bounds[t + 1] - bounds[t]
        if size:
            spread = np.linspace(0, size - 1, min(per_theme, size)).round().astype(np.int64)
            ranks = np.unique(np.concatenate([np.arange(min(EXEMPLARS, size)), spread]))
            members[t] = order[bounds[t] + ranks]
    return members
