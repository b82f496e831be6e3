"""Topics of the field, each named as a researcher would name it and found by the many words it is written in
(pipeline/data/topic_concepts.csv: `label, terms, not`; terms as in field_themes.csv: "consult*" any ending, else an
optional plural; `not`: phrases in which a term is used in another sense or as a stock phrase - "long-term
consequences", "a stable workforce", "children and families" - and so not counted for the topic). A theme no phrase names ("Mixed findings ...") is often still about one such topic worded in many
ways - children's voice as "views", "wishes and feelings", "consulted", "participation" - which a reader names at
once and a count of one phrase misses.

    Concepts(texts).fitting(rows) -> labels of the topics most of `rows` are about, most used first
"""

from __future__ import annotations

from importlib import resources

import numpy as np
import pandas as pd

from pipeline.themes.field import term_pattern, term_uses

LEAST = 0.4  # share of a theme's findings that must use one of the topic's words (read 23/24: 35%, 39% judged wrong)
LIFT = 1.8   # ... and at least this many times the share of all findings that do (no topic of everything)


def _table() -> pd.DataFrame:
    return pd.read_csv(resources.files("pipeline.data").joinpath("topic_concepts.csv"), dtype=str,
                       keep_default_na=False)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in cell.split(";") if t.strip())


def read_concepts() -> list[tuple[str, tuple[str, ...]]]:
    """The shipped topics: (label, terms)."""
    return [(row.label.strip(), _split(row.terms)) for row in _table().itertuples() if row.label.strip()]


def read_exclusions() -> dict[str, tuple[str, ...]]:
    """The shipped topics' `not` phrases: label -> phrases whose uses of the topic's terms do not count for it."""
    table = _table()
    if "not" not in table.columns:
        return {}
    return {label.strip(): _split(phrases) for label, phrases in zip(table["label"], table["not"])
            if label.strip() and _split(phrases)}


def _masked(texts: list[str], phrases: tuple[str, ...]) -> list[str]:
    """`texts` with each of `phrases` blanked out, so that a term inside one is not found."""
    pattern = term_pattern(phrases)
    return [pattern.sub(" ", text) for text in texts]


# The last table worked out, by its texts and topics: themes are named at two levels over the same findings, and
# reading every finding for every topic's words is the slow part (about 5 s for 42,000 findings).
_LAST: dict[tuple, np.ndarray] = {}


def _uses(texts: list[str], concepts: list[tuple[str, tuple[str, ...]]],
          exclusions: dict[str, tuple[str, ...]]) -> np.ndarray:
    key = (tuple(texts), tuple(concepts), tuple(sorted(exclusions.items())))
    if key not in _LAST:
        _LAST.clear()
        uses = term_uses(texts, [term_pattern(terms) for _, terms in concepts])
        for column, (label, terms) in enumerate(concepts):
            if exclusions.get(label) and uses[:, column].any():  # counted again without the phrases it is not
                rows = np.flatnonzero(uses[:, column])
                uses[rows, column] = term_uses(_masked([texts[i] for i in rows], exclusions[label]),
                                               [term_pattern(terms)])[:, 0]
        _LAST[key] = uses
    return _LAST[key]


def topic_uses(texts: list[str], concepts: list[tuple[str, tuple[str, ...]]],
               exclusions: dict[str, tuple[str, ...]]) -> np.ndarray:
    """(texts, topics) booleans: which texts use which topic's terms outside its `exclusions` (label -> phrases);
    the last table is kept, so it is not to be changed in place."""
    return _uses(texts, concepts, exclusions)


class Concepts:
    """Which texts use each topic's words (a boolean table, texts x topics), worked out once."""

    def __init__(self, texts: list[str], concepts: list[tuple[str, tuple[str, ...]]] | None = None,
                 exclusions: dict[str, tuple[str, ...]] | None = None):
        if exclusions is None:
            exclusions = read_exclusions() if concepts is None else {}
        concepts = read_concepts() if concepts is None else concepts
        self.labels = [label for label, _ in concepts]
        self.terms = dict(concepts)
        self.uses = _uses(texts, concepts, exclusions)
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
