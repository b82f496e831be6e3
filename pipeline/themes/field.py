"""Field themes: the matters a researcher of children's services expects to find named (caseloads and workload,
chronologies, police involvement in strategy discussions, workforce churn, management oversight and supervision),
seeded beside the discovered themes.

A field theme is a row of pipeline/data/field_themes.csv (`label, terms, description`; a user's file with the
same columns extends it: a row with a shipped label replaces that row, and with empty terms switches it off).
A finding joins a field theme when it is about that matter: it uses one of the theme's terms (whole words of its
clustering text, any case; a term ending in "*" matches any ending, else a plural "s" or "es" may follow) AND it
lies close to the theme's description in the space themes are assigned in (the embedding joined with the topic
words, `pipeline.themes.lexical`): cosine similarity at least THRESHOLD to the unit mean of the embeddings of the
label and the description's sentences, joined with the topic words of that text. A term alone is no evidence
("supervision of contact", "police protection"), nor is closeness alone (a finding about audits lies near
oversight). A theme's core terms (`core_terms`: words that name the matter itself, "caseloads", "turnover",
"chronology") are stronger evidence: a finding that uses one needs only CORE_THRESHOLD, so a short or
list-like finding ("turnover is now 12%", "some caseloads are challenging, with ...") still joins; core terms count
as terms too. A finding that qualifies for two field themes joins the one it lies closer to. Each field theme with
members becomes one sub-theme with its own label; the other findings are clustered as before
(`pipeline.themes.discover`).

`FieldSeeds` is the fitted form (labels, terms, centres, threshold), kept with the themes (the run folder's and a
saved model's FIELD_SEEDS file), so `apply` gives next year's findings the same field themes by the same rule.
"""

from __future__ import annotations

import io
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.errors import ConfigError
from pipeline.themes.cluster import unit_rows

# Least cosine similarity, in the joined space, between a finding and a field theme's description centre: for a
# finding that uses one of the theme's terms (THRESHOLD), and for one that uses a core term (CORE_THRESHOLD).
# THRESHOLD was chosen on the bundled findings of tests/data/named_themes.csv; CORE_THRESHOLD on the TUNING half of
# its documents (benchmarks/themes_named.py --half tuning; docs/measurements.md, "Field themes").
THRESHOLD = 0.40
CORE_THRESHOLD = 0.20
OFF = "off"   # the config value that switches field themes off
COLUMNS = ("label", "terms", "core_terms", "description")


@dataclass(frozen=True)
class FieldTheme:
    label: str
    terms: tuple[str, ...]
    description: str
    core_terms: tuple[str, ...] = ()

    def texts(self) -> list[str]:
        """The label and each sentence of the description: what the theme's centre is the mean embedding of."""
        return [self.label, *(s for s in re.split(r"(?<=[.!?])\s+", self.description.strip()) if s)]


def read_field_themes(path: Path | str | None = None) -> list[FieldTheme]:
    """The shipped field themes, updated by the user's file `path` (same columns); none when `path` is OFF."""
    if str(path or "").strip().lower() == OFF:
        return []
    if not path:  # read for every theme a label is checked against: parsed once per content of the shipped file
        return list(_shipped_themes(resources.files("pipeline.data").joinpath("field_themes.csv").read_bytes()))
    tables = [pd.read_csv(resources.files("pipeline.data").joinpath("field_themes.csv"), dtype=str,
                          keep_default_na=False)]
    try:
        tables.append(pd.read_csv(path, dtype=str, keep_default_na=False))
    except (OSError, pd.errors.ParserError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot be read as a field themes CSV ({error})") from error
    if not {"label", "terms"} <= set(tables[-1].columns):
        raise ConfigError(f"{path}: field themes need columns label, terms (and description); write 'off' "
                          "instead of a file to switch them off.")
    return _themes(tables)


@lru_cache(maxsize=4)
def _shipped_themes(content: bytes) -> tuple[FieldTheme, ...]:
    """The field themes of the shipped file's content."""
    return tuple(_themes([pd.read_csv(io.BytesIO(content), dtype=str, keep_default_na=False)]))


def _themes(tables: list[pd.DataFrame]) -> list[FieldTheme]:
    """The field themes of the tables, a later table's row replacing an earlier one of the same label."""
    themes: dict[str, FieldTheme] = {}
    for table in tables:
        for row in table.to_dict("records"):
            label = str(row["label"]).strip()
            if not label:
                continue
            terms, core = (_terms(row.get(column, "")) for column in ("terms", "core_terms"))
            themes.pop(label.lower(), None)
            if terms:
                themes[label.lower()] = FieldTheme(label, terms, str(row.get("description", "")).strip(), core)
    return list(themes.values())


def _terms(cell) -> tuple[str, ...]:
    """The "; "-separated terms of a cell (a term of nothing but "*" is none)."""
    return tuple(t.strip() for t in str(cell or "").split(";") if t.strip().rstrip("*").strip())


# term_pattern's source -> the leading word characters of the first word of each of its terms: a match begins a
# word of the text, which starts with one of them, so only the texts with such a word are read (`term_uses`).
_FIRST_WORDS: dict[str, tuple[str, ...]] = {}
_WORD = re.compile(r"\w+")


def term_pattern(terms: tuple[str, ...] | list[str]) -> re.Pattern:
    """Whole-word, case-blind pattern of `terms` ("allocat*": any ending; else an optional plural)."""
    return _term_pattern(tuple(terms))


@lru_cache(maxsize=4096)  # the same topics' terms are matched for every theme; compiling is much of the cost
def _term_pattern(terms: tuple[str, ...]) -> re.Pattern:
    alternatives, firsts = [], set()
    for term in terms:
        words = term.strip().lower().rstrip("*").split()
        ending = r"\w*" if term.strip().endswith("*") else r"(?:s|es)?"
        alternatives.append(r"\s+".join(re.escape(w) for w in words) + ending)
        start = _WORD.match(words[0]) if words else None
        firsts.add(start.group() if start else "")
    pattern = re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)
    if "" not in firsts and len(_FIRST_WORDS) < 100_000:  # a term of no words, or not starting with one, is read
        _FIRST_WORDS[pattern.pattern] = tuple(sorted(firsts))  # everywhere
    return pattern


def first_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """The leading word characters, lower-cased, of the first word of each term of a `term_pattern` (every match
    begins with one of them, in any case), or None when not known."""
    return _FIRST_WORDS.get(pattern.pattern)


def term_uses(texts: list[str], patterns: list[re.Pattern]) -> np.ndarray:
    """(texts, patterns) booleans: which texts use which pattern's terms. Each pattern runs once over all the texts
    joined by NUL (which no term's words, spaces or word endings cross), not once per text; a `term_pattern` only
    over the texts with a word that its terms can start (`WordRows`)."""
    clean = [str(text).replace("\0", " ") for text in texts]
    joined = "\0".join(clean)
    lowered = joined.lower()
    starts = np.cumsum([0] + [len(text) + 1 for text in clean[:-1]])
    uses = np.zeros((len(texts), len(patterns)), dtype=bool)
    words = pieces = None
    for column, pattern in enumerate(patterns):
        if pattern.flags & re.IGNORECASE and pattern.pattern == pattern.pattern.lower() \
                and len(lowered) == len(joined):  # the same matches, about twice as fast, on lower-cased text
            firsts = _FIRST_WORDS.get(pattern.pattern)
            if firsts is not None and words is None:
                words = _word_rows(lowered, starts, clean)
            rows = np.arange(len(texts)) if firsts is None else words.starting(firsts)
            if len(rows) == len(texts):  # every text: the joined text itself
                some, some_starts = lowered, starts
            else:
                if pieces is None:  # text i lower-cased, as it stands in `lowered` (no text holds a NUL)
                    pieces = lowered.split("\0")
                some = "\0".join([pieces[row] for row in rows.tolist()])
                some_starts = np.cumsum([0] + [len(clean[row]) + 1 for row in rows[:-1].tolist()])
            found = [match.start() for match in _cased(pattern.pattern).finditer(some)]
            uses[rows[np.searchsorted(some_starts, found, side="right") - 1], column] = True
        else:
            found = [match.start() for match in pattern.finditer(joined)]
            uses[np.searchsorted(starts, found, side="right") - 1, column] = True
    return uses


@lru_cache(maxsize=4096)
def _cased(source: str) -> re.Pattern:
    """`source` compiled without IGNORECASE, to run over lower-cased text (compiled once per pattern)."""
    return re.compile(source)


# (lower-cased texts joined by NUL, their `WordRows`) of the two longest lists of texts read lately: the topics' and
# the shared topics' terms are looked for in the same findings (a run's every finding), with shorter lists between.
_WORD_ROWS: list[tuple[str, "WordRows"]] = []
LONG = 1000  # least texts in a list whose `WordRows` is kept


def _word_rows(lowered: str, starts, clean: list[str]) -> "WordRows":
    """The `WordRows` of the texts `clean` (which hold no NUL), lower-cased and joined by NUL as `lowered` (text i at
    starts[i]): the same joined text gives the same words and rows, so a kept one is reused."""
    for joined, words in _WORD_ROWS:
        if joined == lowered:
            return words
    words = WordRows([lowered[start:start + len(text)] for start, text in zip(starts, clean)])
    if len(clean) >= LONG:  # in place of the shorter kept one, when this is longer
        _WORD_ROWS.append((lowered, words))
        _WORD_ROWS.sort(key=lambda kept: -len(kept[0]))
        del _WORD_ROWS[2:]
    return words


class WordRows:
    """The words (runs of word characters) of some texts, each with the rows of the texts that use it."""

    def __init__(self, texts: list[str]):
        rows: dict[str, list[int]] = {}
        for row, text in enumerate(texts):
            for word in set(_WORD.findall(text)):
                rows.setdefault(word, []).append(row)
        self._rows, self._words = rows, sorted(rows)

    def starting(self, prefixes: tuple[str, ...]) -> np.ndarray:
        """Sorted rows of the texts with a word that starts with one of `prefixes`."""
        found: set[int] = set()
        for prefix in prefixes:
            at = bisect_left(self._words, prefix)
            while at < len(self._words) and self._words[at].startswith(prefix):
                found.update(self._rows[self._words[at]])
                at += 1
        return np.array(sorted(found), dtype=np.int64)


class FieldSeeds:
    """Fitted field themes: labels, terms and core terms ("; "-joined per theme; core terms count as terms too),
    centres (f, dim) in the space themes are assigned in, and the two thresholds."""

    def __init__(self, labels, terms, centres: np.ndarray, threshold: float = THRESHOLD, core=None,
                 core_threshold: float = CORE_THRESHOLD):
        self.labels, self.terms = [str(x) for x in labels], [str(x) for x in terms]
        self.core = [str(x) for x in core] if core is not None else [""] * len(self.labels)
        self.centres = np.asarray(centres, dtype=np.float32)
        self.threshold, self.core_threshold = float(threshold), float(core_threshold)
        self._patterns = None

    @classmethod
    def fit(cls, themes: list[FieldTheme], embedder, words=None, threshold: float = THRESHOLD,
            core_threshold: float = CORE_THRESHOLD) -> "FieldSeeds":
        """Centres from each theme's texts (embedded by `embedder`, joined with their topic words by `words`, the
        `TopicWords` the themes are assigned with; the embedding alone when None)."""
        if embedder is None:
            raise ConfigError("field themes need the embedding model to place their descriptions.")
        from pipeline.themes.cluster_text import clustering_texts, read_glossary

        glossary = read_glossary()
        centres = []
        for theme in themes:
            texts = clustering_texts(theme.texts(), glossary)
            mean = unit_rows(unit_rows(np.asarray(embedder.embed(texts), dtype=np.float32)).mean(axis=0)[None, :])
            centres.append(mean[0] if words is None else words.join(mean, [" ".join(texts)])[0])
        return cls([t.label for t in themes], ["; ".join(t.terms) for t in themes], np.array(centres), threshold,
                   ["; ".join(t.core_terms) for t in themes], core_threshold)

    def patterns(self) -> list[re.Pattern]:
        """A pattern per theme of its terms and core terms, then one per theme of its core terms alone (a theme
        without core terms: a pattern that matches nothing)."""
        if self._patterns is None:
            every = [term_pattern([t for t in f"{terms}; {core}".split("; ") if t.strip()])
                     for terms, core in zip(self.terms, self.core)]
            self._patterns = every + [term_pattern(core.split("; ")) if core.strip() else re.compile(r"(?!x)x")
                                      for core in self.core]
        return self._patterns

    def members(self, space: np.ndarray, texts: list[str]) -> np.ndarray:
        """Field theme (0..f-1) of each finding, -1 for none. space: the findings' rows in the space the centres
        are in (row i = texts[i], the clustering texts)."""
        similarity = np.asarray(space, dtype=np.float32) @ self.centres.T
        uses = term_uses(texts, self.patterns())
        f = len(self.labels)
        qualifies = ((uses[:, :f] & (similarity >= self.threshold))
                     | (uses[:, f:] & (similarity >= self.core_threshold)))
        best = np.where(qualifies, similarity, -np.inf).argmax(axis=1) if len(self.labels) else np.zeros(len(texts))
        return np.where(qualifies.any(axis=1), best, -1).astype(np.int64)

    def keep(self, rows: list[int]) -> "FieldSeeds":
        """The seeds of the field themes `rows` only (those that have members), in that order."""
        return FieldSeeds([self.labels[i] for i in rows], [self.terms[i] for i in rows], self.centres[rows],
                          self.threshold, [self.core[i] for i in rows], self.core_threshold)

    def save(self, path: Path) -> Path:
        np.savez(path, labels=np.array(self.labels, dtype=str), terms=np.array(self.terms, dtype=str),
                 centres=self.centres, threshold=np.array(self.threshold), core=np.array(self.core, dtype=str),
                 core_threshold=np.array(self.core_threshold))
        return Path(path)

    @classmethod
    def load(cls, path: Path) -> "FieldSeeds":
        """A saved FieldSeeds; one saved before core terms has none (its rule is given exactly as it was)."""
        with np.load(path, allow_pickle=False) as data:
            core = data["core"] if "core" in data.files else None
            core_threshold = float(data["core_threshold"]) if "core_threshold" in data.files else CORE_THRESHOLD
            return cls(data["labels"], data["terms"], data["centres"], float(data["threshold"]), core,
                       core_threshold)

    def __getstate__(self):
        return {**self.__dict__, "_patterns": None}
