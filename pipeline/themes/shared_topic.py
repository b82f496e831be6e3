"""A mixed sub-theme whose findings mostly write about one topic that no field topic names, said by that topic.

Blind reads 38 and 39 judged "Mixed findings ..." wrong over findings that share a clear topic a reader names at
once - access to services, the pace of improvement, timely help, social workers' working conditions,
self-evaluation, and (read 68, tuning) newly qualified social workers - none of them a field topic
(`pipeline.themes.concepts`), so no rule that names a theme by a field topic could say it.
pipeline/data/shared_topics.csv lists such topics (`label, terms, not`, as topic_concepts.csv: a term ending in "*"
matches any ending, else an optional plural; `not`: phrases in which a term is used in another sense, not counted).
A mixed label is said by the topic of that list that at least SHARED_SHARE of its findings write about, LIFT times
as often as all findings, and SHARED_AHEAD times as many as the next topic of the list; else it keeps its label (a
theme 4 in 10 of whose findings write about access to services is rightly mixed).

    shared_topics(labels, covers, keep) -> labels with such mixed labels said by their topic
"""

from __future__ import annotations

import io
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd

from pipeline.themes.concepts import LIFT
from pipeline.themes.field import term_pattern, term_uses
from pipeline.themes.whole_topic import FURTHER, MIXED, first_free
from pipeline.themes.vocabulary import label_key

# Least share of a mixed theme's findings that must write about one listed topic for it to name them: most of them
# (the brief of read 39: "only when it truly covers most of them").
SHARED_SHARE = 0.5
# ... and this many times as many as write about the next listed topic: one topic, not two equally.
SHARED_AHEAD = 1.5


def read_shared_topics(path=None) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """The listed topics: (label, terms, not-phrases), from `path` or the shipped shared_topics.csv."""
    if path is None:  # read for every theme a label is checked against: parsed once per content of the shipped file
        return list(_shipped_topics(resources.files("pipeline.data").joinpath("shared_topics.csv").read_bytes()))
    return _topics(pd.read_csv(path, dtype=str, keep_default_na=False))


@lru_cache(maxsize=4)
def _shipped_topics(content: bytes) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """The listed topics of the shipped file's content."""
    return tuple(_topics(pd.read_csv(io.BytesIO(content), dtype=str, keep_default_na=False)))


def _topics(table: pd.DataFrame) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(label, terms, not-phrases) of each row of the table with a label and terms."""

    def split(cell: str) -> tuple[str, ...]:
        return tuple(t.strip() for t in str(cell).split(";") if t.strip())

    return [(row["label"].strip(), split(row["terms"]), split(row.get("not", "")))
            for _, row in table.iterrows() if row["label"].strip() and split(row["terms"])]


def topic_uses(texts: list[str], topics: list[tuple[str, tuple[str, ...], tuple[str, ...]]]) -> np.ndarray:
    """(texts, topics) booleans: which texts write about each topic, a term's use inside one of the topic's
    not-phrases left out."""
    key = (tuple(texts), tuple(topics))
    if key not in _LAST:
        _LAST.clear()
        uses = term_uses(texts, [term_pattern(terms) for _, terms, _ in topics])
        for column, (_, terms, phrases) in enumerate(topics):
            rows = np.flatnonzero(uses[:, column])
            if phrases and len(rows):
                blank = term_pattern(phrases)
                uses[rows, column] = term_uses([blank.sub(" ", texts[i]) for i in rows], [term_pattern(terms)])[:, 0]
        _LAST[key] = uses
    return _LAST[key].copy()


# The last table worked out, by its texts and topics: the sub-themes of each fit are named twice over the same
# findings, and reading every finding for every topic's words is the slow part.
_LAST: dict[tuple, np.ndarray] = {}


def shared_topic(uses: np.ndarray, rows: np.ndarray, labels: list[str]) -> tuple[str, float] | None:
    """(label, share) of the listed topic at least SHARED_SHARE of `rows` write about, LIFT times as often as all
    texts and SHARED_AHEAD times as often as the next topic; None when there is none. uses: `topic_uses` of all
    texts."""
    if not len(rows) or not labels:
        return None
    share = uses[rows].mean(axis=0)
    overall = uses.mean(axis=0)
    order = np.argsort(-share, kind="stable")
    best = int(order[0])
    second = float(share[order[1]]) if len(order) > 1 else 0.0
    if share[best] < SHARED_SHARE or share[best] < LIFT * overall[best] or share[best] < SHARED_AHEAD * second:
        return None
    return labels[best], float(share[best])


def shared_topics(labels: dict[int, str], covers, keep: set[int] = frozenset(), topics=None) -> dict[int, str]:
    """Sub-theme labels (theme -> label), each mixed one (`whole_topic.MIXED`, not "Statistics, ...") whose findings
    mostly write about one listed topic (`shared_topic`) said by it, else as further findings on it when another
    label has it; kept when neither is free or passes the name checks. covers: a Coverage of the sub-themes
    (`coverage.Coverage`); keep: themes whose labels stay (the field themes'); topics: `read_shared_topics`'s."""
    topics = read_shared_topics() if topics is None else topics
    out = dict(labels)
    wanted = [t for t in sorted(labels) if t not in keep and MIXED.match(labels[t])
              and not labels[t].startswith("Statistics") and len(covers.members.get(t, ())) >= 5]
    if not wanted or not topics:
        return out
    uses = topic_uses([str(text) for text in covers.texts], topics)
    names = [label for label, _, _ in topics]
    have = {label_key(label) for label in out.values()}
    found = {theme: shared_topic(uses, covers.members[theme], names) for theme in wanted}
    # the theme most of whose findings write about a topic is named by it first, the others hold further findings
    for theme in sorted((t for t in wanted if found[t]), key=lambda t: (-round(found[t][1], 9), t)):
        topic = found[theme][0]
        text = first_free([topic, f"{topic}{FURTHER}"], labels[theme], have)
        if text:
            out[theme] = text
    return out
