"""Candidate phrases of a text (`phrases_of`): runs of content words and their sub-runs, and "A of/in/for [the] B"
joining two runs - what theme names are chosen from (`naming`, `written_phrase`, `discover`)."""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.themes.vocabulary import CONNECTORS, DETERMINERS, EDGE_WORDS, as_shown, fold, stop_words

# Of the EDGE_WORDS (`vocabulary`), the ones that do not start a phrase either ("support care leavers",
# "children's assessments").
NO_START = {"children", "child's", "children's", "young", "people", "support", "work", "information", "plan", "plans",
            "service", "services", "report", "reports"}
# Of those, the ones that end a phrase after a word that names a theme ("pathway plans", "emergency duty team",
# "annual reports"), but not after another common word ("care plans", "social work team").
SOFT_END = {"plan", "plans", "team", "teams", "report", "reports"}
# A number with what hangs on it ("17-year-olds", "16-plus", "8.7%") is one token, and no word of a phrase.
TOKEN = re.compile(r"\d[\d.,%]*(?:[-–][A-Za-z0-9]*)+|[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]"
                   r"|[.,;:!?()\[\]\"“”/•–—]|\d+")


def _ends_phrase(word: str) -> bool:
    lower = word.lower().replace("’", "'")
    return lower not in EDGE_WORDS and fold(lower) not in EDGE_WORDS


class _Word(NamedTuple):
    """What `phrases_of` needs to know of one token, worked out once per distinct token."""

    lower: str       # lower case, curly apostrophe made straight
    content: bool    # a word that joins a run (not a stop word, not punctuation, longer than one letter)
    key: str         # folded, as in a phrase key
    shown: str       # as a label shows it
    ends: bool       # may end a phrase
    starts: bool     # may start a phrase


# Per stop-word set, token -> _Word: findings repeat a small vocabulary, so each token is examined once per run
# rather than once per occurrence.
_WORDS: dict[frozenset[str], dict[str, _Word]] = {}


def _words(stop: frozenset[str]) -> dict[str, _Word]:
    """The token -> _Word table of one stop-word set (bounded: a long-lived process sees many texts)."""
    words = _WORDS.get(stop)
    if words is None or len(words) > 500_000:
        if len(_WORDS) >= 8:
            _WORDS.clear()
        words = _WORDS[stop] = {}
    return words


def _word(token: str, stop: frozenset[str]) -> _Word:
    lower = token.lower().replace("’", "'")
    content = token[0].isalpha() and lower not in stop and fold(lower) not in stop and len(lower) > 1
    return _Word(lower, content, fold(token), as_shown(token), _ends_phrase(token), lower not in NO_START)


def phrases_of(text: str, stop: frozenset[str] | None = None, max_words: int = 3) -> list[tuple[str, str]]:
    """(key, surface) of every candidate phrase in one text: content-word runs and their sub-runs of up to
    `max_words` words, and "A of/in/for [the] B" joining the end of one run to the start of the next."""
    stop = stop if stop is not None else stop_words()
    out: list[tuple[str, str]] = []
    run: list[_Word] = []
    previous: list[_Word] = []  # the run before a connector, while a connector phrase is possible
    link: list[str] = []
    words = _words(stop)
    for token in TOKEN.findall(text) + ["."]:
        word = words.get(token)
        if word is None:
            word = words[token] = _word(token, stop)
        if word.content:
            run.append(word)
            continue
        if run:
            _add_runs(run, max_words, out)
            if previous and link and run[:2][-1].ends and previous[-2:][0].starts:
                head, tail = previous[-2:], run[:2]
                out.append((" ".join([*(w.key for w in head), link[0], *(w.key for w in tail)]),
                            " ".join([*(w.shown for w in head), *link, *(w.shown for w in tail)])))
        lower = word.lower
        if lower in CONNECTORS and run:
            previous, link = run, [lower]
        elif lower in DETERMINERS and link and len(link) == 1 and not run:
            link.append(lower)
        else:
            previous, link = [], []
        run = []
    return out


def _add_runs(run: list[_Word], max_words: int, out: list[tuple[str, str]]) -> None:
    """Append (key, surface) of every sub-run of `run` of up to `max_words` words that may start and end a phrase,
    by start then length."""
    keys, shown = [w.key for w in run], [w.shown for w in run]
    for i, first in enumerate(run):
        if not first.starts:
            continue
        for j in range(i + 1, min(len(run), i + max_words) + 1):
            if run[j - 1].ends or (j - 1 > i and run[j - 1].lower in SOFT_END and run[j - 2].ends):
                out.append((" ".join(keys[i:j]), " ".join(shown[i:j])))
