"""Filler sub-theme labels said by the two or three parts most of their findings bear (issue 16).

Blind reads 71-87 (tuning) judged the placeholder wordings the naming falls back on meaningless far more often than
any named subject: "X, various aspects" over a word of the field's frame or people (`fallback_names.too_common`:
'Group', 'Staff', 'Young people', 'Provision') 15 of 32 times, over another word ('Relationships', 'Challenge') 1 of
17; "X, further findings" 9 of 48 ("a leftover bin"), "Context and statistics" 4 of 8; "Mixed findings: X" 18 of 41,
wrong whenever X was a part few of the findings bear ("CAF appears in only one finding"). Earlier passes say such a
label by a subject of its own when half its findings or so write one (`inside_names`, `rejected_forms`,
`judged_aspects`, ...); this pass, last, takes the labels left.

Such a label (`filler`: "X, further findings", "Context and statistics", "X, various aspects" over a `too_common` word
its findings write in unrelated senses - the kinds of it they name are no kinds of one thing, `kind_senses`: "core",
"sibling" and "family" groups, where readers wrote "grouped on the word 'group'"; 'Board, various aspects' over boards
of one kind stays -, or a "Mixed findings: ..." listing one of whose parts fewer than PART of its findings bear) is
said by the parts its findings do bear: the field's topics (`Coverage.concepts`, each used LIFT times as often as by
all findings) and its own noun phrases (`inside_names.own_parts`), each borne by at least PART of its findings - the
share at which a named part was accepted in reads 76-80 (`honest_judgements.PART`: parts of accepted labels 21-97%, of
rejected 3-19%) - taken most borne first, each adding FLOOR of the findings the ones before do not bear, up to MOST.
The label lists two or more such parts that together bear PAIR of the findings ("Sub-groups, meetings and reviews": a
topic whose findings write only a later word of its label said by that word, `topic_words.shares_a_word`), said
"Statistics on ..." over figures; a part that only restates the X of "X, further findings" sets nothing apart and is
not listed. A theme with no such parts keeps its label: an honest placeholder misleads less than a list of parts a
reader of ten of its findings would not find. The new label passes the label checks and is no other theme's
(`siblings.relabelled`).

A label that is one wording of a topic the field's reports share (`shared_topic`, pipeline/data/shared_topics.csv: one
of its terms, or a run of words of one) is said by the topic when its findings write the topic as `shared_topic` asks
(most of them, well ahead of any other listed topic) and SHARED_AHEAD times as many write the topic in any wording as
write the label's own: read 87 judged 'Early stage' meaningless ("cut phrase; does not say these are developments too
new to show impact") over findings 64% of which say a change is too recent to judge ("too early to evaluate", "in its
early stages", "recently introduced"), 30% in those words; read 77 accepted a theme of them said by that subject. The
topic "Changes too recent to show impact" is written as a thing being new ("is at an early stage", "too early"), not
as something done early ("resolved at an early stage" is early help): a theme of both senses half each keeps its
label.

    filler_said(labels, covers, keep, taken) -> labels with filler wordings said by the parts their findings bear,
        and a label of one wording of a shared topic said by the topic
"""

from __future__ import annotations

import re

import numpy as np

from pipeline.themes.broad_parts import label_parts
from pipeline.themes.capitals import capitalised
from pipeline.themes.concepts import LIFT
from pipeline.themes.fallback_names import FLOOR, too_common
from pipeline.themes.field import term_pattern
from pipeline.themes.honest_judgements import PART
from pipeline.themes.inside_names import PAIR, own_parts, phrase_rows
from pipeline.themes.label_text import inner, joined_list
from pipeline.themes.rejected_forms import part_borne
from pipeline.themes.shared_topic import SHARED_AHEAD, read_shared_topics, shared_topic, topic_uses
from pipeline.themes.siblings import each_relabelled
from pipeline.themes.topic_words import shares_a_word, topic_words, written_topic
from pipeline.themes.vocabulary import fold
from pipeline.themes.word_kinds import kinds_named

# Most parts a label lists: a reader keeps three in mind, and a fourth part bears few findings the three do not.
MOST = 3

_PLACEHOLDER = re.compile(r", further findings$|^Context and statistics$")
_ASPECTS = re.compile(r"^(.+), various aspects$")
# "Mixed findings, some on X": readers reject the wording whatever X is (`rejected_forms`); said by its parts when
# two or more together bear PAIR of the findings (labels63: bundled "..., some on improvement plans and progress" ->
# "Improvement plans and progress, learning and staff development", 27% and 23%)
_SOME_ON = re.compile(r"^Mixed findings, (?:some|one in \w+) on ")
_FURTHER = ", further findings"


def filler(covers, theme: int, label: str) -> bool:
    """Whether `label` is a placeholder wording ("X, further findings" whose findings fewer than PART bear X, as a
    topic or by a word of its label ("reviews" of "Meetings and reviews") - read 88
    judged 'Meetings and reviews, further findings' over looked-after reviews ok and the parts said for it, 'Children
    looked after, timeliness and delay, voice and participation of children', wrong -, "Context and statistics",
    "X, various aspects"
    over a word of the field's frame or people, `too_common`, its findings write in unrelated senses: `_senses`) or a
    "Mixed findings: ..." listing one of whose parts fewer than PART of the theme's findings bear, or "Mixed
    findings, some on X" / "..., one in N on X" (`_SOME_ON`)."""
    aspects = _ASPECTS.match(label)
    if aspects:
        return too_common(aspects.group(1)) and _senses(covers.texts_of(theme), aspects.group(1))
    if label.endswith(_FURTHER):  # X kept when its findings bear it: readers accepted 39 of 48 such labels
        x = label[:-len(_FURTHER)]
        return max([part_borne(covers, theme, x)] + [covers.share(theme, word) for word in topic_words(x)]) < PART
    if _PLACEHOLDER.search(label) or _SOME_ON.match(label):
        return True
    opening, parts = label_parts(label)
    return opening == "Mixed findings: " and any(part_borne(covers, theme, part) < PART for part in parts)


def _senses(texts: list[str], word: str) -> bool:
    """Whether the kinds of `word` the texts name are not all of one sense (`word_kinds.kinds_named` names other kinds
    when their senses are not checked: "core", "sibling" and "family" groups): findings that share the word, not a
    subject."""
    return kinds_named(texts, word, frame=True) != kinds_named(texts, word, frame=True, checked=False)


def _words(phrase: str) -> set[str]:
    return {fold(w) for w in re.findall(r"[a-z]+", phrase.lower())}


def _topic_said(covers, theme: int, topic: str, uses: np.ndarray) -> tuple[str, np.ndarray]:
    """A field topic as a part, with which of the theme's findings bear it so said (`uses`: those that write any of
    its terms): by the later part of its label its findings write when they share that word of it, not the topic
    (`topic_words.shares_a_word`: "sub-groups" of "Safeguarding board and its sub-groups" over sub-groups of every
    body; read 86 rejected the topic's label there); else by the parts of its label FLOOR of its findings write
    (`topic_words.written_topic`: read 88 rejected 'Timeliness and delay, permanence and stability' over findings 22%
    of which write permanence and 0.4% stability), borne by the findings that write those parts; else by its label."""
    if shares_a_word(covers, theme, topic):
        written = [part for part in topic_words(topic)[1:] if covers.written(theme, part) >= FLOOR]
        return (written[0], uses) if written else (topic, uses)
    return written_topic(covers, theme, topic, uses)


def _candidates(covers, theme: int) -> list[tuple[str, np.ndarray]]:
    """(part, which of the theme's findings bear it) of the field topics (`_topic_said`) and own phrases PART of them
    bear, most borne first (a topic before a phrase of the same share: its name says more)."""
    rows = covers.members[theme]
    concepts = covers.concepts()
    found = []
    if len(rows) and concepts.labels:
        uses = concepts.uses[rows]
        share = uses.mean(axis=0)
        said = [_topic_said(covers, theme, concepts.labels[i], uses[:, i].astype(bool)) for i in np.flatnonzero(
            (share >= PART) & (share >= LIFT * concepts.overall))]
        found += [(part, bear) for part, bear in said if bear.mean() >= PART]
    found += [(phrase, phrase_rows(covers, theme, phrase)) for phrase, _ in own_parts(covers, theme)]
    return sorted(found, key=lambda item: -round(float(item[1].mean()), 6))


def parts_borne(covers, theme: int, label: str = "") -> list[str]:
    """Up to MOST parts the theme's findings bear (`_candidates`), each adding FLOOR of them the ones before do not,
    none restating X of "X, further findings" or holding the words of a part before; [] unless two or more together
    bear PAIR of them."""
    x = _words(label[:-len(_FURTHER)]) if label.endswith(_FURTHER) else set()
    chosen: list[str] = []
    covered = np.zeros(len(covers.members[theme]), dtype=bool)
    for part, bear in _candidates(covers, theme):
        words = _words(part)
        if len(chosen) == MOST or (x and (words <= x or x <= words)) \
                or any(words <= _words(c) or _words(c) <= words for c in chosen):
            continue
        if bear.size and (bear & ~covered).mean() >= FLOOR:
            chosen.append(part)
            covered |= bear
    return chosen if len(chosen) >= 2 and covered.mean() >= PAIR else []


def _said(covers, theme: int, label: str) -> str | None:
    """The parts-borne label of a filler label (`parts_borne`), or None."""
    if not filler(covers, theme, label):
        return None
    parts = parts_borne(covers, theme, label)
    if not parts:
        return None
    listed = joined_list([inner(part) for part in parts])
    return f"Statistics on {inner(listed)}" if covers.statistics(theme) else capitalised(listed)


def worded_topic(covers, theme: int, label: str, uses: np.ndarray, topics: list) -> str | None:
    """The listed shared topic (`topics`, with `uses`: `shared_topic.topic_uses` of all texts) the theme's findings
    write about, when `label` is one of its terms or words of one ("Early stage" of "is at an early stage") and
    SHARED_AHEAD times as many of them write the topic as write `label`; else None."""
    found = shared_topic(uses, covers.members[theme], [name for name, _, _ in topics])
    if found is None:
        return None
    name, share = found
    terms = next(terms for topic, terms, _ in topics if topic == name)
    wording = term_pattern((label.strip(),))  # the label is a term of the topic, or a run of words of one
    if not any(wording.search(term) for term in terms) or share < SHARED_AHEAD * covers.written(theme, label):
        return None
    return name


def filler_said(labels: dict[int, str], covers, keep: set[int] = frozenset(), taken: set[str] = frozenset(),
                topics: list | None = None) -> dict[int, str]:
    """`labels` with each filler label (`filler`) said by the parts most of its findings bear (`parts_borne`) and
    each label of one wording of a shared topic said by the topic (`worded_topic`), when free and passing the label
    checks; others as they are. topics: `shared_topic.read_shared_topics`'s (the shipped list when None)."""
    topics = read_shared_topics() if topics is None else topics
    uses = topic_uses([str(text) for text in covers.texts], topics) if topics else None

    def say(covers, theme: int, label: str) -> str | None:
        worded = worded_topic(covers, theme, label, uses, topics) if uses is not None else None
        return worded or _said(covers, theme, label)
    return each_relabelled(labels, covers, say, keep, taken)
