"""Sub-themes whose label misses the one topic nearly all their findings are on, said by that topic.

Blind read 37 judged three kinds of sub-theme label wrong or meaningless whose findings share one clear topic:
- a mixed label ("Mixed findings, mostly on children looked after", "Mixed findings: multi-agency response, ...")
  over findings nearly all on one field topic (`pipeline.themes.concepts`) that another sub-theme is already named
  by, so the topic could not name it;
- a minor part named as if it were the whole ("Houses of multiple occupation", 3 findings in 10, over figures
  nearly all on children looked after);
- a lone generic word ("Board, various aspects") beside a sub-theme named by the term that word is short for
  ("Safeguarding children board").

`whole_topics` names the first two by the topic (`TOPIC_SHARE` of the findings write about it, `concepts.LIFT`
times as often as all findings): the topic itself when no theme has it, else further findings on it, else the
topic with the part of it this theme holds ("Children looked after, including school attendance and attainment"),
which tells it apart from the theme named by the topic. `sibling_terms` names the third as further findings on
the sibling's term, and so a mixed label whose findings nearly all write a sibling's word ("Assessments, further
findings"); with no sibling, by the kinds of that word they name ("Governance and other arrangements"). A theme that
shares no such topic or word keeps its label ("Mixed findings" is then true). (`naming._topic_of_word` says a topic
with the sense of its word it leaves out: "Children missing from home or care and missing education".)
`nearest_topics` names a mixed label whose findings are mostly nearest one field topic in meaning, though few write
its words, by that topic (read 38: "Work with families" over findings on families' help and support).
"""

from __future__ import annotations

import re

import numpy as np

from pipeline.themes.concepts import LIFT
from pipeline.themes.fallback_names import DOMINANT_SHARE, FLOOR, dominant_word
from pipeline.themes.field import term_pattern
from pipeline.themes.label_text import inner, is_topic
from pipeline.themes.name_checks import GENERIC_NAMES, name_problems
from pipeline.themes.vocabulary import label_key, fold
from pipeline.themes.word_kinds import kinds_named

# Least share of a sub-theme's findings that write about one field topic for the topic to be what it is about: nearly
# all (read 37: 93% and 100% judged "not mixed"; a theme half on a topic is rightly said to be mixed or a part of it).
TOPIC_SHARE = 0.9
# A topic label covering less than this share of its theme, beside a topic nearly all of it is on, names a part.
PART_SHARE = DOMINANT_SHARE
# Least share of a sub-theme's findings that write its generic word for it to hold further findings on a sibling's
# term of that word.
WORD_SHARE = TOPIC_SHARE
# Least share of a sub-theme's findings that write its generic word as one known thing ("the board") for the word to
# stand for a sibling's longer term of it.
DEFINITE_SHARE = DOMINANT_SHARE
# Least share of a mixed sub-theme's findings that write one kind of their shared word for it to name them (as
# `coverage.COVERAGE` for a name).
COVERAGE = 0.3
MIXED = re.compile(r"^Mixed findings\b|^Statistics, ")  # not "Statistics on X": X is the topic of its figures
VARIOUS = re.compile(r"^(\S+), various aspects$")
FURTHER = ", further findings"

# `covers` below is a pipeline.themes.coverage.Coverage; it is not imported.


def whole_topic(covers, theme: int) -> str | None:
    """The field topic at least TOPIC_SHARE of the theme's findings write about, LIFT times as often as all findings
    (the most written); None when there is none."""
    rows = covers.members[theme]
    if len(rows) < 5:
        return None
    return next(iter(covers.concepts().fitting(rows, least=TOPIC_SHARE, lift=LIFT)), None)


def topic_text(covers, theme: int, topic: str) -> str:
    # topic_renames imports nothing of this module: no cycle
    from pipeline.themes.topic_renames import topic_text as said

    return said(covers, theme, topic)


def _part_of(covers, theme: int, topic: str, label: str) -> str | None:
    """What part of the topic the theme holds, as a label's tail: its own label's phrase when that is a topic
    (a part it names, used by at least FLOOR of it), else the field topic the most of it write about besides
    `topic` (at least FLOOR of it, LIFT times as often as all findings, no term of `topic` in it); None when neither."""
    if is_topic(label) and not label.endswith(FURTHER) and ", " not in label \
            and covers.share(theme, label) >= FLOOR:
        return inner(label)
    rows = covers.members[theme]
    concepts = covers.concepts()
    own = term_pattern(concepts.terms[topic])
    for other in concepts.fitting(rows, least=FLOOR, lift=LIFT):
        if other != topic and not own.search(other):
            return inner(other)
    return None


def _misses_topic(covers, theme: int, label: str, topic: str) -> bool:
    """Whether `label` misses the topic nearly all its theme is on: mixed or "X, various aspects", or a topic phrase
    fewer than PART_SHARE of the theme use that holds none of the topic's terms (a kind of it, "Return home
    interviews" of children missing, is no part of another thing)."""
    if MIXED.match(label) or VARIOUS.match(label):
        return True
    if not is_topic(label) or label.endswith(FURTHER) or label == topic or label.startswith("Statistics"):
        return False
    parts = [p for p in re.split(r", including |, | and ", label) if p.strip()]
    if covers.union(theme, parts) >= PART_SHARE:
        return False
    return not term_pattern(covers.concepts().terms[topic]).search(label)


def whole_topics(labels: dict[int, str], covers, taken: set[str] = frozenset(), keep: set[int] = frozenset()
                 ) -> dict[int, str]:
    """Sub-theme labels (theme -> label), each that misses the topic nearly all its findings are on (`whole_topic`,
    `_misses_topic`) said by it: the topic ("Statistics on ..." over figures), else "<topic>, further findings", else
    "<topic>, including <part>" (`_part_of`), the first no other label has and that passes the name checks. taken:
    labels no theme may get; keep: themes whose labels stay (the field themes')."""
    out = dict(labels)
    have = {label_key(text) for text in taken} | {label_key(label) for label in out.values()}
    for theme in sorted(labels):
        label = labels[theme]
        if theme in keep:
            continue
        topic = whole_topic(covers, theme)
        if topic is None or not _misses_topic(covers, theme, label, topic):
            continue
        said = topic_text(covers, theme, topic)
        part = _part_of(covers, theme, topic, label)
        text = first_free([said, f"{said}{FURTHER}"] + ([f"{said}, including {part}"] if part else []), label, have)
        if text:
            out[theme] = text
    return out


def first_free(candidates: list[str], label: str, have: set) -> str | None:
    """The first candidate no other theme's label has (by `label_key`) that passes the name checks; `have` then holds
    it instead of `label`. None when every candidate is taken or fails."""
    for text in candidates:
        if label_key(text) not in have and not name_problems([text]):
            have.discard(label_key(label))
            have.add(label_key(text))
            return text
    return None


def _head_word(label: str) -> str:
    """The last word of a label's first part ("board" of "Safeguarding board and its sub-groups"), folded."""
    first = re.split(r", | and ", label)[0]
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", first)
    return fold(words[-1].lower()) if words else ""


def _shared_word(covers, theme: int, label: str) -> str | None:
    """The word a weak label leaves its theme with, folded, when at least WORD_SHARE of its findings write it: the
    generic word W of "W, various aspects" (`GENERIC_NAMES`: "Board"), or the word, however general, a mixed label's
    findings share ("assessment" of "Mixed findings: common assessment framework", `dominant_word`)."""
    found = VARIOUS.match(label)
    if found:
        word = found.group(1).lower()
        return fold(word) if fold(word) in GENERIC_NAMES and covers.share(theme, word) >= WORD_SHARE else None
    if not MIXED.match(label):
        return None
    # the word most of it uses (each form counted apart), then its share in any form (`Coverage.share`)
    word = dominant_word(covers, theme, COVERAGE, general=True)
    return fold(word.lower()) if word and " " not in word and covers.share(theme, word.lower()) >= WORD_SHARE else None


def _definite_share(covers, theme: int, word: str) -> float:
    """Share of the theme's findings that write `word` (folded) in the singular after "the" ("the board")."""
    pattern = re.compile(r"(?<![a-z])the\s+" + re.escape(word) + r"(?![a-z])")
    rows = covers.members[theme]
    return sum(1 for i in rows if pattern.search(covers.lower(i))) / len(rows) if len(rows) else 0.0


def sibling_terms(labels: dict[int, str], covers, sizes: dict[int, int], keep: set[int] = frozenset()
                  ) -> dict[int, str]:
    """Each weak label whose findings nearly all write one word W (`_shared_word`) said as further findings on the
    sibling term of W: another sub-theme's label whose first part ends in W ("Safeguarding children board" beside
    "Board, various aspects"; "Assessments, various aspects", said "Assessments", beside mixed findings all on
    assessments); a label of that term alone first, then the one this theme's findings write most (to a tenth),
    then the larger theme's; when that label is free and, the term being longer than W, at least DEFINITE_SHARE of the
    findings write "the W" (`_definite_share`). A mixed label with no such sibling is said by the kinds of W its
    findings name (`kinds_named`: nouns only, two, or one that COVERAGE of them write), when they name them. keep:
    themes whose labels stay (the field themes')."""
    out = dict(labels)
    have = {label_key(label) for label in out.values()}
    for theme in sorted(labels):
        word = None if theme in keep else _shared_word(covers, theme, labels[theme])
        if not word:
            continue
        # the term alone before a term with more ("Safeguarding children board", not "... and its sub-groups")
        siblings = []
        for t, other in labels.items():
            term = re.split(r", | and ", VARIOUS.sub(r"\1", other))[0]
            if t != theme and (is_topic(other) or VARIOUS.match(other)) and not other.endswith(FURTHER) \
                    and _head_word(term) == word and (" " in term or VARIOUS.match(other)):
                siblings.append((not re.search(r", | and ", other) or bool(VARIOUS.match(other)),
                                 round(covers.share(theme, term), 1), sizes.get(t, 0), term if VARIOUS.match(other)
                                 else other))
        if not siblings:
            # none: a mixed label said by the kinds of the word its findings name, when one a third of them write
            # ("Governance and other arrangements" over findings nearly all on arrangements, 3 in 10 governance)
            kinds = kinds_named(covers.texts_of(theme), word, frame=True, one=COVERAGE, nouns_only=True) \
                if MIXED.match(labels[theme]) else None
            if kinds and first_free([kinds], labels[theme], have):
                out[theme] = kinds
            continue
        term = max(siblings)[-1]
        # a longer term W is short for only when the findings write "the W", one thing known to the reader ("the
        # board"); "plans" of care plans and child protection plans are no pathway plans
        if fold(term.lower()) != word and _definite_share(covers, theme, word) < DEFINITE_SHARE:
            continue
        text = first_free([f"{term}{FURTHER}"], labels[theme], have)
        if text:
            out[theme] = text
    return out


# Least share of a mixed sub-theme's findings nearest one field topic in meaning (`broad_parts.topic_centres`) for
# that topic to name it, far short of TOPIC_SHARE: findings on one topic write it in many words (read 38: "Mixed
# findings, no common topic" over findings 47% nearest work with families, 9% writing its words, judged wrong: "family
# support"; tuned on reads 37 and 38: of the five mixed labels it renames there three were judged wrong, two right,
# one of them "one in nine on work with families", which "Work with families" had been judged right for too). It must hold them `LIFT` times as often as all findings are nearest it (no topic everything is near).
NEAREST_SHARE = 0.45


# How many times as many of a mixed theme's findings must write about another field topic (and at least
# `concepts.LEAST` of them, LIFT times as often as all findings) for the topic nearest them in meaning not to name them:
# they share the written one, not the near one (read 39: "Earlier inspections and their judgements, further findings"
# over findings 46% on audits and quality assurance, 19% writing of earlier inspections, judged wrong).
WRITTEN_AHEAD = 2.0


def _written_elsewhere(covers, rows: np.ndarray, topic: str) -> bool:
    """Whether another field topic is written about by WRITTEN_AHEAD times as many of `rows` as `topic` is, and by
    at least `concepts.LEAST` of them, LIFT times as often as all findings (`Concepts.fitting`)."""
    concepts = covers.concepts()
    own = concepts.share(rows, topic) if topic in concepts.labels else 0.0
    return any(concepts.share(rows, other) >= WRITTEN_AHEAD * own
               for other in concepts.fitting(rows) if other != topic)


def nearest_topics(labels: dict[int, str], covers, vectors, centres, keep: set[int] = frozenset()) -> dict[int, str]:
    """Each mixed label (`MIXED`) whose findings are nearest one field topic in meaning more than any other, at least
    NEAREST_SHARE of them and LIFT times as often as all findings, said by that topic when no other label has it, else as further
    findings on it; kept when neither is free, or when another field topic is written by WRITTEN_AHEAD times as many
    of them (`_written_elsewhere`). covers: a Coverage of the sub-themes over all the run's findings, row
    i = vectors[i]; centres: `broad_parts.topic_centres`'s (labels, unit centres). keep: themes whose labels stay."""
    topics, matrix = centres
    out = dict(labels)
    if not topics:
        return out
    nearest = np.argmax(np.asarray(vectors, dtype=np.float64) @ matrix.T, axis=1)
    overall = np.bincount(nearest, minlength=len(topics)) / max(len(nearest), 1)
    have = {label_key(label) for label in out.values()}
    for theme in sorted(labels):
        label = labels[theme]
        rows = covers.members.get(theme, np.array([], dtype=int))
        if theme in keep or not MIXED.match(label) or label.startswith("Statistics") or len(rows) < 5:
            continue
        held = np.bincount(nearest[rows], minlength=len(topics)) / len(rows)
        best = int(np.argmax(held))
        if held[best] < NEAREST_SHARE or held[best] < LIFT * overall[best]:
            continue
        said = topics[best]
        if _written_elsewhere(covers, rows, said):
            continue
        text = first_free([said, f"{said}{FURTHER}"], label, have)
        if text:
            out[theme] = text
    return out
