"""A listing of two parts one of which few of its findings write or mean, said by the other (`meant_said`,
labels72, issue 16).

Blind readers reject a broad label of two parts one of which few of the ten findings they read concern ("Early help
and health assessments": "only 1 of 10 on health assessments"). Counting the findings that write a part
(`broad_lead.lead_rows`) undercounts a part said in other words (training for "staff development", views for
"voice"), so a bar on that count alone drops parts readers meet (labels70, labels71). Here a part is also weighed by
meaning: each of the broad theme's findings goes to the nearest centre among the field topics
(`broad_parts.topic_centres`) and the label's parts (the mean vector of the run's findings that use a part's words,
or the centre of the field topic it names), as `broad_parts.nearest_topic_label` reads them. A part few findings
write AND few are nearest, beside a part many more are nearest, is left out; the label is the other part, plainly.

    meant_said(label, covers, theme, vectors, centres, avoid) -> the other part, or label
"""

from __future__ import annotations

import re
from typing import Callable

import numpy as np

from pipeline.themes.broad_fair import field_whole
from pipeline.themes.broad_lead import lead_rows
from pipeline.themes.broad_majority import FAIR
from pipeline.themes.broad_parts import _centre, _named
from pipeline.themes.broad_shared import listing_parts
from pipeline.themes.capitals import capitalised
from pipeline.themes.label_text import inner
from pipeline.themes.name_checks import name_problems

# Least share of the broad theme's findings nearest a part in meaning for it to stay when fewer than FAIR write it,
# and how many times its share (and MEANT at least) the kept part must hold. TUNING (reads 94-96: 192 verdicts on 64
# listings of two parts or more, docs/measurements.md "labels72"): of the 96 broad labels read, 2 change ("Care
# leavers and accommodation", "Local safeguarding children board and strategy discussions"), each rejected once in
# three; no label every reader accepted.
MEANT = 1 / 10
MEANT_LIFT = 2.0
_WORK_WITH = re.compile(r"\bwork with ", re.IGNORECASE)


def meant_shares(parts: list[str], covers, theme: int, vectors: np.ndarray, centres) -> list[float] | None:
    """Share of the theme's findings whose vector is nearest each part's centre among the field topics' centres
    (`centres`: `broad_parts.topic_centres`) and the parts' own (the run's findings that use a part's words, else
    the field topic it names); None when a part has no centre. covers: a Coverage of all the run's findings by
    broad theme, row i = vectors[i]."""
    topics, matrix = centres
    terms = covers.concepts().terms
    own = []
    for part in parts:
        centre = _centre(vectors, covers.using(part))
        if centre is None:
            centre = next((matrix[i] for i, topic in enumerate(topics) if _named(topic, terms[topic], [part])), None)
        if centre is None:
            return None
        own.append(centre)
    rows = covers.members[theme]
    every = np.vstack([np.asarray(matrix).reshape(len(topics), -1)] + own) if len(topics) else np.vstack(own)
    nearest = np.argmax(np.asarray(vectors[rows], dtype=np.float64) @ every.T, axis=1)
    held = np.bincount(nearest, minlength=len(every)) / len(rows)
    return [float(share) for share in held[len(every) - len(parts):]]


def meant_said(label: str, covers, theme: int, vectors: np.ndarray, centres,
               avoid: Callable[[str], bool] = lambda said: False) -> str:
    """A plain listing of two parts ("A and B") one of which under FAIR of the broad theme's findings write
    (`lead_rows`) and under MEANT are nearest in meaning (`meant_shares`), the other nearest for MEANT_LIFT times as
    many, said by the other part ("Early help and health assessments", health assessments 5% written and 6%
    nearest, early help 16% nearest -> "Early help"; the other part nearest for MEANT at least), or by the field topic that says it whole when that is to be
    avoided (`broad_fair.field_whole`). `label` as it is for other forms, three parts or more
    (`broad_weighted.minor_parts_dropped` weighs those), a part holding "and" or of people's work (neither counts
    fairly by its words), or when nothing it could be said as may be given (avoid: whether a label may not be
    given)."""
    opening, parts = listing_parts(label)
    if opening or len(parts) != 2 or theme not in covers.members or not len(covers.members[theme]) \
            or any(" and " in part or _WORK_WITH.search(part) for part in parts):
        return label
    written = [float(lead_rows(covers, theme, part).mean()) for part in parts]
    if min(written) >= FAIR:
        return label
    meant = meant_shares(parts, covers, theme, vectors, centres)
    if meant is None:
        return label
    minor = [j for j in range(2) if written[j] < FAIR and meant[j] < MEANT
             and meant[1 - j] >= max(MEANT, MEANT_LIFT * meant[j])]
    if len(minor) != 1:
        return label
    kept = parts[1 - minor[0]]
    options = [capitalised(inner(kept)), field_whole(covers, theme, kept)]
    return next((said for said in options if said and not avoid(said) and not name_problems([said])), label)
