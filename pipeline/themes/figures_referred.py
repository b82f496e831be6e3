"""A figures label that names its subject as a part ("Statistics, some on X") said "Statistics on X" when most of its
figures count X, read with the sentence they follow (issue 16).

A council's or Ofsted's figures come in pairs: "At 31 March 2015, 481 children were being looked after by the local
authority (a rate of 95 per 10,000 children)." then "This is an increase from 465 (92 per 10,000 children) at 31 March
2014." The second says what it counts only through "This". Such themes were labelled "Statistics, some on children
looked after" (run9744, 57 findings: 24 write the topic's words, 41 with the sentences their "This is ..." follow),
and blind reads rejected "Statistics, some on X" labels as fillers (labels63's brief: 'Statistics, some on
placement', 'Statistics, some on local population', 'Mixed findings, one in ten on children looked after').

`referred_said` reads each finding of a theme of figures (`counted`: FIGURE_SHARE of them give a number) whose label
is "Statistics, some on X" / "Statistics, one in N on X" / "Mixed findings, some on X" (also "one in N", "mostly")
as bearing X when its text writes X (a field topic's terms when X is a topic, else X's words), or when it opens by
referring back ("This is ...", "These ...", "The figure ...") and the sentence it follows writes X. When MOST of
them bear X the label is "Statistics on X", if free and passing the label checks; else it stays.

    referred_said(labels, texts_of, lead_ins_of, keep, taken) -> labels
    referred_levels(named, broad_named, texts, lead_ins, assignment, parent_of, keep) -> (named, broad_named)
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from pipeline.themes.concepts import read_concepts
from pipeline.themes.coverage import FIGURE_SHARE
from pipeline.themes.field import term_pattern
from pipeline.themes.figure_subs import counted
from pipeline.themes.label_text import inner
from pipeline.themes.level_pass import LEAST, at_both_levels, said_each

# Least share of a theme's findings that bear X (read with the sentence they follow) for "Statistics on X": most.
MOST = 1 / 2

PART = re.compile(r"^(?:Statistics|Mixed findings), (?:some|mostly|one in \w+) on (?P<x>.+)$")
# a sentence that says what it counts only by pointing back to the one before
REFERS = re.compile(r"^\W*(?:this|these|that|those|it|the (?:figure|figures|rate|number|proportion|percentage))\b",
                    re.IGNORECASE)


def subject_pattern(x: str) -> re.Pattern:
    """What writes X: the terms of the field topic X names (by its label, any case), else X's own words, singular or
    plural."""
    terms = {label.lower(): terms for label, terms in read_concepts()}.get(x.lower())
    if terms:
        return term_pattern(terms)
    words = x.split()  # the pattern adds the plural to the last word: "child protection plans" as "... plan(s)"
    last = words[-1]
    if last.lower().endswith("s") and not last.lower().endswith("ss"):
        words[-1] = last[:-1]
    return term_pattern((" ".join(words),))


def bearing(texts: list[str], lead_ins: list[str], pattern: re.Pattern) -> float:
    """Share of texts that write `pattern`, or that refer back (`REFERS`) to a lead-in that writes it."""
    if not texts:
        return 0.0
    return sum(bool(pattern.search(text)) or (bool(REFERS.match(text)) and bool(pattern.search(lead or "")))
               for text, lead in zip(texts, lead_ins)) / len(texts)


def _said(label: str, texts: list[str], lead_ins: list[str]) -> str | None:
    found = PART.match(label)
    if not found or len(texts) < LEAST or counted(texts) < FIGURE_SHARE:
        return None
    x = found.group("x")
    if bearing(texts, lead_ins, subject_pattern(x)) < MOST:
        return None
    return f"Statistics on {inner(x)}"


def referred_said(labels: dict[int, str], texts_of, lead_ins_of, keep: set[int] = frozenset(),
                  taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` (theme -> label) with each figures label that names X as a part said "Statistics on X" when MOST of
    its findings bear X (see the module), if free and passing the label checks. texts_of / lead_ins_of: theme -> its
    findings' texts / lead-ins (the sentence each follows)."""
    return said_each(labels, texts_of, lead_ins_of, _said, keep, taken)


def referred_levels(named: pd.DataFrame, broad_named: pd.DataFrame, texts: list[str], lead_ins: list[str],
                    assignment: np.ndarray, parent_of: np.ndarray, keep: set[int] = frozenset()
                    ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(named, broad_named) with `referred_said` at both levels, as new tables (`level_pass.at_both_levels`). texts
    and lead_ins: every finding's text and the sentence it follows (row i has theme assignment[i])."""
    def relabel(labels, rows_of, keep, taken, broad):
        return referred_said(labels, lambda t: [texts[i] for i in rows_of(t)],
                             lambda t: [lead_ins[i] for i in rows_of(t)], keep=keep, taken=taken)
    return at_both_levels(named, broad_named, assignment, parent_of, relabel, keep)
