"""Labels of one level told apart where they are the same or say the same thing.

`distinguish_alike`: sub-themes left with one label ("Mixed findings, no common topic") are each said by what some
of their findings are on ("one in eight on X"), a field topic a part of them is on, or their tone.
`tell_near_alike`: a smaller theme whose label says nothing a larger one's does not (`near_alike`: "Personal
advisers" beside "Care leavers and personal advisers") is named by a phrase of its own that a tenth of its findings
write, else holds "X, further findings".
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import numpy as np

from pipeline.themes.capitals import capitalised
from pipeline.themes.coverage import Coverage
from pipeline.themes.fallback_names import FLOOR
from pipeline.themes.name_checks import NOUN_POS, VAGUE_WORDS, pos_tagger, complete_term, name_problems, noun_phrases
from pipeline.themes.label_choice import qualified
from pipeline.themes.label_text import inner, is_topic
from pipeline.themes.mixed_parts import portion, tone_parts, topic_parts
from pipeline.themes.phrases import phrases_of
from pipeline.themes.subject_checks import (NOUN_USES, fragment_of, glossary_term, noun_in_use, tagged_tokens,
                                            written_form, written_at)
from pipeline.themes.vocabulary import (CONNECTORS, DETERMINERS, DOMAIN_STOP_WORDS, EDGE_WORDS, acronym_singular,
                                        label_key, fold)


def distinguish_alike(labels: dict[int, str], sizes: dict[int, int], keywords: dict[int, list[str]] | None = None,
                   covers: Coverage | None = None) -> dict[int, str]:
    """Sub-theme labels told apart where two or more are the same ("Mixed findings, no common topic", left when
    nothing a tenth of its findings mention tells them apart): each but the largest is said by what some of its
    findings are on, the first of its keywords (phrases at least two of the findings read for its name use) that is
    a usable name, said with how much of it uses the keyword when `covers` (over all the findings) is given
    ("some on X", "one in eight on X": `portion`); else it keeps the shared label. "Mixed findings beside <its broad
    theme's topics>" is not said: blind readers judged it wrong in 40 of 41 labels (those topics are its
    siblings', seldom its own).
    labels and sizes: by sub-theme; keywords: by sub-theme."""
    out = dict(labels)
    groups: dict[str, list[int]] = {}
    for theme in sorted(labels, key=lambda t: (-sizes.get(t, 0), t)):
        groups.setdefault(label_key(labels[theme]), []).append(theme)
    used = set(groups)
    for themes in groups.values():
        for theme in themes[1:]:
            start = re.split(r"[,:]", labels[theme])[0]  # "Mixed findings", "Statistics"
            words = [word for word in (keywords or {}).get(theme, []) if _minor_topic(word)
                     and (covers is None or (covers.share(theme, word) >= FLOOR
                                             and _whole_subject(covers, theme, word)))]
            if covers is not None and theme in covers.members:  # no keyword says it: a phrase its findings write
                words += [w for w in _written_phrases(covers, theme) if covers.share(theme, w) >= FLOOR]
            texts = [f"{start}, {'some' if covers is None else portion(covers.share(theme, word))} on "
                     f"{inner(word)}" for word in words]
            if covers is not None and theme in covers.members:  # a topic of the field a part is on; its tone
                strong, minor = topic_parts(covers, theme, start)
                texts = texts + strong + minor
                texts += tone_parts(covers, theme, start, texts)
            text = next((t for t in texts if label_key(t) not in used and not name_problems([t])), None)
            if text is not None:
                out[theme] = text
                used.add(label_key(text))
    return out


@lru_cache(maxsize=4096)
def _label_parts(label: str) -> tuple[tuple[frozenset[str], bool], ...]:
    """The parts of a topic label, each as its folded words (people words kept) and whether it is an acronym read as
    its expansion ("LSCB": local, safeguarding, children, board); [] for a mixed label or "X, further findings"."""
    if not is_topic(label) or label.endswith(", further findings"):
        return ()
    from pipeline.themes.cluster_text import read_glossary

    glossary = read_glossary()
    out = []
    for part in (p for p in re.split(r", including | including |, | and ", label) if p.strip()):
        bare = acronym_singular(part.strip())
        acronym = bare.isupper() and bare in glossary
        words = glossary[bare][0].lower().split() if acronym else re.findall(r"[a-z][a-z'’-]*", part.lower())
        out.append((frozenset(fold(w) for w in words if w not in CONNECTORS | DETERMINERS), acronym))
    return tuple(out)


def _label_stems(label: str) -> set[str]:
    """All the folded words of a topic label's parts (`_label_parts`)."""
    return set().union(*(words for words, _ in _label_parts(label))) if _label_parts(label) else set()


def _same_word(first: str, second: str) -> bool:
    """Two folded words of one meaning: equal, or one the other with an ending ("record", "recording"), not
    another word that starts alike ("special", "specialist")."""
    short, long = sorted((first, second), key=len)
    return short == long or (len(short) >= 4 and long.startswith(short) and long[len(short):] in WORD_ENDINGS)


WORD_ENDINGS = {"s", "es", "ed", "ing", "ings", "er", "ers"}


def _same_noun(first: str, second: str) -> bool:
    """Two folded words of one noun: equal, or one the other's plural. A label's lone word ("Reviews, various
    aspects") is part of a longer label only in this form: the stem it shares with another form names another thing
    (read 49: "reviews" of looked-after children beside "Independent reviewing officers")."""
    short, long = sorted((first, second), key=len)
    return short == long or (long.startswith(short) and long[len(short):] in {"s", "es"})


def _same_part(part: set[str], other: tuple[set[str], bool], within: bool = False) -> bool:
    """Whether a label part names what another part names: the same words, or some of an acronym's expansion
    ("safeguarding children board" of "LSCB"); with `within`, any of the other's words ("population" of "local
    population")."""
    words, acronym = other
    if within:  # one word of a longer part, in the same form: "review" is no "reviewing" of "reviewing officers"
        return all(any(_same_noun(x, y) for y in words) for x in part)
    inside = all(any(_same_word(x, y) for y in words) for x in part)
    # the other part's further words are the field's frame nouns at most ("recording" of "case records")
    return inside and (acronym or all(any(_same_word(y, x) for x in part) or y in EDGE_WORDS for y in words))


def near_alike(smaller: str, larger: str) -> bool:
    """Whether the label of a smaller theme says nothing the label of a larger one of its level does not: each of its
    parts is a part of the other ("Personal advisers" beside "Care leavers and personal advisers", "Safeguarding
    children board" beside "LSCB"); a reader cannot tell their themes apart (read 20). A label that adds a part
    ("Employment and care leavers" beside "Care leavers") or a word ("Child permanence") is told apart by it."""
    statistics = [label.startswith(STATISTICS_ON) for label in (smaller, larger)]
    if statistics[0] != statistics[1]:
        return False  # figures on a topic are no findings on it
    compared = [_compared(label) for label in (smaller, larger)]
    # a statistics label, or a word's "various aspects", with no word of its own says nothing the other does not,
    # unless the other names a kind of that word ("Plans, various aspects" beside "Child protection plans")
    aspects = any(label.endswith(_ASPECTS) for label in (smaller, larger))
    inside = compared != [smaller, larger] and not (aspects and (_kind_of_word(compared[0], compared[1])
                                                                 or _kind_of_word(compared[1], compared[0])))
    smaller, larger = compared
    mine, theirs = _label_parts(smaller), _label_parts(larger)
    return bool(mine) and bool(theirs) and label_key(smaller) != label_key(larger) \
        and all(any(_same_part(words, other, inside) for other in theirs) for words, _ in mine)


STATISTICS_ON = "Statistics on "
FURTHER_SHARE = 0.1  # least share of a word's aspects that write a larger acronym label to be further findings on it
_ASPECTS = ", various aspects"


def _compared(label: str) -> str:
    """A label as its topic is compared with others': "Statistics on local population" as "Local population" (beside
    another statistics label: read 47 judged "Statistics on population" beside it a duplicate), "Decisions, various
    aspects" as "Decisions" (beside "Decision making", read as one subject)."""
    if label.startswith(STATISTICS_ON):
        label = label[len(STATISTICS_ON):]
        label = capitalised(label)
    return label[:-len(_ASPECTS)] if label.endswith(_ASPECTS) else label


def _kind_of_word(word: str, label: str) -> bool:
    """Whether `label` of several words ends in `word`, a label of one ("Child protection plans" of "Plans")."""
    words, ends = re.findall(r"[a-z][a-z'’-]*", word.lower()), re.findall(r"[a-z][a-z'’-]*", label.lower())
    return len(words) == 1 and len(ends) > 1 and _same_word(fold(words[0]), fold(ends[-1]))


def tell_near_alike(labels: dict[int, str], sizes: dict[int, int], covers: Coverage) -> dict[int, str]:
    """Labels of one level told apart where two are `near_alike`: the smaller theme's label joins a phrase of its own
    that a tenth of its findings write and that the other label lacks ("Personal advisers and advocacy"); else it says
    it holds further findings on what the larger one names ("LSCB, further findings"). The larger keeps its label."""
    out = dict(labels)
    order = sorted(labels, key=lambda t: (-sizes.get(t, 0), t))
    used = {label_key(label) for label in labels.values()}
    for i, theme in enumerate(order):
        larger = next((t for t in order[:i] if near_alike(out[theme], out[t])), None)
        if larger is None or theme not in covers.members:
            continue
        other = _label_stems(out[larger]) | _label_stems(out[theme])
        names = [w for w in _written_phrases(covers, theme)
                 if not any(_same_word(x, y) for x in _label_stems(w) for y in other)]
        text = qualified(covers, theme, out[theme], names, used)
        if text is None or any(near_alike(text, out[t]) or near_alike(out[t], text) for t in order if t != theme):
            # a word's aspects are further findings on a larger acronym ("SCRs", read as the word's kind) only where
            # FURTHER_SHARE of them write it (read 49: "Reviews, various aspects", looked-after reviews, said "SCRs, further findings")
            if out[theme].endswith(_ASPECTS) and any(acronym for _, acronym in _label_parts(out[larger])) \
                    and covers.share(theme, _compared(out[larger]).lower()) < FURTHER_SHARE:
                continue
            text = f"{out[larger]}, further findings"
        if label_key(text) in used:
            continue
        used.discard(label_key(out[theme]))
        used.add(label_key(text))
        out[theme] = text
    return out


def _whole_subject(covers: Coverage, theme: int, word: str) -> bool:
    """Whether a keyword, said as what a few of a theme's findings are on, names a subject whole where they write it:
    a noun phrase ending in a noun ("board provides" does not), or one word written as it is (not "safeguard" cut
    from "safeguarding") and used as a noun of its own (not "collaborative", not "edge" of "edge of care"; a generic
    word such as "governance" may be one)."""
    if " " in word:
        return glossary_term(word) or (bool(noun_phrases([word])) and noun_in_use(covers, theme, word))
    if glossary_term(word):
        return True
    if pos_tagger() is None:
        return True
    if fragment_of(covers, theme, word):  # read first: it is far cheaper than tagging the word's uses
        return False
    uses, nouns = _word_uses(covers, theme, word)
    return uses > 0 and nouns >= NOUN_USES * uses


# Most findings of a theme read for the phrases `_written_phrases` offers, and most phrases it offers.
PHRASE_SAMPLE = 80
PHRASES_OFFERED = 8


def _written_phrases(covers: Coverage, theme: int) -> list[str]:
    """Noun phrases of several words that at least two of (up to PHRASE_SAMPLE of) a theme's findings write, the most
    used first, each a whole subject (`_whole_subject`, a field term completed: "edge of care") that passes the name
    checks: what a few of a theme with no common topic are on, when none of its keywords says it."""
    rows = covers.members[theme]
    rows = rows[np.unique(np.linspace(0, len(rows) - 1, min(PHRASE_SAMPLE, len(rows))).astype(int))] if len(rows) \
        else rows
    counts: Counter = Counter()
    for i in rows:
        counts.update({shown for _, shown in phrases_of(covers.texts[i]) if " " in shown})
    out = []
    for phrase, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        if n < 2 or len(out) >= PHRASES_OFFERED:
            break
        phrase = phrase if covers.alone(theme, phrase) else complete_term(phrase)
        if not name_problems([capitalised(phrase)], covers.texts_of(theme)) \
                and _whole_subject(covers, theme, phrase):
            out.append(phrase)
    return out


def _minor_topic(word: str) -> bool:
    """Whether a keyword may be said as what a few findings are on: it passes the name checks, or fails only as a
    lone generic word that is no frame word of the field ("a few on governance", not "a few on needs")."""
    problems = name_problems([capitalised(word)])
    return all(p.endswith("a lone generic word") for p in problems) and fold(word.lower()) not in DOMAIN_STOP_WORDS \
        and word.lower() not in DOMAIN_STOP_WORDS and fold(word.lower()) not in VAGUE_WORDS  # "a few on situations"


def _word_uses(covers: Coverage, theme: int, word: str) -> tuple[int, int]:
    """(uses, uses as a noun) of one word, as written or in the plural, in (up to 8 of) a theme's findings, by
    spaCy's tagger ((0, 0) without its English model)."""
    nlp = pos_tagger()
    lower = word.lower()
    if nlp is None or " " in lower or "-" in lower:
        return 0, 0
    pattern = re.compile(rf"(?<![a-z-]){re.escape(lower)}(?:e?s)?(?![a-z-])")  # as written, or its plural
    forms = {lower, lower + "s", lower + "es"}
    rows = covers.members[theme][covers.of(theme, lower)]  # only findings with its stem can write it
    texts = [covers.texts[i] for i in rows if written_form(covers.lower(i), lower, pattern)][:8]
    uses = nouns = 0
    for tokens, _, end in written_at(tagged_tokens(nlp, texts), {(form,) for form in forms}):
        uses += 1
        nouns += tokens[end - 1].pos in NOUN_POS
    return uses, nouns
