"""A finding whose own words carry little topic, placed in its context, as a human coder places it.

"In a few cases, they have not been completed at all." or "This requires further development to ensure that it is
fully embedded" is about whatever the sentence before it is about; alone, its vector lies among other topicless
sentences, and they cluster into "Mixed findings" themes. A coder reads it with the finding before it. So when such
a theme is dissolved (`pipeline.themes.discover`), each of its findings that names few topic words of its own, or
opens by pointing back ("This", "These", "They", "However, it", ...), is placed by its point moved towards the point
of the finding before it in the same document and section (in the space themes are found in: embedding joined with
topic words; the context itself moved first, so a run of such sentences follows the last one that names its topic):

    point_i = unit(point_i + weight_i * point_before)

weight_i is CONTEXT_WEIGHT for a finding with at most FEW_TOPIC_WORDS topic words (terms of the fitted
`TopicWords` vocabulary), or for one that points back and has at most POINTING_TOPIC_WORDS; 0 otherwise. Only the
points move: `findings.text` and the clustering text stay exact, and the theme centres are worked out from the
findings' own vectors as before. Deterministic (no draw), linear in n.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from pipeline.themes.cluster import unit_rows

CONTEXT_WEIGHT = 1.0        # the context's weight against the finding's own (unit) point
FEW_TOPIC_WORDS = 2         # a finding with at most this many topic words borrows its context
POINTING_TOPIC_WORDS = 4    # ... and one that opens by pointing back, with at most this many
MAX_GAP = 400               # characters between the two findings beyond which the earlier one is no context

# An opening that points back to what came before: a pronoun or demonstrative subject, alone or after a connective.
POINTS_BACK = re.compile(
    r"^\W*(?:(?:however|consequently|as a result|in addition|additionally|furthermore|moreover|despite this|"
    r"in (?:some|a few|many|most|a small number of|a minority of|other) cases|therefore|also|although|overall|"
    r"nevertheless|equally|similarly|this means that|as such)\W+)?"
    r"(?:this|these|those|they|it|its|their|such|this is|there is|there are|some|many|most|others|all|both|"
    r"few|none)\b", re.IGNORECASE)


def context_weights(texts: list[str], topic_counts: np.ndarray) -> np.ndarray:
    """(n,) weight each finding gives the finding before it: CONTEXT_WEIGHT or 0 (module docstring)."""
    counts = np.asarray(topic_counts)
    points = np.array([bool(POINTS_BACK.match(str(text))) for text in texts], dtype=bool)
    weak = (counts <= FEW_TOPIC_WORDS) | (points & (counts <= POINTING_TOPIC_WORDS))
    return np.where(weak, CONTEXT_WEIGHT, 0.0)


def context_rows(findings: pd.DataFrame) -> np.ndarray:
    """(n,) the row of the finding before each one in the same document and section (within MAX_GAP characters),
    or -1: none (the first of its section, or findings without doc_id and start)."""
    n = len(findings)
    before = np.full(n, -1, dtype=np.int64)
    if n == 0 or not {"doc_id", "start", "end"} <= set(findings.columns):
        return before
    section = findings["section"].astype(str) if "section" in findings.columns else pd.Series([""] * n)
    start = pd.to_numeric(findings["start"], errors="coerce").to_numpy(dtype=float)
    end = pd.to_numeric(findings["end"], errors="coerce").to_numpy(dtype=float)
    order = np.lexsort((np.arange(n), start, findings["doc_id"].astype(str).to_numpy()))
    docs, sections = findings["doc_id"].astype(str).to_numpy(), section.to_numpy()
    for here, prior in zip(order[1:], order[:-1]):
        if (docs[here] == docs[prior] and sections[here] == sections[prior]
                and 0 <= start[here] - end[prior] <= MAX_GAP):
            before[here] = prior
    return before


def in_context(points: np.ndarray, weights: np.ndarray, before: np.ndarray) -> np.ndarray:
    """Unit points with each weighted finding's point moved towards its context's (already moved) point."""
    out = unit_rows(np.asarray(points, dtype=np.float32)).copy()
    moved = np.flatnonzero((weights > 0) & (before >= 0))
    # in document order, so that a context is moved before the findings that borrow from it
    for i in moved[np.argsort(_depth(before, moved), kind="stable")]:
        row = out[i] + weights[i] * out[before[i]]
        out[i] = row / max(float(np.linalg.norm(row)), 1e-12)
    return out


def _depth(before: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """How many findings back each row's chain of contexts goes (a context is moved before what borrows from it)."""
    depth = np.zeros(len(before), dtype=np.int64)
    for i in range(len(before)):  # rows are in any order: walk each chain once, memoised
        chain, j = [], i
        while j >= 0 and depth[j] == 0 and before[j] >= 0:
            chain.append(j)
            j = before[j]
        base = depth[j] if j >= 0 else 0
        for k in reversed(chain):
            base += 1
            depth[k] = base
    return depth[rows]
