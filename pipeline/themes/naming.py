"""Theme names: each theme's own key phrases by class-based TF-IDF, named by the phrase nearest its centre.

Candidates are phrases the findings themselves contain: runs of up to three content words between stop words and
punctuation ("strategy discussions", "special guardianship orders"), and two runs joined by of / in / for
("police involvement in strategy discussions", "voice of the child"). Evaluative words ("rigorous", "poor",
"timely"), words every children's services document uses ("council", "services"), months and place names end a
run, so a phrase never starts or ends with them. Phrases are counted under a folded key (lower case, plural
folded), and shown as they are most often written (acronyms kept: "CAMHS").

c-TF-IDF treats all findings of one theme as one document: a phrase scores high when many of the theme's
findings use it and few other themes do. A name must also be used by a good share of the theme's findings
(COVERAGE): a distinctive phrase two findings in ten use is a keyword, not the theme's name. Labels are distinct
by their words. The fallbacks are in `pipeline.themes.fallback_names`: a label of one part of its theme is widened
to what most of it shares (`widened`: "Health, including mental health"); a theme with no phrase left is named by
the one word most of it is about ("Assessments, various aspects", but never by a word a quarter of all themes use:
`widespread`), else called "Mixed findings:
X" (or "Statistics on X") when X is what a fair part of it mentions, else "Mixed findings, no common topic",
rather than given a name that misleads; no two themes get one label (a theme with no common topic says what a
tenth of it is on: "Mixed findings, one in eight on X"). Findings grouped by a general word most of them use are "Mixed
findings mentioning X"; themes left mixed are named by the field's topics (`pipeline.themes.concepts`), matched so
that as many are named as can be, and a sub-theme mostly about what another is named holds "X, further findings".
Broad themes with no common topic are named by their sub-themes' topics (`broad_from_children`), and sub-themes
still alike by a keyword a fifth of their findings use (`distinguish_alike`). No part below a tenth of a theme is
said ("very few on X" misled); a mixed theme may be said by a field topic a part of it is on (`_topic_parts`) or by
its tone ("mostly strengths": `_tone`), and a smaller sub-theme whose label says nothing a larger one's does not
holds "further findings" on it (`tell_near_alike`). Only the
best few candidates per theme are POS-tagged (as phrases, by spaCy when its English model is installed), to
keep noun phrases and drop verb fragments ("members noted"): the cost does not grow with the number of findings.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from functools import lru_cache
from typing import Callable, Iterator, NamedTuple

import numpy as np
import pandas as pd
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.themes.around import uses_around
from pipeline.themes.concepts import LIFT, Concepts
from pipeline.themes.fallback_names import (DOMINANT_SHARE, FLOOR, WORD_LIFT, _dominant_phrase, _dominant_term,
                                            _dominant_word, _dominant_words, _head, _inner, _is_topic, _kinds, _listing,
                                            _too_common, needs_object, widened, widespread)
from pipeline.themes.name_checks import (_FIELD_ITSELF, AGE_WORDS, GENERIC_NAMES, LONE_GENERIC, NOUN_POS,
                                         STATISTIC_WORDS, VAGUE_WORDS, WHOLE_FIELD, _field_term_set, _tagger,
                                         _opens_with_participle, complete_term, name_problems, noun_phrases,
                                         stands_alone)
from pipeline.themes.stem_index import StemIndex
from pipeline.themes.phrases import NO_START, TOKEN, phrases_of
from pipeline.themes.written_clause import written_clause_names
from pipeline.themes.written_phrase import FURTHER_SHARE, shared_head_names, written_phrase_names
from pipeline.themes.vocabulary import (_POPULATION, CONNECTORS, DETERMINERS, DOMAIN_STOP_WORDS, EDGE_WORDS, EVALUATIVE,
                                        _bare, _label_key, _place_words, _shown, _stem, _straight, _synonyms,
                                        canonical, fold, folded_stem)

LABEL_SAMPLE = 30       # findings per theme read for its name (spread over the theme: cluster.label_members)



def prepare() -> None:
    """Load spaCy's English tagger in this process now instead of on first use (`run` loads it while the segment
    stage's workers work)."""
    _tagger()


def ctfidf_phrases(texts: list[str], theme_ids: np.ndarray, top_n: int = 10,
                   found: list[list[tuple[str, str]]] | None = None,
                   max_share: float = 0.5, tally: PhraseTally | None = None
                   ) -> tuple[dict[int, list[str]], dict[str, str]]:
    """Top `top_n` phrase keys per theme by class-based TF-IDF (best first), and the usual written form of each key.

    A phrase counts once per finding; it must occur in at least two findings of a theme (or in its only finding)
    to name it, and one used by more than `max_share` of the themes is corpus-wide vocabulary, not a theme's own.
    found: `phrases_of` of each text when the caller already has them. tally: `PhraseTally(theme_ids, found)`
    when the caller asks for the same texts and themes more than once.
    """
    if tally is None:
        found = found if found is not None else [phrases_of(str(text)) for text in texts]
        tally = PhraseTally(theme_ids, found)
    if tally.matrix is None:
        return {theme: [] for theme in tally.themes}, tally.shown
    keep = tally.spread <= max(2, int(len(tally.themes) * max_share))
    scores, counts = tally.scores, tally.matrix
    result = {}
    for row, theme in enumerate(tally.themes):
        # The theme's own phrases only (its row's stored entries, by column): a phrase it never uses scores 0.
        span = slice(scores.indptr[row], scores.indptr[row + 1])
        columns, raw = scores.indices[span], counts.data[span]
        score = scores.data[span] * keep[columns] * (raw >= min(2, raw.max(initial=0)))
        order = np.argsort(-score, kind="stable")  # ties by column, i.e. alphabetically
        result[theme] = [str(tally.names[columns[i]]) for i in order[:top_n] if score[i] > 0]
    return result, tally.shown


def usual_forms(found: list[list[tuple[str, str]]]) -> dict[str, str]:
    """Phrase key -> its most frequent surface in `found` (the first seen among equally frequent ones)."""
    pairs = Counter(pair for phrases in found for pair in phrases)  # (key, surface) -> count, in first-seen order
    shown: dict[str, str] = {}
    best: dict[str, int] = {}
    for (key, surface), count in pairs.items():
        if count > best.get(key, 0):
            shown[key], best[key] = surface, count
    return shown


class PhraseTally:
    """The phrase counts per theme and their c-TF-IDF scores, before any phrase is left out.

    themes: the theme ids, sorted (row i = themes[i]); names: the phrase keys, sorted (column j = names[j]);
    matrix: (themes, names) csr float64, how many findings of each theme use each phrase (None when no finding
    has a phrase); scores: the same shape and stored entries, the c-TF-IDF scores; spread: per phrase, how many
    themes use it; shown: phrase key -> its usual written form.
    """

    def __init__(self, theme_ids: np.ndarray, found: list[list[tuple[str, str]]]):
        theme_ids = np.asarray(theme_ids)
        self.themes = sorted(set(int(t) for t in theme_ids))
        self.shown = usual_forms(found)
        keys = [{key for key, _ in phrases} for phrases, _ in zip(found, theme_ids)]  # a phrase counts once per finding
        vocabulary = sorted(set().union(*keys))
        self.matrix = None
        if not vocabulary:
            return
        column = {term: i for i, term in enumerate(vocabulary)}
        index = {theme: row for row, theme in enumerate(self.themes)}
        rows = np.repeat([index[int(theme)] for theme in theme_ids[:len(keys)]], [len(k) for k in keys])
        cols = [column[key] for k in keys for key in k]
        # One entry per (finding, phrase); the sparse matrix sums them into counts per theme.
        matrix = csr_matrix((np.ones(len(cols)), (rows, cols)), shape=(len(self.themes), len(vocabulary)),
                            dtype=np.float64)
        matrix.sum_duplicates()  # canonical (already so from scipy; ctfidf_phrases reads entries in column order)
        self.spread = np.asarray((matrix > 0).sum(axis=0)).ravel()
        frequency = np.asarray(matrix.sum(axis=0)).ravel()
        average = matrix.sum() / max(len(self.themes), 1)
        per_theme = 1.0 / np.maximum(np.asarray(matrix.sum(axis=1)).ravel(), 1)
        tf = matrix.data * per_theme[np.repeat(np.arange(len(self.themes)), np.diff(matrix.indptr))]
        idf = np.log(1 + average / np.maximum(frequency, 1))
        # A phrase names a theme better than a single word; the boost lets a frequent phrase win.
        length_boost = np.array([1.0 + 0.35 * min(term.count(" "), 2) for term in vocabulary])
        # Stored entry for entry like the counts (same indices and indptr), which ctfidf_phrases relies on.
        self.scores = csr_matrix((tf * (idf * length_boost)[matrix.indices], matrix.indices, matrix.indptr),
                                 shape=matrix.shape)
        self.matrix = matrix
        self.names = np.array(vocabulary)


def _drop_nested(terms: list[str]) -> list[str]:
    """Keep the higher-ranked of two terms when one contains the other ("caseload" beside "high caseload")."""
    kept: list[str] = []
    for term in terms:
        words = set(term.split())
        if any(words <= set(k.split()) or set(k.split()) <= words for k in kept):
            continue
        kept.append(term)
    return kept


def name_from_terms(terms: list[str], scores: np.ndarray | None = None) -> str:
    """A short name from a theme's candidate phrases (best first, as written): its best phrase, joined with a
    second one ("Recruitment and retention") when both are short, distinct in meaning and scored nearly as high."""
    if not terms:
        return "Miscellaneous"
    scores = np.asarray(scores) if scores is not None else 1.0 - 0.01 * np.arange(len(terms))
    order = np.argsort(-scores, kind="stable")
    first = terms[order[0]]
    stems = {_stem(w.lower()) for w in first.split()}
    second = next((terms[i] for i in order[1:4]
                   if not {_stem(w.lower()) for w in terms[i].split()} & stems and scores[i] > scores[order[0]] - 0.05),
                  "")
    label = first
    words_first, words_second = len(first.split()), len(second.split())
    if second and words_first <= 2 and words_second <= 2 and words_first + words_second <= 3:
        label = f"{first} and {second}"
    return label[:1].upper() + label[1:]


def key_phrases(texts: list[str], theme_ids: np.ndarray, top_n: int = 10,
                found: list[list[tuple[str, str]]] | None = None, max_share: float = 0.5,
                tally: PhraseTally | None = None) -> dict[int, list[str]]:
    """Top `top_n` key phrases per theme as written, noun phrases only, none used by more than `max_share` of
    the themes."""
    candidates, shown = ctfidf_phrases(texts, theme_ids, top_n=top_n * 2, found=found, max_share=max_share,
                                       tally=tally)
    nouns = noun_phrases(sorted({shown[k] for words in candidates.values() for k in words}))
    return {theme: [shown[k] for k in _drop_nested([k for k in keys if shown[k] in nouns])][:top_n]
            for theme, keys in candidates.items()}


def name_themes(texts: pd.Series | list[str], theme_ids: np.ndarray, top_n: int = 10,
                centroids: np.ndarray | None = None, embedder=None,
                found: list[list[tuple[str, str]]] | None = None, taken: set[str] | None = None,
                max_parts: int = 1, every: tuple[list[str], np.ndarray] | None = None,
                tone: np.ndarray | None = None, covers: Coverage | None = None) -> pd.DataFrame:
    """Labels and keywords per theme: columns theme_id, label, keywords ("; "-joined).

    texts and theme_ids: the findings read for labels (the themes stage passes a bounded sample per theme).
    centroids (row i = theme i) and embedder: when given, the label is the candidate phrase nearest the theme's
    centre in meaning among those that enough of the theme's findings use (see COVERAGE); otherwise the best
    c-TF-IDF phrase among those. found: `phrases_of` of each text, when the caller labels the same texts at two
    levels. taken: labels (lower case) no theme may get, e.g. the sub-themes' labels when naming broad themes.
    max_parts: up to how many phrases a label joins ("Foster carers and private fostering"): broad themes hold
    several topics, so a second phrase is added when it covers findings the first does not.
    every: (texts, theme ids) of all the themes' findings, when `texts` is a sample of them: a label's coverage
    is then counted over every finding of its theme, not only over the sample (a term of a few sample findings
    must not name a theme whose other findings do not use it).
    tone: each finding's polarity (strength / concern / neutral), row for row with `every` (else with `texts`):
    a theme with no common topic may be said to be mostly strengths or shortfalls.
    covers: the `Coverage` of `every` (with `tone`), when the caller has built it already and reads it afterwards.
    """
    texts = [str(text) for text in texts]
    theme_ids = np.asarray(theme_ids)
    found = found if found is not None else [phrases_of(text) for text in texts]
    tally = PhraseTally(theme_ids, found)
    phrases = key_phrases(texts, theme_ids, top_n=max(top_n, 12), tally=tally)
    # Keywords: only phrases particular to a few themes ("care leavers" may name a theme, but as a keyword of a
    # fifth of all themes it tells a reader nothing).
    keywords = key_phrases(texts, theme_ids, top_n=top_n, max_share=0.2, tally=tally)
    # The fallback pool: phrases most of a theme's findings use, however common elsewhere; single words only
    # from the distinctive pool (a frequent lone word is rarely a name: "form", "line").
    frequent = {theme: [p for p in words if " " in p] for theme, words in _frequent_phrases(tally, 10).items()}
    nouns = noun_phrases(sorted({p for words in frequent.values() for p in words}))
    if covers is None:
        covers = Coverage(texts, theme_ids, tone) if every is None else Coverage([str(t) for t in every[0]],
                                                                                  np.asarray(every[1]), tone)
    candidates = {}
    for theme, words in phrases.items():
        pool = list(dict.fromkeys([*words, *(p for p in frequent.get(theme, []) if p in nouns)]))
        # a phrase cut from a field term is made whole, unless the theme uses it on its own ("early help")
        whole = list(dict.fromkeys(_straight(w if covers.alone(theme, w) else complete_term(w)) for w in pool))
        longer = {w: covers.whole(theme, w) for w in whole}
        # the word put back must leave a noun phrase ("build trusting relationships" is a verb's object)
        nouns_too = noun_phrases(sorted(set(v for v in longer.values() if v) - set(whole)))
        # an adverb put back ("privately" of "privately arranged fostering placement") is part of the name, which
        # the tagger reads as no noun phrase: the phrase without it says another thing (read 31: "Arranged fostering
        # placement" over private fostering)
        whole = list(dict.fromkeys(v if v in nouns_too or _adverb_cut(w, v) else w for w, v in longer.items()
                                   if v is not None))
        candidates[theme] = [w for w in whole if not name_problems([w[:1].upper() + w[1:]], covers.texts_of(theme))
                             and (" " in w or _specific_word(w, theme, tally))]
    scores = _meaning_scores(candidates, centroids, embedder)
    # What a theme's findings mention, for a theme with no common topic: its candidates first, then any noun
    # phrase or noun several of its findings use (so that many mixed themes are still told apart by words).
    common = _frequent_phrases(tally, 30)
    common_nouns = noun_phrases(sorted({p for words in common.values() for p in words}))
    mentions = {t: list(dict.fromkeys(candidates[t] + phrases[t] + [p for p in frequent.get(t, []) if p in nouns]
                                      + [p for p in common.get(t, []) if p in common_nouns]))
                for t in candidates}
    labels = _choose_labels(candidates, scores, covers, taken or set(), max_parts, mentions)
    return pd.DataFrame(
        [{"theme_id": theme, "label": labels[theme],
          "keywords": "; ".join(keywords.get(theme) or phrases[theme][:top_n])} for theme in sorted(labels)],
        columns=["theme_id", "label", "keywords"])


def _adverb_cut(phrase: str, longer: str) -> bool:
    """Whether `longer` is `phrase` with an adverb put back before it ("privately arranged fostering placement"):
    the phrase alone says another thing ("arranged fostering placement")."""
    added = longer[:-len(phrase)].strip() if longer.endswith(phrase) and longer != phrase else ""
    if not added.isalpha() or not added.endswith("ly"):
        return False
    nlp = _tagger()  # an adverb of the participle or adjective that starts the phrase ("early help" names a help)
    doc = nlp(longer) if nlp is not None else []
    return len(doc) >= 2 and doc[0].pos_ == "ADV" and (doc[1].pos_ in ("VERB", "ADJ") or doc[1].tag_ == "VBN")


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


class Coverage:
    """Which of the label sample's findings use a phrase: all its content words (stemmed: plural folded, first
    five letters), or the abbreviation of the field term it is (the glossary's: "IROs" covers "independent
    reviewing officers" and the other way round). tone: each text's polarity (strength / concern / neutral), when
    known."""

    def __init__(self, texts: list[str], theme_ids: np.ndarray, tone: np.ndarray | None = None):
        from pipeline.themes.cluster_text import read_glossary

        glossary = read_glossary()
        self.expansions = {a.lower(): {_stem(fold(w)) for form in pair for w in form.split()}
                           for a, pair in glossary.items()}
        self.texts = texts
        # the same sample is read at both levels: each text's stems are worked out once per run
        self.stems = [_STEMS.get(text) or _STEMS.setdefault(text, self._stems(text)) for text in texts]
        if len(_STEMS) > 100_000:
            _STEMS.clear()
        self.numbers = np.array([bool(re.search(r"\d", text)) for text in texts])
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
        self._index: StemIndex | None = None
        self._theme_of: np.ndarray | None = None
        self._shares: dict[str, dict[int, float]] = {}
        self._using: dict[str, np.ndarray] = {}
        self.everywhere: dict[str, float] = {}  # phrase -> share of the sample using it as written
        self.lowered: list[str] | None = None  # the texts `_share_everywhere` reads, lower-cased
        self._concepts: Concepts | None = None
        self._lower: dict[int, str] = {}
        self.runs_on: dict[tuple[int, str], bool] = {}  # `_part_runs_on`'s, per (theme, part)
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
            counts = Counter(stem for stems in self.stems for stem in stems)
            self._everywhere_stems = {stem: n / max(len(self.stems), 1) for stem, n in counts.items()}
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
            text = self._lower[i] = _straight(self.texts[i]).lower()
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
            if self._index is None:
                self._index = StemIndex(self.stems)
            self._using[phrase] = self._index.rows(self._needed(phrase))
        return self._using[phrase]

    def join(self, theme: int, phrases: list[str], most: int) -> list[str]:
        """Up to `most` of `phrases` (in order), each adding at least half of FLOOR of the theme's findings that
        the ones before do not use, and none with the head word of one before."""
        chosen: list[str] = []
        covered = np.zeros(len(self.members[theme]), dtype=bool)
        for phrase in phrases:
            gain = _fraction(self.of(theme, phrase) & ~covered)
            if len(chosen) < most and gain >= FLOOR / 2 and _head(phrase) not in {_head(c) for c in chosen}:
                chosen.append(phrase)
                covered |= self.of(theme, phrase)
        return chosen

    def union(self, theme: int, phrases: list[str]) -> float:
        """Share of the theme's findings that use at least one of `phrases`."""
        covered = np.zeros(len(self.members[theme]), dtype=bool)
        for phrase in phrases:
            covered |= self.of(theme, phrase)
        return _fraction(covered)

    def share(self, theme: int, phrase: str) -> float:
        covered = self.of(theme, phrase)
        return _fraction(covered)

    def written(self, theme: int, phrase: str) -> float:
        """Share of the theme's findings that write `phrase` as a term: its words in order, each in any form, with at
        most connectors between them ("children in care", "child in care"), or its abbreviation; not, as `of` counts
        it, its words anywhere ("children's social care" is no use of "children in care")."""
        key = (theme, "\0" + phrase)
        if key not in self._cache:
            parts = [r"[\s-]+".join(re.escape(_stem(fold(p.lower()))) + r"[a-z'’]*" for p in w.split("-") if p)
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
        covered = self._cache[key]
        return _fraction(covered)

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
        matches = [m for i in rows for m in uses_around(phrase, self.texts[i])]
        if not matches:
            return phrase
        before = Counter((m.group(1) or "").lower() for m in matches)
        after = Counter((m.group(3) or "").lower() for m in matches)
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
                and word not in ENGLISH_STOP_WORDS | EVALUATIVE | _place_words() | NO_START
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


def _fraction(mask: np.ndarray) -> float:
    """Share of True in a boolean array (0 when empty): the same float as its mean, without numpy's overhead."""
    return np.count_nonzero(mask) / len(mask) if len(mask) else 0.0


# Share of a phrase's uses followed by one word at which the phrase, when it ends in an adjective there, is cut.
CUT_SHARE = 0.8
# Prefixes that make one word with the next ("sub group" is the one word "sub-group"): a label of two words whose
# first is one of them is held to the test of a lone word.
BOUND_PREFIXES = {"sub", "co", "pre", "post", "non", "multi", "inter", "re", "semi", "cross", "anti", "self", "mid"}


def _one_word(label: str) -> str:
    """`label` as the one word it is when its first word is a bound prefix ("Sub group" -> "Sub-group"), else as
    it is."""
    words = label.split()
    return "-".join(words) if len(words) == 2 and words[0].lower() in BOUND_PREFIXES else label


def _modifier_before(phrase: str, word: str) -> bool:
    """Whether the phrase's last word reads as an adjective before `word` ("strategic" in "joint strategic needs"),
    by spaCy's tagger (False without its English model)."""
    nlp = _tagger()
    if nlp is None:
        return False
    doc = nlp(f"{phrase} {word}")
    return len(doc) >= 2 and doc[-2].pos_ == "ADJ"


def _frequent_phrases(tally: PhraseTally, top_n: int, max_share: float = 1.0) -> dict[int, list[str]]:
    """The `top_n` phrases most of each theme's findings use (as written), whatever their c-TF-IDF: the pool a
    name falls back to when the distinctive phrases are each used by only a few findings."""
    if tally.matrix is None:
        return {theme: [] for theme in tally.themes}
    keep = tally.spread <= max(2, int(len(tally.themes) * max_share))
    out = {}
    for row, theme in enumerate(tally.themes):
        span = slice(tally.matrix.indptr[row], tally.matrix.indptr[row + 1])
        columns, counts = tally.matrix.indices[span], tally.matrix.data[span] * keep[tally.matrix.indices[span]]
        order = np.lexsort((columns, -counts))
        out[theme] = [tally.shown[str(tally.names[columns[i]])] for i in order[:top_n] if counts[i] >= 2]
    return out


def _specific_word(word: str, theme: int, tally: PhraseTally) -> bool:
    """A single word names a theme only when it is not a generic word and the theme holds a good share (a fifth)
    of the sample findings that use it: "chronologies" does, "relationships", used in every theme, does not."""
    if fold(word.lower()) in GENERIC_NAMES | LONE_GENERIC or word.lower() in LONE_GENERIC:
        return False
    if tally.matrix is None:
        return True
    where = np.flatnonzero(tally.names == fold(word))
    if not len(where):
        return True
    column = tally.matrix[:, int(where[0])].toarray().ravel()
    row = tally.themes.index(theme)
    return column.sum() == 0 or column[row] / column.sum() >= 0.2


def _meaning_scores(candidates: dict[int, list[str]], centroids: np.ndarray | None, embedder
                    ) -> dict[int, np.ndarray]:
    """Per theme, a score per candidate: closeness of its embedding to the theme's centre (when centroids and an
    embedder are given), a small bonus for c-TF-IDF rank and for phrases of two words or more."""
    vectors, index = None, {}
    if embedder is not None and centroids is not None:
        unique = sorted({p for words in candidates.values() for p in words})
        if unique:
            vectors = embedder.embed(unique)
            vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
            index = {p: i for i, p in enumerate(unique)}
    scores = {}
    for theme, names in candidates.items():
        rank = 0.03 * (1 - np.arange(len(names)) / max(len(names), 1))
        multiword = np.array([0.04 if " " in w else 0.0 for w in names])
        meaning = (vectors[[index[w] for w in names]] @ centroids[theme] if vectors is not None and names
                   else np.zeros(len(names)))
        scores[theme] = meaning + rank + multiword
    return scores


def _choose_labels(candidates: dict[int, list[str]], scores: dict[int, np.ndarray], covers: Coverage,
                   taken: set[str], max_parts: int, mentions: dict[int, list[str]]) -> dict[int, str]:
    """One distinct label per theme. Candidates used by at least COVERAGE of the theme's findings compete on
    score (a lone word needs twice that); without one, the best-covered phrases of two words or more do. When
    two themes want the same label, the one whose findings use it most gets it (ties: the larger theme); the
    other takes its next candidate, never "label: suffix". A theme left without a candidate is called mixed."""
    choices, shares = {}, {}
    for theme in sorted(candidates):
        names, score = candidates[theme], scores[theme]
        share = shares[theme] = np.array([covers.share(theme, w) for w in names])
        order = list(np.argsort(-score, kind="stable"))
        # A lone word must be used widely: a word a few findings use ("sisters", "line") names no theme.
        # (an abbreviation of the field's glossary is a term of several words: "DCS", "IROs")
        single = np.array([" " not in w and _bare(w).lower() not in covers.expansions for w in names], dtype=bool)
        # A lone acronym ("MASH", "DCS") names a theme only when most of it is about that thing: a reader takes it
        # for the theme's whole subject, and a theme that mentions the MASH in a third of its findings is wider.
        acronym = np.array([" " not in w and _bare(w).lower() in covers.expansions for w in names], dtype=bool)
        good = [i for i in order if share[i] >= COVERAGE and (not single[i] or share[i] >= 2 * COVERAGE)
                and (not acronym[i] or share[i] >= DOMINANT_SHARE)]
        # a broad label's first part, like every further one (`_joined`), covers a real share of it: a part of
        # fewer (read 19: "Independent reviewing officers and management oversight", IROs in 14 in 100) is absent
        # from what a reader of ten of its findings finds
        least = 1.5 * BROAD_PART if max_parts > 2 else FLOOR
        rest = [i for i in order if i not in good and not single[i] and not acronym[i] and share[i] >= least]
        # Each candidate alone (or joined as _joined decides); then the well-covered ones joined with a further
        # part: a theme whose label another theme has is named by two topics ("Care leavers and accommodation").
        # A label must say what a good share of the theme is about: its parts together cover at least COVERAGE
        # of the theme's findings (a phrase of a few findings joined with nothing is no name).
        # Made and checked only as far as they are read (most themes take their first choice; the checks tag words).
        choices[theme] = _InOrder(_choices(theme, names, good, rest, order, share, covers, max_parts))
    first_share = {t: (covers.share(t, _first_phrase(choices[t][0], candidates[t])) if choices[t] else 0.0)
                   for t in choices}
    used = {_label_key(text) for text in taken}
    labels = {}
    wanted: dict[int, list[str]] = {}  # a mixed theme's labels, best first (`_given_back`)
    for theme in sorted(choices, key=lambda t: (-round(first_share[t], 6), t)):
        label = next((text for text in choices[theme] if _label_key(text) not in used), None)
        if label is None and choices[theme] and first_share[theme] >= DOMINANT_SHARE:
            # its name (or a synonym: "LAC", "Children in care") is another's, and most of it is about that:
            label = _qualified(covers, theme, choices[theme][0], candidates[theme] + mentions[theme], used)
            # nothing of its own tells a sub-theme apart: said plainly ("Pathway plans, further findings")
            further = f"{choices[theme][0]}, further findings"
            if label is None and max_parts < 3 and first_share[theme] >= FURTHER_SHARE \
                    and _label_key(further) not in used:
                label = further
        if label is not None and not label.endswith(", further findings"):  # a phrase of a part of the theme,
            # widened to what most of it shares
            wider = widened(covers, theme, label)
            # "Mental health and health assessments", parts that share a word: widened from its first part
            parts = [set(fold(w) for w in part.split()) for part in re.split(r", | and ", label.lower())]
            if wider == label and len(parts) > 1 and set.intersection(*parts):
                first = _first_phrase(label, candidates[theme])
                prefix = "Statistics on " if label.startswith("Statistics on ") else ""
                alone = widened(covers, theme, prefix + first[:1].upper() + first[1:])
                wider = alone if alone.lower() != (prefix + first).lower() else label
            label = wider if _label_key(wider) not in used else label
        if label is None:  # what most of its findings say in so many words, when that is a usable name
            dominant = _dominant_phrase(covers, theme)
            if dominant and _label_key(dominant) not in used and _usable(covers, theme, dominant):
                label = dominant
        if label is None:  # a term of the field's glossary most of its findings use, in any of its forms
            term = _dominant_term(covers, theme)
            if term and _label_key(term) not in used:
                label = term
            elif term:  # another theme has it or a synonym ("LAC"): told apart by a phrase of its own
                label = _qualified(covers, theme, term, candidates[theme] + mentions[theme], used)
        if label is None:  # one subject most of its findings name, a word too general to be a name alone
            word = _dominant_word(covers, theme, DOMINANT_SHARE) or _dominant_phrase(covers, theme, whole_field=True)
            if word and widespread(covers, word):  # everyone's subject: the kinds of it this theme names, if any
                # else said as what it is: mixed findings that most of it is about that subject
                kinds = _kinds(covers.texts_of(theme), word)
                if kinds is None and not name_problems([word[:1].upper() + word[1:]]):
                    kinds = f"Mixed findings, mostly on {_inner(word)}"
                word = None  # "mostly on young people" names the whole field (read 20: meaningless)
                if kinds is not None and _label_key(kinds) not in used:
                    label = kinds
            if word and "-" in word:  # "Sub-group", "Multi-agency": a word of a compound, no subject
                word = None
            if word and fold(word.lower()) in GENERIC_NAMES:  # "Board, various aspects": which board?
                kinds = _kinds(covers.texts_of(theme), word, frame=True)  # "Improvement, wellbeing and other boards"
                if kinds and _label_key(kinds) not in used:
                    label, word = kinds, None
            if word and fold(word.lower()) in VAGUE_WORDS:  # "Cases, various aspects", "Home, ...": no subject
                word = None
            if word and needs_object(covers.texts_of(theme), word):  # "Access, various aspects": access to what?
                word = None
            if word and _label_key(f"{word}, various aspects") not in used:
                label = f"{word}, various aspects"
        if label is None:  # no candidate survives the checks: say the theme is mixed, and what most of it uses
            base = "Statistics" if covers.statistics(theme) else "Mixed findings"
            # a phrase cut from a field term made whole, as for candidates ("home interviews" -> "return home ...")
            whole = list(dict.fromkeys(w if covers.alone(theme, w) else complete_term(w) for w in mentions[theme]))
            named = [w for w in whole if not name_problems([w[:1].upper() + w[1:]])] or whole
            # what most of it mentions: phrases used by at least FLOOR of it first, phrases before lone words
            share = np.array([covers.share(theme, w) for w in named])
            rank = share + (share >= FLOOR) + 0.5 * np.array([" " in w for w in named])
            by_share = [named[i] for i in np.argsort(-rank, kind="stable")]
            # "Mixed findings: X" when X is what a fair part of it mentions (a blind reader judged a weak X, used by
            # 1 or 2 of 10 findings, wrong); else the label says plainly that there is no common topic, and only
            # when another theme has that label does a weak X tell the two apart (rather than a number).
            plain = f"{base}, {'mixed topics' if base == 'Statistics' else 'no common topic'}"
            # "Mixed findings: A, B and C": the topics that together a fair part of it is about, each a noun
            # phrase used by at least FLOOR of its findings (a word a few findings share is no topic).
            listed = [w for w in by_share if (" " in w or w in candidates[theme]) and covers.share(theme, w) >= FLOOR
                      and _subject(covers, theme, w, FLOOR)]
            keys = [_label_key(w) for w in listed]  # "MASH" says what "multi-agency safeguarding hub" says
            listed = [w for i, w in enumerate(listed) if keys[i] not in keys[:i]]
            forms = [f"{base}: {_listing(covers.join(theme, listed[i:], 3))}" for i in range(len(listed))
                     if covers.union(theme, covers.join(theme, listed[i:], 3)) >= MIXED_SHARE]
            strong = [covers.share(theme, w) >= MIXED_SHARE for w in by_share]
            # Another theme with no common topic is told apart by what some of its findings mention, said as
            # such ("Mixed findings, some on X"), never as if X were its topic.
            # Only what a fair part of it mentions: "some on X" with X in one finding of ten misleads (a blind
            # reader judged it wrong), so below MIXED_SHARE the word a good share of it uses, however general, is
            # said instead ("Mixed findings, many on staff").
            # X must be a subject itself ("some on analyse", "some on miles" name none): `_subject`.
            some = [w for w, ok in zip(by_share, strong) if ok and _subject(covers, theme, w, MIXED_SHARE)]
            forms += [f"{plain.split(',')[0]}, some on {w}" for w in some if " " in w or w in candidates[theme]]
            many = _dominant_word(covers, theme, COVERAGE) or _dominant_word(covers, theme, MIXED_SHARE, general=True)
            many = many if many and _subject(covers, theme, _shown(many), MIXED_SHARE) else None
            fair, weak = _told_apart(covers, theme, by_share, candidates[theme], plain)
            strong_topics, minor_topics = _topic_parts(covers, theme, plain.split(",")[0])
            mostly = [form for form in strong_topics if ", mostly on " in form]  # said first: most of it is on it
            start = plain.split(",")[0]
            # a larger part before a smaller: a topic a fifth of it writes about ("some on performance data and
            # quality assurance", 43%) before a phrase one in six use (read 21: "one in six on quality assurance" over
            # a theme 7 in 10 on quality assurance and audits)
            some = [form for form in fair if ", some on " in form]
            forms += mostly + ([f"{start}, some on {_shown(many)}"] if many else []) + some + strong_topics \
                + [form for form in fair if form not in some] \
                + minor_topics + [plain] + _tone(covers, theme, start, fair + strong_topics + minor_topics) + weak
            # findings grouped by a word most of them use, however general ("social workers", "arrangements"): said
            # as such, before any topic a part of them has (which a reader of ten of them seldom finds)
            mentioned = _mentioned(covers, theme, mentions[theme])
            said = [f"{plain.split(',')[0]} mentioning {_inner(mentioned)}"] if mentioned else []
            if said and max_parts < 3:  # that label another theme's: these are further findings on it (read 22: a
                # sub-theme of social workers' relationships and changes of worker said "one in ten on learning")
                # in the words of the theme it names, when one has ("Social workers", not "Social worker")
                named_so = next((other for other in labels.values() if _label_key(other) == _label_key(mentioned)),
                                f"{_inner(mentioned)[:1].upper()}{_inner(mentioned)[1:]}")
                said.append(f"{named_so}, further findings")
            forms = said + forms
            base = plain
            if max_parts >= 3 and len(share) and share.max() >= COVERAGE:
                # a broad theme whose every name a sub-theme has: what most of it is about, and more
                forms = [f"{w} and related findings" for w in by_share if covers.share(theme, w) >= COVERAGE] + forms
            word = _dominant_word(covers, theme, DOMINANT_SHARE) if max_parts >= 3 else None
            if word and fold(word.lower()) not in VAGUE_WORDS:  # most of a broad theme names what a sub-theme does
                # (not "Cases and related topics": a vague word is no topic)
                forms = [f"{word} and related topics"] + forms
            label = next((form for form in forms if _label_key(form) not in used), base)
            # Several themes may each have no common topic: saying so of each is true, a number to tell them apart
            # says nothing (their theme ids do that in every table).
            label = label[:1].upper() + label[1:]
            wanted[theme] = [form[:1].upper() + form[1:] for form in forms]
        used.add(_label_key(label))
        labels[theme] = label
    named = _topic_names(labels, covers, used, further=max_parts < 3)
    named = _given_back(named, labels, wanted, taken)
    named = _mostly_some(named, covers, taken, further=max_parts < 3)
    if max_parts < 3:
        named = _two_topics(named, covers, taken)
        named = _topic_over_parts(named, covers, taken)
        named = written_phrase_names(named, covers, taken, further=True)
        named = shared_head_names(named, covers, taken)
        named = written_clause_names(named, covers, taken)
    have = {_label_key(text) for text in taken} | {_label_key(label) for label in named.values()}
    for theme, label in named.items():  # a label narrower than the word most of its findings use ("Missing education"
        # over children missing from home, care and education: read 20) named by the field's topic of that word, when
        # no theme has it
        wider = _topic_of_word(covers, theme, label)
        if wider is not None and _label_key(wider) not in have:
            have.add(_label_key(wider))
            named[theme] = wider
    for theme, label in named.items():  # a phrase over counts and rates is what the figures are on (read 20:
        # "Schools, including primary schools" over free school meal shares)
        said = _topic_text(covers, theme, label, STATISTICS_SHARE) if _is_topic(label) \
            and not label.endswith(", further findings") else label
        if said != label and _label_key(said) not in have:
            have.add(_label_key(said))
            named[theme] = said
    return named


def _choices(theme: int, names: list[str], good: list[int], rest: list[int], order: list[int], share: np.ndarray,
             covers: Coverage, max_parts: int) -> Iterator[str]:
    """A theme's usable labels, best first, each once (`_choose_labels`)."""
    texts = itertools.chain((_label_text(theme, names, i, order, share, covers, max_parts) for i in good + rest),
                            (_label_text(theme, names, i, order, share, covers, max(max_parts, 2), True) for i in good))
    seen = set()
    for text, parts in texts:
        if text not in seen and (covers.union(theme, parts) >= COVERAGE
                                 or (text.startswith("Statistics on ") and covers.union(theme, parts) >= MIXED_SHARE)) \
                and _usable(covers, theme, text):
            seen.add(text)
            yield text


class _InOrder:
    """The items of an iterator, each drawn from it when first read (by index, in a loop or as a truth value)."""

    def __init__(self, items: Iterator):
        self._items, self._drawn = items, []

    def _draw(self, upto: int) -> bool:
        """Whether item `upto` exists, drawing items until it does."""
        while len(self._drawn) <= upto:
            item = next(self._items, _InOrder)
            if item is _InOrder:
                return False
            self._drawn.append(item)
        return True

    def __getitem__(self, i: int):
        if not self._draw(i):
            raise IndexError(i)
        return self._drawn[i]

    def __iter__(self):
        i = 0
        while self._draw(i):
            yield self._drawn[i]
            i += 1

    def __bool__(self) -> bool:
        return self._draw(0)


def object_word_part(covers: Coverage, theme: int, label: str) -> str:
    """A sub-theme's label as a part of its broad theme's label (`broad_from_children`): a mixed sub-theme most of
    whose findings write a word that waits for its object (`needs_object`: "response to concerns") is no "Response,
    various aspects" of its own, but beside its siblings' topics the word says what part of the broad theme it is
    ("Permanence planning, response and delay"), and is given to the broad label as "<word>, various aspects"."""
    if not MIXED_LABEL.match(label):
        return label
    word = _dominant_word(covers, theme, DOMINANT_SHARE)
    if not word or "-" in word or fold(word.lower()) in VAGUE_WORDS or widespread(covers, word):
        return label
    return f"{word}, various aspects" if needs_object(covers.texts_of(theme), word) else label


def _keys_in_use(out: dict[int, str], taken: set[str]) -> set[str]:
    """The keys (_label_key) of the labels `taken` elsewhere and of those in `out`."""
    return {_label_key(text) for text in taken} | {_label_key(label) for label in out.values()}


def _relabel(out: dict[int, str], have: set[str], theme: int, text: str) -> None:
    """`theme` labelled `text` in `out`, its old label's key given up in `have` and the new one's taken."""
    have.discard(_label_key(out[theme]))
    have.add(_label_key(text))
    out[theme] = text


# A mixed label that says a minor part of its theme is on something, or that it has nothing in common; one that
# says what a fair part of it is on.
MINOR_PART = re.compile(r", (?:very few|one in \w+) on |, no common topic$|, mixed topics$")
FAIR_PART = re.compile(r"(?:Mixed findings|Statistics)(?:, (?:some|mostly) on |: )")


def _given_back(named: dict[int, str], before: dict[int, str], wanted: dict[int, list[str]], taken: set[str]
                ) -> dict[int, str]:
    """Mixed labels a theme gave up when it was named by its topic (`_topic_names`) given to the theme that wanted
    them next: "Mixed findings, some on placements" goes back to the theme most of whose findings are on placements,
    not left unused while that theme says less ("very few on county"). Themes in the order they were named; each
    takes the first of its labels (best first) that no theme has, if it comes before the one it has; only a theme
    said to have a minor part on something or nothing in common (`MINOR_PART`), and only a label that names what a
    fair part of it is on ("some on X", "Mixed findings: A and B")."""
    out = dict(named)
    have = _keys_in_use(out, taken)
    for theme, forms in wanted.items():
        if out[theme] != before[theme] or not MINOR_PART.search(out[theme]):
            continue  # named by its topic since, or already says what a fair part of it is on
        for form in forms:
            if _label_key(form) == _label_key(out[theme]):
                break
            if _label_key(form) not in have and FAIR_PART.match(form):
                _relabel(out, have, theme, form)
                break
    return out


SOME_ON = re.compile(r"^Mixed findings, some on (.+)$")


def _mostly_some(named: dict[int, str], covers: Coverage, taken: set[str], further: bool) -> dict[int, str]:
    """A theme said to be "Mixed findings, some on X" when at least FURTHER_SHARE of its findings use X (X a phrase,
    not a field topic, whose share `_topic_parts` says) named by X, or, X being another theme's label, as further
    findings on it (sub-themes only): read 23/24 judged "Mixed findings, some on placements" wrong over a theme all of
    whose findings are on where children are placed."""
    out = dict(named)
    have = _keys_in_use(out, taken)
    for theme, label in named.items():
        found = SOME_ON.match(label)
        if not found or found.group(1)[:1].upper() + found.group(1)[1:] in covers.concepts().labels \
                or covers.share(theme, found.group(1)) < FURTHER_SHARE:
            continue
        topic = found.group(1)[:1].upper() + found.group(1)[1:]
        for text in [topic] + [f"{topic}, further findings"] * further:
            if _label_key(text) not in have:
                _relabel(out, have, theme, text)
                break
    return out


# Least share of a mixed sub-theme's findings that write about one of two field topics for it to be named by both.
TWO_TOPICS_SHARE = 0.5
# Least ratio of the share of all findings that write about both topics to the share that would by chance (the
# product of their shares) for two topics to be named together: topics no finding writes together are two subjects
# (read 40: "Children returning home from care, education, employment and training", none of the run's findings
# writing both, over findings half on home education, half on return home, judged wrong; "Where children live,
# local population and deprivation" is written together 3.8 times as often as by chance).
TOGETHER_LIFT = 0.5
MIXED_LABEL = re.compile(r"^Mixed findings\b")


def _two_topics(named: dict[int, str], covers: Coverage, taken: set[str]) -> dict[int, str]:
    """A sub-theme left mixed ("Mixed findings, some on child-centred practice") named by two field topics
    (`concepts`) when together they are what most of it (TWO_TOPICS_SHARE) writes about: each written about by at
    least FLOOR of it, LIFT times as often as by all findings, the second by FLOOR of it the first leaves, the two
    written together by all findings as often as chance allows (`_written_together`), neither another theme's label
    ("Child-centred practice, voice and participation of children": read 25 judged the theme not mixed but on
    child-centred work and the child's voice; read 40: a second topic another theme's label left that theme renamed
    further findings on this one's pair). The pair that covers most, the larger topic first."""
    out = dict(named)
    concepts = covers.concepts()
    have = _keys_in_use(out, taken)
    for theme, label in named.items():
        if not MIXED_LABEL.match(label):
            continue
        rows = covers.members[theme]
        topics = concepts.fitting(rows, least=FLOOR, lift=LIFT)
        uses = {t: concepts.uses[rows, concepts.labels.index(t)] for t in topics}
        best = None
        for i, first in enumerate(topics):
            for second in [t for t in topics[i + 1:] if _label_key(t) not in have] * (_label_key(first) not in have):
                both = float(np.mean(uses[first] | uses[second]))
                adds = float(np.mean(uses[second] & ~uses[first]))
                if both >= TWO_TOPICS_SHARE and adds >= FLOOR and (best is None or both > best[0]) \
                        and _written_together(concepts.uses, concepts.labels.index(first),
                                              concepts.labels.index(second)):
                    best = (both, first, second)
        if best is None:
            continue
        text = _listing([best[1], _inner(best[2])])
        if _label_key(text) not in have and not name_problems([text]):
            _relabel(out, have, theme, text)
    return out


def _written_together(uses: np.ndarray, first: int, second: int) -> bool:
    """Whether all findings (`uses`: findings x topics, True where a finding writes about a topic) write about topics
    `first` and `second` together at least TOGETHER_LIFT times as often as they would by chance."""
    chance = float(np.mean(uses[:, first])) * float(np.mean(uses[:, second]))
    return chance > 0 and float(np.mean(uses[:, first] & uses[:, second])) >= TOGETHER_LIFT * chance


def _topic_over_parts(named: dict[int, str], covers: Coverage, taken: set[str]) -> dict[int, str]:
    """A sub-theme's label of phrases that together fewer than `concepts.LEAST` of its findings use, named by the field
    topic that at least FURTHER_SHARE of it write about (LIFT times as often as all findings, WIDER times as many as
    use the phrases): "Residential children's homes and special schools" (38%) -> "Where children live" (83%; read 25:
    most on children living in stable homes near their area). The topic another theme's label, the sub-theme holds
    further findings on it, unless its label holds one of the topic's terms (a kind of it: "Achieving permanence")."""
    from pipeline.themes.concepts import LEAST
    from pipeline.themes.fallback_names import WIDER
    from pipeline.themes.field import term_pattern

    out = dict(named)
    concepts = covers.concepts()
    have = _keys_in_use(out, taken)
    for theme, label in named.items():
        if not _is_topic(label) or label.endswith(", further findings") or label.startswith("Statistics") \
                or label in concepts.labels:
            continue
        parts = [p for p in re.split(r", including |, | and ", label) if p.strip()]
        own = covers.union(theme, parts)
        rows = covers.members[theme]
        topic = next(iter(concepts.fitting(rows, least=FURTHER_SHARE, lift=LIFT)), None)
        if own >= LEAST or topic is None or concepts.share(rows, topic) < WIDER * own:
            continue
        text = _topic_text(covers, theme, topic)
        if _label_key(topic) in have or _label_key(text) in have:
            if term_pattern(concepts.terms[topic]).search(label):  # the label holds one of the topic's terms
                continue
            text = f"{text}, further findings"
        if _label_key(text) not in have and not name_problems([text]):
            _relabel(out, have, theme, text)
    return out


# Least share of a mixed theme's findings that use the word its label says they mention.
MENTION_SHARE = 0.6


def _mentioned(covers: Coverage, theme: int, mentions: list[str]) -> str | None:
    """The word or phrase at least MENTION_SHARE of a theme's findings use, WORD_LIFT times as often as all
    findings do, however general ("service", "action", "social workers"): what a theme of findings grouped by their
    wording shares. The most used, a phrase before a word it holds; None when there is none."""
    people = _people(covers, theme)
    found = [(covers.share(theme, p), p) for p in mentions if " " in p and not name_problems([p[:1].upper() + p[1:]])]
    found += [(covers.share(theme, p), p) for p in people if " " in p]  # "young people" is no name, but is mentioned
    word = _dominant_word(covers, theme, MENTION_SHARE, general=True)
    found += [(covers.share(theme, w), w) for w in [word] * bool(word) + [p for p in people if " " not in p]]
    # a generic word of the field ("children", "young people", "cases", "action", "local authority") is no subject
    # even as what a theme mentions: blind readers (read 20) judged every such label meaningless
    found = [(share, p) for share, p in found if share >= MENTION_SHARE and share >= WORD_LIFT * covers.share_all(p)
             and noun_phrases([p[:1].lower() + p[1:]]) and not {w.lower() for w in p.split()} & AGE_WORDS
             and not name_problems([p[:1].upper() + p[1:]]) and not widespread(covers, p)]
    # a phrase before a word used about as much ("social workers", not "workers")
    return max(found, key=lambda item: (round(item[0], 1), " " in item[1], round(item[0], 6), item[1]),
               default=(0.0, None))[1]


def _people(covers: Coverage, theme: int) -> list[str]:
    """Runs of up to two words of the field's people and services ("social workers", "service", "young people")
    that at least MENTION_SHARE of (up to 400 of) a theme's findings use, the most used first, without a word mostly
    used in such a pair ("people"): words no name is made of, but what findings grouped by their wording may
    share."""
    rows = covers.members[theme]
    rows = rows[np.unique(np.linspace(0, len(rows) - 1, min(400, len(rows))).astype(int))] if len(rows) else rows
    counts: Counter = Counter()
    for i in rows:
        counts.update(_people_runs(covers.texts[i]))
    # a word mostly of a pair ("people" of "young people") is no word of its own
    pairs = [run for run in counts if " " in run]
    return [run for run, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
            if len(rows) and n >= MENTION_SHARE * len(rows)
            and not any(run in pair.split() and counts[pair] >= 0.8 * n for pair in pairs)]


# text -> `_people_runs` of it: mixed themes of both levels read the same findings (bounded)
_PEOPLE_RUNS: dict[str, frozenset[str]] = {}


def _people_runs(text: str) -> frozenset[str]:
    """The runs of one or two words of the field's people and services a text writes (`_people`), worked out once."""
    runs = _PEOPLE_RUNS.get(text)
    if runs is None:
        words = re.findall(r"[a-z][a-z'’-]*", text.lower())
        found, run = set(), []
        for word in words + ["."]:
            if word in _POPULATION and word not in {"after", "looked", "care"}:
                run.append(word)
                continue
            found |= {" ".join(run[j:k]) for j in range(len(run)) for k in range(j + 1, min(len(run), j + 2) + 1)}
            run = []
        if len(_PEOPLE_RUNS) > 100_000:
            _PEOPLE_RUNS.clear()
        runs = _PEOPLE_RUNS[text] = frozenset(found)
    return runs


# Least share of a mixed sub-theme's findings that write about a field topic for the topic to name it plainly
# (`_topic_names`); below it the topic is said as a part ("Mixed findings, some on X"). Blind reads judged plain topic
# labels over 35% and 39% (reads 23/24) and two over 44% (read 40: "Improvement plans and progress", "Timeliness and
# delay") wrong, one over 49% ok; `concepts.LEAST` (40%) still decides what a theme is about elsewhere.
TOPIC_NAME_SHARE = 0.45

WEAK_LABEL = re.compile(r"^(?:Mixed findings|Statistics)\b|, various aspects$")


def _topic_names(labels: dict[int, str], covers: Coverage, used: set[str], further: bool = True) -> dict[int, str]:
    """Themes left mixed ("Mixed findings ...", "Statistics, ...", "X, various aspects") named by the field's topic
    most of their findings write about however worded (`concepts.Concepts.fitting`), when it covers at least as much
    as the word most of the theme uses ("Assessments, various aspects" is no "Work with parents" for the few on
    parenting), or that word is one of the topic's own. Each topic names one theme: as many themes as can be are
    named, the best covered first (`_matched`); with `further` (sub-themes), a theme left, most of it about a topic
    another theme has, holds "further findings" on it."""
    pairs = []
    for theme, label in labels.items():
        if not WEAK_LABEL.search(label):
            continue
        rows = covers.members[theme]
        word = _dominant_word(covers, theme, DOMINANT_SHARE)
        least = covers.share(theme, word) if word else 0.0
        for topic in covers.concepts().fitting(rows, least=TOPIC_NAME_SHARE):
            share = covers.concepts().share(rows, topic)
            # the word is the topic's own ("Lives, various aspects" of children's lives): the topic says it, and more
            if share >= least or (word and covers.concepts().says(topic, word)):
                pairs.append((-round(share, 9), -len(rows), theme, topic))
    out = dict(labels)
    free = [(order, rows, theme, topic) for order, rows, theme, topic in sorted(pairs)
            if _label_key(topic) not in used and _label_key(_topic_text(covers, theme, topic)) not in used]
    for theme, topic in sorted(_matched(free).items()):
        out[theme] = _topic_text(covers, theme, topic)
        used.add(_label_key(topic))
        used.add(_label_key(out[theme]))
    # A theme most of which is about a topic another theme has is said to hold further findings on it: a reader of
    # "Children looked after, further findings" finds them about children looked after, as they are; "Mixed
    # findings, a few on X" would say they share nothing.
    for order, _, theme, topic in sorted(pairs):
        text = f"{_topic_text(covers, theme, topic)}, further findings"
        if further and out[theme] == labels[theme] and -order >= FURTHER_SHARE and _label_key(text) not in used:
            out[theme] = text
            used.add(_label_key(text))
    return out




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


# Least share of a theme's findings that use one word of its label, at least WIDER times as many as use the label,
# for the label to be narrower than the theme (`_topic_of_word`).
WORD_OF_ALL = 0.8


def _topic_of_word(covers: Coverage, theme: int, label: str) -> str | None:
    """The field topic to name a theme by when its label of one phrase names a part of what one of its words names
    across the theme: the word is used by at least WORD_OF_ALL of its findings and WIDER times as many as the label,
    and is a word of a topic most of the theme writes about ("Missing education" over 43% of a theme 99% of whose
    findings say "missing": "Children missing from home or care"). None when there is none."""
    from pipeline.themes.fallback_names import WIDER

    if not _is_topic(label) or label.endswith(", further findings") or re.search(r",| and ", label) \
            or label in covers.concepts().labels or len(label.split()) < 2:
        return None
    own = covers.share(theme, label)
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", label) if w.lower() not in CONNECTORS | DETERMINERS]
    wide = [w for w in words if covers.share(theme, w.lower()) >= max(WORD_OF_ALL, WIDER * own)]
    rows = covers.members[theme]
    for topic in covers.concepts().fitting(rows):
        if any(covers.concepts().says(topic, w) or covers.concepts().says(topic, w.lower()) for w in wide):
            # the label is a sense of the word the topic leaves out ("missing education" of children missing from
            # home or care): both are said (read 37 judged the topic alone wrong over a theme 7 in 10 on it)
            if own >= FLOOR and _excluded_sense(topic, label):
                return f"{topic} and {_inner(label)}"
            return topic
    return None


def _excluded_sense(topic: str, label: str) -> bool:
    """Whether `label` is written as one of the phrases whose uses of the topic's terms do not count for the topic
    (`concepts.read_exclusions`)."""
    from pipeline.themes.concepts import read_exclusions

    lower = label.lower()
    return any(re.fullmatch(re.escape(phrase.lower()) + r"s?", lower) for phrase in read_exclusions().get(topic, ()))


def _topic_text(covers: Coverage, theme: int, topic: str, least: float = FIGURE_SHARE) -> str:
    """A topic's label as a theme's: "Statistics on children looked after" of a theme whose findings mostly give
    counts or rates (`FIGURE`; a reader looks for the topic in figures), unless the topic is itself about figures
    ("Comparisons with national averages")."""
    said = f"Statistics on {topic[:1].lower() + topic[1:]}"
    if covers.figures(theme) < least or {w.lower() for w in re.findall(r"[A-Za-z-]+", topic)} & STATISTIC_WORDS \
            or _opens_with_participle(said):  # "Statistics on placed for adoption" (read 38): the topic alone reads
        return topic
    return said


def _matched(pairs: list[tuple]) -> dict[int, str]:
    """Theme -> topic, each topic one theme's, as many themes named as can be: a theme about training and learning
    both takes "Training" when another theme about learning alone needs "Learning and staff development".
    pairs: (order, _, theme, topic), best first; a theme tries its topics best first (augmenting paths, so a topic
    moves to a theme's next one only when that names one more theme)."""
    options: dict[int, list[str]] = {}
    for _, _, theme, topic in pairs:
        options.setdefault(theme, []).append(topic)
    holder: dict[str, int] = {}

    def place(theme: int, seen: set[str]) -> bool:
        for topic in options[theme]:
            if topic in seen:
                continue
            seen.add(topic)
            if topic not in holder or place(holder[topic], seen):
                holder[topic] = theme
                return True
        return False

    for theme in dict.fromkeys(theme for _, _, theme, _ in pairs):  # best-covered first
        place(theme, set())
    return {theme: topic for topic, theme in holder.items()}


def _told_apart(covers: Coverage, theme: int, by_share: list[str], own: list[str], plain: str
                ) -> tuple[list[str], list[str]]:
    """Labels that say what part of a theme with no common topic is on, so that no two such themes are called the
    same: (said before `plain`, which only a theme without them keeps) "Mixed findings, some on X" or "one in eight on X"
    (`_portion`), X a subject at least FLOOR of it uses (`_subject`) or a noun a tenth of all its findings use more
    than twice as often as all findings do (no frame word, no word of the field's people or of a quarter of all
    themes), most used first; (said after `plain`, when another theme has it) X a noun phrase of what it mentions
    that at least two of its findings use. Never a theme id (ids do that in every table)."""
    start = plain.split(",")[0]
    members = len(covers.members[theme])
    few = [w for w in by_share if (" " in w or w in own) and covers.share(theme, w) >= FLOOR
           and _subject(covers, theme, w, FLOOR)]
    nouns = [_paired(covers, theme, _shown(w)) for w in _dominant_words(covers, theme, FLOOR)
             if not widespread(covers, w) and not _too_common(w) and fold(w.lower()) not in LONE_GENERIC
             and not _fragment_of(covers, theme, w)]  # "delivery" of "delivery of services" is none
    # never a part below FLOOR: "very few on X" was judged wrong in 14 of 14 labels of read 20 (X in 0-1 of the
    # ten findings a reader saw)
    rest = [w for w in by_share if w not in few and " " in w and covers.share(theme, w) >= FLOOR
            and covers.share(theme, w) * members >= 2 and not name_problems([w[:1].upper() + w[1:]])]

    def said(words: list[str]) -> list[str]:
        return [f"{start}, {_portion(covers.share(theme, w))} on {_inner(w)}" for w in words]

    return said(list(dict.fromkeys(few + nouns))), said(rest)


# Least share of a word's uses in a theme that are one pair with "and" / "or" for a label to say the pair, not the word.
PAIR_SHARE = 0.5
PAIR_WORD = r"[a-z][a-z'’-]*"


def _paired(covers: Coverage, theme: int, word: str) -> str:
    """`word` as the pair it is mostly written in within the theme ("brothers" -> "brothers and sisters", at least
    PAIR_SHARE of its uses one "X and Y" or "X or Y" of content words), else `word`: a word that needs its pair is
    cut from it (read 31: "Mixed findings, one in ten on brothers")."""
    lower = word.lower()
    if " " in lower or not lower.isalpha():
        return word
    alone = re.compile(rf"(?<![\w-]){re.escape(lower)}(?![\w-])")
    pair = re.compile(rf"(?<![\w-])(?:({PAIR_WORD}) (?:and|or) {re.escape(lower)}|{re.escape(lower)} (?:and|or) "
                      rf"({PAIR_WORD}))(?![\w-])")
    uses, pairs = 0, Counter()
    for i in covers.members[theme]:
        text = covers.lower(i)
        if lower not in text:
            continue
        uses += len(alone.findall(text))
        pairs.update(m.group(0) for m in pair.finditer(text)
                     if (m.group(1) or m.group(2)) not in ENGLISH_STOP_WORDS | CONNECTORS | DETERMINERS)
    if not uses or not pairs:
        return word
    best, count = pairs.most_common(1)[0]
    return best if count >= PAIR_SHARE * uses else word


def _topic_parts(covers: Coverage, theme: int, start: str) -> tuple[list[str], list[str]]:
    """What part of a theme with no common topic of its own is on a topic of the field (`concepts`), however worded:
    ("Mixed findings, some on timeliness and delay", ...) for topics at least MIXED_SHARE of it write about, and
    ("... one in seven on ...", ...) for those at least FLOOR of it do; each at least LIFT times as often as all
    findings, most used first. A topic another theme is named by may be said so: it names a part, not the theme.
    A minor part its findings write about LIFT times as often as all findings comes before one they write about
    little more than every theme does: a reader takes the part a label names for what sets the theme apart (read 22:
    "one in seven on multi-agency working", 15% against 9% of all findings, over a theme whose findings on work with
    families, 13% against 1%, a reader saw)."""
    rows = covers.members[theme]
    concepts = covers.concepts()
    strong, minor, faint = [], [], []
    for topic in concepts.fitting(rows, least=FLOOR, lift=PART_LIFT):
        share = concepts.share(rows, topic)
        text = f"{start}, {'mostly' if share >= FURTHER_SHARE else _portion(share)} on {_inner(topic)}"
        lift = share / max(float(concepts.overall[concepts.labels.index(topic)]), 1e-9)
        # parts of the same share (to a hundredth), the more particular to this theme first
        (strong if share >= MIXED_SHARE and lift >= LIFT else minor if lift >= LIFT else faint).append(
            (-round(share, 2), -lift, text))
    minor.sort()
    return [text for *_, text in strong], [text for *_, text in minor + faint]


# How much more often than all findings a mixed theme's findings must write about a topic for a label to say that a
# part of it is on the topic (a topic that names a theme needs `concepts.LIFT`).
PART_LIFT = 1.2


# Least share of a mixed theme's findings of one polarity for its label to say so ("Mixed findings, mostly strengths").
TONE_SHARE = 0.6
TONES = {"strength": "strengths", "concern": "shortfalls"}


def _tone(covers: Coverage, theme: int, start: str, parts: list[str] = ()) -> list[str]:
    """A theme with no common topic said as what its findings mostly are, when most (TONE_SHARE) are strengths or
    shortfalls ("Mixed findings, mostly strengths"), then that with each of `parts` (its mixed labels that say what
    part of it is on: "Mixed findings, mostly strengths, one in five on X"): true of it, and told apart from another
    mixed theme without a part worth saying ("very few on X" was not; read 20). [] without the findings' polarity."""
    if covers.tone is None or not len(covers.members[theme]):
        return []
    tones = covers.tone[covers.members[theme]]
    strengths, shortfalls = float(np.mean(tones == "strength")), float(np.mean(tones == "concern"))
    said = []
    for tone, share, other in (("strengths", strengths, shortfalls), ("shortfalls", shortfalls, strengths)):
        if share >= TONE_SHARE:
            said.append(f"{start}, mostly {tone}")
        if share >= other + TONE_MARGIN:  # also true of a theme mostly of them
            said.append(f"{start}, more {tone} than {'shortfalls' if tone == 'strengths' else 'strengths'}")
    if not said and min(strengths, shortfalls) >= TONE_MARGIN:
        said.append(f"{start}, strengths and shortfalls alike")
    return said + [said[0] + part[len(start):] for part in parts if said and part.startswith(start + ", ")]


# Least lead of strengths over shortfalls (or the other way) in a mixed theme for its label to say there are more.
TONE_MARGIN = 0.15


def _portion(share: float) -> str:
    """How much of a mixed theme a phrase covers, as its label says it: "some" from MIXED_SHARE up, "one in six"
    down to one in PORTION_WORDS' last, else "very few" (blind readers judged "a few on X" wrong where X was in one
    of the ten findings they were shown: "one in nine on X" promises no more than that). In words: a label holds no
    figure. The share is said rounded down (0.14 is "one in eight", not "one in seven"): a label that claims more of a
    topic than a reader of ten findings sees was judged wrong (read 21), one that claims a little less was not."""
    if share >= MIXED_SHARE:
        return "some"
    n = math.ceil(1 / share - 1e-9) if share > 0 else len(PORTION_WORDS) + 2
    return f"one in {PORTION_WORDS[n - 2]}" if n - 2 < len(PORTION_WORDS) else "very few"


PORTION_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


def distinguish_alike(labels: dict[int, str], sizes: dict[int, int], keywords: dict[int, list[str]] | None = None,
                   covers: Coverage | None = None) -> dict[int, str]:
    """Sub-theme labels told apart where two or more are the same ("Mixed findings, no common topic", left when
    nothing a tenth of its findings mention tells them apart): each but the largest is said by what some of its
    findings are on, the first of its keywords (phrases at least two of the findings read for its name use) that is
    a usable name, said with how much of it uses the keyword when `covers` (over all the findings) is given
    ("some on X", "one in eight on X": `_portion`); else it keeps the shared label. "Mixed findings beside <its broad
    theme's topics>" is not said: blind readers judged it wrong in 40 of 41 labels (those topics are its
    siblings', seldom its own).
    labels and sizes: by sub-theme; keywords: by sub-theme."""
    out = dict(labels)
    groups: dict[str, list[int]] = {}
    for theme in sorted(labels, key=lambda t: (-sizes.get(t, 0), t)):
        groups.setdefault(_label_key(labels[theme]), []).append(theme)
    used = set(groups)
    for themes in groups.values():
        for theme in themes[1:]:
            start = re.split(r"[,:]", labels[theme])[0]  # "Mixed findings", "Statistics"
            words = [word for word in (keywords or {}).get(theme, []) if _minor_topic(word)
                     and (covers is None or (covers.share(theme, word) >= FLOOR
                                             and _whole_subject(covers, theme, word)))]
            if covers is not None and theme in covers.members:  # no keyword says it: a phrase its findings write
                words += [w for w in _written_phrases(covers, theme) if covers.share(theme, w) >= FLOOR]
            texts = [f"{start}, {'some' if covers is None else _portion(covers.share(theme, word))} on "
                     f"{_inner(word)}" for word in words]
            if covers is not None and theme in covers.members:  # a topic of the field a part is on; its tone
                strong, minor = _topic_parts(covers, theme, start)
                texts = texts + strong + minor
                texts += _tone(covers, theme, start, texts)
            text = next((t for t in texts if _label_key(t) not in used and not name_problems([t])), None)
            if text is not None:
                out[theme] = text
                used.add(_label_key(text))
    return out


@lru_cache(maxsize=4096)
def _label_parts(label: str) -> tuple[tuple[frozenset[str], bool], ...]:
    """The parts of a topic label, each as its folded words (people words kept) and whether it is an acronym read as
    its expansion ("LSCB": local, safeguarding, children, board); [] for a mixed label or "X, further findings"."""
    if not _is_topic(label) or label.endswith(", further findings"):
        return ()
    from pipeline.themes.cluster_text import read_glossary

    glossary = read_glossary()
    out = []
    for part in (p for p in re.split(r", including | including |, | and ", label) if p.strip()):
        bare = _bare(part.strip())
        acronym = bare.isupper() and bare in glossary
        words = glossary[bare][0].lower().split() if acronym else re.findall(r"[a-z][a-z'’-]*", part.lower())
        out.append((frozenset(fold(w) for w in words if w not in CONNECTORS | DETERMINERS), acronym))
    return tuple(out)


def _label_stems(label: str) -> set[str]:
    """All the folded words of a topic label's parts (`_label_parts`)."""
    return set().union(*(words for words, _ in _label_parts(label))) if _label_parts(label) else set()


def _same_word(first: str, second: str) -> bool:
    """Two folded words of one meaning: equal, or one the other with an ending ("record", "recording"), not
    another word that starts alike ("special", "specialist")."""
    short, long = sorted((first, second), key=len)
    return short == long or (len(short) >= 4 and long.startswith(short) and long[len(short):] in WORD_ENDINGS)


WORD_ENDINGS = {"s", "es", "ed", "ing", "ings", "er", "ers"}


def _same_part(part: set[str], other: tuple[set[str], bool]) -> bool:
    """Whether a label part names what another part names: the same words, or some of an acronym's expansion
    ("safeguarding children board" of "LSCB")."""
    words, acronym = other
    inside = all(any(_same_word(x, y) for y in words) for x in part)
    # the other part's further words are the field's frame nouns at most ("recording" of "case records")
    return inside and (acronym or all(any(_same_word(y, x) for x in part) or y in EDGE_WORDS for y in words))


def near_alike(smaller: str, larger: str) -> bool:
    """Whether the label of a smaller theme says nothing the label of a larger one of its level does not: each of its
    parts is a part of the other ("Personal advisers" beside "Care leavers and personal advisers", "Safeguarding
    children board" beside "LSCB"); a reader cannot tell their themes apart (read 20). A label that adds a part
    ("Employment and care leavers" beside "Care leavers") or a word ("Child permanence") is told apart by it."""
    mine, theirs = _label_parts(smaller), _label_parts(larger)
    return bool(mine) and bool(theirs) and _label_key(smaller) != _label_key(larger) \
        and all(any(_same_part(words, other) for other in theirs) for words, _ in mine)


def tell_near_alike(labels: dict[int, str], sizes: dict[int, int], covers: Coverage) -> dict[int, str]:
    """Labels of one level told apart where two are `near_alike`: the smaller theme's label joins a phrase of its own
    that a tenth of its findings write and that the other label lacks ("Personal advisers and advocacy"); else it says
    it holds further findings on what the larger one names ("LSCB, further findings"). The larger keeps its label."""
    out = dict(labels)
    order = sorted(labels, key=lambda t: (-sizes.get(t, 0), t))
    used = {_label_key(label) for label in labels.values()}
    for i, theme in enumerate(order):
        larger = next((t for t in order[:i] if near_alike(out[theme], out[t])), None)
        if larger is None or theme not in covers.members:
            continue
        other = _label_stems(out[larger]) | _label_stems(out[theme])
        names = [w for w in _written_phrases(covers, theme)
                 if not any(_same_word(x, y) for x in _label_stems(w) for y in other)]
        text = _qualified(covers, theme, out[theme], names, used)
        if text is None or any(near_alike(text, out[t]) or near_alike(out[t], text) for t in order if t != theme):
            text = f"{out[larger]}, further findings"
        if _label_key(text) in used:
            continue
        used.discard(_label_key(out[theme]))
        used.add(_label_key(text))
        out[theme] = text
    return out


def _whole_subject(covers: Coverage, theme: int, word: str) -> bool:
    """Whether a keyword, said as what a few of a theme's findings are on, names a subject whole where they write it:
    a noun phrase ending in a noun ("board provides" does not), or one word written as it is (not "safeguard" cut
    from "safeguarding") and used as a noun of its own (not "collaborative", not "edge" of "edge of care"; a generic
    word such as "governance" may be one)."""
    if " " in word:
        return _glossary_term(word) or (bool(noun_phrases([word])) and _noun_in_use(covers, theme, word))
    if _glossary_term(word):
        return True
    if _tagger() is None:
        return True
    if _fragment_of(covers, theme, word):  # read first: it is far cheaper than tagging the word's uses
        return False
    uses, nouns = _word_uses(covers, theme, word)
    return uses > 0 and nouns >= NOUN_USES * uses


# Most findings of a theme read for the phrases `_written_phrases` offers, and most phrases it offers.
PHRASE_SAMPLE = 80
PHRASES_OFFERED = 8


def _written_phrases(covers: Coverage, theme: int) -> list[str]:
    """Noun phrases of several words that at least two of (up to PHRASE_SAMPLE of) a theme's findings write, the most
    used first, each a whole subject (`_whole_subject`, a field term completed: "edge of care") that passes the name
    checks: what a few of a theme with no common topic are on, when none of its keywords says it."""
    rows = covers.members[theme]
    rows = rows[np.unique(np.linspace(0, len(rows) - 1, min(PHRASE_SAMPLE, len(rows))).astype(int))] if len(rows) \
        else rows
    counts: Counter = Counter()
    for i in rows:
        counts.update({shown for _, shown in phrases_of(covers.texts[i]) if " " in shown})
    out = []
    for phrase, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        if n < 2 or len(out) >= PHRASES_OFFERED:
            break
        phrase = phrase if covers.alone(theme, phrase) else complete_term(phrase)
        if not name_problems([phrase[:1].upper() + phrase[1:]], covers.texts_of(theme)) \
                and _whole_subject(covers, theme, phrase):
            out.append(phrase)
    return out


def _minor_topic(word: str) -> bool:
    """Whether a keyword may be said as what a few findings are on: it passes the name checks, or fails only as a
    lone generic word that is no frame word of the field ("a few on governance", not "a few on needs")."""
    problems = name_problems([word[:1].upper() + word[1:]])
    return all(p.endswith("a lone generic word") for p in problems) and fold(word.lower()) not in DOMAIN_STOP_WORDS \
        and word.lower() not in DOMAIN_STOP_WORDS and fold(word.lower()) not in VAGUE_WORDS  # "a few on situations"


def _qualified(covers: Coverage, theme: int, label: str, names: list[str], used: set[str]) -> str | None:
    """A label another theme has (itself or a synonym), told apart by the theme's own best phrase that the label
    lacks: "Children looked after and health assessments". None when no such phrase is used by a tenth of it, or when
    the label is a term its findings seldom write as one (`_scattered_term`)."""
    if _scattered_term(covers, theme, label):
        return None
    have = {_stem(fold(w)) for w in re.findall(r"[a-z0-9]+", canonical(label))}
    for name in names:  # a phrase with a word of its own ("adopters" says what "adoption" says; "local" nothing)
        words = {_stem(fold(w)) for w in re.findall(r"[a-z0-9]+", canonical(name)) if w not in _FIELD_ITSELF}
        if words <= have or covers.share(theme, name) < 0.1 or not _subject(covers, theme, name, 0.1) \
                or _first_stem(name) == _first_stem(label):  # "Pathway plans and pathway planning" says one thing
            continue
        text = f"{label} and {_inner(name)}"
        if have <= words:  # the phrase holds the label: "care-leaving advisers", not "Care leaving and care-..."
            text = name[:1].upper() + name[1:]
        if _label_key(text) not in used and not name_problems([text], covers.texts_of(theme)):
            return text
    return None


def _subject(covers: Coverage, theme: int, phrase: str, least: float) -> bool:
    """Whether a phrase of a mixed label ("some on X", "Mixed findings: A and B") names a subject: it passes the name
    checks (`name_problems`) and is a noun phrase of several words, or one word that `_lone_subject` accepts."""
    if name_problems([phrase[:1].upper() + phrase[1:]], covers.texts_of(theme)):
        return False
    phrase = _one_word(phrase)
    if " " in phrase:  # "return home interviews" is a term; "board provides" no noun phrase where it is written
        return _glossary_term(phrase) or (bool(noun_phrases([phrase])) and _noun_in_use(covers, theme, phrase))
    # the cheap check first: `_lone_subject` tags the word's uses
    return not _fragment_of(covers, theme, phrase) and _lone_subject(covers, theme, phrase, least)


def _usable(covers: Coverage, theme: int, label: str) -> bool:
    """Whether a label may name a theme on its own: one word only when it is a term of the glossary or a noun at
    least half of the theme's findings use as a subject (`_lone_subject`: not "Brothers", "Long-term",
    "Specialist"); and no name check finds a problem ("Social care", "Court advisory")."""
    if name_problems([label], covers.texts_of(theme)) or _scattered_term(covers, theme, label) \
            or _runs_on(covers, theme, label):
        return False
    label = _one_word(label.strip())  # "Sub group" is the one word "Sub-group"
    return " " in label or _lone_subject(covers, theme, label, DOMINANT_SHARE)


# Share of a phrase's uses (at least RUN_ON_USES) that go on into one "of / in / for <word>" (or follow one "<word>
# of / in / for") at which the phrase is cut from a longer term: "living in houses" of "living in houses in multiple
# occupation".
RUN_ON_SHARE = 0.6
RUN_ON_USES = 3
RUN_ON_READ = 100  # most findings read for it


def _runs_on(covers: Coverage, theme: int, label: str) -> bool:
    """Whether a part of several words of a label is, where the theme's findings write it, mostly the start or the
    end of one longer phrase joined by of / in / for ("Living in houses", "Multiple occupation" of "living in houses
    in multiple occupation"): a cut phrase."""
    return any(len(part.split()) >= 2 and _part_runs_on(covers, theme, part) for part in re.split(r", | and ", label))


def _part_runs_on(covers: Coverage, theme: int, part: str) -> bool:
    """`_runs_on` of one part of several words, worked out once per theme and part (every candidate label of a theme
    is asked about, and many share a part)."""
    key = (theme, part)
    if key in covers.runs_on:
        return covers.runs_on[key]
    words = part.lower().split()
    phrase = " ".join(words)
    body = r"\s+".join(re.escape(w) for w in words)
    pattern = re.compile(r"(?:([a-z][a-z'’-]*)\s+(of|in|for)\s+(?:the\s+)?)?(?<![a-z-])" + body
                         + r"(?:\s+(of|in|for)\s+(?:the\s+|a\s+|an\s+|their\s+)?([a-z][a-z'’-]*))?(?![a-z-])")
    rows = covers.members[theme][covers.of(theme, part)][:RUN_ON_READ]
    sides: Counter = Counter()
    uses = 0
    for i in rows:
        text = covers.lower(i)
        if phrase not in text:  # written otherwise: no use to read
            continue
        for match in pattern.finditer(text):
            uses += 1
            # a word of the field's people is no longer term's: "children in residential special schools"
            if match.group(1) and match.group(1) not in _POPULATION:  # "houses in" before "multiple occupation"
                sides[("before", match.group(1), match.group(2))] += 1
            if match.group(3) and match.group(4) not in _POPULATION:  # "in multiple" after "living in houses"
                sides[("after", match.group(3), match.group(4))] += 1
    cut = False
    if uses >= RUN_ON_USES and sides and sides.most_common(1)[0][1] >= RUN_ON_SHARE * uses:
        (side, word, _), _ = sides.most_common(1)[0]
        cut = side == "after" or _noun_before(covers, theme, word, part)
    covers.runs_on[key] = cut
    return cut


def _written(text: str, literal: str, pattern: re.Pattern) -> bool:
    """Whether `pattern`, every match of which holds `literal` as written, occurs in `text` (the substring test
    first: it is far cheaper and most texts fail it)."""
    return literal in text and pattern.search(text) is not None


def _noun_before(covers: Coverage, theme: int, word: str, part: str) -> bool:
    """Whether `word`, before "of / in / for <part>" in the theme's findings, is mostly a noun ("houses" of "houses in
    multiple occupation"), not a verb ("live in residential special schools"); True without spaCy's English model."""
    nlp = _tagger()
    if nlp is None:
        return True
    pattern = re.compile(rf"(?<![a-z-]){re.escape(word)}\s+(?:of|in|for)\s+(?:the\s+)?{re.escape(part.lower())}")
    texts = [covers.texts[i] for i in covers.members[theme] if _written(covers.lower(i), word, pattern)][:20]
    tags = [t.pos for tokens in _tagged(nlp, texts) for t in tokens if t.text == word]
    return bool(tags) and sum(tag in NOUN_POS for tag in tags) >= NOUN_USES * len(tags)


def _scattered_term(covers: Coverage, theme: int, label: str) -> bool:
    """Whether a part of a label is a term of the glossary of several words that fewer than FLOOR of the theme's
    findings write as a term (`Coverage.written`), however many use its words: "Children in care" over findings on
    children's social care, contacts and referrals."""
    parts = re.split(r", | and ", re.sub(r"^Statistics on ", "", label))
    return any(len(part.split()) > 1 and _glossary_term(part.lower()) and covers.written(theme, part) < FLOOR
               for part in parts)


# Least share of a word's uses in a theme that must read as a noun standing on its own for it to be a subject.
NOUN_USES = 0.6


def _glossary_term(phrase: str) -> bool:
    """Whether a phrase is a term of the field's glossary or synonyms ("MASH", "IROs", "adoption" is not)."""
    abbreviations, phrases = _synonyms()
    return (_bare(phrase) in abbreviations or phrase in abbreviations or phrase.lower() in dict(phrases)
            or tuple(phrase.lower().split()) in _field_term_set())


class _Token(NamedTuple):
    """What `_lone_subject` reads of a spaCy token."""
    text: str  # lower-cased as written
    lower: str  # spaCy's lower form
    pos: str
    like_num: bool
    is_alpha: bool
    is_stop: bool


# text -> its tokens as `_lone_subject` reads them: a finding is tagged once per run, not once per word asked about
# it (a 10,000-finding run asked 3,586 times about 1,189 texts).
_TAGGED: dict[str, list[_Token]] = {}


def _tagged(nlp, texts: list[str]) -> list[list[_Token]]:
    """The tokens of each text, tagged by `nlp` once (then from `_TAGGED`)."""
    new = [t for t in dict.fromkeys(texts) if t not in _TAGGED]
    if len(_TAGGED) + len(new) > 100_000:
        _TAGGED.clear()
    for text, doc in zip(new, nlp.pipe(new, batch_size=64)):
        _TAGGED[text] = [_Token(t.text.lower(), t.lower_, t.pos_, t.like_num, t.is_alpha, t.is_stop) for t in doc]
    return [_TAGGED[t] for t in texts]


def _written_at(tagged: list[list[_Token]], forms: set[tuple[str, ...]]):
    """(tokens, start, end) of each run of a text's tokens that is one of `forms` (token texts, lower-cased), in
    order: where `_lone_subject` and `_word_uses` read a word's tags."""
    lengths = sorted({len(form) for form in forms})
    for tokens in tagged:
        for i in range(len(tokens)):
            for n in lengths:
                if tuple(t.text for t in tokens[i:i + n]) in forms:
                    yield tokens, i, i + n
                    break


def _lone_subject(covers: Coverage, theme: int, word: str, least: float) -> bool:
    """Whether one word says what (a part of) a theme is about: a term of the glossary, or a noun at least `least` of
    its findings use that is no word of every theme (`widespread`) and that they use as a noun of its own: not a
    verb or adjective ("analyse", "specialist"), a unit after a number ("miles"), a modifier of another noun or a
    noun mostly with a modifier ("service delivery"), a word one other word mostly goes with
    ("brothers and sisters"), or a word of a hyphen ("long-term", "sub-group"); never a generic word, a frame word
    of the field or an evaluative word."""
    if _glossary_term(word):
        return True
    lower = word.lower()
    generic = GENERIC_NAMES | LONE_GENERIC
    if fold(lower.split("-")[-1]) in generic or fold(lower) in generic | DOMAIN_STOP_WORDS or lower in EVALUATIVE \
            or covers.share(theme, lower) < least or widespread(covers, lower):
        return False
    nlp = _tagger()
    if nlp is None:
        return True
    pattern = re.compile(rf"(?<![a-z-]){re.escape(lower)}(?![a-z-])")
    texts = [covers.texts[i] for i in covers.members[theme] if _written(covers.lower(i), lower, pattern)][:40]
    pieces = [w for part in lower.split("-") for w in (part, "-")][:-1]  # "long-term": long, -, term
    tally, beside = Counter(), Counter()
    for tokens, i, end in _written_at(_tagged(nlp, texts), {tuple(pieces)}):
        token = tokens[end - 1]
        before = tokens[i - 1] if i else None
        after = tokens[end] if end < len(tokens) else None
        tally["uses"] += 1
        tally["noun"] += token.pos in NOUN_POS
        tally["unit"] += before is not None and (before.like_num or before.pos == "NUM")  # "20 miles"
        tally["modifier"] += after is not None and after.pos in NOUN_POS  # "specialist services"
        tally["head"] += before is not None and before.pos in NOUN_POS  # "service delivery"
        # the content word it goes with, across an "and" ("brothers and sisters")
        near = {fold(t.lower) for t in tokens[max(0, i - 2):i] + tokens[end:end + 2]
                if t.is_alpha and not t.is_stop and t.lower not in _POPULATION | DOMAIN_STOP_WORDS}
        beside.update(near - {fold(lower)})
    uses = tally["uses"]
    if not uses:
        return False
    bound = bool(beside) and beside.most_common(1)[0][1] >= 0.5 * uses
    return (tally["noun"] >= NOUN_USES * uses and tally["unit"] < 0.3 * uses and tally["modifier"] < NOUN_USES * uses
            and tally["head"] < NOUN_USES * uses and not bound)


# Share of a lone word's uses (at least OF_USES of them) followed by "of" and one same word at which it is a fragment
# of a term "X of Y" ("edge of care", "delivery of front-line services"): no subject alone ("evaluation of" many
# things is one).
OF_SHARE = 0.5
OF_USES = 3


def _word_uses(covers: Coverage, theme: int, word: str) -> tuple[int, int]:
    """(uses, uses as a noun) of one word, as written or in the plural, in (up to 8 of) a theme's findings, by
    spaCy's tagger ((0, 0) without its English model)."""
    nlp = _tagger()
    lower = word.lower()
    if nlp is None or " " in lower or "-" in lower:
        return 0, 0
    pattern = re.compile(rf"(?<![a-z-]){re.escape(lower)}(?:e?s)?(?![a-z-])")  # as written, or its plural
    forms = {lower, lower + "s", lower + "es"}
    rows = covers.members[theme][covers.of(theme, lower)]  # only findings with its stem can write it
    texts = [covers.texts[i] for i in rows if _written(covers.lower(i), lower, pattern)][:8]
    uses = nouns = 0
    for tokens, _, end in _written_at(_tagged(nlp, texts), {(form,) for form in forms}):
        uses += 1
        nouns += tokens[end - 1].pos in NOUN_POS
    return uses, nouns


def _fragment_of(covers: Coverage, theme: int, word: str) -> bool:
    """Whether one word (as written or in the plural) is mostly the start of one "<word> of <Y>" in (up to 40 of) a
    theme's findings (`OF_SHARE`): "edge" of "edge of care" says nothing alone."""
    lower = word.lower()
    if " " in lower:
        return False
    key = (theme, lower)
    if key not in covers.fragment:
        covers.fragment[key] = _starts_of_phrase(covers, theme, lower)
    return covers.fragment[key]


def _starts_of_phrase(covers: Coverage, theme: int, lower: str) -> bool:
    """`_fragment_of` of one lower-cased word, worked out."""
    pattern = re.compile(rf"(?<![a-z-]){re.escape(lower)}(?:e?s)?(?![a-z-])"
                         r"(?:\s+of\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?([a-z][a-z'’-]*))?")
    rows = covers.members[theme][covers.of(theme, lower)]
    uses, after, read = 0, Counter(), 0
    for i in rows:
        matches = list(pattern.finditer(covers.lower(i)))
        if matches:
            read += 1
            uses += len(matches)
            after.update(m.group(1) for m in matches if m.group(1))
            if read >= 40:
                break
    return uses >= OF_USES and bool(after) and after.most_common(1)[0][1] >= OF_SHARE * uses


def _noun_in_use(covers: Coverage, theme: int, phrase: str) -> bool:
    """Whether a phrase of several words ends in a noun where (up to 5 of) the theme's findings write it: "board
    provides" is a subject and its verb (a phrase tagged alone may read as a noun phrase); True without spaCy's English model or
    when the findings never write the phrase as it is."""
    nlp = _tagger()
    if nlp is None:
        return True
    pieces = [t for t in re.findall(r"[a-z0-9]+|[^a-z0-9\s]", phrase.lower())]
    pattern = re.compile(r"(?<![a-z-])" + r"\s*".join(re.escape(p) for p in pieces) + r"(?![a-z-])")
    rows = covers.members[theme][covers.of(theme, phrase)]  # only findings with its words can write it
    texts = [covers.texts[i] for i in rows if _written(covers.lower(i), "".join(pieces[:1]), pattern)][:5]
    uses = nouns = 0
    for tokens in _tagged(nlp, texts):
        for i in range(len(tokens) - len(pieces) + 1):
            if [t.lower for t in tokens[i:i + len(pieces)]] == pieces:
                uses += 1
                nouns += tokens[i + len(pieces) - 1].pos in NOUN_POS
    return not uses or nouns >= NOUN_USES * uses


def _first_phrase(label: str, names: list[str]) -> str:
    """The candidate a label was made from (its start)."""
    lower = label.lower()
    for prefix in ("statistics on ",):
        lower = lower[len(prefix):] if lower.startswith(prefix) else lower
    return max((n for n in names if lower.startswith(n.lower())), key=len, default=names[0])


def _label_text(theme: int, names: list[str], i: int, order: list[int], share: np.ndarray, covers: Coverage,
                max_parts: int, always: bool = False) -> tuple[str, list[str]]:
    """A label made from names[i] (joined as `_joined` decides) and the phrases it is made of."""
    parts = _joined(theme, names, i, order, share, covers,
                    max_parts if share[i] >= COVERAGE else max(max_parts, 2), always)
    text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    if covers.statistics(theme) and share[i] < COVERAGE:
        text, parts = f"statistics on {names[i]}", [names[i]]
    return text[:1].upper() + text[1:], parts


# Least share of a broad theme's findings a further part of its label must add (half of it again used by the part):
# a blind reader of ten of its findings judged parts of a twentieth ("safeguarding children board", "independent
# reviewing officers") absent, and the label wrong.
BROAD_PART = 0.1


def _joined(theme: int, names: list[str], first: int, order: list[int], share: np.ndarray, covers: Coverage,
            max_parts: int, always: bool = False) -> list[str]:
    """names[first], joined with up to max_parts - 1 more candidates ("A and B", "A, B and C") while together
    they cover less than half the theme (always: whatever they cover): each added one (best score first) is
    short, brings a word the label lacks and covers a further share of the findings the label does not (a tenth
    for a sub-theme's second part; BROAD_PART in a label of three parts, a broad theme's)."""
    parts = [names[first]]
    if max_parts < 2 or (share[first] >= 0.5 and not always) or len(parts[0].split()) > 3:
        return parts
    covered = covers.of(theme, parts[0]).copy()
    stems = {_stem(w) for w in re.split(r"[\s-]+", parts[0].lower())}
    least = BROAD_PART if max_parts > 2 else 0.1
    heads = {_head(parts[0])}
    for j in order:
        if len(parts) >= max_parts or (covered.mean() >= 0.5 and not always):
            break
        other = names[j]
        words = {_stem(w) for w in re.split(r"[\s-]+", other.lower())}
        bare = other[:-1] if other.endswith("s") else other
        if bare.isupper() and bare.lower() in covers.expansions:  # "PAs" says what "personal advisers" says
            words = covers.expansions[bare.lower()]
        if j == first or len(other.split()) > 3 or words <= stems or stems <= words or _head(other) in heads \
                or canonical(other) in {canonical(part) for part in parts} \
                or _first_stem(other) in {_first_stem(part) for part in parts}:
            # "IROs and independent reviewing officers", "quality of assessments, family assessments and health
            # assessments", "pathway plans and pathway planning" say one thing
            continue
        gain = _fraction(covers.of(theme, other) & ~covered)
        if not ((gain >= least and share[j] >= 1.5 * least) or (always and share[j] >= COVERAGE)):
            continue
        # a lone word joins a label only when it is itself what a good share is about ("and completion"); asked
        # last, as it tags the word's uses
        if " " not in other and (share[j] < COVERAGE or not _lone_subject(covers, theme, other, COVERAGE)):
            continue
        parts.append(other)
        covered |= covers.of(theme, other)
        stems |= words
        heads.add(_head(other))
    return parts


def _first_stem(phrase: str) -> str:
    """The stem of a phrase's first word: two parts that start alike ("pathway plans", "pathway planning") name one
    thing."""
    return _stem(fold(phrase.split()[0].lower())) if phrase.split() else ""


# A consonant an -ing or -ed form doubles ("planning", "mapped"), not one a word ends in doubled ("staffing", "assessed").
DOUBLED = re.compile(r"([bdgmnprt])\1(?:ing|ed)$")


def _undoubled(word: str) -> str:
    """The word without an -ing or -ed that doubled its last consonant ("planning" -> "plan"), so that "Planning"
    and "Plans" are one part of a label ("Plans and timeliness", not "Plans, planning and timeliness"); "Permanence
    planning" still says more than "Plans"."""
    return DOUBLED.sub(r"\1", word.lower())


def _part_stems(part: str, people: bool = False) -> set[str]:
    """The stems of a label part's words, an acronym read as its expansion ("LAC": looked after children), without
    the people every part is about when other words remain (people: with them)."""
    from pipeline.themes.cluster_text import read_glossary

    glossary = read_glossary()
    words = []
    for word in part.split():
        bare = _bare(word)
        words += glossary[bare][0].split() if bare.isupper() and bare in glossary else [word]
    stems = {_stem(fold(w)) for w in words if w.lower() not in CONNECTORS | DETERMINERS | {"and"}}
    core = stems - {_stem(fold(w)) for w in _POPULATION}
    return stems if people else core or stems  # "Children looked after" is all people words, still a topic


def broad_from_children(label: str, children: list[tuple[str, int]], taken: set[str] = frozenset(),
                        held: Callable[[list[str]], float] | None = None, figures: float | None = None) -> str:
    """A broad theme's label written for its whole content, when its own findings gave no common topic ("Mixed
    findings ...", "X and related topics") or only a word ("School, various aspects"): the topics of up to three
    of its sub-themes, largest first ("Care leavers, accommodation and employment"), when sub-themes with a topic
    hold at least half of its findings; else, said as a mixture, what its sub-themes are about, the topics of the
    themed ones and the X of the mixed ones ("Mixed findings: X", "some on X") that are subjects ("Mixed findings:
    children in care, DCS and corporate parenting"; one such X only when its sub-theme holds a fifth of it: "Mixed
    findings, some on staff"); otherwise `label` as it is.

    children: (label, size) of each of its sub-themes. taken: labels (lower case) already used elsewhere. held: the
    share of its findings that write about any of some parts (`parts_share`); a mixture of parts that fewer than
    LISTED_SHARE of them write about gives way to a mixed label of its own that names a part of it. figures: the
    share of its findings that give a count or rate (`Coverage.figures`); under FIGURE_SHARE a sub-theme's
    "Statistics on X" is a part "X" (read 31: "Statistics on children placed out of area, where children live and
    children's homes" over a broad theme 31% figures, most of it on where children live, judged wrong).
    Never one child's label alone: that would name a part of the broad theme as if it were the whole. A topic label
    of its own that says nothing of its largest sub-theme, when that holds a third of it or more, is written from its
    sub-themes too: a reader of ten of its findings meets that sub-theme's subject most and finds it left out (read
    21: "Health and wellbeing" over a broad theme half early help; "Care leavers and unaccompanied asylum-seeking
    children" over one whose largest part is accommodation)."""
    if len(children) < 2 or (_is_topic(label) and not label.endswith(", various aspects")
                             and not _leaves_out_largest(label, children)):
        return label
    total = sum(size for _, size in children)
    by_size = sorted(((size, child) for child, size in children), key=lambda item: -item[0])
    topics = [(size, child) for size, child in by_size if _is_topic(child) or child.startswith("Statistics on ")]
    composed = None
    if sum(size for size, _ in topics) >= total / 2:
        parts = [_topic_part(child) for _, child in topics]
        if figures is not None and figures < FIGURE_SHARE:  # few of its findings are figures: no "Statistics on"
            parts = [_unstated(part) for part in parts]
        # its largest sub-theme, a third of it or more, mixed but with a subject ("some on timeliness and delay"),
        # is named too (read 25 met mostly its findings under "Court work, public law outline and Cafcass"), and
        # makes room first among sub-themes named by a term of a larger one's field topic ("Public law outline",
        # "Cafcass" beside "Court work and care proceedings"): kinds of what that one says
        size, child = by_size[0]
        if (size, child) not in topics and size >= LARGEST_PART * total and _topic_part(child, pair=True):
            kept = [(n, c) for i, (n, c) in enumerate(topics)
                    if not any(_term_of_topic(_topic_part(c), other) for _, other in topics[:i])]
            topics = sorted(kept + [(size, child)], key=lambda item: -item[0])
            parts = [_topic_part(c, pair=c == child) for _, c in topics]
            if figures is not None and figures < FIGURE_SHARE:
                parts = [_unstated(part) for part in parts]
        size_of: dict[str, int] = {}  # a part's sub-theme, the largest of those it names
        for part, (n, _) in zip(parts, topics):
            size_of.setdefault(part, n)
        parts = _distinct_parts(parts)
        if len(parts) >= 2:
            # "Statistics on" said once, at the start: not "Where children live, statistics on children placed ..."
            composed = _listing([_inner(parts[0])] + [_inner(re.sub(r"^Statistics on ", "", p)) for p in parts[1:]])
            composed = composed[:1].upper() + composed[1:]  # the first part may go last ("..., timeliness and delay")
            # the sub-themes it lists hold less than half of it: a reader of ten of its findings meets each part once
            # or twice (read 20: "Board, training and staff", "Life story, relationships and voice"), so it is said
            # to be a mixture of them
            held = sum(size_of[part] for part in parts)
            if held < total / 2 and not parts[0].startswith("Statistics on "):
                composed = f"Mixed findings: {_inner(composed)}"
    elif _is_topic(label):
        return label  # "X, various aspects" over sub-themes mostly without a topic: X is still what they share
    else:
        subjects = [(size, _topic_part(child, pair=True)) for size, child in by_size]
        parts = _distinct_parts([part for _, part in subjects])
        start = "Statistics" if label.startswith("Statistics") else "Mixed findings"
        if len(parts) >= 2:
            # its own label, when that says what part of it is on ("one in eight on X"), rather than parts few of
            # its findings write about ("Mixed findings, no common topic" says less than they do)
            if held is None or held(parts) >= LISTED_SHARE or not OWN_PART.search(label):
                composed = f"{start}: {_listing([_inner(p) for p in parts])}"
        elif parts and max(size for size, part in subjects if part == parts[0]) >= MIXED_SHARE * total:
            composed = f"{start}, some on {_inner(parts[0])}"
    if composed is None or composed.lower() in taken or name_problems([composed]):
        return label
    return composed


def _unstated(part: str) -> str:
    """A sub-theme's topic part without its "Statistics on " ("Statistics on children placed out of area" ->
    "Children placed out of area")."""
    bare = re.sub(r"^Statistics on ", "", part)
    return bare[:1].upper() + bare[1:]


# Least share of a broad theme's findings that write about the parts of a "Mixed findings: A, B and C" label written
# from its sub-themes' topics, when it has a mixed label of its own that names a part of it ("Mixed findings, one in
# eight on X"): read 25 judged "Mixed findings: family networks, life story, parents and parenting" (about 15% of its
# findings use them) and "Mixed findings: improvement plans and provisions" (about 15%) wrong, a reader of ten of its
# findings meeting the parts once or never; "Mixed findings: improvement plans, partnership and boards" (about a
# third) reads true. Tuned on read 25's run and the bundled run: three cases.
LISTED_SHARE = 1 / 4
OWN_PART = re.compile(r"(?:: | on )\S")  # a mixed label that names what (part of) it is on


def parts_share(covers: Coverage, theme: int, parts: list[str]) -> float:
    """Share of the theme's findings that use any of `parts` ("Life story", "Parents and parenting") as written
    (`Coverage.of`: all its content words)."""
    rows = covers.members[theme]
    if not len(rows):
        return 0.0
    used = np.zeros(len(rows), dtype=bool)
    for part in parts:
        used |= covers.of(theme, part)
    return float(used.mean())


LARGEST_PART = 1 / 3  # share of a broad theme its largest sub-theme holds for a broad label to have to name it


def _term_of_topic(part: str, label: str) -> bool:
    """Whether `part` ("Public law outline") is one of the terms of the field topic (`concepts`) that `label` names
    ("Court work and care proceedings"): a kind of what that label says."""
    from pipeline.themes.concepts import read_concepts
    from pipeline.themes.field import term_pattern

    terms = dict(read_concepts()).get(label)
    return bool(part) and bool(terms) and term_pattern(terms).fullmatch(part.strip()) is not None


def _leaves_out_largest(label: str, children: list[tuple[str, int]]) -> bool:
    """Whether a broad theme's topic `label` shares no word (by its first four letters) with the topic of its largest
    sub-theme, which holds at least LARGEST_PART of it ("Health and wellbeing" over "Early help", 96 of 187
    findings)."""
    total = sum(size for _, size in children)
    size, child = max(((size, child) for child, size in children), key=lambda item: item[0])
    part = _topic_part(child)
    if not part or size < LARGEST_PART * total:
        return False
    # words alike by their first four letters ("Leaving care" names "Care leavers"), people words counted
    return not {stem[:4] for stem in _part_stems(part, people=True)} & {stem[:4] for stem in _part_stems(label, True)}


def _topic_part(child: str, pair: bool = False) -> str:
    """What a sub-theme's label says it is about, as a part of a broad label: the first of its parts ("Care
    leavers" of "Care leavers and accommodation"; with `pair`, a pair of single words whole, as a mixed broad
    label lists it: "Brothers and sisters"), the kind of thing it lists ("Plans" of "Pathway, care and other
    plans"), the X of "X, various aspects", "Statistics on X", "Mixed findings: X, ..." and "Mixed findings, some
    on X" (or "mostly on X"); "" when it names no topic ("Mixed findings, no common topic", "a few on X": a minor
    part is no subject of the broad theme) or the part is no name on its own ("Young people": the whole field;
    "Reduction": a fragment of a figure; `NO_PART`)."""
    other = re.search(r" and other (\S+)$", child)  # "Pathway, care and other plans" is about plans
    if other:
        return other.group(1)[:1].upper() + other.group(1)[1:]
    mixed = re.match(r"(?:Mixed findings|Statistics)(?::\s*|, (?:some|mostly) on )(.+)$", child)
    if mixed:
        child = mixed.group(1)
    elif not _is_topic(child) and not child.startswith("Statistics on "):
        return ""
    topic = child.split(", various aspects")[0].split(", including ")[0]
    # pair: a pair of single words is one topic ("Brothers and sisters"); else the first part ("Care proceedings"),
    # but never one of two plurals ("Brothers" of "Brothers and sisters", "Parents" of "Parents and carers": a group
    # named by both)
    plurals = re.fullmatch(r"[\w'’-]+s and [\w'’-]+s", topic)
    part = topic if (pair or plurals) and re.fullmatch(r"[\w'’-]+ and [\w'’-]+", topic) \
        else re.split(r", | and ", topic)[0]
    part = part[:1].upper() + part[1:]
    return "" if not part or any(p.endswith(NO_PART) for p in name_problems([part])) else part


# Name problems that make a sub-theme's topic no part of a broad label: a name of the whole field, a fragment of a
# figure ("Reduction"), a quantity ("Vast majority"), a compound modifier ("Long-term").
NO_PART = (WHOLE_FIELD, "a fragment of a statistic", "a quantity, not a topic", "a lone compound modifier")


def _distinct_parts(parts: list[str], most: int = 3) -> list[str]:
    """Up to `most` of `parts` (in order), each saying something the ones before do not: no part that shares a stem
    (an acronym read as its expansion, a synonym as its canonical form; without the people words) with a part
    before ("Children looked after" after "Children in care", "Social work" after "Social workers"), nor one whose
    stems with the people words are held by, or hold, a part's before; a part "Statistics on X" is about figures,
    so "Virtual school" may follow "Statistics on schools"."""
    kept: list[str] = []
    seen: set[str] = set()
    wholes: list[set[str]] = []  # stems with people words: "social workers caseloads" holds "social workers"
    forms: set = set()  # the parts' canonical forms, and their words without a doubled consonant (`_undoubled`)
    for part in parts:
        if not part:
            continue
        same = canonical(part)  # synonyms are one part: "Children looked after" after "Children in care"
        stems, whole = _part_stems(part), _part_stems(part, people=True)
        # the same words but for a doubled consonant: "Planning" after "Plans"
        plain = frozenset(_stem(fold(_undoubled(w))) for w in part.split() if w.lower() not in CONNECTORS | DETERMINERS)
        if stems and not stems & seen and not any(whole <= w or w <= whole for w in wholes) and same not in forms \
                and plain not in forms:
            forms |= {same, plain}
            kept.append(part)
            # "Statistics on schools" is about figures: "Virtual school" after it still says something of its own
            seen |= _part_stems("statistics") if part.lower().startswith("statistics on ") else stems
            wholes.append(whole)
    return kept[:most]


# Share of a word's uses inside a sentence written with a capital at which a label writes it so ("Cafcass", "Ofsted").
PROPER_SHARE = 0.8
PROPER_USES = 5


# A word as `cased_as_written` reads it: after a lower-case letter, comma or semicolon and a space, the whole run of
# letters, apostrophes and hyphens; then whether spaces and a capital follow it.
_RUN_AFTER_LOWER = re.compile(r"(?<=[a-z,;] )[A-Za-z][A-Za-z'’-]*")
_CAPITAL_AFTER = re.compile(r" +[A-Z]")
# Letters that match an ASCII letter of another case in a case-blind regular expression (Kelvin sign, long s,
# dotted and dotless i): a text holding one is read by the plain alternation of the words.
_CASE_BLIND_ODD = re.compile("[\u0130\u0131\u017f\u212a]")


def _uses_after_lower(words: set[str], text: str):
    """(word as written, whether spaces and a capital follow it) for each use in `text` of one of `words` (lower
    case) written whole, in any case, after a lower-case letter, comma or semicolon and a space, in order.

    As the case-blind alternation of the words would find them (which tries every word at every place): the run of
    letters after such a space is looked up in `words` instead, which gives the same uses when no letter of the
    text matches an ASCII letter of another case (else the alternation runs)."""
    if _CASE_BLIND_ODD.search(text):
        pattern = re.compile(r"(?<=[a-z,;] )((?i:" + "|".join(re.escape(w) for w in sorted(words, key=len,
                                                                                            reverse=True))
                             + r"))(?![A-Za-z'’-])( +[A-Z])?")
        for match in pattern.finditer(text):
            yield match.group(1), bool(match.group(2))
        return
    at = 0
    while (run := _RUN_AFTER_LOWER.search(text, at)) is not None:
        at = run.end()
        if run.group(0).lower() not in words:
            continue
        after = _CAPITAL_AFTER.match(text, at)
        if after is not None:
            at = after.end()  # the capital is read with this word, as the alternation's match takes it in
        yield run.group(0), after is not None


def cased_as_written(labels: list[str], texts: list[str]) -> list[str]:
    """`labels` with each lower-case word after the first written with a capital when the findings write it so inside
    their sentences, and not as a word of a longer name (PROPER_SHARE of at least PROPER_USES uses): a name is no
    common noun ("Care proceedings, public law outline and cafcass" put a name in lower case, as a list of parts
    does)."""
    words = {w for label in labels for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", label)[1:]
             if w.islower() and len(w) > 2 and w not in CONNECTORS | DETERMINERS | {"and"}}
    if not words or not texts:
        return list(labels)
    uses, capital = Counter(), Counter()
    for word, capital_after in _uses_after_lower(words, "\n".join(texts)):
        uses[word.lower()] += 1
        # a capital inside a longer name ("Health and Wellbeing Board") makes no name of the word alone
        capital[word.lower()] += word[:1].isupper() and not word.isupper() and not capital_after
    proper = {w for w in words if uses[w] >= PROPER_USES and capital[w] >= PROPER_SHARE * uses[w]}
    if not proper:
        return list(labels)

    def case(label: str) -> str:
        first, *rest = re.split(r"(?<=\S)(?=\s)", label, maxsplit=1)
        return first + re.sub(r"[A-Za-z][A-Za-z'’-]*", lambda m: m.group(0)[:1].upper() + m.group(0)[1:]
                              if m.group(0) in proper else m.group(0), "".join(rest))
    return [case(label) for label in labels]
