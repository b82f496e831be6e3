"""A mixed sub-theme's label names the field's topics its findings write about, never their tone or a count over a word.

Read 52 (a blind read, now tuning) judged these mixed labels meaningless or wrong: labels that name the findings'
polarity, not their topic ("Mixed findings, mostly strengths", "Mixed findings, more strengths than shortfalls": "a
placeholder naming no topic"), "Mixed findings, no common topic" (a reader named the topic the findings share),
a share over a word ("Mixed findings, one in ten on model", "Statistics, one in six on improvement plans and progress":
"garbled") and a lone acronym ("Mixed findings: DCS", the DCS in 2 of 10 findings). Such a label (`WEAK_MIXED`) is
said, as a researcher would write it, by the field's topics (`pipeline/data/topic_concepts.csv`) its findings write
about:

    "Mixed findings: A, B and C"   the topics at least FLOOR of its findings write about, LIFT times as often as all
                                   findings, most written first, each adding findings the ones before leave, up to
                                   three, together written by at least COVERAGE of them ("Statistics on A and B" when
                                   most of its findings are figures)
    "Context and statistics"       no such topics, most of its findings figures (counts, rates, population); a
                                   second such theme "Context and statistics, further findings"
    "Mixed findings: A and B"      else up to two such topics written by at least MIXED_SHARE of it together
    "General judgements on work    else what it is: inspectors' judgements of services, on the people most of its
     with young people"            findings write of: the practice or plural noun half of them write ("General
                                   judgements on social work", "... on plans", "... on visits"), else the people
                                   (`PEOPLE`: read 52's readers of three such themes of 277-335 findings, 70-78%
                                   strengths, found "a grab-bag", "no topic", "support services for children and
                                   families"), else services

A theme of none of these keeps its label, less its tone ("Mixed findings, mostly strengths, some on X" -> "Mixed
findings, some on X"). Labels only: no finding moves.
"""

from __future__ import annotations

import re

import numpy as np

from pipeline.themes.concepts import LEAST, LIFT
from pipeline.themes.coverage import COVERAGE, FIGURE_SHARE, MIXED_SHARE
from pipeline.themes.fallback_names import FLOOR, dominant_word
from pipeline.themes.label_text import inner, joined_list
from pipeline.themes.name_checks import VAGUE_WORDS, name_problems
from pipeline.themes.vocabulary import label_key, fold

# The tone a mixed label may say ("mostly strengths", `mixed_parts._tone`): never a topic (read 52).
TONE = re.compile(r", (?:mostly (?:strengths|shortfalls)|more (?:strengths|shortfalls) than (?:strengths|shortfalls)"
                  r"|strengths and shortfalls alike)(?=,|$)")
# A mixed label that names no topic of its findings: its tone, nothing in common, a share of them on a word ("one in
# ten on model"), or one word or acronym alone ("Mixed findings: DCS").
WEAK_MIXED = re.compile(r"^(?:Mixed findings|Statistics)(?:"
                        + TONE.pattern +
                        r"|, (?:no common topic|mixed topics)$|, (?:one in \w+|very few) on |: [^\s,]+$)")
# Labels that say what kind of text a theme holds, not a topic (the report lists them with the mixed ones).
KINDS = ("Context and statistics", "General judgements on")
# The people a theme of judgements may be said to be on, as written, the most particular first; one of them must be
# written by at least half of its findings.
PEOPLE = ("children and families", "young people", "care leavers", "parents", "carers", "families", "children")
PEOPLE_SHARE = 0.5
# Practice a theme of judgements may be said to be on, as written (read 52: "findings on social work practice").
SUBJECTS = ("social work",)
MOST_TOPICS = 3


def _listed(covers, theme: int, lift: float) -> list[str]:
    """The field topics a theme's findings write about, most written first: each written by at least FLOOR of them,
    `lift` times as often as all findings, adding FLOOR / 2 of its findings the topics before it leave; up to
    MOST_TOPICS."""
    rows = covers.members[theme]
    concepts = covers.concepts()
    covered = np.zeros(len(rows), dtype=bool)
    topics = []
    for topic in concepts.fitting(rows, least=FLOOR, lift=lift):
        uses = concepts.uses[rows, concepts.labels.index(topic)]
        if float(np.mean(uses & ~covered)) < FLOOR / 2:
            continue
        topics.append(topic)
        covered |= uses
        if len(topics) == MOST_TOPICS:
            break
    return topics


def _union(covers, theme: int, topics: list[str]) -> float:
    """Share of a theme's findings that write about any of `topics`."""
    rows = covers.members[theme]
    concepts = covers.concepts()
    if not topics or not len(rows):
        return 0.0
    return float(np.mean(concepts.uses[np.ix_(rows, [concepts.labels.index(t) for t in topics])].any(axis=1)))


# Words of a topic's name that say whom it concerns, not what: not looked for in `_name_words`.
WHOM = frozenset({"children", "child", "young", "people", "families", "family"})


def _name_words(topic: str) -> list[str]:
    """The words of a topic's name that say what it is about (less connectors and WHOM)."""
    return [w for w in re.findall(r"[A-Za-z][\w'’-]*", inner(topic))
            if w.lower() not in WHOM and w.lower() not in ("and", "of", "the", "to", "it", "in", "on", "for")]


def _named(covers, theme: int, topics: list[str]) -> bool:
    """Whether the theme's findings write the names of `topics`, not only their concepts' wider words: each name
    (a word of it) by at least FLOOR / 2 of them, all together by at least MIXED_SHARE (a name all of WHOM counts as
    written). Read 68 (tuning) judged wrong "Mixed findings: children looked after, voice and participation of
    children" over findings 7% of which write a word of either name."""
    named = [_name_words(t) for t in topics]
    if any(words and covers.union(theme, words) < FLOOR / 2 for words in named):
        return False
    words = [w for ws in named for w in ws]
    return not words or covers.union(theme, words) >= MIXED_SHARE


def said_by_topics(covers, theme: int) -> list[str]:
    """What a mixed sub-theme may be called, best first (see the module docstring); [] when nothing fits."""
    figures = covers.figures(theme) >= FIGURE_SHARE or covers.statistics(theme)
    opening = "Statistics on " if figures else "Mixed findings: "
    said = []
    topics = _listed(covers, theme, LIFT)
    if topics and _union(covers, theme, topics) >= COVERAGE and _named(covers, theme, topics):
        # shorter listings after the full one: another theme may have it
        for n in range(len(topics), 0, -1):
            if n == 1 and _union(covers, theme, topics[:1]) < COVERAGE:
                break
            if not _named(covers, theme, topics[:n]):
                continue
            said.append(opening + joined_list([inner(t) for t in topics[:n]]))
    if figures:  # a second such theme holds further findings of that kind (the project's way of saying a duplicate)
        said += [KINDS[0], f"{KINDS[0]}, further findings"]
    topics = [t for t in topics if covers.concepts().share(covers.members[theme], t) >= FLOOR][:2]
    if topics and _union(covers, theme, topics) >= MIXED_SHARE and _named(covers, theme, topics):
        said.append(opening + joined_list([inner(t) for t in topics]))
    if not figures:  # judgements on the practice or thing most of it writes of, else on the people it writes of
        word = dominant_word(covers, theme, LEAST, general=True)
        # a plural noun ("plans", "visits"), not "area", nor a word of the people said below
        word = word if word and word.lower().endswith("s") and word.lower() not in " ".join(PEOPLE) else None
        said += [f"{KINDS[1]} {inner(w)}" for w in SUBJECTS + ((word,) if word else ())
                 if covers.share(theme, w.lower()) >= PEOPLE_SHARE and fold(w.lower()) not in VAGUE_WORDS]
        said += [f"{KINDS[1]} work with {p}" for p in PEOPLE if covers.share(theme, p) >= PEOPLE_SHARE]
        said += [f"{KINDS[1]} services", f"{KINDS[1]} practice"]
    return [s for s in dict.fromkeys(said) if not name_problems([s])]


def topics_over_mixed(labels: dict[int, str], covers, keep: set[int] = frozenset()) -> dict[int, str]:
    """Sub-theme labels (theme -> label) with each mixed label that names no topic (`WEAK_MIXED`) said by the field
    topics its findings write about (`said_by_topics`), else without its tone; a label another theme has is not
    taken (the themes in id order). keep: themes whose labels stay (the field themes')."""
    out = dict(labels)
    have = {label_key(label) for label in out.values()}
    for theme in sorted(labels):
        label = labels[theme]
        if theme in keep or not WEAK_MIXED.search(label):
            continue
        toneless = TONE.sub("", label)
        options = said_by_topics(covers, theme) if len(covers.members.get(theme, ())) else []
        bare = toneless in ("Mixed findings", "Statistics")
        options += [toneless] if toneless != label and not bare and WEAK_MIXED.search(toneless) is None else []
        text = next((s for s in options if label_key(s) not in have), None)
        if text is None and toneless != label and not bare:
            text = toneless
        if text is not None:
            have.discard(label_key(label))
            have.add(label_key(text))
            out[theme] = text
    return out
