"""Whose chair "the Chair" is: minutes whose own meeting is chaired from outside the council (left62).

An improvement board's minutes name their chair once as independent or appointed by the Department for Education
("Present: the independent chair (appointed by the DfE), ..." / "Jane Doe (Independent Chair)") and then write "The
Chair said ..." throughout. `pipeline.furniture.speakers` reads a plain "the Chair" as a `member` (the chair of a
council committee is an elected member), so in such minutes every line of the independent chair read as a
councillor's. `chairs_from_outside` finds those documents and gives "the Chair" who opens a sentence there the
speaker `independent`. A document that names a councillor as its chair ("Councillor A (Chair)", "Councillor A in the
Chair") keeps `member`: its meeting is a council committee that may hear about another body's independent chair.

Where the minutes name that person only once - in a heading ("Chaired by Jane Doe, Independent Chair", "Independent
Chair: Dr. Jane Doe"), in the attendance line ("Present: Dr. Jane Doe, Independent Chair; ...") or as a DfE
commissioner ("Chair: John Roe, DfE Commissioner for Children's Services") - the document's own lines are read too
(the segment stage passes its text: a heading above the first item is neither a segment nor a section), and a sentence
opening with that person's name ("Jane Doe said ...", "Ms Doe asked ...") or with "the Commissioner" of minutes that
name one from outside is theirs: `independent` (council63).
"""

from __future__ import annotations

import re

import numpy as np

from pipeline.furniture_reasons import any_of
from pipeline.patterns import Column
from pipeline.saying_verbs import past_forms

_OUTSIDE = r"(independent|(dfe|department for education)[- ]appointed)( independent)?"
# A commissioner sent by the Department for Education to a council's children's services.
_COMMISSIONER = (r"((dfe|department for education)([’']s)?[- ]((appointed|children[’']s services) )?|children[’']s "
                 r"services )commissioner\b|\bcommissioner (for|of) children[’']s services\b|\bcommissioner,? "
                 r"appointed by the (department for education|dfe|secretary of state)\b")
# The meeting's own chair named as from outside: in the attendance list, after a name, as chairing, or as appointed.
OWN_CHAIR_FROM_OUTSIDE = any_of(
    # (the abbreviations of names and titles, "Dr.", "J.", may stand before it)
    r"^\s*(present|attendees|attendance|in attendance|members present|board members)\b\s*:?([^.]|\b[a-z]{1,3}\.)"
    r"{0,240}?\b" + _OUTSIDE + r" chair(man|woman|person)?\b",
    r"^\s*" + _OUTSIDE + r" chair(man|woman|person)?\s*[:–—-]", r"^\s*chaired by\b[^;]{0,80}\b" + _OUTSIDE + r"\b",
    r"\(\s*(the )?" + _OUTSIDE + r" chair(man|woman|person)?\s*\)",
    r"\b" + _OUTSIDE + r" chair(man|woman|person)?\)?,? (was )?in the chair\b",
    r"^\s*chair(ed by)?\s*[:-]\s*[^;]{0,60}\(?(" + _OUTSIDE + r"\b|" + _COMMISSIONER + ")",
    r"^\s*(present|attendees|in attendance)\b\s*:?[^.]{0,240}?\bchair(man|woman|person)?,? (who was |who is )?"
    r"appointed by the (department for education|dfe|secretary of state)\b",
)
# A commissioner from outside named at the meeting.
COMMISSIONER_NAMED = any_of(_COMMISSIONER)
# The name of the person from outside, before or after the role: "Jane Doe (Independent Chair)", "Dr. Jane Doe,
# Independent Chair", "Independent Chair: Jane Doe", "Chaired by Jane Doe, DfE Commissioner". Names are capitalised.
_TITLES = ("Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof", "Professor", "Sir", "Dame")
_TITLE = r"(?:(?:" + "|".join(_TITLES) + r")\.? )"
_NAME = r"(?P<name>" + _TITLE + r"?[A-Z][\w’'-]*\.?(?: [A-Z][\w’'-]*\.?){0,2} [A-Z][\w’'-]+)"
_ROLE = (r"(?i:(the )?(" + _OUTSIDE + r" chair(man|woman|person)?\b|" + _COMMISSIONER
         + r"|(children[’']s services )?intervention advis[eo]r\b))")
_NAME_THEN_ROLE = re.compile(_NAME + r"\s*(?:\(\s*|,\s*)" + _ROLE)
_ROLE_THEN_NAME = re.compile(_ROLE + r"\s*[:–—-]\s*" + _NAME)
# Who is reported speaking: a name, "the Commissioner", then a verb of saying.
_SAID = r"\b(" + past_forms() + r")\b"  # (pipeline.saying_verbs: the one list)
_OPENS = r"^((in response|in reply|in summary|in closing|finally|also)[^,]{0,60}, )?"
PLAIN_COMMISSIONER = any_of(_OPENS + r"the commissioner\b(?!,? (who|of|for)\b).{0,100}" + _SAID)
# A councillor as the meeting's chair.
ELECTED_CHAIR = any_of(
    r"\b(councillor|cllr)\.? [\w .’'-]{1,40}\(\s*chair(man|woman|person)?\s*\)",
    r"\b(councillor|cllr)\.? [\w .’'-]{1,40}\bin the chair\b",
    r"^\s*chair(man|woman|person)?\s*[:-]\s*(councillor|cllr)\b",
)
# "The Chair" who opens a sentence (after an opening phrase such as "In response,").
PLAIN_CHAIR = any_of(r"^((in response|in reply|in summary|in closing|finally|also)[^,]{0,60}, )?the chair(man|woman|"
                     r"person)?\b(?!,? (who|of|for)\b)")


def chairs_from_outside(texts: Column, doc_ids: np.ndarray, speaker: np.ndarray, sections: Column | None = None,
                        documents: dict[str, str] | None = None) -> np.ndarray:
    """A new speaker array: `member` becomes `independent` where the text opens with a plain "the Chair" and its
    document names its own chair as from outside the council and no councillor as its chair; `member` or "" becomes
    `independent` where the text opens with the name of a chair or commissioner from outside the document names, or
    with "the Commissioner" in a document naming one. texts: the rows' flat texts (every segment of a document, the
    attendance list included); doc_ids: (n,) their documents; sections: the rows' section headings; documents:
    doc_id -> the document's whole text, whose lines are read as well (a heading above the first item)."""
    doc_ids = np.asarray(doc_ids, dtype=object)
    out = np.asarray(speaker, dtype=object).copy()
    row_texts = _per_row(texts)
    lines: dict[str, set[str]] = {}
    for doc, text in zip(doc_ids, row_texts):
        lines.setdefault(doc, set()).add(text)
    if sections is not None:
        for doc, section in zip(doc_ids, _per_row(sections)):
            lines[doc].add(" ".join(str(section).split()))
    for doc, text in (documents or {}).items():
        if doc in lines:
            lines[doc].update(" ".join(line.split()) for line in str(text).splitlines() if line.strip())
    chaired, names, commissioned = set(), {}, set()
    for doc, found in lines.items():
        column = Column(np.array(sorted(found), dtype=object))
        if ELECTED_CHAIR.found_in(column).any():
            continue
        if OWN_CHAIR_FROM_OUTSIDE.found_in(column).any():
            chaired.add(doc)
        if COMMISSIONER_NAMED.found_in(column).any():
            commissioned.add(doc)
        names[doc] = _outside_names(column.values)
    mine = np.array([doc in chaired for doc in doc_ids], dtype=bool)
    if mine.any():
        out[mine & PLAIN_CHAIR.found_in(texts) & (out == "member")] = "independent"
    open_ = np.isin(out, ["", "member"])
    commissioner = np.array([doc in commissioned for doc in doc_ids], dtype=bool) & open_
    if commissioner.any():
        out[commissioner & PLAIN_COMMISSIONER.found_in(texts)] = "independent"
    for doc, forms in names.items():
        if not forms:
            continue
        said = re.compile(_OPENS + r"(" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")\b"
                          r"(?!,? (who|of|for)\b).{0,100}" + _SAID, re.IGNORECASE)
        rows = np.flatnonzero((doc_ids == doc) & open_)
        hits = [row for row in rows if said.search(row_texts[row]) is not None]
        out[hits] = "independent"
    return out


def _per_row(column: Column) -> np.ndarray:
    return np.array(column.values, dtype=object)[column.codes] if len(column.codes) else np.zeros(0, dtype=object)


def _outside_names(lines) -> set[str]:
    """The forms of the names of people from outside the council that `lines` name with their role ("Jane Doe",
    "Dr Jane Doe", "Ms Doe", "Dr Doe"): the full name with and without its title, and the surname after any title."""
    forms = set()
    for line in lines:
        for pattern in (_NAME_THEN_ROLE, _ROLE_THEN_NAME):
            for match in pattern.finditer(line):
                words = match["name"].replace(".", "").split()
                if words[0] in _TITLES:
                    words = words[1:]
                if len(words) < 2:
                    continue
                forms.add(" ".join(words))
                forms.update(f"{title} {words[-1]}" for title in _TITLES)
                forms.update(f"{title} {' '.join(words)}" for title in _TITLES)
    return forms
