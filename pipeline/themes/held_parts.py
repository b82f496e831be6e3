"""Each part a sub-theme's label names is borne out by its findings, measured one way for every part.

A blind reader of ten findings judges a label by what they write. Reads 49 and 51 judged wrong labels that name a part
few or none of the findings write, whichever rule made the label: "Child protection plans, further findings" (none
write of child protection plans), "Disabled children, timeliness and delay, further findings" (2 in 100 of disabled
children), "Allegations against adults and the LADO, thresholds and the front door, further findings", "Mixed
findings: living in poverty" (22 in 100; 46 write of where children live). The namer counted a part loosely (its
words anywhere in a finding; a part that is one term of a field topic by all the topic's terms: "DCS" by all of senior
leadership), so this module reads every part as written (`on_part`):

    a field topic's label (`pipeline/data/topic_concepts.csv`)   the findings that write one of its terms (its `not`
                                                                  phrases left out), as the topics are counted
    a field theme's or listed shared topic's label                the findings that write one of its terms
    any other part                                                 the findings that write it as a term (its words in
                                                                  order, any form: `Coverage.written_rows`), or its
                                                                  glossary abbreviation or expansion

Two rules, labels only (the findings do not move):

    without_absent     a part of a listing label fewer than ABSENT of its findings write (as a term, by its first or
                       last word, or with the first part's modifier: `held_part`) goes; the label is said by the parts
                       that stay, and further findings on a thing none of them write by the field topic they write
                       about, else by the phrase a fifth of them write ("Mixed findings, some on help and
                       protection"), else "Mixed findings, no common topic"
    topic_over_parts   a mixed label whose parts together fewer than half as many of its findings write as a field
                       topic most of them write about is said by that topic, or as further findings on it
"""

from __future__ import annotations

import re

import numpy as np

from pipeline.themes.capitals import capitalised
from pipeline.themes.concepts import LEAST, LIFT
from pipeline.themes.fallback_names import SIBLING_SHARE
from pipeline.themes.field import term_pattern
from pipeline.themes.label_text import inner, joined_list
from pipeline.themes.vocabulary import label_key, stem_of, fold

MIXED_LISTED = re.compile(r"^(Mixed findings|Statistics): (.+)$")
FURTHER = re.compile(r"^(.+), further findings$")
WEAK = re.compile(r"^(?:Mixed findings|Statistics)\b|, various aspects$|, including |\bother \w+$"
                  r"|and related (?:topics|findings)$")


def _abbreviations(part: str) -> list[str]:
    """The other forms of `part` in the field's glossary: its expansions when it is an abbreviation ("DCS"), its
    abbreviation when it is an expansion."""
    from pipeline.themes.cluster_text import read_glossary

    key = part.lower().rstrip("s") if part[:-1].isupper() and part.endswith("s") else part.lower()
    forms = []
    for abbreviation, expansions in read_glossary().items():
        written = {form.lower() for form in expansions}
        if key == abbreviation.lower():
            forms += sorted(written)
        elif part.lower() in written:
            forms.append(abbreviation.upper())
    return forms


def _topic_terms(part: str, covers) -> tuple[str, tuple[str, ...]] | tuple[None, None]:
    """("topic", label) of the field topic whose label `part` is, ("theme", (terms, not-phrases)) of the field theme or
    listed shared topic (`shared_topic`) it is, else (None, None)."""
    from pipeline.themes.field import read_field_themes
    from pipeline.themes.shared_topic import read_shared_topics

    bare = part.strip().lower()
    for label in covers.concepts().terms:
        if bare == label.lower():
            return "topic", label
    for theme in read_field_themes():
        if bare == theme.label.lower():
            return "theme", (tuple(theme.terms), ())
    for label, terms, phrases in read_shared_topics():
        if bare == label.lower():
            return "theme", (terms, phrases)
    return None, None


def on_part(covers, theme: int, part: str) -> np.ndarray:
    """Which of the theme's findings (row for row with `covers.members[theme]`) write `part` (see the module)."""
    rows = covers.members[theme]
    kind, known = _topic_terms(part, covers)
    if kind == "topic":
        concepts = covers.concepts()
        return concepts.uses[rows, concepts.labels.index(known)].astype(bool)
    if kind == "theme":  # a field theme's or listed shared topic's terms, outside its not-phrases
        terms, phrases = known
        pattern, blank = term_pattern(terms), term_pattern(phrases) if phrases else None
        return np.array([bool(pattern.search(blank.sub(" ", covers.texts[int(i)]) if blank else covers.texts[int(i)]))
                         for i in rows], dtype=bool)
    used = covers.written_rows(theme, part).copy()
    for form in _abbreviations(part):
        used |= covers.written_rows(theme, form)
    return used


def held(covers, theme: int, part: str) -> float:
    """Share of the theme's findings that write `part` (`on_part`)."""
    used = on_part(covers, theme, part)
    return float(used.mean()) if len(used) else 0.0


# A part fewer than this share of its theme's findings write (`held_part`) is absent: a reader of ten of them meets it
# in none (read 51: "Disabled children" of "Disabled children, timeliness and delay, further findings", 2 in 100;
# "Child protection plans" of "Child protection plans, further findings", none). The least share a widened label's
# kind must have (`fallback_names.SIBLING_SHARE`, one finding in 25), so that no listed kind is left out again.
ABSENT = SIBLING_SHARE
PAIR = re.compile(r"[\w'’-]+s and [\w'’-]+s")


def label_parts(label: str, covers) -> tuple[str, list[str], str]:
    """(opening, parts, ending) of a label that lists what it names: "Mixed findings: " or "" before, ", further
    findings" or "" after, the parts between (a field topic's or field theme's label, or a pair of plurals, one part:
    "Timeliness and delay", "brothers and sisters"); ("", [], "") for a label of another form (mixed with a share,
    "X, various aspects", "X, including Y", "A, B and other Cs", statistics on a topic)."""
    opening = ending = ""
    listed = MIXED_LISTED.match(label)
    if listed:
        opening, label = f"{listed.group(1)}: ", listed.group(2)
    further = FURTHER.match(label)
    if further:
        ending, label = ", further findings", further.group(1)
    if not opening and WEAK.search(label) or label.startswith("Statistics on "):
        return "", [], ""
    if _topic_terms(label, covers)[0]:
        return opening, [label], ending
    parts = []
    for item in label.split(", "):
        if _topic_terms(item, covers)[0] or " and " not in item or PAIR.fullmatch(item):
            parts.append(item)
        else:
            parts += [p for p in item.split(" and ") if p]
    return opening, parts, ending


def _edge_words(part: str) -> list[str]:
    """The first and last words of a part of two words or more that is no field topic, each when it may stand for the
    part: no people, frame or vague word (`named_parts.compound_word`): "board" of "Safeguarding children board" ("the
    board"), "decision" of "Decision making" ("decisions"); none of "Child protection plans"."""
    from pipeline.themes.named_parts import compound_word

    words = re.findall(r"[a-z][a-z'’-]*", part.lower())
    return [w for w in dict.fromkeys([words[0], words[-1]]) if compound_word(w)] if len(words) > 1 else []


def held_part(covers, theme: int, part: str, first: str = "") -> float:
    """Share of the theme's findings that write `part` (`held`), or its first or last word (`_edge_words`), or, after a
    `first` part of two words or more, `part` with the first's modifier ("histories" of "Health assessments, histories
    and services": "health histories")."""
    used = part_rows(covers, theme, part, first)
    return float(used.mean()) if len(used) else 0.0


def part_rows(covers, theme: int, part: str, first: str = "", edges: bool = True) -> np.ndarray:
    """Which of the theme's findings write `part` as `held_part` counts them (without its first or last word alone
    unless `edges`)."""
    used = on_part(covers, theme, part)
    for word in _edge_words(part) if edges and not _topic_terms(part, covers)[0] else []:
        used = used | on_part(covers, theme, word)
    if first and len(first.split()) > 1 and (len(part.split()) == 1 or PAIR.fullmatch(part)):
        for word in part.split(" and "):  # "histories and services": "health histories", "health services"
            used = used | on_part(covers, theme, " ".join(first.split()[:-1] + [word]))
    return used


def _rebuilt(opening: str, parts: list[str], ending: str) -> str:
    """A listing label of `parts` between `opening` and `ending` ("Mixed findings: " ... ", further findings")."""
    text = joined_list([parts[0]] + [inner(p) for p in parts[1:]]) if len(parts) > 1 else parts[0]
    if opening:
        text = inner(text)
    elif text[:1].islower():
        text = capitalised(text)
    return f"{opening}{text}{ending}"


def without_absent(labels: dict[int, str], covers, keep: set[int] = frozenset()) -> dict[int, str]:
    """Sub-theme labels (theme -> label) with every part that is absent from its findings (`held_part` below ABSENT)
    left out, the label said by the parts that stay, in its own form ("Disabled children, timeliness and delay,
    further findings" -> "Timeliness and delay"; as further findings when another theme has that); a label of further
    findings on a thing none of its findings write is said by the field topic most of them write about (`_topic_for`),
    else by the phrase a fair part of them write (`_phrase_for`), else "Mixed findings, no common topic". A label
    stays when what it would become is another's. keep: themes whose labels stay (the field themes')."""
    out = dict(labels)
    have = {label_key(label) for label in out.values()}
    for theme in sorted(labels):
        label = labels[theme]
        opening, parts, ending = label_parts(label, covers)
        if theme in keep or not parts or len(covers.members.get(theme, ())) < 5:
            continue
        kept = [p for p in parts if held_part(covers, theme, p, parts[0] if p is not parts[0] else "") >= ABSENT]
        if len(kept) == len(parts):
            continue
        if kept:  # said in its own form; a label of further findings on a label no theme has is said as that label
            said = [_rebuilt(opening, kept, "")] if ending and not opening else []
            said.append(_rebuilt(opening, kept, ending))
            if not ending and not opening:
                said.append(_rebuilt(opening, kept, ", further findings"))
        elif ending:
            said = _topic_for(covers, theme) + _phrase_for(covers, theme) + ["Mixed findings, no common topic"]
        else:
            continue
        text = next((s for s in said if label_key(s) not in have or s.startswith("Mixed findings, no common")), None)
        if text:
            have.discard(label_key(label))
            have.add(label_key(text))
            out[theme] = text
    return out


def _phrase_for(covers, theme: int) -> list[str]:
    """["Mixed findings, some on X"] for the phrase of two or three words (`fallback_names.gram_counts`) the most of
    the theme's findings write, at least `coverage.MIXED_SHARE` of them and `fallback_names.WORD_LIFT` times as often
    as all findings, a noun phrase with no name problem ("help and protection"); [] when there is none."""
    from pipeline.themes.coverage import MIXED_SHARE
    from pipeline.themes.fallback_names import WORD_LIFT, gram_counts, share_everywhere
    from pipeline.themes.name_checks import name_problems, noun_phrases

    rows = covers.members[theme]
    counts = covers.gram_counts.get(theme)
    if counts is None:
        counts = covers.gram_counts[theme] = gram_counts(covers, rows)
    for gram, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        if count < MIXED_SHARE * len(rows):
            break
        if count / len(rows) >= WORD_LIFT * share_everywhere(covers, gram) and noun_phrases([gram]) \
                and not name_problems([capitalised(gram)], covers.texts_of(theme)) \
                and covers.whole(theme, gram) is not None:
            return [f"Mixed findings, some on {gram}"]
    return []


def _topic_for(covers, theme: int) -> list[str]:
    """The field topic at least `concepts.LEAST` of the theme's findings write about, `concepts.LIFT` times as often as
    all findings (the most written), and its further findings: [] when there is none."""
    topics = covers.concepts().fitting(covers.members[theme], LEAST, LIFT)
    return [topics[0], f"{topics[0]}, further findings"] if topics else []


# A field topic written by this many times as many of a theme's findings as every part its label names says what the
# theme is about better than the label (as `whole_topic.WRITTEN_AHEAD`): read 51's "Mixed findings: DCS" (17 in 100
# write of the DCS, 40 of senior leadership and scrutiny), "Emergency duty team and senior leadership" (12 and 20,
# 44), "Mixed findings: living in poverty" (22, where children live 46).
AHEAD = 2.0
ON_PART = re.compile(r"^Mixed findings, (?:mostly (?:strengths|shortfalls), )?(?:some|one in \w+) on (.+)$"
                     r"|^Mixed findings mentioning (.+)$")


def _named(label: str, covers) -> list[str]:
    """The parts a label names, for `topic_over_parts`: its listed parts (`label_parts`), or the X of "Mixed findings,
    some on X" (one in N on X, mentioning X); [] for a label of another form."""
    on = ON_PART.match(label)
    if on:
        return [on.group(1) or on.group(2)]
    return label_parts(label, covers)[1]


def _words(text: str) -> set[str]:
    """The content words of `text`, folded to their stems (`vocabulary.stem_of`), no joining or people words."""
    from pipeline.themes.named_parts import compound_word

    return {stem_of(fold(w)) for w in re.findall(r"[a-z][a-z'’-]*", text.lower()) if compound_word(w)}


def topic_over_parts(labels: dict[int, str], covers, keep: set[int] = frozenset()) -> dict[int, str]:
    """Sub-theme labels (theme -> label) with each mixed label ("Mixed findings: A", "Mixed findings, some on A") whose
    parts together are written by few of its findings (`part_rows`, as written: a word of a part alone is no use of it
    here, "living" of "living in poverty"), next to a field topic AHEAD times as many write (at least `concepts.LEAST`
    of them, `concepts.LIFT` times as often as all findings), said by that topic, or as further findings on it when
    another theme has it (the theme that writes it most takes it first). A label that shares a content word with the
    topic's names it already, and stays. keep: themes whose labels stay."""
    out = dict(labels)
    concepts = covers.concepts()
    wanted = []
    for theme in sorted(labels):
        label = labels[theme]
        rows = covers.members.get(theme, np.array([], dtype=int))
        if theme in keep or len(rows) < 5 or not label.startswith("Mixed findings"):
            continue  # a topic's label counts forms of its words that a part as written misses ("CSE", "sexually
            # exploited" of "Risk of sexual exploitation"): only the parts a mixed label names are held to it
        parts = _named(label, covers)
        topics = concepts.fitting(rows, LEAST, LIFT)
        if not parts or not topics or _words(" ".join(parts)) & _words(topics[0]):
            continue  # the label names the topic, in its words ("Risk assessments and harm": risk to children)
        share = concepts.share(rows, topics[0])
        named = np.zeros(len(rows), dtype=bool)
        for p in parts:
            named |= part_rows(covers, theme, p, parts[0] if p is not parts[0] else "", edges=False)
        if AHEAD * float(named.mean()) <= share:
            wanted.append((-share, theme, topics[0]))
    have = {label_key(label) for label in out.values()}
    for _, theme, topic in sorted(wanted):
        text = next((t for t in (topic, f"{topic}, further findings") if label_key(t) not in have), None)
        if text:
            have.discard(label_key(out[theme]))
            have.add(label_key(text))
            out[theme] = text
    return out


def held_labels(labels: dict[int, str], covers, keep: set[int] = frozenset()) -> dict[int, str]:
    """The sub-themes' final labels with every named part borne out (`without_absent`, `topic_over_parts`)."""
    return topic_over_parts(without_absent(labels, covers, keep), covers, keep)
