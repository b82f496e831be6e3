"""Whether a sub-theme labelled by one named field term is ABOUT that term, not only writes a word of it.

Blind readers (reads 71-78, tuning) rejected a label that is a named term of the field alone ("Child death overview
panels", "Common assessment framework", "Family group conferences") when the theme had gathered on one common word
of the term ("panel" of adoption and fostering panels, "assessment" of assessments of every kind, "family") and only a
minority of its findings were on the body or tool the term names: "only about half on CDOP; rest adoption and
placement panels", "only 2 of 10 about CAF". A finding is on the term when it writes it in its sense (the sense rows
`sense_terms.in_sense` gives: whole, by the glossary's abbreviation, by its distinctive words) or by a synonym of the
field (`vocabulary.canonical`: "looked after children" for "children in care"). Such a label is about its findings
when HALF of them are on the term, or when HALF of them write the wider field term it is a kind of - its words but
its head, itself a field term ("child protection" of "child protection plans" and "child protection conferences",
accepted by readers at 39-41% on the plans or conferences themselves).

    synonym_rows(covers, theme, term) -> (members,) bool: which findings write the term by a field synonym
    off_term_word(covers, theme, term, sense_rows) -> the term's word the findings gathered on, when they are not
        about the term; None when they are
"""

from __future__ import annotations

import re

import numpy as np

from pipeline.themes.name_checks import field_term_set
from pipeline.themes.vocabulary import JOINING, canonical

# Least share of the findings on a named term said alone for the label to say it (reads 71-78, tuning: rejected such
# labels were written in their sense by 32-48% of their findings, accepted ones by 50% or more but for the kinds of a
# wider field term, 39-41%).
HALF = 0.5


def _words(term: str) -> list[str]:
    return [w for w in re.findall(r"[a-z][a-z'’-]*[a-z]|[a-z]", term.lower()) if w not in JOINING]


def synonym_rows(covers, theme: int, term: str) -> np.ndarray:
    """(members of `theme`,) bool: which of its findings write `term` as the field writes it by another name (its
    canonical form, `vocabulary.canonical`, inside the finding's canonical form)."""
    said = canonical(term)
    said = said[:-1] if said.endswith("s") else said  # singular or plural
    pattern = re.compile(rf"(?<![a-z]){re.escape(said)}")
    return np.array([bool(pattern.search(canonical(covers.texts[int(i)]))) for i in covers.members[theme]],
                    dtype=bool)


def wider_term(term: str) -> str | None:
    """The field term `term` is a kind of: its words but its head, when they are a field term themselves ("child
    protection" of "child protection plans"); None otherwise."""
    words = term.lower().split()
    if len(words) < 3 or tuple(words[:-1]) not in field_term_set():
        return None
    return " ".join(words[:-1])


def off_term_word(covers, theme: int, term: str, sense_rows: np.ndarray) -> str | None:
    """For a named term said alone over findings under HALF of which are on it (see the module), nor HALF on the
    wider term it is a kind of: the word of the term its findings write most (what the theme gathered on); None
    when they are about the term."""
    if not len(sense_rows) or float((sense_rows | synonym_rows(covers, theme, term)).mean()) >= HALF:
        return None
    wider = wider_term(term)
    if wider and covers.written(theme, wider) >= HALF:
        return None
    return max(((covers.share(theme, w), w) for w in _words(term)), default=(0.0, None))[1]


def including_term(covers, theme: int, term: str, word: str | None) -> str | None:
    """"<Word>, including <term>" for a named term off its findings whose word they gathered on HALF of them write
    ("Panels, including child death overview panels": panels of every kind, the named one among them), the word in
    the plural when the term or the findings write it so; None otherwise."""
    if not word or covers.share(theme, word) < HALF:
        return None
    one = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    plural = re.compile(rf"(?<![a-z]){re.escape(one)}s(?![a-z])")
    said = one + "s" if word != one or any(plural.search(text.lower()) for text in covers.texts_of(theme)) else one
    return f"{said[:1].upper()}{said[1:]}, including {term[:1].lower()}{term[1:]}"
