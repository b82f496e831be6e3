"""A placeholder sub-theme label over findings nearly all of which write one word, said by the kinds of it they name.

"Mixed findings: care planning", "X, various aspects", "X, further findings" are left when no phrase of a theme is
written by enough of its findings. Blind reads rejected such wordings where the findings plainly share a subject: a
theme whose findings nearly all write "planning" (care planning, contingency planning, strategic planning, safety
planning) is about planning, and a researcher names it by the kinds of planning it holds ("Care, contingency and
other planning"), as the naming says a common word's kinds elsewhere (`word_kinds.kinds_named`).

`head_kinds` reads each placeholder's theme for a word that at least ALL of its findings write, LIFT times as often
as all findings (a word of the theme, not of the field: "children", "services" never qualify) and at least APART
times as often as the findings of its sibling sub-themes under the same broad theme (what sets it apart from them).
The label becomes the kinds of that word the findings write, when `kinds_named` finds two kinds of one thing; a word
the findings write in the singular only ("planning") is said so. Otherwise the label stays. A new label passes the
label checks, is no other theme's (nor one of `taken`); membership never changes.

    head_kinds(labels, covers, parents, keep, taken) -> labels with such placeholders said by the kinds of the word
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.themes.name_checks import FIELD_ITSELF
from pipeline.themes.siblings import relabelled, sibling_texts
from pipeline.themes.vocabulary import fold, stop_words, straight
from pipeline.themes.word_kinds import kinds_named

# Least share of the theme's findings that write the word: nearly all of them (a reader of ten finds it in each).
ALL = 0.9
# Least ratio of the theme's share to all findings' share: the word is the theme's own, not the whole field's.
LIFT = 10.0
# Least ratio of the theme's share to its siblings' share (the other sub-themes of its broad theme).
APART = 3.0

PLACEHOLDER = re.compile(r"^(?:Mixed findings\b.*|.+, (?:various aspects|further findings))$")
_WORD = re.compile(r"[a-z][a-z'-]*[a-z]")


# text -> (the folds of its words, its words with their folds): each finding is read once per run (bounded); the
# theme, its siblings and all findings are counted over the same texts for every placeholder.
_ROWS: dict[str, tuple[frozenset[str], tuple[tuple[str, str], ...]]] = {}


def _words_of(text: str) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """(the folded words `text` writes, each word as written in lower case with its fold), worked out once."""
    found = _ROWS.get(text)
    if found is None:
        if len(_ROWS) >= 100_000:
            _ROWS.clear()
        pairs = tuple((word, fold(word)) for word in _WORD.findall(straight(text).lower()))
        found = _ROWS[text] = (frozenset(key for _, key in pairs), pairs)
    return found


def _word_counts(texts: list[str]) -> Counter:
    """Folded word -> how many texts write it."""
    counts: Counter = Counter()
    for text in texts:
        counts.update(_words_of(text)[0])
    return counts


def _forms(texts: list[str], key: str) -> Counter:
    """The written forms of the folded word `key` in the texts, and how often each is written."""
    return Counter(word for held, pairs in map(_words_of, texts) if key in held for word, fold_of in pairs
                   if fold_of == key)


def _share(counts: Counter, word: str, n: int) -> float:
    return counts.get(word, 0) / n if n else 0.0


class _Everywhere:
    """All findings' count of each word asked for (as `_word_counts` gives it), counted when asked: only the texts
    that hold the word lower-cased, or its plural in -ies, are read for their words, as a word folds to its own
    beginning or, from -ies, to -y ("agencies" -> "agency")."""

    def __init__(self, texts: list[str]):
        self.texts, self._lower, self._counts = texts, None, {}

    def get(self, word: str, default: int = 0) -> int:
        if word not in self._counts:
            if self._lower is None:
                self._lower = [straight(text).lower() for text in self.texts]
            plural = word[:-1] + "ies" if word.endswith("y") else None
            self._counts[word] = sum(1 for text, low in zip(self.texts, self._lower)
                                     if (word in low or (plural is not None and plural in low))
                                     and word in _words_of(text)[0])
        return self._counts[word] or default


def shared_word(texts: list[str], siblings: list[str], everywhere: tuple, stop: bool = True) -> str | None:
    """The word (as most of `texts` write it) that ALL of the texts write, LIFT times as often as all findings
    (`everywhere`: their word counts, a Counter or `_Everywhere`, and number) and APART times as often as
    `siblings`; None if none. stop: stop words never count (False: only the field's own words are left out, for a
    caller that says the word only with its kinds, "Governance, commissioning and other arrangements")."""
    counts = _word_counts(texts)
    near = None  # the siblings' counts, only when a word of the theme's is frequent enough to need them
    every, total = everywhere
    fits = []
    for word, used in counts.items():
        share = used / len(texts)
        if share < ALL or (stop and word in stop_words()) or word in FIELD_ITSELF or len(word) < 4:
            continue
        if share < LIFT * _share(every, word, total):
            continue
        if near is None:
            near = _word_counts(siblings)
        if share < APART * _share(near, word, len(siblings)):
            continue
        fits.append((-share, word))
    if not fits:
        return None
    forms = _forms(texts, min(fits)[1])
    return max(forms, key=lambda form: (forms[form], form))


def everywhere_counts(covers) -> tuple:
    """All findings' word counts (counted when asked) and their number, as `shared_word` reads them."""
    return _Everywhere(covers.texts), len(covers.texts)


def _singular_only(texts: list[str], form: str) -> bool:
    """Whether the texts write `form` (a word in -ing: "planning") and never its plural: a mass noun."""
    plural = re.compile(r"(?<![a-z])" + re.escape(form) + r"s(?![a-z])")
    return form.endswith("ing") and not any(plural.search(straight(text).lower()) for text in texts)


def kinds_of_word(texts: list[str], form: str) -> str | None:
    """The kinds of `form` the texts name ("Care, contingency and other planning"), or None."""
    said = kinds_named(texts, form)
    if said is None:
        return None
    if _singular_only(texts, form) and said.endswith(f" other {form}s"):
        said = said[:-1]
    return said


def head_kinds(labels: dict[int, str], covers, parents: dict[int, int], keep: set[int] = frozenset(),
               taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` with each placeholder over findings nearly all of which write one word of their own said by the
    kinds of it they name (`kinds_of_word`); others as they are. parents: sub-theme -> its broad theme."""
    out = dict(labels)
    todo = [t for t in sorted(labels) if t not in keep and PLACEHOLDER.match(labels[t])]
    if not todo:
        return out
    everywhere = everywhere_counts(covers)
    for theme in todo:
        siblings = sibling_texts(labels, covers, parents, theme)
        texts = covers.texts_of(theme)
        form = shared_word(texts, siblings, everywhere) if texts else None
        said = kinds_of_word(texts, form) if form else None
        if said is None:
            continue
        relabelled(out, theme, said, taken, texts)
    return out
