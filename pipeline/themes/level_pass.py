"""A label pass run at both levels after the themes are settled: the sub-themes' labels, then the broad themes' own.

    at_both_levels(named, broad_named, assignment, parent_of, relabel, keep) -> (named, broad_named)
    said_each(labels, texts_of, others_of, say, keep, taken) -> labels
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from pipeline.themes.siblings import relabelled

# Fewest findings a theme needs for a pass to change its label (as `siblings.each_relabelled`).
LEAST = 5


def at_both_levels(named: pd.DataFrame, broad_named: pd.DataFrame, assignment: np.ndarray, parent_of: np.ndarray,
                   relabel, keep: set[int] = frozenset()) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(named, broad_named) with `relabel(labels, rows_of, keep, taken, broad) -> labels` applied to the sub-themes'
    labels and then to the broad themes' own, as new tables.

    named: sub-theme labels indexed by theme id; broad_named: theme_id and label of each broad theme; assignment:
    each finding's sub-theme; parent_of: each sub-theme's broad theme; rows_of(theme) gives the rows of a theme's
    findings; keep: sub-themes that keep their labels (the field's); taken: the other level's labels; broad: whether
    the labels are the broad themes'. A broad theme
    of one sub-theme that carried its sub-theme's label carries the new one; one the broad passes named apart keeps
    its own."""
    rows = pd.Series(np.arange(len(assignment))).groupby(assignment).apply(list).to_dict()
    broad_rows = pd.Series(np.arange(len(assignment))).groupby(parent_of[assignment]).apply(list).to_dict()
    kids = pd.Series(np.arange(len(parent_of))).groupby(parent_of).apply(list).to_dict()
    only = {int(b): int(ts[0]) for b, ts in kids.items() if len(ts) == 1}
    before = named["label"].to_dict()
    subs = relabel(before, lambda t: rows.get(t, []), keep,
                   set(broad_named["label"]) - {before[t] for t in only.values()}, False)
    named = named.copy()
    named["label"] = [subs[t] for t in named.index]
    own = {int(b): label for b, label in zip(broad_named["theme_id"], broad_named["label"]) if int(b) not in only}
    broad = relabel(own, lambda b: broad_rows.get(b, []), frozenset(), set(named["label"]), True)
    broad_named = broad_named.copy()
    broad_named["label"] = [named.at[only[b], "label"] if b in only and label == before[only[b]]
                            else broad.get(b, label)
                            for b, label in zip(broad_named["theme_id"].astype(int), broad_named["label"])]
    return named, broad_named


def said_each(labels: dict[int, str], texts_of, others_of, say, keep: set[int] = frozenset(),
              taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` (theme -> label) with each theme's label given what `say(label, texts, others)` says of it, when it
    says something (`siblings.relabelled`: free and passing the label checks; a list of wordings: the first of them
    that is); themes in `keep` as they are. texts_of / others_of: theme -> its findings' texts / what else the pass
    reads of them (headings, lead-ins)."""
    out = dict(labels)
    for theme in sorted(labels):
        if theme in keep:
            continue
        texts = texts_of(theme)
        said = say(labels[theme], texts, others_of(theme))
        for option in [said] if isinstance(said, str) else said or []:
            if option and relabelled(out, theme, option, taken, texts):
                break
    return out
