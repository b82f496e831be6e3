"""A broad theme called a mixture whose sub-themes have topics, named by those topics (`topics_over_mixture`).

Read 53 rejected "Mixed findings: early help and children in care" as a grab-bag label, and readers met most of
the findings of "Mixed findings: quality assurance and audits" on quality assurance: when sub-themes that say what
they are about (a topic label, or "Mixed findings, mostly on X") hold at least half of a broad theme's findings, it
is no mixture to its reader, and its label lists those topics, largest first ("Children looked after, children
missing from home or care and return home interviews"); a broad theme most of whose sub-themes have no topic keeps
its "Mixed findings" label (its grouping, not its name, is at fault).
"""

from __future__ import annotations

import re
from typing import Callable

from pipeline.themes.broad_names import distinct_parts, topic_part
from pipeline.themes.capitals import capitalised
from pipeline.themes.label_text import inner, is_topic, joined_list

MIXED = re.compile(r"Mixed findings(?::\s*(?P<listed>.+)|,.*)$")
# a mixed sub-theme whose findings are mostly on one subject says what it is about; "some on", "one in six on" do not
SUBJECT = re.compile(r"Mixed findings(?::\s*|, mostly on )\S")


def topics_over_mixture(label: str, children: list[tuple[str, int]],
                        avoid: Callable[[str], bool] = lambda said: False) -> str:
    """The broad `label` ("Mixed findings: ..." or "Mixed findings, ...") as its sub-themes' topics when sub-themes
    with a subject hold at least half of its findings; else `label`.

    children: (final label, size) of each sub-theme. avoid: whether a label may not be given (taken, or a name
    problem). The topics of up to three sub-themes, each saying something the ones before do not
    (`broad_names.distinct_parts`), largest first; when that listing is to be avoided, the label's own listed
    parts without "Mixed findings: "; when only one topic is left, "X and related topics".
    """
    mixed = MIXED.match(label)
    if not mixed or len(children) < 2:
        return label
    total = sum(size for _, size in children)
    subjects = sorted(((size, child) for child, size in children if is_topic(child) or SUBJECT.match(child)),
                      key=lambda item: -item[0])
    if not total or sum(size for size, _ in subjects) < total / 2:
        return label
    parts = distinct_parts([topic_part(child) for _, child in subjects])
    candidates = []
    if len(parts) >= 2:
        listed = joined_list([inner(part) for part in parts])
        candidates.append(capitalised(listed))
    if mixed.group("listed"):
        candidates.append(capitalised(mixed.group("listed")))
    if len(parts) == 1:
        candidates.append(f"{parts[0]} and related topics")
    for said in candidates:
        if not avoid(said):
            return said
    return label
