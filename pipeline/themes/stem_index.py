"""Which texts hold every stem of a phrase, looked up in an index of stem -> texts (`StemIndex`).

`pipeline.themes.fallback_names.widespread` asks, for a word, what share of every theme's findings use it: reading
all the sample's stems for each word asked was a good part of the naming time. With the index the texts that use a
word are found from its stems' lists of texts, and counted by theme.
"""

from __future__ import annotations

import numpy as np

_NONE = np.zeros(0, dtype=np.int64)


class StemIndex:
    """stems: each text's set of stems (row i = text i)."""

    def __init__(self, stems: list[set[str]]):
        postings: dict[str, list[int]] = {}
        for row, held in enumerate(stems):
            for stem in held:
                postings.setdefault(stem, []).append(row)
        self._postings = {stem: np.array(rows, dtype=np.int64) for stem, rows in postings.items()}

    def rows(self, needed: set[str]) -> np.ndarray:
        """Sorted rows whose stems hold every one of `needed`; none when `needed` is empty."""
        if not needed:
            return _NONE
        lists = sorted((self._postings.get(stem, _NONE) for stem in needed), key=len)
        rows = lists[0]
        for other in lists[1:]:  # the rows of the shortest list also in each other (all sorted, unique): looked up
            # by binary search, not merged and sorted as np.intersect1d does
            at = np.searchsorted(other, rows)
            held = at < len(other)
            held[held] = other[at[held]] == rows[held]
            rows = rows[held]
        return rows
