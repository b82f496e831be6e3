"""Which findings of a theme use a phrase (`Coverage`), and the shares a name must cover.

A phrase is used by a finding when the finding holds all its content words (stemmed: plural folded, first five
letters) or the abbreviation of the field term it is ("IROs" covers "independent reviewing officers"), counted over
the findings read for the theme's name. `Coverage` answers it per theme and phrase, worked out once, and with it
what else the naming modules ask of those findings: the share that writes a phrase as a term (`written`), the word
a cut phrase belongs with (`whole`), the share that gives figures (`figures`, `FIGURE`) and their tone. The shares
a name needs are here too: COVERAGE for a label, MIXED_SHARE for "Mixed findings: X", STATISTICS_SHARE and
FIGURE_SHARE for statistics.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.themes.around import uses_around
from pipeline.themes.concepts import Concepts
from pipeline.themes.fallback_names import FLOOR
from pipeline.themes.label_text import head_noun
from pipeline.themes.name_checks import pos_tagger, complete_term, stands_alone
from pipeline.themes.phrases import NO_START, TOKEN
from pipeline.themes.stem_index import StemIndex
from pipeline.themes.vocabulary import (CONNECTORS, DETERMINERS, DOMAIN_STOP_WORDS, EDGE_WORDS, EVALUATIVE,
                                        place_words, stem_of, straight, fold, folded_stem)


# A name must be about what a good share of its theme's findings are about. A blind reader of 10 findings per
# theme judged a label wrong when only 1-3 of the 10 mentioned it; 3 in 10 is the least at which a name still
# describes a recognisable part of the theme. Coverage is counted loosely (the phrase's words in any order and
# form, or its abbreviation), so the threshold is set at that level, not above it.
COVERAGE = 0.3
# Least share of a mixed theme's findings that use the phrase a "Mixed findings: X" label names.
MIXED_SHARE = 0.2
# Statistics themes: most findings are figures ("8.7% in secondary schools") and no phrase covers them.
STATISTICS_SHARE = 0.6


def _content_words(phrase: str) -> list[str]:
    """The words of a phrase that `Coverage` looks for: not a connector, determiner or "and", not a number."""
    return [w for w in TOKEN.findall(phrase) if w[:1].isalpha() and w.lower() not in CONNECTORS | DETERMINERS | {"and"}]


_STEMS: dict[str, set[str]] = {}  # text -> its stems and abbreviations (Coverage._stems), bounded


# What depends on the texts alone (the stem index, the rows using each phrase, each stem's share of the texts, which
# texts hold a digit, the texts lower-cased, the share writing each phrase), kept for the last texts: the sub-themes
# are named twice and the broad themes once over the same findings, whose stems are the very same sets (`_STEMS`
# gives one set per distinct text, so the same sets in the same order are the same texts).
_BY_STEMS: list[tuple[list[set[str]], dict]] = []


def _by_stems(stems: list[set[str]]) -> dict:
    """The memo of `_BY_STEMS` for these stems (the same set objects, in order), a new empty one for others."""
    for held, memo in _BY_STEMS:
        if len(held) == len(stems) and all(a is b for a, b in zip(held, stems)):
            return memo
    memo: dict = {"using": {}}
    _BY_STEMS[:] = [(list(stems), memo)]
    return memo


class Coverage:
    """Which of the label sample's findings use a phrase: all its content words (stemmed: plural folded, first
    five letters), or the abbreviation of the field term it is (the glossary's: "IROs" covers "independent
    reviewing officers" and the other way round). tone: each text's polarity (strength / concern / neutral), when
    known."""

    def __init__(self, texts: list[str], theme_ids: np.ndarray, tone: np.ndarray | None = None):
        from pipeline.themes.cluster_text import read_glossary

        glossary = read_glossary()
        self.expansions = {a.lower(): {stem_of(fold(w)) for form in pair for w in form.split()}
                           for a, pair in glossary.items()}
        self.texts = texts
        # the same sample is read at both levels: each text's stems are worked out once per run
        self.stems = [_STEMS.get(text) or _STEMS.setdefault(text, self._stems(text)) for text in texts]
        if len(_STEMS) > 100_000:
            _STEMS.clear()
        self._by_stems = _by_stems(self.stems)
        if "numbers" not in self._by_stems:
            self._by_stems["numbers"] = np.array([bool(re.search(r"\d", text)) for text in texts])
        self.numbers = self._by_stems["numbers"]
        self.members: dict[int, np.ndarray] = {}
        for theme in sorted(set(int(t) for t in theme_ids)):
            self.members[theme] = np.flatnonzero(theme_ids == theme)
        self._cache: dict[tuple[int, str], np.ndarray] = {}
        self._alone: dict[tuple[int, str], bool] = {}
        self._everywhere_stems: dict[str, float] | None = None
        self._share_all: dict[str, float] = {}
        self.word_tally: dict[tuple[int, bool], tuple[Counter, dict[str, Counter]]] = {}  # `_dominant_word`'s
        self.word_keys: dict[tuple[int, bool], tuple[list[str], list]] = {}  # `_word_tally`'s, per (text, general)
        self.gram_counts: dict[int, Counter] = {}  # `_dominant_phrase`'s, per theme
        self._whole: dict[tuple[int, str], str | None] = {}
        self._theme_of: np.ndarray | None = None
        self._shares: dict[str, dict[int, float]] = {}
        self._using: dict[str, np.ndarray] = self._by_stems["using"]
        # phrase -> share of the sample using it as written
        self.everywhere: dict[str, float] = self._by_stems.setdefault("everywhere_written", {})
        self.lowered: list[str] | None = None  # the texts `_share_everywhere` reads, lower-cased
        self._concepts: Concepts | None = None
        self._lower: dict[int, str] = self._by_stems.setdefault("lower", {})
        self.runs_on: dict[tuple[int, str], bool] = {}  # `_part_runs_on`'s, per (theme, part)
        self.pattern_shares: dict[re.Pattern, float] = {}  # `broad_subjects`' share of all texts, per pattern
        self.fragment: dict[tuple[int, str], bool] = {}  # `_fragment_of`'s, per (theme, lower-cased word)
        self._figures: dict[int, float] = {}
        self.tone: np.ndarray | None = None if tone is None else np.asarray(tone, dtype=str)

    def concepts(self) -> Concepts:
        """The field's topics found in these texts (`concepts.Concepts`), worked out once."""
        if self._concepts is None:
            self._concepts = Concepts(self.texts)
        return self._concepts

    def everywhere_stems(self) -> dict[str, float]:
        """Stem -> share of all the findings whose stems hold it (worked out once)."""
        if self._everywhere_stems is None:
            if "everywhere" not in self._by_stems:
                counts = Counter(stem for stems in self.stems for stem in stems)
                self._by_stems["everywhere"] = {stem: n / max(len(self.stems), 1) for stem, n in counts.items()}
            self._everywhere_stems = self._by_stems["everywhere"]
        return self._everywhere_stems

    def share_all(self, phrase: str) -> float:
        """Share of all the findings that use `phrase` (as `of` counts a use), worked out once per phrase."""
        if phrase not in self._share_all:
            self._share_all[phrase] = len(self.using(phrase)) / max(len(self.stems), 1)
        return self._share_all[phrase]

    def lower(self, i: int) -> str:
        """Text i, quotes straightened and lower-cased (worked out once)."""
        text = self._lower.get(i)
        if text is None:
            text = self._lower[i] = straight(self.texts[i]).lower()
        return text

    def texts_of(self, theme: int) -> list[str]:
        """The texts of the theme's findings."""
        return [self.texts[i] for i in self.members[theme]]

    def alone(self, theme: int, phrase: str) -> bool:
        """Whether `phrase`, cut from a field term, is used on its own by the theme's findings (`stands_alone`)."""
        if complete_term(phrase) == phrase:
            return False
        key = (theme, phrase)
        if key not in self._alone:
            self._alone[key] = stands_alone(phrase, self.texts_of(theme))
        return self._alone[key]

    def _stems(self, text: str) -> set[str]:
        words = TOKEN.findall(text)
        stems = {folded_stem(w) for w in words if w[:1].isalpha()}
        # a hyphenated word also counts as its parts: "life-story work" uses "life story"
        stems |= {folded_stem(part) for w in words if "-" in w for part in w.split("-") if part[:1].isalpha()}
        for word in words:
            bare = word[:-1] if len(word) > 2 and word.endswith("s") and word[:-1].isupper() else word
            if bare.isupper() and bare.lower() in self.expansions:
                stems |= self.expansions[bare.lower()] | {bare.lower()}
        for abbreviation, expansion in self.expansions.items():
            if expansion <= stems:
                stems.add(abbreviation)
        return stems

    def _needed(self, phrase: str) -> set[str]:
        words = _content_words(phrase)
        return {w.lower() if w.isupper() else folded_stem(part) for w in words
                for part in ([w] if w.isupper() else w.split("-")) if part}

    def of(self, theme: int, phrase: str) -> np.ndarray:
        """(n members of `theme`,) bool: which of its sample findings use `phrase`."""
        key = (theme, phrase)
        if key not in self._cache:  # the texts that use it looked up once per phrase in the stem index
            used = np.zeros(len(self.texts), dtype=bool)
            used[self.using(phrase)] = True
            self._cache[key] = used[self.members[theme]]
        return self._cache[key]

    def shares(self, phrase: str) -> dict[int, float]:
        """Theme -> `share(theme, phrase)`, for every theme at once: the texts that use `phrase` are found in an index
        of stem -> texts and counted by theme, not every theme's texts read (worked out once per phrase)."""
        if phrase not in self._shares:
            if self._theme_of is None:
                self._theme_of = np.zeros(len(self.texts), dtype=np.int64)
                for theme, rows in self.members.items():
                    self._theme_of[rows] = theme
            counts = Counter(self._theme_of[self.using(phrase)].tolist())
            self._shares[phrase] = {theme: counts.get(theme, 0) / len(rows) if len(rows) else 0.0
                                    for theme, rows in self.members.items()}
        return self._shares[phrase]

    def using(self, phrase: str) -> np.ndarray:
        """Rows of all the texts that use `phrase` (as `of` counts a use), found in the stem index (built once; the
        rows kept per phrase)."""
        if phrase not in self._using:
            if "index" not in self._by_stems:
                self._by_stems["index"] = StemIndex(self.stems)
            self._using[phrase] = self._by_stems["index"].rows(self._needed(phrase))
        return self._using[phrase]

    def join(self, theme: int, phrases: list[str], most: int) -> list[str]:
        """Up to `most` of `phrases` (in order), each adding at least half of FLOOR of the theme's findings that
        the ones before do not use, and none with the head word of one before."""
        chosen: list[str] = []
        covered = np.zeros(len(self.members[theme]), dtype=bool)
        for phrase in phrases:
            gain = fraction(self.of(theme, phrase) & ~covered)
            if len(chosen) < most and gain >= FLOOR / 2 and head_noun(phrase) not in {head_noun(c) for c in chosen}:
                chosen.append(phrase)
                covered |= self.of(theme, phrase)
        return chosen

    def union(self, theme: int, phrases: list[str]) -> float:
        """Share of the theme's findings that use at least one of `phrases`."""
        covered = np.zeros(len(self.members[theme]), dtype=bool)
        for phrase in phrases:
            covered |= self.of(theme, phrase)
        return fraction(covered)

    def share(self, theme: int, phrase: str) -> float:
        covered = self.of(theme, phrase)
        return fraction(covered)

    def written(self, theme: int, phrase: str) -> float:
        """Share of the theme's findings that write `phrase` as a term: its words in order, each in any form, with at
        most connectors between them ("children in care", "child in care"), or its abbreviation; not, as `of` counts
        it, its words anywhere ("children's social care" is no use of "children in care")."""
        return fraction(self.written_rows(theme, phrase))

    def written_rows(self, theme: int, phrase: str) -> np.ndarray:
        """(n members of `theme`,) bool: which of its findings write `phrase` as a term (as `written` counts them)."""
        key = (theme, "\0" + phrase)
        if key not in self._cache:
            parts = [r"[\s-]+".join(re.escape(stem_of(fold(p.lower()))) + r"[a-z'’]*" for p in w.split("-") if p)
                     for w in _content_words(phrase)]
            gap = r"(?:[\s-]+(?:of|in|for|the|a|an|and|their|its|to|with)\b)*[\s-]+"
            forms = [r"(?<![a-z])" + gap.join(parts)]
            needed = self._needed(phrase)
            forms += [r"(?<![A-Za-z])" + re.escape(a.upper()) + r"s?(?![A-Za-z])"
                      for a, expansion in self.expansions.items()
                      if needed and needed <= expansion and expansion - needed <= CONNECTORS | DETERMINERS | {"and"}]
            pattern = re.compile("|".join(forms), re.IGNORECASE)
            rows = self.members[theme][self.of(theme, phrase)]  # only findings with its words can write it
            found = {int(i) for i in rows if pattern.search(self.texts[i])}
            self._cache[key] = np.array([int(i) in found for i in self.members[theme]], dtype=bool)
        return self._cache[key]

    def whole(self, theme: int, phrase: str) -> str | None:
        """`phrase` with the word that precedes or follows it in most of its uses in the theme put back
        ("assurance framework" -> "quality assurance framework"); None when it is mostly the tail of "X and
        <phrase>" ("difficulties questionnaires" of "strengths and difficulties questionnaires") or ends in an
        adjective of the word that mostly follows it ("joint strategic" of "joint strategic needs assessment"): a
        candidate cut from a longer term is no name."""
        if (theme, phrase) not in self._whole:
            self._whole[(theme, phrase)] = self._whole_of(theme, phrase)
        return self._whole[(theme, phrase)]

    def _whole_of(self, theme: int, phrase: str) -> str | None:
        rows = self.members[theme][self.of(theme, phrase)]  # only findings with the phrase's words are searched
        matches = [m for i in rows for m in _around_words(phrase, self.texts[i])]
        if not matches:
            return phrase
        before = Counter(word for word, _ in matches)
        after = Counter(word for _, word in matches)
        word, count = before.most_common(1)[0]
        if word in ("and", "or") and count >= 0.6 * len(matches):
            return None
        if self._joins(word, count, len(matches)) and len(phrase.split()) < 4:
            return f"{word} {phrase}"
        word, count = after.most_common(1)[0]
        if self._joins(word, count, len(matches)) and len(phrase.split()) >= 2 and len(phrase.split()) < 5:
            return f"{phrase} {word}"
        if word.isalpha() and count >= 2 and count >= CUT_SHARE * len(matches) and _modifier_before(phrase, word):
            return None  # "joint strategic" of "joint strategic needs assessment": an adjective cut from its noun
        return phrase

    @staticmethod
    def _joins(word: str, count: int, total: int) -> bool:
        """Whether `word`, beside a phrase in `count` of its `total` uses, belongs to it."""
        return (bool(word) and count >= 2 and count >= 0.6 * total and word.isalpha()
                and word not in ENGLISH_STOP_WORDS | EVALUATIVE | place_words() | NO_START
                and word not in DOMAIN_STOP_WORDS - EDGE_WORDS)

    def figures(self, theme: int) -> float:
        """Share of the theme's findings that give a count or rate (`FIGURE`), worked out once per theme."""
        if theme not in self._figures:
            rows = self.members[theme]
            # FIGURE needs a digit or "per cent": the texts with neither (most) are not searched
            figures = [(self.numbers[i] or "per cent" in self.texts[i]) and bool(FIGURE.search(self.texts[i]))
                       for i in rows]
            self._figures[theme] = float(np.mean(figures)) if len(rows) else 0.0
        return self._figures[theme]

    def statistics(self, theme: int) -> bool:
        """Most of the theme's sample findings are figures."""
        rows = self.members[theme]
        return len(rows) > 0 and float(self.numbers[rows].mean()) >= STATISTICS_SHARE


@lru_cache(maxsize=200_000)  # a phrase is looked for in the same findings at both levels and by each naming
def _around_words(phrase: str, text: str) -> tuple[tuple[str, str], ...]:
    """(word before, word after), lower-cased ("" for none), of each use of `phrase` in `text` (`uses_around`)."""
    return tuple(((m.group(1) or "").lower(), (m.group(3) or "").lower()) for m in uses_around(phrase, text))


def fraction(mask: np.ndarray) -> float:
    """Share of True in a boolean array (0 when empty): the same float as its mean, without numpy's overhead."""
    return np.count_nonzero(mask) / len(mask) if len(mask) else 0.0


# Share of a phrase's uses followed by one word at which the phrase, when it ends in an adjective there, is cut.
CUT_SHARE = 0.8


@lru_cache(maxsize=20_000)  # the same cut phrase is asked about in several themes and at both levels
def _modifier_before(phrase: str, word: str) -> bool:
    """Whether the phrase's last word reads as an adjective before `word` ("strategic" in "joint strategic needs"),
    by spaCy's tagger (False without its English model)."""
    nlp = pos_tagger()
    if nlp is None:
        return False
    doc = nlp(f"{phrase} {word}")
    return len(doc) >= 2 and doc[-2].pos_ == "ADJ"


# A figure that counts or compares ("8.7%", "42 per cent", "1,268 live with", "92 (or 20%)"), not an age ("16- and
# 17-year-olds", "aged 18"), a year ("2015") or a numbered paragraph: findings about homeless 16-year-olds are no
# statistics.
FIGURE = re.compile(r"\d%|\bper cent\b|\b\d{1,3},\d{3}\b"  # a percentage, a count in thousands
                    r"|(?<![\d.,-])(?!(?:19|20)\d\d\b)(?:2[6-9]|[3-9]\d|\d{3,4})\b"  # a count above any age, no year
                    r"(?![.\d]*\s*-?\s*year)(?!\.\S)")  # not "30-year", not a paragraph number ("38.Managers")


# Least share of a theme's findings that give counts or rates (`FIGURE`) for its topic to be said as "Statistics on X":
# read 20 found "Schools" over area statistics of pupils (57% of its findings give figures) wrong beside "School,
# including virtual school".
FIGURE_SHARE = 0.5
