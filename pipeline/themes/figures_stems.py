"""Figures listed under a stem said by what the stem counts (`stems_said`).

Ofsted's context pages list figures under a stem: "The proportion of children entitled to free school meals:" then
"in primary schools is 34% (the national average is 19%)" and "in secondary schools is 33% (...)". Each listed figure
is a finding of its own, and it writes only where it was counted ("in primary schools"): what it counts is in the
stem. Such themes were labelled by the words the figures do write, "Statistics on schools, including primary schools"
(run9744 sub 101: 64 of 88 findings continue a stem, 48 of those stems count free school meals), and held-out read
93 rejected that label over free-school-meal rates: a reader knows a listed figure by its list.

A theme with a figures label ("Statistics ...", "Assorted statistics ...") most of whose findings continue a stem (the
finding opens in lower case after a lead-in ending in a colon, `continues`) is said by the field topic
(`pipeline/data/topic_concepts.csv`) that the stems write and the findings themselves do not, when MOST of the
theme's findings are such: "Statistics on <the topic's term the stems write>" when one term is written by all of them
("Statistics on free school meals"), else "Statistics on <topic>". A label that already names the topic stays.

    continues(text, lead_in) -> bool; stem(lead_in) -> str
    stems_said(labels, texts_of, lead_ins_of, keep, taken) -> labels
    stems_levels(named, broad_named, texts, lead_ins, assignment, parent_of, keep) -> (named, broad_named)
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from pipeline.themes.concepts import read_concepts
from pipeline.themes.field import term_pattern
from pipeline.themes.label_text import inner
from pipeline.themes.level_pass import LEAST, at_both_levels, said_each

# Least share of a theme's findings whose stem writes the subject (and whose own text does not) for the stem to name
# them: most, as a reader of ten of them meets it in most.
MOST = 1 / 2
FIGURES = re.compile(r"^(?:Assorted statistics|Statistics)\b")
# Where a stem starts: after a sentence's end, or after a bullet sign (any symbol of a list: "•", "▪", a font's
# private signs such as U+F06E)
_PIECES = re.compile(r"(?<=[.!?])\s+|[^\w\s.,;:!?'’\"“”()\[\]%/&+-]")


def stem(lead_in: str) -> str:
    """The stem of a list a finding continues: the last piece of its lead-in after a sentence's end or a bullet sign,
    with its lines joined ("The proportion of children and young people with English as an additional language:")."""
    pieces = [piece for piece in _PIECES.split(lead_in or "") if piece and piece.strip()]
    return " ".join(pieces[-1].split()) if pieces else ""


def continues(text: str, lead_in: str) -> bool:
    """Whether `text` continues a list under a stem: it opens in lower case and its lead-in ends with a colon."""
    return bool(re.match(r"\s*[a-z]", text or "")) and stem(lead_in).endswith(":")


def _said(label: str, texts: list[str], lead_ins: list[str]) -> str | None:
    if not FIGURES.match(label) or len(texts) < LEAST:
        return None
    stems = [stem(lead) if continues(text, lead) else "" for text, lead in zip(texts, lead_ins)]
    if sum(bool(s) for s in stems) < MOST * len(texts):
        return None
    best: tuple[int, str] | None = None
    for topic, terms in read_concepts():
        pattern = term_pattern(terms)
        if pattern.search(label) or topic.lower() in label.lower():
            continue
        written = [found.group(0).lower() for text, s in zip(texts, stems)
                   if s and not pattern.search(text) for found in [pattern.search(s)] if found]
        if len(written) < MOST * len(texts) or (best and len(written) <= best[0]):
            continue
        said = written[0] if len(set(written)) == 1 else inner(topic)
        best = (len(written), f"Statistics on {said}")
    return best[1] if best else None


def stems_said(labels: dict[int, str], texts_of, lead_ins_of, keep: set[int] = frozenset(),
               taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` (theme -> label) with each figures label over findings most of which continue a stem that writes a
    field topic they do not said by that topic (see the module), if free and passing the label checks. texts_of /
    lead_ins_of: theme -> its findings' texts / lead-ins."""
    return said_each(labels, texts_of, lead_ins_of, _said, keep, taken)


def stems_levels(named: pd.DataFrame, broad_named: pd.DataFrame, texts: list[str], lead_ins: list[str],
                 assignment: np.ndarray, parent_of: np.ndarray, keep: set[int] = frozenset()
                 ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(named, broad_named) with `stems_said` at both levels, as new tables (`level_pass.at_both_levels`). texts and
    lead_ins: every finding's text and what precedes it (row i has theme assignment[i])."""
    def relabel(labels, rows_of, keep, taken, broad):
        return stems_said(labels, lambda t: [texts[i] for i in rows_of(t)],
                          lambda t: [lead_ins[i] for i in rows_of(t)], keep=keep, taken=taken)
    return at_both_levels(named, broad_named, assignment, parent_of, relabel, keep)
