"""One distinct label per theme from its candidate phrases (`naming.name_themes` passes them, best first).

A candidate used by at least COVERAGE of a theme's findings names it, joined with a further part when that covers
findings the first does not (`_joined`: "Care leavers and accommodation"); when two themes want one label the theme
whose findings use it most gets it, the other takes its next one or is told apart by a phrase of its own
(`qualified`). A theme left without a candidate falls back on what most of it says (`fallback_names`), else is
called mixed and said by what parts of it are on (`mixed_parts`); the labels are then renamed by the field's topics
where those say more (`topic_renames`).
"""

from __future__ import annotations

import itertools
import re
from typing import Iterator

import numpy as np

from pipeline.themes.bare_words import adjective_subject, bare_word
from pipeline.themes.capitals import capitalised
from pipeline.themes.coverage import COVERAGE, MIXED_SHARE, STATISTICS_SHARE, Coverage, fraction
from pipeline.themes.fallback_names import (DOMINANT_SHARE, FLOOR, dominant_phrase, dominant_term, dominant_word,
                                            needs_object, widened, widespread)
from pipeline.themes.label_text import head_noun, inner, is_topic, joined_list
from pipeline.themes.mixed_parts import mentioned_word, told_apart, tone_parts, topic_parts
from pipeline.themes.name_checks import FIELD_ITSELF, GENERIC_NAMES, VAGUE_WORDS, complete_term, name_problems
from pipeline.themes.subject_checks import (lone_subject, participle_alone, scattered_term, names_subject, usable_alone,
                                            participle_subject)
from pipeline.themes.topic_renames import (given_back, mostly_some, topic_names, topic_of_word, topic_over_parts,
                                           topic_text, two_topics)
from pipeline.themes.vocabulary import acronym_singular, label_key, as_shown, stem_of, canonical, fold
from pipeline.themes.word_kinds import kinds_named
from pipeline.themes.word_or_topic import topics_before_words
from pipeline.themes.written_clause import written_clause_names
from pipeline.themes.written_phrase import FURTHER_SHARE, shared_head_names, written_phrase_names


def choose_labels(candidates: dict[int, list[str]], scores: dict[int, np.ndarray], covers: Coverage,
                   taken: set[str], max_parts: int, mentions: dict[int, list[str]]) -> dict[int, str]:
    """One distinct label per theme. Candidates used by at least COVERAGE of the theme's findings compete on
    score (a lone word needs twice that); without one, the best-covered phrases of two words or more do. When
    two themes want the same label, the one whose findings use it most gets it (ties: the larger theme); the
    other takes its next candidate, never "label: suffix". A theme left without a candidate is called mixed."""
    choices, shares = {}, {}
    for theme in sorted(candidates):
        names, score = candidates[theme], scores[theme]
        share = shares[theme] = np.array([covers.share(theme, w) for w in names])
        order = list(np.argsort(-score, kind="stable"))
        # A lone word must be used widely: a word a few findings use ("sisters", "line") names no theme.
        # (an abbreviation of the field's glossary is a term of several words: "DCS", "IROs")
        single = np.array([" " not in w and acronym_singular(w).lower() not in covers.expansions for w in names],
                          dtype=bool)
        # A lone acronym ("MASH", "DCS") names a theme only when most of it is about that thing: a reader takes it
        # for the theme's whole subject, and a theme that mentions the MASH in a third of its findings is wider.
        acronym = np.array([" " not in w and acronym_singular(w).lower() in covers.expansions for w in names],
                           dtype=bool)
        good = [i for i in order if share[i] >= COVERAGE and (not single[i] or share[i] >= 2 * COVERAGE)
                and (not acronym[i] or share[i] >= DOMINANT_SHARE)]
        # a broad label's first part, like every further one (`_joined`), covers a real share of it: a part of
        # fewer (read 19: "Independent reviewing officers and management oversight", IROs in 14 in 100) is absent
        # from what a reader of ten of its findings finds
        least = 1.5 * BROAD_PART if max_parts > 2 else FLOOR
        rest = [i for i in order if i not in good and not single[i] and not acronym[i] and share[i] >= least]
        # Each candidate alone (or joined as _joined decides); then the well-covered ones joined with a further
        # part: a theme whose label another theme has is named by two topics ("Care leavers and accommodation").
        # A label must say what a good share of the theme is about: its parts together cover at least COVERAGE
        # of the theme's findings (a phrase of a few findings joined with nothing is no name).
        # Made and checked only as far as they are read (most themes take their first choice; the checks tag words).
        choices[theme] = InOrder(_choices(theme, names, good, rest, order, share, covers, max_parts))
    first_share = {t: (covers.share(t, _first_phrase(choices[t][0], candidates[t])) if choices[t] else 0.0)
                   for t in choices}
    used = {label_key(text) for text in taken}
    labels = {}
    wanted: dict[int, list[str]] = {}  # a mixed theme's labels, best first (`given_back`)
    for theme in sorted(choices, key=lambda t: (-round(first_share[t], 6), t)):
        label = next((text for text in choices[theme] if label_key(text) not in used), None)
        if label is None and choices[theme] and first_share[theme] >= DOMINANT_SHARE:
            # its name (or a synonym: "LAC", "Children in care") is another's, and most of it is about that:
            label = qualified(covers, theme, choices[theme][0], candidates[theme] + mentions[theme], used)
            # nothing of its own tells a sub-theme apart: said plainly ("Pathway plans, further findings")
            further = f"{choices[theme][0]}, further findings"
            if label is None and max_parts < 3 and first_share[theme] >= FURTHER_SHARE \
                    and label_key(further) not in used:
                label = further
        if label is not None and not label.endswith(", further findings"):  # a phrase of a part of the theme,
            # widened to what most of it shares
            wider = widened(covers, theme, label)
            # "Mental health and health assessments", parts that share a word: widened from its first part
            parts = [set(fold(w) for w in part.split()) for part in re.split(r", | and ", label.lower())]
            if wider == label and len(parts) > 1 and set.intersection(*parts):
                first = _first_phrase(label, candidates[theme])
                prefix = "Statistics on " if label.startswith("Statistics on ") else ""
                alone = widened(covers, theme, prefix + capitalised(first))
                wider = alone if alone.lower() != (prefix + first).lower() else label
            label = wider if label_key(wider) not in used else label
        if label is None:  # what most of its findings say in so many words, when that is a usable name
            dominant = dominant_phrase(covers, theme)
            if dominant and participle_alone(covers, theme, dominant):  # said with its subject, as for candidates
                dominant = participle_subject(covers, theme, dominant) or dominant
            if dominant and label_key(dominant) not in used and usable_alone(covers, theme, dominant):
                label = dominant
        if label is None:  # a term of the field's glossary most of its findings use, in any of its forms
            term = dominant_term(covers, theme)
            if term and label_key(term) not in used:
                label = term
            elif term:  # another theme has it or a synonym ("LAC"): told apart by a phrase of its own
                label = qualified(covers, theme, term, candidates[theme] + mentions[theme], used)
        if label is None:  # one subject most of its findings name, a word too general to be a name alone
            word = dominant_word(covers, theme, DOMINANT_SHARE) or dominant_phrase(covers, theme, whole_field=True)
            if word and widespread(covers, word):  # everyone's subject: the kinds of it this theme names, if any
                # else said as what it is: mixed findings that most of it is about that subject
                kinds = kinds_named(covers.texts_of(theme), word)
                if kinds is None and kinds_named(covers.texts_of(theme), word, checked=False):
                    # its kinds are of the word in other senses (`kind_senses`): its aspects, not mixed findings,
                    # which would dissolve the theme (names never change the clustering)
                    kinds = f"{capitalised(word)}, various aspects"
                elif kinds is None and not name_problems([capitalised(word)]):
                    kinds = f"Mixed findings, mostly on {inner(word)}"
                word = None  # "mostly on young people" names the whole field (read 20: meaningless)
                if kinds is not None and label_key(kinds) not in used:
                    label = kinds
            if word and "-" in word:  # "Sub-group", "Multi-agency": a word of a compound, no subject
                word = None
            if word and fold(word.lower()) in GENERIC_NAMES:  # "Board, various aspects": which board?
                # "Improvement, wellbeing and other boards"
                kinds = kinds_named(covers.texts_of(theme), word, frame=True)
                if kinds and label_key(kinds) not in used:
                    label, word = kinds, None
            if word and fold(word.lower()) in VAGUE_WORDS:  # "Cases, various aspects", "Home, ...": no subject
                word = None
            if word and needs_object(covers.texts_of(theme), word):  # "Access, various aspects": access to what?
                word = None
            if word and bare_word(covers.texts_of(theme), word):  # "Variable, various aspects": variable what?
                said = adjective_subject(covers, theme, word)  # "Variable quality", as its findings write it
                if said and label_key(said) not in used:
                    label = said
                word = None
            if word and label_key(f"{word}, various aspects") not in used:
                label = f"{word}, various aspects"
        if label is None:  # no candidate survives the checks: say the theme is mixed, and what most of it uses
            base = "Statistics" if covers.statistics(theme) else "Mixed findings"
            # a phrase cut from a field term made whole, as for candidates ("home interviews" -> "return home ...")
            whole = list(dict.fromkeys(w if covers.alone(theme, w) else complete_term(w) for w in mentions[theme]))
            named = [w for w in whole if not name_problems([capitalised(w)])] or whole
            # what most of it mentions: phrases used by at least FLOOR of it first, phrases before lone words
            share = np.array([covers.share(theme, w) for w in named])
            rank = share + (share >= FLOOR) + 0.5 * np.array([" " in w for w in named])
            by_share = [named[i] for i in np.argsort(-rank, kind="stable")]
            # "Mixed findings: X" when X is what a fair part of it mentions (a blind reader judged a weak X, used by
            # 1 or 2 of 10 findings, wrong); else the label says plainly that there is no common topic, and only
            # when another theme has that label does a weak X tell the two apart (rather than a number).
            plain = f"{base}, {'mixed topics' if base == 'Statistics' else 'no common topic'}"
            # "Mixed findings: A, B and C": the topics that together a fair part of it is about, each a noun
            # phrase used by at least FLOOR of its findings (a word a few findings share is no topic).
            listed = [w for w in by_share if (" " in w or w in candidates[theme]) and covers.share(theme, w) >= FLOOR
                      and names_subject(covers, theme, w, FLOOR)]
            keys = [label_key(w) for w in listed]  # "MASH" says what "multi-agency safeguarding hub" says
            listed = [w for i, w in enumerate(listed) if keys[i] not in keys[:i]]
            forms = [f"{base}: {joined_list(covers.join(theme, listed[i:], 3))}" for i in range(len(listed))
                     if covers.union(theme, covers.join(theme, listed[i:], 3)) >= MIXED_SHARE]
            strong = [covers.share(theme, w) >= MIXED_SHARE for w in by_share]
            # Another theme with no common topic is told apart by what some of its findings mention, said as
            # such ("Mixed findings, some on X"), never as if X were its topic.
            # Only what a fair part of it mentions: "some on X" with X in one finding of ten misleads (a blind
            # reader judged it wrong), so below MIXED_SHARE the word a good share of it uses, however general, is
            # said instead ("Mixed findings, many on staff").
            # X must be a subject itself ("some on analyse", "some on miles" name none): `names_subject`.
            some = [w for w, ok in zip(by_share, strong) if ok and names_subject(covers, theme, w, MIXED_SHARE)]
            forms += [f"{plain.split(',')[0]}, some on {w}" for w in some if " " in w or w in candidates[theme]]
            many = dominant_word(covers, theme, COVERAGE) or dominant_word(covers, theme, MIXED_SHARE, general=True)
            many = many if many and names_subject(covers, theme, as_shown(many), MIXED_SHARE) else None
            fair, weak = told_apart(covers, theme, by_share, candidates[theme], plain)
            strong_topics, minor_topics = topic_parts(covers, theme, plain.split(",")[0])
            mostly = [form for form in strong_topics if ", mostly on " in form]  # said first: most of it is on it
            start = plain.split(",")[0]
            # a larger part before a smaller: a topic a fifth of it writes about ("some on performance data and
            # quality assurance", 43%) before a phrase one in six use (read 21: "one in six on quality assurance" over
            # a theme 7 in 10 on quality assurance and audits)
            some = [form for form in fair if ", some on " in form]
            forms += mostly + ([f"{start}, some on {as_shown(many)}"] if many else []) + some + strong_topics \
                + [form for form in fair if form not in some] \
                + minor_topics + [plain] + tone_parts(covers, theme, start, fair + strong_topics + minor_topics) + weak
            # a part said by one general word after a field topic more of it writes about ("some on strategy")
            forms = topics_before_words(covers, theme, forms, strong_topics)
            # findings grouped by a word most of them use, however general ("social workers", "arrangements"): said
            # as such, before any topic a part of them has (which a reader of ten of them seldom finds)
            mentioned = mentioned_word(covers, theme, mentions[theme])
            said = [f"{plain.split(',')[0]} mentioning {inner(mentioned)}"] if mentioned else []
            if said and max_parts < 3:  # that label another theme's: these are further findings on it (read 22: a
                # sub-theme of social workers' relationships and changes of worker said "one in ten on learning")
                # in the words of the theme it names, when one has ("Social workers", not "Social worker")
                named_so = next((other for other in labels.values() if label_key(other) == label_key(mentioned)),
                                f"{inner(mentioned)[:1].upper()}{inner(mentioned)[1:]}")
                said.append(f"{named_so}, further findings")
            forms = said + forms
            base = plain
            if max_parts >= 3 and len(share) and share.max() >= COVERAGE:
                # a broad theme whose every name a sub-theme has: what most of it is about, and more
                forms = [f"{w} and related findings" for w in by_share if covers.share(theme, w) >= COVERAGE] + forms
            word = dominant_word(covers, theme, DOMINANT_SHARE) if max_parts >= 3 else None
            if word and fold(word.lower()) not in VAGUE_WORDS:  # most of a broad theme names what a sub-theme does
                # (not "Cases and related topics": a vague word is no topic)
                forms = [f"{word} and related topics"] + forms
            label = next((form for form in forms if label_key(form) not in used), base)
            # Several themes may each have no common topic: saying so of each is true, a number to tell them apart
            # says nothing (their theme ids do that in every table).
            label = capitalised(label)
            wanted[theme] = [capitalised(form) for form in forms]
        used.add(label_key(label))
        labels[theme] = label
    named = topic_names(labels, covers, used, further=max_parts < 3)
    named = given_back(named, labels, wanted, taken)
    named = mostly_some(named, covers, taken, further=max_parts < 3)
    if max_parts < 3:
        named = two_topics(named, covers, taken)
        named = topic_over_parts(named, covers, taken)
        named = written_phrase_names(named, covers, taken, further=True)
        named = shared_head_names(named, covers, taken)
        named = written_clause_names(named, covers, taken)
    have = {label_key(text) for text in taken} | {label_key(label) for label in named.values()}
    for theme, label in named.items():  # a label narrower than the word most of its findings use ("Missing education"
        # over children missing from home, care and education: read 20) named by the field's topic of that word, when
        # no theme has it
        wider = topic_of_word(covers, theme, label)
        if wider is not None and label_key(wider) not in have:
            have.add(label_key(wider))
            named[theme] = wider
    for theme, label in named.items():  # a phrase over counts and rates is what the figures are on (read 20:
        # "Schools, including primary schools" over free school meal shares)
        said = topic_text(covers, theme, label, STATISTICS_SHARE) if is_topic(label) \
            and not label.endswith(", further findings") else label
        if said != label and label_key(said) not in have:
            have.add(label_key(said))
            named[theme] = said
    return named


def _choices(theme: int, names: list[str], good: list[int], rest: list[int], order: list[int], share: np.ndarray,
             covers: Coverage, max_parts: int) -> Iterator[str]:
    """A theme's usable labels, best first, each once (`choose_labels`)."""
    texts = itertools.chain((_label_text(theme, names, i, order, share, covers, max_parts) for i in good + rest),
                            (_label_text(theme, names, i, order, share, covers, max(max_parts, 2), True) for i in good))
    seen = set()
    for text, parts in texts:
        if participle_alone(covers, theme, text):  # "Identified through assessment": what was identified?
            text = participle_subject(covers, theme, text) or text
        if text not in seen and (covers.union(theme, parts) >= COVERAGE
                                 or (text.startswith("Statistics on ") and covers.union(theme, parts) >= MIXED_SHARE)) \
                and usable_alone(covers, theme, text):
            seen.add(text)
            yield text


class InOrder:
    """The items of an iterator, each drawn from it when first read (by index, in a loop or as a truth value)."""

    def __init__(self, items: Iterator):
        self._items, self._drawn = items, []

    def _draw(self, upto: int) -> bool:
        """Whether item `upto` exists, drawing items until it does."""
        while len(self._drawn) <= upto:
            item = next(self._items, InOrder)
            if item is InOrder:
                return False
            self._drawn.append(item)
        return True

    def __getitem__(self, i: int):
        if not self._draw(i):
            raise IndexError(i)
        return self._drawn[i]

    def __iter__(self):
        i = 0
        while self._draw(i):
            yield self._drawn[i]
            i += 1

    def __bool__(self) -> bool:
        return self._draw(0)


def qualified(covers: Coverage, theme: int, label: str, names: list[str], used: set[str]) -> str | None:
    """A label another theme has (itself or a synonym), told apart by the theme's own best phrase that the label
    lacks: "Children looked after and health assessments". None when no such phrase is used by a tenth of it, or when
    the label is a term its findings seldom write as one (`scattered_term`)."""
    if scattered_term(covers, theme, label):
        return None
    have = {stem_of(fold(w)) for w in re.findall(r"[a-z0-9]+", canonical(label))}
    for name in names:  # a phrase with a word of its own ("adopters" says what "adoption" says; "local" nothing)
        words = {stem_of(fold(w)) for w in re.findall(r"[a-z0-9]+", canonical(name)) if w not in FIELD_ITSELF}
        if words <= have or covers.share(theme, name) < 0.1 or not names_subject(covers, theme, name, 0.1) \
                or first_stem(name) == first_stem(label):  # "Pathway plans and pathway planning" says one thing
            continue
        text = f"{label} and {inner(name)}"
        if have <= words:  # the phrase holds the label: "care-leaving advisers", not "Care leaving and care-..."
            text = capitalised(name)
        if label_key(text) not in used and not name_problems([text], covers.texts_of(theme)):
            return text
    return None


def _first_phrase(label: str, names: list[str]) -> str:
    """The candidate a label was made from (its start)."""
    lower = label.lower()
    for prefix in ("statistics on ",):
        lower = lower[len(prefix):] if lower.startswith(prefix) else lower
    return max((n for n in names if lower.startswith(n.lower())), key=len, default=names[0])


def _label_text(theme: int, names: list[str], i: int, order: list[int], share: np.ndarray, covers: Coverage,
                max_parts: int, always: bool = False) -> tuple[str, list[str]]:
    """A label made from names[i] (joined as `_joined` decides) and the phrases it is made of."""
    parts = _joined(theme, names, i, order, share, covers,
                    max_parts if share[i] >= COVERAGE else max(max_parts, 2), always)
    text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    if covers.statistics(theme) and share[i] < COVERAGE:
        text, parts = f"statistics on {names[i]}", [names[i]]
    return capitalised(text), parts


# Least share of a broad theme's findings a further part of its label must add (half of it again used by the part):
# a blind reader of ten of its findings judged parts of a twentieth ("safeguarding children board", "independent
# reviewing officers") absent, and the label wrong.
BROAD_PART = 0.1


def _joined(theme: int, names: list[str], first: int, order: list[int], share: np.ndarray, covers: Coverage,
            max_parts: int, always: bool = False) -> list[str]:
    """names[first], joined with up to max_parts - 1 more candidates ("A and B", "A, B and C") while together
    they cover less than half the theme (always: whatever they cover): each added one (best score first) is
    short, brings a word the label lacks and covers a further share of the findings the label does not (a tenth
    for a sub-theme's second part; BROAD_PART in a label of three parts, a broad theme's)."""
    parts = [names[first]]
    if max_parts < 2 or (share[first] >= 0.5 and not always) or len(parts[0].split()) > 3:
        return parts
    covered = covers.of(theme, parts[0]).copy()
    stems = {stem_of(w) for w in re.split(r"[\s-]+", parts[0].lower())}
    least = BROAD_PART if max_parts > 2 else 0.1
    heads = {head_noun(parts[0])}
    for j in order:
        if len(parts) >= max_parts or (covered.mean() >= 0.5 and not always):
            break
        other = names[j]
        words = {stem_of(w) for w in re.split(r"[\s-]+", other.lower())}
        bare = other[:-1] if other.endswith("s") else other
        if bare.isupper() and bare.lower() in covers.expansions:  # "PAs" says what "personal advisers" says
            words = covers.expansions[bare.lower()]
        if j == first or len(other.split()) > 3 or words <= stems or stems <= words or head_noun(other) in heads \
                or canonical(other) in {canonical(part) for part in parts} \
                or first_stem(other) in {first_stem(part) for part in parts}:
            # "IROs and independent reviewing officers", "quality of assessments, family assessments and health
            # assessments", "pathway plans and pathway planning" say one thing
            continue
        gain = fraction(covers.of(theme, other) & ~covered)
        if not ((gain >= least and share[j] >= 1.5 * least) or (always and share[j] >= COVERAGE)):
            continue
        # a lone word joins a label only when it is itself what a good share is about ("and completion"); asked
        # last, as it tags the word's uses
        if " " not in other and (share[j] < COVERAGE or not lone_subject(covers, theme, other, COVERAGE)):
            continue
        parts.append(other)
        covered |= covers.of(theme, other)
        stems |= words
        heads.add(head_noun(other))
    return parts


def first_stem(phrase: str) -> str:
    """The stem of a phrase's first word: two parts that start alike ("pathway plans", "pathway planning") name one
    thing."""
    return stem_of(fold(phrase.split()[0].lower())) if phrase.split() else ""
