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
(`_topic_parts`) or by its tone ("mostly strengths": `_tone`), and a smaller sub-theme whose label says nothing a
larger one's does not holds "further findings" on it (`alike_labels.tell_near_alike`). Which findings use a phrase
is counted by `pipeline.themes.coverage`; whether a candidate is a subject where they write it is
`pipeline.themes.subject_checks`'s; names keep the capitals the findings give them (`label_case.cased_as_written`).
Only the best few candidates per theme are POS-tagged (as phrases, by spaCy when its English model is installed), to
keep noun phrases and drop verb fragments ("members noted"): the cost does not grow with the number of findings.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from typing import Iterator

import numpy as np
import pandas as pd
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.themes.bare_words import adjective_subject, bare_word
from pipeline.themes.concepts import LIFT
from pipeline.themes.coverage import COVERAGE, FIGURE_SHARE, MIXED_SHARE, STATISTICS_SHARE, Coverage, _fraction
from pipeline.themes.fallback_names import (DOMINANT_SHARE, FLOOR, WORD_LIFT, _dominant_phrase, _dominant_term,
                                            _dominant_word, _dominant_words, _head, _inner, _is_topic, _kinds, _listing,
                                            _too_common, needs_object, widened, widespread)
from pipeline.themes.name_checks import (_FIELD_ITSELF, AGE_WORDS, GENERIC_NAMES, LONE_GENERIC, STATISTIC_WORDS,
                                         VAGUE_WORDS, _tagger, _opens_with_participle, complete_term, name_problems,
                                         noun_phrases)
from pipeline.themes.phrases import phrases_of
from pipeline.themes.subject_checks import (_fragment_of, _lone_subject, _participle_alone, _scattered_term, _subject,
                                            _usable, participle_subject)
from pipeline.themes.written_clause import written_clause_names
from pipeline.themes.written_phrase import FURTHER_SHARE, shared_head_names, written_phrase_names
from pipeline.themes.vocabulary import (_POPULATION, CONNECTORS, DETERMINERS, _bare, _label_key, _shown, _stem,
                                        _straight, canonical, fold)

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
            if dominant and _participle_alone(covers, theme, dominant):  # said with its subject, as for candidates
                dominant = participle_subject(covers, theme, dominant) or dominant
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
                if kinds is None and _kinds(covers.texts_of(theme), word, checked=False):
                    # its kinds are of the word in other senses (`kind_senses`): its aspects, not mixed findings,
                    # which would dissolve the theme (names never change the clustering)
                    kinds = f"{word[:1].upper() + word[1:]}, various aspects"
                elif kinds is None and not name_problems([word[:1].upper() + word[1:]]):
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
            if word and bare_word(covers.texts_of(theme), word):  # "Variable, various aspects": variable what?
                said = adjective_subject(covers, theme, word)  # "Variable quality", as its findings write it
                if said and _label_key(said) not in used:
                    label = said
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
        if _participle_alone(covers, theme, text):  # "Identified through assessment": what was identified?
            text = participle_subject(covers, theme, text) or text
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
             and not name_problems([p[:1].upper() + p[1:]]) and not widespread(covers, p)
             and (" " in p or not bare_word(covers.texts_of(theme), p))]  # "mentioning variable": variable what?
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
