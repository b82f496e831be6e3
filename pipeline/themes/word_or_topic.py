"""A mixed theme's part said by a field topic rather than by one general word, when the topic is what more of it is on.

A theme with no common topic is told apart by what a fair part of it is on: a lone word its findings use ("Mixed
findings, some on analysis") or a topic of the field they write about in many words ("Mixed findings, some on
performance data and quality assurance", `mixed_parts.topic_parts`). The blind readers of read 64 (TUNING) judged
"Mixed findings, some on analysis" wrong over findings mostly on data sets and annual reports: 23% of them use
"analysis", 55% write about performance data and quality assurance in the words of its name. So a lone word's part
comes after every topic part that more of the theme writes about in the words of the topic's name (a topic's words
reach wider than its name: findings on commissioning count for placements and sufficiency, but are not what "some on
placements and sufficiency" tells a reader); phrases, and topics that cover less, keep their place.

    topics_before_words(covers, theme, forms, topics) -> forms, with the words' parts after the wider topics
"""

from __future__ import annotations

import re

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.themes.coverage import Coverage
from pipeline.themes.name_checks import FIELD_ITSELF
from pipeline.themes.vocabulary import CONNECTORS, DETERMINERS

# "Mixed findings, some on X" / "Statistics, mostly on X": the part a mixed label names.
PART = re.compile(r"^(?:Mixed findings|Statistics), (?:some|mostly) on (?P<part>.+)$")


def topic_share(covers: Coverage, theme: int, form: str) -> float:
    """Share of the theme's findings that write about the field topic a mixed label names ("..., some on timeliness and
    delay") in words a reader of the label finds: the lesser of the share that use any of the topic's words and the
    share that use a word of its label (a topic's words reach wider than its name: "commissioning" is a word of
    placements and sufficiency, and findings on commissioning are not what "some on placements and sufficiency"
    says); 0 when it names no field topic."""
    found = PART.match(form)
    if not found:
        return 0.0
    concepts = covers.concepts()
    part = found.group("part").lower()
    topic = next((label for label in concepts.labels if label.lower() == part), None)
    if topic is None:
        return 0.0
    words = [w for w in re.findall(r"[a-z][a-z'-]*", part) if w not in _PLAIN and w not in FIELD_ITSELF]
    return min(concepts.share(covers.members[theme], topic), covers.union(theme, words))


# words of a topic's label that say nothing of it ("and", "of"): not looked for in its findings
_PLAIN = frozenset(ENGLISH_STOP_WORDS) | CONNECTORS | DETERMINERS


def lone_word_part(form: str) -> str | None:
    """The lone word a mixed label names as its part ("..., some on strategy" -> "strategy"), else None."""
    found = PART.match(form)
    return found.group("part") if found and " " not in found.group("part").strip() else None


def topics_before_words(covers: Coverage, theme: int, forms: list[str], topics: list[str]) -> list[str]:
    """`forms` (a mixed theme's labels, best first) with each part said by a lone word ("..., some on analysis") moved
    after the last of `topics` (its field-topic parts, `mixed_parts.topic_parts`) that more of the theme writes about
    than uses the word; the order otherwise as it was."""
    wider = [(topic_share(covers, theme, topic), topic) for topic in topics]
    out = list(forms)
    for form in forms:
        word = lone_word_part(form)
        if word is None:
            continue
        used = covers.share(theme, word)
        over = [topic for share, topic in wider if share > used and topic in out]
        if not over:
            continue
        if out.index(form) < max(out.index(topic) for topic in over):  # every copy of it goes after them
            out = [other for other in out if other != form]
            out.insert(max(out.index(topic) for topic in over) + 1, form)
    return out
