"""A broad theme listed as a mixture whose listed parts are what most of its findings are about: said as that listing.

A broad theme's label written from its sub-themes' topics opens "Mixed findings: A, B and C" when the sub-themes it
lists hold less than half of its findings (`broad_names.broad_from_children`). Their sizes undercount what the
parts cover: the findings of its other sub-themes write about the same things ("partner agencies", "the board",
"multi-agency meetings" under "Partnership", "Governance" or "Challenge"), and a reader of ten findings of
"Mixed findings: safeguarding children board, multi-agency working and partnership" meets the board and the
partners in most of them and finds "Mixed findings" wrong (held-out read 51, 1,895 findings). So a listed
mixture whose parts together are on at least WHOLE_SHARE of its findings (`named_parts._on_part`: all the part's
content words, or any term of the field topic it names) is said as the listing, and "Mixed findings" stays where
the parts are on fewer of them (a reader meets a part in a few of ten: "Mixed findings: corporate parenting and
relationships", judged wrong for naming parts absent from most findings, read 47, is never made a topic label).
"""

from __future__ import annotations

import re

import numpy as np

# Least share of a broad theme's findings on any of the parts of its "Mixed findings: A, B and C" label for it to be
# said as "A, B and C": a reader of ten of them meets a named part in most (half or more).
WHOLE_SHARE = 1 / 2
# ... and the least share on each part: a part a reader meets in fewer than one in ten findings is absent
# (`named_parts.BROAD_PART`), and the listing is no name for the whole.
EACH_SHARE = 1 / 10
LISTED = re.compile(r"^Mixed findings: (.+)$")


def listed_whole(label: str, covers, theme: int) -> str:
    """`label` ("Mixed findings: A, B and C", a broad theme's listing of its sub-themes' topics) said as "A, B and
    C" when its findings are on its parts: at least WHOLE_SHARE of them on one part or more, each part on at least
    EACH_SHARE of them (`named_parts._on_part`); `label` as it is otherwise. covers: a `Coverage` of the broad
    themes."""
    from pipeline.themes.named_parts import _broad_parts, _on_part

    listed = LISTED.match(label)
    if not listed:
        return label
    _, parts = _broad_parts(label, covers)
    rows = covers.members[theme]
    if len(parts) < 2 or not len(rows):
        return label
    on = [_on_part(covers, theme, part) for part in parts]
    if min(float(part.mean()) for part in on) < EACH_SHARE or float(np.logical_or.reduce(on).mean()) < WHOLE_SHARE:
        return label
    said = listed.group(1)
    return said[:1].upper() + said[1:]


MOSTLY = re.compile(r"^Mixed findings(?:, mostly (?:strengths|shortfalls))?, mostly on (.+)$")


def mostly_its_topic(label: str, children: list[tuple[str, int]]) -> str:
    """`label` ("Mixed findings, mostly on X", a broad theme most of whose findings write X, a subject too general to
    name a sub-theme alone) said as X when sub-themes whose labels open with X hold at least WHOLE_SHARE of its
    findings ("Children looked after, further findings" and "Children looked after and schools" under "Mixed
    findings, mostly on children looked after": a reader of ten of them finds them all on children looked after
    and "Mixed findings" wrong); `label` as it is otherwise. children: (label, size) of its sub-themes."""
    mostly = MOSTLY.match(label)
    if not mostly or len(children) < 2:
        return label
    topic = mostly.group(1)
    opens = re.compile(rf"^{re.escape(topic)}\b", re.IGNORECASE)
    total = sum(size for _, size in children)
    named = sum(size for child, size in children if opens.match(child))
    if not total or named < WHOLE_SHARE * total:
        return label
    return topic[:1].upper() + topic[1:]
