"""Two sub-theme labels under one broad theme that a reader cannot tell apart, the weaker-claimed one led by what sets
its findings apart from its sibling's (`sub_twins_told_apart`, labels75, issue 16).

A researcher walking the hierarchy reads a broad theme's sub-themes side by side. Tuning runs held siblings such as
"Learning and staff development" / "Learning and staff development, further findings", "Context and statistics" /
"Context and statistics, further findings" (a blind reader, read 97: "further findings" says nothing) and "Adoption,
various aspects" / "Adopters" / "Adoption". Two siblings are near twins as two broad labels are (`broad_twins.twins`:
the same stems, synonyms and agent nouns read as their term, or the same lead and overlapping further parts; a label's
subject read for "X, further findings", "X, various aspects", "X, including Y"). Of a pair, the label whose parts fewer
of its own findings write (`broad_twins.claim`) is led by a keyword of its own sub-theme that FAIR or more of its
findings write, at least CLEARLY times as many as of its sibling's, naming a topic alone
(`broad_child_parts.names_alone`: no pointing or filler word, no lone generic word), written in its very form, with no
figure and no stem of either label, the subject's parts after it ("Where children live, further findings" -> "Living in
poverty and where children live", tuning run 9760); the Y of "X, including Y" leads when it sets them apart. Where
nothing does, or the wording is taken, fails the label checks or is a twin of another label of the run, the pair is
left (and counted: `sibling_twins`).

    sibling_twins(labels, parents, keep) -> the near-twin sibling pairs (theme, theme), in theme order
    sub_twins_told_apart(labels, keywords, covers, parents, keep, taken) -> labels, sibling twins told apart
"""

from __future__ import annotations

import re

from pipeline.themes.broad_child_parts import names_alone
from pipeline.themes.broad_lead import lead_rows
from pipeline.themes.broad_majority import FAIR
from pipeline.themes.broad_parts import label_parts
from pipeline.themes.broad_twins import MOST_PARTS, claim, listed, sense_stems, twins
from pipeline.themes.capitals import capitalised
from pipeline.themes.label_text import inner, joined_list
from pipeline.themes.name_checks import name_problems
from pipeline.themes.vocabulary import label_key

# How many times as many of its own findings as of its sibling's write a part for it to set them apart.
CLEARLY = 2.0
_FIGURE = re.compile(r"\d")
_INCLUDING = re.compile(r", including ")


def sibling_twins(labels: dict[int, str], parents: dict[int, int],
                  keep: set[int] = frozenset()) -> list[tuple[int, int]]:
    """Pairs of sub-themes (a < b) under one broad theme (parents: sub-theme -> broad theme) whose labels are near
    twins (`broad_twins.twins`); themes in `keep` (the field's) are not read."""
    themes = sorted(t for t in labels if t not in keep)
    return [(a, b) for i, a in enumerate(themes) for b in themes[i + 1:]
            if parents.get(a) == parents.get(b) and twins(labels[a], labels[b])]


def _keyword_list(keywords) -> list[str]:
    """A theme's keywords as a list ("a; b" or a list of them)."""
    if isinstance(keywords, str):
        return [k.strip() for k in keywords.split(";") if k.strip()]
    return [str(k).strip() for k in keywords or [] if str(k).strip()] if not isinstance(keywords, float) else []


def subject_parts(label: str) -> list[str]:
    """What a label says, as parts a listing can follow: a plain listing's parts; the parts of the subject of "X,
    further findings" and its kin ("Learning" and "staff development" of "Learning and staff development, further
    findings")."""
    parts = listed(label)
    if len(parts) == 1 and parts[0] != label:
        opening, inside = label_parts(parts[0])
        return inside if not opening and inside else parts
    return parts


def as_written(covers, theme: int, part: str) -> float:
    """Share of a theme's findings that write `part` in its very form, case aside ("matches", not only "matching":
    (TUNING, run 9760) "Matches and adopters" over findings on adopters' matching read as a cut word)."""
    rows = covers.members.get(theme, ())
    pattern = re.compile(r"(?<![a-z])" + re.escape(part.lower()) + r"(?![a-z])")
    return sum(bool(pattern.search(covers.lower(i))) for i in rows) / len(rows) if len(rows) else 0.0


def apart_from(label: str, other: str, keywords, covers, theme: int, twin: int) -> str | None:
    """`label` of sub-theme `theme` led by the keyword (keywords: of `theme`) that sets its findings apart from those of
    its sibling `twin` (labelled `other`) the most, or the Y of its "X, including Y" when Y does so: written
    (`lead_rows`) by FAIR or more of its findings and at least CLEARLY times the share of the sibling's, FAIR or more
    writing it in its very form (`as_written`), naming a topic alone, no figure, no stem of either label; then the
    label's subject parts (MOST_PARTS in all). None when no keyword does."""
    said = frozenset().union(*map(sense_stems, listed(label) + listed(other)))
    best, lead = 0.0, None
    own_part = _INCLUDING.split(label)[1:]  # the Y "X, including Y" names: offered first, kept when it sets apart
    for part in own_part + _keyword_list(keywords):
        if _FIGURE.search(part) or not sense_stems(part) or sense_stems(part) & said or not names_alone(part):
            continue
        own = float(lead_rows(covers, theme, part).mean())
        theirs = float(lead_rows(covers, twin, part).mean())
        if own >= FAIR and own >= CLEARLY * theirs and own - theirs > best and as_written(covers, theme, part) >= FAIR:
            best, lead = own - theirs, part
            if part in own_part:
                break
    if lead is None:
        return None
    return capitalised(joined_list([inner(part) for part in [lead] + subject_parts(label)[:MOST_PARTS - 1]]))


def sub_twins_told_apart(labels: dict[int, str], keywords: dict[int, object], covers, parents: dict[int, int],
                         keep: set[int] = frozenset(), taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` (sub-theme -> label) with each pair of sibling near twins (`sibling_twins`) told apart: the label of
    the two whose parts fewer of its own findings write (`claim`; on a tie, the later theme's) said by `apart_from`
    when that wording is free (no other label nor `taken` has it), passes the label checks and is no twin of another
    label of the run; else as they are. keywords: sub-theme -> its keywords; covers: Coverage of the sub-themes;
    keep: themes whose labels stay (the field's); taken: the broad level's labels."""
    out = dict(labels)
    for a, b in sibling_twins(labels, parents, keep):
        if not twins(out[a], out[b]):
            continue  # told apart already, by a pair read before
        weak, strong = (a, b) if claim(out[a], covers, a) < claim(out[b], covers, b) else (b, a)
        said = apart_from(out[weak], out[strong], keywords.get(weak, ""), covers, weak, strong)
        have = {label_key(label) for t, label in out.items() if t != weak} | {label_key(label) for label in taken}
        if said is None or label_key(said) in have or name_problems([said], covers.texts_of(weak)) \
                or any(twins(said, label) for label in [out[t] for t in out if t != weak] + sorted(taken)):
            continue
        out[weak] = said
    return out
