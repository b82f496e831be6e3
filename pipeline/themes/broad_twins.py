"""Two broad labels of one run that a reader cannot tell apart, the weaker-claimed one said by what sets its findings
apart (`twins_told_apart`, labels74, issue 16).

Read 96's run had "Multi-agency working and partner agencies" and "Multi-agency working and partnership" side by
side: each label is fair to its own findings, but a reader choosing between them cannot tell which is which. Two
labels are near twins (`twins`) when they say the same things in another order, or when they lead with the same part
and their other parts share a stem or one holds the other's ("partner agencies" / "partnership"). A label with a
subject of its own beside another ("Care leavers and accommodation" / "Care leavers and personal advisers") is no
twin. Of a pair, the label whose parts fewer of its own findings write (`claim`) is said again, led by the part of one
of its sub-themes' labels that most sets its findings apart from the other theme's (written by FAIR of its own
findings or more, by the most more of them than of the other's, sharing no stem with either label), beside its first
two parts ("Commissioning, multi-agency working and partnership"); never by a filler or an id.

    sense_stems(part) -> the stems a part names, synonyms read as their canonical term
    twins(a, b) -> whether two labels are near twins
    twins_told_apart(labels, covers, children, taken) -> labels, each near twin pair told apart where it can be
"""

from __future__ import annotations

import re

import numpy as np

from pipeline.themes.broad_child_parts import names_alone
from pipeline.themes.broad_lead import lead_rows
from pipeline.themes.broad_majority import FAIR
from pipeline.themes.broad_names import part_stems, topic_part
from pipeline.themes.broad_parts import label_parts
from pipeline.themes.capitals import capitalised
from pipeline.themes.label_text import inner, joined_list
from pipeline.themes.name_checks import name_problems
from pipeline.themes.vocabulary import canonical, label_key

# Labels of figures or mixtures say what kind of findings they hold, not one subject: no twin is read among them.
_NOT_LISTED = re.compile(r"^(?:Statistics|Mixed findings|Assorted|General judgements)\b")
# The subject a label of another form leads with ("Education" of "Education, including virtual school").
_SUBJECT = re.compile(r", including |, various aspects|, further findings| and related (?:topics|findings)")
# Most parts a re-said label lists (the labels' own style: "A, B and C").
MOST_PARTS = 3


def listed(label: str) -> list[str]:
    """The parts a label names, as a reader reads them: those of a plain listing ("A, B and C"), else the subject it
    leads with ("Education" of "Education, including virtual school"); [] for figures and mixtures."""
    if _NOT_LISTED.match(label):
        return []
    opening, parts = label_parts(label)
    if opening:
        return []
    return parts or [_SUBJECT.split(label)[0]]


def sense_stems(part: str) -> frozenset[str]:
    """A part's stems, synonyms read as their canonical term ("Children in care" as "children looked after")."""
    return frozenset(part_stems(canonical(part)))


def twins(a: str, b: str) -> bool:
    """Whether labels `a` and `b` are near twins: the same stems in all ("Partnership and multi-agency working" /
    "Multi-agency working and partnership"), or the same first part and further parts that share a stem or one of
    which holds the other's ("Multi-agency working and partner agencies" / "Multi-agency working and partnership")."""
    pa, pb = listed(a), listed(b)
    if not pa or not pb or a.lower() == b.lower():
        return False
    whole_a, whole_b = frozenset().union(*map(sense_stems, pa)), frozenset().union(*map(sense_stems, pb))
    if whole_a == whole_b:
        return True
    if len(pa) < 2 or len(pb) < 2 or sense_stems(pa[0]) != sense_stems(pb[0]):
        return False
    rest_a, rest_b = frozenset().union(*map(sense_stems, pa[1:])), frozenset().union(*map(sense_stems, pb[1:]))
    return bool(rest_a & rest_b) or rest_a <= rest_b or rest_b <= rest_a


def claim(label: str, covers, theme: int) -> float:
    """Share of the theme's findings that write any of the label's parts (`lead_rows`: its words or a term of the
    field topic it names)."""
    rows = covers.members.get(theme, np.array([], dtype=int))
    if not len(rows):
        return 0.0
    used = np.zeros(len(rows), dtype=bool)
    for part in listed(label):
        used |= lead_rows(covers, theme, part)
    return float(used.mean())


def _offered(children: list[str]) -> list[str]:
    """The parts of the sub-themes' labels (each part of a plain listing, else its topic), in order, once each."""
    seen: dict[str, str] = {}
    for child in children:
        for part in listed(child) or [topic_part(child)]:
            if part:
                seen.setdefault(part.lower(), part)
    return list(seen.values())


def apart(label: str, other: str, covers, theme: int, twin: int, children: list[str]) -> str | None:
    """`label` of `theme` said apart from its twin `other` (of theme `twin`): led by the part of its sub-themes'
    labels (`children`) naming a topic alone (`broad_child_parts.names_alone`) that FAIR or more of its findings
    write and that the most more of them write than of the twin's, sharing no stem with either label, then its
    first parts (MOST_PARTS in all); None when no part does."""
    said = frozenset().union(*map(sense_stems, listed(label) + listed(other)))
    best, lead = 0.0, None
    for part in _offered(children):
        if not sense_stems(part) or sense_stems(part) & said or not names_alone(part):
            continue
        own = float(lead_rows(covers, theme, part).mean())
        gap = own - float(lead_rows(covers, twin, part).mean())
        if own >= FAIR and gap > best:
            best, lead = gap, part
    if lead is None:
        return None
    return capitalised(joined_list([inner(part) for part in [lead] + listed(label)[:MOST_PARTS - 1]]))


def twins_told_apart(labels: dict[int, str], covers, children: dict[int, list[str]],
                     taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` (broad theme -> label) with each pair of near twins (`twins`) told apart: the label of the two
    whose parts fewer of its own findings write (`claim`; on a tie, the later theme's) said by `apart`, when that
    wording is free (no other label nor `taken` has it), passes the label checks and is no twin of another label;
    else as they are. covers: Coverage of the broad themes; children: broad theme -> its sub-themes' labels."""
    out = dict(labels)
    for a in sorted(out):
        for b in sorted(out):
            if b <= a or not twins(out[a], out[b]):
                continue
            weak, strong = (a, b) if claim(out[a], covers, a) < claim(out[b], covers, b) else (b, a)
            said = apart(out[weak], out[strong], covers, weak, strong, children.get(weak, []))
            have = {label_key(label) for t, label in out.items() if t != weak} | {label_key(label) for label in taken}
            if said is None or label_key(said) in have or name_problems([said], covers.texts_of(weak)) \
                    or any(twins(said, label) for t, label in out.items() if t != weak):
                continue
            out[weak] = said
    return out
