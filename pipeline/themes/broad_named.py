"""A broad listing whose parts name the sub-themes of fewer than half of its findings takes in the topic of its largest
unnamed ones (`named_by_parts`).

Read 70 judged "Strategy discussions, information and response" wrong ("2 of 10 on strategy discussions") over a
broad theme whose sub-themes are strategy discussions (28% of its findings), information sharing (18%), decision
making (two sub-themes, 27%), allegations and timeliness (16%) and thresholds (10%): its parts name the sub-themes
of 46% of its findings, and its third part, "response", names none of them (16% write a word of its stem, spread
over them all). Read 69 judged "Strategy discussions and information" (40% named) and "Safeguarding children board
and child sexual exploitation" (43%: "mostly wider child protection") wrong for the same fault: a reader of ten of
its findings meets the listed topics in fewer than half and finds the listing narrower than what they are about. On
the runs of reads 68-70 (mixtures 9735-9737), of the listings of two or three parts over two sub-themes or more, 7
of the 11 rejected ones name under half (36-46%), 4 of the 39 others do (41-45%: "Social work with children,
workforce churn and caseloads" three times, full and each of its parts borne, and "Early help services and children
in care", no topic of whose sub-themes is borne out whole: both left as they are). Here such a listing takes in, as
one more part, the topic of its sub-themes that names the most findings the listing leaves unnamed, or, in a listing
of three, that topic stands in for a part that names none of its sub-themes and few of its findings write; no part
the findings bear is left out and no listing is shortened (broad37 and broad39, rejected for both).
"""

from __future__ import annotations

import re
from typing import Callable

from pipeline.themes.broad_borne import BORNE, FIGURE_KINDS, KINDS, cut_of_pair, own_words, part_borne
from pipeline.themes.broad_fair import HELD, fairly_borne, local_name, said_whole
from pipeline.themes.broad_names import part_stems
from pipeline.themes.broad_parts import label_parts
from pipeline.themes.capitals import capitalised
from pipeline.themes.label_text import inner, joined_list, listed_text
from pipeline.themes.name_checks import name_problems

# Least share of a broad theme's findings that the sub-themes its listed parts name must hold: a reader of ten of
# them meets the listed topics in most (reads 68-70: 7 of 11 rejected listings 36-46%, 35 of 39 others 50% or more).
NAMED = 1 / 2
# Most parts a listing is given: a fourth part makes a list no reader takes in at a glance.
MOST_PARTS = 3


def _alike(ours: set[str], theirs: set[str]) -> bool:
    """Whether two sets of stems share a word, one stem the start of the other of four letters or more ("work" of
    "social work" and "worker" of "social workers")."""
    return any(a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))
               for a in ours for b in theirs)


def named_share(parts: list[str], children: list[tuple[str, int]]) -> float:
    """Share of a broad theme's findings held by the sub-themes whose labels' topics (`label_text.listed_text`)
    share a word with one of `parts` (by stem, people words aside unless a part has no other). children: (label,
    size) of its sub-themes."""
    total = sum(size for _, size in children)
    if not total:
        return 0.0
    stems = set().union(*(part_stems(part) for part in parts)) if parts else set()
    return sum(size for child, size in children if _alike(stems, part_stems(listed_text(child)))) / total


def _topics(covers, theme: int, children: list[tuple[str, int]], kept: list[str]) -> list[str]:
    """The topics its sub-themes' labels name (each piece of a label of a sub-theme holding BORNE of the broad theme,
    largest sub-theme first) that could be a part beside `kept`: saying nothing `kept` says (by stem), a topic said
    whole (no pointing word, no name problem), no council's own name, no cut of a pair of words
    (`broad_borne.cut_of_pair`), borne out by BORNE of its findings and whole (`broad_fair.fairly_borne`)."""
    seen = set().union(*(part_stems(part) for part in kept)) if kept else set()
    total = sum(size for _, size in children)
    found = []
    for child, size in sorted(children, key=lambda item: -item[1]):
        if size < BORNE * total or cut_of_pair(covers, theme, child):
            continue
        for piece in re.split(r", including |, | and ", listed_text(child)):
            stems = part_stems(piece)
            if not piece or not stems or _alike(stems, seen) or piece.lower() in {t.lower() for t in found} \
                    or not said_whole(piece) or local_name(piece) or not own_words(piece, kept):
                continue
            if part_borne(covers, theme, piece, kept) >= BORNE and fairly_borne(covers, theme, piece, children):
                found.append(piece)
    return found


def named_by_parts(label: str, covers, theme: int, children: list[tuple[str, int]],
                   avoid: Callable[[str], bool] = lambda said: False) -> str:
    """`label` ("A and B", "A, B and C") whose parts name the sub-themes of fewer than NAMED of the broad theme's
    findings (`named_share`) with the topic of its sub-themes' labels (`_topics`) that names the most of them: added
    as a third part, or standing in for a part of a listing of three that names none of its sub-themes and fewer
    than HELD of its findings bear out (`broad_borne.part_borne`); the parts said in the order of the findings they
    name, most first. `label` as it is when no such topic raises the named share, for a label of other forms (an
    opening, "X, including Y", kinds of one thing), or when the new label is to be avoided. children: (label, size)
    of its sub-themes; avoid: whether a label may not be given."""
    if KINDS.match(label) or FIGURE_KINDS.match(label):
        return label
    opening, parts = label_parts(label)
    if opening or not 2 <= len(parts) <= MOST_PARTS or len(children) < 2:
        return label
    before = named_share(parts, children)
    if before >= NAMED:
        return label
    said_parts = sum(1 + part.count(" and ") for part in parts)  # "parents and relationships" is read as two
    if said_parts > MOST_PARTS:
        return label
    if said_parts < MOST_PARTS:
        out = None  # room for one more part
    else:
        # a part no sub-theme names and under HELD of its findings write: no topic of its parts, and few meet it
        unnamed = [part for part in parts if not named_share([part], children)
                   and part_borne(covers, theme, part, [other for other in parts if other != part]) < HELD]
        if not unnamed:
            return label  # every part names a sub-theme or is borne by many: none to stand in for
        out = unnamed[-1]
    kept = [part for part in parts if part != out]
    best, gained = "", before
    for topic in _topics(covers, theme, children, kept):
        share = named_share(kept + [topic], children)
        if share > gained:
            best, gained = topic, share
    if not best:
        return label
    ordered = sorted(kept + [best], key=lambda part: -named_share([part], children))
    said = capitalised(joined_list([inner(part) for part in ordered]))
    return label if avoid(said) or name_problems([said]) else said
