"""What a recommendation asks for, as the tracker matches it: the recommendation without its closing purpose clause
(recommendation_core; the text embedded and matched, matched_text) and without its opening imperative (matter_words;
the text its key terms are read from)."""

from __future__ import annotations

import re

from pipeline.recommendations import IMPERATIVE
from pipeline.tracker.params import TrackerParams
from pipeline.tracker.words import content_words


# The purpose clause that ends many recommendations ("..., in order to improve the quality of practice", "so that
# children understand their history") is worded alike across recommendations and adds no matter of its own.
_PURPOSE = re.compile(
    r"(,\s*)?\b(in order to|in order that|so that|to ensure that|to enable|to make sure|which will)\b", re.IGNORECASE)


def recommendation_core(text: str, min_words: int = 0) -> str:
    """A recommendation without its closing purpose clause: "Improve the training offer for social workers to ensure
    that all staff have the right skills" -> "Improve the training offer for social workers" (a clause in its first
    words is kept: "Ensure that ..." is the recommendation itself; so is the whole text when the part before the
    clause has fewer than `min_words` content words besides its opening verb: "Review the 16+ service to ensure that
    caseloads are manageable")."""
    text = str(text)
    match = _PURPOSE.search(text, 20)
    if not match:
        return text
    core = text[:match.start()].strip()
    return core if len(content_words(matter_words(core))) >= min_words else text


def matched_text(text: str, params: TrackerParams) -> str:
    """The text of a recommendation that is embedded and matched: its core (recommendation_core) or all of it."""
    return recommendation_core(text, params.core_min_words) if params.core else str(text)


def matter_words(text: str) -> str:
    """A recommendation without its opening imperative ("Ensure that ...", "Urgently review ...", "Develop and
    implement ..."), which names no matter: the text its key terms are read from."""
    text = str(text)
    while True:
        match = IMPERATIVE.match(text)
        if not match or not match.group(3):
            return text
        rest = re.sub(r"^\s*(that\b|and\b|,)?\s*", "", text[match.end():], flags=re.IGNORECASE)
        if rest == text:
            return text
        text = rest
