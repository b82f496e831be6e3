"""Case-insensitive patterns matched on lower-cased text.

Python's re is several times slower on long alternations under re.IGNORECASE than on the same alternation
without it, so the rule and boilerplate patterns are compiled lower-cased and run on lower-cased text. And re
tries a long alternation branch by branch at every position of the text, so a search with one of the rules' long
patterns (dozens of branches) runs through RE2 (google-re2), which matches all branches in one pass, when RE2
can express the pattern (no look-around). RE2's \\b, \\w, \\s and \\d are ASCII-only, Python's are Unicode: they
agree on a text whose only non-ASCII characters are common punctuation (curly quotes, dashes, bullets, £), so RE2
gets only such texts and re the rest; tests/test_patterns.py checks the two agree on the labelled segments.

On a whole column (`Column`), each distinct value is lower-cased, checked and encoded once for all patterns, and RE2
reads the UTF-8 bytes directly: per value and pattern that leaves only the match itself.

A long pattern RE2 cannot express because of its look-arounds still gets a gate in RE2: the same pattern with every
look-around taken out. Taking out an assertion only lets more text match, so where the gate finds nothing the
pattern finds nothing either, and re runs only on the texts the gate lets through (on a whole column, most texts
hold none of the concern or strength words).
"""

from __future__ import annotations

import re
from itertools import accumulate

import numpy as np
import pandas as pd

try:
    import re2
except ImportError:  # an install without google-re2: the same results through re, more slowly
    re2 = None

LONG_PATTERN = 240  # characters; a shorter pattern is as fast or faster in re
# Memory RE2 may give one pattern's DFA, per character of the pattern, between RE2's own default (8 MB) and a cap.
# With the default, the rules' longest alternations (about 20,000 characters) run out of DFA states on an ordinary
# corpus and RE2 falls back to its NFA, several times slower; the budget changes only the speed, never a match.
RE2_MEMORY_PER_CHARACTER = 6 * 1024
RE2_MEMORY = (8 << 20, 128 << 20)
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
        self._re2_found = _in_re2(self._compiled.pattern, capture=False) if self._re2 is not None else None
        loose = None if self._re2 is not None else _without_lookaround(self._compiled.pattern)
        self._gate = _in_re2(loose, capture=False) if loose is not None else None

    def search(self, text: str):
        low = text.lower()
        if self._re2 is not None and _alike(low):
            return self._re2.search(low)
        if self._gate is not None and _alike(low) and self._gate.search(low) is None:
            return None
        return self._compiled.search(low)

    def _absent(self, encoded: bytes | None) -> bool:
        """Whether the gate shows the pattern cannot occur in this text (its UTF-8 bytes, None where RE2 and re
        read it differently); False when that is not known."""
        return encoded is not None and self._gate is not None and self._gate.search(encoded) is None

    def found_in(self, column: "Column") -> np.ndarray:
        """(n,) bool: whether the pattern occurs in each value of the column (as `search` finds it)."""
        if self._re2 is None:
            found = [self._first(low, encoded) for low, encoded in zip(column.low, column.encoded)]
        else:
            found = [(self._re2_found.search(encoded) if encoded is not None else self._compiled.search(low))
                     is not None for low, encoded in zip(column.low, column.encoded)]
        return column.spread(found, bool)

    def count_in(self, column: "Column", blank: "Folded | None" = None) -> np.ndarray:
        """(n,) int64: how many times the pattern occurs in each value of the column (as len(findall) counts),
        after the matches of `blank` are replaced by a space when given (in re: such patterns use look-around)."""
        counts = []
        for low, encoded in zip(column.low, column.encoded):
            blanks = blank._gated_spans(low, encoded) if blank is not None else []
            if blanks or (blanks is None and not blank._absent(encoded)):  # else sub would leave the text as it is
                low = blank._compiled.sub(" ", low) if blanks is None else _blanked(low, blanks)
                encoded = low.encode("utf-8") if encoded is not None else None  # a space leaves it as alike
            spans = self._gated_spans(low, encoded) if self._re2 is None else None
            if spans is not None:
                counts.append(len(spans))
            elif encoded is not None and self._re2 is not None:
                counts.append(sum(1 for _ in self._re2_found.finditer(encoded)))
            elif self._absent(encoded):
                counts.append(0)
            else:
                counts.append(len(self._compiled.findall(low)))
        return column.spread(counts, np.int64)

    def _first(self, low: str, encoded: bytes | None) -> bool:
        """Whether the pattern occurs in `low` (its UTF-8 bytes `encoded`, None where RE2 reads it otherwise)."""
        spans = self._gated_spans(low, encoded, most=1)
        if spans is None:
            return not self._absent(encoded) and self._compiled.search(low) is not None
        return bool(spans)

    def _gated_spans(self, low: str, encoded: bytes | None, most: int | None = None) -> list[tuple[int, int]] | None:
        """The spans of the pattern's matches in `low`, as finditer gives them (the first `most`), with re tried only
        where the RE2 gate matches: the gate is the pattern without its look-arounds, so a match of the pattern
        begins where one of the gate does, and re's long alternation is not tried at every other place. None where
        that cannot be done (no gate, a text RE2 reads otherwise, an empty match): then re alone decides."""
        if self._gate is None or encoded is None:
            return None
        # byte offset <-> character offset (the same in an ASCII text)
        ascii_only = len(encoded) == len(low)
        byte_at = None if ascii_only else [0] + list(accumulate(len(c.encode("utf-8")) for c in low))
        char_at = None if ascii_only else {byte: i for i, byte in enumerate(byte_at)}
        spans: list[tuple[int, int]] = []
        position = 0
        while most is None or len(spans) < most:
            found = self._gate.search(encoded, position if ascii_only else byte_at[position])
            if found is None:
                return spans
            start = found.start() if ascii_only else char_at.get(found.start())
            if start is None:
                return None
            match = self._compiled.match(low, start)
            if match is not None and match.end() == start:
                return None  # finditer steps over an empty match in its own way
            if match is None:
                position = start + 1
            else:
                spans.append(match.span())
                position = match.end()
            if position > len(low):
                return spans
        return spans

    def findall(self, text: str) -> list:
        return self._compiled.findall(text.lower())

    def sub(self, replacement: str, text: str) -> str:
        return self._compiled.sub(replacement, text.lower())


class Column:
    """A column of text prepared once for many patterns: its distinct values (`values`, as given), lower-cased
    (`low`), and as UTF-8 bytes where RE2 may read them (`encoded`, None elsewhere); `codes` maps rows to them."""

    def __init__(self, values):
        self.codes, distinct = pd.factorize(np.asarray(values, dtype=object))
        self.values = list(distinct)
        self.low = [value.lower() for value in self.values]
        self.encoded = [low.encode("utf-8") if _alike(low) else None for low in self.low]

    def spread(self, per_value, dtype) -> np.ndarray:
        """Per-row array from one result per distinct value."""
        return np.asarray(per_value, dtype=dtype).reshape(-1)[self.codes] if len(self.codes) else np.zeros(0, dtype)

    def each(self, measure, dtype=np.int64) -> np.ndarray:
        """measure(value) for every row, computed once per distinct value."""
        return self.spread([measure(value) for value in self.values], dtype)


def _blanked(low: str, spans: list[tuple[int, int]]) -> str:
    """`low` with each span replaced by a space (re.sub(pattern, " ", low) for the pattern's spans)."""
    pieces, end = [], 0
    for start, stop in spans:
        pieces += [low[end:start], " "]
        end = stop
    return "".join(pieces) + low[end:]


def _alike(low: str) -> bool:
    """Whether RE2 and re read this lower-cased text alike: no line break at its end (re's $ also matches before
    one, RE2's does not) and no non-ASCII letter, digit or space (see the module docstring)."""
    return not low.endswith("\n") and (low.isascii() or low.translate(NEUTRAL).isascii())


def _in_re2(pattern: str, capture: bool = True):
    """The pattern compiled by RE2 when it is long, RE2 is installed and it can express it; else None. Without
    `capture`, its groups capture nothing: whether and where it matches only, about twice as fast."""
    if re2 is None or len(pattern) < LONG_PATTERN:
        return None
    options = re2.Options()
    options.log_errors = False  # look-around is not RE2's: such patterns stay in re, silently
    options.never_capture = not capture
    options.max_mem = min(max(RE2_MEMORY[0], RE2_MEMORY_PER_CHARACTER * len(pattern)), RE2_MEMORY[1])
    try:
        return re2.compile(pattern, options)
    except re2.error:
        return None


LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")


def _without_lookaround(pattern: str) -> str | None:
    """The pattern with every look-around group taken out (a pattern that matches wherever it matches, and maybe
    elsewhere too); None when that is not plainly so (a look-around under a quantifier, verbose or conditional
    syntax) or the pattern has none."""
    if "(?x" in pattern or "(?(" in pattern:
        return None
    out, i, taken = [], 0, False
    while i < len(pattern):
        if pattern.startswith(LOOKAROUND, i):
            end = _group_end(pattern, i)
            if end is None or (end < len(pattern) and pattern[end] in "*+?{"):
                return None
            i, taken = end, True
            continue
        step = _atom_end(pattern, i)
        out.append(pattern[i:step])
        i = step
    return "".join(out) if taken else None


def _atom_end(pattern: str, i: int) -> int:
    """Where the escape, character set or single character at i ends."""
    if pattern[i] == "\\":
        return i + 2
    if pattern[i] != "[":
        return i + 1
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _group_end(pattern: str, start: int) -> int | None:
    """The index just after the group opened at `start` closes; None if it never does."""
    depth, i = 0, start
    while i < len(pattern):
        if pattern[i] == "(":
            depth += 1
        elif pattern[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i = _atom_end(pattern, i) if pattern[i] in "\\[" else i + 1
    return None
