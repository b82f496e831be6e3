"""A broad listing's part taken from a sub-theme's label that few of the broad theme's findings write, said by that
sub-theme's other part that a fair share of them do write (`child_part_said`, labels74, issue 16).

A broad label named by its sub-themes takes the first part of each sub-theme's label (`broad_names.topic_part`):
"Strategic planning" of "Strategic planning and commissioning". When few of the broad theme's findings write that
part (read 97's run: 9% of the broad theme write "strategic planning", 35% "commissioning"), the later passes that
weigh parts (`broad_lead.best_borne_lead`, `broad_majority.majority_said`) move it to the end or leave it out, and
the sub-theme - the broad theme's largest - goes unnamed: "Multi-agency working and partnership", a near twin of the
same run's "Multi-agency working and partner agencies". Said by the sub-theme's other part, the label names what that
sub-theme is about: "Commissioning, partnership and multi-agency working".

    child_part_said(label, covers, theme, children, avoid) -> label with such parts said by their sub-theme's other part
"""

from __future__ import annotations

from typing import Callable

from pipeline.themes.broad_fair import content_words
from pipeline.themes.broad_lead import lead_rows
from pipeline.themes.broad_majority import FAIR
from pipeline.themes.broad_names import LARGEST_PART, part_stems
from pipeline.themes.broad_parts import label_parts
from pipeline.themes.broad_shared import listing_parts
from pipeline.themes.capitals import capitalised
from pipeline.themes.label_text import inner, joined_list
from pipeline.themes.name_checks import name_problems
from pipeline.themes.vocabulary import DETERMINERS

# A first word that points back to the rest of a sub-theme's label ("their judgements" of "Earlier inspections and
# their judgements"): such a part says nothing alone.
POINTING = DETERMINERS | {"this", "these", "those", "his", "her", "our", "other", "further", "various"}


def other_parts(child: str, part: str) -> list[str]:
    """The parts of a sub-theme's plain listing `child` ("Strategic planning and commissioning") beside `part`
    ("Strategic planning"), when `part` is one of them (case aside); [] otherwise (a mixed or figures label, or one
    that does not list `part`)."""
    opening, parts = label_parts(child)
    if opening or len(parts) < 2 or part.lower() not in {p.lower() for p in parts}:
        return []
    return [p for p in parts if p.lower() != part.lower()]


def names_alone(part: str) -> bool:
    """Whether a sub-theme's label part names a topic as a part of another label: not opening with a word that points
    back ("their judgements"), nor one generic word ("experiences" of "Children's lives and experiences",
    "governance")."""
    words = content_words(part)
    return bool(words) and part.split()[0].lower() not in POINTING \
        and not any(p.endswith("a lone generic word") for p in name_problems([capitalised(part)]))


def child_part_said(label: str, covers, theme: int, children: list[tuple[tuple[str, ...], int]],
                    avoid: Callable[[str], bool] = lambda said: False) -> str:
    """A plain listing ("A, B and C") each of whose parts fewer than FAIR of the broad theme's findings write
    (`lead_rows`: its words, or a term of the field topic it names) and that is one part of the listing of a
    sub-theme holding LARGEST_PART of it or more (one the broad label has to name) said, in its place, by that
    listing's other part that the most of them write, FAIR or more and more than the part, that names a topic alone
    (`names_alone`) and shares no stem with the label's other parts ("Strategic planning, partnership and
    multi-agency working", 9% writing strategic planning, over a sub-theme "Strategic planning and commissioning"
    of 39% of it whose "commissioning" 35% write -> "Commissioning, partnership and multi-agency working").
    `label` as it is for other forms, when no part is so said, or when the wording is to be avoided (avoid: whether
    a label may not be given).

    children: (labels, size) of its sub-themes (labels: as first named and final). A smaller sub-theme offers no part:
    (TUNING, labels74) "staff development" gave way to "learning" of "Learning and staff development" (12% of its
    broad theme), "Timeliness" to "delay" (24%), as readers' labels no better."""
    opening, parts = listing_parts(label)
    if opening or len(parts) < 2 or theme not in covers.members or not len(covers.members[theme]):
        return label
    said = list(parts)
    total = sum(size for _, size in children)
    for i, part in enumerate(parts):
        share = float(lead_rows(covers, theme, part).mean())
        if share >= FAIR:
            continue
        rest = set().union(*(part_stems(p) for j, p in enumerate(said) if j != i))
        offered = {p.lower(): p for said_as, size in children if size >= LARGEST_PART * total for child in said_as
                   for p in other_parts(child, part) if not part_stems(p) & rest and names_alone(p)}
        weighed = [(float(lead_rows(covers, theme, p).mean()), p) for _, p in sorted(offered.items())]
        best = max(weighed, key=lambda item: item[0], default=(0.0, ""))
        if best[0] >= FAIR and best[0] > share:
            said[i] = best[1]
    if said == parts:
        return label
    wording = capitalised(joined_list([inner(part) for part in said]))
    return label if avoid(wording) or name_problems([wording]) else wording
