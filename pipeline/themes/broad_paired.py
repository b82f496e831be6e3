"""A broad listing's part that is one of the two things a sub-theme's label pairs, both terms of one field topic, said
as that topic (`topic_over_paired_term`).

A sub-theme labelled "Chief executive and DCS" is on senior leaders: its findings write the chief executive, the
director of children's services, the lead member and councillors, all terms of one field topic ("Senior leadership
and scrutiny", `pipeline/data/topic_concepts.csv`). A broad listing that names the sub-theme by the first of the pair
alone ("Corporate parenting and chief executive") borrows one office for the whole: read 84 (one reader of two:
"mostly elected members and DCS tenure; no chief executive") and read 79 ("Chief executive and advocacy", both
readers: "mostly general senior leadership; chief executive/advocacy rarely") rejected it. On run9751 23% of that
broad theme's findings write "chief executive", 57% write a term of senior leadership. So such a part is said by the
topic's first part ("Senior leadership") when the topic's terms are written by at least PAIR_LIFT times as many of
the broad theme's findings as write the part; never when the pair is the topic's own label, the part is itself in
the topic's label, or another part of the listing already says a term of that topic.

    topic_over_paired_term(label, covers, theme, children, avoid) -> label with the part said as the topic, or label
"""

from __future__ import annotations

from typing import Callable

from pipeline.themes.broad_borne import FIGURE_KINDS, KINDS
from pipeline.themes.broad_parts import label_parts
from pipeline.themes.capitals import capitalised
from pipeline.themes.field import term_pattern
from pipeline.themes.honest_judgements import OPENING
from pipeline.themes.label_text import inner, joined_list
from pipeline.themes.name_checks import name_problems

# How many times as many of the broad theme's findings must write the topic's terms as write the borrowed part:
# a reader then meets the topic in most findings and the part in few (run9751: 57% against 23%; run9746's
# "Chief executive and advocacy": see docs/measurements.md, broad58).
PAIR_LIFT = 2.0


def _paired_topic(part: str, child: str, concepts) -> str | None:
    """The field topic both things of `child`'s pair ("A and B") are terms of, when `part` is the first of them and
    neither the pair nor `part` is that topic's own label or a part of it; else None."""
    opening, pair = label_parts(child)
    if opening or len(pair) != 2 or pair[0].lower() != part.lower():
        return None
    for topic in concepts.labels:
        pattern = term_pattern(concepts.terms[topic])
        own = [p.lower() for p in label_parts(topic)[1]] or [topic.lower()]
        if all(pattern.fullmatch(item.lower()) for item in pair) and child.lower() != topic.lower() \
                and part.lower() not in own:
            return topic
    return None


def topic_over_paired_term(label: str, covers, theme: int, children: list[tuple[str, int]],
                           avoid: Callable[[str], bool] = lambda said: False) -> str:
    """`label` ("A and B", "A, B and C": a plain listing) with a part that is the first of a sub-theme's pair of terms
    of one field topic (`_paired_topic`: "chief executive" of "Chief executive and DCS") said as that topic's first
    part ("Senior leadership") when the topic's terms are written by PAIR_LIFT times the share of the broad theme's
    findings that write the part (`Coverage.written`), the pair's other thing is not said and no other part is a
    term of the topic; the other parts kept in their order. Else `label` (also for an opening, kinds of one thing,
    figures). A catch-all's "General judgements on A, B and C" is read by its parts after the opening, which it keeps
    (broad61: read 87, both readers, "General judgements on chief executive, work with children and early help",
    "nothing on chief executive": 2% of its findings write the part, 15% senior leadership's terms). children:
    (label, size) of its sub-themes; avoid: whether a label may not be given."""
    judged = OPENING if label.startswith(OPENING) else ""
    opening, parts = label_parts(label[len(judged):])
    if opening or len(parts) < 2 or KINDS.match(label) or FIGURE_KINDS.match(label):
        return label
    concepts = covers.concepts()
    rows = covers.members[theme]
    for i, part in enumerate(parts):
        for child, _ in children:
            topic = _paired_topic(part, child, concepts)
            if topic is None:
                continue
            pattern = term_pattern(concepts.terms[topic])
            said_part = (label_parts(topic)[1] or [topic])[0]
            others = parts[:i] + parts[i + 1:]
            if any(pattern.fullmatch(other.lower()) or other.lower() == said_part.lower()
                   or other.lower() == label_parts(child)[1][1].lower() for other in others):
                continue
            if concepts.share(rows, topic) < PAIR_LIFT * covers.written(theme, part):
                continue
            said = joined_list([inner(p) for p in parts[:i] + [said_part] + parts[i + 1:]])
            said = judged + inner(said) if judged else capitalised(said)
            if not avoid(said) and not name_problems([said]):
                return said
    return label
