"""A mixed sub-theme named by the clause most of its findings write ("come into care"), in the form a label reads as.

`written_phrase` names a theme by a phrase of content words side by side; a theme's findings may instead share a
clause whose words a preposition or a verb joins ("children who come into care", "when children come into care"):
no candidate is a noun phrase of it, so the theme was left mixed (read 28 judged "Mixed findings, mostly strengths"
wrong over findings all on children coming into care). `written_clause_names` names such a theme by the clause: its
words in order, two content words of the theme's own (not the field's everyday words) at the ends with only joining
words between them, written by at least half of its findings, KEY_LIFT times as often as by all findings. A clause
that starts with a verb is said as the run writes it with the verb's -ing form ("Coming into care"); one the run never
writes so names nothing.
"""

from __future__ import annotations

import re
from collections import Counter

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.themes.capitals import capitalised
from pipeline.themes.fallback_names import widespread
from pipeline.themes.name_checks import name_problems
from pipeline.themes.vocabulary import DOMAIN_STOP_WORDS, label_key, folded_stem
from pipeline.themes.written_phrase import FURTHER_SHARE, KEY_LIFT, KEY_SHARE, LEAST_WRITTEN, MIXED, claimed

# Words that may stand between a clause's content words ("come into care", "remain with their families"): the forms of
# "be" a clause is written with, not "and" or "or", which join two clauses (`vocabulary.JOINING` is the other notion:
# the words left out of a label's own words).
INSIDE_CLAUSE = {"into", "to", "with", "at", "of", "in", "for", "on", "from", "by", "the", "their", "a", "an", "is",
                 "are", "be", "being", "been", "was", "were"}
# Longest clause, in words.
LONGEST = 4
# How many times as often as all findings a theme's findings use a word for it to start a verb clause: a word far more
# its own than the phrases `written_phrase` reads (KEY_LIFT), as "meet" of "meet children's needs".
LEAD_LIFT = 10.0
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]")
_BREAK = re.compile(r"[.,;:!?()\[\]\"“”/•–—]|\s-\s")


def _content(word: str) -> bool:
    return len(word) > 2 and word not in ENGLISH_STOP_WORDS and word not in INSIDE_CLAUSE


def _own(word: str) -> int:
    """How many content words of the theme's own a word holds (a hyphenated word its parts: "care-experienced" 2);
    the field's everyday words ("children", "young people") none."""
    return sum(1 for part in word.split("-") if _content(part) and part not in DOMAIN_STOP_WORDS)


def clauses_of(text: str) -> dict[tuple[str, ...], str]:
    """The clauses a text writes: key (each content word's folded stem, hyphenated words by their parts, joining
    words as written) -> the clause as written, lower case. A clause is 2 to LONGEST words whose first and last are
    content words, with only INSIDE_CLAUSE words between them, and at least two content words of its own (`_own`)."""
    found: dict[tuple[str, ...], str] = {}
    for part in _BREAK.split(text):  # a clause runs on no punctuation
        _clauses_in([w.lower().replace("’", "'") for w in _WORD.findall(part)], found)
    return found


# text -> `clauses_of` it: every mixed theme counts the clauses of the findings that hold a clause's words (bounded)
_CLAUSES: dict[str, dict[tuple[str, ...], str]] = {}


def _clauses_of(text: str) -> dict[tuple[str, ...], str]:
    """`clauses_of(text)`, worked out once (not to be changed by the caller)."""
    found = _CLAUSES.get(text)
    if found is None:
        if len(_CLAUSES) > 100_000:
            _CLAUSES.clear()
        found = _CLAUSES[text] = clauses_of(text)
    return found


def _clauses_in(words: list[str], found: dict[tuple[str, ...], str]) -> None:
    for start, first in enumerate(words):
        if not _content(first):
            continue
        for end in range(start + 1, min(len(words), start + LONGEST)):
            window = words[start:end + 1]
            if any(not _content(w) and w not in INSIDE_CLAUSE for w in window[1:-1]):
                break
            if not _content(window[-1]) or sum(_own(w) for w in window) < 2:
                continue
            key = tuple(folded_stem(part) if _content(w) else w for w in window for part in w.split("-"))
            found.setdefault(key, " ".join(window))


def verb_clauses_of(text: str, leads: set[str]) -> dict[tuple[str, ...], str]:
    """The clauses a text writes that start with a word whose folded stem is one of `leads` and end at the first
    content word after it that is no possessive ("meet the needs", "meet children's needs": both key ("meet",
    "need")), with only INSIDE_CLAUSE words and possessives between, up to LONGEST words: key (first stem, last stem) ->
    the clause as written, lower case."""
    found: dict[tuple[str, ...], str] = {}
    for part in _BREAK.split(text):
        words = [w.lower().replace("’", "'") for w in _WORD.findall(part)]
        for start, first in enumerate(words):
            if folded_stem(first) not in leads:
                continue
            for end in range(start + 1, min(len(words), start + LONGEST)):
                word = words[end]
                if _content(word) and not word.endswith("'s"):
                    found.setdefault((folded_stem(first), folded_stem(word)), " ".join(words[start:end + 1]))
                    break
                if word not in INSIDE_CLAUSE and not word.endswith("'s"):
                    break
    return found


def _leads(covers, theme: int) -> set[str]:
    """The stems of the theme's own words (no stop word, none of the field's everyday words) that at least
    FURTHER_SHARE of its findings use, LEAD_LIFT times as often as all findings: what a verb clause starts with."""
    rows = covers.members[theme]
    counts = Counter(stem for i in rows for stem in covers.stems[i] if stem.isalpha())
    everywhere = covers.everywhere_stems()
    stops = {folded_stem(w) for w in ENGLISH_STOP_WORDS | DOMAIN_STOP_WORDS | INSIDE_CLAUSE}
    return {stem for stem, n in counts.items() if n >= FURTHER_SHARE * len(rows)
            and n / len(rows) >= LEAD_LIFT * everywhere.get(stem, 1.0) and stem not in stops}


def _shown(forms: Counter) -> str:
    """The form a clause is said in: the most written that names no "the", "a" or "an" thing ("meet children's
    needs", not "meet the needs", which leaves out whose), written at least LEAST_WRITTEN times, else the most
    written."""
    ranked = [form for form, _ in sorted(forms.items(), key=lambda item: (-item[1], item[0]))]
    plain = [form for form in ranked if not {"the", "a", "an"} & set(form.split()) and forms[form] >= LEAST_WRITTEN]
    return (plain or ranked)[0]


def key_clauses(covers, theme: int) -> list[tuple[float, str]]:
    """(share, clause as said: `_shown`) of the clauses (`clauses_of`, and `verb_clauses_of` starting with one of
    the theme's `_leads`) at least KEY_SHARE of the theme's findings write, KEY_LIFT times as often as all findings:
    the most written first, the longer of two as written."""
    rows = covers.members[theme]
    if len(rows) < 5:
        return []
    leads = _leads(covers, theme)
    read: dict[int, dict[tuple[str, ...], str]] = {}  # row -> its clauses, worked out once per theme

    def written(i: int) -> dict[tuple[str, ...], str]:
        if i not in read:
            read[i] = {**_clauses_of(covers.texts[i]), **verb_clauses_of(covers.texts[i], leads)}
        return read[i]

    counts: Counter = Counter()
    forms: dict[tuple[str, ...], Counter] = {}
    for i in rows:
        for key, shown in written(i).items():
            counts[key] += 1
            forms.setdefault(key, Counter())[shown] += 1
    found = []
    for key, n in counts.items():
        share = n / len(rows)
        if share < KEY_SHARE:
            continue
        stems = {part for part in key if part not in INSIDE_CLAUSE}
        everywhere = sum(1 for i, text_stems in enumerate(covers.stems) if stems <= text_stems and key in written(i))
        if share >= KEY_LIFT * everywhere / len(covers.texts):
            found.append((-share, -len(key), _shown(forms[key])))
    return [(-share, shown) for share, _, shown in sorted(found)]


def _gerund(verb: str) -> str:
    """The -ing form of a verb as English spells most ("come" -> "coming", "see" -> "seeing", "visit" -> "visiting")."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    return verb + "ing"


def said_as(covers, clause: str) -> str | None:
    """The clause as a label says it: as written, or, its first word a verb (spaCy's tagger), with the verb's -ing form
    when the run's findings write that at least LEAST_WRITTEN times ("come into care" -> "coming into care"); None when
    they do not, when the verb is no base form ("visited regularly"), or when the clause ends in an adjective that
    waits for its noun ("care-experienced young")."""
    from pipeline.themes.name_checks import pos_tagger

    nlp = pos_tagger()
    first, _, rest = clause.partition(" ")
    if nlp is None:
        return clause
    doc = nlp(clause)
    if not len(doc) or doc[-1].pos_ == "ADJ":  # "care-experienced young" waits for its noun
        return None
    if doc[0].pos_ not in ("VERB", "AUX"):
        return clause
    if doc[0].tag_ not in ("VB", "VBP"):
        return None
    spoken = f"{_gerund(first)} {rest}"
    pattern = re.compile(rf"\b{re.escape(spoken)}\b")
    written = sum(1 for i in range(len(covers.texts)) if pattern.search(covers.lower(i)))
    return spoken if written >= LEAST_WRITTEN else None


def written_clause_names(named: dict[int, str], covers, taken: set[str]) -> dict[int, str]:
    """Sub-themes still "Mixed findings ..." named by the first of their `key_clauses` a label can say (`said_as`) that
    passes the name checks and is no one's subject (`widespread`): "Coming into care"; another theme having that
    name, "Coming into care, further findings" when FURTHER_SHARE of it writes the clause."""
    out = dict(named)
    have = {label_key(text) for text in taken} | {label_key(label) for label in out.values()}
    for theme, label in named.items():
        if not MIXED.match(label):
            continue
        said = ((share, said_as(covers, clause)) for share, clause in key_clauses(covers, theme))
        share, spoken = next(((share, spoken) for share, spoken in said if spoken and not widespread(covers, spoken)
                              and not name_problems([capitalised(spoken)], covers.texts_of(theme))),
                             (0.0, None))
        if spoken is None:
            continue
        name = capitalised(spoken)
        text = claimed(have, label, [name] + [f"{name}, further findings"] * bool(share >= FURTHER_SHARE))
        if text is not None:
            out[theme] = text
    return out
