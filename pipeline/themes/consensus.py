"""Theme centres agreed by several fits (an option, off by default: `discover_themes(..., fits=1)`).

One Ward tree cut at k is a greedy answer: a few findings more or less reorder its merges and move many findings
between themes. With `fits` > 1 the findings are split into `fits` folds by a hash of their text
(`cluster.content_keys`: a finding's fold does not depend on the others), and the tree is built and cut at k
`fits` times, each time without one fold. The k centres of every fit are pooled, a Ward tree over the pool (at
most fits * k points) is cut at k, and each group's centre is the mean of its fits' centres weighted by their
sizes: bagged clustering (Leisch 1999). Nothing is drawn at random; cost: `fits` more trees of (fits-1)/fits of
the findings each.
"""

from __future__ import annotations

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage

from pipeline.themes.cluster import N_MICRO, build_tree, centres_of, cut_tree, unit_rows


def consensus_centres(features: np.ndarray, space: np.ndarray, keys: np.ndarray, k: int, fits: int,
                      n_micro: int = N_MICRO) -> np.ndarray | None:
    """(at most k, dim of `space`) unit centres agreed by `fits` leave-one-fold-out fits, or None when a fold would
    leave fewer than 2k findings (too few to cut at k).

    features: (n, d) the rows the trees are built over; space: (n, e) the rows centres are taken in (row i = the
    same finding); keys: (n,) uint64 content hashes (`cluster.content_keys`), which give each finding its fold.
    """
    folds = (keys % np.uint64(fits)).astype(np.int64)
    pooled, sizes = [], []
    for fold in range(fits):
        kept = np.flatnonzero(folds != fold)
        if len(kept) < 2 * k:
            return None
        tree, leaves = build_tree(features[kept], n_micro)
        cut = cut_tree(tree, leaves, k)
        count = np.bincount(cut)
        pooled.append(centres_of(space[kept], cut, len(count))[count > 0])
        sizes.append(count[count > 0])
    pool, weight = np.vstack(pooled), np.concatenate(sizes).astype(np.float64)
    groups = fcluster(linkage(pool.astype(np.float64), method="ward"), t=k, criterion="maxclust") - 1
    merged = np.zeros((int(groups.max()) + 1, pool.shape[1]), dtype=np.float64)
    np.add.at(merged, groups, pool * weight[:, None])
    return unit_rows(merged.astype(np.float32))
