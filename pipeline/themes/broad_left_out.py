"""A broad listing that leaves out the subject of its largest sub-theme, when that sub-theme holds a quarter of the
broad theme: that subject said, in place of the listed part the fewest of its findings write (`largest_left_out`).

Blind reads 71-79 (tuning) rejected broad listings whose named parts each stood for a small sub-theme while the
largest sub-theme, the thread a reader of ten of its findings meets most, was named by none of them: "Life story,
parents and corporate parenting" (read 79, both readers: "main thread is child's voice/participation; life story,
parents, corporate parenting each few"), over sub-themes "Voice and participation of children" (30%), "Parents and
parenting" (24%), "Corporate parenting" (20%) and "Life story" (16%); "Parenting, personal advisers and corporate
parenting" (read 72, one reader: "largest group is life-story work, which the label omits" - its largest sub-theme
is on voice, 25%); "Early help, children in need and outcomes for children" (read 73, one reader: "grab-bag of
services"; its largest sub-theme, 28%, is on senior leadership; a catch-all, said by `broad_general`). Of the 141
plain listings every reader of reads 71-79 accepted, none leaves out a largest sub-theme of a quarter or more
(`broad_names.LISTED_SHARE`, the share at which a listing has to say a sub-theme's topic); the nearest, "Delay and
decisions", leaves out one of 22% that is no larger than the sub-theme its least part names.
`broad_borrowed.largest_over_borrowed` asks for a third and a part borrowed from no sub-theme; this asks for a
quarter and a part that names less of the broad theme than the sub-theme left out. Read 98 (run 9764, all three
readers) rejected "Parents and corporate parenting board" ("only two of ten are about corporate parenting"): its
largest sub-theme, "Work with families" (318 of 1,036), was said by people words alone, which no subject could be,
though 93% of its findings write "family"; such a subject is now borne by the findings that write its kin words.

    largest_left_out(label, covers, theme, children, avoid) -> "S, A and B" or label
"""

from __future__ import annotations

import re
from typing import Callable

from pipeline.themes.broad_borne import BORNE, KINDS, kin_rows, part_borne
from pipeline.themes.broad_borrowed import _names, listing_and_largest
from pipeline.themes.broad_fair import content_words, whole_rows
from pipeline.themes.broad_general import catch_all
from pipeline.themes.broad_named import MOST_PARTS, named_share
from pipeline.themes.broad_names import LISTED_SHARE, topic_part
from pipeline.themes.capitals import capitalised
from pipeline.themes.label_text import inner, joined_list, listed_text
from pipeline.themes.mixed_topics import KINDS as TEXT_KINDS

# Sub-themes whose label says no subject of their own: figures, and inspectors' general judgements
# (`mixed_topics.KINDS`), which a listing cannot say as a part.
_NO_SUBJECT = re.compile(r"^(?:Statistics|Assorted statistics|Context and statistics|"
                         + re.escape(TEXT_KINDS[1]) + r")\b")


def _weight(part: str) -> int:
    """How many list items a part takes ("A and B" two), as `broad_named` counts them against MOST_PARTS."""
    return 1 + part.count(", ") + part.count(" and ")


def _subject(covers, theme: int, largest: str, parts: list[str]) -> str:
    """The subject of the largest sub-theme that BORNE of the broad theme's findings bear out: its first topic
    (`broad_names.topic_part`), else its topics whole (`label_text.listed_text`: "Voice and participation of
    children", a field topic whose terms, "wishes and feelings", "views", its findings write where "voice" alone is
    rare); never the people served alone ("Young people"), but people with a subject of their own ("Work with
    families") when BORNE of its findings write them in their own sense (`broad_borne.kin_rows`); "" when neither is
    borne."""
    for subject in dict.fromkeys(filter(None, (topic_part(largest), listed_text(largest)))):
        # the people served alone ("Young people") would name the whole field, not a subject; people with a subject
        # of their own ("Work with families") are borne by the findings that write them (`broad_borne.kin_rows`)
        kin = kin_rows(covers, theme, subject)
        if kin is not None and len(kin) and kin.mean() >= BORNE:
            return subject
        if content_words(subject) and part_borne(covers, theme, subject, parts) >= BORNE:
            return subject
    return ""


_PIECE = re.compile(r", including |, | and ")  # what parts a sub-theme's label lists apart


# A piece of a listing that refers back to the piece before it ("Earlier inspections and their judgements") is no
# topic of its own (read 88: "Their judgements, earlier inspections and allegations against adults").
REFERS_BACK = re.compile(r"(their|its|his|her|these|those|this|such|them)\b", re.IGNORECASE)


def shared_subject(children: list[tuple[str, int]]) -> tuple[str, int] | None:
    """(topic, findings) of the topic that the labels of two sub-themes or more name as a piece of their own (each
    piece of a listing, `label_text.listed_text`: "quality assurance" of "Performance data and quality assurance"
    and "Audit programme and quality assurance") when those sub-themes together hold more of the broad theme than
    its largest sub-theme does (the most held such topic); None when no topic is so shared. A reader of ten of its
    findings meets that topic in more of them than the subject of any one sub-theme (broad61, read 87: "Performance
    data and plans", "mostly quality assurance and auditing", over sub-themes of 30% and 24% that both name quality
    assurance). Figures and general judgements name no topic of their own (`_NO_SUBJECT`), nor do the kinds of one
    thing a kinds-list names ("action" of "Care, action and other plans")."""
    held: dict[str, list[int]] = {}
    spelled: dict[str, str] = {}
    for child, size in children:
        if _NO_SUBJECT.match(child) or KINDS.match(child):  # kinds of one thing ("Care, action and other plans")
            continue
        pieces = [piece for piece in _PIECE.split(listed_text(child)) if piece]
        for piece in dict.fromkeys(piece.lower() for piece in pieces):  # each piece once per sub-theme
            if REFERS_BACK.match(piece):  # "their judgements" of "Earlier inspections and their judgements"
                continue
            held.setdefault(piece, []).append(size)
            spelled.setdefault(piece, next(said for said in pieces if said.lower() == piece))
    largest = max((size for _, size in children), default=0)
    shared = [(sum(sizes), piece) for piece, sizes in held.items() if len(sizes) >= 2 and sum(sizes) > largest]
    if not shared:
        return None
    size, piece = max(shared, key=lambda item: (item[0], -len(item[1]), item[1]))
    return capitalised(spelled[piece]), size


def largest_left_out(label: str, covers, theme: int, children: list[tuple[str, int]],
                     avoid: Callable[[str], bool] = lambda said: False) -> str:
    """`label` ("A, B and C", two parts or more, no opening) with the subject of its largest sub-theme
    (`_subject`, a mixed sub-theme's own subject too) said first when that sub-theme holds
    LISTED_SHARE of the broad theme or more, no part names it (`broad_borrowed._names`), it holds more of the broad
    theme than the sub-themes the least-naming part names (`broad_named.named_share`) and BORNE of its findings bear
    the subject out; the parts the fewest of its findings write whole (`broad_fair.whole_rows`; then those naming
    the fewest) give way so that MOST_PARTS are listed, the others kept in their order. Else `label` (also for
    figures, kinds of one thing, "X, including Y", general judgements, and a catch-all of general statements,
    `broad_general.catch_all`). A topic several sub-themes' labels share, held by more of the broad theme than its
    largest sub-theme (`shared_subject`), is taken as that sub-theme. children: (label, size) of its sub-themes;
    avoid: whether a label may not be given."""
    listing = None if _NO_SUBJECT.match(label) else listing_and_largest(label, children)
    if listing is None:
        return label
    parts, largest, size, total = listing
    # a topic the labels of several sub-themes share, held by more of it than its largest sub-theme, stands for it
    shared = shared_subject(children)
    if shared is not None:
        largest, size = shared
    if _NO_SUBJECT.match(largest) or size < LISTED_SHARE * total or any(_names(part, largest) for part in parts):
        return label
    shares = [named_share([part], children) for part in parts]
    subject = _subject(covers, theme, largest, parts)
    # a catch-all of general statements is said to be general judgements on its parts (`broad_general`), whose
    # readers accepted its listing as what some of its findings are on
    if not subject or size <= min(shares) * total or catch_all(covers, theme, children):
        return label
    room = MOST_PARTS - _weight(subject)
    # the parts most of its findings write whole stay (a reader counts a part by what the findings say, not by the
    # sub-theme they were filed in), then those naming the most findings
    written = [float(whole_rows(covers, theme, part).mean()) if content_words(part) else 0.0 for part in parts]
    kept = sorted(range(len(parts)), key=lambda i: (-written[i], -shares[i], i))
    chosen, used = [], 0
    for i in kept:
        if used + _weight(parts[i]) <= room:
            chosen.append(i)
            used += _weight(parts[i])
    if not chosen:
        return label
    said = capitalised(joined_list([inner(part) for part in [subject] + [parts[i] for i in sorted(chosen)]]))
    return label if avoid(said) else said
