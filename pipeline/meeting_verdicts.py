"""What the parse says of each minutes segment: every sentence is about the meeting alone (pipeline.meeting_talk's
tests, then pipeline.meeting_acts'), the segment lists people present, or someone at the meeting asks for something.

The furniture rules (pipeline.furniture) ask `about_the_meeting` of committee minutes' segments; the learned furniture
model (pipeline.minutes_model) asks `asks_for_something` before it moves a segment. Each distinct text is parsed once
in a process.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy as np

from pipeline import meeting_acts
from pipeline import meeting_talk as talk
from pipeline.patterns import Column


# What the parse of a prepared text says: (meeting, names, asks). Each distinct text is parsed once in a process,
# whichever of about_the_meeting and asks_for_something reads it first (the rules read a minutes segment, then the
# learned model asks whether a segment it would move asks for something); the oldest answers go beyond
# VERDICTS_KEPT texts.
_VERDICTS: OrderedDict[str, tuple[bool, bool, bool]] = OrderedDict()
VERDICTS_KEPT = 50_000


def _verdicts(texts: list[str]) -> list[tuple[bool, bool, bool]]:
    """(meeting, names, asks) of each text: every sentence speaks only about the meeting; every sentence is a list
    of people present; some sentence asks for something. Texts not read before are parsed together, in order."""
    prepared = [talk._prepared(text) for text in texts]
    missing = list(dict.fromkeys(p for p in prepared if p not in _VERDICTS))
    for text, doc in zip(missing, talk._parser().pipe(missing, batch_size=64)):
        sentences = list(doc.sents)
        _VERDICTS[text] = (bool(sentences) and all(talk._only_the_meeting(s) or meeting_acts.furniture(s) for s in
                                                   sentences),
                           bool(sentences) and all(talk._is_name_list(s) for s in sentences),
                           any(_requests(s) for s in sentences))
    found = [_VERDICTS[p] for p in prepared]
    for p in prepared:
        _VERDICTS.move_to_end(p)
    while len(_VERDICTS) > VERDICTS_KEPT:
        _VERDICTS.popitem(last=False)
    return found


def asks_for_something(texts: list[str]) -> np.ndarray:
    """(n,) bool: some sentence of each text has someone at the meeting ask for something ("The Chair asked that an
    update be sent to members before the next meeting", "Members requested a breakdown of agency staff"): the
    learned furniture model (pipeline.minutes_model) leaves it where the rules put it. Only a request made in the
    active voice counts: not a resolution's wording ("Resolved that: there will be an update at the next meeting"),
    nor the agenda's note to members ("Members are requested to declare any interests"), which the model may move."""
    return np.array([asks for _, _, asks in _verdicts(texts)], dtype=bool)


_REQUESTING = frozenset("ask request urge suggest propose recommend".split())


def _requests(sentence) -> bool:
    return any(t.pos_ == "VERB" and t.dep_ in talk._CLAUSE_DEPS and t.lemma_.lower() in _REQUESTING and
               not talk._asks_questions(t) and not talk._recalled(t) and not talk._thanks(t) and
               any(c.dep_ == "nsubj" for c in t.children) and
               not any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children) and
               any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in t.children)
               for t in sentence)


def about_the_meeting(texts: Column, candidates: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(meeting, names): two (n,) bool arrays over the candidate segments (others False). `meeting`: every sentence
    of the segment speaks only about the meeting (see the module docstring); `names`: the segment is a list of
    people present, set out without a verb."""
    n = len(candidates)
    meeting, names = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
    rows = np.flatnonzero(candidates)
    if not len(rows):
        return meeting, names
    codes = sorted(set(texts.codes[rows].tolist()))
    found = dict(zip(codes, _verdicts([texts.values[c] for c in codes])))
    for row in rows:
        meeting[row], names[row], _ = found[texts.codes[row]]
    return meeting, names

