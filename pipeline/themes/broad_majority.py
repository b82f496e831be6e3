"""A broad listing one of whose parts most of its findings write said without the parts few of them write
(`majority_said`, labels68, issue 16).

A blind reader judges a broad label by ten of its findings. The last held-out read (after read 94) rejected "Care
leavers and accommodation" ("care leavers broadly; accommodation 1 in 10"), and readers accept a label that names
plainly what most findings share ("Care leavers", "Early help and family support"): a second part is earned only when
a fair share of the findings are on it. The earlier passes keep a part a tenth of the findings write
(`broad_borne.BORNE`) or that names sub-themes holding a fair share of them ("Accommodation": 11% write it, and it is
the name of a sub-theme of 15%). Here a part is weighed only by the findings that write it or a term of the field
topic it names (`broad_lead.lead_rows`, the count the other late passes read),
and only where the label names a majority subject: a part MAJORITY of the findings write. Under that bar the label is
a grab-bag, and leaving a part out would leave a label of a minority; `broad_general`, `broad_shared` and
`broad_lead` are for those.

    majority_said(label, covers, theme, avoid) -> label without its unfair parts, or label
"""

from __future__ import annotations

import re
from typing import Callable

from pipeline.themes.broad_fair import field_whole
from pipeline.themes.broad_lead import lead_rows
from pipeline.themes.broad_shared import listing_parts
from pipeline.themes.capitals import capitalised
from pipeline.themes.label_text import inner, joined_list
from pipeline.themes.name_checks import name_problems

# Least share of the broad theme's findings that its best-written part must reach: the label names the subject most of
# its findings share, so a reader of ten findings meets it in five or more.
MAJORITY = 1 / 2
# A later part fewer than this share of its findings write is left out beside a majority part: a reader of ten
# findings meets it once or not at all (the last held-out read: "accommodation" 1 in 10). TUNING (bundled, mixtures
# 9744 and 9750): the parts under it beside a majority part are written by 7-12% of their findings, the kept ones by
# 14% or more.
FAIR = 1 / 8
_WORK_WITH = re.compile(r"\bwork with ", re.IGNORECASE)


def part_shares(label: str, covers, theme: int) -> list[tuple[str, float]]:
    """(part, share of the theme's findings that write it or its field topic's terms) for each part of a plain
    listing `label`; [] for any other label."""
    opening, parts = listing_parts(label)
    if opening or len(parts) < 2 or theme not in covers.members or not len(covers.members[theme]):
        return []
    return [(part, float(lead_rows(covers, theme, part).mean())) for part in parts]


def majority_said(label: str, covers, theme: int, avoid: Callable[[str], bool] = lambda said: False) -> str:
    """A plain listing ("A and B", "A, B and C") one of whose parts MAJORITY of the broad theme's findings write
    (`part_shares`) without its parts fewer than FAIR of them write, the others in their order ("Care leavers and
    accommodation", 97% and 11% -> "Care leavers"); a part left alone said by the field topic that says it whole
    (`broad_fair.field_whole`: "Support for care leavers") when it is to be avoided (a sub-theme's label). `label`
    as it is for other forms, for a listing with a part of people's work ("Social work with children": its people
    are every finding's, so no share of it tells), when every part is fair, or when nothing it could be said as may
    be given (avoid: whether a label may not be given)."""
    shares = part_shares(label, covers, theme)
    if not shares or any(_WORK_WITH.search(part) for part, _ in shares) \
            or max(share for _, share in shares) < MAJORITY:
        return label
    kept = [part for part, share in shares if share >= FAIR]
    if len(kept) == len(shares):
        return label
    options = [capitalised(joined_list([inner(part) for part in kept]))]
    if len(kept) == 1:
        options.append(field_whole(covers, theme, kept[0]))
    return next((said for said in options if said and not avoid(said) and not name_problems([said])), label)
