"""A part of a field topic's label said with the owner the label gives it, where a theme's findings write the two
together.

`borne_topics` says a field topic's label over findings that share one word of it, and not the topic, by that word
("Mixed findings, mostly on experiences" of "Children's lives and experiences"). A blind read (held out, read 94)
rejected that wording as filler over findings most of which were on children's lived experience: the word was
shared, and so was its owner in the topic's label ("Children's"), which the label left out. So where the topic's
label gives its parts an owner (a possessive lead, "Children's lives and ...", or a later "its" / "their" that stands
for the lead, "Safeguarding board and its sub-groups") and at least OWNED_SHARE of the theme's findings write the
owner within WINDOW words of the part, the part is said with it ("Children's experiences", "Sub-groups of the
safeguarding board"). Otherwise the word is shared in many senses (reads 85 and 86, tuning: "experiences" of staff, of
care, of children) and the filler stays.

    owned_part(covers, theme, topic, part) -> the part said with its owner, or None
"""

from __future__ import annotations

import re

import numpy as np

from pipeline.themes.capitals import capitalised
from pipeline.themes.fallback_names import DOMINANT_SHARE
from pipeline.themes.label_text import inner
from pipeline.themes.vocabulary import fold, stem_of

# Least share of a theme's findings that write the part with its owner for the two to name it: most of them.
OWNED_SHARE = DOMINANT_SHARE
# Most words between a part and its owner for them to be written together ("children who experience", "the
# experience of children and young people", "the board and its sub-groups").
WINDOW = 4

_WORD = re.compile(r"[a-z][a-z'’-]*")
_POSSESSIVE = re.compile(r"^(?P<owner>\S+)['’]s\s")
_LATER_OWNER = re.compile(r"^(?:its|their)\s+(?P<part>.+)$")


def _stem(word: str) -> str:
    """A word's stem as compared here (plural and possessive folded: "children's" -> "child")."""
    return stem_of(fold(re.sub(r"['’]s?$", "", word.lower())))


def label_owner(topic: str, part: str) -> tuple[str, str] | None:
    """(owner word, the part said with its owner) that a field topic's label gives `part`, or None: "Children's lives
    and experiences", "experiences" -> ("children", "Children's experiences"); "Safeguarding board and its sub-groups",
    "sub-groups" -> ("board", "Sub-groups of the safeguarding board")."""
    parts = [p.strip() for p in re.split(r", | and ", topic) if p.strip()]
    if len(parts) < 2:
        return None
    possessive = _POSSESSIVE.match(parts[0])
    if possessive and part.lower() != parts[0].lower():
        owner = possessive.group("owner")
        return owner.lower(), f"{capitalised(owner)}'s {inner(part)}"
    for later in parts[1:]:
        own = _LATER_OWNER.match(later)
        if own and own.group("part").lower() == part.lower():
            lead = parts[0].lower()
            return lead.split()[-1], f"{capitalised(part)} of the {lead}"
    return None


def written_with(texts: list[str], owner: str, part: str) -> np.ndarray:
    """(len(texts),) bool: which texts write a word of `part`'s stem within WINDOW words of a word of `owner`'s."""
    owner_stem = _stem(owner)
    part_stems = {_stem(w) for w in part.split()}
    out = np.zeros(len(texts), dtype=bool)
    for i, text in enumerate(texts):
        stems = [_stem(w) for w in _WORD.findall(text.lower())]
        at_part = [j for j, s in enumerate(stems) if s in part_stems]
        at_owner = [j for j, s in enumerate(stems) if s == owner_stem]
        out[i] = any(abs(j - k) <= WINDOW + 1 for j in at_part for k in at_owner)
    return out


def owned_part(covers, theme: int, topic: str, part: str) -> str | None:
    """`part` of field topic `topic` said with the owner the topic's label gives it ("Children's experiences") when at
    least OWNED_SHARE of the theme's findings write the two together (`written_with`); else None. covers: a
    pipeline.themes.coverage.Coverage."""
    owned = label_owner(topic, part)
    if owned is None:
        return None
    texts = covers.texts_of(theme)
    if not len(texts):
        return None
    share = float(written_with(list(texts), owned[0], part).mean())
    return owned[1] if share >= OWNED_SHARE else None
