"""A figures label that says only the shape of its figures said by the groups of children they count (issue 16).

Ofsted's reports open with the same counts, each followed by its change: "At 31 March 2015, 1,240 children had been
identified through assessment as being formally in need of a specialist children's service." then "This is a
reduction from 1,473 at 31 March 2014." The second sentences gather into a theme of their own by their shape, and
the label passes say them by that shape ("Statistics: changes over time", `broad_figures.figure_kinds`; "Context and
statistics"), which readers of held-out runs judged not useful: "say what the figures are about". The groups they
count are named in the sentence each follows (`figures_referred.REFERS`: "This is ...", "These ...").

`about_said`: a label of figures' shape only (`SHAPE`: "Statistics: changes over time", "Statistics, some on
comparisons with national averages and similar areas", "Assorted statistics, some on changes over time", "Context
and statistics" and its "further findings", "Statistics, mixed topics") over figures (`figure_subs.counted`: half of
them give a number) is said "Statistics on A, B and C" by the counts of pipeline/data/figure_subjects.csv (`subject,
terms`, terms as in topic_concepts.csv: the populations the reports count - children in need, child protection
plans, children looked after, private fostering, adoption, care leavers) its findings bear, a finding bearing a
subject when it writes one of its terms or points back to a sentence that does (`figures_referred.bearing`): each
subject PART of them, taken most borne first, each adding FLOOR the ones before do not, up to three, together PAIR
(as `filler_parts` lists parts). With fewer than two such subjects the label stays (one alone is
`figures_referred`'s and `figure_subs`' to say when half bear it).

    read_figure_subjects() -> ((subject, terms), ...)
    subjects_counted(texts, lead_ins, subjects) -> [subject, ...]
    about_levels(named, broad_named, texts, lead_ins, assignment, parent_of, keep) -> (named, broad_named)
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd

from pipeline.themes.coverage import FIGURE_SHARE
from pipeline.themes.fallback_names import FLOOR
from pipeline.themes.field import term_pattern
from pipeline.themes.figure_subs import counted
from pipeline.themes.figures_referred import REFERS
from pipeline.themes.filler_parts import MOST
from pipeline.themes.honest_judgements import PART
from pipeline.themes.inside_names import PAIR
from pipeline.themes.label_text import joined_list
from pipeline.themes.level_pass import LEAST, at_both_levels, said_each

_KIND = r"(?:changes over time|comparisons with national averages(?: and similar areas)?)"
SHAPE = re.compile(rf"^(?:Statistics: {_KIND}(?: and {_KIND})?|Statistics, (?:some|mostly|one in \w+) on {_KIND}"
                   rf"|Assorted statistics, (?:some|mostly|one in \w+) on {_KIND}|Context and statistics"
                   r"(?:, further findings)?|Statistics, mixed topics)$")


@lru_cache(maxsize=1)
def read_figure_subjects() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The shipped counts: (subject as a label says it, its terms)."""
    table = pd.read_csv(resources.files("pipeline.data").joinpath("figure_subjects.csv"), dtype=str,
                        keep_default_na=False)
    return tuple((row["subject"].strip(), tuple(t.strip() for t in row["terms"].split(";") if t.strip()))
                 for _, row in table.iterrows() if row["subject"].strip())


def _bears(texts: list[str], lead_ins: list[str], pattern: re.Pattern) -> np.ndarray:
    """Which texts write `pattern`, or point back (`REFERS`) to a lead-in that does."""
    return np.array([bool(pattern.search(text)) or (bool(REFERS.match(text)) and bool(pattern.search(lead or "")))
                     for text, lead in zip(texts, lead_ins)], dtype=bool)


def subjects_counted(texts: list[str], lead_ins: list[str],
                     subjects: tuple[tuple[str, tuple[str, ...]], ...] | None = None) -> list[str]:
    """The subjects (`read_figure_subjects` when None) the texts bear, read with their lead-ins, as the module says;
    [] unless two or more."""
    subjects = read_figure_subjects() if subjects is None else subjects
    if not texts:
        return []
    bears = [(name, _bears(texts, lead_ins, term_pattern(terms))) for name, terms in subjects]
    bears.sort(key=lambda item: -item[1].mean())  # most borne first; ties in the file's order
    chosen: list[str] = []
    covered = np.zeros(len(texts), dtype=bool)
    for name, bear in bears:
        if len(chosen) == MOST or bear.mean() < PART:
            break
        if (bear & ~covered).mean() >= FLOOR:
            chosen.append(name)
            covered |= bear
    return chosen if len(chosen) >= 2 and covered.mean() >= PAIR else []


def _said(label: str, texts: list[str], lead_ins: list[str]) -> str | None:
    if not SHAPE.match(label) or len(texts) < LEAST or counted(texts) < FIGURE_SHARE:
        return None
    subjects = subjects_counted(texts, lead_ins)
    return f"Statistics on {joined_list(subjects)}" if subjects else None


def about_levels(named: pd.DataFrame, broad_named: pd.DataFrame, texts: list[str], lead_ins: list[str],
                 assignment: np.ndarray, parent_of: np.ndarray, keep: set[int] = frozenset()
                 ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(named, broad_named) with each figures-shape label said by the groups its figures count, at both levels
    (`level_pass.at_both_levels`), when free and passing the label checks. texts and lead_ins: every finding's text
    and the sentence it follows (row i has theme assignment[i])."""
    def relabel(labels, rows_of, keep, taken, broad):
        return said_each(labels, lambda t: [texts[i] for i in rows_of(t)], lambda t: [lead_ins[i] for i in rows_of(t)],
                         _said, keep, taken)
    return at_both_levels(named, broad_named, assignment, parent_of, relabel, keep)
