"""Broad themes with no common topic of their own named by their sub-themes' topics (`broad_from_children`).

A broad theme whose own findings gave no common topic ("Mixed findings ...") or only a word ("School, various
aspects"), or whose topic label leaves out its largest sub-theme (`_leaves_out_largest`), is named by the topics
of up to three of its sub-themes, largest first ("Care leavers, accommodation and employment"), each saying
something the ones before do not (`distinct_parts`), or, said as a mixture, by what its sub-themes are about
("Mixed findings: children in care, DCS and corporate parenting").
"""

from __future__ import annotations

import re
from typing import Callable

import numpy as np

from pipeline.themes.capitals import capitalised
from pipeline.themes.coverage import FIGURE_SHARE, MIXED_SHARE, Coverage
from pipeline.themes.label_text import inner, is_topic, joined_list
from pipeline.themes.name_checks import WHOLE_FIELD, name_problems
from pipeline.themes.vocabulary import (POPULATION, CONNECTORS, DETERMINERS, JOINING, acronym_singular, stem_of,
                                         canonical, fold)


# A consonant an -ing or -ed form doubles ("planning", "mapped"), not one a word ends in doubled ("staffing", "assessed").
DOUBLED = re.compile(r"([bdgmnprt])\1(?:ing|ed)$")


def _undoubled(word: str) -> str:
    """The word without an -ing or -ed that doubled its last consonant ("planning" -> "plan"), so that "Planning"
    and "Plans" are one part of a label ("Plans and timeliness", not "Plans, planning and timeliness"); "Permanence
    planning" still says more than "Plans"."""
    return DOUBLED.sub(r"\1", word.lower())


# Field terms whose last word means another thing than it does alone, read as one word: "corporate parenting" is the
# council's duty as parent to the children in its care, not parents (read 53: "Corporate parenting and chief
# executive" over a broad theme whose largest sub-theme is "Parents and parenting", judged wrong, "mostly about work
# with birth parents"; read 55: "Parents and parenting" left out of "Corporate parenting, life story and contact" as
# said already).
OTHER_SENSE = re.compile(r"\bcorporate[ -]parent(?:ing|s)?\b", re.IGNORECASE)


def part_stems(part: str, people: bool = False) -> set[str]:
    """The stems of a label part's words, an acronym read as its expansion ("LAC": looked after children), a field
    term of its own sense as one word (`OTHER_SENSE`: "corporate parenting" shares no stem with "parents"), without
    the people every part is about when other words remain (people: with them)."""
    from pipeline.themes.cluster_text import read_glossary

    glossary = read_glossary()
    part = OTHER_SENSE.sub("corporateparenting", part)
    words = []
    for word in part.split():
        bare = acronym_singular(word)
        words += glossary[bare][0].split() if bare.isupper() and bare in glossary else [word]
    stems = {stem_of(fold(w)) for w in words if w.lower() not in CONNECTORS | DETERMINERS | {"and"}}
    core = stems - {stem_of(fold(w)) for w in POPULATION}
    return stems if people else core or stems  # "Children looked after" is all people words, still a topic


def broad_from_children(label: str, children: list[tuple[str, int]], taken: set[str] = frozenset(),
                        held: Callable[[list[str]], float] | None = None, figures: float | None = None) -> str:
    """A broad theme's label written for its whole content, when its own findings gave no common topic ("Mixed
    findings ...", "X and related topics") or only a word ("School, various aspects"): the topics of up to three
    of its sub-themes, largest first ("Care leavers, accommodation and employment"), when sub-themes with a topic
    hold at least half of its findings; else, said as a mixture, what its sub-themes are about, the topics of the
    themed ones and the X of the mixed ones ("Mixed findings: X", "some on X") that are subjects ("Mixed findings:
    children in care, DCS and corporate parenting"; one such X only when its sub-theme holds a fifth of it: "Mixed
    findings, some on staff"); otherwise `label` as it is.

    children: (label, size) of each of its sub-themes. taken: labels (lower case) already used elsewhere. held: the
    share of its findings that write about any of some parts (`parts_share`); a mixture of parts that fewer than
    LISTED_SHARE of them write about gives way to a mixed label of its own that names a part of it. figures: the
    share of its findings that give a count or rate (`Coverage.figures`); under FIGURE_SHARE a sub-theme's
    "Statistics on X" is a part "X" (read 31: "Statistics on children placed out of area, where children live and
    children's homes" over a broad theme 31% figures, most of it on where children live, judged wrong).
    Never one child's label alone: that would name a part of the broad theme as if it were the whole. A topic label
    of its own that says nothing of its largest sub-theme, when that holds a third of it or more, is written from its
    sub-themes too: a reader of ten of its findings meets that sub-theme's subject most and finds it left out (read
    21: "Health and wellbeing" over a broad theme half early help; "Care leavers and unaccompanied asylum-seeking
    children" over one whose largest part is accommodation)."""
    if len(children) < 2 or (is_topic(label) and not label.endswith(", various aspects")
                             and not _leaves_out_largest(label, children)):
        return label
    total = sum(size for _, size in children)
    by_size = sorted(((size, child) for child, size in children), key=lambda item: -item[0])
    topics = [(size, child) for size, child in by_size if is_topic(child) or child.startswith("Statistics on ")]
    composed = None
    if sum(size for size, _ in topics) >= total / 2:
        parts = [topic_part(child) for _, child in topics]
        if figures is not None and figures < FIGURE_SHARE:  # few of its findings are figures: no "Statistics on"
            parts = [unstated(part) for part in parts]
        # its largest sub-theme, a third of it or more, mixed but with a subject ("some on timeliness and delay"),
        # is named too (read 25 met mostly its findings under "Court work, public law outline and Cafcass"), and
        # makes room first among sub-themes named by a term of a larger one's field topic ("Public law outline",
        # "Cafcass" beside "Court work and care proceedings"): kinds of what that one says
        size, child = by_size[0]
        if (size, child) not in topics and size >= LARGEST_PART * total and topic_part(child, pair=True):
            kept = [(n, c) for i, (n, c) in enumerate(topics)
                    if not any(term_of_topic(topic_part(c), other) for _, other in topics[:i])]
            topics = sorted(kept + [(size, child)], key=lambda item: -item[0])
            parts = [topic_part(c, pair=c == child) for _, c in topics]
            if figures is not None and figures < FIGURE_SHARE:
                parts = [unstated(part) for part in parts]
        size_of: dict[str, int] = {}  # a part's sub-theme, the largest of those it names
        for part, (n, _) in zip(parts, topics):
            size_of.setdefault(part, n)
        # the topics of sub-themes a third of it or more are parts a reader of ten of its findings meets most
        large = frozenset(part for part, (n, _) in zip(parts, topics) if n >= LARGEST_PART * total)
        parts = distinct_parts(parts, large=large)
        if len(parts) >= 2:
            # "Statistics on" said once, at the start: not "Where children live, statistics on children placed ..."
            composed = joined_list([inner(parts[0])] + [inner(re.sub(r"^Statistics on ", "", p)) for p in parts[1:]])
            composed = capitalised(composed)  # the first part may go last ("..., timeliness and delay")
            # the sub-themes it lists hold less than half of it: a reader of ten of its findings meets each part once
            # or twice (read 20: "Board, training and staff", "Life story, relationships and voice"), so it is said
            # to be a mixture of them
            held = sum(size_of[part] for part in parts)
            if held < total / 2 and not parts[0].startswith("Statistics on "):
                composed = f"Mixed findings: {inner(composed)}"
    elif is_topic(label):
        return label  # "X, various aspects" over sub-themes mostly without a topic: X is still what they share
    else:
        subjects = [(size, topic_part(child, pair=True)) for size, child in by_size]
        parts = distinct_parts([part for _, part in subjects])
        start = "Statistics" if label.startswith("Statistics") else "Mixed findings"
        # (figures said once: "Statistics, some on child protection plans", never "... on statistics on ...")
        said = unstated if start == "Statistics" else str
        if len(parts) >= 2:
            # its own label, when that says what part of it is on ("one in eight on X"), rather than parts few of
            # its findings write about ("Mixed findings, no common topic" says less than they do)
            if held is None or held(parts) >= LISTED_SHARE or not OWN_PART.search(label):
                composed = f"{start}: {joined_list([inner(said(p)) for p in parts])}"
        elif parts and max(size for size, part in subjects if part == parts[0]) >= MIXED_SHARE * total:
            composed = f"{start}, some on {inner(said(parts[0]))}"
    if composed is None or composed.lower() in taken or name_problems([composed]):
        return label
    return composed


def unstated(part: str) -> str:
    """A sub-theme's topic part without its "Statistics on " ("Statistics on children placed out of area" ->
    "Children placed out of area")."""
    bare = re.sub(r"^Statistics on ", "", part)
    return capitalised(bare)


# Least share of a broad theme's findings that write about the parts of a "Mixed findings: A, B and C" label written
# from its sub-themes' topics, when it has a mixed label of its own that names a part of it ("Mixed findings, one in
# eight on X"): read 25 judged "Mixed findings: family networks, life story, parents and parenting" (about 15% of its
# findings use them) and "Mixed findings: improvement plans and provisions" (about 15%) wrong, a reader of ten of its
# findings meeting the parts once or never; "Mixed findings: improvement plans, partnership and boards" (about a
# third) reads true. Tuned on read 25's run and the bundled run: three cases.
LISTED_SHARE = 1 / 4
OWN_PART = re.compile(r"(?:: | on )\S")  # a mixed label that names what (part of) it is on


def parts_share(covers: Coverage, theme: int, parts: list[str]) -> float:
    """Share of the theme's findings that use any of `parts` ("Life story", "Parents and parenting") as written
    (`Coverage.of`: all its content words)."""
    rows = covers.members[theme]
    if not len(rows):
        return 0.0
    used = np.zeros(len(rows), dtype=bool)
    for part in parts:
        used |= covers.of(theme, part)
    return float(used.mean())


LARGEST_PART = 1 / 3  # share of a broad theme its largest sub-theme holds for a broad label to have to name it


def term_of_topic(part: str, label: str) -> bool:
    """Whether `part` ("Public law outline") is one of the terms of the field topic (`concepts`) that `label` names
    ("Court work and care proceedings"): a kind of what that label says."""
    from pipeline.themes.concepts import read_concepts
    from pipeline.themes.field import term_pattern

    terms = dict(read_concepts()).get(label)
    return bool(part) and bool(terms) and term_pattern(terms).fullmatch(part.strip()) is not None


def _leaves_out_largest(label: str, children: list[tuple[str, int]]) -> bool:
    """Whether a broad theme's topic `label` shares no word (by its first four letters) with the topic of its largest
    sub-theme, which holds at least LARGEST_PART of it ("Health and wellbeing" over "Early help", 96 of 187
    findings)."""
    total = sum(size for _, size in children)
    size, child = max(((size, child) for child, size in children), key=lambda item: item[0])
    part = topic_part(child)
    if not part or size < LARGEST_PART * total:
        return False
    # words alike by their first four letters ("Leaving care" names "Care leavers"), people words counted
    return not {stem[:4] for stem in part_stems(part, people=True)} & {stem[:4] for stem in part_stems(label, True)}


def topic_part(child: str, pair: bool = False) -> str:
    """What a sub-theme's label says it is about, as a part of a broad label: the first of its parts ("Care
    leavers" of "Care leavers and accommodation"; with `pair`, a pair of single words whole, as a mixed broad
    label lists it: "Brothers and sisters"), the kind of thing it lists ("Plans" of "Pathway, care and other
    plans"), the X of "X, various aspects", "Statistics on X", "Mixed findings: X, ..." and "Mixed findings, some
    on X" (or "mostly on X"); "" when it names no topic ("Mixed findings, no common topic", "a few on X": a minor
    part is no subject of the broad theme) or the part is no name on its own ("Young people": the whole field;
    "Reduction": a fragment of a figure; `NO_PART`)."""
    other = re.search(r" and other (\S+)$", child)  # "Pathway, care and other plans" is about plans
    if other:
        return capitalised(other.group(1))
    mixed = re.match(r"(?:Mixed findings|Statistics)(?::\s*|, (?:some|mostly) on )(.+)$", child)
    if mixed:
        child = mixed.group(1)
    elif not is_topic(child) and not child.startswith("Statistics on "):
        return ""
    topic = child.split(", various aspects")[0].split(", including ")[0]
    # pair: a pair of single words is one topic ("Brothers and sisters"); else the first part ("Care proceedings"),
    # but never one of two plurals ("Brothers" of "Brothers and sisters", "Parents" of "Parents and carers": a group
    # named by both)
    plurals = re.fullmatch(r"[\w'’-]+s and [\w'’-]+s", topic)
    part = topic if (pair or plurals) and re.fullmatch(r"[\w'’-]+ and [\w'’-]+", topic) \
        else re.split(r", | and ", topic)[0]
    part = capitalised(part)
    return "" if not part or any(p.endswith(NO_PART) for p in name_problems([part])) else part


# Name problems that make a sub-theme's topic no part of a broad label: a name of the whole field, a fragment of a
# figure ("Reduction"), a quantity ("Vast majority"), a compound modifier ("Long-term").
NO_PART = (WHOLE_FIELD, "a fragment of a statistic", "a quantity, not a topic", "a lone compound modifier")


def distinct_parts(parts: list[str], most: int = 3, large: frozenset[str] = frozenset()) -> list[str]:
    """Up to `most` of `parts` (in order), each saying something the ones before do not: no part that shares a stem
    (an acronym read as its expansion, a synonym as its canonical form; without the people words) with a part
    before ("Children looked after" after "Children in care", "Social work" after "Social workers"; a part in
    `large`, the topic of a sub-theme a broad label has to name, only when it shares more than half of its words:
    read 71, broad42, "Children missing from home or care", 43% of a broad theme, had been left out after "Return
    home interviews" for "home", and a part of a sub-theme of 14% named instead), nor one whose
    stems with the people words are held by, or hold, a part's before; a part "Statistics on X" is about figures,
    so "Virtual school" may follow "Statistics on schools"."""
    kept: list[str] = []
    seen: set[str] = set()
    wholes: list[set[str]] = []  # stems with people words: "social workers caseloads" holds "social workers"
    forms: set = set()  # the parts' canonical forms, and their words without a doubled consonant (`_undoubled`)
    for part in parts:
        if not part:
            continue
        same = canonical(part)  # synonyms are one part: "Children looked after" after "Children in care"
        stems, whole = part_stems(part), part_stems(part, people=True)
        # the same words but for a doubled consonant: "Planning" after "Plans"
        plain = frozenset(stem_of(fold(_undoubled(w))) for w in part.split()
                          if w.lower() not in CONNECTORS | DETERMINERS)
        # a part of a large sub-theme that shares a word with the ones before but no more than half of its own
        # ("Children missing from home or care" after "Return home interviews": "home" of "missing" and "home") is
        # still a part of its own; any other part sharing a word is said already
        own = stems - JOINING or stems  # "from", "or" of "Children missing from home or care" say nothing of it
        said = len(own & seen) * 2 > len(own) if part in large else bool(stems & seen)
        if stems and not said and not any(whole <= w or w <= whole for w in wholes) and same not in forms \
                and plain not in forms:
            forms |= {same, plain}
            kept.append(part)
            # "Statistics on schools" is about figures: "Virtual school" after it still says something of its own
            seen |= part_stems("statistics") if part.lower().startswith("statistics on ") else stems
            wholes.append(whole)
    return kept[:most]
