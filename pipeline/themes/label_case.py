"""Labels written with the capitals the findings give a name (`cased_as_written`: "Cafcass", not "cafcass").

A label's parts are written in lower case after its first word, as a list of parts is; a word the findings write
with a capital inside their sentences, and not as a word of a longer name, is a name and keeps it.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from pipeline.themes.capitals import capitalised
from pipeline.themes.vocabulary import CONNECTORS, DETERMINERS


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


def uses_after_lower(words: set[str], text: str):
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
    starts, written, capitals, index = _runs(text)
    at = 0
    for i in sorted(i for word in words for i in index.get(word, ())):
        if starts[i] < at:  # the word's capital, read with the word before it
            continue
        if capitals[i] >= 0:
            at = capitals[i]  # the capital is read with this word, as the alternation's match takes it in
        yield written[i], capitals[i] >= 0


# Every run of `_RUN_AFTER_LOWER`, with where the spaces and capital after it end (-1: none follow it).
_RUN_AND_CAPITAL = re.compile(_RUN_AFTER_LOWER.pattern + r"(?:(?=( +[A-Z]))|)")


@lru_cache(maxsize=1)  # the labels of each level are cased against the same findings
def _runs(text: str) -> tuple[list[int], list[str], list[int], dict[str, list[int]]]:
    """(start, run as written, end of the spaces and capital after it or -1) of every run `uses_after_lower` reads
    in `text`, in order, and the runs of each lower-cased word."""
    starts, written, capitals, index = [], [], [], {}
    for i, match in enumerate(_RUN_AND_CAPITAL.finditer(text)):  # a third faster than reading the groups
        start, end = match.span()
        word = text[start:end]
        starts.append(start)
        written.append(word)
        capitals.append(match.end(1))  # -1 when no capital follows (the group took no part)
        index.setdefault(word.lower(), []).append(i)
    return starts, written, capitals, index


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
    for word, capital_after in uses_after_lower(words, "\n".join(texts)):
        uses[word.lower()] += 1
        # a capital inside a longer name ("Health and Wellbeing Board") makes no name of the word alone
        capital[word.lower()] += word[:1].isupper() and not word.isupper() and not capital_after
    proper = {w for w in words if uses[w] >= PROPER_USES and capital[w] >= PROPER_SHARE * uses[w]}
    if not proper:
        return list(labels)

    def case(label: str) -> str:
        first, *rest = re.split(r"(?<=\S)(?=\s)", label, maxsplit=1)
        return first + re.sub(r"[A-Za-z][A-Za-z'’-]*", lambda m: capitalised(m.group(0))
                              if m.group(0) in proper else m.group(0), "".join(rest))
    return [case(label) for label in labels]
