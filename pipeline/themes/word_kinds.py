"""The kinds of a common word a theme's findings name, said as one name (`kinds_named`: "Pathway, care and other
plans", "Governance and other arrangements").

A theme whose findings are about many sides of a word a quarter of all themes use (`fallback_names.widespread`:
"plans") is named by the kinds of it they write most (`pipeline.themes.label_choice`), as is a theme named by one
part of a thing its findings nearly all write about (`pipeline.themes.part_kinds`, `pipeline.themes.whole_topic`).
A kind is one of the two or three words before the word in the most findings, each in at least
`fallback_names.SIBLING_SHARE` of them; a kind that is mostly the end of one longer modifier is said whole ("child
death overview", COMPOUND_SHARE); kinds of the word in two senses are no kinds of one thing (`kind_senses`). A
modifier the findings write mostly as the last word of a coordinated compound ("finish" of "task and finish groups")
or a participle they write as the word's passive verb ("written" of "plans are written") is no kind (`no_kind`): the
next most written modifiers are the kinds instead, as is an -ing modifier whose verb the texts also write right before
the word ("achieving" where they write "achieve permanence": `_acts_on`). A noun of no plural the texts never write
plural is said singular after "other" ("Care, contingency and other planning", not "plannings").

    kinds_named(texts, word) -> "A, B and other Ws", or None
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import islice

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.themes.capitals import capitalised
from pipeline.themes.fallback_names import SIBLING_SHARE
from pipeline.themes.kind_senses import one_thing, same_sense
from pipeline.themes.name_checks import FIELD_ITSELF, pos_tagger, noun_phrases
from pipeline.themes.vocabulary import (CONNECTORS, DETERMINERS, EVALUATIVE, MONTHS, place_words, straight, fold,
                                        stop_words)


def kinds_named(texts: list[str], word: str, frame: bool = False, one: float | None = None, nouns_only: bool = False,
           checked: bool = True) -> str | None:
    """The kinds of a common word the texts name, as one name ("Pathway, care and other plans"): the two or three
    words before it in the most texts (each in at least SIBLING_SHARE of them, a noun phrase with it), or None when
    fewer than two are. frame: the field's frame words may name a kind ("Improvement, wellbeing and other boards").
    one: the share of the texts one kind alone needs to name them ("Governance and other arrangements"), if any.
    nouns_only: each kind a noun ("governance arrangements"), no adjective or participle ("decisive action", "taken
    action"), which says how, not what. checked: the kinds are kinds of one thing (`kind_senses`)."""
    if " " in word:
        return None
    head = fold(word.lower())
    pattern = re.compile(r"(?:([a-z][a-z'’-]*)\s+)?(?:([a-z][a-z'’-]*)\s+)?(?<![a-z'’-])([a-z][a-z-]*[a-z])[\s]+("
                         + re.escape(head) + r"s?)(?![a-z])")
    counts: Counter = Counter()
    forms: Counter = Counter()
    lead: dict[str, Counter] = {}  # the word before each kind, where a content word
    for text in texts:
        seen, led = set(), set()
        low = straight(text).lower()
        # a match holds the word as written: a text without it is not scanned (the pattern tries every place)
        for outer, first, before, form in (pattern.findall(low) if head in low else ()):
            if before in (_breaking() if frame else stop_words()) or before in FIELD_ITSELF \
                    or before in CONNECTORS | DETERMINERS:
                continue
            seen.add(before)
            forms[form] += 1
            if first and _content(first):
                led.add((before, f"{outer} {first}" if outer and _content(outer) else first))
        counts.update(seen)
        for before, first in led:
            lead.setdefault(before, Counter())[first] += 1
    least = max(2, SIBLING_SHARE * len(texts))
    frequent = (w for w, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])) if n >= least)
    # no kind that the texts write mostly as the last word of a coordinated compound ("finish" of "task and finish
    # groups"), nor a participle saying what is done to the word ("written" of "plans are written"): `no_kind`
    lowered = [straight(text).lower() for text in texts]
    kept = list(islice((w for w in frequent if not no_kind(lowered, word, w)), 3))
    # a kind that is mostly the last modifier of one longer compound ("overview" of "child death overview panels")
    # is cut from it: said whole, as most of its texts write it (read 44: "Adoption, overview and other panels")
    said = {w: _whole_kind(w, lead.get(w), sum(1 for t in texts if _has_kind(t, w, word))) for w in kept}
    if not forms:
        return None
    form = forms.most_common(1)[0][0]
    nouns = noun_phrases([f"{w} {form}" for w in kept])
    kept = [w for w in kept if f"{w} {form}" in nouns and (not nouns_only or _noun_modifier(w, form))][:2]
    if len(kept) < 2 and not (kept and one is not None and counts[kept[0]] >= one * len(texts)):
        return None
    # kinds of one thing, not one word in two senses, nor one W the findings know ("the board"): `kind_senses`;
    # of two senses, the first kind alone when SENSE_ONE of the texts write it ("Governance and other arrangements")
    if checked and not same_sense(lowered, head, kept):
        kept = kept[:1] if counts[kept[0]] >= SENSE_ONE * len(texts) else []
    if checked and (not kept or one_thing(lowered, head, kept)):
        return None
    plural = form if form[-1] in "sxyh" else f"{form}s"  # "and other boards", though most say "the board"
    if form.endswith(_MASS) and form not in forms.keys() - {head}:  # no "other plannings", "other permanences"
        plural = form
    text = f"{', '.join(said[w] for w in kept)} and other {plural}"
    return capitalised(text)


# Endings of nouns of no plural, said so after "other" unless the texts write them plural ("care and other
# planning", "early and other permanence").
_MASS = ("ing", "ence", "ance", "ness")

SENSE_ONE = 0.3  # share of the texts the first of two kinds in two senses needs to name them alone

COMPOUND_SHARE = 0.5  # share of a kind's texts that write one same content word before it, at which it is cut


_BE = r"(?:is|are|was|were|be|been|being)"
_ADVERBS = r"(?:(?:[a-z]+ly|not|always|often|all|also|still|now|then|has|have|had|will|would|should|must|can|to)\s+)*"


def no_kind(lowered: list[str], word: str, modifier: str) -> bool:
    """Whether `modifier`, written before `word` in the (lower-cased, straightened) texts, is no kind of it, as a
    researcher would not name it: written before it after one same word and "and" or "or" by COMPOUND_SHARE of the
    texts that write it before the word, the last word of one coordinated compound ("finish" of "task and finish
    groups", "care" of "health and care plans"; not a kind its texts join to varied words: "safe and enduring", "warm
    and enduring relationships"); or a past participle (spaCy's tag) the texts also write after the word as its passive
    verb in PASSIVE_TEXTS of them or more ("written" of "plans are written"): it says what is done to the word, not
    which kind it is ("written", "agreed", "updated" plans), unlike a participle that names a kind and is not said of
    the word so ("targeted services")."""
    head, kind = re.escape(fold(word.lower())), re.escape(modifier)
    before = re.compile(rf"(?<![a-z'’-]){kind}\s+{head}s?(?![a-z])")
    joined = re.compile(rf"(?<![a-z'’-])([a-z][a-z'’-]*)\s+(?:and|or)\s+{kind}\s+{head}s?(?![a-z])")
    writing = [low for low in lowered if before.search(low)]
    firsts = Counter(first for low in writing for first in {m.group(1) for m in joined.finditer(low)})
    if firsts and firsts.most_common(1)[0][1] >= COMPOUND_SHARE * len(writing):
        return True
    if _acts_on(lowered, head, modifier):
        return True
    if not _participle(modifier, word):
        return False
    passive = re.compile(rf"(?<![a-z'’-]){head}s?\s+{_ADVERBS}{_BE}\s+{_ADVERBS}{kind}(?![a-z])")
    return sum(1 for low in lowered if passive.search(low)) >= PASSIVE_TEXTS


PASSIVE_TEXTS = 2  # texts writing a participle as the word's passive verb for it to be no kind: more than a slip


def _acts_on(lowered: list[str], head: str, modifier: str) -> bool:
    """Whether `modifier` is an -ing verb whose other forms the texts write right before the word (`head`, escaped)
    in PASSIVE_TEXTS of them: "achieving" of "achieving permanence" where they also write "achieve permanence" and
    "achieved permanence" - the act done to the word, not a kind of it (read 88 judged 'Achieving, early and other
    permanences' garbled); "fostering" of "fostering services" is no verb of services there."""
    stem = modifier[:-3]
    if not modifier.endswith("ing") or len(stem) < 3 or stem[-1] == stem[-2]:
        return False  # a doubled consonant ("planning", "planned") is left alone: "planned meetings" is no act
    verb = re.compile(rf"(?<![a-z'’-]){re.escape(stem)}(?:e|es|ed|s)\s+{head}s?(?![a-z])")
    return sum(1 for low in lowered if verb.search(low)) >= PASSIVE_TEXTS


def _participle(modifier: str, head: str) -> bool:
    """Whether spaCy tags `modifier` a past participle (or past tense) verb before `head`; False without its model."""
    nlp = pos_tagger()
    if nlp is None:
        return False
    doc = nlp(f"{modifier} {head}")
    return len(doc) >= 2 and doc[0].pos_ == "VERB" and doc[0].tag_ in ("VBN", "VBD")


def _has_kind(text: str, kind: str, word: str) -> bool:
    """Whether `text` writes `kind` right before `word` (singular or plural)."""
    return re.search(r"(?<![a-z'’-])" + re.escape(kind) + r"\s+" + re.escape(fold(word.lower())) + r"s?(?![a-z])",
                     straight(text).lower()) is not None


# Number words sklearn's stop words lack: a count before a kind is no part of its name ("seven monitoring visits",
# read 56: "Seven monitoring, statutory and other visits" garbled).
_NUMBERS = frozenset({"seven", "thirteen", "fourteen", "sixteen", "seventeen", "eighteen", "nineteen", "thirty",
                      "seventy", "eighty", "ninety", "thousand"})


def _content(word: str) -> bool:
    """Whether a word may be part of a compound modifier: no stop word, connector, determiner or number."""
    return word not in ENGLISH_STOP_WORDS | _NUMBERS and word not in CONNECTORS | DETERMINERS


def _whole_kind(kind: str, lead: Counter | None, forms_of: int) -> str:
    """A kind said whole: when one run of one or two content words stands before it in at least COMPOUND_SHARE of
    the `forms_of` texts that write the kind, it is the end of that longer modifier ("overview" of "child death
    overview"), said with it; else the kind as it is."""
    if not lead or not forms_of:
        return kind
    firsts: Counter = Counter()
    for run, n in lead.items():
        firsts[run.split()[-1]] += n
    first, n = firsts.most_common(1)[0]
    if n < COMPOUND_SHARE * forms_of:
        return kind
    outer, m = max(((run, k) for run, k in lead.items() if " " in run and run.split()[-1] == first),
                   key=lambda item: (item[1], item[0]), default=("", 0))
    return f"{outer if m >= COMPOUND_SHARE * forms_of else first} {kind}"


def _noun_modifier(modifier: str, head: str) -> bool:
    """Whether spaCy tags `modifier` a noun before `head` ("governance arrangements"); False without its model."""
    nlp = pos_tagger()
    if nlp is None:
        return False
    doc = nlp(f"{modifier} {head}")
    return len(doc) >= 2 and doc[0].pos_ in ("NOUN", "PROPN")


@lru_cache(maxsize=1)
def _breaking() -> frozenset[str]:
    """The words that end a phrase when the field's frame words may be in it: English stop words, evaluative words,
    months and places."""
    return frozenset(set(ENGLISH_STOP_WORDS) | EVALUATIVE | MONTHS | place_words())
