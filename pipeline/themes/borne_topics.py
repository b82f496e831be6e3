"""A field topic a mixed sub-theme's label names as a part, said by the parts of it its findings write.

A field topic (`pipeline/data/topic_concepts.csv`) is counted by all its terms, however worded: a fifth of a theme may
write one of the many words of children's voice ("views", "advocacy") while hardly any writes "voice" or
"participation". Named as the part of a mixed theme ("Mixed findings, some on X"), the
topic's label is read for its own words, and a reader of ten findings looks for them. Blind reads rejected such parts
whose words few findings write (tuning): read 86 "Mixed findings, some on voice and participation of children" (371
findings: 22% write a term of the topic, 4% "voice", 4% participation: "almost nothing on voice or participation"),
"Mixed findings, some on meetings and reviews" (22% meetings, 3% reviews: "half on meeting attendance; nothing on
reviews"); read 73 "Mixed findings, some on senior leadership and scrutiny" ("no scrutiny").

So each part of such a topic's label ("meetings", "reviews": split at its commas and "and") that fewer than FLOOR of the
findings write (`held_parts.part_rows`: as a term, or by its first or last word) is left out of a "Mixed findings, some
on X" (or "one in N on X") label, and the share is said again of the findings that write what is left ("Mixed findings,
some on meetings"), when they are still a fifth of the theme (MIXED_SHARE: read 86 accepted "Mixed findings, some on
learning and staff development" over 223 findings 2% of which write "learning", 15% staff or development). A label none
of whose parts are written stays: its plain form ("Mixed findings, no common topic") was judged meaningless in reads 52
and 87 (held out: "placeholder; names no topic"), so it says nothing truer to a reader. Listings ("Mixed findings: senior leadership and scrutiny", accepted in seven of eight reads though few
write "scrutiny") and figures' labels ("Statistics, ...": `figure_subs`) stay.

A field topic's label over findings that share one word of it and not the topic (`topic_words.shares_a_word`:
"sub-groups" of every kind of body under "Safeguarding board and its sub-groups") is said the same way, by the parts of
its label they write as terms: "Mixed findings, some on sub-groups". Only the label changes: the pass runs after mixed
sub-themes were dissolved, so no finding moves (`topic_renames.topic_names`, before, would move them: tried, 3 themes'
findings moved on two tuning runs).

    topic_parts_borne(labels, covers, keep, taken) -> labels with each topic part said as far as its findings write it
"""

from __future__ import annotations

import re

import numpy as np

from pipeline.themes.coverage import MIXED_SHARE
from pipeline.themes.fallback_names import FLOOR
from pipeline.themes.held_parts import part_rows
from pipeline.themes.label_text import joined_list
from pipeline.themes.mixed_parts import portion
from pipeline.themes.name_checks import name_problems
from pipeline.themes.owned_parts import owned_part
from pipeline.themes.topic_words import shares_a_word, topic_words
from pipeline.themes.vocabulary import label_key
from pipeline.themes.written_phrase import FURTHER_SHARE

_ON = re.compile(r"^Mixed findings, (?P<tone>mostly (?:strengths|shortfalls), )?(?:some|one in \w+) on (?P<x>.+)$")


def said_borne(covers, theme: int, label: str) -> str | None:
    """A "Mixed findings, some on <field topic>" label, or a field topic's label over findings that share one word of
    it (`topic_words.shares_a_word`), said by the parts of the topic the theme's findings write (see the module); None
    for another label, when they write every part or none, or when what they write holds under MIXED_SHARE."""
    on = _ON.match(label)
    topics = {t.lower(): t for t in covers.concepts().labels}
    rows = covers.members[theme]
    if on and on.group("x").lower() in topics:
        parts = topic_words(on.group("x"))
        written = {p: part_rows(covers, theme, p) for p in parts}
    elif label.lower() in topics and shares_a_word(covers, theme, topics[label.lower()]):
        parts = topic_words(label)  # as written, not by a word of a part ("board" of any board)
        written = {p: covers.written_rows(theme, p) for p in parts}
    else:
        return None
    borne = [p for p in parts if written[p].mean() >= FLOOR]
    if borne == parts:
        return None
    if not borne:  # a label naming no topic is rejected as a placeholder (reads 52, 87): the label stays
        return None
    tone = on.group("tone") if on else None
    share = float(np.logical_or.reduce([written[p] for p in borne]).mean()) if len(rows) else 0.0
    if share < MIXED_SHARE:
        return None  # what is borne holds less than the "some" said: a label readers accepted is not made smaller
    owned = None if on or len(borne) != 1 else owned_part(covers, theme, topics[label.lower()], borne[0])
    if owned:  # the word written with its owner in the topic's label by most of them: "Children's experiences"
        return owned
    said = "mostly" if share >= FURTHER_SHARE else portion(share)
    return f"Mixed findings, {tone or ''}{said} on {joined_list(borne)}"


def topic_parts_borne(labels: dict[int, str], covers, keep: set[int] = frozenset(),
                      taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` (sub-themes) with each field topic a mixed label names as its part said as far as its findings write
    it (`said_borne`), when free and passing the label checks; keep:
    themes whose labels stay (the field themes')."""
    out = dict(labels)
    for theme in sorted(labels):
        if theme in keep or len(covers.members.get(theme, ())) < 5:
            continue
        said = said_borne(covers, theme, labels[theme])
        if not said:
            continue
        have = {label_key(other) for t, other in out.items() if t != theme} | {label_key(t) for t in taken}
        if label_key(said) not in have and not name_problems([said], covers.texts_of(theme)):
            out[theme] = said
    return out
