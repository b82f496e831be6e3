"""Passes over chosen labels that rename a theme by the field's topics (`concepts`) where its label says less.

A theme left mixed is named by the topic most of its findings write about (`topic_names`), or by two topics that
together are most of it (`two_topics`); a label of phrases few of its findings use gives way to the topic most of it
writes about (`topic_over_parts`), a label narrower than the word nearly all of it uses to that word's topic
(`topic_of_word`); mixed labels a renamed theme gave up go back to the theme that wanted them next (`given_back`).
"""

from __future__ import annotations

import re

import numpy as np

from pipeline.themes.capitals import capitalised
from pipeline.themes.concepts import LIFT
from pipeline.themes.coverage import FIGURE_SHARE, Coverage
from pipeline.themes.fallback_names import DOMINANT_SHARE, FLOOR, dominant_word, needs_object, widespread
from pipeline.themes.label_text import inner, is_topic, joined_list
from pipeline.themes.name_checks import STATISTIC_WORDS, VAGUE_WORDS, opens_with_participle, name_problems
from pipeline.themes.vocabulary import CONNECTORS, DETERMINERS, label_key, fold
from pipeline.themes.written_phrase import FURTHER_SHARE


def object_word_part(covers: Coverage, theme: int, label: str) -> str:
    """A sub-theme's label as a part of its broad theme's label (`broad_from_children`): a mixed sub-theme most of
    whose findings write a word that waits for its object (`needs_object`: "response to concerns") is no "Response,
    various aspects" of its own, but beside its siblings' topics the word says what part of the broad theme it is
    ("Permanence planning, response and delay"), and is given to the broad label as "<word>, various aspects"."""
    if not MIXED_LABEL.match(label):
        return label
    word = dominant_word(covers, theme, DOMINANT_SHARE)
    if not word or "-" in word or fold(word.lower()) in VAGUE_WORDS or widespread(covers, word):
        return label
    return f"{word}, various aspects" if needs_object(covers.texts_of(theme), word) else label


def _keys_in_use(out: dict[int, str], taken: set[str]) -> set[str]:
    """The keys (label_key) of the labels `taken` elsewhere and of those in `out`."""
    return {label_key(text) for text in taken} | {label_key(label) for label in out.values()}


def _relabel(out: dict[int, str], have: set[str], theme: int, text: str) -> None:
    """`theme` labelled `text` in `out`, its old label's key given up in `have` and the new one's taken."""
    have.discard(label_key(out[theme]))
    have.add(label_key(text))
    out[theme] = text


# A mixed label that says a minor part of its theme is on something, or that it has nothing in common; one that
# says what a fair part of it is on.
MINOR_PART = re.compile(r", (?:very few|one in \w+) on |, no common topic$|, mixed topics$")
FAIR_PART = re.compile(r"(?:Mixed findings|Statistics)(?:, (?:some|mostly) on |: )")


def given_back(named: dict[int, str], before: dict[int, str], wanted: dict[int, list[str]], taken: set[str]
                ) -> dict[int, str]:
    """Mixed labels a theme gave up when it was named by its topic (`topic_names`) given to the theme that wanted
    them next: "Mixed findings, some on placements" goes back to the theme most of whose findings are on placements,
    not left unused while that theme says less ("very few on county"). Themes in the order they were named; each
    takes the first of its labels (best first) that no theme has, if it comes before the one it has; only a theme
    said to have a minor part on something or nothing in common (`MINOR_PART`), and only a label that names what a
    fair part of it is on ("some on X", "Mixed findings: A and B")."""
    out = dict(named)
    have = _keys_in_use(out, taken)
    for theme, forms in wanted.items():
        if out[theme] != before[theme] or not MINOR_PART.search(out[theme]):
            continue  # named by its topic since, or already says what a fair part of it is on
        for form in forms:
            if label_key(form) == label_key(out[theme]):
                break
            if label_key(form) not in have and FAIR_PART.match(form):
                _relabel(out, have, theme, form)
                break
    return out


SOME_ON = re.compile(r"^Mixed findings, some on (.+)$")


def mostly_some(named: dict[int, str], covers: Coverage, taken: set[str], further: bool) -> dict[int, str]:
    """A theme said to be "Mixed findings, some on X" when at least FURTHER_SHARE of its findings use X (X a phrase,
    not a field topic, whose share `_topic_parts` says) named by X, or, X being another theme's label, as further
    findings on it (sub-themes only): read 23/24 judged "Mixed findings, some on placements" wrong over a theme all of
    whose findings are on where children are placed."""
    out = dict(named)
    have = _keys_in_use(out, taken)
    for theme, label in named.items():
        found = SOME_ON.match(label)
        if not found or capitalised(found.group(1)) in covers.concepts().labels \
                or covers.share(theme, found.group(1)) < FURTHER_SHARE:
            continue
        topic = capitalised(found.group(1))
        for text in [topic] + [f"{topic}, further findings"] * further:
            if label_key(text) not in have:
                _relabel(out, have, theme, text)
                break
    return out


# Least share of a mixed sub-theme's findings that write about one of two field topics for it to be named by both.
TWO_TOPICS_SHARE = 0.5
# Least ratio of the share of all findings that write about both topics to the share that would by chance (the
# product of their shares) for two topics to be named together: topics no finding writes together are two subjects
# (read 40: "Children returning home from care, education, employment and training", none of the run's findings
# writing both, over findings half on home education, half on return home, judged wrong; "Where children live,
# local population and deprivation" is written together 3.8 times as often as by chance).
TOGETHER_LIFT = 0.5
MIXED_LABEL = re.compile(r"^Mixed findings\b")


def two_topics(named: dict[int, str], covers: Coverage, taken: set[str]) -> dict[int, str]:
    """A sub-theme left mixed ("Mixed findings, some on child-centred practice") named by two field topics
    (`concepts`) when together they are what most of it (TWO_TOPICS_SHARE) writes about: each written about by at
    least FLOOR of it, LIFT times as often as by all findings, the second by FLOOR of it the first leaves, the two
    written together by all findings as often as chance allows (`_written_together`), neither another theme's label
    ("Child-centred practice, voice and participation of children": read 25 judged the theme not mixed but on
    child-centred work and the child's voice; read 40: a second topic another theme's label left that theme renamed
    further findings on this one's pair). The pair that covers most, the larger topic first."""
    out = dict(named)
    concepts = covers.concepts()
    have = _keys_in_use(out, taken)
    for theme, label in named.items():
        if not MIXED_LABEL.match(label):
            continue
        rows = covers.members[theme]
        topics = concepts.fitting(rows, least=FLOOR, lift=LIFT)
        uses = {t: concepts.uses[rows, concepts.labels.index(t)] for t in topics}
        best = None
        for i, first in enumerate(topics):
            for second in [t for t in topics[i + 1:] if label_key(t) not in have] * (label_key(first) not in have):
                both = float(np.mean(uses[first] | uses[second]))
                adds = float(np.mean(uses[second] & ~uses[first]))
                if both >= TWO_TOPICS_SHARE and adds >= FLOOR and (best is None or both > best[0]) \
                        and _written_together(concepts.uses, concepts.labels.index(first),
                                              concepts.labels.index(second)):
                    best = (both, first, second)
        if best is None:
            continue
        # both parts as written inside a label, the first capitalised after the list is ordered (a part holding an
        # "and" goes last: "where children live, Deprivation and poverty" was miscased)
        text = capitalised(joined_list([inner(best[1]), inner(best[2])]))
        if label_key(text) not in have and not name_problems([text]):
            _relabel(out, have, theme, text)
    return out


def _written_together(uses: np.ndarray, first: int, second: int) -> bool:
    """Whether all findings (`uses`: findings x topics, True where a finding writes about a topic) write about topics
    `first` and `second` together at least TOGETHER_LIFT times as often as they would by chance."""
    chance = float(np.mean(uses[:, first])) * float(np.mean(uses[:, second]))
    return chance > 0 and float(np.mean(uses[:, first] & uses[:, second])) >= TOGETHER_LIFT * chance


def topic_over_parts(named: dict[int, str], covers: Coverage, taken: set[str]) -> dict[int, str]:
    """A sub-theme's label of phrases that together fewer than `concepts.LEAST` of its findings use, named by the field
    topic that at least FURTHER_SHARE of it write about (LIFT times as often as all findings, WIDER times as many as
    use the phrases): "Residential children's homes and special schools" (38%) -> "Where children live" (83%; read 25:
    most on children living in stable homes near their area). The topic another theme's label, the sub-theme holds
    further findings on it, unless its label holds one of the topic's terms (a kind of it: "Achieving permanence")."""
    from pipeline.themes.concepts import LEAST
    from pipeline.themes.fallback_names import WIDER
    from pipeline.themes.field import term_pattern

    out = dict(named)
    concepts = covers.concepts()
    have = _keys_in_use(out, taken)
    for theme, label in named.items():
        if not is_topic(label) or label.endswith(", further findings") or label.startswith("Statistics") \
                or label in concepts.labels:
            continue
        parts = [p for p in re.split(r", including |, | and ", label) if p.strip()]
        own = covers.union(theme, parts)
        rows = covers.members[theme]
        topic = next(iter(concepts.fitting(rows, least=FURTHER_SHARE, lift=LIFT)), None)
        if own >= LEAST or topic is None or concepts.share(rows, topic) < WIDER * own:
            continue
        text = topic_text(covers, theme, topic)
        if label_key(topic) in have or label_key(text) in have:
            if term_pattern(concepts.terms[topic]).search(label):  # the label holds one of the topic's terms
                continue
            text = f"{text}, further findings"
        if label_key(text) not in have and not name_problems([text]):
            _relabel(out, have, theme, text)
    return out


# Least share of a mixed sub-theme's findings that write about a field topic for the topic to name it plainly
# (`topic_names`); below it the topic is said as a part ("Mixed findings, some on X"). Blind reads judged plain topic
# labels over 35% and 39% (reads 23/24) and two over 44% (read 40: "Improvement plans and progress", "Timeliness and
# delay") wrong, one over 49% ok; `concepts.LEAST` (40%) still decides what a theme is about elsewhere.
TOPIC_NAME_SHARE = 0.45

WEAK_LABEL = re.compile(r"^(?:Mixed findings|Statistics)\b|, various aspects$")


def topic_names(labels: dict[int, str], covers: Coverage, used: set[str], further: bool = True) -> dict[int, str]:
    """Themes left mixed ("Mixed findings ...", "Statistics, ...", "X, various aspects") named by the field's topic
    most of their findings write about however worded (`concepts.Concepts.fitting`), when it covers at least as much
    as the word most of the theme uses ("Assessments, various aspects" is no "Work with parents" for the few on
    parenting), or that word is one of the topic's own. Each topic names one theme: as many themes as can be are
    named, the best covered first (`matched`); with `further` (sub-themes), a theme left, most of it about a topic
    another theme has, holds "further findings" on it."""
    pairs = []
    for theme, label in labels.items():
        if not WEAK_LABEL.search(label):
            continue
        rows = covers.members[theme]
        word = dominant_word(covers, theme, DOMINANT_SHARE)
        least = covers.share(theme, word) if word else 0.0
        for topic in covers.concepts().fitting(rows, least=TOPIC_NAME_SHARE):
            share = covers.concepts().share(rows, topic)
            # the word is the topic's own ("Lives, various aspects" of children's lives): the topic says it, and more
            if share >= least or (word and covers.concepts().says(topic, word)):
                pairs.append((-round(share, 9), -len(rows), theme, topic))
    out = dict(labels)
    free = [(order, rows, theme, topic) for order, rows, theme, topic in sorted(pairs)
            if label_key(topic) not in used and label_key(topic_text(covers, theme, topic)) not in used]
    for theme, topic in sorted(matched(free).items()):
        out[theme] = topic_text(covers, theme, topic)
        used.add(label_key(topic))
        used.add(label_key(out[theme]))
    # A theme most of which is about a topic another theme has is said to hold further findings on it: a reader of
    # "Children looked after, further findings" finds them about children looked after, as they are; "Mixed
    # findings, a few on X" would say they share nothing.
    for order, _, theme, topic in sorted(pairs):
        text = f"{topic_text(covers, theme, topic)}, further findings"
        if further and out[theme] == labels[theme] and -order >= FURTHER_SHARE and label_key(text) not in used:
            out[theme] = text
            used.add(label_key(text))
    return out




# Least share of a theme's findings that use one word of its label, at least WIDER times as many as use the label,
# for the label to be narrower than the theme (`topic_of_word`).
WORD_OF_ALL = 0.8


def topic_of_word(covers: Coverage, theme: int, label: str) -> str | None:
    """The field topic to name a theme by when its label of one phrase names a part of what one of its words names
    across the theme: the word is used by at least WORD_OF_ALL of its findings and WIDER times as many as the label,
    and is a word of a topic most of the theme writes about ("Missing education" over 43% of a theme 99% of whose
    findings say "missing": "Children missing from home or care"). None when there is none."""
    from pipeline.themes.fallback_names import WIDER

    if not is_topic(label) or label.endswith(", further findings") or re.search(r",| and ", label) \
            or label in covers.concepts().labels or len(label.split()) < 2:
        return None
    own = covers.share(theme, label)
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", label) if w.lower() not in CONNECTORS | DETERMINERS]
    wide = [w for w in words if covers.share(theme, w.lower()) >= max(WORD_OF_ALL, WIDER * own)]
    rows = covers.members[theme]
    for topic in covers.concepts().fitting(rows):
        if any(covers.concepts().says(topic, w) or covers.concepts().says(topic, w.lower()) for w in wide):
            # the label is a sense of the word the topic leaves out ("missing education" of children missing from
            # home or care): both are said (read 37 judged the topic alone wrong over a theme 7 in 10 on it)
            if own >= FLOOR and _excluded_sense(topic, label):
                return f"{topic} and {inner(label)}"
            return topic
    return None


def _excluded_sense(topic: str, label: str) -> bool:
    """Whether `label` is written as one of the phrases whose uses of the topic's terms do not count for the topic
    (`concepts.read_exclusions`)."""
    from pipeline.themes.concepts import read_exclusions

    lower = label.lower()
    return any(re.fullmatch(re.escape(phrase.lower()) + r"s?", lower) for phrase in read_exclusions().get(topic, ()))


def topic_text(covers: Coverage, theme: int, topic: str, least: float = FIGURE_SHARE) -> str:
    """A topic's label as a theme's: "Statistics on children looked after" of a theme whose findings mostly give
    counts or rates (`FIGURE`; a reader looks for the topic in figures), unless the topic is itself about figures
    ("Comparisons with national averages")."""
    said = f"Statistics on {topic[:1].lower() + topic[1:]}"
    if covers.figures(theme) < least or {w.lower() for w in re.findall(r"[A-Za-z-]+", topic)} & STATISTIC_WORDS \
            or opens_with_participle(said):  # "Statistics on placed for adoption" (read 38): the topic alone reads
        return topic
    return said


def matched(pairs: list[tuple]) -> dict[int, str]:
    """Theme -> topic, each topic one theme's, as many themes named as can be: a theme about training and learning
    both takes "Training" when another theme about learning alone needs "Learning and staff development".
    pairs: (order, _, theme, topic), best first; a theme tries its topics best first (augmenting paths, so a topic
    moves to a theme's next one only when that names one more theme)."""
    options: dict[int, list[str]] = {}
    for _, _, theme, topic in pairs:
        options.setdefault(theme, []).append(topic)
    holder: dict[str, int] = {}

    def place(theme: int, seen: set[str]) -> bool:
        for topic in options[theme]:
            if topic in seen:
                continue
            seen.add(topic)
            if topic not in holder or place(holder[topic], seen):
                holder[topic] = theme
                return True
        return False

    for theme in dict.fromkeys(theme for _, _, theme, _ in pairs):  # best-covered first
        place(theme, set())
    return {theme: topic for topic, theme in holder.items()}
