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

A listing none of whose parts most of its findings write is a grab-bag by its parts, but its findings may still share
what none of its parts says (labels69, issue 16: "Independent reviewing officers and complaints", held out "half on
learning from serious case reviews", its tuning namesake 28% and 20% writing its parts and 78% a review). Said that
noun first, with its parts a fair share write (`word_said`); a listing whose findings share no such noun stays.

    word_said(label, covers, theme, avoid) -> the noun most of them write, then its fair parts, or label
"""

from __future__ import annotations

import re
from typing import Callable

from pipeline.themes.broad_fair import field_whole
from pipeline.themes.broad_lead import lead_rows
from pipeline.themes.broad_shared import listing_parts
from pipeline.themes.capitals import capitalised
from pipeline.themes.fallback_names import dominant_words
from pipeline.themes.label_text import inner, joined_list
from pipeline.themes.name_checks import name_problems
from pipeline.themes.vocabulary import JOINING, fold, stem_of

# Least share of the broad theme's findings that its best-written part must reach: the label names the subject most of
# its findings share, so a reader of ten findings meets it in five or more.
MAJORITY = 1 / 2
# A later part fewer than this share of its findings write is left out beside a majority part: a reader of ten
# findings meets it once or not at all (the last held-out read: "accommodation" 1 in 10). TUNING (bundled, mixtures
# 9744 and 9750): the parts under it beside a majority part are written by 7-12% of their findings, the kept ones by
# 14% or more.
FAIR = 1 / 8
_WORK_WITH = re.compile(r"\bwork with ", re.IGNORECASE)
# Most parts a label said by a shared noun lists, the noun among them (`broad_shared.MOST_PARTS`).
MOST_PARTS = 3
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


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


def _heads(part: str) -> set[str]:
    """The stems of the words a part names as things: each word before a joining word or at its end ("quality",
    "assessments" of "Quality of assessments"; "officers", not "reviewing", of "Independent reviewing officers")."""
    words = [w.lower() for w in _WORD.findall(part)]
    return {stem_of(fold(w)) for i, w in enumerate(words)
            if w not in JOINING and (i + 1 == len(words) or words[i + 1] in JOINING)}


def word_said(label: str, covers, theme: int, avoid: Callable[[str], bool] = lambda said: False) -> str:
    """A plain listing none of whose parts MAJORITY of the broad theme's findings write (`part_shares`) said first by
    the noun MAJORITY of them write that its parts do not name (`fallback_names.dominant_words`: the most written, at
    least twice as often as all findings; a part names it when it is a head of the part, `_heads`), then by its parts
    FAIR of them write (a part of people's work, "work with families", counted as fair: its people are every
    finding's), the best written first, MOST_PARTS in all, in their order ("Independent reviewing officers and
    complaints", 28% and 20%, 78% writing a review -> "Reviews, independent reviewing officers and complaints").
    `label` as it is for other forms, when a part is a majority's (`majority_said`), when its findings share no such
    noun or its parts name it, or when the wording is to be avoided (avoid: whether a label may not be given)."""
    shares = part_shares(label, covers, theme)
    if not shares or max(share for _, share in shares) >= MAJORITY:
        return label
    word = next(dominant_words(covers, theme, MAJORITY), None)
    if not word or stem_of(fold(word.lower())) in set().union(*(_heads(part) for part, _ in shares)):
        return label
    fair = [i for i, (part, share) in enumerate(shares) if share >= FAIR or _WORK_WITH.search(part)]
    kept = sorted(sorted(fair, key=lambda i: (-shares[i][1], i))[:MOST_PARTS - 1])
    said = capitalised(joined_list([word.lower() if not word.isupper() else word]
                                   + [inner(shares[i][0]) for i in kept]))
    return label if avoid(said) or name_problems([said]) else said
