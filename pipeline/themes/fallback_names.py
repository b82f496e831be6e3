"""Names for a theme that no distinctive phrase of its own names, and the widening of a label that names only a part
of its theme (`pipeline.themes.naming` falls back on them in this order):

- `widened`: a label of one phrase widened to the part of it most of the theme shares ("Child protection plans,
  conferences and enquiries", "Health, including mental health");
- `dominant_phrase`: the phrase of two or three words half of the theme's findings use ("Social workers");
- `dominant_term`: the glossary term half of them use in any of its forms ("Children in care");
- `dominant_word`: the noun most of them are about ("Assessments, various aspects"), unless it is `widespread`,
  a word a quarter of all themes use, when the theme is named by the kinds of it that it names
  (`pipeline.themes.word_kinds.kinds_named`: "Pathway, care and other plans").

Also the checks of a word the naming modules ask (`too_common`, `needs_object`, `widespread`); the small pieces of
label text they write with are in `pipeline.themes.label_text`.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterator

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.themes.capitals import capitalised
from pipeline.themes.label_text import head_noun, inner, is_topic, joined_list
from pipeline.themes.name_checks import (FIELD_ITSELF, ORGANISATION, AGE_WORDS, GENERIC_NAMES, WHOLE_FIELD,
                                         field_terms, pos_tagger, name_problems, noun_phrases)
from pipeline.themes.vocabulary import (POPULATION, CONNECTORS, DETERMINERS, DOMAIN_STOP_WORDS, EDGE_WORDS, EVALUATIVE,
                                        MONTHS, place_words, as_shown, stem_of, straight, fold, folded_words)

# `covers` below is a pipeline.themes.coverage.Coverage; it is not imported (coverage imports this module), and with
# postponed annotations the name is never looked up.

# Below this share (3 of a sample of 30) a phrase describes no part of a theme worth naming.
FLOOR = 0.1


# Least share of a theme's findings that must use a sibling phrase ("child protection enquiries" beside "child
# protection plans") for a widened label to list it: one finding in 25, a part a reader of ten may well meet.
SIBLING_SHARE = 0.04


# How much more of the theme the wider part of a label must cover than the label for the label to be widened.
WIDER = 1.5

# Least share of a theme's findings that use the adjective of a label of two words ("independent" of "Independent
# visitor") for the label to be widened to the kinds of thing the adjective qualifies (`widened`): nearly all of it.
DESCRIBED_SHARE = 0.8


def widened(covers: Coverage, theme: int, label: str) -> str:
    """A label of one phrase that names a smaller part of its theme than a part of the phrase does, widened to
    that part: when the phrase's modifier is what most of the theme shares ("child protection" in 86% of a theme
    whose "child protection plans" cover 35%), the phrases it forms in the theme ("Child protection plans,
    conferences and enquiries", three of them at least); when its head word is ("health" in 87%, "mental health" in
    22%) and the phrase names a kind of it (its modifier no noun: "care proceedings" is a term of its own), the
    head with the phrase as its part ("Health, including mental health"); likewise when its last two words are such a
    term ("Children's homes, including unregistered children's homes"). Otherwise `label` as it is."""
    prefix = "Statistics on " if label.startswith("Statistics on ") else ""
    phrase = label[len(prefix):]
    words = phrase.split()
    if (not prefix and not is_topic(label)) or not 2 <= len(words) <= 4 or "," in phrase \
            or {w.lower() for w in words} & (CONNECTORS | DETERMINERS | {"and", "or"}) or phrase.endswith("aspects"):
        return label
    own = covers.share(theme, phrase)
    modifier, head = " ".join(words[:-1]), words[-1]
    least = max(DOMINANT_SHARE, WIDER * own)
    noun = bool(noun_phrases([modifier.lower()]))
    # an adjective nearly all of the theme writes ("independent" in 94% of a theme whose "independent visitor" is in
    # 53%: read 25 found half of it on independent chairs and advocates) holds it together by the kinds of thing it
    # qualifies, roles of the field too ("Independent visitors, advocates and chairs")
    describing = not noun and len(words) == 2 and covers.share(theme, modifier) >= DESCRIBED_SHARE \
        and (_kind_of(phrase.lower()) or _kind_of(f"{modifier} {head}s".lower()))  # spaCy reads "independent
    # visitor" as a name, "independent visitors" as an adjective and its noun
    if covers.share(theme, modifier) >= least and (noun or describing):
        heads = _siblings(covers.texts_of(theme), modifier.lower(), roles=describing)
        # three phrases or more, each its own head ("planning" and "plans" say one thing)
        distinct = list({head_noun(form): form for form in reversed(list(heads.values()))}.values())[::-1]
        if fold(head) in heads and len(distinct) >= 3:
            shown = distinct[:3]
            text = f"{prefix}{modifier} {joined_list(shown)}"
            return capitalised(text)
    stem = stem_of(fold(head))
    if (covers.share(theme, head) >= max(least, WIDER * own) and not too_common(head)
            and covers.share(theme, head) >= WORD_LIFT * covers.everywhere_stems().get(stem, 0.0)
            and noun_phrases([head.lower()]) and _kind_of(phrase.lower())):
        text = f"{prefix}{as_shown(head)}, including {inner(phrase)}"
        return capitalised(text)
    # a kind of a two-word term most of it writes ("unregistered" of "children's homes", in 33% and 74% of a theme:
    # read 47 judged "Unregistered children's homes" wrong over children's homes in general)
    term = " ".join(words[-2:])
    if (len(words) >= 3 and covers.written(theme, term) >= max(least, WIDER * own)
            and covers.written(theme, term) >= WORD_LIFT * covers.share_all(term) and not too_common(term)
            and noun_phrases([term.lower()]) and _kind_of(" ".join(words[:-2] + words[-1:]).lower())):
        text = f"{prefix}{inner(term)}, including {inner(phrase)}"
        return capitalised(text)
    return label


def _kind_of(phrase: str) -> bool:
    """Whether the words before the phrase's head are adjectives ("mental health", "primary schools": a kind of the
    head), not nouns of a compound term ("care proceedings"). False without spaCy's English model."""
    nlp = pos_tagger()
    if nlp is None:
        return False
    doc = nlp(phrase)
    return len(doc) >= 2 and all(t.pos_ == "ADJ" for t in doc[:-1])


# A word a tenth of the findings of at least this share of all themes use is everyone's subject, no theme's.
SPREAD = 0.25


def widespread(covers: Coverage, word: str) -> bool:
    """Whether at least FLOOR of the findings of at least SPREAD of the themes use `word` ("young people", "plans"):
    a theme's findings about many sides of it share no subject a reader could name ("Young people, various aspects"
    is true of a quarter of the themes), unlike a word of a few themes ("assessments", "adoption")."""
    themes = sorted(covers.members)
    if len(themes) < 8:
        return False  # too few themes to tell a word of all of them from a word of some
    shares = covers.shares(word)
    return sum(shares[t] >= FLOOR for t in themes) >= SPREAD * len(themes)


def too_common(word: str) -> bool:
    """A word of the field's frame or its people ("plans", "services", "children"): no subject to widen to."""
    key, lower = fold(word), word.lower()
    return bool({key, lower} & (POPULATION | EDGE_WORDS | DOMAIN_STOP_WORDS | GENERIC_NAMES))


# The people the field serves, no kind of what a modifier qualifies ("school children").
SERVED = frozenset({"child", "children", "young", "people", "person", "family", "families", "parent", "parents",
                    "pupil", "pupils"})


def _siblings(texts: list[str], modifier: str, roles: bool = False) -> dict[str, str]:
    """Folded word -> its usual form, of the nouns that follow `modifier` in at least SIBLING_SHARE of `texts`
    (counted once per text), most used first: the phrases the modifier forms ("plans", "conferences"). roles: the
    field's frame words may be such nouns ("chair" of "independent chair"), each in its plural when the texts use
    it ("Independent visitors, advocates and chairs", not "visitor, advocates and chair"). Never the people served
    nor an age ("school children", "school age": read 31 judged "School attendance, age and children" meaningless)."""
    pattern = re.compile(r"(?<![a-z])" + r"[\s-]+".join(re.escape(w) for w in modifier.split())
                         + r"[\s-]+(?:case\s+)?([a-z][a-z-]*[a-z])(?![a-z])")
    counts: Counter = Counter()
    forms: dict[str, Counter] = {}
    frame = set() if roles else DOMAIN_STOP_WORDS - EDGE_WORDS
    for text in texts:
        seen = set()
        for word in pattern.findall(straight(text).lower()):
            if word in ENGLISH_STOP_WORDS | EVALUATIVE | AGE_WORDS | SERVED or fold(word) in frame | SERVED:
                continue
            forms.setdefault(fold(word), Counter())[word] += 1
            seen.add(fold(word))
        counts.update(seen)
    least = max(2, SIBLING_SHARE * len(texts))
    kept = [key for key, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])) if n >= least]
    shown = {k: forms[k].most_common(1)[0][0] for k in kept}
    if roles:  # the plural, when the texts write it
        shown = {k: next((f for f, _ in forms[k].most_common() if f.endswith("s") and f != k), form)
                 for k, form in shown.items()}
    nouns = noun_phrases([f"{modifier} {form}" for form in shown.values()])
    return {k: form for k, form in shown.items() if f"{modifier} {form}" in nouns}


# Least share of a theme's findings that must use a phrase for it to name a theme no distinctive phrase names.
DOMINANT_SHARE = 0.5


DOMINANT_LIFT = 1.5


# Words a phrase may not begin or end with (besides _CONNECTORS_AT_EDGE); "after" may end "looked after".
_EDGE_WORDS = frozenset(ENGLISH_STOP_WORDS) - {"after"}


def dominant_phrase(covers: Coverage, theme: int, whole_field: bool = False) -> str | None:
    """The phrase of two or three words, as written, that at least DOMINANT_SHARE of a theme's findings use
    ("children looked after", "early help", "young people"), longer ones preferred when nearly as common; None when there
    is none or it is no usable name (a lone generic word, a cut phrase: `name_problems`). A theme that no
    distinctive phrase names is often still about one common subject of the field: this says so instead of
    calling it mixed. A phrase as common in the other findings ("children") says nothing of this theme: it must be
    used at least DOMINANT_LIFT times as often here as in the whole sample.
    whole_field: only phrases that name the whole field ("young people"), which are no name alone but say whom a
    theme of various aspects is about."""
    from pipeline.themes.cluster_text import FRAME_WORDS

    rows = covers.members[theme]
    if len(rows) < 5:
        return None
    counts = covers.gram_counts.get(theme)
    if counts is None:  # the same for both kinds of phrase asked for
        counts = covers.gram_counts[theme] = gram_counts(covers, rows)
    usable = []  # (share, gram, name) of every usable phrase, most used first
    # only the phrases used widely enough are sorted (the loop would stop at the first other)
    for gram, count in sorted(((g, c) for g, c in counts.items() if not c / len(rows) < DOMINANT_SHARE),
                              key=lambda item: (-item[1], item[0])):
        share = count / len(rows)
        # "looked after" is how the field's term for children in care is cut by the edge rule: named in full
        name = "Children looked after" if gram == "looked after" else capitalised(gram)
        problems = name_problems([name], covers.texts_of(theme))
        if whole_field:
            # whom the field serves ("young people"), not who serves them ("children's services" is mostly the tail
            # of "director of children's services")
            problems = [p for p in problems if not p.endswith(WHOLE_FIELD)] \
                if set(gram.split()) <= FIELD_ITSELF - ORGANISATION else ["not a name of the people served"]
        if problems or gram in FRAME_WORDS:
            continue
        if share < DOMINANT_LIFT * share_everywhere(covers, gram):
            continue
        words = tuple(gram.split())
        field = gram == "looked after" or any(term[:len(words)] == words for term in field_terms())
        if not field and not noun_phrases([gram]):  # "panel met", "children live": no subject
            continue
        if covers.whole(theme, gram) is None:  # the tail of "X and <gram>": a cut phrase
            continue
        usable.append((share, gram, name))
    if not usable:
        return None
    # the most used; or a longer phrase that holds it and nearly as many use ("children looked after")
    top_share, top_gram, best = usable[0]
    longer = [(len(g), n) for share, g, n in usable if top_gram in g and share >= 0.9 * top_share]
    return max(longer)[1] if longer else best


def gram_counts(covers: Coverage, rows: np.ndarray) -> Counter:
    """Phrase of two or three words, as written -> how many of `rows` use it (none begins or ends in a stop word)."""
    counts: Counter = Counter()
    for i in rows:
        counts.update(_grams_of(covers.lower(i)))
    return counts


_GRAMS: dict[str, frozenset[str]] = {}  # lower-cased text -> `_grams_of` it: themes of each level read the same texts


def _grams_of(low: str) -> frozenset[str]:
    """The phrases of two or three words `gram_counts` counts in a lower-cased text, worked out once (bounded)."""
    found = _GRAMS.get(low)
    if found is None:
        words = re.findall(r"[a-z][a-z'’-]*[a-z]|[a-z]", low)
        grams = set()
        for n in (2, 3):  # a lone word, even a common one, too often names a fragment ("live" of "where ... live")
            for k in range(len(words) - n + 1):
                gram = words[k:k + n]
                if gram[0] in _EDGE_WORDS or gram[-1] in _EDGE_WORDS or gram[0] == "after":
                    continue
                grams.add(" ".join(gram))
        if len(_GRAMS) >= 50_000:
            _GRAMS.clear()
        found = _GRAMS[low] = frozenset(grams)
    return found


# How much more often than in all findings a theme's findings must use a word for it to say what they are about.
WORD_LIFT = 2.0


def dominant_word(covers: Coverage, theme: int, least: float, general: bool = False) -> str | None:
    """The noun, as its theme mostly writes it, that at least `least` of a theme's findings use and that they use at
    least WORD_LIFT times as often as all findings ("assessments", "board", "staff"): the subject of a theme that
    no phrase names, because its findings are about many sides of one thing. None when there is none (frame
    words, evaluative words and the people the whole field is about never count; general: frame words such as
    "improvement" or "support" do, to say what a part of a mixed theme mentions)."""
    return next(dominant_words(covers, theme, least, general), None)


def dominant_words(covers: Coverage, theme: int, least: float, general: bool = False) -> Iterator[str]:
    """Every noun `dominant_word` would accept, the most used first."""
    rows = covers.members[theme]
    if len(rows) < 5:
        return
    # at most WORD_SAMPLE findings, evenly spread: a share is as well estimated and a broad theme stays cheap
    rows = rows[np.unique(np.linspace(0, len(rows) - 1, min(WORD_SAMPLE, len(rows))).astype(int))]
    tally = covers.word_tally.get((theme, general))
    if tally is None:
        tally = covers.word_tally[(theme, general)] = _word_tally(covers, rows, general)
    counts, forms = tally
    everywhere = covers.everywhere_stems()
    for key, count in counts.items():  # the most used first (`_word_tally`)
        share = count / len(rows)
        if share < least:
            break
        surface = _usual_shown(forms[key])
        stem = stem_of(key) if not surface.isupper() else key
        if share < WORD_LIFT * everywhere.get(stem, 0.0) or not noun_phrases([surface]) \
                or any(p.endswith("cut phrase") for p in name_problems([surface])):  # "year-olds"
            continue
        # a word mostly used in one phrase ("home" of "return home") is not the subject on its own
        if _bound(covers, rows, key, general):
            continue
        yield capitalised(surface)


def dominant_term(covers: Coverage, theme: int) -> str | None:
    """The glossary term (its plural expansion) that at least DOMINANT_SHARE of a theme's findings use, in any form
    or as its abbreviation ("children in care", "CiC", "child in care"), and WORD_LIFT times as often as all
    findings, and at least FLOOR of them write it as a term (`Coverage.written`); terms of frame words only ("local
    authority") never. The one most used, or None."""
    from pipeline.themes.cluster_text import FRAME_WORDS, read_glossary

    if len(covers.members[theme]) < 5:
        return None
    found = []
    for plural in sorted({pair[1] for pair in read_glossary().values()}):
        if set(plural.lower().split()) <= FRAME_WORDS:
            continue
        share = covers.share(theme, plural)
        # its words anywhere are no use of the term when a tenth of the findings do not write it as one ("children's
        # social care" is not "children in care")
        if share >= DOMINANT_SHARE and share >= WORD_LIFT * covers.share_all(plural) \
                and (len(plural.split()) < 2 or covers.written(theme, plural) >= FLOOR):
            found.append((-share, plural))
    if not found:
        return None
    name = min(found)[1]
    name = capitalised(name)
    return None if name_problems([name], covers.texts_of(theme)) else name


# Most findings of a theme `dominant_word` reads.
WORD_SAMPLE = 400


_WORD_KEYS: dict[tuple[str, bool], str | None] = {}  # (token, general) -> its folded key, None when it never counts


def _word_key(word: str, general: bool) -> str | None:
    found = _WORD_KEYS.get((word, general), "")
    if found != "":
        return found
    key = fold(word)
    skip = _dominant_skip(general)
    frame = DOMAIN_STOP_WORDS - EDGE_WORDS  # "action", "arrangements": the field's frame nouns
    if len(key) < 4 or word.lower() in skip or key in skip or (not general and (word.lower() in frame or key in frame)):
        key = None
    if len(_WORD_KEYS) > 200_000:
        _WORD_KEYS.clear()
    _WORD_KEYS[(word, general)] = key
    return key


def _word_tally(covers: Coverage, rows: np.ndarray, general: bool) -> tuple[Counter, dict[str, Counter]]:
    """Per word key, the most used first (then by key): how many of `rows` use it, and its words as written with
    their counts (`_usual_shown` says which form a label shows)."""
    counts: Counter = Counter()
    forms: dict[str, Counter] = {}
    for i in rows:
        seen = set()
        for word, key in zip(*_words_and_keys(covers, i, general)):
            if key is not None:
                if key not in forms:  # not setdefault: that would make a Counter for every word read
                    forms[key] = Counter()
                forms[key][word] += 1
                seen.add(key)
        counts.update(seen)
    # the most used first, then by key: the order `dominant_words` reads them in, sorted once per theme, not per call
    return Counter(dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))), forms


def _usual_shown(written: Counter) -> str:
    """The form a label shows (`as_shown`) of the words of one key most often written (of equals, the first seen)."""
    shown: Counter = Counter()
    for word, n in written.items():
        shown[as_shown(word)] += n
    return shown.most_common(1)[0][0]


# (text, general) -> `_words_and_keys` of the text: the same findings are read at both levels (bounded)
_TEXT_WORDS: dict[tuple[str, bool], tuple[list[str], list[str | None]]] = {}


def _words_and_keys(covers: Coverage, i: int, general: bool) -> tuple[list[str], list[str | None]]:
    """Text i's words as `_word_tally` and `_bound` read them, and each one's key (`_word_key`), worked out once."""
    found = covers.word_keys.get((i, general))
    if found is None:
        text = covers.texts[i]
        found = _TEXT_WORDS.get((text, general))
        if found is None:
            if len(_TEXT_WORDS) > 200_000:
                _TEXT_WORDS.clear()
            words = re.findall(r"[A-Za-z][A-Za-z-]*[A-Za-z]", straight(text))
            found = _TEXT_WORDS[(text, general)] = (words, [_word_key(word, general) for word in words])
        covers.word_keys[(i, general)] = found
    return found


def _bound(covers: Coverage, rows: np.ndarray, key: str, general: bool) -> bool:
    """Whether the word `key` is, in at least half of its uses in `rows`, beside one and the same content word."""
    beside: Counter = Counter()
    uses = 0
    for i in rows:
        words, keys = _words_and_keys(covers, i, general)
        for j, found in enumerate(keys):
            if found != key:
                continue
            uses += 1
            beside.update((side, words[k].lower()) for side, k in (("before", j - 1), ("after", j + 1))
                          if 0 <= k < len(words) and words[k].lower() not in ENGLISH_STOP_WORDS)
    return bool(beside) and beside.most_common(1)[0][1] >= 0.5 * uses


@lru_cache(maxsize=2)
def _dominant_skip(general: bool = False) -> frozenset[str]:
    from pipeline.themes.cluster_text import FRAME_WORDS

    frame = ENGLISH_STOP_WORDS if general else FRAME_WORDS
    return frozenset(frame | EVALUATIVE | MONTHS | place_words() | POPULATION | {fold(w) for w in frame | POPULATION})


def share_everywhere(covers: Coverage, gram: str) -> float:
    """Share of (up to 3,000 evenly spaced of) all the sample's findings that use `gram` as written; counted once
    per phrase and sample (mixed themes of one run ask for the same phrases)."""
    texts = covers.texts
    if not texts:
        return 0.0
    if gram not in covers.everywhere:
        if covers.lowered is None:
            chosen = np.unique(np.linspace(0, len(texts) - 1, min(3000, len(texts))).astype(int))
            covers.lowered = [straight(texts[i]).lower() for i in chosen]
        pattern = re.compile(rf"(?<![a-z]){re.escape(gram)}(?![a-z])")
        covers.everywhere[gram] = (sum(1 for text in covers.lowered if gram in text and pattern.search(text))
                                   / len(covers.lowered))  # the substring test first: far cheaper
    return covers.everywhere[gram]


# Words after which the object of a noun of action follows ("access to", "response from"; not "relationships with"),
# and the least share of a word's uses in
# a theme followed by one for the word to need its object to say anything.
OBJECT_WORDS = frozenset({"to", "from"})
COMPLEMENT_SHARE = 0.5


def needs_object(texts: list[str], word: str) -> bool:
    """Whether at least COMPLEMENT_SHARE of the uses of `word` (in any form: "response", "responses") in `texts` are
    followed by a preposition that brings its object ("access to legal advice", "response to concerns"): a word
    that says nothing until its object is given, so no subject of its own ("Access, various aspects" and "Response,
    various aspects" were judged meaningless in blind read 28; "assessments" stands alone)."""
    key = fold(word)
    uses = after = 0
    for text in texts:
        words, folds, held = folded_words(text)  # each text's words folded once, not once per word asked about
        if key not in held:
            continue
        for j, found in enumerate(folds):
            if found == key:
                uses += 1
                after += j + 1 < len(words) and words[j + 1] in OBJECT_WORDS
    return bool(uses) and after >= COMPLEMENT_SHARE * uses

