"""A broad listing that leaves out its largest sub-theme's subject and lists a part none of its sub-themes is on:
that part gives way to the largest sub-theme's subject (`largest_over_borrowed`).

Read 74 judged "Leadership, management and staff development" wrong, both readers ("almost all about training";
"mostly training/learning, little on leadership or management"), over a broad theme of two sub-themes, "Training"
(58% of its findings) and "Learning and staff development" (42%). The label is the name of a wider subject of the
field its parts were kinds of (`broad_subjects`, which says such a subject alone when its name is a listing itself),
so its first two parts are the subject of none of its sub-themes, and few of its findings write them (a word
"leader" 2%, "manage" 6%; "train" 57%). A listing's part is either the subject of some of
its sub-themes or a word borrowed from what its findings are near or write; the borrowed ones are what a reader does
not meet, and are harmless only while the listing names what most of its findings are on. So a part borrowed from
no sub-theme, in a listing that leaves out the subject of a sub-theme holding a third of it or more (`LARGEST_PART`,
the share for which a broad label has to name its largest sub-theme), gives way to that subject, and the listing then
says its sub-themes' own subjects ("Training, learning and staff development").

Measured on reads 71-74 (about 240 broad verdicts, TUNING): of the listings with a part no sub-theme names, the
accepted ones ("Thresholds, referrals and visits", "Adoption and approval", "Safeguarding children board and
multi-agency working", "Children placed out of area and where children live") all name their largest sub-theme;
of those that leave out a largest sub-theme of a third or more, none was accepted.
"""

from __future__ import annotations

import re
from typing import Callable

from pipeline.themes.broad_borne import BORNE, FIGURE_KINDS, KINDS, part_borne
from pipeline.themes.broad_named import MOST_PARTS
from pipeline.themes.broad_names import LARGEST_PART, part_stems, topic_part
from pipeline.themes.broad_parts import label_parts
from pipeline.themes.capitals import capitalised
from pipeline.themes.label_text import inner, joined_list, listed_text
from pipeline.themes.name_checks import name_problems


def _heads(text: str) -> set[str]:
    """The first four letters of each stem of `text`, people words counted: "Social work" names "Social workers",
    "Leaving care" names "Care leavers" (as `broad_names` weighs a largest sub-theme)."""
    return {stem[:4] for stem in part_stems(text, people=True)}


def _names(part: str, child: str) -> bool:
    """Whether a label part names a sub-theme: a word of the part is a word of the sub-theme's topics."""
    return bool(_heads(part) & _heads(listed_text(child) or child))


def _subject_named(part: str, children: list[tuple[str, int]]) -> str:
    """The topics (`label_text.listed_text`) of the largest sub-theme `part` names when they hold every word of the
    part ("Learning and staff development" for "staff development"), else `part`."""
    for child, _ in sorted(children, key=lambda item: -item[1]):
        topics = listed_text(child)
        if _names(part, child) and topics and _heads(part) <= _heads(topics):
            return topics
    return part


def listing_and_largest(label: str, children: list[tuple[str, int]]) -> tuple[list[str], str, int, int] | None:
    """The parts of a plain listing `label` ("A, B and C": two parts or more, no opening; not kinds of one thing or
    figures), its largest sub-theme's label and size, and the sizes of all its sub-themes added up; None for any
    other label or a broad theme of one sub-theme. children: (label, size) of its sub-themes."""
    if KINDS.match(label) or FIGURE_KINDS.match(label) or len(children) < 2:
        return None
    opening, parts = label_parts(label)
    if opening or len(parts) < 2:
        return None
    largest, size = max(children, key=lambda item: item[1])
    return parts, largest, size, sum(size for _, size in children)


def largest_over_borrowed(label: str, covers, theme: int, children: list[tuple[str, int]],
                          avoid: Callable[[str], bool] = lambda said: False) -> str:
    """`label` ("A, B and C", two or three parts) with each part that names none of its sub-themes (by a word's
    first four letters, `_names`) replaced by the subject of its largest sub-theme (`broad_names.topic_part`) when
    that sub-theme holds LARGEST_PART of the broad theme or more, no part names it and BORNE of its findings bear
    that subject out (`broad_borne.part_borne`), the subject said first and each kept part as the whole subject of
    the sub-theme it names (`_subject_named`) while three parts at most are listed; else `label` (also for other
    forms: an opening, "X, including Y", kinds of one thing, figures). children: (label, size) of its sub-themes; avoid:
    whether a label may not be given."""
    listing = listing_and_largest(label, children)
    if listing is None:
        return label
    parts, largest, size, total = listing
    subject = topic_part(largest)
    if not subject or re.match(r"(?:Mixed findings|Statistics)\b", largest) or size < LARGEST_PART * total \
            or any(_names(part, largest) for part in parts):
        return label
    kept = [part for part in parts if any(_names(part, child) for child, _ in children)]
    if len(kept) == len(parts) or part_borne(covers, theme, subject, kept) < BORNE:
        return label
    # a kept part said as the whole subject of the largest sub-theme it names ("staff development" of "Learning and
    # staff development"), as long as the listing stays within MOST_PARTS
    whole = [_subject_named(part, children) for part in kept]
    if 1 + sum(1 + part.count(", ") + part.count(" and ") for part in whole) <= MOST_PARTS:
        kept = whole
    said = capitalised(joined_list([inner(part) for part in [subject] + kept]))
    return label if avoid(said) or name_problems([said]) else said
