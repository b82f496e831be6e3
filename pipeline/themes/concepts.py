"""Topics of the field, each named as a researcher would name it and found by the many words it is written in
(pipeline/data/topic_concepts.csv: `label, terms`; terms as in field_themes.csv: "consult*" any ending, else an
optional plural). A theme no phrase names ("Mixed findings ...") is often still about one such topic worded in many
ways - children's voice as "views", "wishes and feelings", "consulted", "participation" - which a reader names at
once and a count of one phrase misses.

    Concepts(texts).fitting(rows) -> labels of the topics most of `rows` are about, most used first
"""

from __future__ import annotations

from importlib import resources

import numpy as np
import pandas as pd

from pipeline.themes.field import term_pattern, term_uses

LEAST = 0.35  # share of a theme's findings that must use one of the topic's words
LIFT = 1.8   # ... and at least this many times the share of all findings that do (no topic of everything)


def read_concepts() -> list[tuple[str, tuple[str, ...]]]:
    """The shipped topics: (label, terms)."""
    table = pd.read_csv(resources.files("pipeline.data").joinpath("topic_concepts.csv"), dtype=str,
                        keep_default_na=False)
    return [(row.label.strip(), tuple(t.strip() for t in row.terms.split(";") if t.strip()))
            for row in table.itertuples() if row.label.strip()]


# The last table worked out, by its texts and topics: themes are named at two levels over the same findings, and
# reading every finding for every topic's words is the slow part (about 5 s for 42,000 findings).
_LAST: dict[tuple, np.ndarray] = {}


def _uses(texts: list[str], concepts: list[tuple[str, tuple[str, ...]]]) -> np.ndarray:
    key = (tuple(texts), tuple(concepts))
    if key not in _LAST:
        _LAST.clear()
        _LAST[key] = term_uses(texts, [term_pattern(terms) for _, terms in concepts])
    return _LAST[key]


class Concepts:
    """Which texts use each topic's words (a boolean table, texts x topics), worked out once."""

    def __init__(self, texts: list[str], concepts: list[tuple[str, tuple[str, ...]]] | None = None):
        concepts = read_concepts() if concepts is None else concepts
        self.labels = [label for label, _ in concepts]
        self.terms = dict(concepts)
        self.uses = _uses(texts, concepts)
        self.overall = self.uses.mean(axis=0) if len(texts) else np.zeros(len(self.labels))

    def share(self, rows: np.ndarray, label: str) -> float:
        """Share of `rows` that use the topic's words."""
        return float(self.uses[rows, self.labels.index(label)].mean()) if len(rows) else 0.0

    def fitting(self, rows: np.ndarray, least: float = LEAST, lift: float = LIFT) -> list[str]:
        """Labels of the topics at least `least` of `rows` use, `lift` times as often as all texts, most used
        first."""
        if not len(rows) or not self.labels:
            return []
        share = self.uses[rows].mean(axis=0)
        ok = (share >= least) & (share >= lift * self.overall)
        return [self.labels[i] for i in np.argsort(-share, kind="stable") if ok[i]]

    def says(self, label: str, word: str) -> bool:
        """Whether `word` is one of the topic's own words ("sub-groups" of the safeguarding board's topic)."""
        return bool(term_pattern(self.terms[label]).fullmatch(word.strip()))
