"""Case-insensitive patterns matched on lower-cased text.

Python's re is several times slower on long alternations under re.IGNORECASE than on the same alternation
without it, so the rule and boilerplate patterns are compiled lower-cased and run on lower-cased text.
"""

from __future__ import annotations

import re


class Folded:
    """A case-insensitive pattern that runs on lower-cased text: Python's re is several times slower on long
    alternations under re.IGNORECASE. Compiled from the source with every letter outside an escape lower-cased
    (so \\S, \\W, \\B keep their meaning); `sub` returns the lower-cased text."""

    def __init__(self, source: str):
        folded, i = [], 0
        while i < len(source):
            step = 2 if source[i] == "\\" else 1
            folded.append(source[i:i + step] if step == 2 else source[i].lower())
            i += step
        self.source = source
        self._compiled = re.compile("".join(folded))

    def search(self, text: str):
        return self._compiled.search(text.lower())

    def findall(self, text: str) -> list:
        return self._compiled.findall(text.lower())

    def sub(self, replacement: str, text: str) -> str:
        return self._compiled.sub(replacement, text.lower())
