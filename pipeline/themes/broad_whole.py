"""A broad label said for the broad theme's whole content, the last steps of `broad_labels.compose_broad_labels`:
a placeholder filled by the parts its findings are on (`placeholder_filled`, never with a label a sub-theme of it
is to take: `aspects_reserved`), and a subject said by the kinds of it its sub-themes are on (`kinds_of_subject`).

Blind reads of broad labels judged about one in four wrong or meaningless, most for their wording rather than their
grouping: a placeholder that says less than the findings do ("Assessments and related topics", twice, over a broad
theme all on assessments, a part on health assessments; "Placements, various aspects" over placement stability and
sufficiency), a subject too wide for what its sub-themes are on ("Child protection" over child protection plans and
conferences). A reader of ten of its findings meets the subject in nearly all; each part said beside it is a topic of
its sub-themes' labels that PART_SHARE of its findings bear out (`broad_borne.part_borne`).

A third step, a listing with a part few findings are on said as "A, including X" (branch broad35), was taken out
after a held-out blind read (read 62, twenty-ninth session): over a grab-bag of 1,837 findings it turned "Early help,
general judgements on work with children and senior leadership" (ok to both readers) into "Early help, including
children in need" (wrong to both: 2 in 10 findings on early help).
"""

from __future__ import annotations

import re
from typing import Callable

from pipeline.themes.aspect_names import aspect_labels
from pipeline.themes.broad_borne import part_borne
from pipeline.themes.broad_names import distinct_parts, part_stems
from pipeline.themes.capitals import capitalised
from pipeline.themes.label_text import inner, joined_list, listed_text
from pipeline.themes.name_checks import name_problems
from pipeline.themes.vocabulary import EVALUATIVE, JOINING, POPULATION, canonical, fold

# Least share of a broad theme's findings that bear out a part said after "X, including": a reader of ten of them
# meets X in nearly all and the part about once, as a part of X (read 57: parts of a plain listing met under once in
# ten, "school attendance", 3 in 100, judged absent).
PART_SHARE = 1 / 10
# Least share of its findings that bear out X of a placeholder "X and related topics" for X to stay its subject.
SUBJECT_SHARE = 2 / 5
# Least share of a broad theme's findings held by the sub-themes named "X <kind>" ("Child protection plans") for X to
# be said by those kinds.
KINDS_HELD = 1 / 2
# Least share of a broad theme's findings a sub-theme holds for its topics to be parts of the label.
MINOR = 1 / 20
PLACEHOLDER = re.compile(r"^(?P<x>[^,]+?)(?: and related (?:topics|findings)|, various aspects|, further findings)$")
# Words of a sub-theme's label that say how well, not what ("Quality of assessments"): no part of their own.
ASPECT_WORDS = EVALUATIVE | {"quality", "timeliness", "practice", "work", "impact", "effectiveness", "progress",
                             "support", "services", "arrangements", "response", "responses",
                             "aspects", "findings", "topics", "further", "various", "related", "mixed"}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _pieces(child: str) -> list[str]:
    """The topics a sub-theme's label names ("Placement stability, moves and choice" -> "Placement stability",
    "moves", "choice"), its listing words aside."""
    return [piece.strip() for piece in re.split(r", including |, | and ", listed_text(child)) if piece.strip()]


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w.lower() not in JOINING]


def _part_beside(piece: str, subject: str) -> str:
    """What a sub-theme's topic `piece` says beside the broad theme's `subject`: a kind of it whole ("Health
    assessments" beside "Assessments"), the words left when it opens with the subject ("stability" of "Placement
    stability" beside "Placements"), the piece itself when it shares no word with it; "" when nothing is left or
    what is left says how well, not what ("Quality of assessments")."""
    own = part_stems(subject, people=True)
    words = _WORD.findall(piece)
    content = _content(words)
    shared = [w for w in content if part_stems(w, people=True) <= own]
    rest = [w for w in content if not part_stems(w, people=True) <= own]
    if not rest or all(fold(w.lower()) in ASPECT_WORDS | POPULATION for w in rest) \
            or canonical(piece) == canonical(subject):
        return ""  # how well, not what ("Quality of assessments"); the subject again ("Children looked after")
    if not shared:  # a topic of its own, a name on its own ("Provision" beside "Early help" names nothing)
        return "" if name_problems([capitalised(piece)]) else piece
    if content and content[-1] in shared and content[0] not in shared:
        return piece  # "Health assessments": a kind of the subject, said whole
    if content and content[0] in shared:  # "Placement stability": the words after the subject's
        tail = words[words.index(content[0]) + 1:]
        while tail and tail[0].lower() in JOINING:
            tail = tail[1:]
        return " ".join(tail) if _content(tail) else ""
    return ""


def _parts_beside(subject: str, covers, theme: int, children: list[tuple[str, int]]) -> list[str]:
    """Up to two topics of the sub-themes' labels said beside `subject` (`_part_beside`), each borne out by
    PART_SHARE of the broad theme's findings, the most borne first, each saying something the ones before do not."""
    found: dict[str, float] = {}
    total = sum(size for _, size in children)
    for child, size in sorted(children, key=lambda item: -item[1]):
        if child.startswith("Statistics") or size < MINOR * total:
            continue  # figures name what they count, not a part of the subject; a small sub-theme names no part
        for piece in _pieces(child):
            part = _part_beside(piece, subject)
            if not part or len(part.split()) > 3 or part.lower() in {p.lower() for p in found}:
                continue
            share = part_borne(covers, theme, part, [subject])
            if share >= PART_SHARE:
                found[part] = share
    ranked = sorted(found, key=lambda part: (-found[part], part))
    return distinct_parts(ranked, most=2)


def aspects_reserved(covers, children: dict[int, str]) -> set[str]:
    """The labels (lower case) `aspect_names` may give the sub-themes later ("Quality of assessments" for
    "Assessments, various aspects"), which a broad label over them must not take first. covers: a Coverage of the
    sub-themes; children: sub-theme -> its label."""
    return {said.lower() for theme, label in children.items() if PLACEHOLDER.match(label)
            for said in aspect_labels(covers, theme, label)}


def placeholder_filled(label: str, covers, theme: int, children: list[tuple[str, int]],
                       avoid: Callable[[str], bool] = lambda said: False) -> str:
    """"X, including A and B" for a placeholder "X and related topics" ("X, various aspects", "X, further
    findings") when SUBJECT_SHARE of the broad theme's findings bear X out and its sub-themes' topics beside X
    (`_parts_beside`) are borne out by PART_SHARE each ("Placements, various aspects" -> "Placements, including
    stability and sufficiency"; "Assessments and related topics" -> "Assessments, including health assessments");
    else `label`. children: (label, size) of its sub-themes; avoid: whether a label may not be given."""
    placeholder = PLACEHOLDER.match(label)
    if not placeholder:
        return label
    subject = placeholder.group("x")
    if part_borne(covers, theme, subject, []) < SUBJECT_SHARE:
        return label
    parts = _parts_beside(subject, covers, theme, children)
    options = [f"{subject}, including {joined_list([inner(part) for part in kept])}"
               for kept in (parts[:2], parts[:1]) if kept]
    # none: X with the aspect of it its findings write ("Quality and timeliness of assessments", `aspect_names`)
    for said in options + aspect_labels(covers, theme, f"{subject}, various aspects"):
        if not avoid(said) and not name_problems([said]):
            return said
    return label


def kinds_of_subject(label: str, covers, theme: int, children: list[tuple[str, int]],
                     avoid: Callable[[str], bool] = lambda said: False) -> str:
    """A one-part label X ("Child protection") said as the kinds of X its sub-themes are on ("Child protection plans
    and conferences") when the sub-themes whose topics open with X and name a kind after it ("Child protection
    plans", "Child protection conferences") hold KINDS_HELD of the broad theme's findings, two kinds or more each
    borne out by PART_SHARE of them; else `label`. Read: "Child protection" judged too wide over plans and
    conferences. Never when a sub-theme as large as any names no kind of X (read 71, broad42: "Child protection
    plans and conferences" over a broad theme half "Risk to children and responses to it", judged wrong: "most
    findings on risk/child protection generally"). children: (label, size) of its sub-themes; avoid: whether a label
    may not be given."""
    if not re.fullmatch(r"[A-Z][\w'’-]*(?: [\w'’-]+)*", label) or " and " in label or len(label.split()) > 3:
        return label
    total = sum(size for _, size in children)
    opening = re.compile(rf"^{re.escape(label)}\s+(?P<kind>[\w'’-]+(?: [\w'’-]+)?)$", re.IGNORECASE)
    held, kinds, largest = 0, {}, max((size for _, size in children), default=0)
    for child, size in children:
        named = False
        for piece in _pieces(child):
            found = opening.match(piece)
            if found and fold(found.group("kind").lower()) not in ASPECT_WORDS:
                kinds.setdefault(found.group("kind"), part_borne(covers, theme, found.group("kind"), [label]))
                named = True
        held += size if named else 0
        # its largest sub-theme names no kind of X: the kinds would leave out what most of its findings are on
        if size == largest and not named:
            return label
    if not total or held < KINDS_HELD * total:
        return label
    borne = sorted((kind for kind, share in kinds.items() if share >= PART_SHARE), key=lambda kind: -kinds[kind])
    if len(borne) < 2:
        return label
    said = f"{label} {joined_list([inner(kind) for kind in borne[:3]])}"
    return label if avoid(said) or name_problems([said]) else said
