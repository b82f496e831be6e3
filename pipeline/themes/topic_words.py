"""The parts a field topic's label names, and whether a theme shares one word of a topic rather than the topic.

A field topic (`pipeline/data/topic_concepts.csv`) is counted by all its terms. A theme whose findings write only one of
them (the others together in fewer than FLOOR of its findings), a later part of the topic's label, while fewer than
FLOOR write the part it is named for (its first) as a term, shares a word that other things are called too, not the
topic (`shares_a_word`), and is said by the parts of the label they write (`borne_topics`). Reads 85 and 86 (tuning):
"Safeguarding board and its sub-groups" over 134 findings 56% of which write "sub-group", 1% any other term of the
board, 1% "safeguarding board" ("only 3-4 on board sub-groups; rest core groups, FGCs, other 'groups'"); "Children's
lives and experiences" over findings 87% of which write "experiences", 8% another term ("share the word 'experiences' in
different senses"). A topic most of a theme writes in one term that is its label ("Children looked after", "Schools",
"Governance and accountability" over findings on governance: read 84, accepted) is written as it is named, and one
written in a term that is no word of its label ("training" of "Learning and staff development") is the topic in other
words: each names it.

    topic_words(topic) -> the parts its label names ("Meetings and reviews" -> meetings, reviews)
    shares_a_word(covers, theme, topic) -> whether the theme writes the topic by one term alone, its label not written
    written_topic(covers, theme, topic) -> the topic said by the parts of its label the theme writes, with who bears it

A topic listed as one part of a label among others is likewise said by the parts of its label FLOOR of its findings
write, when some but not all are (`written_topic`): read 88 (tuning) rejected 'Timeliness and delay, permanence and
stability' over findings 22% of which write permanence and 0.4% stability.
"""

from __future__ import annotations

import re

import numpy as np

from pipeline.themes.fallback_names import FLOOR
from pipeline.themes.field import term_pattern
from pipeline.themes.held_parts import part_rows
from pipeline.themes.label_text import inner, joined_list


def topic_words(topic: str) -> list[str]:
    """The parts a field topic's label names, as a reader looks for them: "Meetings and reviews" -> meetings, reviews;
    "Safeguarding board and its sub-groups" -> safeguarding board, sub-groups (a determiner before a part is not
    written with it)."""
    parts = [p.strip() for p in re.split(r", | and ", topic) if p.strip()]
    return [inner(re.sub(r"^(?:its|their|the) ", "", p)) for p in parts]


def shares_a_word(covers, theme: int, topic: str) -> bool:
    """Whether the theme's findings write field topic `topic` by one of its terms alone (the findings that write any
    other term fewer than FLOOR of them), a later part of its label ("sub-groups"), and fewer than FLOOR write the part
    it is named for, its first, as a term (`topic_words`, `Coverage.written_rows`: "safeguarding board")."""
    rows = covers.members.get(theme, ())
    concepts = covers.concepts()
    if not len(rows) or topic not in concepts.labels or len(concepts.terms[topic]) < 2:
        return False
    on = concepts.uses[rows, concepts.labels.index(topic)].astype(bool)
    texts = [covers.texts[int(i)] for i in rows]
    by_term = [np.array([bool(term_pattern((term,)).search(text)) for text in texts]) & on
               for term in concepts.terms[topic]]
    first = max(range(len(by_term)), key=lambda i: (int(by_term[i].sum()), -i))
    others = np.logical_or.reduce([used for i, used in enumerate(by_term) if i != first])
    parts = topic_words(topic)
    term = term_pattern((concepts.terms[topic][first],))
    if others.mean() >= FLOOR or not any(term.search(part) for part in parts[1:]) or term.search(parts[0]):
        return False  # written in many terms, in its lead ("governance"), or in another name ("training")
    return covers.written_rows(theme, parts[0]).mean() < FLOOR


def written_topic(covers, theme: int, topic: str, uses: np.ndarray) -> tuple[str, np.ndarray]:
    """Field topic `topic` as a listed part of a theme's label, with which of its findings bear it so said (`uses`:
    those that write any of its terms): by the parts of its label FLOOR of them write (`held_parts.part_rows`) when
    some but not all are ("permanence" of "Permanence and stability"), borne by those that write them; else as it is."""
    parts = topic_words(topic)
    rows = {part: part_rows(covers, theme, part) for part in parts}
    written = [part for part in parts if rows[part].mean() >= FLOOR]
    if not written or len(written) == len(parts):
        return topic, uses
    return joined_list(written), uses & np.logical_or.reduce([rows[part] for part in written])
