"""Sub-theme labels naming a field topic alone over findings a fair part of which write the topic's own word in the
sense the topic leaves out, said with that sense too.

A field topic (`pipeline/data/topic_concepts.csv`) counts some of its words alone ("missing" for children missing from
home or care) and lists the phrases in which such a word means something else (its `not` phrases: "missing
education", "missing from education"). A theme gathered on the word holds both senses, and a label naming the topic
alone promises only one: read 75 (tuning) judged "Children missing from home or care" wrong, "most findings are
children missing from education" (31% write a `not` phrase of "missing"), while "Children missing from home or care
and missing education" was accepted over themes 31% and 32% of whose findings write it (reads 72 and 74; the bare
topic was accepted over 26% and 29% in reads 71 and 73, "also includes missing education"). Such a label is said as
"<topic> and <phrase>" (the first of the topic's `not` phrases holding that word, the list's own wording) when at
least FLOOR of its findings write one of those phrases - the share at which `topic_renames.topic_of_word` already says
a topic with the sense of its word it leaves out (`_excluded_sense`). A `not` phrase holding no one-word term of the
topic (a stock phrase, "children and families" of work with families) is no sense of its word and is never said.

    topic_senses(labels, covers, keep, taken) -> labels with each such topic said with the sense it leaves out
"""

from __future__ import annotations

import re

from pipeline.themes.concepts import read_exclusions
from pipeline.themes.fallback_names import FLOOR
from pipeline.themes.field import term_pattern, term_uses
from pipeline.themes.siblings import each_relabelled


def sense_phrases(topic: str, terms: tuple[str, ...]) -> list[str]:
    """The topic's `not` phrases that hold one of its one-word terms ("missing education" of "missing"), in the
    list's order."""
    words = [term.rstrip("*").lower() for term in terms if term.strip() and " " not in term.strip()]
    return [phrase for phrase in read_exclusions().get(topic, ())
            if any(re.search(rf"(?<![a-z]){re.escape(word)}", phrase.lower()) for word in words)]


def sense_said(covers, theme: int, label: str) -> str | None:
    """"<topic> and <phrase>" for a label that is a field topic's, at least FLOOR of whose theme's findings write a
    `not` phrase of one of its one-word terms (`sense_phrases`); None otherwise."""
    terms = covers.concepts().terms
    topic = next((name for name in terms if name.lower() == label.strip().lower()), None)
    texts = covers.texts_of(theme)
    phrases = sense_phrases(topic, terms[topic]) if topic else []
    if not phrases or not texts:
        return None
    share = float(term_uses(texts, [term_pattern(tuple(phrases))])[:, 0].mean())
    return f"{topic} and {phrases[0]}" if share >= FLOOR else None


def topic_senses(labels: dict[int, str], covers, keep: set[int] = frozenset(),
                 taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` with each field topic's label said with the sense of its word it leaves out (`sense_said`), when free
    and passing the label checks; others as they are."""
    return each_relabelled(labels, covers, sense_said, keep, taken)
