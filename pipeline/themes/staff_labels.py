"""A sub-theme's label of one kind of staff said as what its findings are on (`staff_said`).

Read 93 (held out; issue 16) rejected two sub labels that name a role alone: "Social workers" over findings that
mention social workers in passing while they are on the work done with children, and "Chief executive" over
findings on the director of children's services' tenure and on the governance among senior leaders. A role alone
tells a reader whom the findings mention, not what they are about. Two cases, each said only where the findings
show it:
    work_of_staff      staff whose work has a name of the field ("Social workers"), over findings most of which
                       write about children or young people and few about the workforce, said as that work
                       ("Social work with children", as `broad_people` says the same part of a broad listing)
    office_in_topic    one office that is a term of a field topic ("Chief executive", a term of "Senior leadership
                       and scrutiny") over findings half or more of which write the topic's other terms (the DCS,
                       the lead member, leaders), said by the topic ("Senior leadership"): the office is one of the
                       senior leaders they name, not their subject

    staff_said(labels, covers, keep, taken) -> labels
"""

from __future__ import annotations

import re

from pipeline.themes.broad_parts import label_parts
from pipeline.themes.broad_people import staff_work
from pipeline.themes.capitals import capitalised
from pipeline.themes.field import term_pattern
from pipeline.themes.siblings import relabelled

# The last word of a label that names an office held by one person or a few: a label of such a word names people,
# not a subject.
OFFICE = re.compile(r"\b(?:executives?|directors?|leaders?|managers?|members?|councillors?|officers?|chairs?|"
                    r"heads?)$", re.IGNORECASE)
# Least share of the findings that write a term of the office's topic other than the office itself for the topic to
# name them. Tuned on run9744's "Chief executive" (86 findings: 66% write the DCS, the lead member, leaders or another
# term of senior leadership); its "Senior managers" (24%) stays.
OTHERS = 1 / 2
LEAST = 5  # fewest findings a sub-theme needs for its label to change (as `siblings.each_relabelled`)


def work_of_staff(label: str, texts: list[str]) -> str | None:
    """"Social work with children" (`broad_people.staff_work`) for a `label` that is that staff alone ("Social
    workers") when its findings `texts` bear it; else None."""
    work = staff_work(label.strip(), texts)
    return capitalised(work) if work else None


def _office_topic(label: str, concepts) -> tuple[str, str] | None:
    """(topic, the topic's own term `label` is) for a `label` of one office (OFFICE) that is one term of a field topic
    and neither the topic's label nor a piece of it; else None."""
    key = label.strip().lower()
    opening, parts = label_parts(label)
    if opening or len(parts) > 1 or not OFFICE.search(key):
        return None
    for topic in concepts.labels:
        if key in topic.lower():
            continue
        own = [term for term in concepts.terms[topic] if term_pattern((term,)).fullmatch(key)]
        if own:
            return topic, own[0]
    return None


def office_in_topic(label: str, texts: list[str], concepts) -> list[str]:
    """The topic's first part and its label ("Senior leadership", "Senior leadership and scrutiny"), the wordings to
    try in turn, for a `label` of one office of a field topic (`_office_topic`) when OTHERS of `texts` or more write
    the topic's other terms; else []."""
    found = _office_topic(label, concepts)
    if found is None or not texts:
        return []
    topic, own = found
    others = tuple(term for term in concepts.terms[topic] if term != own)
    if not others:
        return []
    pattern = term_pattern(others)
    if sum(bool(pattern.search(text)) for text in texts) / len(texts) < OTHERS:
        return []
    first = (label_parts(topic)[1] or [topic])[0]
    return [capitalised(first), capitalised(topic)] if first.lower() != topic.lower() else [capitalised(topic)]


def staff_said(labels: dict[int, str], covers, keep: set[int] = frozenset(), taken: set[str] = frozenset()
               ) -> dict[int, str]:
    """`labels` (theme -> label) with each label of staff alone said as their work (`work_of_staff`) and each label of
    one office said by the field topic most of its findings are on (`office_in_topic`), the first wording no other
    theme (nor `taken`) has that passes the label checks; keep: themes whose labels stay; themes of fewer than LEAST
    findings as they are."""
    out = dict(labels)
    concepts = covers.concepts()
    for theme in sorted(labels):
        if theme in keep or len(covers.members.get(theme, ())) < LEAST:
            continue
        texts = covers.texts_of(theme)
        work = work_of_staff(out[theme], texts)
        options = [work] if work else office_in_topic(out[theme], texts, concepts)
        for option in options:
            if relabelled(out, theme, option, taken, texts):
                break
    return out

