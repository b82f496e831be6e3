"""Sub-themes of figures said by what their figures say or count.

"Context and statistics" (and its "further findings", and the older "Statistics, mixed topics") is the label of a
sub-theme of figures that share no subject: "This is an increase from 22 at 31 October 2015". Reads 56 and 58 judged
it meaningless or wrong ("fragments of change figures with no subject; 'context and statistics' tells nothing"),
while read 57 accepted "Statistics: changes over time and comparisons with national averages" over a broad theme of
such figures. Such a label is said the same way (`broad_figures.figure_kinds`: a change over time or a comparison
with other areas, when most of the figures say it), when that is no other theme's label.

A sub-theme of figures is labelled by what most of them count (`figures_counted`). Reads 84 and 86 (tuning) judged
wrong figures labels that name a part under half of the findings bear ("Statistics on living in poverty" over counts
of the children under 18 in each area, 31% on poverty; "Houses of multiple occupation" over counts of children
ceasing to be looked after, 32% on such houses), while "Statistics on local population" and "Statistics on children
looked after" were accepted in every verdict of reads 71-86. Such a label (a "Statistics ..." one, or a topic over
findings STATISTICS_SHARE of which give a number, `counted`: digits, or a count spelled out) whose named parts fewer
than MOST of its findings write (`borne`: their words, or the terms of a field topic the label names) is said by
the field topic at least MOST of them write, LIFT times as often as all findings: "Statistics on <topic>", else
"..., further findings", when that is no other theme's label. With no such topic it keeps its label.

    figures_said(labels, covers, keep, taken) -> labels with such placeholders said by what their figures say
    figures_counted(labels, covers, keep, taken) -> labels of figures said by the topic most of them count
    named_subject(label), borne(covers, theme, subject), counted(texts): what a label names, the share of a theme
        that writes it, the share of texts that give a number
"""

from __future__ import annotations

import re

import numpy as np

from pipeline.themes.broad_figures import figure_kinds
from pipeline.themes.concepts import LIFT
from pipeline.themes.coverage import FIGURE_SHARE, STATISTICS_SHARE
from pipeline.themes.label_text import is_topic
from pipeline.themes.name_checks import name_problems
from pipeline.themes.topic_renames import topic_text
from pipeline.themes.vocabulary import label_key
from pipeline.themes.whole_topic import FURTHER, first_free

_NO_SUBJECT = re.compile(r"^(?:Context and statistics|Statistics, mixed topics)(?:, further findings)?$")
# What a figures label names: "Statistics on X", "Statistics, some on X", "Statistics, one in six on X"
_NAMED = re.compile(r"^Statistics(?: on |, (?:some|one in \w+) on )(.+)$")
MOST = 1 / 2  # least share of the findings that write a label's parts (else: the topic this share writes names it)


def figures_said(labels: dict[int, str], covers, keep: set[int] = frozenset(), taken: set[str] = frozenset()
                 ) -> dict[int, str]:
    """`labels` with each label of figures with no subject said as "Statistics: <what most of them say>" when its
    findings bear one out and it is no other theme's label nor one of `taken`, and each label of figures naming a
    part under half of them bear said by the topic most of them count (`figures_counted`); other labels as they
    are."""
    out = dict(labels)
    for theme in sorted(labels):
        if theme in keep or not _NO_SUBJECT.match(out[theme]):
            continue
        kinds = figure_kinds(covers.texts_of(theme))
        said = f"Statistics: {kinds}"
        have = {label_key(other) for t, other in out.items() if t != theme} | {label_key(other) for other in taken}
        if kinds and label_key(said) not in have and not name_problems([said]):
            out[theme] = said
    return figures_counted(out, covers, keep, taken)


def named_subject(label: str) -> str:
    """What a figures label or a topic label names ("Statistics, some on A and B" -> "A and B"); "" for a label
    that names nothing ("Statistics: changes over time", "Mixed findings ...", "X, further findings")."""
    found = _NAMED.match(label)
    if found:
        return found.group(1)
    return label if is_topic(label) and not label.endswith(FURTHER) else ""


# A number a finding gives: digits, or a count spelled out ("six young people ceased to be looked after")
_NUMBER = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                     r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b", re.IGNORECASE)


def counted(texts: list[str]) -> float:
    """Share of `texts` that give a number (`_NUMBER`)."""
    return sum(bool(_NUMBER.search(text)) for text in texts) / len(texts) if texts else 0.0


def borne(covers, theme: int, subject: str) -> float:
    """Share of the theme's findings that write what `subject` names: one of its parts' words, or the terms of a
    field topic it names ("Where children live": "placed out of area", "live in")."""
    rows = covers.members[theme]
    if not len(rows):
        return 0.0
    concepts = covers.concepts()
    covered = np.zeros(len(rows), dtype=bool)
    for part in re.split(r", including |, | and ", subject):
        if part.strip():
            covered |= covers.of(theme, part)
    for column, topic in enumerate(concepts.labels):
        if re.search(rf"(?<!\w){re.escape(topic.lower())}(?!\w)", subject.lower()):
            covered |= concepts.uses[rows, column].astype(bool)
    return float(covered.mean())


def figures_counted(labels: dict[int, str], covers, keep: set[int] = frozenset(), taken: set[str] = frozenset()
                    ) -> dict[int, str]:
    """`labels` with each label of figures (a "Statistics ..." label, or a topic over findings most of which give
    numbers) whose named parts fewer than MOST of its findings write said by the field topic at least MOST of them
    write (LIFT times as often as all findings): "Statistics on <topic>" over figures, else "<that>, further
    findings", the first no other theme has nor `taken` holds; keep: themes whose labels stay."""
    out = dict(labels)
    have = {label_key(text) for text in taken} | {label_key(label) for label in out.values()}
    for theme in sorted(labels):
        label, rows = out[theme], covers.members.get(theme, ())
        subject = named_subject(label)
        if theme in keep or not subject or len(rows) < 5 or borne(covers, theme, subject) >= MOST:
            continue
        numbers = counted(covers.texts_of(theme)) >= STATISTICS_SHARE
        if not (label.startswith("Statistics") or numbers):
            continue
        topic = next(iter(covers.concepts().fitting(rows, least=MOST, lift=LIFT)), None)
        if topic is None:
            continue
        # "Statistics on <topic>" over findings most of which give numbers (counts of children: "six young people"
        # gives no `FIGURE`), the topic alone over other findings
        said = topic_text(covers, theme, topic, least=0.0 if numbers else FIGURE_SHARE)
        if label_key(said) == label_key(label):
            continue
        text = first_free([said, f"{said}{FURTHER}"], label, have)
        if text:
            out[theme] = text
    return out
