"""A broad listing over a catch-all of general statements said to be general judgements on its parts
(`general_over_listing`).

Blind reads 71-75 (tuning) rejected, most often of all broad labels, listings of specific subjects over the largest
broad themes of a run whose findings are mostly general statements about services, their leaders and their
improvement: "Early help, work with families and children in care" (read 74, both readers: "mostly general
service / leadership statements"), "Early help and children in care" (75, both: "grab-bag of general service
quality"), "Parents and life story" (73, both), "Early help, children in need and outcomes for children" (73, one),
"Children in care and outcomes for children" (71, one: "mostly general leadership/partnership/QA statements"). The
same readers accepted, four verdicts in four, a broad label that says its findings are general judgements before
listing the subjects some of them are on, over a broad theme of the same make ("General judgements on work with
children, senior leadership and children in care", 1,349 findings: "catch-all broad theme; very varied findings").

What those broad themes share, measured on the runs of those reads: no field topic
(`pipeline/data/topic_concepts.csv`) is written by a fifth of their findings (`broad_fair.HELD`; the most written
topic 12-18%, mostly senior leadership or improvement), and none of their sub-themes holds a third of them
(`broad_names.LARGEST_PART`, the share for which a broad label has to name its largest sub-theme): their findings were
pooled from many sub-themes, several of them of general statements ("Work with families", "Mixed findings: senior
leadership and scrutiny", "Young people, various aspects"). The two together hold for 5 of the 19 plain listings
rejected by one reader or both and for none of the 85 accepted by both (either alone holds for 13 or more accepted).
A listing over such a broad theme names subjects a reader of ten of its findings meets two or three times; said
"General judgements on A, B and C" it says what the findings are (a catch-all of inspectors' general judgements) and
which subjects some of them are on.

    general_over_listing(label, covers, theme, children, avoid) -> "General judgements on ..." or label
"""

from __future__ import annotations

import re
from typing import Callable

import numpy as np

from pipeline.themes.broad_borne import FIGURE_KINDS, KINDS
from pipeline.themes.broad_fair import HELD
from pipeline.themes.broad_names import LARGEST_PART
from pipeline.themes.broad_parts import label_parts
from pipeline.themes.honest_judgements import borne_listing, people_said, word_said
from pipeline.themes.label_text import inner, joined_list
from pipeline.themes.mixed_topics import KINDS as TEXT_KINDS
from pipeline.themes.name_checks import name_problems

# The opening that says a theme holds inspectors' general judgements (`mixed_topics.KINDS`).
OPENING = TEXT_KINDS[1] + " "
# Labels of figures or of mixed findings: said so by their own passes (`broad_figures`), never judgements.
_REPEATED = re.compile(rf"^{re.escape(OPENING)}", re.IGNORECASE)
_OTHER_KINDS = re.compile(r"^(?:Statistics|Assorted statistics|Mixed findings|Context and statistics)\b")


def catch_all(covers, theme: int, children: list[tuple[str, int]]) -> bool:
    """Whether a broad theme is a catch-all of general statements: no field topic is written by HELD of its findings
    and no sub-theme holds LARGEST_PART of it. children: (label, size) of its sub-themes."""
    rows = covers.members.get(theme, ())
    total = sum(size for _, size in children)
    if not len(rows) or not total or max(size for _, size in children) >= LARGEST_PART * total:
        return False
    concepts = covers.concepts()
    if not concepts.labels:
        return False
    return float(concepts.uses[np.asarray(rows)].mean(axis=0).max()) < HELD


def general_over_listing(label: str, covers, theme: int, children: list[tuple[str, int]],
                         avoid: Callable[[str], bool] = lambda said: False) -> str:
    """`label`, a listing of two parts or more ("A, B and C", no opening), said "General judgements on a, b and c"
    when its broad theme is a catch-all of general statements (`catch_all`), less the parts its findings do not bear
    (`honest_judgements.borne_listing`), or by the noun or people half of them write when it bears none (else with
    all its parts); else `label` (also for figures, kinds of one thing, "X, including Y" and a label that already
    says its findings are judgements). children: (label, size) of its sub-themes; avoid: whether a label may not be
    given."""
    if label.startswith(OPENING) or KINDS.match(label) or FIGURE_KINDS.match(label) or _OTHER_KINDS.match(label) \
            or theme not in covers.members or covers.statistics(theme):
        return label
    opening, parts = label_parts(label)
    if opening or len(parts) < 2 or not catch_all(covers, theme, children):
        return label
    # said to be judgements on its parts, each part must be borne by a fair share of its findings (`honest_judgements`):
    # the borne ones, else the noun or the people half of them write; else all its parts, as before (the listing
    # alone says the same unborne parts: reads 71-75 rejected it over such themes)
    # a part that is itself a sub-theme's "general judgements on X" is X: the opening is said once (read 87: "General
    # judgements on chief executive, general judgements on work with children and early help", both readers)
    parts = [_REPEATED.sub("", inner(part)) for part in parts]
    kept = borne_listing(parts, covers, theme)
    said = [OPENING + joined_list(kept)] if kept else word_said(covers, theme) + people_said(covers, theme)
    said.append(OPENING + joined_list(parts))
    return next((s for s in said if not avoid(s) and not name_problems([s])), label)
