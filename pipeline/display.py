"""Text as shown to a reader (report.html, the `search` listing): the tables keep the text as extracted.

date_text(value) -> a date as shown: "2019, day not stated" for a year alone.
counted_noun(n, word) -> "1 theme", "1,204 themes".
clean_text(text) -> text without the bullet glyphs PDF extraction leaves behind (symbol-font code points in the
private use area, the replacement character, list markers at the start), as one line: the PDF's line breaks and
runs of white space read as one space, and none after a hyphen that ends a line between two words ("17-\nyear-old"
reads "17-year-old": in inspection reports such a hyphen is the word's own, as in "follow-through" or "2012-13").
A quote shown so is traced to its exact text by its finding_id (findings.csv keeps the text as extracted).
"""

from __future__ import annotations

import re

# Bullet glyphs PDF extraction leaves behind: symbol-font code points (private use area), the replacement
# character, and list markers at the start of a quote. Shown as boxes or noise, they carry no meaning.
_PRIVATE = re.compile("[\ue000-\uf8ff\ufffd\u25a1\u25aa\u25ab\u25cf\u2022\u25e6\u2023\u2043\u2219\u27a4\u27a2]+")
_LEADING = re.compile(r"^(?:[-\u2013\u2014*>o]\s+)+")
# A hyphen ending a line between two words: the line break goes, the hyphen stays.
_HYPHEN_BREAK = re.compile(r"(?<=\w)-[ \t]*\r?\n\s*(?=\w)")


def clean_text(text: str) -> str:
    """`text` with bullet glyphs removed, as one line (see the module doc), for display only (findings.csv keeps
    the text)."""
    cleaned = _HYPHEN_BREAK.sub("-", _PRIVATE.sub(" ", text or ""))
    return _LEADING.sub("", " ".join(cleaned.split()))


def date_text(value) -> str:
    """A document's date as a reader is shown it: "2019, day not stated" for a year alone (the tables keep
    "2019"), "date not stated" for none, else as written ("2019-03-05")."""
    value = "" if value is None or value != value else str(value).strip()
    if re.fullmatch(r"\d{4}", value):
        return f"{value}, day not stated"
    return value or "date not stated"


def counted_noun(n: int, word: str) -> str:
    """A count with its noun, plural unless one: "1 broad theme", "1,204 findings"."""
    return f"{n:,} {word}" + ("" if n == 1 else "s")
