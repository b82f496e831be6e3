"""A "General judgements on X" label over findings most of which are not on X said by what they are on (issue 16).

The wording tells a reader that the theme's findings are general judgements ON X: readers of held-out runs rejected
it where few of them are on X, whatever the findings held ("General judgements on services" over care plans and
assessment plans; broad "General judgements on plans" over plans, decision-making and information sharing, 38% of
whose findings write a plan). `judged_whole` says X alone when nearly all (90%) write X; `honest_judgements` keeps the
wording when each part is borne by a fifth. This pass, after both, asks that MOST of the findings bear one of the
parts (`honest_judgements.part_share`: the people of "work with P" by P, a field topic by its terms, else the words).

A label that fails is said by the subjects its findings are on, or it stays:
- a sub-theme by the two or three parts its findings bear (`filler_parts.parts_borne`: field topics and its own
  phrases, a fifth each, together PAIR of them), else by the two or three nouns they write (`nouns_borne`: a fifth
  each, WORD_LIFT times as often as all findings, `fallback_names.dominant_words`; each adding FLOOR of the findings,
  together PAIR; one of them no frame word, `fallback_names.too_common`). Bundled "General judgements on services"
  over findings 3% of which write services, 38% assessments and 40% plans -> "Plans and assessments"; run9744's
  "General judgements on practice" over plans and needs "reviewed regularly" keeps its label ("Plans and needs" names
  nothing), and so does its "General judgements on services" over findings 94% of which write staff and no other
  noun a fifth ("Staff" alone is a frame word; no aspect inspectors judge of staff, `judged_aspects`, is written by a
  fifth: morale 16%);
- a broad theme by its largest sub-themes' subjects (a sub label's subject: the label, the X of "X, further
  findings", "X, various aspects", "X, including Y", "Mixed findings: X"; none of a placeholder of no subject), each
  sub-theme FLOOR of the broad theme, taken largest first until they hold PAIR of it (as `filler_parts` lists the
  parts of a filler), two or three of them.

    mostly_said(labels, covers, keep, taken, children_of) -> labels
    judged_mostly_levels(named, broad_named, texts, assignment, parent_of, keep) -> (named, broad_named)
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from pipeline.themes.capitals import capitalised
from pipeline.themes.coverage import Coverage
from pipeline.themes.fallback_names import FLOOR, dominant_words, too_common
from pipeline.themes.filler_parts import MOST as MOST_PARTS, parts_borne
from pipeline.themes.honest_judgements import OPENING, PART, _object, parts_of
from pipeline.themes.inside_names import PAIR
from pipeline.themes.label_text import inner, joined_list
from pipeline.themes.level_pass import LEAST, at_both_levels
from pipeline.themes.siblings import each_relabelled
from pipeline.themes.vocabulary import fold

# Least share of a theme's findings that bear one of the parts of "General judgements on ..." for the wording to
# stand: most of them.
MOST = 1 / 2

_NO_SUBJECT = re.compile(r"^(?:Mixed findings(?!: )|General judgements|Statistics(?! on )|Assorted statistics"
                         r"|Context and statistics)")
_SUBJECT = re.compile(r"^(?:Mixed findings: )?(?P<x>.+?)(?:, further findings|, various aspects|, including .+)?$")


def bearing(covers, theme: int, label: str) -> float:
    """Share of the theme's findings that bear any part of a "General judgements on ..." label (1.0 for another
    label)."""
    parts = parts_of(label)
    return covers.union(theme, [_object(part) for part in parts]) if parts else 1.0


def subject_of(label: str) -> str | None:
    """What a sub label says its findings are on ("Adoption" of "Adoption, further findings", "senior leadership and
    scrutiny" of "Mixed findings: senior leadership and scrutiny"); None for a placeholder of no subject."""
    if _NO_SUBJECT.match(label):
        return None
    found = _SUBJECT.match(label)
    return found.group("x") if found else None


def _words(phrase: str) -> set[str]:
    return {fold(w) for w in re.findall(r"[a-z]+", phrase.lower())} - {"and", "of", "the", "in", "on", "to", "with"}


def subjects_held(children: list[tuple[str, int]], total: int) -> list[str]:
    """The subjects of the largest sub-themes (`children`: (label, size), largest first) that hold PAIR of `total`
    findings between them, each FLOOR of it, none restating one before; [] unless two or three do."""
    chosen: list[str] = []
    held = 0
    for label, size in children:
        if held >= PAIR * total or len(chosen) == MOST_PARTS or size < FLOOR * total:
            break
        subject = subject_of(label)
        if subject is None:
            continue
        words = _words(subject)
        if any(words <= _words(c) or _words(c) <= words for c in chosen):
            held += size  # its findings are on a subject already listed
            continue
        chosen.append(subject)
        held += size
    return chosen if len(chosen) >= 2 and held >= PAIR * total else []


def nouns_borne(covers, theme: int) -> list[str]:
    """Up to MOST_PARTS nouns PART of the theme's findings write (`fallback_names.dominant_words`, frame words such as
    "plans" among them), most written first, each adding FLOOR of its findings the ones before do not; [] unless two
    or more together bear PAIR of them and one is no frame word (`too_common`: "Plans and needs" names nothing)."""
    chosen: list[str] = []
    rows = len(covers.members[theme])
    covered = np.zeros(rows, dtype=bool)
    for noun in dominant_words(covers, theme, PART, general=True):
        if len(chosen) == MOST_PARTS:
            break
        bear = covers.of(theme, noun)
        if (bear & ~covered).mean() >= FLOOR:
            chosen.append(noun)
            covered |= bear
    if len(chosen) < 2 or covered.mean() < PAIR or all(too_common(noun) for noun in chosen):
        return []
    return chosen


def _said(covers, theme: int, label: str, children: list[tuple[str, int]] | None) -> str | None:
    if not label.startswith(OPENING) or bearing(covers, theme, label) >= MOST:
        return None
    if children is None:
        parts = [] if covers.statistics(theme) else parts_borne(covers, theme) or nouns_borne(covers, theme)
    else:
        parts = subjects_held(children, len(covers.members[theme]))
    return capitalised(joined_list([inner(part) for part in parts])) if parts else None


def mostly_said(labels: dict[int, str], covers, keep: set[int] = frozenset(), taken: set[str] = frozenset(),
                children_of=None) -> dict[int, str]:
    """`labels` (theme -> label) with each "General judgements on ..." label whose findings mostly bear none of its
    parts said by what they are on (see the module), when free and passing the label checks. children_of: broad
    theme -> its sub-themes' (label, size), largest first (None at the sub level)."""
    def say(covers, theme: int, label: str) -> str | None:
        return _said(covers, theme, label, None if children_of is None else children_of(theme))
    return each_relabelled(labels, covers, say, keep, taken, least=LEAST)


def judged_mostly_levels(named: pd.DataFrame, broad_named: pd.DataFrame, texts: list[str], assignment: np.ndarray,
                         parent_of: np.ndarray, keep: set[int] = frozenset()) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(named, broad_named) with `mostly_said` at the sub level, then the broad, as new tables (a broad theme of one
    sub-theme that carried its label carries the new one). texts: every finding's text (row i has theme
    assignment[i]); parent_of: each sub-theme's broad theme."""
    sizes = np.bincount(assignment, minlength=len(parent_of))
    kids = {int(b): sorted(np.flatnonzero(parent_of == b), key=lambda t: (-sizes[t], t)) for b in set(parent_of)}

    subs: dict[int, str] = {}  # the sub-themes' labels after the sub level, which the broad level reads

    def relabel(labels, rows_of, keep, taken, broad):
        if not broad:
            subs.update(mostly_said(labels, Coverage(texts, assignment), keep, taken))
            return subs
        return mostly_said(labels, Coverage(texts, parent_of[assignment]), keep, taken,
                           children_of=lambda b: [(subs[t], int(sizes[t])) for t in kids[b]])
    return at_both_levels(named, broad_named, assignment, parent_of, relabel, keep)
