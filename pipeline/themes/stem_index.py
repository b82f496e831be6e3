"""Which texts hold every stem of a phrase, looked up in an index of stem -> texts (`StemIndex`).

`pipeline.themes.naming.Coverage` asks, for thousands of candidate names and every theme, which findings use all of
a name's stems. Testing each theme's findings against each name is most of the naming time on a large run; with the
index a name's findings are found once per run, by intersecting the (sorted) lists of the texts of its stems.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from pipeline.themes.vocabulary import _stem, fold

_NONE = np.zeros(0, dtype=np.int64)


@lru_cache(maxsize=200_000)
def folded_stem(word: str) -> str:
    """`_stem(fold(word))`, worked out once per word (the same words recur in every finding)."""
    return _stem(fold(word))


class StemIndex:
    """stems: each text's set of stems (row i = text i)."""

    def __init__(self, stems: list[set[str]]):
        self.size = len(stems)
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
        for other in lists[1:]:
            rows = np.intersect1d(rows, other, assume_unique=True)
        return rows

    def holds(self, rows: np.ndarray, among: np.ndarray) -> np.ndarray:
        """(len(among),) bool: which of the rows `among` are in `rows` (an answer of `rows`)."""
        mask = np.zeros(self.size, dtype=bool)
        mask[rows] = True
        return mask[among]
