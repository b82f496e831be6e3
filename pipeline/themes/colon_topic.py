""""Mixed findings: X" over findings half or more of which are on field topic X, said "X" (issue 16).

The colon form says a theme holds findings of no one subject, a fair part of them on X (`label_choice`, at
`coverage.MIXED_SHARE` of them). Where at least HALF of the findings write X - a field topic
(`pipeline/data/topic_concepts.csv`), counted by its terms as `Coverage.concepts` counts them - X is what the theme is
about, and "Mixed findings" tells a reader the opposite: mixture 9741 (tuning) has 'Mixed findings: where children
live' over 98 findings 95% of which write "live", 56% the topic ("children live in stable homes", "live with kinship
carers"); blind reads 87 and 88 rejected "Mixed findings: X" labels as fillers. Below HALF the colon form stays (read
87-88 accepted 'Mixed findings: senior leadership and scrutiny' over findings 35-45% on it). The topic's label is given
when no other theme (nor a broad theme) has it and it passes the label checks; membership never changes.

    colon_topics(labels, covers, keep, taken) -> labels with such colon forms said by their topic
"""

from __future__ import annotations

import re

from pipeline.themes.siblings import each_relabelled

# Least share of the theme's findings that write topic X for "Mixed findings: X" to be said "X": most of them.
HALF = 0.5

_COLON = re.compile(r"^Mixed findings: (?P<x>.+)$")


def colon_topic(covers, theme: int, label: str) -> str | None:
    """The field topic a "Mixed findings: X" label names, when HALF of the theme's findings write it; else None."""
    colon = _COLON.match(label)
    rows = covers.members.get(theme, ())
    if not colon or not len(rows):
        return None
    concepts = covers.concepts()
    named = {topic.lower(): i for i, topic in enumerate(concepts.labels)}
    i = named.get(colon.group("x").strip().lower())
    if i is None or concepts.uses[rows, i].mean() < HALF:
        return None
    return concepts.labels[i]


def colon_topics(labels: dict[int, str], covers, keep: set[int] = frozenset(),
                 taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` (sub-themes) with each "Mixed findings: X" over findings HALF of which write field topic X said "X"
    (`colon_topic`), when free and passing the label checks; keep: themes whose labels stay (the field themes')."""
    return each_relabelled(labels, covers, colon_topic, keep, taken)
