"""A "General judgements on X" label over findings nearly all of which write X said by X: no catch-all (issue 16).

"General judgements on ..." says a theme is a catch-all of general statements that touch on X here and there
(`broad_general`, `honest_judgements`). Over a theme nearly every finding of which writes X it says the wrong thing:
read 89 (held out, one reader of three) rejected the broad label 'General judgements on adoption' over sub-themes
'Adoption, including adoption support', 'Adoption', 'Adopters' and 'Statistics on adoptive placement' (run9750, the
same make: 98% of its 622 findings write "adopt...").

`whole_said`: a label "General judgements on X", X one word that is no word of the field's frame or people
(`too_common`: "services", "plans", "children" stay), whose theme's findings write X's stem (its first five letters:
"adopt" of "adoption", "adopters", "adopted") in WHOLE of them, is said by X: at the broad level "X and P", P the
first part of its largest sub-theme's label that is no word of X ("Adoption and adopters"), else X; at the sub
level X. The first of those that no other label of its level has and that passes the label checks is given; else
the label stays.

    judged_whole_levels(named, broad_named, texts, assignment, parent_of, keep) -> (named, broad_named)
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from pipeline.themes.fallback_names import too_common
from pipeline.themes.label_text import inner
from pipeline.themes.level_pass import LEAST, at_both_levels
from pipeline.themes.siblings import relabelled
from pipeline.themes.vocabulary import fold

# Least share of a theme's findings that write X's stem for X to be what the theme is about: nearly all (as
# `whole_topic.TOPIC_SHARE`).
WHOLE = 0.9
STEM = 5  # letters of X that make its stem ("adopt")

JUDGED = re.compile(r"^General judgements on (?P<x>[A-Za-z][A-Za-z'’-]*)$")


def _stem_share(texts: list[str], word: str) -> float:
    pattern = re.compile(r"(?<![a-z])" + re.escape(word.lower()[:STEM]), re.IGNORECASE)
    return sum(bool(pattern.search(text)) for text in texts) / len(texts) if texts else 0.0


def whole_word(label: str, texts: list[str]) -> str | None:
    """X of "General judgements on X" when X is a subject of its own and WHOLE of `texts` write its stem; else None."""
    found = JUDGED.match(label)
    if not found or len(texts) < LEAST:
        return None
    x = found.group("x")
    if len(x) < STEM or too_common(x) or too_common(fold(x.lower())):
        return None
    return x if _stem_share(texts, x) >= WHOLE else None


def _first_part(label: str) -> str:
    return re.split(r", | and ", label)[0]


def whole_said(labels: dict[int, str], texts_of, keep: set[int] = frozenset(), taken: set[str] = frozenset(),
               children_of=None) -> dict[int, str]:
    """`labels` (theme -> label) with each "General judgements on X" whose findings nearly all write X said by X
    (see the module). texts_of: theme -> its findings' texts; children_of: broad theme -> its sub-themes' labels,
    largest first (None at the sub level)."""
    out = dict(labels)
    for theme in sorted(labels):
        if theme in keep:
            continue
        texts = texts_of(theme)
        x = whole_word(labels[theme], texts)
        if x is None:
            continue
        said = x[0].upper() + x[1:]
        options = []
        if children_of is not None:
            own = {fold(w) for w in re.findall(r"[a-z]+", x.lower())}
            parts = [_first_part(child) for child in children_of(theme)]
            options += [f"{said} and {inner(part)}" for part in parts
                        if not {fold(w) for w in re.findall(r"[a-z]+", part.lower())} & own
                        and not part.startswith(("Statistics", "Mixed findings", "General judgements"))][:1]
        options.append(said)
        for option in options:
            if relabelled(out, theme, option, taken, texts):
                break
    return out


def judged_whole_levels(named: pd.DataFrame, broad_named: pd.DataFrame, texts: list[str], assignment: np.ndarray,
                        parent_of: np.ndarray, keep: set[int] = frozenset()) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(named, broad_named) with `whole_said` at both levels, as new tables (`level_pass.at_both_levels`). texts:
    every finding's text (row i has theme assignment[i])."""
    sizes = np.bincount(assignment, minlength=len(parent_of))

    def children_of(broad: int) -> list[str]:
        kids = sorted(np.flatnonzero(parent_of == broad), key=lambda t: (-sizes[t], t))
        return [named.at[t, "label"] for t in kids if t in named.index]

    def relabel(labels, rows_of, keep, taken, broad):
        return whole_said(labels, lambda t: [texts[i] for i in rows_of(t)], keep=keep, taken=taken,
                          children_of=children_of if broad else None)
    return at_both_levels(named, broad_named, assignment, parent_of, relabel, keep)
