"""A placeholder "X, various aspects" left to the end said by what its findings are about, at both levels (issue 16).

Blind reads reject the filler wording "X, various aspects" whatever it holds (labels63's brief: 'Board, various
aspects', 98-180 findings on the bundled run, "which board?"; reads 58 and 60: "Staff, various aspects"). The earlier
passes say such a label by an aspect, a field term or a topic its findings write (`aspect_names`, `aspect_terms`,
`aspect_topics`, `filler_parts`); this one, last, takes the labels they leave:

- `kind_said`: X a word that stands for one named body or thing ("the board"), most of whose findings name one kind of
  it: by that kind ("Safeguarding children board"). A finding names a kind by a capitalised name ending in X that
  its text writes ("Improvement Board"; a place name or "Local" before it is no part of the kind), by a glossary
  acronym of such a name ("LSCB", or a council's letter before one, "WSCB"), or, when its text names none, by one
  its section heading writes: an inspection report's section "the Local Safeguarding Children Board" is what "the
  board" of its sentences is. The kind must be named so by KIND_SHARE of the theme's findings.
- `bare_said`: else, when X is a subject of its own (no word of the field's frame or people, `too_common`: "Staff",
  "Board", "Young people" stay, and the label checks keep a lone word too wide to name a theme, "Assessments"),
  by X alone ("Adopters, various aspects" -> "Adopters"): the label's rule already asked that half its findings
  write X, twice as often as all findings do.

A new label is given only when no other label of its level has it and it passes the label checks
(`siblings.relabelled`). A broad theme of one sub-theme that carried its sub-theme's label carries the new one; a
broad label that lists X after its first part, over the sub-theme said by its kind, says the kind there too
(`_parts_followed`: "Improvement plans, board and performance data" -> "Improvement plans, safeguarding children
board and performance data").

    various_levels(named, broad_named, texts, headings, assignment, parent_of, keep) -> (named, broad_named)
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pandas as pd

from pipeline.themes.cluster_text import read_glossary
from pipeline.themes.fallback_names import too_common
from pipeline.themes.level_pass import LEAST, at_both_levels, said_each
from pipeline.themes.siblings import relabelled
from pipeline.themes.vocabulary import fold, place_words

# Least share of a theme's findings that name one kind of its word X for the kind to say it (half: the share at which
# a lone word names a theme, `fallback_names.DOMINANT_SHARE`).
KIND_SHARE = 0.5

VARIOUS = re.compile(r"^(?P<x>[A-Za-z][A-Za-z'’ -]*), various aspects$")
_NAME_WORD = r"[A-Z][A-Za-z'’-]*"
_JOIN = {"and", "of", "for"}
_DETERMINERS = {"the", "a", "an", "this", "that", "its", "their", "our", "your"}


def _singular(word: str) -> str:
    return word[:-1] if word.lower().endswith("s") and not word.lower().endswith("ss") else word


def _acronyms(word: str) -> dict[str, str]:
    """Glossary acronym -> its expansion, of the expansions that end in `word` (singular)."""
    return {short: long for short, (long, _) in read_glossary().items() if long.split()[-1] == word}


def _name_pattern(word: str) -> re.Pattern:
    # a run of capitalised words (joined by and / of / for) just before the word, written with its capital or not
    head = re.escape(word[0].upper()) + re.escape(word[1:])
    return re.compile(rf"((?:{_NAME_WORD}\s+(?:(?:and|of|for)\s+)?)+){head}s?\b")


def _kind_of(name: str, word: str, places: frozenset[str], acronyms: dict[str, str]) -> str | None:
    """The kind a capitalised name before `word` says, lower case with the word ("improvement board"): its words
    after any place name or "Local"; a name ending in a glossary expansion is that expansion; None when no word is
    left or the run only opens a sentence ("The Board")."""
    words = name.split()
    if words and words[-1].lower() in _JOIN:
        return None  # "Expectations of Board": the word is no part of the name before it
    # a title-case heading ("The Effectiveness Of The Board"): the name starts after its last determiner
    ends = [i for i, w in enumerate(words) if w.lower() in _DETERMINERS]
    words = words[ends[-1] + 1:] if ends else words
    while words and (words[0].lower() in places | {"local"} or words[0].lower() in _JOIN):
        words = words[1:]
    if not words:
        return None
    kind = " ".join(words + [word]).lower()
    for long in acronyms.values():
        if kind.endswith(long):
            return long
    return kind


def named_kinds(text: str, word: str, places: frozenset[str], acronyms: dict[str, str]) -> list[str]:
    """The kinds of `word` (singular, lower case) a text names: capitalised names ending in it and glossary acronyms
    of them (a council's one or two letters before one: "WSCB"), in order of writing."""
    found = []
    for match in _name_pattern(word).finditer(text):
        kind = _kind_of(match.group(1), word, places, acronyms)
        if kind:
            found.append((match.start(), kind))
    # the longest acronym at each place ("LSCB", not its "SCB" after a council's letter)
    spans = {}
    for short, long in sorted(acronyms.items(), key=lambda item: -len(item[0])):
        for match in re.finditer(rf"\b[A-Z]{{0,2}}{re.escape(short)}s?\b", text):
            spans.setdefault(match.span(), long)
    found += [(start, long) for (start, _), long in spans.items()]
    return [kind for _, kind in sorted(found)]


def kind_said(texts: list[str], headings: list[str], word: str) -> str | None:
    """The kind of `word` KIND_SHARE of the findings name (their text's first kind, else their heading's), as a
    label ("Safeguarding children board"); None when none is."""
    word = _singular(word.lower())
    places, acronyms = place_words(), _acronyms(word)
    counts: Counter = Counter()
    for text, heading in zip(texts, headings):
        kinds = named_kinds(text, word, places, acronyms) or named_kinds(heading or "", word, places, acronyms)
        if kinds:
            counts[kinds[0]] += 1
    if not counts:
        return None
    kind, count = counts.most_common(1)[0]
    return kind[0].upper() + kind[1:] if count >= KIND_SHARE * len(texts) else None


def bare_said(x: str) -> str | None:
    """X alone, when it is a subject of its own (not `too_common`, each of its words); else None."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", x)
    if not words or any(too_common(w) or too_common(fold(w.lower())) for w in words):
        return None
    return x


def _said(label: str, texts: list[str], headings: list[str]) -> str | None:
    found = VARIOUS.match(label)
    if not found or len(texts) < LEAST:
        return None
    x = found.group("x")
    return (kind_said(texts, headings, x.split()[-1]) if len(x.split()) == 1 else None) or bare_said(x)


def various_said(labels: dict[int, str], texts_of, headings_of, keep: set[int] = frozenset(),
                 taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` (theme -> label) with each "X, various aspects" said by its kind or X alone (see the module), when
    free and passing the label checks. texts_of / headings_of: theme -> its findings' texts / section headings."""
    return said_each(labels, texts_of, headings_of, _said, keep, taken)


def various_levels(named: pd.DataFrame, broad_named: pd.DataFrame, texts: list[str], headings: list[str],
                   assignment: np.ndarray, parent_of: np.ndarray, keep: set[int] = frozenset()
                   ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(named, broad_named) with their "X, various aspects" labels said by what their findings are about, as new
    tables (`level_pass.at_both_levels`). texts and headings: every finding's text and section heading (row i has
    theme assignment[i])."""
    def relabel(labels, rows_of, keep, taken, broad):
        return various_said(labels, lambda t: [texts[i] for i in rows_of(t)],
                            lambda t: [headings[i] for i in rows_of(t)], keep=keep, taken=taken)
    new_named, new_broad = at_both_levels(named, broad_named, assignment, parent_of, relabel, keep)
    return new_named, _parts_followed(named, new_named, new_broad, parent_of)


def _parts_followed(named: pd.DataFrame, new_named: pd.DataFrame, broad_named: pd.DataFrame,
                    parent_of: np.ndarray) -> pd.DataFrame:
    """broad_named with a part that is the X of a sub-theme's "X, various aspects" said by its kind ("Improvement
    plans, board and performance data" -> "..., safeguarding children board and ...") when that sub-theme, under it,
    was said by its kind, the new label free and passing the label checks."""
    out = broad_named.copy()
    labels = dict(zip(out["theme_id"].astype(int), out["label"]))
    for theme in named.index:
        found = VARIOUS.match(named.at[theme, "label"])
        kind = new_named.at[theme, "label"]
        if not found or kind == named.at[theme, "label"] or kind.lower() == found.group("x").lower():
            continue
        broad = int(parent_of[theme])
        label, x = labels.get(broad, ""), found.group("x").lower()
        pieces = re.split(r"(, | and )", label)
        if label == kind or not any(p.lower() in {x, _singular(x), x + "s"} for p in pieces[2::2]):
            continue  # a part after the first only: a label led by the word is the word's theme
        said = "".join(kind[0].lower() + kind[1:] if i and i % 2 == 0 and p.lower() in {x, _singular(x), x + "s"}
                       else p for i, p in enumerate(pieces))
        relabelled(labels, broad, said, set(new_named["label"]), [])
    out["label"] = [labels[int(b)] for b in out["theme_id"]]
    return out
