"""Every part a label names is written by a share of its theme's findings (blind read 42).

A reader of ten findings judges each part of a label by what the findings write: a part few of them write is absent
(read 42: broad "Early help, children in care and health assessments", health assessments in 7 in 100; "Assessments,
information and child death overview panels", 6 in 100), a term half of them write, where nearly all write its head,
names a part of them as if it were the whole ("Child death overview panels" over panels of many kinds, "Agency
decision-maker" over decision-making, "Private fostering" over a theme two thirds on it and all on fostering), and a
broad label that names one minor part says nothing of the rest ("Mixed findings, one in six on children looked
after" over the bundled run's largest broad theme). Three checks, each a change only where the findings clearly say
otherwise:

    word_over_term     a sub-theme's term fewer than TERM_SHARE of its findings write, whose head nearly all
                       (ALL_SHARE) write, is said as that head, the term its part ("Panels, including child death
                       overview panels")
    broad_parts_held   a part of a broad label fewer than BROAD_PART of its findings are on (its words, or the terms
                       of the field topic or field theme it names) is said by its head when they write that, else goes
                       while two parts stay ("Early help and children in care")
    whole_over_minor   a broad label of one minor part is said by what its sub-themes are about ("Mixed findings:
                       children in care, voice and participation of children")
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

from pipeline.themes.broad_parts import NOT_HEADS, HEAD_LIFT, label_parts
from pipeline.themes.capitals import capitalised
from pipeline.themes.fallback_names import FLOOR
from pipeline.themes.field import term_pattern
from pipeline.themes.label_text import inner, is_topic, joined_list
from pipeline.themes.mixed_heads import ALL_SHARE
from pipeline.themes.name_checks import VAGUE_WORDS, opens_with_participle, name_problems, noun_phrases
from pipeline.themes.vocabulary import (POPULATION, CONNECTORS, DETERMINERS, DOMAIN_STOP_WORDS, EDGE_WORDS, JOINING,
                                         label_key, fold)

# Least share of a sub-theme's findings that write its term for the term to name all of it, when nearly all of them
# (ALL_SHARE) write one of its words: read 42 judged terms written by 42-49% of such themes wrong, read 40 and 42 one
# written by 55-66% ("Private fostering", 66%, over a theme 99% on fostering: "only half on private fostering").
TERM_SHARE = 0.7
# Least share of a broad theme's findings that write a part of its label (`label_parts`) for the part to stay: read 42
# judged parts of 1 to 7 in 100 absent, and the labels wrong or borderline (see the module).
BROAD_PART = 0.1
MIXED = re.compile(r"^(?:Mixed findings|Statistics)\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def compound_word(word: str) -> bool:
    """Whether `word` (lower case) may be what a label's findings share: no joining word, people word, frame word
    ("arrangements", "service") or vague word ("team"); a general word ("panels", "decision") may, as the label
    says its part with it."""
    key = fold(word)
    return len(word) > 2 and not {key, word} & (NOT_HEADS | CONNECTORS | DETERMINERS | POPULATION | EDGE_WORDS
                                                | DOMAIN_STOP_WORDS | VAGUE_WORDS | {"and", "or"})


def _form(covers, theme: int, word: str, plural: bool = False) -> str:
    """How the theme's findings most write `word`: a compound of it when more of them write that than the word alone
    ("decision-making" of "decision"), else the word, in the plural when `plural` or the run's findings write it so in
    FLOOR of their uses (`part_kinds.plural_share`: "decisions"; "fostering" has none)."""
    from pipeline.themes.part_kinds import plural_share

    bare = re.escape(word)
    compound = re.compile(rf"\b(?:[a-z]+-)+{bare}s?\b|\b{bare}s?(?:-[a-z]+)+\b")
    alone = re.compile(rf"(?<![a-z-]){bare}s?(?![a-z-])")
    compounds, plain = Counter(), 0
    for i in covers.members[theme]:
        text = covers.lower(int(i))
        compounds.update(set(compound.findall(text)))
        plain += bool(alone.search(text))
    best = compounds.most_common(1)
    if best and best[0][1] > plain:
        return best[0][0]
    if not plural and plural_share(covers, word) < FLOOR:
        return word
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


def _heads(label: str) -> list[str]:
    """The head of a term, singular: its last word, or each piece of it when hyphenated ("decision" and "maker" of
    "decision-maker")."""
    last = label.split()[-1].lower() if label.split() else ""
    return [re.sub(r"(?<=[^s])s$", "", piece) for piece in last.split("-") if piece]


def term_word(covers, theme: int, label: str) -> str | None:
    """The label said as its head word, the label its part ("Panels, including child death overview panels"), when it
    is one term of nouns and modifiers (no "of", "to", "and" ...) fewer than TERM_SHARE of its findings write while
    ALL_SHARE write its head (its last word, singular; a piece of it when hyphenated: "decision" of
    "decision-maker"), HEAD_LIFT times as often as all findings, a noun or gerund of no people or frame; else None."""
    words = [w.lower() for w in _WORD.findall(label)]
    if MIXED.match(label) or not is_topic(label) or ", " in label or len(words) < 2 \
            or set(words) & JOINING or opens_with_participle(label) \
            or len(covers.members.get(theme, ())) < 5 \
            or _term_share(covers, theme, label) >= TERM_SHARE:
        return None
    last = label.split()[-1].lower()
    for head in _heads(label):
        share = covers.share(theme, head)
        if not compound_word(head) or share < ALL_SHARE or share < HEAD_LIFT * covers.share_all(head) \
                or not (head.endswith("ing") or noun_phrases([head])):
            continue
        word = _form(covers, theme, head, plural=last.endswith("s") and not head.endswith("s"))
        if fold(word) == fold(label.lower()) or ("-" in word and word in label.lower()):
            continue
        said = f"{word[:1].upper()}{word[1:]}, including {inner(label)}"
        return None if name_problems([said]) else said
    return None


def _term_share(covers, theme: int, label: str) -> float:
    """Share of the theme's findings that write the term `label`: its words, or its abbreviation in the field's
    glossary ("MASH" of "Multi-agency safeguarding hub")."""
    from pipeline.themes.cluster_text import read_glossary

    short = [a for a, forms in read_glossary().items() if label.lower() in {f.lower() for f in forms}]
    rows = covers.of(theme, label).copy()
    for abbreviation in short:
        rows |= covers.of(theme, abbreviation)
    return float(rows.mean()) if len(rows) else 0.0



def word_over_term(labels: dict[int, str], covers, keep: set[int] = frozenset()) -> dict[int, str]:
    """Sub-theme labels (theme -> label) with each term that names a part of what its findings share said by the word
    they share (`term_word`), when no other label has it. covers: a Coverage of the sub-themes; keep: themes whose
    labels stay (the field themes')."""
    out = dict(labels)
    have = {label_key(label) for label in out.values()}
    for theme in sorted(labels):
        said = None if theme in keep else term_word(covers, theme, labels[theme])
        if said and label_key(said) not in have:
            have.discard(label_key(labels[theme]))
            have.add(label_key(said))
            out[theme] = said
    return out


def known_terms(part: str, covers) -> tuple[str, ...] | None:
    """The terms of the field topic or field theme `part` names: its label, the first of the two things its label
    joins ("Court work" of "Court work and care proceedings"), or one of its terms ("Senior leadership" of "senior
    leader*"); None when it names none."""
    from pipeline.themes.field import read_field_themes

    named = [(label, terms) for label, terms in covers.concepts().terms.items()]
    named += [(theme.label, tuple(theme.terms)) for theme in read_field_themes()]
    bare = part.strip().lower()
    for label, terms in named:
        if bare in (label.lower(), label.lower().split(" and ")[0]) or term_pattern(terms).fullmatch(bare):
            return terms
    return None


def _broad_parts(label: str, covers) -> tuple[str, list[str]]:
    """(opening, parts) of a broad listing label as `label_parts` reads it, a pair that is a field topic's label kept
    whole ("Case files, learning reviews, timeliness and delay": "timeliness and delay" one part); ("", []) for a
    listing of kinds ("Pathway, care and other plans"), one part of which names the rest."""
    opening, parts = label_parts(label)
    if re.search(r"\bother \w+$", label):
        return "", []
    for i in range(len(parts) - 1):
        pair = f"{parts[i]} and {parts[i + 1]}"
        if known_terms(pair, covers) is not None and label.endswith(pair):
            return opening, parts[:i] + [pair]
    return opening, parts


def _on_part(covers, theme: int, part: str) -> np.ndarray:
    """Which of the theme's findings are on `part` (row for row with `covers.members[theme]`): that write all its
    content words, or, when it names a field topic or field theme (`known_terms`), any of its terms ("Workforce churn":
    "turnover", "agency staff")."""
    rows = covers.of(theme, part).copy()
    terms = known_terms(part, covers)
    if terms:
        pattern = term_pattern(terms)
        rows |= np.array([bool(pattern.search(covers.texts[int(i)])) for i in covers.members[theme]], dtype=bool)
    return rows


def part_held(covers, theme: int, part: str) -> float:
    """Share of the broad theme's findings on `part` (`_on_part`)."""
    rows = _on_part(covers, theme, part)
    return float(rows.mean()) if len(rows) else 0.0


def _held_head(covers, theme: int, part: str, others: list[str]) -> str | None:
    """The head of a part (`_heads`) said in its place when BROAD_PART of the broad theme's findings write it,
    HEAD_LIFT times as often as all findings, a noun or gerund of no people, frame or vague word, that no other part
    holds ("decisions" of "agency decision-maker" beside "Information"); None when there is none."""
    for head in _heads(part):
        share = covers.share(theme, head)
        if not compound_word(head) or share < BROAD_PART or share < HEAD_LIFT * covers.share_all(head) \
                or not (head.endswith("ing") or noun_phrases([head])) \
                or any(fold(head) in {fold(w.lower()) for w in _WORD.findall(other)} for other in others):
            continue
        return _form(covers, theme, head, plural=part.lower().endswith("s") and not head.endswith("s"))
    return None


def broad_parts_held(label: str, covers, theme: int) -> str:
    """`label`, a broad theme's listing ("A, B and C", "Mixed findings: A, B and C"), with each part fewer than
    BROAD_PART of its findings are on (`part_held`) said by its head when they write that (`_held_head`:
    "Information, decisions, actions and timescales"), else left out while two parts stay ("Early help, children in
    care and health assessments" -> "Early help and children in care"); `label` as it is when no part is short or
    fewer than two would stay. covers: a Coverage of the broad themes."""
    opening, parts = _broad_parts(label, covers)
    if len(parts) < 3 and not opening:
        return label  # "A and B": a part left alone would name the whole by one part
    kept, changed = [], False
    for part in parts:
        if part_held(covers, theme, part) >= BROAD_PART:
            kept.append(part)
            continue
        changed = True
        head = _held_head(covers, theme, part, [other for other in parts if other != part])
        if head:
            kept.append(head)
    if not changed or len(kept) < 2:
        return label
    text = joined_list([inner(p) for p in kept])
    return opening + text if opening else capitalised(text)


# A broad label that names a minor part of its theme as if it were the whole ("Mixed findings, one in six on children
# looked after" over the bundled run's largest broad theme: a reader's first sight of the report).
MINOR_WHOLE = re.compile(r"^Mixed findings, (?:mostly (?:strengths|shortfalls), )?one in \w+ on (.+)$")
MINOR_OF_CHILD = re.compile(r"^Mixed findings(?:, mostly (?:strengths|shortfalls))?, one in \w+ on (.+)$")


def whole_over_minor(label: str, covers, theme: int, children: list[tuple[str, int]]) -> str:
    """`label`, or, when it names one minor part of a broad theme ("Mixed findings, one in six on X"), what its
    sub-themes are about, said as a mixture ("Mixed findings: A, B and C"): the topics of its sub-themes
    (`broad_names.topic_part`) and the parts its mixed sub-themes name ("one in nine on A"), largest sub-theme first,
    each saying something the ones before do not, each on at least BROAD_PART of its findings (`part_held`), two or
    three of them, together on at least `broad_names.LISTED_SHARE` of it. children: (label, size) of its
    sub-themes. covers: a Coverage of the broad themes."""
    from pipeline.themes.broad_names import LISTED_SHARE, distinct_parts, topic_part

    if not MINOR_WHOLE.match(label) or len(children) < 2:
        return label
    subjects = []
    for child, _ in sorted(children, key=lambda item: -item[1]):
        minor = MINOR_OF_CHILD.match(child)
        part = minor.group(1) if minor else topic_part(child, pair=True)
        subjects.append(capitalised(part) if part else "")
    parts = [p for p in distinct_parts(subjects, most=len(subjects)) if part_held(covers, theme, p) >= BROAD_PART][:3]
    if len(parts) < 2:
        return label
    on = np.zeros(len(covers.members[theme]), dtype=bool)
    for part in parts:
        on |= _on_part(covers, theme, part)
    if float(on.mean()) < LISTED_SHARE:
        return label
    return f"Mixed findings: {joined_list([inner(p) for p in parts])}"
