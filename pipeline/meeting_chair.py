"""Whose chair "the Chair" is: minutes whose own meeting is chaired from outside the council (left62).

An improvement board's minutes name their chair once as independent or appointed by the Department for Education
("Present: the independent chair (appointed by the DfE), ..." / "Jane Doe (Independent Chair)") and then write "The
Chair said ..." throughout. `pipeline.furniture.speakers` reads a plain "the Chair" as a `member` (the chair of a
council committee is an elected member), so in such minutes every line of the independent chair read as a
councillor's. `chairs_from_outside` finds those documents and gives "the Chair" who opens a sentence there the
speaker `independent`. A document that names a councillor as its chair ("Councillor A (Chair)", "Councillor A in the
Chair") keeps `member`: its meeting is a council committee that may hear about another body's independent chair.
"""

from __future__ import annotations

import numpy as np

from pipeline.furniture_reasons import any_of
from pipeline.patterns import Column

_OUTSIDE = r"(independent|(dfe|department for education)[- ]appointed)( independent)?"
# The meeting's own chair named as from outside: in the attendance list, after a name, as chairing, or as appointed.
OWN_CHAIR_FROM_OUTSIDE = any_of(
    r"^\s*(present|attendees|attendance|in attendance|members present|board members)\b\s*:?[^.]{0,240}?\b" + _OUTSIDE
    + r" chair(man|woman|person)?\b",
    r"\(\s*(the )?" + _OUTSIDE + r" chair(man|woman|person)?\s*\)",
    r"\b" + _OUTSIDE + r" chair(man|woman|person)?\)?,? (was )?in the chair\b",
    r"^\s*chair(ed by)?\s*[:-]\s*[^.;]{0,60}\(?" + _OUTSIDE + r"\b",
    r"^\s*(present|attendees|in attendance)\b\s*:?[^.]{0,240}?\bchair(man|woman|person)?,? (who was |who is )?"
    r"appointed by the (department for education|dfe|secretary of state)\b",
)
# A councillor as the meeting's chair.
ELECTED_CHAIR = any_of(
    r"\b(councillor|cllr)\.? [\w .’'-]{1,40}\(\s*chair(man|woman|person)?\s*\)",
    r"\b(councillor|cllr)\.? [\w .’'-]{1,40}\bin the chair\b",
    r"^\s*chair(man|woman|person)?\s*[:-]\s*(councillor|cllr)\b",
)
# "The Chair" who opens a sentence (after an opening phrase such as "In response,").
PLAIN_CHAIR = any_of(r"^((in response|in reply|in summary|in closing|finally|also)[^,]{0,60}, )?the chair(man|woman|"
                     r"person)?\b(?!,? (who|of|for)\b)")


def chairs_from_outside(texts: Column, doc_ids: np.ndarray, speaker: np.ndarray) -> np.ndarray:
    """A new speaker array: `member` becomes `independent` where the text opens with a plain "the Chair" and its
    document names its own chair as from outside the council and no councillor as its chair. texts: the rows' flat
    texts (every segment of a document, the attendance list included); doc_ids: (n,) their documents."""
    doc_ids = np.asarray(doc_ids, dtype=object)
    outside, elected = OWN_CHAIR_FROM_OUTSIDE.found_in(texts), ELECTED_CHAIR.found_in(texts)
    chaired = set(doc_ids[outside]) - set(doc_ids[elected])
    out = np.asarray(speaker, dtype=object).copy()
    if not chaired:
        return out
    plain = PLAIN_CHAIR.found_in(texts)
    mine = np.array([doc in chaired for doc in doc_ids], dtype=bool)
    out[mine & plain & (out == "member")] = "independent"
    return out
