"""A mixed sub-theme named by the phrase most of its findings write, in whatever form they write it.

A theme's findings may share one clear topic that no candidate names because they write it as a verb or an adverb
("children who are privately fostered", "children electively home educated"): the phrase's words are in most of
them, far more than in the other findings, but as written it is no noun phrase. Blind read 28 judged such themes
wrongly called mixed ("Mixed findings, one in seven on where children live" over findings all on private
fostering). `written_phrase_names` names them by the noun phrase of the same words the run's findings write
("private fostering", "home education"), or, another theme having it, as further findings on it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter

import numpy as np

from pipeline.themes.capitals import capitalised
from pipeline.themes.fallback_names import DOMINANT_SHARE, widespread
from pipeline.themes.name_checks import name_problems, noun_phrases
from pipeline.themes.phrases import phrases_of
from pipeline.themes.vocabulary import label_key, folded_stem

# Least share of a theme's findings that use a topic another theme is named by, for it to hold further findings on it.
FURTHER_SHARE = 0.6

# `covers` below is a pipeline.themes.coverage.Coverage; it is not imported.

# Least share of a theme's findings that use the phrase's words, and how many times as often as all findings do:
# the phrase is what most of it is about, and far more than anything else is.
KEY_SHARE = DOMINANT_SHARE
KEY_LIFT = 5.0
# Least times the noun phrase is written in the run's findings (a form written once may be a slip).
LEAST_WRITTEN = 2
# Findings of a theme read for its phrases (evenly spread).
KEY_SAMPLE = 400
MIXED = re.compile(r"^Mixed findings\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*[A-Za-z]")


def key_phrase(covers, theme: int) -> tuple[float, str] | None:
    """(share, phrase) of the phrase of two or three content words (`phrases.phrases_of`) that at least KEY_SHARE of
    the theme's findings write, its words side by side in any order and form ("privately fostered", "fostered
    privately"), KEY_LIFT times as often as all findings; the most written, in its first written form. None when
    there is none."""

    rows = covers.members[theme]
    if len(rows) < 5:
        return None
    rows = rows[np.unique(np.linspace(0, len(rows) - 1, min(KEY_SAMPLE, len(rows))).astype(int))]
    seen: dict[frozenset[str], str] = {}
    for i in rows:
        for _, surface in phrases_of(covers.texts[i]):
            if " " in surface:
                needed = frozenset(covers._needed(surface))
                if len(needed) >= 2 and needed not in seen:
                    seen[needed] = surface
    found = []
    members = set(int(i) for i in covers.members[theme])
    for surface in seen.values():
        # its words anywhere in most of them first (cheap), then side by side
        if covers.share(theme, surface) < KEY_SHARE:
            continue
        writing, _ = _written_side_by_side(covers, surface)
        if not writing:
            continue
        share = len(writing & members) / len(members)
        if share >= KEY_SHARE and share >= KEY_LIFT * len(writing) / len(covers.texts):
            found.append((-round(share, 9), len(surface.split()), surface))
    return (float(-min(found)[0]), min(found)[2]) if found else None


def _written_side_by_side(covers, phrase: str) -> tuple[set[int], Counter]:
    """(rows of all the findings that write the words of `phrase` side by side in any order and form, how often each
    such form is written, lower case); nothing for an abbreviation or a hyphenated word."""
    needed = covers._needed(phrase)
    stems = [folded_stem(w) for w in _WORD.findall(phrase)]
    rows: set[int] = set()
    counts: Counter = Counter()
    if len(set(stems)) != len(stems) or set(stems) != needed:
        return rows, counts
    # the findings whose stems hold the phrase's, from the coverage's stem index (all of them for no words)
    for i in (covers.using(phrase).tolist() if needed else range(len(covers.stems))):
        words = _WORD.findall(covers.texts[i])
        keys = [folded_stem(w) for w in words]
        for k in range(len(words) - len(stems) + 1):
            if set(keys[k:k + len(stems)]) == needed:
                counts[" ".join(w.lower() for w in words[k:k + len(stems)])] += 1
                rows.add(i)
    return rows, counts


def noun_forms(covers, phrase: str) -> list[str]:
    """The noun phrases, lower case, the run's findings write with the words of `phrase` side by side in any order and
    form ("privately fostered" -> "private fostering"), written at least LEAST_WRITTEN times, each a phrase by the
    rules candidates are read by (`phrases.phrases_of`: no "place children", "care experience"); the most written
    first."""

    _, counts = _written_side_by_side(covers, phrase)
    written = [form for form, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
               if n >= LEAST_WRITTEN and any(shown.lower() == form for _, shown in phrases_of(form))]
    nouns = noun_phrases(written)
    return [form for form in written if form in nouns]


def written_phrase_names(named: dict[int, str], covers, taken: set[str], further: bool) -> dict[int, str]:
    """Sub-themes still "Mixed findings ..." named by their `key_phrase` in the noun form the run writes it
    (`noun_forms`) that passes the name checks and is no one's subject (`widespread`): "Private fostering"; when
    another theme has that name, with `further` and FURTHER_SHARE of it using the phrase, "Private fostering,
    further findings"."""

    out = dict(named)
    have = {label_key(text) for text in taken} | {label_key(label) for label in out.values()}
    for theme, label in named.items():
        if not MIXED.match(label):
            continue
        found = key_phrase(covers, theme)
        if found is None:
            continue
        share, phrase = found
        texts = covers.texts_of(theme)
        names = [capitalised(form) for form in noun_forms(covers, phrase)]
        name = next((n for n in names if not name_problems([n], texts) and not widespread(covers, n.lower())), None)
        if name is None:
            continue
        text = claimed(have, label, [name] + [f"{name}, further findings"] * bool(further and share >= FURTHER_SHARE))
        if text is not None:
            out[theme] = text
    return out


def claimed(have: set[str], label: str, offered: list[str]) -> str | None:
    """The first of `offered` whose label key (`label_key`) no theme has in `have`, which then holds it in place of
    `label`'s; None when every one is taken (`have` unchanged)."""
    for text in offered:
        if label_key(text) not in have:
            have.discard(label_key(label))
            have.add(label_key(text))
            return text
    return None


# Least share of a theme's findings that use the head word its mixed label's phrases share, for the theme to be named
# by the kinds of it that it writes (as `fallback_names.DESCRIBED_SHARE`: nearly all of it).
HEAD_SHARE = 0.8
# Least share of its findings that write the kinds a label lists ("care planning", "permanence planning"), side by side,
# for the label to be those kinds ("Care and permanence planning"); below it they are parts of the head ("Planning,
# including care and permanence planning"). Read 30 judged "Care and permanence planning" wrong over a theme all on
# planning, a third of it on those two kinds (a reader of ten met 2-3 of them): a label naming parts holds them in
# most of its findings, as a broad label's parts hold half of it.
KINDS_SHARE = DOMINANT_SHARE
LISTED = re.compile(r"^Mixed findings: (.+)$")


def shared_head_names(named: dict[int, str], covers, taken: set[str]) -> dict[int, str]:
    """Sub-themes "Mixed findings: A[, B ...]" whose phrases all end in one word that at least HEAD_SHARE of their
    findings use, WORD_LIFT times as often as all findings ("care planning" in a theme 93% of whose findings write
    "planning"), named by the kinds of it they write, two or three, each in at least FLOOR of them, most written
    first, each a noun: "Care and safety planning" (read 28 judged "Mixed findings: care planning" wrong, its findings sharing one
    topic, care and safety planning), when at least KINDS_SHARE of the theme writes them, else the head with them as
    its part: "Planning, including care and safety planning". A head with fewer than two such kinds leaves the label as
    it is."""
    from pipeline.themes.fallback_names import FLOOR, WORD_LIFT
    from pipeline.themes.label_text import joined_list

    out = dict(named)
    have = {label_key(text) for text in taken} | {label_key(label) for label in out.values()}
    for theme, label in named.items():
        found = LISTED.match(label)
        if not found:
            continue
        parts = [p for p in re.split(r", | and ", found.group(1)) if p.strip()]
        heads = {folded_stem(p.split()[-1]) for p in parts}
        # each part a kind of the head, two words: "emergency duty team" names one team, not a kind of team
        if len(heads) != 1 or any(len(p.split()) != 2 for p in parts):
            continue
        head = parts[0].split()[-1]
        share = covers.share(theme, head)
        if share < HEAD_SHARE or share < WORD_LIFT * covers.share_all(head):
            continue
        kinds: dict[str, tuple[str, float]] = {}  # modifier's stem -> (modifier, share of the kind)
        for i in covers.members[theme]:
            for _, shown in phrases_of(covers.texts[i]):
                words = shown.lower().split()
                if len(words) == 2 and folded_stem(words[1]) in heads and folded_stem(words[0]) not in kinds \
                        and folded_stem(words[0]) not in heads:
                    kinds[folded_stem(words[0])] = (shown.lower(), covers.share(theme, shown.lower()))
        offered = [phrase for phrase, s in sorted(kinds.values(), key=lambda item: (-item[1], item[0])) if s >= FLOOR]
        # a kind of it, a noun ("safety planning"): not a verb's object ("informs planning"), nor a participle
        # ("managed team")
        chosen = [phrase.split()[0] for phrase in _noun_compounds(offered)][:3]
        if len(chosen) < 2:
            continue
        text = f"{joined_list(chosen)} {head.lower()}"
        if kinds_written(covers, theme, [f"{kind} {head.lower()}" for kind in chosen]) < KINDS_SHARE:
            text = f"{head.lower()}, including {text}"
        text = capitalised(text)
        if not name_problems([text], covers.texts_of(theme)) and claimed(have, label, [text]) is not None:
            out[theme] = text
    return out


def kinds_written(covers, theme: int, phrases: list[str]) -> float:
    """Share of the theme's findings that write at least one of `phrases` with its words side by side (in any order
    and form: "permanency planning" is "permanence planning"), not only use its words somewhere."""
    members = set(int(i) for i in covers.members[theme])
    writing: set[int] = set()
    for phrase in phrases:
        writing |= _written_side_by_side(covers, phrase)[0] & members
    return len(writing) / max(len(members), 1)


def _noun_compounds(phrases: list[str]) -> list[str]:
    """The phrases of two words that read as a noun phrase whose first word is a noun too ("safety planning"), in
    order. Without spaCy's English model, those `noun_phrases` passes (all)."""
    from pipeline.themes.name_checks import pos_tagger

    nouns = noun_phrases(phrases)
    nlp = pos_tagger()
    kept = [p for p in phrases if p in nouns]
    if nlp is None:
        return kept
    return [p for p, doc in zip(kept, nlp.pipe(kept)) if len(doc) == 2 and doc[0].pos_ in ("NOUN", "PROPN")]


# A label is a verb's lemma when the run writes it with "-d" or "-ed" at least this many times as often as it
# writes it as shown ("home educated" 42 times, "home educate" 3).
AS_SHOWN = 4
# A topic label of one phrase (no listing, no "Mixed findings", "Statistics on" or ", further findings").
_ONE_PHRASE = re.compile(r"^(?!Mixed findings|Statistics\b)[^,]+$")


def _written_as_is(covers, theme: int, label: str) -> int:
    """How many of the theme's findings write `label`'s words as it shows them, in order (a plural's "s" aside)."""
    words = [re.escape(w.lower().replace("’", "'").rstrip("s")) + r"(?:e?s)?" for w in _WORD.findall(label)]
    if not words:
        return 0
    pattern = re.compile(r"(?<![a-z])" + r"[\s-]+".join(words) + r"(?![a-z])")
    return sum(bool(pattern.search(text.lower().replace("’", "'"))) for text in covers.texts_of(theme))


def as_written(labels: dict[int, str], covers, keep: set[int] = frozenset()) -> dict[int, str]:
    """Topic labels of one phrase that end in a verb's lemma, shown as a noun phrase ("Home educate" over findings on
    children "electively home educated" and on "elective home education": read 47, meaningless), the run writing
    them as a participle ("home educated") AS_SHOWN times as often as as shown, said as the noun phrase the run
    writes with those words (`noun_forms`), with the word most of its uses in the theme carry put back
    (`Coverage.whole`: "Elective home education"), when it passes the name checks, two of its findings write it and
    no theme has it. Themes in `keep` keep their labels."""
    out = dict(labels)
    have = {label_key(label) for label in labels.values()}
    for theme, label in labels.items():
        if theme in keep or theme not in covers.members or " and " in label or not _ONE_PHRASE.match(label):
            continue
        if len(_WORD.findall(label)) < 2:
            continue
        _, forms = _written_side_by_side(covers, label)
        shown = label.lower()
        participle = max((shown + "d", shown + "ed"), key=lambda form: forms.get(form, 0))
        if forms.get(participle, 0) < max(1, AS_SHOWN * forms.get(shown, 0)):
            continue  # how the findings mostly write it, or no verb's lemma ("Children looked after")
        texts = covers.texts_of(theme)
        for form in (f for f in noun_forms(covers, label) if f != shown and f != participle):
            whole = covers.whole(theme, form) or form
            name = next((capitalised(n) for n in dict.fromkeys([whole, form])
                         if not name_problems([capitalised(n)], texts)), None)
            if name is not None and _written_as_is(covers, theme, name) >= LEAST_WRITTEN:
                text = claimed(have, label, [name])
                if text is not None:
                    out[theme] = text
                    break
    return out


# Least share of a label's uses in its theme followed by a further word (no function word) for it to be a cut compound.
CUT_SHARE = 0.7


def completed(labels: dict[int, str], covers, keep: set[int] = frozenset()) -> dict[int, str]:
    """Topic labels of one phrase that end in a verb's lemma (the run writes it with "-ed" LEAST_WRITTEN times:
    "fostered") and whose findings write it as the modifier of a noun in CUT_SHARE of their uses, said with the noun
    most of those write (read 49: "Long-term foster" over "long-term foster care / placements / carers" -> "Long-term
    foster care"), when it passes the name checks and no theme has it. Themes in `keep` keep their labels."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    out = dict(labels)
    have = {label_key(label) for label in labels.values()}
    lowered = None  # the run's texts, lower-cased once when first needed
    for theme, label in labels.items():
        words = _WORD.findall(label)
        if theme in keep or theme not in covers.members or " and " in label or not _ONE_PHRASE.match(label) \
                or len(words) < 2:
            continue
        last = words[-1].lower()
        lemma = last[:-1] if last.endswith("e") else last
        if last.endswith("s"):
            continue
        lowered = lowered or _Lowered(covers.texts)
        if lowered.writing(lemma + "ed", LEAST_WRITTEN) < LEAST_WRITTEN:
            continue
        shown = r"[\s-]+".join(re.escape(w.lower().replace("’", "'")) for w in words)
        after = Counter(m for text in covers.texts_of(theme) for m in re.findall(
            r"(?<![a-z])" + shown + r"(?![a-z])(?:\s+([a-z][a-z-]*))?", text.lower().replace("’", "'")))
        uses = sum(after.values())
        nouns = Counter({w: n for w, n in after.items() if w and w not in ENGLISH_STOP_WORDS})
        if not nouns or sum(nouns.values()) < CUT_SHARE * uses:
            continue
        noun, n = nouns.most_common(1)[0]
        name = f"{label} {noun}"
        if n >= LEAST_WRITTEN and not name_problems([name], covers.texts_of(theme)):
            text = claimed(have, label, [name])
            if text is not None:
                out[theme] = text
    return out


class _Lowered:
    """Texts lower-cased and joined by new lines, with where each begins: a word is looked for in one scan of them
    all, not one per text."""

    def __init__(self, texts: list[str]):
        lowered = [text.lower() for text in texts]
        self.text = "\n".join(lowered)
        self.starts = list(itertools.accumulate((len(text) + 1 for text in lowered[:-1]), initial=0))

    def writing(self, word: str, least: int) -> int:
        """How many of the texts write `word` with no letter a-z just before or after it (as the texts one by one
        would be searched for r"(?<![a-z])word(?![a-z])"), counted up to `least`."""
        count, at, text = 0, 0, self.text
        while count < least and (at := text.find(word, at)) >= 0:
            end = at + len(word)
            if (at == 0 or text[at - 1] not in _A_TO_Z) and (end == len(text) or text[end] not in _A_TO_Z):
                count += 1
                i = bisect.bisect_right(self.starts, at)  # on at the next text
                if i == len(self.starts):
                    break
                at = self.starts[i]
            else:
                at += 1
        return count


_A_TO_Z = frozenset("abcdefghijklmnopqrstuvwxyz")
