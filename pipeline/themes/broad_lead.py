"""A broad label that leads with a smaller sub-theme and leaves out the largest one's subject, led by the largest
(`largest_first`).

Read 53 judged "Personal education plans and care leavers" wrong over a broad theme of "Pathway plans" (147
findings) and "Personal education plans" (99): the reader met pathway plans most and found them unnamed, the label
leading with the smaller part. Its own words ("plans") are shared by both, so the check that a label names its
largest sub-theme (`broad_names._leaves_out_largest`, any word in common) let it pass.
"""

from __future__ import annotations

from pipeline.themes.broad_names import LARGEST_PART, part_stems, topic_part
from pipeline.themes.capitals import capitalised
from pipeline.themes.label_text import inner, joined_list


def largest_first(label: str, children: list[tuple[str, int]]) -> str:
    """"Largest and second" ("Pathway plans and personal education plans") when `label` starts with the topic of its
    second-largest sub-theme and says none of the words of its largest sub-theme's topic (which holds at least
    LARGEST_PART of its findings) that the other sub-themes' topics do not share; else `label`.

    children: (label, size) of each sub-theme."""
    if len(children) < 2:
        return label
    total = sum(size for _, size in children)
    ranked = sorted(children, key=lambda item: -item[1])
    largest, second = topic_part(ranked[0][0]), topic_part(ranked[1][0])
    if not largest or not second or ranked[0][1] < LARGEST_PART * total \
            or not label.lower().startswith(second.lower()):
        return label
    others = set().union(*(part_stems(topic_part(child) or child, people=True) for child, _ in ranked[1:]))
    own = part_stems(largest, people=True) - others
    if not own or own & part_stems(label, people=True):
        return label
    said = joined_list([inner(largest), inner(second)])
    return capitalised(said)
