"""A placeholder on one subject said by the aspects of it the findings judge: "Reviews, including timeliness and
participation".

"X, various aspects" and "X, further findings" are left when a theme's findings are about X but no phrase, term or
kind of X is written by enough of them (`aspect_names`, `aspect_terms`, `head_kinds`, `term_part`). Blind readers
reject these wordings; read, such findings are often about X as inspectors judge it: whether it is timely ("reviews
are undertaken in a timely manner", "decisions ... not always timely"), who takes part ("children participate in
their reviews"), how it is recorded ("the rationale for decisions is not well recorded"), how far from home
("placed outside the borough", "within 20 miles"), whether children come into care when they need to
("decisions for children to come into care are timely"), how staff feel ("staff feel valued", "morale is high"). Each of
these is written in many words, never in one phrase a fifth of the theme writes, so the naming missed it.

`judged_aspects` reads each such placeholder whose one-word subject X HEAD of its findings use for the ASPECTS
(a fixed list of what inspectors judge of any subject, each with the words that say it) that SHARE of its findings
write, LIFT times as often as all findings and APART times as often as the findings of its sibling sub-themes (the
other sub-themes of its broad theme): what sets the theme apart, not what the whole field or the broad theme says.
An aspect whose words X itself matches is not one of X ("Recording, various aspects"). "X, further findings" stays
for `one_subject` when a sibling is labelled X or a broad label starts with X: it may join that theme or be said
X, and a label said here would keep its findings apart (membership is not this step's to change). The label becomes
"X, including A" or, with two such aspects, "X, including A and B" (most written first), as `term_part` words a head
with its part; it passes the label checks and is no other theme's label (nor one of `taken`), else the placeholder
stays. Membership never changes.

    judged_aspects(labels, covers, parents, keep, taken) -> labels with such placeholders said by their aspects
"""

from __future__ import annotations

import re

from pipeline.themes.aspect_terms import lowered_texts, stem_forms
from pipeline.themes.one_subject import FURTHER, starts_with
from pipeline.themes.siblings import relabelled, share_matching, sibling_texts
from pipeline.themes.vocabulary import label_key

HEAD = 0.6     # least share of the theme that uses X: the theme is about X
SHARE = 0.2    # least share that writes an aspect: two findings in ten a reader picks bear it out
LIFT = 2.0     # the aspect this many times as common as in all findings
APART = 2.0    # ... and as in the theme's siblings
MOST = 2       # aspects said at most

# What inspectors judge of a subject, as a label says it, and the words findings write it in (lower-cased text).
ASPECTS: tuple[tuple[str, str], ...] = (
    ("timeliness", r"\btimel(?:y|iness)\b|\bdelay|\bdrift|\bpromptly\b|\bquickly\b|\bswift|\btimescale"
                   r"|\bwait(?:s|ed|ing)?\b"),
    ("participation", r"\bparticipat|\battend(?:s|ed|ing|ance)?\b|\bvoices?\b|\bwishes\b|\bviews\b|\binvolv"
                      r"|\bcontribut|\bengag"),
    ("recording", r"(?<!track )\brecord(?:s|ed|ing)?\b|\brationale\b|\breasons? for\b|\bdocumented\b"),
    ("distance from home", r"\bout[ -]of[ -](?:the )?(?:area|county|borough|city|authority)\b"
                           r"|\boutside (?:the |of )?(?:area|county|borough|city|local authority|authority)\b"
                           r"|\bmiles?\b|\bdistance\b|\baway from\b"),
    ("children coming into care", r"\binto care\b|\benter(?:s|ed|ing)? care\b|\bbecom(?:e|es|ing) looked after\b"
                                  r"|\bto look after\b"),
    ("morale", r"\bmorale\b|\bfeel(?:s|ing)?\b|\bvalued\b|\benjoy|\bproud\b|\bmotivat|\bcommitted\b"),
    ("recruitment and retention", r"\brecruit|\bretain|\bretention\b|\bturnover\b|\bvacanc"),
)

_PLACE = re.compile(r"^(?P<x>[A-Za-z][A-Za-z'-]*), (?:various aspects|further findings)$")



def aspects_of(subject: str, texts: list[str], siblings: list[str], everywhere: list[str]) -> list[str]:
    """The aspects (at most MOST, most written first) that set `texts` about `subject` apart; all lower-cased."""
    if share_matching(re.compile(rf"\b{stem_forms(subject)}\b"), texts) < HEAD:
        return []
    found = []
    for aspect, words in ASPECTS:
        pattern = re.compile(words)
        if pattern.search(subject.lower()):
            continue
        share = share_matching(pattern, texts)
        if share >= SHARE and share >= LIFT * share_matching(pattern, everywhere) \
                and share >= APART * share_matching(pattern, siblings):
            found.append((-share, aspect))
    return [aspect for _, aspect in sorted(found)[:MOST]]


def _left_to_join(theme: int, labels: dict[int, str], parents: dict[int, int], broad: set[str]) -> bool:
    """Whether "X, further findings" may be joined to a sibling labelled X or said X (`one_subject`)."""
    further = FURTHER.match(labels[theme])
    if further is None:
        return False
    x = further.group("x")
    return any(label_key(label) == label_key(x) and parents.get(other) == parents.get(theme)
               for other, label in labels.items() if other != theme) or any(starts_with(name, x) for name in broad)


def judged_aspects(labels: dict[int, str], covers, parents: dict[int, int], keep: set[int] = frozenset(),
                   taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` with each one-word placeholder said as "X, including <aspects>" when aspects inspectors judge set its
    findings apart (`aspects_of`); others as they are. parents: sub-theme -> its broad theme."""
    out = dict(labels)
    todo = [t for t in sorted(labels)
            if t not in keep and _PLACE.match(labels[t]) and not _left_to_join(t, labels, parents, taken)]
    everywhere = lowered_texts(covers.texts) if todo else []
    for theme in todo:
        subject = _PLACE.match(labels[theme]).group("x")
        siblings = lowered_texts(sibling_texts(labels, covers, parents, theme))
        aspects = aspects_of(subject, lowered_texts(covers.texts_of(theme)), siblings, everywhere)
        if not aspects:
            continue
        said = f"{subject}, including {' and '.join(aspects)}"
        relabelled(out, theme, said, taken, covers.texts_of(theme))
    return out
