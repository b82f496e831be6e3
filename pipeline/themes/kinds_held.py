"""A sub-theme's kinds-list label whose listed kinds few of its findings write, said by the word they all share.

A kinds-list ("Action, business and other plans") says that the findings are about one thing, of which they name
those kinds most. Blind reads 62 to 64 judged such a label wrong where its findings are joined by the word alone, most
of them in another sense of it: "Professional, workforce and other developments" over the development of services,
websites and roles (7% write "professional development", 7% "workforce development"), "Alternative, residential and
other provisions" over the provision of support and placements (17% and 5%), "Pathway, personal education and other
plans" over improvement plans, strategies and protocols (9% and 9%). The kinds-lists they accepted have their kinds
written by a quarter or more of their findings ("Action, business and other plans", "Monitoring, statutory and other
visits", "Achieving, early and other permanences": 26% to 49%; TUNING, reads 62-64).

`scant_kinds` reads each sub-theme label of the form "A, B and other Cs": when fewer than KINDS_SHARE of its findings
write any listed kind with its word ("alternative provision", "residential provision") while at least ALL of them
write the word, the label says the word as they write it, with the kind most of them write as its part
("Provision, including alternative provision"), as the namer says a word nearly all write with one part of it
elsewhere (`named_parts.word_over_term`: "Panels, including child death overview panels"). A theme whose findings do
not nearly all write the word keeps its label (no wording of it was accepted). The new label passes the label checks
and is no other theme's (nor one of `taken`); membership never changes.

    scant_kinds(labels, covers, keep, taken) -> labels with such kinds-lists said by their word
    in_own_sense(texts, word) -> whether OWN_SENSE of the texts write the word on its own (`sense_terms` then does
        not say its scant kinds again, labels57)
"""

from __future__ import annotations

import re

import numpy as np

from pipeline.themes.capitals import capitalised
from pipeline.themes.held_parts import on_part
from pipeline.themes.label_text import inner
from pipeline.themes.siblings import each_relabelled

# Least share of the theme's findings that write one of the listed kinds with its word for the kinds-list to stand
# (TUNING, reads 62-64: rejected lists 15-21%, accepted ones 26-49%).
KINDS_SHARE = 0.25
# Least share of the theme's findings that write the word itself for the word to name them all (`head_kinds.ALL`).
ALL = 0.9

KINDS = re.compile(r"^(?P<kinds>[^:]+) and other (?P<word>[a-z][a-z'-]*)$")


def _singular(word: str) -> str:
    """The singular of a label's plural word ("provisions" -> "provision", "activities" -> "activity")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _written_form(lowered: list[str], word: str) -> str:
    """`word` (singular) as most of the lower-cased texts write it: singular or plural."""
    plural = word[:-1] + "ies" if re.search(r"[^aeiou]y$", word) else word + "s"
    one = sum(1 for text in lowered if re.search(rf"(?<![a-z-]){re.escape(word)}(?![a-z-])", text))
    many = sum(1 for text in lowered if re.search(rf"(?<![a-z-]){re.escape(plural)}(?![a-z-])", text))
    return plural if many > one else word


def kinds_said(covers, theme: int, label: str) -> str | None:
    """The word of a scant kinds-list with its most written kind ("Provision, including alternative provision"), or
    None when the label is no kinds-list, its kinds are written enough, or the findings do not nearly all write it."""
    match = KINDS.match(label)
    rows = covers.members.get(theme, ())
    if not match or len(rows) < 5:
        return None
    word = _singular(match.group("word"))
    kinds = [kind.lower() if not kind.isupper() else kind for kind in match.group("kinds").split(", ")]
    written = [on_part(covers, theme, f"{kind} {word}") for kind in kinds]
    if np.logical_or.reduce(written).mean() >= KINDS_SHARE or on_part(covers, theme, word).mean() < ALL:
        return None
    best = max(range(len(kinds)), key=lambda i: (int(written[i].sum()), -i))
    form = _written_form([covers.lower(int(i)) for i in rows], word)
    return f"{capitalised(form)}, including {inner(kinds[best])} {word}"


# Least share of the theme's findings that write the word on its own, with no kind before it ("the provision of
# services", "areas for development"), for the word to be in a sense of its own beside its kinds (`in_own_sense`);
# TUNING (labels57, runs 9746, 9747, 9750, reads 79, 80, 83): the rejected "Professional, workforce and other
# developments" and "Alternative, ... and other provision" 21% to 48%, the accepted "Executive, strategic and other
# groups" (board sub-groups) 16% - a thin margin below.
OWN_SENSE = 0.2
# Words after which the word is written on its own: determiners, prepositions, "further".
_ON_ITS_OWN = r"(?:^|\b(?:the|a|an|this|that|these|those|its|their|of|for|in|further|to|on|with)\s+)"


def in_own_sense(texts: list[str], word: str) -> bool:
    """Whether OWN_SENSE of `texts` write `word` (in the singular or the plural) on its own, after a determiner, a
    preposition or "further" and not after a kind of it: the findings speak of the word in a sense of its own, of
    which the kinds they name are not kinds."""
    if not texts:
        return False
    word = _singular(word.lower())
    plural = word[:-1] + "ies" if re.search(r"[^aeiou]y$", word) else word + "s"
    alone = re.compile(_ON_ITS_OWN + rf"(?:{re.escape(word)}|{re.escape(plural)})(?![a-z-])")
    return sum(1 for text in texts if alone.search(" ".join(text.lower().split()))) >= OWN_SENSE * len(texts)


def scant_kinds(labels: dict[int, str], covers, keep: set[int] = frozenset(),
                taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` with each kinds-list whose kinds few of its findings write said by its word (`kinds_said`); others as
    they are. keep: themes whose labels stay (the field themes'); taken: labels no sub-theme may be given."""
    return each_relabelled(labels, covers, kinds_said, keep, taken, least=0)
