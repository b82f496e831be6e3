"""A sub-theme said to be mixed with a part on X ("Mixed findings, one in nine on trusting relationships") whose
findings nearly all write X's head word ("relationships"): they share that topic, and X names it.

A reader of ten findings of such a theme finds every one on relationships with social workers and judges "Mixed
findings" wrong (read 36: "'Mixed findings ...' over findings that share a clear topic"). The head is X's last word;
it must be used by ALL_SHARE of the theme's findings and HEAD_LIFT times as often as by all findings (no word of the
whole field: "children" of "voice and participation of children" names no shared topic). X's other words must be
used by MODIFIER_SHARE of them too: findings that share "review" but seldom "peer" are not about peer review, and
"Peer review" over them was judged wrong (read 37), where "Mixed findings, one in seven on peer review" was not.
"""

from __future__ import annotations

import re

from pipeline.themes.broad_parts import NOT_HEADS, HEAD_LIFT
from pipeline.themes.capitals import capitalised
from pipeline.themes.name_checks import name_problems
from pipeline.themes.vocabulary import CONNECTORS, DETERMINERS, label_key, fold

ALL_SHARE = 0.9
MODIFIER_SHARE = 0.5
PART_OF_MIXED = re.compile(r"^Mixed findings(?:, mostly (?:strengths|shortfalls))?, (?:some|one in \w+) on (.+)$")


def head_shared(label: str, covers, theme: int) -> str | None:
    """X of a "Mixed findings, some on X" or "..., one in N on X" label when ALL_SHARE of the theme's findings use its
    last word, HEAD_LIFT times as often as all findings, MODIFIER_SHARE each of its other words, and X passes the name
    checks; else None. covers: a
    `coverage.Coverage` of the sub-themes."""
    part = PART_OF_MIXED.match(label)
    if not part:
        return None
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", part.group(1))
    if not words or fold(words[-1].lower()) in NOT_HEADS | CONNECTORS | DETERMINERS:
        return None
    head = words[-1].lower()
    share = covers.share(theme, head)
    if share < ALL_SHARE or share < HEAD_LIFT * covers.share_all(head):
        return None
    modifiers = [word.lower() for word in words[:-1] if fold(word.lower()) not in CONNECTORS | DETERMINERS]
    if any(covers.share(theme, word) < MODIFIER_SHARE for word in modifiers):
        return None
    said = capitalised(part.group(1))
    return None if name_problems([said]) else said


def shared_heads(labels: dict[int, str], covers) -> dict[int, str]:
    """`labels` (theme -> label) with each mixed label whose part's head all its findings share (`head_shared`) said
    as that part, when no other label is the same."""
    out = dict(labels)
    have = {label_key(label) for label in labels.values()}
    for theme in sorted(labels):
        said = head_shared(labels[theme], covers, theme)
        if said is not None and label_key(said) not in have:
            have.add(label_key(said))
            out[theme] = said
    return out
