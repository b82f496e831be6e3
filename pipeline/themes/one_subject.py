"""Sub-themes a reader cannot tell apart made one, and "X, further findings" with no X said as X.

`alike_labels` says a sub-theme "X, further findings" when its label would be X, the label of another. Blind readers
rejected almost all such labels (reads 54/56/58: "placeholder wording; the findings share a subject: X"), and
where the other theme labelled X sits under the same broad theme they cannot tell the two themes apart. Here, after
all the labels are given:

- `joined_pairs`: "X, further findings" and X under one broad theme are one theme when its findings are borne out as
  on X (`on_subject`): at least BORNE of them write X, and at least BESIDE times the share of the theme labelled X
  that does. The smaller joins the larger, labelled X.
- `said_as_subject`: "X, further findings" that no sub-theme labelled X is left beside, under a broad theme whose
  label is X or starts with it ("Care leavers, further findings" under "Care leavers and accommodation"), is said X
  when its findings are borne out as on X. A sub label equal to its broad label is then possible (a broad theme
  of one sub-theme takes that sub-theme's name anyway).
- `one_subject`: both, with the theme model (assignment, centres, centroids, label samples, parents, names) kept
  consistent: the joined theme's centre is its findings' mean, the themes are numbered by size again (field themes
  first), and a broad theme a join leaves with one sub-theme takes its name, as `discover.name_levels` gives it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import numpy as np
import pandas as pd

from pipeline.themes.cluster import centres_of, label_members, renumber_by_size
from pipeline.themes.coverage import Coverage
from pipeline.themes.held_parts import label_parts, part_rows
from pipeline.themes.vocabulary import label_key

FURTHER = re.compile(r"^(?P<x>.+), further findings$")
# Least share of a placeholder theme's findings that write X (`on_subject`) for them to be on X: most of them.
BORNE = 0.5
# ... and least ratio of that share to the share of the theme labelled X that writes it: the two as much on X.
BESIDE = 0.75


def on_subject(covers: Coverage, theme: int, subject: str) -> np.ndarray:
    """Which of the theme's findings (row for row with `covers.members[theme]`) write `subject`: any part of it (as
    `held_parts.label_parts` splits a label) as a term, its glossary forms, a field topic's terms, or its head or
    first word where that may stand for it ("the Board" of "Safeguarding children board"), or all its words
    (`Coverage.of`: an abbreviation counts as its expansion, "LSCB")."""
    _, parts, _ = label_parts(subject, covers)
    used = np.zeros(len(covers.members[theme]), dtype=bool)
    for part in parts or [subject]:
        used |= part_rows(covers, theme, part) | covers.of(theme, part)
    return used


def subject_share(covers: Coverage, theme: int, subject: str) -> float:
    """Share of the theme's findings that write `subject` (`on_subject`)."""
    used = on_subject(covers, theme, subject)
    return float(used.mean()) if len(used) else 0.0


def joined_pairs(labels: dict[int, str], parents: dict[int, int], sizes: dict[int, int], covers: Coverage,
                 keep: set[int] = frozenset()) -> dict[int, int]:
    """Theme -> the theme it joins: each "X, further findings" and the theme labelled X under the same broad theme
    (neither in `keep`), when the placeholder's findings are borne out as on X (BORNE, BESIDE); the smaller joins
    the larger (ties: the higher id joins the lower)."""
    by_key = {label_key(label): theme for theme, label in labels.items() if not FURTHER.match(label)}
    joins = {}
    for theme in sorted(labels):
        further = FURTHER.match(labels[theme])
        sibling = by_key.get(label_key(further.group("x"))) if further else None
        if sibling is None or theme in keep or sibling in keep or parents.get(theme) != parents.get(sibling):
            continue
        share = subject_share(covers, theme, further.group("x"))
        if share >= BORNE and share >= BESIDE * subject_share(covers, sibling, further.group("x")):
            small, large = sorted((theme, sibling), key=lambda t: (-sizes.get(t, 0), t))[::-1]
            joins[small] = large
    return joins


def said_as_subject(labels: dict[int, str], parents: dict[int, int], broad_labels: dict[int, str],
                    covers: Coverage, keep: set[int] = frozenset()) -> dict[int, str]:
    """Theme -> its new label X: each "X, further findings" (not in `keep`) with no other sub-theme labelled X, whose
    broad theme's label is X or starts with it ("X and ...", "X, ..."), and whose findings are borne out as on X
    (BORNE)."""
    taken = {label_key(label) for label in labels.values()}
    out = {}
    for theme in sorted(labels):
        further = FURTHER.match(labels[theme])
        if not further or theme in keep:
            continue
        subject = further.group("x")
        broad = str(broad_labels.get(parents.get(theme), ""))
        if label_key(subject) in taken or not starts_with(broad, subject):
            continue
        if subject_share(covers, theme, subject) >= BORNE:
            out[theme] = subject
            taken.add(label_key(subject))
    return out


def starts_with(label: str, subject: str) -> bool:
    """Whether `label` is `subject` or lists it first ("Care leavers and accommodation", "Care leavers, ...")."""
    head, rest = label[:len(subject)], label[len(subject):]
    return head.lower() == subject.lower() and (not rest or rest.startswith((" and ", ", ")))


class Themes(NamedTuple):
    """The sub-theme model `one_subject` reads and returns: each finding's theme (n,), the themes' centres in the
    space they were found in (k, d1) and in the embedding (k, d2), theme -> rows read for its name, each theme's
    broad theme (k,), the sub names (label, keywords by theme_id) and the broad names (theme_id, label, keywords)."""
    assignment: np.ndarray
    centres: np.ndarray
    centroids: np.ndarray
    sample: dict
    parent_of: np.ndarray
    named: pd.DataFrame
    broad_named: pd.DataFrame


def one_subject(themes: Themes, covers: Coverage, space: np.ndarray, vectors: np.ndarray, first: int = 0,
                label_sample: int = 40) -> Themes:
    """`themes` with the pairs of `joined_pairs` made one theme (labelled X, the larger's keywords) and the themes of
    `said_as_subject` labelled X. covers: over `themes.assignment`; space and vectors: the findings' rows in the two
    spaces of the centres; first: the field themes (0..first-1), kept as they are."""
    named, broad_named = themes.named.copy(), themes.broad_named.copy()
    labels = {int(t): str(label) for t, label in named["label"].items()}
    parents = {t: int(themes.parent_of[t]) for t in labels}
    sizes = dict(enumerate(np.bincount(themes.assignment, minlength=len(themes.centres)).tolist()))
    keep = set(range(first))
    joins = joined_pairs(labels, parents, sizes, covers, keep)
    for small, large in joins.items():
        labels[large] = FURTHER.sub(r"\g<x>", labels[large])
        labels[small] = labels[large]
    broad_labels = dict(zip(broad_named["theme_id"].astype(int), broad_named["label"].astype(str)))
    relabelled = said_as_subject({t: label for t, label in labels.items() if t not in joins}, parents, broad_labels,
                                 covers, keep)
    labels.update(relabelled)
    named["label"] = pd.Series(labels)
    if not joins:
        return themes._replace(named=named)
    # the smaller's findings join the larger; the themes after the field's numbered by size again
    old = themes.assignment.copy()
    for small, large in joins.items():
        old[old == small] = large
    rest = old >= first
    found, old_of_new = renumber_by_size(old[rest] - first)
    old_of_new = np.concatenate([np.arange(first), old_of_new + first])
    assignment = old.copy()
    assignment[rest] = found + first
    k = len(old_of_new)
    grown = [new for new, was in enumerate(old_of_new) if was in joins.values()]
    centres, centroids = themes.centres[old_of_new].copy(), themes.centroids[old_of_new].copy()
    centres[grown] = centres_of(space, assignment, k)[grown]
    centroids[grown] = centres_of(vectors, assignment, k)[grown]
    sample = {new: themes.sample[was] for new, was in enumerate(old_of_new)}
    fresh = label_members(vectors, assignment, centroids, label_sample)
    sample.update({new: fresh[new] for new in grown})
    named = named.loc[old_of_new].set_axis(pd.RangeIndex(k, name=named.index.name))
    parent_of = themes.parent_of[old_of_new]
    # a broad theme a join left with one sub-theme holds the same findings: it takes that sub-theme's name
    children = pd.Series(np.arange(k)).groupby(parent_of)
    shrunk = {int(themes.parent_of[small]) for small in joins}
    alone = {int(b): int(ts.iloc[0]) for b, ts in children if len(ts) == 1 and int(b) in shrunk}
    for column in ("label", "keywords"):
        broad_named[column] = [named.at[alone[b], column] if b in alone else value
                               for b, value in zip(broad_named["theme_id"].astype(int), broad_named[column])]
    return Themes(assignment, centres, centroids, sample, parent_of, named, broad_named)
