"""A "General judgements on ..." sub-theme whose findings nearly all write one subject of the field said by it.

`mixed_topics` says a mixed theme that no field topic (`pipeline/data/topic_concepts.csv`) names by what kind of text
it holds: inspectors' general judgements, on the people or practice half of it writes ("General judgements on work
with families"). That wording reads as filler to a researcher, and it hides a subject when the findings are on one
the field topics do not list: blind read 71 (tuning) judged "General judgements on work with families" wrong over
findings on adoption and finding families for children ("adoptive families", "placed for adoption", "adopted"); reads
70 and 71 rejected "General judgements on services" over findings most of which write of social work or social
workers. Such a theme is said by the subject its findings write (`inside_names.inside_label`: a phrase of its own
that `inside_names.ALONE` of them write, twice as often as all findings, or two that `inside_names.PAIR` write
between them) - as "X, further findings" when another theme is named X, the project's way of saying a second theme
on a subject (`aspect_names` then says it with the aspect of X its findings write: "Adoptive families") - else by a
practice and its practitioners both written (`PRACTICES`: "Social work and social workers"). A theme of overall
statements that write no subject of their own keeps its wording. After the broad labels (which read the sub labels'
words) and before `aspect_names`; labels only, no finding moves.

    judged_subjects(labels, covers, keep, taken) -> labels with such themes said by their subject
"""

from __future__ import annotations

from pipeline.themes.inside_names import LIFT, PAIR, PART, inside_label
from pipeline.themes.label_text import joined_list
from pipeline.themes.mixed_topics import KINDS
from pipeline.themes.siblings import relabelled

FURTHER = ", further findings"
# A practice of the field and its practitioners, as written: a theme of judgements half or more of whose findings
# write of either, each by a fair part of them, is said by both (read 70 and 71, tuning: "General judgements on
# services" rejected twice over findings 80% of which write "social work" or "social worker(s)", about 40% each).
PRACTICES = (("social work", "social workers"),)


def judged_subjects(labels: dict[int, str], covers, keep: set[int] = frozenset(), taken: set[str] = frozenset()
                    ) -> dict[int, str]:
    """`labels` with each "General judgements on ..." label said by the subject its findings write (module
    docstring): the subject itself when it is free (`siblings.relabelled`: no other theme, nor one of `taken`, the
    broad themes' labels, has it, and it passes the label checks on the theme's findings), else "<subject>, further
    findings" when that is; other labels, and such labels over no subject, as they are."""
    out = dict(labels)
    for theme in sorted(labels):
        label = out[theme]
        if theme in keep or not label.startswith(KINDS[1]) or not len(covers.members.get(theme, ())):
            continue
        subject = inside_label(covers, theme) or _practice(covers, theme)
        if subject is None:
            continue
        texts = covers.texts_of(theme)
        for said in (subject, subject + FURTHER):
            if relabelled(out, theme, said, taken, texts):
                break
    return out


def _practice(covers, theme: int) -> str | None:
    """"A and B" of the first of PRACTICES whose practice and practitioners each PART of the theme's findings write
    as terms, LIFT times as often as all findings, and PAIR of them between them; else None."""
    for practice in PRACTICES:
        shares = [covers.written(theme, term) for term in practice]
        if min(shares) >= PART and covers.union(theme, list(practice)) >= PAIR \
                and all(covers.share(theme, t) >= LIFT * covers.share_all(t) for t in practice):
            return joined_list([practice[0].capitalize()] + list(practice[1:]))
    return None
