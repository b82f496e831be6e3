"""A broad label glued from its sub-themes' topics said as the one wider subject they are kinds of
(`wider_subject_named`): "Virtual school and personal education plans" -> "Education, including virtual school and
personal education plans".

Blind reads judged about one broad label in four wrong or meaningless, many of them lists of two or three
sub-themes' labels ("Virtual school and personal education plans", "Performance data, improvement plans and
audits"): a reader of ten of the findings meets schools, attainment, exclusions and training beside the virtual
school, and finds the list narrower than what the findings are about. A researcher writes the subject they share.
The wider subjects are field knowledge, each named with the words it is written in (pipeline/data/broad_subjects.csv:
`label, terms`, terms as in `field.term_pattern`), and said only when the broad theme's findings bear it out and
every listed part is one of its kinds.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Callable

import numpy as np
import pandas as pd

from pipeline.themes.broad_names import part_stems
from pipeline.themes.broad_parts import label_parts
from pipeline.themes.field import first_words, term_pattern
from pipeline.themes.label_text import inner, joined_list
from pipeline.themes.name_checks import name_problems
from pipeline.themes.siblings import share_matching

# Least share of a broad theme's findings that use a wider subject's terms for it to be their subject (a reader of
# ten of them meets it in most), and least times the share of all findings that do (no subject of everything).
SUBJECT_LEAST = 1 / 2
SUBJECT_LIFT = 3.0


@lru_cache(maxsize=1)
def read_subjects() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The shipped wider subjects: (label, terms)."""
    table = pd.read_csv(resources.files("pipeline.data").joinpath("broad_subjects.csv"), dtype=str,
                        keep_default_na=False)
    return tuple((row.label.strip(), tuple(t.strip() for t in row.terms.split(";") if t.strip()))
                 for row in table.itertuples() if row.label.strip())


def wider_subject_named(label: str, covers, theme: int,
                        avoid: Callable[[str], bool] = lambda said: False,
                        subjects: tuple[tuple[str, tuple[str, ...]], ...] | None = None) -> str:
    """"S, including A and B" for a listing "A, B and C" (`broad_parts.label_parts`) every part of which names
    one of the terms of a wider subject S (`read_subjects`) that SUBJECT_LEAST of the broad theme's findings use,
    SUBJECT_LIFT times the share of all findings; A and B the label's first two parts that do not open with a word
    of S (S alone when none does, when S is a listing itself, or when the longer label may not be given); else
    `label`. covers: a Coverage of the broad themes; avoid: whether a label may not be given; subjects: (label,
    terms) of the wider subjects, the shipped ones when None."""
    opening, parts = label_parts(label)
    rows = covers.members.get(theme, np.array([], dtype=int))
    if opening or len(parts) < 2 or not len(rows):
        return label
    texts = [covers.texts[int(i)] for i in rows]
    for subject, terms in read_subjects() if subjects is None else subjects:
        pattern = term_pattern(terms)
        if not all(pattern.search(part) for part in parts):
            continue  # a part that is no kind of the subject ("Care leavers" beside education) keeps the listing
        share = share_matching(pattern, texts)
        if share < SUBJECT_LEAST or share < SUBJECT_LIFT * _share_everywhere(pattern, covers):
            continue
        # a part that opens with a word of the subject says the subject again ("improvement plans" beside "Quality
        # assurance and improvement"); one that opens with its own word is a kind of it ("personal education plans")
        own = part_stems(subject)
        beside = [part for part in parts if not part_stems(part.split()[0]) & own][:2]
        # a subject that is a listing itself ("Leadership, management and staff development") takes no parts after
        # it: its own parts are what the listing's are kinds of ("..., including training and learning" says them twice)
        options = ([f"{subject}, including {joined_list([inner(part) for part in beside])}"]
                   if beside and ", " not in subject else []) + [subject]
        for said in options:
            if not avoid(said) and not name_problems([said]):
                return said
    return label


def _share_everywhere(pattern: re.Pattern, covers) -> float:
    """`share_matching(pattern, covers.texts)`, worked out once per Coverage: every broad theme asks it of the same
    subjects' patterns over the same texts (a run's every finding)."""
    if pattern not in covers.pattern_shares:
        covers.pattern_shares[pattern] = _share_of_all(pattern, covers)
    return covers.pattern_shares[pattern]


# Letters that match an ASCII letter of another case in a case-blind pattern (Kelvin sign, long s, dotted and dotless
# i): a text holding one is always searched.
_CASE_BLIND_ODD = re.compile("[\u0130\u0131\u017f\u212a]")


def _share_of_all(pattern: re.Pattern, covers) -> float:
    """`share_matching(pattern, covers.texts)`. A case-blind `term_pattern` (of ASCII first words) is searched only
    in the texts that hold, lower-cased, the first word of one of its terms, or a letter `_CASE_BLIND_ODD`: a match
    begins with such a word, so no other text can match, and most do not hold one."""
    firsts = first_words(pattern) if pattern.flags & re.IGNORECASE else None
    texts = covers.texts
    if not texts or firsts is None or not all(first.isascii() for first in firsts):
        return share_matching(pattern, texts)
    found = sum(1 for i, text in enumerate(texts)
                if (any(first in covers.lower(i) for first in firsts) or _CASE_BLIND_ODD.search(text))
                and pattern.search(text))
    return found / len(texts)
