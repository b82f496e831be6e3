"""A sub label's later listed part that few of its findings bear left out, last (issue 16).

Readers of held-out runs rejected labels with a named second part few of the findings concern ("Children looked
after and life story": life story in 2 of its findings). `held_parts.without_absent` leaves out a part under ABSENT
(one finding in 25) when the sub-themes are first named, but later passes build listings again and a part a reader
of ten findings meets once or not at all reads as what the theme is on. The line is FLOOR, a tenth (the least share a
part of a listed label adds, `fallback_names.FLOOR`): at a fifth (`honest_judgements.PART`, the line reads 76-80 put
between accepted and rejected parts of "General judgements" labels) the rule also cut parts a fair share of the
findings bear ("Where children live, deprivation and poverty", 20% on poverty by the topic's terms) and said
"Adoption panel" over panels of every kind (TUNING, labels64).

`fair_said`: a sub label that is a plain listing ("A and B", "A, B and C"; a field topic's label or a pair of
plurals one part, `held_parts.label_parts`; no "Mixed findings", "further findings", "including" or statistics
wording) whose first part FLOOR of its findings bear, and a later part fewer than FLOOR (`held_parts.held_part`: the
part written as a term, its edge word, with the first part's modifier), is said by the parts that are borne, in
order ("Placement stability, sufficiency and choice" over findings 97%, 15% and 6% of which write them ->
"Placement stability and sufficiency"). The new label is given when free and passing the label checks; else the
label stays.

    fair_said(labels, covers, keep, taken) -> labels
"""

from __future__ import annotations

from pipeline.themes.held_parts import _rebuilt, held_part, label_parts
from pipeline.themes.fallback_names import FLOOR
from pipeline.themes.siblings import each_relabelled


def borne_parts(covers, theme: int, label: str) -> list[str] | None:
    """The parts of a plain listing `label` FLOOR of the theme's findings bear, when its first is one of them and a
    later one is not; None otherwise."""
    opening, parts, ending = label_parts(label, covers)
    if opening or ending or len(parts) < 2:
        return None
    shares = [held_part(covers, theme, part, parts[0] if i else "") for i, part in enumerate(parts)]
    if shares[0] < FLOOR or min(shares[1:]) >= FLOOR:
        return None
    return [part for part, share in zip(parts, shares) if share >= FLOOR]


def _said(covers, theme: int, label: str) -> str | None:
    kept = borne_parts(covers, theme, label)
    return _rebuilt("", kept, "") if kept else None


def fair_said(labels: dict[int, str], covers, keep: set[int] = frozenset(),
              taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` (theme -> sub label) with each plain listing's later parts fewer than FLOOR of its findings bear left
    out (see the module), when the shorter label is free and passes the label checks. keep: the field themes."""
    return each_relabelled(labels, covers, _said, keep, taken)
