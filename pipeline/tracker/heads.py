"""The head nouns of a recommendation's noun phrases (spaCy's parse): what a line on its matter must name."""

from __future__ import annotations

from functools import lru_cache

from pipeline.tracker.words import content_words


@lru_cache(maxsize=4096)
def head_words(text: str, first_only: bool = False) -> frozenset[str]:
    """content_words of the root nouns of `text`'s noun phrases (only the first phrase with a content word when
    `first_only`)."""
    from pipeline.meeting_text import parser
    heads: set[str] = set()
    for chunk in _parsed(text).noun_chunks:
        words = content_words(chunk.root.text)
        if words:
            heads |= words
            if first_only:
                break
    return frozenset(heads)


@lru_cache(maxsize=4096)
def _parsed(text: str):
    from pipeline.meeting_text import parser
    return parser()(text)
