"""A broad theme's label checked against its own findings, part by part, as a reader of ten of them reads it.

A reader of a random ten findings of a broad theme judges each part of its label by what the findings are about,
not by whether a word of the part turns up. Read 31 judged "Missing education and return home interviews" wrong
over a broad theme 64% of whose findings are on children missing from home or care: "missing" in "missing
education" is the word of that topic in another sense (the topic's `not` phrases, pipeline/data/topic_concepts.csv),
and the part names another thing than what most of it is about. `topic_for_misread` puts the topic in its place.
"""

from __future__ import annotations

import re

from pipeline.themes.concepts import LEAST, LIFT, read_exclusions
from pipeline.themes.fallback_names import _inner, _listing
from pipeline.themes.field import term_pattern
from pipeline.themes.vocabulary import _POPULATION, CONNECTORS, DETERMINERS, fold


def label_parts(label: str) -> tuple[str, list[str]]:
    """(opening, parts) of a topic label or a listed mixed label: "Mixed findings: A, B and C" -> ("Mixed
    findings: ", [A, B, C]); "A and B" -> ("", [A, B]); any other label -> ("", []) (said as one whole)."""
    opening = ""
    listed = re.match(r"(Mixed findings: |Statistics: )(.+)$", label)
    if listed:
        opening, label = listed.group(1), listed.group(2)
    elif re.match(r"(?:Mixed findings|Statistics)\b|.*(?:, various aspects|, including |and related (?:topics|"
                  r"findings)|, further findings)", label):
        return "", []
    return opening, [part for part in re.split(r", | and ", label) if part]


def _words(text: str) -> set[str]:
    """The content words of `text`, lower case, folded, without the people words and joining words."""
    return {fold(w) for w in re.findall(r"[a-z][a-z'’-]*", text.lower())} - _POPULATION - CONNECTORS - DETERMINERS \
        - {"and", "or", "from", "to", "with", "on"}


def topic_for_misread(label: str, covers, theme: int) -> str:
    """`label` with a part that is one of the `not` phrases of the field topic the theme is about (its word in
    another sense: "Missing education" of "Children missing from home or care") replaced by that topic ("Missing
    education and return home interviews" -> "Children missing from home or care and return home interviews").
    The topic is one at least `concepts.LEAST` of the theme's findings use, at `concepts.LIFT` (`Concepts.fitting`),
    that the label does not name yet. covers: a `naming.Coverage` of the broad themes."""
    opening, parts = label_parts(label)
    if not parts:
        return label
    exclusions = read_exclusions()
    for topic in covers.concepts().fitting(covers.members[theme], LEAST, LIFT):
        if topic not in exclusions or any(_words(topic) <= _words(part) for part in parts):
            continue
        other_sense = term_pattern(exclusions[topic])
        for i, part in enumerate(parts):
            if other_sense.search(part):
                said = _listing([_inner(p) for p in parts[:i] + [topic] + parts[i + 1:]])  # an "and" part goes last
                return opening + said if opening else said[:1].upper() + said[1:]
    return label
