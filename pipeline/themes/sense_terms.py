"""Sub-theme labels whose named term the findings share only one common word of, said by what they do share.

A theme gathered on a word used in many senses ("group", "family", "long", "information", "staff", "child") is often
named by a field term that holds that word: "Family group conferences" over family finding and groups of children,
"Groups, including core groups" over sibling, age and sub-groups, "Permanence and stability" over waiting too long
and long-term neglect (its topic counts "long-term"), "Staff, including frontline staff" over findings that mention
staff in passing. Blind readers rejected such labels in reads 71-74 (tuning): "only 3 of 10 on FGCs", "lexical
'groups' cluster", "findings share the word long-term; few about permanence".

A named term is said only when its findings write it in its sense (`in_sense`): the whole term (its words in order, or
its abbreviation: `Coverage.written`) or all its distinctive words (a word of the term is distinctive when at least
DISTINCT of all the findings that write it write the term's other words too: "death" of "child death overview panels",
never "child" or "panels"). The rule reads a label's first listed part when it is a field term of two words or more
(`name_checks.field_term_set`: the glossary's expansions, the field's synonyms) or a field topic's label
(`pipeline/data/topic_concepts.csv`), and its part after "including"; in "Mixed findings: X" of one phrase X (no field
topic, no list) it reads X as a named term: the form promises X as what a fair part of the findings share, and read 75
(tuning) rejected "Mixed findings: living in poverty" over findings 95% of which write "living" and 26% of poverty
("poverty only a few; others independent living and unrelated 'living'"); such a label is said only by a field topic its
findings fit (`Concepts.fitting`), alone or the first of two. So is a label of one phrase that is no field term, but
only by one field topic alone that holds no form of the word the theme gathered on (labels58: "Living in poverty" over
findings 95% of which write "living", 34% "living in poverty", rejected in reads 82 and 84 as the colon form was in
read 75, -> "Deprivation and poverty"; "Placement stability", accepted every time, is not said "Placements and
sufficiency"). A term is not borne out (`unborne`) when the theme
gathered on one of its words - written by SENSE of the findings, SPREAD times as often as the term in its sense and LIFT
times as often as all findings ("child", which nearly every finding writes, never is) - and under SENSE of the findings
write the term so, or under HALF while ALL of them write that word ("family" 95%, "family group conference" 46%). A
named term's head alone refers back to it ("the board"), so only its other words count. A field topic's label is not
borne out when LEAST of the findings write the topic but, leaving out each of its terms of two words or more one word of
which (not a word of the label) the findings write SPREAD times as often as the term and by SENSE of them ("long" of
"long-term"), under LEAST of them do.

Such a label is said, the first of these that is free and passes the label checks (read on the theme's findings):
by its other listed parts, when SENSE of the findings write each (LEAST a topic's); by another field topic the
findings fit (`Concepts.fitting`) that is itself borne out;
by the phrase of its own `rejected_forms.SUBJECT` of its findings write (`inside_names.own_parts`); none of these
holding the word the theme gathered on but as the kinds of it the findings name (`head_kinds.kinds_of_word`: "Core,
sibling and other groups"), which for a part after "including" must still name that part; else, but for a part
after "including" (whose head is that word already), by the two field topics most written in their sense, each by
PART of the findings and together by SENSE ("Timeliness and delay, permanence and stability"). A named term said
alone is also not borne out when its findings are not ABOUT it (`about_terms.off_term_word`: under half of them on
it or on the wider field term it is a kind of); such a term, failing either test, is said last as the word its
findings gathered on, including the term (`about_terms.including_term`: "Panels, including child death overview
panels"). A theme with none of these keeps its label.

The kinds of the word are not said when few of the findings write them, nearly all write the word
(`kinds_held.kinds_said`) and a fifth write it on its own (`kinds_held.in_own_sense`: "the provision of services",
"areas for development"), labels57: the findings use the word in a sense of its own, of which the kinds are no kinds,
and `scant_kinds` has said them already by the word with its most written kind ("Provision, including alternative
provision"), which saying the list again undid. TUNING, reads 76-83: "Alternative, ... and other provision" and
"Professional, workforce and other developments" drew 8 rejecting verdicts of 11 (on run 9750 both were made so from
the word's wording); sub labels "W, including a kind of W" were accepted in 39 of 43.

    sense_terms(labels, covers, keep, taken) -> labels with each unborne term said by what the findings share
"""

from __future__ import annotations

import re
from itertools import chain

import numpy as np

from pipeline.themes.about_terms import including_term, off_term_word
from pipeline.themes.capitals import capitalised
from pipeline.themes.cluster_text import read_glossary
from pipeline.themes.concepts import LEAST, read_exclusions
from pipeline.themes.field import term_pattern, term_uses
from pipeline.themes.head_kinds import kinds_of_word
from pipeline.themes.inside_names import own_parts
from pipeline.themes.kinds_held import in_own_sense, kinds_said
from pipeline.themes.label_text import inner, joined_list
from pipeline.themes.name_checks import field_term_set, name_problems
from pipeline.themes.rejected_forms import REJECTED, SUBJECT
from pipeline.themes.siblings import each_relabelled
from pipeline.themes.topic_words import written_topic
from pipeline.themes.vocabulary import JOINING, fold, label_key, stem_of

# Least share of a theme's findings that write a named term in its sense for the label to say it: a named subject
# under about four in ten of the findings was the commonest "wrong" verdict (reads 23-74).
SENSE = 0.4
# ... and the share under which a term is not said when one of its words is written SPREAD times as often (read 74,
# tuning: "Family group conferences" 41% beside "family" 95%, "Groups, including core groups" 49% beside "groups"
# 95%, both rejected; "Child death overview panels" 89% and 84% beside "child" 70% and 63%, accepted).
HALF = 0.5
SPREAD = 1.5
ALL = 0.9  # ... when nearly all of them (this share) write it
# Least times as often as all findings the theme's findings write the word it gathered on: "child", which nearly
# every finding writes ("Child protection conferences" beside "child" 80%, 1.7 times all findings), is no such word.
LIFT = 3.0
# Least share of all the findings writing a word of a term that write the term's other words too, for the word to
# stand for the term (its distinctive words).
DISTINCT = 0.5
# Least share of the findings each of two field topics is written by, in its sense, for a theme left with no other
# wording to be said by the two ("Timeliness and delay, permanence and stability": 27% and 24% over "too long" and
# "long-term", read 74).
PART = 0.2

_PLACEHOLDER = re.compile(r", (?:various aspects|further findings)$")
# "Mixed findings: X" of one phrase X, no field topic: X is read as a named term (see the module)
_ONE_MIXED = re.compile(r"^Mixed findings: ((?:(?!, | and ).)+)$")


def _words(term: str, hyphens: bool = False) -> list[str]:
    """The content words of a term ("family group conferences" -> family, group, conferences); hyphens: a
    hyphenated word's parts as words ("long-term" -> long, term), else the word whole, as `Coverage` reads it."""
    text = term.lower().replace("-", " ") if hyphens else term.lower()
    return [w for w in re.findall(r"[a-z][a-z'’-]*[a-z]|[a-z]", text) if w not in JOINING]


def _plain(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())


def _abbreviations_holding(term: str) -> list[str]:
    """The glossary's abbreviations whose expansion, singular or plural, holds `term` ("LSCB" for "safeguarding
    children board", "MASH" for "multi-agency safeguarding hub")."""
    plain = _plain(term)
    return sorted(a for a, forms in read_glossary().items()
                  if any(re.search(rf"(?<![a-z]){re.escape(plain)}(?![a-z])", _plain(form)) for form in forms))


def in_sense(covers, theme: int, term: str) -> np.ndarray:
    """(members of `theme`,) bool: which of its findings write `term` in its sense (see the module)."""
    rows = covers.written_rows(theme, term).copy()
    words = _words(term)
    held = _abbreviations_holding(term)
    if held:  # an abbreviation of a longer term that holds it ("LSCB" of "safeguarding children board")
        pattern = re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(a.upper()) for a in held) + r")s?(?![A-Za-z])")
        rows |= np.array([bool(pattern.search(covers.texts[int(i)])) for i in covers.members[theme]], dtype=bool)
    together = covers.share_all(" ".join(words))
    distinct = [w for w in words if together >= DISTINCT * covers.share_all(w)]
    if distinct:
        rows |= covers.of(theme, " ".join(distinct))
    return rows


def _spread_word(covers, theme: int, term: str, share: float) -> str | None:
    """The word of `term` the theme's findings write most, when they write it SPREAD times as often as `share`, by
    SENSE of them and LIFT times as often as all findings do (the theme gathered on it); None otherwise."""
    best = max(((covers.share(theme, w), w) for w in _words(term)), default=(0.0, None))
    if best[0] < SENSE or best[0] < SPREAD * share or best[0] < LIFT * covers.share_all(best[1]):
        return None
    return best[1]


def unborne(covers, theme: int, term: str, kind: str = "term") -> str | None:
    """For a term of two words or more its findings do not write in its sense (see the module): the word the theme
    gathered on; None when the term is borne out, held up by no one word or of one word. kind: "term" for a named
    term, whose head word alone refers back to it; "inside" for the part after "including", whose head the label
    says already."""
    if len(_words(term)) < 2 or not len(covers.members.get(theme, ())):
        return None
    share = float(in_sense(covers, theme, term).mean())
    word = _spread_word(covers, theme, term, share)
    if word and kind == "term" and word == _words(term)[-1]:
        return None  # a term's head alone refers back to it ("the board" of the safeguarding children board)
    if word and (share < SENSE or (share < HALF and covers.share(theme, word) >= ALL)):
        return word
    return None


def topic_shares(covers, theme: int, topic: str) -> tuple[str | None, float, float]:
    """(the common word a field topic's share of the theme's findings rests on, or None; the share writing the topic
    leaving out the terms held up by that word; the share writing it at all), as the module says."""
    terms = covers.concepts().terms.get(topic)
    rows = covers.members.get(theme, ())
    if not terms or not len(rows):
        return None, 0.0, 0.0
    texts = [covers.texts[int(i)] for i in rows]
    masked = read_exclusions().get(topic)
    if masked:
        pattern = term_pattern(masked)
        texts = [pattern.sub(" ", text) for text in texts]
    uses = term_uses(texts, [term_pattern((t,)) for t in terms])
    lowered = [text.lower() for text in texts]
    own = set(_words(topic, hyphens=True))
    held, kept = None, []
    for j, term in enumerate(terms):
        words = [w for w in _words(term.rstrip("*"), hyphens=True) if w not in own]
        share = float(uses[:, j].mean())
        if len(_words(term.rstrip("*"), hyphens=True)) >= 2 and words and share:
            spread = max((sum(1 for t in lowered if re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", t))
                          / len(lowered), w) for w in words)
            if spread[0] >= SENSE and spread[0] >= SPREAD * share:
                held = held or spread[1]
                continue
        kept.append(j)
    rest = float(uses[:, kept].any(axis=1).mean()) if kept else 0.0
    return held, rest, float(uses.any(axis=1).mean())


def topic_unborne(covers, theme: int, topic: str) -> str | None:
    """For a field topic's label LEAST of whose theme's findings write it, but under LEAST leaving out its terms held
    up by one common word (see the module): that word; None when the topic is borne out."""
    held, rest, whole = topic_shares(covers, theme, topic)
    return held if held and whole >= LEAST > rest else None


def _parts(label: str, topics: dict[str, str]) -> list[tuple[str, str]]:
    """(part, kind) of a label's parts the rule reads: "topic" for a field topic's label, "term" for a field term
    (`name_checks.field_term_set`: the glossary's expansions and the field's synonyms) among its listed parts,
    "inside" for its part after "including"; other parts "other"."""
    body = _PLACEHOLDER.sub("", label)
    head, _, inside = body.partition(", including ")
    out = []
    for item in [p for p in head.split(", ") if p]:
        if item.lower() in topics:
            out.append((topics[item.lower()], "topic"))
            continue
        for piece in (p for p in item.split(" and ") if p):
            words = tuple(piece.lower().split())
            out.append((piece, "term" if len(words) > 1 and words in field_term_set() else "other"))
    if inside:
        out.append((inside, "topic" if inside.lower() in topics else "inside"))
    return out


def _one_phrase(label: str, topics: dict[str, str]) -> str | None:
    """`label` when it is one phrase of two words or more that is neither a field topic's label nor a field term, no
    list nor placeholder ("Living in poverty"): read as a named term, said only by a field topic (see the module)."""
    words = tuple(label.lower().split())
    if ", " in label or " and " in label or len(_words(label)) < 2 or label.lower() in topics \
            or words in field_term_set() or label.startswith(("Mixed findings", "Statistics", "General judgements")):
        return None
    return label


def _said(covers, theme: int, label: str, others: set[str], topics: dict[str, str]) -> str | None:
    """What the theme's findings share, for a label one of whose named terms they do not write (see the module)."""
    one = _ONE_MIXED.match(label)
    one = one if one and one.group(1).lower() not in topics else None  # "Mixed findings: <topic>" is `colon_said`'s
    if REJECTED.search(label) or (label.startswith(("Mixed findings", "Statistics")) and not one):
        return None
    plain = None if one else _one_phrase(label, topics)
    parts = [(one.group(1), "term")] if one else [(plain, "term")] if plain else _parts(label, topics)
    failed, word = [], None
    for n, (part, kind) in enumerate(parts):
        if n and kind != "inside":  # a listed part after the first is a part of the theme, not its subject
            continue
        held = topic_unborne(covers, theme, part) if kind == "topic" else \
            unborne(covers, theme, part, kind) if kind in ("term", "inside") else None
        if held is not None:
            failed.append(part)
            word = word or held
    alone = not one and not plain and len(parts) == 1 and parts[0][1] == "term" \
        and label_key(parts[0][0]) == label_key(label)
    if alone and not failed:  # a named term said alone over findings under half of which are on it (`about_terms`)
        word = off_term_word(covers, theme, parts[0][0], in_sense(covers, theme, parts[0][0]))
        failed = [parts[0][0]] if word else []
    if not failed:
        return None
    texts = covers.texts_of(theme)
    # "Mixed findings: X" is said only by a field topic its findings fit, alone or first of two (a grab-bag the
    # findings share one word of and no topic keeps the wording that says it is mixed)
    # a label of one phrase that is no field term (labels58: "Living in poverty") only by one field topic they fit
    # that does not hold the word they gathered on (in any form: "Placements and sufficiency" over "Placement
    # stability", which readers accepted every time, is said by that word)
    fits = [t.lower() for t in covers.concepts().fitting(covers.members[theme])] if one or plain else []
    options = (option for option in _options(covers, theme, label, parts, failed, word, texts)
               if option and (not (one or plain) or any(option.lower().startswith(t) for t in fits))
               and (not plain or (option.lower() in fits and not _holds_stem(option, word))))
    if alone:  # ... else said as the word they gathered on, including the term ("Panels, including ...")
        options = chain(options, [including_term(covers, theme, parts[0][0], word)])
    return next((o for o in options if o and label_key(o) not in others and label_key(o) != label_key(label)
                 and not _cut_from(o, label) and not name_problems([o], texts)), None)


def _cut_from(option: str, label: str) -> bool:
    """Whether `option` is one word of a label of several, cut out of it: "Hours" of "Emergency duty teams and out of
    office hours" (read 93, held out, rejected by all three readers: a broad theme on the out-of-hours emergency duty
    service said by the one word its findings share). A lone word the label does not hold ("Adoption") may stand."""
    words = _words(option, hyphens=True)
    return len(words) == 1 and len(_words(label, hyphens=True)) > 1 and words[0] in _words(label, hyphens=True)


def _holds_stem(option: str, word: str) -> bool:
    """Whether `option` holds `word` in any form ("placements" of "placement")."""
    return bool(word) and stem_of(fold(word)) in {stem_of(fold(w)) for w in _words(option)}


def _with_word(option: str, word: str) -> bool:
    """Whether `option` says `word` other than as the head of a list of its kinds ("Long term" for "long")."""
    return bool(word) and word in _words(option) and not re.search(rf"\bother {re.escape(word)}s?$", option)


def _options(covers, theme: int, label: str, parts: list[tuple[str, bool]], failed: list[str], word: str,
             texts: list[str]):
    """The wordings `_said` tries, best first, each worked out only when the ones before it would not do."""
    rest = [part for part, _ in parts if part not in failed]
    concepts = covers.concepts()
    borne = all(concepts.share(covers.members[theme], part) >= LEAST if kind == "topic"
                else covers.share(theme, part) >= SENSE for part, kind in parts if part in rest)
    if rest and borne and ", including " not in label:
        yield capitalised(joined_list(rest))
    yield from (t for t in covers.concepts().fitting(covers.members[theme])
                if t not in failed and topic_unborne(covers, theme, t) is None and not _with_word(t, word))
    found = own_parts(covers, theme)
    if found and found[0][1] >= SUBJECT and not _with_word(found[0][0], word):
        yield capitalised(found[0][0])
    inside = [part for part, kind in parts if kind == "inside" and part in failed]
    kinds = _kinds(texts, word, inside) if word else None
    if kinds is None or kinds_said(covers, theme, kinds) is None or not in_own_sense(texts, word):
        yield kinds  # never the scant kinds of a word the findings also write in a sense of its own
    if not inside:  # "H, including T" names the word the theme gathered on (H) already
        yield _two_topics(covers, theme)


def _kinds(texts: list[str], word: str, inside: list[str]) -> str | None:
    """The kinds of `word` the texts name ("Core, sibling and other groups"), "other staff" for a word the texts never
    write in the plural, holding a word of the part after "including" the label named, if any."""
    said = kinds_of_word(texts, word)
    if not said:
        return None
    plural = re.compile(rf"(?<![a-z]){re.escape(word)}s(?![a-z])")
    if said.endswith(f" other {word}s") and not any(plural.search(text.lower()) for text in texts):
        said = said[:-1]
    named = {w for part in inside for w in _words(part)} - {word, word.rstrip("s")}
    return said if not inside or named & set(_words(said)) else None


def _two_topics(covers, theme: int) -> str | None:
    """The two field topics most written in their sense (`topic_shares`, its held terms left out), each by PART of
    the findings and together by SENSE of them, as "A and B, C and D"; None otherwise."""
    rows = covers.members[theme]
    concepts = covers.concepts()
    shares = sorted(((topic_shares(covers, theme, t)[1], t) for t in concepts.labels
                     if concepts.share(rows, t) >= PART), key=lambda pair: (-pair[0], pair[1]))
    if len(shares) < 2 or shares[1][0] < PART or shares[0][0] + shares[1][0] < SENSE:
        return None
    # each said by the parts of its label its findings write (`topic_words.written_topic`: read 88 rejected
    # 'Timeliness and delay, permanence and stability', 0.4% writing stability)
    said = [written_topic(covers, theme, t, np.ones(len(rows), dtype=bool))[0] for _, t in shares[:2]]
    return capitalised(joined_list([inner(part) for part in said])) if said != [t for _, t in shares[:2]] else f"{said[0]}, {said[1][:1].lower()}{said[1][1:]}"


def sense_terms(labels: dict[int, str], covers, keep: set[int] = frozenset(),
                taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` with each label naming a term its findings share only one common word of said by what they do share
    (see the module), when free and passing the label checks; others as they are."""
    topics = {name.lower(): name for name in covers.concepts().terms}

    # "X, further findings" beside X is joined with it (`one_subject`): neither X nor such a theme is renamed, nor
    # is a theme given X
    subjects = {label_key(_PLACEHOLDER.sub("", other)) for other in labels.values() if _PLACEHOLDER.search(other)}

    def say(covers, theme: int, label: str) -> str | None:
        if label_key(label) in subjects or _PLACEHOLDER.search(label):
            return None
        others = {label_key(other) for t, other in labels.items() if t != theme} | {label_key(t) for t in taken}
        return _said(covers, theme, label, others | subjects, topics)
    return each_relabelled(labels, covers, say, keep, taken)
