"""A part of a sub-theme label its findings write after "outside" or "out of", said with it.

The namer's phrases end at stop words, so a phrase the findings write as "outside office hours" or "out of office
hours" is named as "office hours", the very opposite of what they say (read 64: "Office hours and emergency duty
teams" over out-of-hours services and emergency duty teams, judged wrong: "says office hours but findings are
out-of-hours"). `outside_parts` reads each part of a sub-theme label (`held_parts.label_parts`, or the label
itself): when at least NEGATED of the theme's findings that write the part write it right after one of OUTSIDE
(and at least LEAST findings do), the part is said with the one they write most ("Outside office hours and emergency
duty teams"). The new label passes the label checks and is no other theme's (nor one of `taken`); membership never
changes.

    outside_parts(labels, covers, keep, taken) -> labels with such parts said with "outside" / "out of"
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.themes.capitals import capitalised
from pipeline.themes.held_parts import label_parts
from pipeline.themes.label_text import inner
from pipeline.themes.siblings import each_relabelled

# Least share of the findings that write a part that write it after "outside" / "out of" for the part to be said so.
NEGATED = 0.5
# Least number of findings that write the part so.
LEAST = 3
# The words that say a phrase's opposite before it ("outside of" is said "outside").
OUTSIDE = ("outside of", "outside", "out of")
SPACE = r"[\s-]+"


def _before(lowered: list[str], part: str) -> tuple[int, Counter]:
    """(how many of the lower-cased texts write `part`, how many write it after each of OUTSIDE)."""
    words = SPACE.join(re.escape(w) for w in part.lower().split())
    phrase = re.compile(rf"(?<![a-z]){words}(?![a-z])")
    lead = "|".join(o.replace(" ", SPACE) for o in OUTSIDE)
    after = re.compile(rf"\b({lead}){SPACE}(?:normal{SPACE})?{words}(?![a-z])")
    used, negated = 0, Counter()
    for low in lowered:
        if not phrase.search(low):
            continue
        used += 1
        found = after.search(low)
        if found:
            said = re.sub(r"[\s-]+", " ", found.group(1))
            negated["outside" if said == "outside of" else said] += 1
    return used, negated


def outside_said(covers, theme: int, label: str) -> str | None:
    """`label` with each part its findings write after "outside" / "out of" said with it, or None when none is."""
    parts = label_parts(label, covers)[1] or [label]
    lowered = [covers.lower(int(i)) for i in covers.members[theme]]
    said = label
    for part in parts:
        if part.lower().startswith(OUTSIDE) or len(re.findall(r"[a-z]+", part.lower())) > 4:
            continue
        used, negated = _before(lowered, part)
        total = sum(negated.values())
        if total < LEAST or total < NEGATED * used:
            continue
        word = max(negated, key=lambda w: (negated[w], w))
        whole = f"{word} {inner(part)}"
        if said.startswith(part):
            said = capitalised(whole) + said[len(part):]
        else:
            said = said.replace(part, whole, 1)
    return None if said == label else said


def outside_parts(labels: dict[int, str], covers, keep: set[int] = frozenset(),
                  taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` with each part its findings write after "outside" / "out of" said with it (`outside_said`); others as
    they are. keep: themes whose labels stay (the field themes'); taken: labels no sub-theme may be given."""
    return each_relabelled(labels, covers, outside_said, keep, taken)
