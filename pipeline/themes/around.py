"""A phrase's uses in a text with the word before and the word after each (`uses_around`), for
`pipeline.themes.coverage.Coverage.whole`.

The pattern (`around`) begins with an optional word, so a plain scan tries it at every letter of the text and
backtracks through every shorter word: most of the time went there. A use can only begin in the word and spaces
just before a place where the phrase itself stands, so the scan starts there: the same matches, in the same order,
as `around(phrase).finditer(text)`.
"""

from __future__ import annotations

import re
from functools import lru_cache

# What the pattern's words are made of, as re.IGNORECASE reads [A-Za-z'’-] (it adds four letters that fold to
# ASCII ones: long s, dotted and dotless i, Kelvin sign).
WORD_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'’-\u017f\u0130\u0131\u212a")


@lru_cache(maxsize=4096)  # a phrase is looked for in several themes; compiling is much of the cost
def around(phrase: str) -> re.Pattern:
    """`phrase` as written (any case and spacing), with the word before (group 1) and after (group 3) it."""
    body = re.escape(phrase).replace(r"\ ", r"\s+")
    return re.compile(r"([A-Za-z][A-Za-z'’-]*)?\s*\b(" + body + r")(?![\w-])(?:\s+([A-Za-z][A-Za-z'’-]*))?",
                      re.IGNORECASE)


@lru_cache(maxsize=4096)
def _stands(phrase: str) -> re.Pattern:
    """Every place (overlapping ones too) where the phrase itself stands as `around` needs it."""
    body = re.escape(phrase).replace(r"\ ", r"\s+")
    return re.compile(r"(?=\b(?:" + body + r")(?![\w-]))", re.IGNORECASE)


def uses_around(phrase: str, text: str) -> list[re.Match]:
    """The matches of `around(phrase)` in `text`, as its finditer gives them."""
    if not phrase:  # a pattern that may match nothing: scanned as finditer scans it
        return list(around(phrase).finditer(text))
    places = [match.start() for match in _stands(phrase).finditer(text)]
    if not places:
        return []
    earliest = [_word_before(text, place) for place in places]
    pattern, found, position = around(phrase), [], 0
    while True:
        # a match from `position` on holds a place at or after it, and begins no earlier than that place's word
        starts = [first for place, first in zip(places, earliest) if place >= position]
        if not starts:
            return found
        match = pattern.search(text, max(position, min(starts)))
        if match is None:
            return found
        found.append(match)
        position = match.end()  # never empty: the phrase has characters


def _word_before(text: str, place: int) -> int:
    """Where the spaces before `place`, and the run of word characters before them, begin."""
    i = place
    while i > 0 and text[i - 1].isspace():
        i -= 1
    while i > 0 and text[i - 1] in WORD_CHARACTERS:
        i -= 1
    return i
