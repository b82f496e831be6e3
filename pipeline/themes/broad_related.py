"""A broad listing of two parts that together leave most of its findings unwritten, one of which few of them write,
said as its other part "and related topics" (`related_said`, labels71, issue 16).

Seven blind reads (89-95, 915 broad verdicts, TUNING) rejected most often a listing of two or three topics over a
broad theme most of whose findings write none of them: readers met the parts in two or three of their ten findings and
called the rest a grab-bag ("only 2 of 10 on domestic abuse; mostly general risk reduction"; "no disabled children").
Of the measures of a label against its findings, the share that write no part (`broad_lead.lead_rows` for each) told
the rejected from the accepted best: listings of two parts or more leaving half or more unwritten drew 31 rejecting
verdicts of 195, the others 28 of 534. The weakest part's share alone told them apart far less (readers accept a part
few findings write when the others cover most). Such a label names a minority of its findings; dropping the rarely
written part alone narrows it to a topic the readers then miss in most findings (labels70: "<part>, various aspects"),
so the label keeps the part a fair share write and says that the rest is on related topics. Only a listing of two
parts: a third part is weighed by its sub-themes already (`broad_weighted.minor_parts_dropped`), and on the tuning
runs the three-part listings this changed lost parts their findings write in other words ("staff development", said
"training" by a sub-theme of 24% of its broad theme).

    related_said(label, covers, theme, children, avoid) -> "A and related topics", or label
"""

from __future__ import annotations

import re
from typing import Callable

import numpy as np

from pipeline.themes.broad_lead import lead_rows
from pipeline.themes.broad_majority import FAIR
from pipeline.themes.broad_shared import listing_parts
from pipeline.themes.broad_weighted import part_weights
from pipeline.themes.capitals import capitalised
from pipeline.themes.label_text import inner
from pipeline.themes.name_checks import name_problems

# Least share of a broad theme's findings that write none of its label's parts for the label to be said with related
# topics: a reader of ten of its findings meets its parts in five or fewer (TUNING, reads 89-95: listings leaving
# half or more unwritten 31 rejecting verdicts of 195, 16%; the others 28 of 534, 5%).
UNWRITTEN = 1 / 2
# Least share of the broad theme that the sub-themes naming a part (`broad_weighted.part_weights`) must hold to keep a
# part its findings seldom write: the words that count a part miss many ways of saying it ("voice": "views", "wishes
# and feelings"), and readers met such parts when their sub-themes were a fair share of the whole (TUNING, reads 89-95,
# two-part listings half of whose findings write neither part: "risk assessments", 5% written, its sub-themes 24%, was
# met, "CP conferences, risk and exploitation assessment"; "health assessments" 5% and 13% and "strategy discussions" 8%
# and 12% were not, "none on health assessments", "none on strategy discussions").
NAMED = 1 / 6
RELATED = "related topics"
_WORK_WITH = re.compile(r"\bwork with ", re.IGNORECASE)


def related_said(label: str, covers, theme: int, children: list[tuple[str | tuple[str, ...], int]],
                 avoid: Callable[[str], bool] = lambda said: False) -> str:
    """A plain listing of two parts ("A and B") UNWRITTEN or more of whose broad theme's findings write neither part
    (each counted by `broad_lead.lead_rows`), one of them written by fewer than `broad_majority.FAIR` and named by
    sub-themes holding less than NAMED of it, the other by more, said by the other part and "related topics"
    ("Early help and health assessments": 16% and 5% write them, 79% neither, the health assessments sub-theme 13%
    of it -> "Early help and related topics"). `label` as it is for other forms, for a listing with a part of people's
    work ("work with families": its people are every finding's, so no share tells) or a part holding an "and" itself,
    when both parts are kept, when neither is, or when the wording is to be avoided (avoid: whether a label may not be
    given). children: (label, size) of its sub-themes, or (labels, size) with a sub-theme's first name beside its
    final one (`broad_weighted.minor_parts_dropped`)."""
    opening, parts = listing_parts(label)
    total = sum(size for _, size in children)
    # a part that holds an "and" itself ("placements and provisions") is weighed by no one sub-theme, and kept it
    # would blur where the related topics begin
    if opening or len(parts) != 2 or any(_WORK_WITH.search(part) or " and " in part for part in parts) \
            or theme not in covers.members or not len(covers.members[theme]) or not total:
        return label
    rows = np.array([lead_rows(covers, theme, part) for part in parts])
    if float((~rows.any(axis=0)).mean()) < UNWRITTEN:
        return label
    weights = part_weights(parts, children)
    kept = [inner(part) for part, written, weight in zip(parts, rows.mean(axis=1), weights)
            if written >= FAIR or weight >= NAMED * total]
    if not kept or len(kept) == len(parts):
        return label
    said = capitalised(f"{kept[0]} and {RELATED}")
    return label if avoid(said) or name_problems([said]) else said
