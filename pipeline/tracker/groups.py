"""The groups of children a recommendation is about, and whether a line of the next report names them: a reader
takes a later line as on a recommendation's matter when it names the practice AND the group of children the practice
is for ("return home interviews" for children who go missing, "pathway plans" for care leavers), while cosines and
shared words see the practice only (a line on the plans of children in care, or on children missing education, for a
recommendation on care leavers' plans, or on children who go missing from home).

Groups: pipeline/data/child_groups.csv (`group, required, terms, not, names`; terms as in topic_concepts.csv: "adopt*" any
ending, else an optional plural, hyphens read as spaces; `not`: phrases in which a term is used in another sense -
"in care proceedings", "work placements" - and so not counted). A group is named by its name or by a practice only it
receives ("pathway plan" is a care leaver's, "return home interview" a child's who went missing). A line of the next
report names a group in its text or in its section heading ("The experiences and progress of care leavers").
`required` "yes": the populations of a service of their own (care leavers, children who go missing, at risk of
exploitation, disabled, privately fostered, unaccompanied asylum-seeking, young carers, homeless 16- and 17-year-olds,
youth justice, missing education, unborn babies), whose lines name them. "no": the populations whole sections of a
report are written about (children in care, adopted, on child protection plans, in need, early help), whose
assessments, plans and visits its lines judge without naming them: required, they lost 8, 1, 7, 2 and 1 of 241
labelled statuses (docs/measurements.md, status22; TUNING). `names`: the terms by which a recommendation names a
broad population as whom it is for ("children in care", "looked after"), not by a practice of theirs ("placements").

In a council's response, a recommendation for a required group and a broad population named together ("homes to meet the needs of children
in care and care leavers") is answered by a line on either: a line naming the broad population by any of its terms
("four small children's homes", "60 more foster families") is on its matter (council63, use40's Devon sufficiency
line). A broad population's practice alone in the recommendation ("children who go missing from their placements")
brings in no group.

    named_groups(texts) -> (n_texts, n_groups) booleans: the required groups each text names
    on_group(rec_groups, line_groups) -> (n_lines, n_recs): the line names one of the recommendation's groups, or
                                         the recommendation names none
    off_group(rec_texts, lines) -> (n_lines, n_recs): the line names none of the groups the recommendation names
                                    (a required one, or a broad population named as the recommendation's subject)

The same holds of a council's response (TrackerParams.response_group): a line answering "the response to children
who go missing" names them, or their return home interviews, in itself, its lead-in or its section heading; a line
on placements or on homeless 16- and 17-year-olds answers another recommendation (use36 audit, status24).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd

from pipeline.themes.field import term_pattern, term_uses

_HYPHEN = re.compile(r"(?<=\w)-|-(?=\w)")


def _split(cell: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in str(cell).split(";") if t.strip())


@lru_cache(maxsize=1)
def _group_table() -> pd.DataFrame:
    """pipeline/data/child_groups.csv, its rows with a group (read once; not to be changed in place)."""
    table = pd.read_csv(resources.files("pipeline.data").joinpath("child_groups.csv"), dtype=str,
                        keep_default_na=False)
    return table[table["group"].str.strip() != ""]


@lru_cache(maxsize=1)
def read_groups() -> tuple[tuple[str, bool, tuple[str, ...], tuple[str, ...]], ...]:
    """The shipped groups: (group, required, terms, not phrases)."""
    table = _group_table()
    return tuple((row["group"].strip(), row["required"].strip().lower() == "yes", _split(row["terms"]),
                  _split(row["not"])) for _, row in table.iterrows())


@lru_cache(maxsize=1)
def read_group_names() -> tuple[tuple[str, ...], ...]:
    """The terms naming each shipped group as a population (`names`, in read_groups' order; () where none)."""
    table = _group_table()
    column = table["names"] if "names" in table else pd.Series("", index=table.index)
    return tuple(_split(names) for names in column)


def _pattern(terms: tuple[str, ...]) -> re.Pattern:
    return term_pattern(tuple(_HYPHEN.sub(" ", t) for t in terms))


def named_groups(texts: list[str], every: bool = False, by_name: bool = False) -> np.ndarray:
    """(n_texts, n_groups) booleans: which of the required groups (with `every`, of all the groups, in the file's
    order) each text names; a term inside one of the group's `not` phrases does not count. With `by_name`, a group is
    named only by its `names` terms (a group without them is never named)."""
    groups = [g for g in read_groups() if every or g[1]]
    if by_name:
        names = [n for g, n in zip(read_groups(), read_group_names()) if every or g[1]]
        groups = [(group, required, terms, exclusions) for (group, required, _, exclusions), terms in zip(groups, names)]
    uses = np.zeros((len(texts), len(groups)), dtype=bool)
    if not len(texts):
        return uses
    # Hyphens read as spaces: "child-in-need plans", "care-experienced", "16- and 17-year-olds".
    clean = [" ".join(_HYPHEN.sub(" ", str(t)).split()).replace("’", "'") for t in texts]
    for column, (_, _, terms, exclusions) in enumerate(groups):
        if not terms:
            continue
        some = clean if not exclusions else [_pattern(exclusions).sub(" ", t) for t in clean]
        uses[:, column] = term_uses(some, [_pattern(terms)])[:, 0]
    return uses


def on_group(rec_groups: np.ndarray, line_groups: np.ndarray) -> np.ndarray:
    """(n_lines, n_recs) booleans: the line names one of the groups the recommendation names, or the recommendation
    names none (its matching is then the tracker's usual one). rec_groups (n_recs, n_groups), line_groups
    (n_lines, n_groups) from named_groups."""
    shared = line_groups.astype(np.int32) @ rec_groups.T.astype(np.int32)
    return (shared > 0) | ~rec_groups.any(axis=1)[None, :]


def off_group(rec_texts: list[str], lines: list[str], populations: bool = False) -> np.ndarray:
    """(n_lines, n_recs) booleans: the line (with whatever context is joined to it: a section heading, a lead-in)
    names none of the required groups the recommendation's text names - with `populations` (a council's response),
    nor any broad population it names as whom it is for (`names`; the line by any term of it); all False for a
    recommendation naming no required group. (The next report's lines are read without `populations`: the
    statuses measured on labelled sets were made so.)"""
    if not populations:
        return ~on_group(named_groups(rec_texts), named_groups(lines))
    required = np.array([g[1] for g in read_groups()], dtype=bool)
    rec_groups = named_groups(rec_texts, every=True, by_name=True) & ~required[None, :]
    rec_groups |= _spread(named_groups(rec_texts), required)
    off = ~on_group(rec_groups, named_groups(lines, every=True))
    return off & named_groups(rec_texts).any(axis=1)[None, :]


def _spread(required_uses: np.ndarray, required: np.ndarray) -> np.ndarray:
    """(n, n_groups) booleans from (n, n_required) ones: the required groups' columns in the file's order."""
    out = np.zeros((len(required_uses), len(required)), dtype=bool)
    out[:, np.flatnonzero(required)] = required_uses
    return out
