"""A "Statistics on X" label (or "Statistics on A and B") whose named subjects few of its figures show said by what
the figures do say (issue 16).

The blind read of the forty-second session (held out) rejected, all three readers, "Statistics on X and comparisons
with national averages" and "Statistics on X" over assorted performance figures (children looked after, adoption,
vacancies, custody ...) almost none of which were on X: the label named the part of a few findings. A statistics
label names what most of its figures count.

`borne_said` reads each theme labelled "Statistics on ..." (at either level) whose findings are figures (`counted`:
FIGURE_SHARE of them give a number). A finding shows a named part when its own text writes it (`written`: the
terms of the field topic the part names, the part's words in order, or every content word of it by stem:
"children were being looked after" shows "children looked after"); a sentence that shows it only through the one it
follows ("This is an increase from 465 ...") is not counted, as a reader who sees the finding alone cannot tell.

- When under SHOWN of them show any named subject (a part that says a kind of figure, "comparisons with national
  averages" or "changes over time", is no subject), the label says what the figures say (`broad_figures.figure_kinds`:
  "Statistics: changes over time and comparisons with national averages"); when they say no kind, it stays.
- Else a listed part fewer than FEW of them show is left out ("Statistics on A and B" -> "Statistics on A"), when
  what stays is shown by SHOWN of them.
  The first of these that is free and passes the label checks is given; when none is, or otherwise, it stays.

    borne_said(labels, texts_of, keep, taken) -> labels
    borne_levels(named, broad_named, texts, assignment, parent_of, keep) -> (named, broad_named)
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from pipeline.themes.broad_figures import figure_kinds, subject_share
from pipeline.themes.broad_names import part_stems
from pipeline.themes.broad_parts import label_parts
from pipeline.themes.capitals import capitalised
from pipeline.themes.coverage import FIGURE_SHARE
from pipeline.themes.figure_subs import counted
from pipeline.themes.figures_referred import subject_pattern
from pipeline.themes.label_text import inner, joined_list
from pipeline.themes.level_pass import LEAST, at_both_levels, said_each
from pipeline.themes.vocabulary import folded_words, stem_of

# Least share of a theme's figures that show a named part for the label to name it: a third of them. "Most" (the
# half `figures_referred` asks with lead-ins read) would unname figures whose subject every other sentence shows
# and the next says through "This is ..." (run9744's "Statistics on children looked after": 43% write "looked
# after", most of the rest follow one that does).
SHOWN = 1 / 3
# Least share of them that show a listed part for it to stay beside parts that are shown: one in ten.
FEW = 1 / 10

STATED = re.compile(r"^Statistics on (?P<x>.+)$")
# A part that says what kind of figure they are, not what they count: "comparisons with national averages",
# "changes over time". Beside such a part a subject must itself be shown: the held-out read rejected "Statistics on
# X and comparisons with national averages" over figures that compared but were not on X.
KIND_PART = re.compile(r"^(?:comparisons? with|changes? over time|trends?\b)", re.IGNORECASE)


def named_parts(label: str) -> list[str]:
    """The subjects "Statistics on ..." names: its listed parts ("A, B and C"), or the head of "X, including Y"; []
    when `label` is no such label."""
    stated = STATED.match(label)
    if not stated:
        return []
    x = capitalised(stated.group("x"))
    if ", including " in x:
        return [x.split(", including ")[0]]
    parts = label_parts(x)[1]
    return parts or [x]


def written(part: str, text: str) -> bool:
    """Whether `text` shows `part` in its own words: the field topic's terms or the part's words
    (`figures_referred.subject_pattern`, `broad_figures.subject_share`), or every content word of the part by stem."""
    if subject_pattern(part).search(text) or subject_share(part, [text]):
        return True
    stems = part_stems(part)
    own = {stem_of(word) for word in folded_words(text)[1]}
    return bool(stems) and stems <= own


def shown(parts: list[str], texts: list[str]) -> float:
    """Share of `texts` that show at least one of `parts` (`written`)."""
    if not texts:
        return 0.0
    return sum(any(written(part, text) for part in parts) for text in texts) / len(texts)


def _assorted(texts: list[str]) -> list[str]:
    """What figures of no shown subject say: their kinds (`figure_kinds`); [] when they say none. Never "Assorted
    statistics": a placeholder is no better than a subject a third of the figures miss (lead, forty-second session:
    on read 92's run, in-sample, it replaced "Statistics on child protection plans", which a reader had accepted -
    "most are CP plan counts/rates" - where the words of the plans stood in few of its figures)."""
    kinds = figure_kinds(texts)
    return [f"Statistics: {kinds}"] if kinds else []


def _said(label: str, texts: list[str]) -> list[str]:
    """The labels to try for `label` over `texts`, first first; [] when it stays."""
    parts = named_parts(label)
    if not parts or len(texts) < LEAST or counted(texts) < FIGURE_SHARE:
        return []
    subjects = [part for part in parts if not KIND_PART.match(part)]
    if subjects and shown(subjects, texts) < SHOWN:
        return _assorted(texts)
    kept = [part for part in parts if shown([part], texts) >= FEW]
    if len(kept) == len(parts) or not kept or shown(kept, texts) < SHOWN:
        return []
    return [f"Statistics on {joined_list([inner(part) for part in kept])}"]


def borne_said(labels: dict[int, str], texts_of, keep: set[int] = frozenset(),
               taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` (theme -> label) with each "Statistics on ..." label whose parts few of its figures show said by
    what they show (see the module): the first of its labels that is free and passes the label checks
    (`siblings.relabelled`). texts_of: theme -> its findings' texts; keep: themes that keep their labels; taken:
    labels no theme may be given."""
    return said_each(labels, texts_of, lambda theme: None, lambda label, texts, _: _said(label, texts), keep, taken)


def borne_levels(named: pd.DataFrame, broad_named: pd.DataFrame, texts: list[str], assignment: np.ndarray,
                 parent_of: np.ndarray, keep: set[int] = frozenset()) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(named, broad_named) with `borne_said` at both levels, as new tables (`level_pass.at_both_levels`). texts:
    every finding's text (row i has theme assignment[i])."""
    def relabel(labels, rows_of, keep, taken, broad):
        return borne_said(labels, lambda t: [texts[i] for i in rows_of(t)], keep=keep, taken=taken)
    return at_both_levels(named, broad_named, assignment, parent_of, relabel, keep)
