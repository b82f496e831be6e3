"""Broad themes of figures named by what the figures are about (`figures_named`).

Read 53 judged "Statistics, mixed topics" meaningless over a broad theme whose sub-themes were "Statistics, some on
children looked after" and "Statistics on children looked after, further findings" (70% of its findings: counts of
children looked after, children ceasing to be looked after), and "Educational attainment and schools" wrong over a
broad theme two thirds figures ("in primary schools is 9% (the national average is 15%)"): a statistics label says
what the statistics are about, and a topic label over figures says that they are figures.
"""

from __future__ import annotations

import re

from pipeline.themes.broad_names import part_stems, topic_part, unstated
from pipeline.themes.coverage import FIGURE_SHARE
from pipeline.themes.label_text import inner


def figures_named(label: str, children: list[tuple[str, int]], figures: float) -> str:
    """A broad label said as figures on a subject, or `label` as it is.

    label: the broad theme's label; children: (label, size) of its sub-themes; figures: the share of its findings
    that give a count or rate (`Coverage.figures`).
    - "Statistics, ..." (no subject, or a subject of a minority of it) -> "Statistics on X", when the sub-themes
      whose subject is X (said as "Statistics on X", "Statistics, some on X" or "X") hold at least half of it.
    - a topic label "X and Y" over findings at least FIGURE_SHARE figures -> "Statistics on x and y".
    """
    if label.startswith("Statistics on "):
        return label
    if label.startswith("Statistics"):
        subject = _shared_subject(children)
        return f"Statistics on {inner(subject)}" if subject else label
    if figures >= FIGURE_SHARE and not label.startswith("Mixed findings") and len(children) >= 2:
        return f"Statistics on {inner(label)}"
    return label


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
