"""Every part a broad label lists is borne out by what its findings write (`parts_borne_out`), and no listing says
less than its findings do (`plain_over_related`: "Assessments and related topics" -> "Assessments";
`kinds_borne`: "Care, action and other plans" -> "Plans, including care plans").

Read 57 judged "Statistics on schools and school attendance" wrong: its second sub-theme, "School attendance and
attainment", is on attainment (31% of its findings write it, 4% attendance), and the check that a part is held
(`named_parts.part_held`) counted it held because "school attendance" opens the field topic "School attendance and
attainment", whose terms (attainment among them) 34% of the broad theme write. A part that is only a piece of a
field topic's name is borne out by its own words: those no other part of the label says ("attendance" beside
"schools"). A part under BORNE of the findings gives way to another piece of the label of the sub-theme it came from
that is borne out ("attainment"), or, in a listing of three or more, goes.

Read 57 judged "Assessments and related topics" wrong ("placeholder wording: 8 of 10 are plainly on the quality and
timeliness of assessments; 'Assessments' would do") over a broad theme 63% of whose findings write "assessment", and
"Care, action and other plans" wrong ("almost none are on action plans": 5% write "action plan", 10% "care plan",
76% "plan").
"""

from __future__ import annotations

import re
from typing import Callable

import numpy as np

from pipeline.themes.broad_names import OTHER_SENSE, part_stems
from pipeline.themes.broad_parts import label_parts
from pipeline.themes.capitals import capitalised
from pipeline.themes.field import term_pattern
from pipeline.themes.label_text import inner, joined_list, listed_text
from pipeline.themes.name_checks import name_problems
from pipeline.themes.vocabulary import JOINING, POPULATION, fold, stem_of

# Least share of a broad theme's findings that write a part of its label for the part to stay: a reader of ten of
# them meets it about once (read 42: parts of 1 to 7 in 100 judged absent; read 57: "school attendance", 3 in 100).
BORNE = 1 / 10
# Least share of a broad theme's findings on X for "X and related topics" to be said "X": most of what a reader meets.
PLAIN = 1 / 2
RELATED = re.compile(r"^(?P<x>.+) and related (?:topics|findings)$")
FIGURE_KINDS = re.compile(r"^Statistics: (?:changes over time|comparisons with national averages)")
KINDS = re.compile(r"^(?P<kinds>.+) and other (?P<head>\w+)$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def whole_terms(part: str, covers) -> tuple[str, ...] | None:
    """The terms of the field topic or field theme whose whole name `part` is ("Workforce churn", "Children missing
    from home or care"); None when it is no whole name (a piece of one: "School attendance" of "School attendance
    and attainment")."""
    from pipeline.themes.field import read_field_themes

    named = list(covers.concepts().terms.items()) + [(theme.label, tuple(theme.terms)) for theme in read_field_themes()]
    bare = part.strip().lower()
    for label, terms in named:
        if bare == label.lower():
            return terms
    return None


def own_words(part: str, others: list[str]) -> list[str]:
    """The content words of `part` that say what no other part says (by stem; people and joining words aside);
    all its content words when none does."""
    taken = set().union(*(part_stems(other) for other in others)) if others else set()
    # a field term of its own sense is one word ("corporate parenting" is not "parents": `broad_names.OTHER_SENSE`)
    terms = [term.group(0).lower() for term in OTHER_SENSE.finditer(part)]
    words = terms + [w.lower() for w in _WORD.findall(OTHER_SENSE.sub("", part))
                     if re.sub(r"['’]s$", "", w.lower()) not in POPULATION | JOINING]
    own = [w for w in words if not part_stems(w) <= taken]
    return own or words



# People words that name a subject of their own, unlike the children every finding is on ("Work with families",
# "Parents"), each as its findings write it (read 98: "Parents and corporate parenting board" left out the largest
# sub-theme, "Work with families", 31% of it, 93% of whose findings write "family"; a part of people words alone is
# read by nothing else here, `own_words`).
KIN = {"family": r"famil(?:y|ies)", "parent": r"parents?"}
SERVED = {"child", "children", "young", "people", "person"}  # (folded) the children every finding is on


def kin_rows(covers, theme: int, part: str) -> np.ndarray | None:
    """(n members of `theme`,) bool: its findings that write a kin word of `part` (`KIN`: "families" of "Work with
    families") in its own sense, never as a piece of a field term of another sense ("corporate parents": OTHER_SENSE);
    None when `part` has a content word, no kin word (people and joining words aside) or names the children too
    ("Young people and families": the whole field, no subject)."""
    words = [fold(w.lower()) for w in _WORD.findall(part)]
    if any(w not in POPULATION | JOINING or w in SERVED for w in words):
        return None
    kin = [KIN[w] for w in dict.fromkeys(words) if w in KIN]
    if not kin:
        return None
    pattern = re.compile(r"(?<![a-z])(?:" + "|".join(kin) + r")(?![a-z])")
    return np.array([bool(pattern.search(OTHER_SENSE.sub(" ", covers.lower(int(i)))))
                     for i in covers.members[theme]], dtype=bool)


def terms_of_own(terms: tuple[str, ...], own: list[str]) -> tuple[str, ...]:
    """The terms that share a word (by its first five letters) with the `own` words: "attendance", not
    "attainment", of the field topic "School attendance and attainment" for the part "School attendance"."""
    heads = {fold(w)[:5] for w in own}
    return tuple(term for term in terms
                 if any(fold(w.lower().strip("*"))[:5] in heads for w in _WORD.findall(term)))


def borne_rows(covers, theme: int, part: str, others: list[str]) -> np.ndarray:
    """Which of the theme's findings bear `part` out: that write all its content words, or any of its own words
    (`own_words`; all of them, when it has none but people words), or a term of the field topic or theme it names
    (every term when it names the whole; when it names a piece of one, the terms that share a word with its own
    words: `named_parts.known_terms`)."""
    own = own_words(part, others)
    if not own:  # all people words ("Children in care", "Social work with children"): not read here
        return np.ones(len(covers.members[theme]), dtype=bool)
    rows = covers.of(theme, part).copy()
    for word in own:
        rows |= covers.of(theme, word)
    return rows | term_rows(covers, theme, part, own)


def term_rows(covers, theme: int, part: str, own: list[str]) -> np.ndarray:
    """(n members of `theme`,) bool: its findings that write a term of the field topic or theme `part` names - every
    term when it names the whole (`whole_terms`), else the terms of the one it names a piece of that share a word with
    `own` (`named_parts.known_terms`, `terms_of_own`); none when it names none."""
    from pipeline.themes.named_parts import known_terms

    terms = whole_terms(part, covers)
    if terms is None:
        known = known_terms(part, covers)
        terms = terms_of_own(known, own) if known else None
    if not terms:
        return np.zeros(len(covers.members[theme]), dtype=bool)
    pattern = term_pattern(terms)
    return np.array([bool(pattern.search(covers.texts[int(i)])) for i in covers.members[theme]], dtype=bool)


def part_borne(covers, theme: int, part: str, others: list[str]) -> float:
    """Share of the theme's findings that bear `part` out (`borne_rows`) beside the label's `others` parts."""
    rows = borne_rows(covers, theme, part, others)
    return float(rows.mean()) if len(rows) else 0.0


def _pieces(child: str) -> list[str]:
    """The topics a sub-theme's label names, in order ("School attendance and attainment" -> "School attendance",
    "attainment"; "Mixed findings: A and B" -> A, B)."""
    return [piece for piece in re.split(r", including |, | and ", listed_text(child)) if piece]


def _said(opening: str, parts: list[str]) -> str:
    """`parts` listed ("A, B and C") after `opening`, or capitalised when there is none."""
    text = joined_list([inner(part) for part in parts])
    return opening + text if opening else capitalised(text)


def cut_of_pair(covers, theme: int, child: str) -> bool:
    """Whether a sub-theme's label is two single words joined by "and" that the broad theme's findings write as one
    phrase ("Brothers and sisters": most findings that write either word write the pair), so either word alone is a
    cut of it ("Brothers" beside parents: read 69, "nothing on brothers"); not two topics written apart ("Adoption
    and permanence")."""
    halves = [half.strip() for half in child.split(" and ")]
    if len(halves) != 2 or any(len(_WORD.findall(half)) != 1 for half in halves):
        return False
    stems = [re.escape(stem_of(fold(half.lower()))) + r"[a-z'’]*" for half in halves]
    pair = re.compile(r"(?<![a-z])" + r"\s+and\s+".join(stems))
    texts = [covers.lower(int(i)) for i in covers.members[theme]]
    for stem in stems:
        one = re.compile(r"(?<![a-z])" + stem)
        writing = [text for text in texts if one.search(text)]
        if writing and sum(bool(pair.search(text)) for text in writing) / len(writing) >= PLAIN:
            return True
    return False


def other_topics(covers, theme: int, children: list[tuple[str, int]], said: list[str]) -> list[str]:
    """The topics its sub-themes' labels name (`_pieces`, largest sub-theme first, each holding BORNE of it) that
    say nothing `said` does (by stem) and that BORNE of the broad theme's findings bear out, the most borne first,
    each saying something the ones before do not; none cut from a pair of words (`cut_of_pair`).
    children: (label, size) of its sub-themes."""
    seen = set().union(*(part_stems(part) for part in said)) if said else set()
    found = []
    total = sum(size for _, size in children)
    for child, size in sorted(children, key=lambda item: -item[1]):
        if size < BORNE * total:
            break  # a sub-theme a reader of ten of its findings meets less than once names no part
        if cut_of_pair(covers, theme, child):
            continue  # "Brothers" of "Brothers and sisters" is a cut word, not a topic
        for piece in _pieces(child):
            stems = part_stems(piece)
            if not stems or stems & seen or name_problems([capitalised(piece)]) \
                    or not own_words(piece, said):  # all people words: nothing a reader could look for
                continue
            share = part_borne(covers, theme, piece, said)
            if share >= BORNE:
                seen |= stems
                found.append((share, piece))
    return [piece for _, piece in sorted(found, key=lambda item: -item[0])]


def parts_borne_out(label: str, covers, theme: int, children: list[tuple[str, int]]) -> str:
    """`label` ("A and B", "A, B and C", "Statistics on A and B", "Mixed findings: A and B") with each part fewer than
    BORNE of the broad theme's findings bear out (`part_borne`) said by the topic of its sub-themes' labels that most
    of them bear out and no other part says (`other_topics`: "Statistics on schools and school attendance" ->
    "Statistics on schools and attainment"), else, in a listing of three parts or more, left out; `label` as it is
    when nothing changes or fewer than two parts would stay. children: (label, size) of its sub-themes."""
    if KINDS.match(label) or FIGURE_KINDS.match(label):
        return label  # kinds of one thing ("Pathway, care and other plans"), or what figures say, not topics
    opening, parts = label_parts(label)
    statistics = re.match(r"Statistics on (.+)$", label)
    if statistics:
        opening, parts = "Statistics on ", label_parts(capitalised(statistics.group(1)))[1]
    if len(parts) < 2:
        return label
    short = [part for part in parts
             if part_borne(covers, theme, part, [other for other in parts if other != part]) < BORNE]
    if not short or len(short) > len(parts) / 2:
        return label  # most of its parts unborne: a grab-bag whose listing a swap of parts would not mend
    kept, changed = list(parts), False
    for i, part in enumerate(parts):
        others = [p for j, p in enumerate(kept) if j != i and p]
        if part_borne(covers, theme, part, others) >= BORNE:
            continue
        instead = other_topics(covers, theme, children, others + [part])
        if not instead and len(parts) < 3:
            continue
        kept[i], changed = (instead[0] if instead else ""), True
    kept = [part for part in kept if part]
    if not changed or len(kept) < 2:
        return label
    return _said(opening, kept)


def plain_over_related(label: str, covers, theme: int, children: list[tuple[str, int]],
                       avoid: Callable[[str], bool] = lambda said: False) -> str:
    """"X" for "X and related topics" (or "... findings") when PLAIN of the broad theme's findings bear X out: the
    placeholder says less than its findings do (read 57: "Assessments and related topics", 63% on assessments); when
    "X" alone is to be avoided (a lone generic word), X and the two topics of its sub-themes most borne out
    (`other_topics`). avoid: whether a label may not be given."""
    related = RELATED.match(label)
    if not related or part_borne(covers, theme, related.group("x"), []) < PLAIN:
        return label
    own = related.group("x")
    if not avoid(own):
        return own
    more = other_topics(covers, theme, children, [own])[:2]
    return _said("", [own] + more) if more else label


def _written(texts: list[str], pattern: str) -> float:
    """Share of `texts` (lower case) that `pattern` is found in."""
    found = re.compile(pattern)
    return sum(bool(found.search(text)) for text in texts) / len(texts) if texts else 0.0


def kinds_borne(label: str, covers, theme: int) -> str:
    """"A, B and other Cs" ("Care, action and other plans") with only the kinds that BORNE of the broad theme's
    findings write ("care plan"), when some are not: "Cs, including A Cs" when one is left ("Plans, including care
    plans"), "Cs" when none is and most of its findings write the head; else `label`."""
    listed = KINDS.match(label)
    if not listed:
        return label
    head = listed.group("head").lower()
    kinds = [kind for kind in re.split(r", | and ", listed.group("kinds")) if kind]
    singular = re.sub(r"s$", "", head)
    texts = [covers.lower(int(i)) for i in covers.members[theme]]
    written = [kind for kind in kinds
               if _written(texts, rf"\b{re.escape(kind.lower())}[ -]{re.escape(singular)}") >= BORNE]
    if len(written) == len(kinds):
        return label
    if not written:  # most write the head, few a kind of it: the kind written most, when more write it than any other
        shares = sorted(((_written(texts, rf"\b{re.escape(kind.lower())}[ -]{re.escape(singular)}"), kind)
                         for kind in kinds), key=lambda item: -item[0])
        if covers.share(theme, singular) < PLAIN or not shares[0][0] \
                or any(share >= shares[0][0] for share, _ in shares[1:]):
            return label
        written = [shares[0][1]]
    if len(written) == 1:
        return f"{head[:1].upper()}{head[1:]}, including {inner(written[0])} {head}"
    return f"{joined_list([inner(kind) for kind in written])[:1].upper()}" \
           f"{joined_list([inner(kind) for kind in written])[1:]} and other {head}"
