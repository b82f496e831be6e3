"""Broad themes of figures named by what the figures are about (`figures_named`).

Read 53 judged "Statistics, mixed topics" meaningless over a broad theme whose sub-themes were "Statistics, some on
children looked after" and "Statistics on children looked after, further findings" (70% of its findings: counts of
children looked after, children ceasing to be looked after), and "Educational attainment and schools" wrong over a
broad theme two thirds figures ("in primary schools is 9% (the national average is 15%)"): a statistics label says
what the statistics are about, and a topic label over figures says that they are figures.
"""

from __future__ import annotations

import re

from typing import Callable

from pipeline.themes.broad_names import distinct_parts, part_stems, topic_part, unstated
from pipeline.themes.concepts import read_concepts
from pipeline.themes.coverage import FIGURE_SHARE
from pipeline.themes.field import term_pattern
from pipeline.themes.label_text import inner, joined_list


def figures_named(label: str, children: list[tuple[str, int]], figures: float,
                  avoid: Callable[[str], bool] = lambda said: False, texts: list[str] | None = None) -> str:
    """A broad label said as figures on a subject, or `label` as it is.

    label: the broad theme's label; children: (label, size) of its sub-themes; figures: the share of its findings
    that give a count or rate (`Coverage.figures`); avoid: whether a label may not be given (taken, or a name
    problem); texts: its findings' texts (None: not read).
    - "Statistics, ..." (no subject, or a subject of a minority of it) -> "Statistics on X", when the sub-themes
      whose subject is X (said as "Statistics on X", "Statistics, some on X" or "X") hold at least half of it and
      SUBJECT_SHARE of its findings write X (`subject_share`; not checked when `texts` is None or it holds one
      sub-theme, which `whole_of_one` says); else
      by what its figures say when most of them say it (`figure_kinds`: "Statistics: changes over time and
      comparisons with national averages").
    - a topic label "X and Y" over findings at least FIGURE_SHARE figures -> "Statistics on x and y"; when the
      sub-themes on X hold less than half of it, or that label is to be avoided (a sub-theme's own), the subjects
      of its sub-themes that hold a tenth of it each, largest first (read 55: "Child protection plan" over figures
      on plans, children looked after and children in need, judged wrong: "Statistics on child protection plan,
      children looked after and specialist children's service"); but by what its figures say, when most of them
      say it (`figure_kinds`) and fewer than SUBJECT_SHARE write any listed subject (`subject_share`), before such
      a listing: read 86 (tuning) judged "Statistics on comparisons with national averages, educational attainment
      and improvement plans" wrong, both readers ("mostly year-on-year count changes; ... barely present",
      "grab-bag"), over figures 40% of which write a listed subject, where "Statistics: changes over time and
      comparisons with national averages" was accepted in 14 of 15 verdicts of reads 71-85; read 83 accepted
      "Statistics on comparisons with national averages, educational attainment and schools", both readers, over
      figures 84% of which write a listed subject.
    """
    if label.startswith("Statistics on "):
        return label
    if label.startswith("Statistics"):
        subject = _shared_subject(children)
        # a subject its sub-themes share that under half of its findings write is a minority's: never named (a
        # broad theme of one sub-theme is said by it: `whole_of_one`)
        if subject and (texts is None or len(children) < 2 or subject_share(subject, texts) >= SUBJECT_SHARE):
            return f"Statistics on {inner(subject)}"
        kinds = figure_kinds(texts) if texts is not None else ""
        return f"Statistics: {kinds}" if kinds and not avoid(f"Statistics: {kinds}") else label
    if figures >= FIGURE_SHARE and not label.startswith("Mixed findings") and len(children) >= 2:
        said = f"Statistics on {inner(label)}"
        listed = _subjects_listed(children)
        if listed and (avoid(said) or _held(label, children) < 0.5):
            # no one subject holds half of it, and under half of its findings write any listed one: what most of
            # its figures say, before a listing of minor parts
            kinds = figure_kinds(texts) if texts is not None else ""
            if kinds and not avoid(f"Statistics: {kinds}") \
                    and _written_any(_listed_parts(children), texts) < SUBJECT_SHARE:
                return f"Statistics: {kinds}"
            return listed
        return said
    return label


# What figures say when they have no subject in common: a change over time ("an increase from 24 at 31 March 2013",
# "has reduced from 67 weeks") or a comparison with other areas ("better than the national average", "in line with
# statistical neighbours"). Read 55: "Statistics, some on comparisons with national averages" over 453 unrelated
# figures judged meaningless by both readers; 37% of them say a change over time, 26% compare, 59% one or the other.
CHANGE = re.compile(r"\b(?:increas\w*|decreas\w*|rise|rises|rising|rose|risen|falls?|falling|fell|fallen|reduc\w+|"
                    r"dropped|drop|down from|up from|since \d{4}|from \d[\d,.]*%? (?:in|at|to)|over the (?:last|past)|"
                    r"trends?)\b", re.IGNORECASE)
COMPARED = re.compile(r"\b(?:national|England|similar (?:local )?(?:areas|authorities|councils)|statistical "
                      r"neighbours?|comparators?|averages?|benchmark\w*|other local authorities)\b", re.IGNORECASE)
KIND_SHARE = 1 / 5  # least share of the findings saying a kind for it to be named
KINDS_HELD = 1 / 2  # least share saying either kind for figures to be named by their kinds


def figure_kinds(texts: list[str]) -> str:
    """What most of the figures `texts` say, when no subject is common to them: "changes over time and comparisons
    with national averages" (each kind said by KIND_SHARE of them, the two by KINDS_HELD), the larger first; one kind
    alone when it is said by KINDS_HELD; else ""."""
    if not texts:
        return ""
    change = sum(bool(CHANGE.search(text)) for text in texts) / len(texts)
    compared = sum(bool(COMPARED.search(text)) for text in texts) / len(texts)
    either = sum(bool(CHANGE.search(text) or COMPARED.search(text)) for text in texts) / len(texts)
    # the larger first, a change over time first of equals
    kinds = sorted([(change, "changes over time"), (compared, "comparisons with national averages")],
                   key=lambda item: -item[0])
    said = [kind for share, kind in kinds if share >= KIND_SHARE]
    if len(said) == 2 and either >= KINDS_HELD:
        return " and ".join(said)
    return kinds[0][1] if kinds[0][0] >= KINDS_HELD else ""


# Least share of a broad theme's figures that write the subject its sub-themes share for it to name them: most. Read 82
# (tuning) judged "Statistics on comparisons with national averages" wrong, both readers ("only ~3/10 compare with
# national averages; rest changes over time or counts"), over figures 0% of which write the subject's words and a
# sixth the terms of that field topic: its largest sub-theme was itself "Statistics, some on comparisons ...".
SUBJECT_SHARE = 1 / 2


def subject_share(subject: str, texts: list[str]) -> float:
    """Share of `texts` that write `subject`: its words in order, or the terms of a field topic whose label holds it
    or that it holds ("comparisons with national averages": "Comparisons with national averages and similar
    areas")."""
    if not texts:
        return 0.0
    key = subject.lower().strip(" .")
    patterns = [re.compile(r"(?<!\w)" + re.escape(key) + r"(?!\w)", re.IGNORECASE)]
    patterns += [term_pattern(terms) for topic, terms in read_concepts()
                 if key in topic.lower() or topic.lower() in key]
    return sum(any(pattern.search(text) for pattern in patterns) for text in texts) / len(texts)


def _held(label: str, children: list[tuple[str, int]]) -> float:
    """Share of the findings held by the sub-themes whose subject has the stems of `label`'s first part."""
    total = sum(size for _, size in children)
    stems = part_stems(re.split(r", | and ", label)[0])
    held = sum(size for child, size in children if part_stems(unstated(topic_part(child, pair=True)) or child) >= stems)
    return held / total if total else 0.0


def _written_any(parts: list[str], texts: list[str]) -> float:
    """Share of `texts` that write at least one of `parts` (`subject_share`)."""
    if not texts:
        return 0.0
    return sum(any(subject_share(part, [text]) for part in parts) for text in texts) / len(texts)


def _listed_parts(children: list[tuple[str, int]]) -> list[str]:
    """The subjects (without "Statistics on") of the sub-themes holding a tenth of the findings each, largest first,
    each saying something the ones before do not."""
    total = sum(size for _, size in children)
    ranked = sorted(children, key=lambda item: -item[1])
    return distinct_parts([unstated(topic_part(child, pair=True)) for child, size in ranked
                           if size >= total / 10 and topic_part(child, pair=True)])


def _subjects_listed(children: list[tuple[str, int]]) -> str:
    """"Statistics on A, B and C": `_listed_parts`; "" when fewer than two."""
    parts = _listed_parts(children)
    if len(parts) < 2:
        return ""
    return f"Statistics on {joined_list([inner(part) for part in parts])}"


def _shared_subject(children: list[tuple[str, int]]) -> str:
    """The subject of the largest sub-theme that has one, when the sub-themes on that subject (the same words, an
    acronym read as its expansion, without "Statistics on") hold at least half of the findings; else ""."""
    total = sum(size for _, size in children)
    subjects = [(size, unstated(topic_part(child, pair=True))) for child, size in children]
    subjects = sorted([(size, s) for size, s in subjects if s], key=lambda item: -item[0])
    if not subjects or not total:
        return ""
    subject = subjects[0][1]
    stems = part_stems(subject)
    held = sum(size for size, s in subjects if part_stems(s) == stems)
    return re.sub(r"\.$", "", subject) if held >= total / 2 else ""


# A sub-theme's label of figures that names no subject of them all: "Statistics, some on X" (a part), "Statistics,
# mixed topics", "Context and statistics".
FIGURES_PLACEHOLDER = re.compile(r"^(?:Statistics, (?:(?:some|one in \w+) on |mixed topics)|Context and statistics)")


def whole_of_one(label: str, texts: list[str], avoid: Callable[[str], bool] = lambda said: False) -> str:
    """The label of a broad theme of one sub-theme: that sub-theme's `label`, or, when it is figures named by a part
    of them or by no subject ("Statistics, some on comparisons with national averages and similar areas", the
    bundled run's, read at the top of the report), what its figures say (`figure_kinds`: "Statistics: comparisons
    with national averages and changes over time", as read 57 accepted on a broad theme of several). texts: its
    findings' texts; avoid: whether a label may not be given."""
    if not FIGURES_PLACEHOLDER.match(label):
        return label
    kinds = figure_kinds(texts)
    said = f"Statistics: {kinds}"
    return said if kinds and not avoid(said) else assorted_figures(label, texts, avoid)


# A broad label of figures left with a fragment of a part for its subject ("Statistics, one in ten on population":
# a tenth of it writes "population") or with no subject ("Statistics, mixed topics"). Reads 72 and 73 judged
# "Statistics, one in ten on population" and "Statistics, one in nine on population" meaningless, both readers each
# ("garbled phrase; findings are assorted statistics", "mixed CLA/CP counts and changes over time"): no subject
# (no field topic) is written by a fifth of those findings, 37% and 42% of them say a change over time (under the
# half `figure_kinds` needs). Such figures are said to be assorted, with the kind a third of them say. "Statistics,
# some on X" says a part a fair share of them are on, and stays.
FRAGMENT = re.compile(r"^Statistics, (?:one in \w+ on \S.*|mixed topics)$")
SOME_KIND = 1 / 3  # least share of the figures saying a kind for "some on" it: three or four of ten a reader meets


def assorted_figures(label: str, texts: list[str] | None, avoid: Callable[[str], bool] = lambda said: False) -> str:
    """ "Assorted statistics, some on changes over time" (or "..., some on comparisons with national averages",
    the kind SOME_KIND of `texts` say, the larger; "Assorted statistics" when neither is) for a figures `label`
    whose subject is a fragment of a part or none (`FRAGMENT`); else `label` as it is, or when the new label is
    to be avoided. texts: the broad theme's findings' texts (None: not read)."""
    if not FRAGMENT.match(label) or not texts:
        return label
    shares = [(sum(bool(pattern.search(text)) for text in texts) / len(texts), kind)
              for pattern, kind in ((CHANGE, "changes over time"), (COMPARED, "comparisons with national averages"))]
    share, kind = max(shares, key=lambda item: item[0])  # a change over time first of equals
    said = f"Assorted statistics, some on {kind}" if share >= SOME_KIND else "Assorted statistics"
    return label if avoid(said) else said
