"""Case-insensitive patterns matched on lower-cased text.

Python's re is several times slower on long alternations under re.IGNORECASE than on the same alternation
without it, so the rule and boilerplate patterns are compiled lower-cased and run on lower-cased text. And re
tries a long alternation branch by branch at every position of the text, so a search with one of the rules' long
patterns (dozens of branches) runs through RE2 (google-re2), which matches all branches in one pass, when RE2
can express the pattern (no look-around). RE2's \\b, \\w, \\s and \\d are ASCII-only, Python's are Unicode: they
agree on a text whose only non-ASCII characters are common punctuation (curly quotes, dashes, bullets, £), so RE2
gets only such texts and re the rest; tests/test_patterns.py checks the two agree on the labelled segments.
"""

from __future__ import annotations

import re

try:
    import re2
except ImportError:  # an install without google-re2: the same results through re, more slowly
    re2 = None

LONG_PATTERN = 240  # characters; a shorter pattern is as fast or faster in re
# Non-ASCII characters that are neither word characters, digits nor white space for both engines.
NEUTRAL = str.maketrans("", "", "’‘“”–—•·…£€")


class Folded:
    """A case-insensitive pattern that runs on lower-cased text: Python's re is several times slower on long
    alternations under re.IGNORECASE. Compiled from the source with every letter outside an escape lower-cased
    (so \\S, \\W, \\B keep their meaning); `sub` returns the lower-cased text. `search` of a long pattern runs in
    RE2 when RE2 can compile it and the text is one both engines read alike; findall and sub always run in re."""

    def __init__(self, source: str):
        folded, i = [], 0
        while i < len(source):
            step = 2 if source[i] == "\\" else 1
            folded.append(source[i:i + step] if step == 2 else source[i].lower())
            i += step
        self.source = source
        self._compiled = re.compile("".join(folded))
        self._re2 = _in_re2(self._compiled.pattern)

    def search(self, text: str):
        low = text.lower()
        # (re's $ also matches before a final line break, RE2's does not)
        if self._re2 is not None and not low.endswith("\n") and (low.isascii() or low.translate(NEUTRAL).isascii()):
            return self._re2.search(low)
        return self._compiled.search(low)

    def findall(self, text: str) -> list:
        return self._compiled.findall(text.lower())

    def sub(self, replacement: str, text: str) -> str:
        return self._compiled.sub(replacement, text.lower())


def _in_re2(pattern: str):
    """The pattern compiled by RE2 when it is long, RE2 is installed and it can express it; else None."""
    if re2 is None or len(pattern) < LONG_PATTERN:
        return None
    options = re2.Options()
    options.log_errors = False  # look-around is not RE2's: such patterns stay in re, silently
    try:
        return re2.compile(pattern, options)
    except re2.error:
        return None
