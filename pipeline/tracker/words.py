"""The shared-words term of the tracker's score: tokens and content words (plurals, -ing, -ed folded; common and
Ofsted-generic words left out), their idf over the run's findings, the idf-weighted share of a recommendation's words
a text also uses, and the texts they are read from (abbreviations spelt out by the glossary, names masked)."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

from pipeline.schema import CLUSTERING_TEXT
from pipeline.themes.cluster_text import clustering_texts


_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=200_000)
def flat(text) -> str:
    """The text on one line, runs of white space as one space (PDF and page text break lines anywhere)."""
    return " ".join(str(text or "").split())


def tokens(text: str) -> tuple[str, ...]:
    """The runs of letters and digits of `text`, lower-cased, in order."""
    return tuple(_WORD.findall(str(text).lower().replace("’", "'")))


STOPWORDS = frozenset(
    "the and that for are with this from have has been into their they them than then there which who whom what when "
    "where will would should could must can all any each every more most other some such only own same not nor also "
    "its our your his her was were being ensure make sure including include includes improve improved improving "
    "quality effective effectively good well local authority children child young people".split())


# Nouns of the field said as an adjective elsewhere ("Sufficiency:" heading a council paper's answer to a
# recommendation on "sufficient homes"), folded to it. A list, not the ending: "emergency", "contingency" and
# "agency" are no adjective's noun, and folding "consistency" made the generic "inconsistent" match more next-report
# lines (two statuses of the five status sets lost, TUNING, forty-first session).
FOLDED = {"sufficiency": "sufficient", "insufficiency": "insufficient"}


def lexical_texts(texts: list[str], glossary: dict[str, tuple[str, str]]) -> list[str]:
    """Texts for the shared-words term: abbreviations spelt out by the glossary (pipeline/data/glossary.csv and the
    user's; "IROs" and "independent reviewing officers" then share words; an inspection report and a council paper
    often abbreviate differently) and place and people's names masked (pipeline.themes.cluster_text), so an
    authority's name is no shared word."""
    return list(_lexical_texts(tuple(str(t) for t in texts), tuple(sorted(glossary.items()))))


def findings_lexical(findings: pd.DataFrame, glossary: dict[str, tuple[str, str]]) -> list[str]:
    """`lexical_texts` of the findings: the themes stage's clustering text (CLUSTERING_TEXT, the same masking with
    the run's glossary) when the findings carry it, else made here."""
    if CLUSTERING_TEXT in findings.columns:
        return findings[CLUSTERING_TEXT].astype(str).tolist()
    return lexical_texts(findings["text"].tolist(), glossary)


@lru_cache(maxsize=8)
def _lexical_texts(texts: tuple[str, ...], glossary: tuple) -> tuple[str, ...]:
    # Cached: the calibration runs the tracker many times over the same findings.
    return tuple(clustering_texts(list(texts), dict(glossary)))


@lru_cache(maxsize=200_000)
def content_words(text: str) -> frozenset[str]:
    """Lower-case words of three letters or more without common and Ofsted-generic words, plural -s, -ing and -ed
    folded, and the nouns of FOLDED said as their adjective (apply to `lexical_texts` output to have abbreviations
    spelt out)."""
    words = set()
    for word in tokens(text):
        if len(word) < 3 or word in STOPWORDS or word.isdigit():
            continue
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            word = word[:-1]
        # -ing / -ed folded too, so a paraphrase's "visited", "recording" meet the recommendation's "visits", "record".
        if word.endswith("ing") and len(word) >= 7:
            word = word[:-3]
        elif word.endswith("ed") and len(word) >= 6:
            word = word[:-2]
        # a noun as its adjective, so a council's "Sufficiency:" meets the recommendation's "sufficient homes"
        elif word in FOLDED:
            word = FOLDED[word]
        words.add(word)
    return frozenset(words)


def idf_weights(texts: list[str]) -> dict[str, float]:
    """Inverse document frequency of content words over `texts` (the run's findings): log(n / df)."""
    df: dict[str, int] = {}
    for text in texts:
        for word in content_words(text):
            df[word] = df.get(word, 0) + 1
    n = max(len(texts), 1)
    return {word: float(np.log(n / count)) for word, count in df.items()}


def lexical_overlap(rec_texts: list[str], texts: list[str], idf: dict[str, float]) -> np.ndarray:
    """(n_texts, n_recs): the idf-weighted share of each recommendation's content words that the text also uses."""
    default = max(idf.values(), default=1.0)
    recs = [{w: idf.get(w, default) for w in content_words(t)} for t in rec_texts]
    totals = [sum(r.values()) or 1.0 for r in recs]
    out = np.zeros((len(texts), len(recs)), dtype=np.float32)
    for i, text in enumerate(texts):
        words = content_words(text)
        for j, rec in enumerate(recs):
            shared = words.intersection(rec)
            if shared:
                out[i, j] = sum(rec[w] for w in shared) / totals[j]
    return out


def distinct_terms(text: str, idf: dict[str, float], floor: float) -> frozenset[str]:
    """The content words of a recommendation's matter (`text`: lexical_texts output) rare across the run's findings
    (idf `floor` or more; a word no finding uses counts as rare): what makes it this recommendation and not its
    subject's general one ("delegated" beside fostering, "passport" beside care leavers)."""
    return frozenset(w for w in content_words(text) if idf.get(w, floor) >= floor)


def close_form(word: str) -> str:
    """A content word's close form: its first six letters ("delega" of "delegated" and of "delegation")."""
    return word[:6]


def carries_terms(text: str, terms: frozenset[str]) -> bool:
    """Whether `text` (lexical_texts output) writes any of `terms`, or a close form of one (close_form)."""
    forms = {close_form(t) for t in terms}
    return any(close_form(w) in forms for w in content_words(text))


def distinct_carried(rec_texts: list[str], texts: list[str], idf: dict[str, float], floor: float
                     ) -> tuple[np.ndarray, np.ndarray]:
    """(n_texts, n_recs) whether each text carries one of each recommendation's distinct_terms (carries_terms), and
    (n_recs,) whether the recommendation has any."""
    terms = [distinct_terms(t, idf, floor) for t in rec_texts]
    carried = np.array([[carries_terms(text, t) for t in terms] for text in texts], dtype=bool)
    return carried.reshape(len(texts), len(terms)), np.array([bool(t) for t in terms], dtype=bool)
