"""What part of a theme with no common topic is on something, as its mixed label says it.

"Mixed findings, some on X" / "one in eight on X" (`told_apart`, `portion`: in words, rounded down, never below a
tenth), the field topics a part of it writes about (`topic_parts`), the word most of it mentions (`mentioned_word`) and
its tone (`tone_parts`: "mostly strengths").
"""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.themes.bare_words import bare_word
from pipeline.themes.capitals import capitalised
from pipeline.themes.concepts import LIFT
from pipeline.themes.coverage import MIXED_SHARE, Coverage
from pipeline.themes.fallback_names import FLOOR, WORD_LIFT, dominant_word, dominant_words, too_common, widespread
from pipeline.themes.label_text import inner
from pipeline.themes.name_checks import AGE_WORDS, LONE_GENERIC, name_problems, noun_phrases
from pipeline.themes.subject_checks import fragment_of, names_subject
from pipeline.themes.vocabulary import POPULATION, CONNECTORS, DETERMINERS, as_shown, fold
from pipeline.themes.written_phrase import FURTHER_SHARE


# Least share of a mixed theme's findings that use the word its label says they mention.
MENTION_SHARE = 0.6


def mentioned_word(covers: Coverage, theme: int, mentions: list[str]) -> str | None:
    """The word or phrase at least MENTION_SHARE of a theme's findings use, WORD_LIFT times as often as all
    findings do, however general ("service", "action", "social workers"): what a theme of findings grouped by their
    wording shares. The most used, a phrase before a word it holds; None when there is none."""
    people = _people(covers, theme)
    found = [(covers.share(theme, p), p) for p in mentions if " " in p and not name_problems([capitalised(p)])]
    found += [(covers.share(theme, p), p) for p in people if " " in p]  # "young people" is no name, but is mentioned
    word = dominant_word(covers, theme, MENTION_SHARE, general=True)
    found += [(covers.share(theme, w), w) for w in [word] * bool(word) + [p for p in people if " " not in p]]
    # a generic word of the field ("children", "young people", "cases", "action", "local authority") is no subject
    # even as what a theme mentions: blind readers (read 20) judged every such label meaningless
    found = [(share, p) for share, p in found if share >= MENTION_SHARE and share >= WORD_LIFT * covers.share_all(p)
             and noun_phrases([p[:1].lower() + p[1:]]) and not {w.lower() for w in p.split()} & AGE_WORDS
             and not name_problems([capitalised(p)]) and not widespread(covers, p)
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
        counts.update(people_runs(covers.texts[i]))
    # a word mostly of a pair ("people" of "young people") is no word of its own
    pairs = [run for run in counts if " " in run]
    return [run for run, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
            if len(rows) and n >= MENTION_SHARE * len(rows)
            and not any(run in pair.split() and counts[pair] >= 0.8 * n for pair in pairs)]


# text -> `people_runs` of it: mixed themes of both levels read the same findings (bounded)
_PEOPLE_RUNS: dict[str, frozenset[str]] = {}


def people_runs(text: str) -> frozenset[str]:
    """The runs of one or two words of the field's people and services a text writes (`_people`), worked out once."""
    runs = _PEOPLE_RUNS.get(text)
    if runs is None:
        words = re.findall(r"[a-z][a-z'’-]*", text.lower())
        found, run = set(), []
        for word in words + ["."]:
            if word in POPULATION and word not in {"after", "looked", "care"}:
                run.append(word)
                continue
            found |= {" ".join(run[j:k]) for j in range(len(run)) for k in range(j + 1, min(len(run), j + 2) + 1)}
            run = []
        if len(_PEOPLE_RUNS) > 100_000:
            _PEOPLE_RUNS.clear()
        runs = _PEOPLE_RUNS[text] = frozenset(found)
    return runs


def told_apart(covers: Coverage, theme: int, by_share: list[str], own: list[str], plain: str
                ) -> tuple[list[str], list[str]]:
    """Labels that say what part of a theme with no common topic is on, so that no two such themes are called the
    same: (said before `plain`, which only a theme without them keeps) "Mixed findings, some on X" or "one in eight on X"
    (`portion`), X a subject at least FLOOR of it uses (`names_subject`) or a noun a tenth of all its findings use more
    than twice as often as all findings do (no frame word, no word of the field's people or of a quarter of all
    themes), most used first; (said after `plain`, when another theme has it) X a noun phrase of what it mentions
    that at least two of its findings use. Never a theme id (ids do that in every table)."""
    start = plain.split(",")[0]
    members = len(covers.members[theme])
    few = [w for w in by_share if (" " in w or w in own) and covers.share(theme, w) >= FLOOR
           and names_subject(covers, theme, w, FLOOR)]
    nouns = [paired(covers, theme, as_shown(w)) for w in dominant_words(covers, theme, FLOOR)
             if not widespread(covers, w) and not too_common(w) and fold(w.lower()) not in LONE_GENERIC
             and not fragment_of(covers, theme, w)]  # "delivery" of "delivery of services" is none
    # never a part below FLOOR: "very few on X" was judged wrong in 14 of 14 labels of read 20 (X in 0-1 of the
    # ten findings a reader saw)
    rest = [w for w in by_share if w not in few and " " in w and covers.share(theme, w) >= FLOOR
            and covers.share(theme, w) * members >= 2 and not name_problems([capitalised(w)])]

    def said(words: list[str]) -> list[str]:
        return [f"{start}, {portion(covers.share(theme, w))} on {inner(w)}" for w in words]

    return said(list(dict.fromkeys(few + nouns))), said(rest)


# Least share of a word's uses in a theme that are one pair with "and" / "or" for a label to say the pair, not the word.
PAIR_SHARE = 0.5
PAIR_WORD = r"[a-z][a-z'’-]*"


def paired(covers: Coverage, theme: int, word: str) -> str:
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


def topic_parts(covers: Coverage, theme: int, start: str) -> tuple[list[str], list[str]]:
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
        text = f"{start}, {'mostly' if share >= FURTHER_SHARE else portion(share)} on {inner(topic)}"
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


def tone_parts(covers: Coverage, theme: int, start: str, parts: list[str] = ()) -> list[str]:
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


def portion(share: float) -> str:
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
