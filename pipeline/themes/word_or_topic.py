"""A mixed theme's part said by a field topic rather than by one general word, when the topic is what more of it is on.

A theme with no common topic is told apart by what a fair part of it is on: a lone word its findings use ("Mixed
findings, some on strategy") or a topic of the field they write about in many words ("Mixed findings, some on strategic
planning and commissioning", `mixed_parts.topic_parts`). A lone word says less than a topic: the blind readers of read
64 judged "Mixed findings, some on strategy" meaningless over findings on workforce and commissioning strategies (a
field topic 39% of them write about), and "Mixed findings, some on analysis" wrong over findings mostly on data sets
and annual reports (performance data and quality assurance: 55% of them). So a lone word's part comes after every
topic part that more of the theme writes about; phrases and topics that cover less keep their place.

    topics_before_words(covers, theme, forms, topics) -> forms, with the words' parts after the wider topics
"""

from __future__ import annotations

import re

from pipeline.themes.coverage import Coverage

# "Mixed findings, some on X" / "Statistics, mostly on X": the part a mixed label names.
PART = re.compile(r"^(?:Mixed findings|Statistics), (?:some|mostly) on (?P<part>.+)$")


def topic_share(covers: Coverage, theme: int, form: str) -> float:
    """Share of the theme's findings that write about the field topic a mixed label names ("..., some on timeliness and
    delay"); 0 when it names no field topic."""
    found = PART.match(form)
    if not found:
        return 0.0
    concepts = covers.concepts()
    part = found.group("part").lower()
    topic = next((label for label in concepts.labels if label.lower() == part), None)
    return concepts.share(covers.members[theme], topic) if topic is not None else 0.0


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
        last = max(out.index(topic) for topic in over)
        if out.index(form) < last:
            out.remove(form)  # the last wider topic moves up one place: the form goes right after it
            out.insert(last, form)
    return out
