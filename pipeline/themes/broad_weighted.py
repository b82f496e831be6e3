"""A listed broad label weighed by its sub-themes' sizes: without the parts few of its findings are about
(`minor_parts_dropped`), with both topics of a large sub-theme that lists two (`largest_topics_named`).

Read 55 judged "Safeguarding children board, strategy discussions and chief executive" wrong: a reader of ten of its
findings met the board in nearly all and the chief executive in none. The label listed its sub-themes' topics one
sub-theme each, largest first, so the board, whose findings three sub-themes hold (783 of 1,577), counted as one
part like the chief executive's 110. A part is weighed by all the sub-themes that name it; one that a tenth of the
broad theme does not reach is left out, the parts that stay keep their order.
"""

from __future__ import annotations

import re

from pipeline.themes.broad_names import LARGEST_PART, part_stems, topic_part
from pipeline.themes.broad_parts import label_parts
from pipeline.themes.capitals import capitalised
from pipeline.themes.label_text import inner, joined_list

# Least share of a broad theme's findings that the sub-themes naming a part of its label must hold for that part to
# stay: a reader of ten of its findings meets it about once (read 55: "chief executive", 7%, met by neither reader).
MINOR_PART = 1 / 10


def _child_stems(child: str) -> set[str]:
    """The stems of a sub-theme's label, its listing words aside ("Mixed findings: ", ", further findings")."""
    child = re.sub(r"^(?:Mixed findings|Statistics)(?::|,)?\s*(?:(?:some|mostly|one in \w+) on )?", "", child)
    child = re.sub(r", (?:various aspects|further findings)$| and related (?:topics|findings)$", "", child)
    return part_stems(child, people=True)


def part_weights(parts: list[str], children: list[tuple[str | tuple[str, ...], int]]) -> list[int]:
    """Findings of the sub-themes whose labels say each part (every stem of the part, people words aside, is a
    stem of the sub-theme's label): "Safeguarding children board" weighs "Safeguarding children board",
    "Safeguarding children board, further findings" and "Safeguarding board and its sub-groups". A sub-theme given
    by several labels (its first name and its final one) says a part when any of them does."""
    stems = [(set().union(*map(_child_stems, (child,) if isinstance(child, str) else child)), size)
             for child, size in children]
    return [sum(size for own, size in stems if part_stems(part) <= own) for part in parts]


def minor_parts_dropped(label: str, children: list[tuple[str | tuple[str, ...], int]]) -> str:
    """`label` ("A, B and C", three parts or more) without each part the sub-themes naming it hold less than
    MINOR_PART of the broad theme's findings of, at least two parts kept; a part no sub-theme names (written from
    the findings) stays. children: (label, size) of its sub-themes, or (labels, size) with a sub-theme's first name
    beside its final one: a broad label's parts are written from first names ("Social workers", which the final
    label says as "Social work with children"), so a part is weighed by the sub-theme whichever name says it."""
    opening, parts = label_parts(label)
    total = sum(size for _, size in children)
    if opening or len(parts) < 3 or not total:
        return label
    weights = part_weights(parts, children)
    kept = [part for part, weight in zip(parts, weights) if not 0 < weight < MINOR_PART * total]
    if len(kept) == len(parts) or len(kept) < 2:
        return label
    said = joined_list([inner(part) for part in kept])
    return capitalised(said)


def largest_topics_named(label: str, children: list[tuple[str, int]]) -> str:
    """`label` ("A, B and C") with the second topic of its largest sub-theme after A, when that sub-theme holds
    LARGEST_PART of the broad theme or more, its label lists two topics ("Thresholds and the front door, allegations
    against adults and the LADO") and the label names only the first (A: "Thresholds"); the label keeps three parts
    at most, its last giving way. Read 55 judged "Thresholds, strategic planning and adoption panel" wrong: its
    largest sub-theme, 36% of it, is as much on allegations against adults as on the front door, and a reader met the
    allegations most and found them unnamed. children: (label, size) of its sub-themes."""
    opening, parts = label_parts(label)
    total = sum(size for _, size in children)
    if opening or len(parts) < 2 or not total:
        return label
    largest, size = max(children, key=lambda item: item[1])
    pieces = largest.split(", ")
    if size < LARGEST_PART * total or len(pieces) != 2 or re.match(r"(?:Mixed findings|Statistics)\b", largest) \
            or re.match(r"(?:various aspects|further findings|including )", pieces[1]):
        return label
    first, second = topic_part(pieces[0]), topic_part(pieces[1])
    if not first or not second or first.lower() != parts[0].lower():
        return label
    if any(part_stems(second) & part_stems(part) for part in parts):
        return label
    said = joined_list([inner(part) for part in ([parts[0], second] + parts[1:])[:3]])
    return capitalised(said)


def largest_subject_named(label: str, children: list[tuple[str, int]]) -> str:
    """A one-part `label` ("Child protection") whose sub-themes hold under half of the broad theme said with the
    subject its other sub-themes hold more of, when they hold LARGEST_PART of it or more, the larger first ("Risk to
    children and child protection"); else `label`. Read 57 judged "Child protection" too wide over a broad theme whose
    sub-themes on risk to children hold 48% of it and those on child protection 46%: "mostly about identifying,
    analysing and managing risk to children". children: (label, size) of its sub-themes."""
    opening, parts = label_parts(label)
    total = sum(size for _, size in children)
    if opening or len(parts) != 1 or len(children) < 2 or not total:
        return label
    own = part_weights(parts, children)[0]
    if own >= total / 2:
        return label
    best, weight = "", 0
    for child, _ in sorted(children, key=lambda item: -item[1]):
        subject = topic_part(child)
        if not subject or part_stems(subject) & part_stems(parts[0]):
            continue
        held = part_weights([subject], children)[0]
        if held > weight:
            best, weight = subject, held
    if not best or weight < LARGEST_PART * total or weight < own:
        return label
    said = joined_list([inner(best), inner(parts[0])])
    return capitalised(said)
