"""Theme names: each theme's own key phrases by class-based TF-IDF, named by the phrase nearest its centre.

Candidates are phrases the findings themselves contain: runs of up to three content words between stop words and
punctuation ("strategy discussions", "special guardianship orders"), and two runs joined by of / in / for
("police involvement in strategy discussions", "voice of the child"). Evaluative words ("rigorous", "poor",
"timely"), words every children's services document uses ("council", "services"), months and place names end a
run, so a phrase never starts or ends with them. Phrases are counted under a folded key (lower case, plural
folded), and shown as they are most often written (acronyms kept: "CAMHS").

c-TF-IDF treats all findings of one theme as one document: a phrase scores high when many of the theme's
findings use it and few other themes do. A name must also be used by a good share of the theme's findings
(`coverage.COVERAGE`): a distinctive phrase two findings in ten use is a keyword, not the theme's name. Labels are
distinct by their words. The fallbacks are in `pipeline.themes.fallback_names`: a label of one part of its theme is
widened to what most of it shares (`widened`: "Health, including mental health"); a theme with no phrase left is named
by the one word most of it is about ("Assessments, various aspects", but never by a word a quarter of all themes use:
`widespread`), else called "Mixed findings:
X" (or "Statistics on X") when X is what a fair part of it mentions, else "Mixed findings, no common topic",
rather than given a name that misleads; no two themes get one label (a theme with no common topic says what a
tenth of it is on: "Mixed findings, one in eight on X"). Findings grouped by a general word most of them use are "Mixed
findings mentioning X"; themes left mixed are named by the field's topics (`pipeline.themes.concepts`), matched so
that as many are named as can be, and a sub-theme mostly about what another is named holds "X, further findings".
Broad themes with no common topic are named by their sub-themes' topics (`broad_names.broad_from_children`), and
sub-themes still alike by a keyword a fifth of their findings use (`alike_labels.distinguish_alike`). No part below a
tenth of a theme is said ("very few on X" misled); a mixed theme may be said by a field topic a part of it is on
(`mixed_parts._topic_parts`) or by its tone ("mostly strengths": `mixed_parts._tone`), and a smaller sub-theme whose
label says nothing a larger one's does not holds "further findings" on it (`alike_labels.tell_near_alike`). One
distinct label per theme is chosen by `label_choice`; passes that rename weak labels by the field's topics are in
`topic_renames`. Which findings use a phrase
is counted by `pipeline.themes.coverage`; whether a candidate is a subject where they write it is
`pipeline.themes.subject_checks`'s; names keep the capitals the findings give them (`label_case.cased_as_written`).
Only the best few candidates per theme are POS-tagged (as phrases, by spaCy when its English model is installed), to
keep noun phrases and drop verb fragments ("members noted"): the cost does not grow with the number of findings.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd
from scipy.sparse import csr_matrix

from pipeline.themes.agent_nouns import written_as
from pipeline.themes.capitals import capitalised
from pipeline.themes.coverage import Coverage
from pipeline.themes.label_choice import choose_labels
from pipeline.themes.name_checks import (GENERIC_NAMES, LONE_GENERIC, pos_tagger, complete_term, name_problems,
                                         noun_phrases)
from pipeline.themes.phrases import phrases_of
from pipeline.themes.vocabulary import stem_of, straight, fold

LABEL_SAMPLE = 30       # findings per theme read for its name (spread over the theme: cluster.label_members)


def prepare() -> None:
    """Load spaCy's English tagger in this process now instead of on first use (`run` loads it while the segment
    stage's workers work)."""
    pos_tagger()


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
        self._by_column = None

    def counts_of(self, key: str) -> np.ndarray | None:
        """Column `key` of `matrix` as a dense (themes,) array, None when no finding has the phrase: read from a
        column-major copy made once (slicing the row-major matrix per word took about ten times as long)."""
        if self.matrix is None:
            return None
        at = int(np.searchsorted(self.names, key))
        if at >= len(self.names) or self.names[at] != key:
            return None
        if self._by_column is None:
            self._by_column = self.matrix.tocsc()
        span = slice(self._by_column.indptr[at], self._by_column.indptr[at + 1])
        column = np.zeros(len(self.themes), dtype=self.matrix.dtype)
        column[self._by_column.indices[span]] = self._by_column.data[span]
        return column


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
    stems = {stem_of(w.lower()) for w in first.split()}
    second = next((terms[i] for i in order[1:4]
                   if not {stem_of(w.lower()) for w in terms[i].split()} & stems
                   and scores[i] > scores[order[0]] - 0.05),
                  "")
    label = first
    words_first, words_second = len(first.split()), len(second.split())
    if second and words_first <= 2 and words_second <= 2 and words_first + words_second <= 3:
        label = f"{first} and {second}"
    return capitalised(label)


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
        whole = list(dict.fromkeys(straight(w if covers.alone(theme, w) else complete_term(w)) for w in pool))
        longer = {w: covers.whole(theme, w) for w in whole}
        # the word put back must leave a noun phrase ("build trusting relationships" is a verb's object)
        nouns_too = noun_phrases(sorted(set(v for v in longer.values() if v) - set(whole)))
        # an adverb put back ("privately" of "privately arranged fostering placement") is part of the name, which
        # the tagger reads as no noun phrase: the phrase without it says another thing (read 31: "Arranged fostering
        # placement" over private fostering)
        whole = list(dict.fromkeys(v if v in nouns_too or adverb_cut(w, v) else w for w, v in longer.items()
                                   if v is not None))
        # a word its findings write in another sense put as they write it ("commissioner" over findings on
        # commissioning: read 97 took it for a government-appointed commissioner), then checked as any candidate
        whole = list(dict.fromkeys(written_as(covers, theme, w) or w for w in whole))
        candidates[theme] = [w for w in whole if not name_problems([capitalised(w)], covers.texts_of(theme))
                             and (" " in w or _specific_word(w, theme, tally))]
    scores = _meaning_scores(candidates, centroids, embedder)
    # What a theme's findings mention, for a theme with no common topic: its candidates first, then any noun
    # phrase or noun several of its findings use (so that many mixed themes are still told apart by words).
    common = _frequent_phrases(tally, 30)
    common_nouns = noun_phrases(sorted({p for words in common.values() for p in words}))
    mentions = {t: list(dict.fromkeys(candidates[t] + phrases[t] + [p for p in frequent.get(t, []) if p in nouns]
                                      + [p for p in common.get(t, []) if p in common_nouns]))
                for t in candidates}
    labels = choose_labels(candidates, scores, covers, taken or set(), max_parts, mentions)
    return pd.DataFrame(
        [{"theme_id": theme, "label": labels[theme],
          "keywords": "; ".join(keywords.get(theme) or phrases[theme][:top_n])} for theme in sorted(labels)],
        columns=["theme_id", "label", "keywords"])


def adverb_cut(phrase: str, longer: str) -> bool:
    """Whether `longer` is `phrase` with an adverb put back before it ("privately arranged fostering placement"):
    the phrase alone says another thing ("arranged fostering placement")."""
    added = longer[:-len(phrase)].strip() if longer.endswith(phrase) and longer != phrase else ""
    if not added.isalpha() or not added.endswith("ly"):
        return False
    nlp = pos_tagger()  # an adverb of the participle or adjective that starts the phrase ("early help" names a help)
    doc = nlp(longer) if nlp is not None else []
    return len(doc) >= 2 and doc[0].pos_ == "ADV" and (doc[1].pos_ in ("VERB", "ADJ") or doc[1].tag_ == "VBN")


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
    column = tally.counts_of(fold(word))
    if column is None:
        return True
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
