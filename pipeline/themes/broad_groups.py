"""Broad themes from sub-themes: each sub-theme's centre -> its broad theme (`broad_groups`).

Ward's method over the sub-themes' centres, cut into the asked number of groups, gathers near the centre of the
space the sub-themes with least topic of their own, and one group of them grows far larger than the rest: read 53
met "Mixed findings: early help and children in care", 13% of a 20,788-finding mixture's findings in twelve
sub-themes (early help, work with families, health, mental health, children in care, disabled children, ...), and
judged it a grab-bag. A group that holds more than SPLIT_RATIO times the mean broad theme's findings is split into
the two groups Ward's method joined to make it, again until none is that large; the tree is cut into fewer groups
first when splitting would give more broad themes than asked.
"""

from __future__ import annotations

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage, to_tree

# Most findings a broad theme may hold, as a multiple of the mean broad theme's: three times the mean (a tenth of
# all findings at 30 broad themes). Tuned on mixture 9728 (read 53's run): its grab-bag held 4.0 times the mean,
# the next largest broad theme (child protection, one topic) 2.8 times.
SPLIT_RATIO = 3.0


def broad_groups(centroids: np.ndarray, n_broad: int, sizes: np.ndarray | None = None) -> np.ndarray:
    """Broad theme (0..) of each sub-theme (k,), from the sub-themes' centres (k, d) and their findings (k,).

    Grouping the sub-themes themselves, not the findings, puts each sub-theme wholly under the broad theme its
    centre is nearest in meaning (a cut of the findings' tree can split a sub-theme and leave a broad theme that
    holds parts of unrelated ones). sizes: findings per sub-theme (None: one each); a group that holds more than
    SPLIT_RATIO / n_broad of them is split (`_split_large`). At most `n_broad` groups.
    """
    k = len(centroids)
    if k < 3 or n_broad >= k:
        return np.arange(k) if n_broad >= k else np.zeros(k, dtype=np.int64)
    n_broad = max(1, n_broad)
    tree = linkage(np.asarray(centroids, dtype=np.float64), method="ward")
    sizes = np.ones(k) if sizes is None else np.asarray(sizes, dtype=np.float64)
    most = SPLIT_RATIO * sizes.sum() / n_broad
    for cut in range(n_broad, 0, -1):  # fewer groups first when the splits would give more than asked
        groups = _split_large(tree, fcluster(tree, t=cut, criterion="maxclust") - 1, sizes, most)
        if len(np.unique(groups)) <= n_broad:
            return _numbered(groups)
    return np.zeros(k, dtype=np.int64)


def _split_large(tree: np.ndarray, groups: np.ndarray, sizes: np.ndarray, most: float) -> np.ndarray:
    """`groups` with each group of more than `most` findings split into the two groups Ward's method joined to
    make it (the right one given a new number), the largest first, until none is that large or it is one
    sub-theme."""
    groups = groups.copy()
    root = to_tree(tree)
    while True:
        held = np.bincount(groups, weights=sizes)
        large = int(np.argmax(held))  # the first of equals: deterministic
        members = np.flatnonzero(groups == large)
        if held[large] <= most or len(members) < 2:
            return groups
        node = _node_of(root, set(members.tolist()))
        groups[node.get_right().pre_order()] = groups.max() + 1


def _node_of(root, members: set[int]):
    """The lowest node of the tree whose leaves are `members` (a cut's group is one subtree)."""
    node = root
    while not node.is_leaf():
        for child in (node.get_left(), node.get_right()):
            if members <= set(child.pre_order()):
                node = child
                break
        else:
            return node
    return node


def _numbered(groups: np.ndarray) -> np.ndarray:
    """Groups numbered 0.. in order of first appearance (no gaps)."""
    _, first, inverse = np.unique(groups, return_index=True, return_inverse=True)
    order = np.argsort(np.argsort(first))
    return order[inverse].astype(np.int64)
