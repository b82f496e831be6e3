"""Whether the kinds of a word a theme's findings name are kinds of one thing (`word_kinds.kinds_named`).

A listing of kinds ("Pathway, care and other plans") says that the findings are about plans, of which these kinds
are the ones most named. It says nothing true when the parts share only the word, in different senses, and the
findings are held together by that word rather than a topic (reads 47 and 49: "Governance, contact and other
arrangements" - board governance and children's contact with their families; "Core, executive and other groups" -
child protection core groups, board executive groups and family group conferences; "Alternative, placement and other
provisions"), or when the findings are nearly all about one particular W, "the board", that no kind names (read 49:
"Wellbeing, improvement and other boards" over findings on the safeguarding board). Two checks, on the texts alone:

- `same_sense`: the findings that write one kind and those that write the other speak of the same things: the
  cosine of their mean word weights (content words, less the kinds and the word itself; each word weighted by how
  rare it is in the theme, its inverse document frequency) is at least SENSE_FLOOR. Findings on care reviews and on
  statutory reviews both write of children, timeliness, participation (0.17 on run9723m); findings on governance
  arrangements and on contact arrangements share next to nothing (0.04). Judged only when each kind has
  SENSE_TEXTS texts.
- `one_thing`: "the W", with nothing between, is written by at most THE_RATIO times as many of the texts as write
  any of the kinds; beyond that the findings are about one W the reader is meant to know, not its kinds.

Tuned on reads 46, 47 and 49 (runs 9723 and 9723m, 9725L): of the 12 listings there, the three judged wrong for this
reason fall below SENSE_FLOOR (0.03-0.05 on the run's own words) and the one on "the board" is over THE_RATIO; the
nine judged right are above it, bar "Monitoring, statutory and other visits" (Ofsted monitoring visits beside
statutory visits to children: judged to conflate two senses in read 47, yet kept as right).
"""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

SENSE_FLOOR = 0.08  # least cosine between the words of the findings of two kinds for them to be of one thing
SENSE_TEXTS = 5  # fewest texts of each of two kinds for their words to tell their senses apart (fewer say nothing)
THE_RATIO = 2.0  # most times as many texts writing "the W" as any of its kinds, for the kinds to name the findings

_WORD = re.compile(r"[a-z][a-z'’-]*[a-z]")


def _forms(word: str) -> re.Pattern:
    return re.compile(r"(?<![a-z'’-])" + re.escape(word) + r"(?:s|es)?(?![a-z])")


def _with_kind(text: str, kind: str, word: str) -> bool:
    return re.search(r"(?<![a-z'’-])" + re.escape(kind) + r"\s+" + re.escape(word) + r"(?:s|es)?(?![a-z])", text) \
        is not None


def _weights(texts: list[str], leave: set[str]) -> list[Counter]:
    return [Counter(w for w in _WORD.findall(t) if w not in ENGLISH_STOP_WORDS and w not in leave and len(w) > 2)
            for t in texts]


def same_sense(texts: list[str], word: str, kinds: list[str]) -> bool:
    """Whether the texts writing the first two of `kinds` before `word` write of the same things (see the module).
    texts: the theme's findings, lower case."""
    if len(kinds) < 2:
        return True
    leave = {word, f"{word}s", f"{word}es"} | {w for kind in kinds for w in kind.split()}
    counts = _weights(texts, leave)
    df: Counter = Counter(w for c in counts for w in c)
    vocab = {w: i for i, w in enumerate(sorted(df))}
    if not vocab:
        return True
    idf = {w: math.log(len(texts) / n) + 1.0 for w, n in df.items()}
    means = []
    for kind in kinds[:2]:
        rows = [c for t, c in zip(texts, counts) if _with_kind(t, kind, word)]
        if len(rows) < SENSE_TEXTS:
            return True
        v = np.zeros(len(vocab))
        for c in rows:
            total = sum(c.values()) or 1
            for w, n in c.items():
                v[vocab[w]] += n / total * idf[w]
        means.append(v / len(rows))
    a, b = means
    norm = float(np.linalg.norm(a) * np.linalg.norm(b))
    return norm == 0.0 or float(a @ b) / norm >= SENSE_FLOOR


def one_thing(texts: list[str], word: str, kinds: list[str]) -> bool:
    """Whether the texts are about one W the reader knows ("the board") more than THE_RATIO times as often as about
    any of `kinds` (see the module). texts: the theme's findings, lower case."""
    the = re.compile(r"(?<![a-z'’-])the\s+" + re.escape(word) + r"(?:s|es)?(?![a-z])")
    definite = sum(1 for t in texts if the.search(t))
    named = sum(1 for t in texts if any(_with_kind(t, kind, word) for kind in kinds))
    return definite > THE_RATIO * max(named, 1)
