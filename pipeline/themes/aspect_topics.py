"""A placeholder "X, various aspects" left to the end said by the field topic its findings are on, when that topic is
not X itself.

"X, various aspects" says that the findings share the word X and no subject: accepted when they are about X in many ways
("Staff, various aspects", "Plans, various aspects"), rejected when a subject a reader names at once holds them and X is
only the people or things it concerns (read 74, tuning: "Professionals, various aspects" over findings on the LADO and
allegations against professionals, "generic word plus filler"). Such a label is said by the first field topic
(`pipeline/data/topic_concepts.csv`) at least `concepts.LEAST` of its findings write about, `concepts.LIFT` times as
often as all findings (`Concepts.fitting`), that does not count X among its own terms ("professionals" is a term of
multi-agency working, which so fits every theme gathered on that word); none when a topic they fit shares a word with X
(X names a topic they are on already). The passes before it say a placeholder by an aspect, a term or the kinds of X its
findings write (`aspect_names`, `aspect_terms`, `head_kinds`, `term_part`, `judged_aspects`); this one reads only what
they left.

    aspect_topics(labels, covers, keep, taken) -> labels with such placeholders said by their findings' topic
"""

from __future__ import annotations

import re

from pipeline.themes.concepts import LEAST, LIFT
from pipeline.themes.siblings import each_relabelled
from pipeline.themes.vocabulary import folded_stem

_VARIOUS = re.compile(r"^(?P<x>[A-Za-z][A-Za-z'’ -]*), various aspects$")


def _stems(text: str) -> set[str]:
    return {folded_stem(w) for w in re.findall(r"[a-z][a-z'’-]*", text.lower())}


def topic_said(covers, theme: int, label: str) -> str | None:
    """The field topic an "X, various aspects" theme's findings are on, other than X (see the module); None for
    another label or no such topic."""
    various = _VARIOUS.match(label)
    rows = covers.members.get(theme, ())
    if not various or not len(rows):
        return None
    concepts, word = covers.concepts(), various.group("x")
    topics = concepts.fitting(rows, LEAST, LIFT)
    if any(_stems(topic) & _stems(word) for topic in topics):
        return None  # X names a topic they are on
    return next((topic for topic in topics
                 if not concepts.says(topic, word) and not concepts.says(topic, word.lower())), None)


def aspect_topics(labels: dict[int, str], covers, keep: set[int] = frozenset(),
                  taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` with each "X, various aspects" said by its findings' field topic (`topic_said`), when free and
    passing the label checks; others as they are."""
    return each_relabelled(labels, covers, topic_said, keep, taken)
