""""X, further findings" over findings that share a word of X, not X: said as that word's aspects again.

`alike_labels.tell_near_alike` says a word's aspects ("Plans, various aspects") beside a larger label holding that word
("Improvement plans and progress") as further findings on the larger ("Improvement plans and progress, further
findings"). Where the larger label holds the word alone ("Reviews" of "Meetings and reviews") that is true; where it
holds a kind of the word ("improvement plans", "staff development") it is true only of findings that write that kind.
Tuning run 9750 held "Improvement plans and progress, further findings" over 213 findings on plans, about two in three
of the 20 read on children's plans; a held-out read (read 94, as the brief of labels67 describes it) rejected
"Learning and staff development, further findings" over staff views, support and morale. So a sub-theme's
"X, further findings" whose one word most of its findings use (`fallback_names.dominant_word`) is a word of a part of X
of several words that fewer than ON_SHARE of them write is said as that word's aspects again ("Plans, various
aspects"): what its findings share, as the namer first said it, and a placeholder the later passes may still say by its
kind (`various_said`).

Labels only: the pass runs after `one_subject` has read "X, further findings" beside X (which joins two themes), so no
finding moves.

    further_aspects(labels, covers, keep, taken) -> labels with such "X, further findings" said as the word's aspects
"""

from __future__ import annotations

import re

from pipeline.themes.fallback_names import DOMINANT_SHARE, dominant_word
from pipeline.themes.name_checks import name_problems
from pipeline.themes.vocabulary import fold, label_key
from pipeline.themes.whole_topic import DEFINITE_SHARE

# Least share of a theme's findings that write the kind of their word X names for them to be further findings on X:
# most of them.
ON_SHARE = 0.5
FURTHER = re.compile(r"^(?P<x>.+), further findings$")
_PARTS = re.compile(r", including | including |, | and ")
_WORD = re.compile(r"[a-z][a-z'’-]*")


def _same_word(first: str, second: str) -> bool:
    """Two folded words of one noun: equal, or one the other's plural."""
    return first == second or first + "s" == second or second + "s" == first


def word_not_kind(covers, theme: int, label: str) -> str | None:
    """The word most of a theme's findings use (as `dominant_word` gives it) when it is a word of a part of several words
    of X in the theme's "X, further findings" label that fewer than ON_SHARE of them write; else None."""
    found = FURTHER.match(label)
    if not found:
        return None
    word = dominant_word(covers, theme, DOMINANT_SHARE)
    if not word:
        return None
    key = fold(word.lower())
    for part in (p.strip() for p in _PARTS.split(found.group("x")) if p.strip()):
        words = [fold(w) for w in _WORD.findall(part.lower())]
        if not any(_same_word(key, w) for w in words):
            continue
        if len(words) == 1 or not _same_word(key, words[-1]) \
                or covers.written_rows(theme, part.lower()).mean() >= ON_SHARE or _definite(covers, theme, key):
            # the word alone; a part it does not head ("risk to children": read as a whole, on tuning run 9744 its
            # findings were on risk to children and the responses to it); the kind of it most of them write; or the
            # word as one known thing ("the board", the safeguarding children board): further findings on it
            return None
        return word
    return None


def _definite(covers, theme: int, key: str) -> bool:
    """Whether at least DEFINITE_SHARE of a theme's findings write `key` (folded) after "the" ("the board"): one thing
    known to the reader, which a longer term ("Safeguarding children board") names (as `whole_topic.sibling_terms`)."""
    pattern = re.compile(r"(?<![a-z])the\s+" + re.escape(key) + r"(?![a-z])")
    rows = covers.members[theme]
    return bool(len(rows)) and sum(bool(pattern.search(covers.lower(i))) for i in rows) / len(rows) >= DEFINITE_SHARE


def further_aspects(labels: dict[int, str], covers, keep: set[int] = frozenset(),
                    taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` (sub-themes) with each "X, further findings" whose findings share a word of X, not X (`word_not_kind`),
    said "<word>, various aspects" when free and passing the label checks. covers: a Coverage of these sub-themes;
    keep: themes whose labels stay (the field themes'); taken: the broad level's labels."""
    out = dict(labels)
    for theme in sorted(labels):
        if theme in keep or len(covers.members.get(theme, ())) < 5:
            continue
        word = word_not_kind(covers, theme, labels[theme])
        if not word:
            continue
        said = f"{word}, various aspects"
        have = {label_key(other) for t, other in out.items() if t != theme} | {label_key(t) for t in taken}
        if label_key(said) not in have and not name_problems([said], covers.texts_of(theme)):
            out[theme] = said
    return out
