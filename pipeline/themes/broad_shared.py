"""A broad listing none of whose parts a third of its findings bear takes in the topic of its sub-themes that a third
of them do bear (`shared_subject_named`).

Blind reads 71-83 (TUNING) rejected broad listings ("A, B and C", "General judgements on A and B") most often when
no part of them is borne by many of the broad theme's findings: a finding bears a part when it writes the part whole
(`broad_fair.whole_rows`: its words in order, a glossary abbreviation of it, a term of the field topic it names) or
belongs to a sub-theme whose label names the part whole (`broad_fair.held_share`'s reading). Of the 253 listings
read (parts "work with P" aside), the 23 whose best-borne part is borne so by under a third of their findings drew
28 rejecting verdicts of 46 (61%), the 230 others 44 of 460 (10%) (labels56, `benchmarks/broad_shared_subject.py`,
docs/measurements.md): a reader of ten of their findings meets no listed subject more than two or three times
("grab-bag ...; few on parents or life story"). Some of those broad themes have a subject that a third of their
findings do bear: the topic of their own sub-themes the listing leaves out ("Risk to children" beside "Child
protection plans and conferences": "most findings on risk/child protection generally"). That subject is said with
the listing's best-borne parts (three parts at most: a listing of three gives up its least borne part); a listing
with no such subject, a grab-bag of many small sub-themes, is left as it is (no wording of one was found that
readers accept more often).

    shared_subject_named(label, covers, theme, children, avoid) -> label with that subject, or label
"""

from __future__ import annotations

import re
from typing import Callable

import numpy as np

from pipeline.themes.broad_borne import FIGURE_KINDS, KINDS
from pipeline.themes.broad_fair import content_words, whole_rows
from pipeline.themes.broad_named import _alike
from pipeline.themes.broad_names import distinct_parts, topic_part
from pipeline.themes.broad_parts import label_parts
from pipeline.themes.capitals import capitalised
from pipeline.themes.label_text import inner, joined_list, listed_text
from pipeline.themes.mixed_topics import KINDS as TEXT_KINDS
from pipeline.themes.mixed_topics import PEOPLE
from pipeline.themes.name_checks import name_problems
from pipeline.themes.vocabulary import JOINING, fold, stem_of

# Least share of a broad theme's findings that must bear one part of its listing (labels56, TUNING, reads 71-83:
# listings whose best part fewer bear drew 61% rejecting verdicts, the others 10%; a reader of ten meets it 3 times).
SHARED = 1 / 3
# Most parts a listing is given (`broad_named.MOST_PARTS`).
MOST_PARTS = 3
# The opening that says a theme holds inspectors' general judgements (`mixed_topics.KINDS`).
OPENING = TEXT_KINDS[1] + " "
WORK_WITH = re.compile(r"^work with ", re.IGNORECASE)
_PEOPLE = frozenset(word for people in PEOPLE for word in people.split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# A mixed sub-theme's label that says some, not most, of its findings are on its X (broad60, TUNING: read 86's "Mixed
# findings, some on meetings and reviews", 242 findings, 22% of them write a meeting and 3% a review, made the subject
# of "Strategy discussions, information, meetings and reviews", both readers: "no reviews").
PARTLY = re.compile(r"^(?:Mixed findings|Statistics), some on ")
_OTHER_KINDS = re.compile(r"^(?:Statistics|Assorted statistics|Mixed findings|Context and statistics)\b")


def _stems(text: str) -> set[str]:
    """The stems of the words of `text` that name a thing (`broad_fair.content_words`); when every word is a people
    or practice word ("Social work with children", "Children looked after"), of those but joining words and the
    people a theme of judgements is on (`mixed_topics.PEOPLE`: "children"), else of all but joining words."""
    words = [w for w in _WORD.findall(text) if w.lower() not in JOINING]
    words = content_words(text) or [w for w in words if w.lower() not in _PEOPLE] or words
    return {stem_of(fold(w.lower())) for w in words}


def _holds(have: set[str], needed: set[str]) -> bool:
    """Whether stems `have` hold each of `needed`, one stem the start of the other of four letters or more ("work"
    of "social work" in "worker" of "social workers": `broad_named._alike`)."""
    return bool(needed) and all(_alike({stem}, have) for stem in needed)


def _names_whole(child: str, part: str) -> bool:
    """Whether a sub-theme's label names `part` whole: one of the topics it lists holds all the part's words
    (`_stems`, `_holds`), as `broad_fair.held_share` reads it."""
    needed = _stems(part)
    pieces = [piece for piece in re.split(r", including |, | and ", listed_text(child)) if piece]
    return any(_holds(_stems(piece), needed) for piece in pieces)


def borne_share(part: str, covers, theme: int, children: list[tuple[str, np.ndarray]], own: bool = False) -> float:
    """Share of the theme's findings that bear `part`: that write it whole (`broad_fair.whole_rows`) or belong to a
    sub-theme whose label names it whole (with `own`, whose own topic it is: `broad_names.topic_part`, but for a
    mixed one only some of whose findings are on it: `PARTLY`).
    children: (label, rows of its findings) of each sub-theme."""
    members = np.asarray(covers.members[theme])
    if not len(members):
        return 0.0
    # a part of people words alone ("Children looked after") by the findings that write all its words
    rows = whole_rows(covers, theme, part) if content_words(part) else covers.of(theme, part).copy()
    for child, child_rows in children:
        # a mixed sub-theme only some of whose findings are on its X ("Mixed findings, some on meetings and
        # reviews") bears X by those that write it, not whole (`PARTLY`)
        if own and PARTLY.match(child):
            continue
        if (topic_part(child) == part) if own else _names_whole(child, part):
            rows = rows | np.isin(members, child_rows)
    return float(rows.mean())


def listing_parts(label: str) -> tuple[str, list[str]]:
    """(opening, parts) of a plain listing ("A, B and C": "") or of general judgements on parts ("General
    judgements on A and B": OPENING); ("", []) for any other label (figures, mixtures, kinds of one thing,
    "X, including Y", one topic)."""
    opening = OPENING if label.startswith(OPENING) else ""
    rest = label[len(opening):]
    if KINDS.match(label) or FIGURE_KINDS.match(label) or _OTHER_KINDS.match(rest):
        return "", []
    said, parts = label_parts(rest)
    return (opening, parts) if not said and len(parts) >= 2 else ("", [])


def shared_subject_named(label: str, covers, theme: int, children: list[tuple[str, np.ndarray]],
                         avoid: Callable[[str], bool] = lambda said: False) -> str:
    """`label`, a listing ("A, B and C", "General judgements on A and B") none of whose parts SHARED of the broad
    theme's findings bear (`borne_share`; a part "work with P" is left as borne: its people are every finding's),
    with the topic of its sub-themes (`broad_names.topic_part`) that the most of them bear, SHARED or more (counting
    the sub-themes it is the topic of), said first beside its best-borne parts in order (at most MOST_PARTS in all;
    a pair "A and B" goes last, as `joined_list` writes it); else `label`.
    children: (label, rows of its findings) of each sub-theme; avoid: whether a label may not be given."""
    opening, parts = listing_parts(label)
    if not parts or theme not in covers.members or covers.statistics(theme) \
            or any(WORK_WITH.match(part) for part in parts):
        return label
    shares = [borne_share(part, covers, theme, children) for part in parts]
    if max(shares) >= SHARED:
        return label
    said = set().union(*(_stems(part) for part in parts))
    # a catch-all's or figures' sub-theme ("General judgements on work with children") names no subject
    topics = {topic_part(child) for child, _ in children if not child.startswith(TEXT_KINDS)} - {""}
    # a subject borne by the sub-themes it is the topic of, not by others that use its word in another sense
    # ("Strategy" of "Mixed findings, some on strategy" is not the strategy discussions of another sub-theme)
    scored = sorted(((borne_share(topic, covers, theme, children, own=True), topic) for topic in topics
                     if not _alike(_stems(topic), said)), key=lambda item: (-item[0], item[1]))
    if not scored or scored[0][0] < SHARED:
        return label
    subject = scored[0][1]
    kept = sorted(range(len(parts)), key=lambda i: (-shares[i], i))[:MOST_PARTS - 1]
    listed = distinct_parts([subject] + [parts[i] for i in sorted(kept)])
    if len(listed) < 2 or subject not in listed:
        return label
    said_list = joined_list([inner(part) for part in listed])
    composed = opening + said_list if opening else capitalised(said_list)
    return label if avoid(composed) or name_problems([composed]) else composed
