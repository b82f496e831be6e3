"""A broad label that leads with a smaller sub-theme and leaves out the largest one's subject, led by the largest
(`largest_first`); a listing whose lead part few of its findings bear, led by the part most of them bear
(`best_borne_lead`).

Read 53 judged "Personal education plans and care leavers" wrong over a broad theme of "Pathway plans" (147
findings) and "Personal education plans" (99): the reader met pathway plans most and found them unnamed, the label
leading with the smaller part. Its own words ("plans") are shared by both, so the check that a label names its
largest sub-theme (`broad_names._leaves_out_largest`, any word in common) let it pass.
"""

from __future__ import annotations

import re
from typing import Callable

import numpy as np

from pipeline.themes.broad_borne import term_rows
from pipeline.themes.broad_fair import content_words, said_whole
from pipeline.themes.broad_names import LARGEST_PART, part_stems, topic_part
from pipeline.themes.broad_shared import listing_parts
from pipeline.themes.capitals import capitalised
from pipeline.themes.label_text import inner, joined_list
from pipeline.themes.name_checks import name_problems


def largest_first(label: str, children: list[tuple[str, int]]) -> str:
    """"Largest and second" ("Pathway plans and personal education plans") when `label` starts with the topic of its
    second-largest sub-theme and says none of the words of its largest sub-theme's topic (which holds at least
    LARGEST_PART of its findings) that the other sub-themes' topics do not share; else `label`.

    children: (label, size) of each sub-theme."""
    if len(children) < 2:
        return label
    total = sum(size for _, size in children)
    ranked = sorted(children, key=lambda item: -item[1])
    largest, second = topic_part(ranked[0][0]), topic_part(ranked[1][0])
    if not largest or not second or ranked[0][1] < LARGEST_PART * total \
            or not label.lower().startswith(second.lower()):
        return label
    others = set().union(*(part_stems(topic_part(child) or child, people=True) for child, _ in ranked[1:]))
    own = part_stems(largest, people=True) - others
    if not own or own & part_stems(label, people=True):
        return label
    said = joined_list([inner(largest), inner(second)])
    return capitalised(said)


# A listing's lead part that fewer than this share of the broad theme's findings bear gives the lead to a part
# LEAD_LIFT times as many bear (broad60, TUNING, reads 71-86: plain listings whose lead part is borne by under a
# quarter and another part by 1.5 times as many drew 29 rejecting verdicts of 126, 23%, the others 50 of 468, 11%;
# "Strategy discussions, information and multi-agency working", read 85, both readers: "strategy discussions
# barely appear"; 14% write them, 49% multi-agency working or its terms). A reader of ten of its findings meets the
# lead part twice or less and reads the label by it.
LEAD_BORNE = 1 / 4
LEAD_LIFT = 1.5
_WORK_WITH = re.compile(r"^(?:social )?work with ", re.IGNORECASE)


def lead_rows(covers, theme: int, part: str) -> np.ndarray:
    """(n members of `theme`,) bool: its findings that use `part` (all its content words: `Coverage.of`) or write a
    term of the field topic it names (its whole name, or the terms sharing its own words: "strategy meetings" for
    "Strategy discussions"), as `benchmarks/broad_part_shares.py` counts a part."""
    return covers.of(theme, part) | term_rows(covers, theme, part, [w.lower() for w in content_words(part)])


def best_borne_lead(label: str, covers, theme: int, avoid: Callable[[str], bool] = lambda said: False) -> str:
    """A plain listing ("A, B and C") whose lead part fewer than LEAD_BORNE of the broad theme's findings bear
    (`lead_rows`) led by its best-borne part that LEAD_LIFT times as many bear and that is a topic said whole on its
    own (`broad_fair.said_whole`: no pointing word, no lone generic word), the other parts in their order
    ("Strategy discussions, information and multi-agency working" -> "Multi-agency working, strategy discussions
    and information"); a pair still goes last as `joined_list` writes it, so a pair never leads. `label` as it is
    for other forms (an opening, "X, including Y", kinds of one thing, figures), a lead of people's work ("Social
    work with children": its people are every finding's), when no part may lead, or when the listing is to be
    avoided (avoid: whether a label may not be given)."""
    opening, parts = listing_parts(label)
    if opening or len(parts) < 2 or _WORK_WITH.match(parts[0]) or theme not in covers.members \
            or not len(covers.members[theme]):
        return label
    shares = [float(lead_rows(covers, theme, part).mean()) for part in parts]
    if shares[0] >= LEAD_BORNE:
        return label
    leads = [i for i in range(1, len(parts)) if shares[i] >= LEAD_LIFT * shares[0] and " and " not in parts[i]
             and said_whole(parts[i])]
    if not leads:
        return label
    best = max(leads, key=lambda i: (shares[i], -i))
    said = capitalised(joined_list([inner(part) for part in [parts[best]] + parts[:best] + parts[best + 1:]]))
    return label if avoid(said) or name_problems([said]) else said
