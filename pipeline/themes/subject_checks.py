"""Whether a candidate names a subject where a theme's findings write it, by spaCy's tagger on their uses.

A label or the X of a mixed label ("some on X") must name what findings are about, not a word cut from a longer
term or one that is no noun where they write it: `names_subject` (a part of a mixed label) and `usable_alone` (a label
on its own) ask whether one word is a noun standing on its own in enough of its uses (`lone_subject`: not "Brothers",
"Long-term", "Specialist"), whether a phrase ends in a noun where it is written (`noun_in_use`: not "board
provides"), whether a word is mostly the start of "<word> of <Y>" (`fragment_of`: "edge" of "edge of care"),
whether a phrase runs on into a longer one (`runs_on`: "Living in houses" of "living in houses in multiple
occupation") and whether a glossary term is written as a term (`scattered_term`). Each text is tagged once per
run (`tagged_tokens`).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.themes.bare_words import bare_word
from pipeline.themes.capitals import capitalised
from pipeline.themes.coverage import Coverage
from pipeline.themes.fallback_names import DOMINANT_SHARE, FLOOR, widespread
from pipeline.themes.name_checks import (GENERIC_NAMES, LONE_GENERIC, NOUN_POS, field_term_set, pos_tagger,
                                         name_problems, noun_phrases)
from pipeline.themes.vocabulary import POPULATION, DOMAIN_STOP_WORDS, EVALUATIVE, acronym_singular, field_synonyms, fold


# Prefixes that make one word with the next ("sub group" is the one word "sub-group"): a label of two words whose
# first is one of them is held to the test of a lone word.
BOUND_PREFIXES = {"sub", "co", "pre", "post", "non", "multi", "inter", "re", "semi", "cross", "anti", "self", "mid"}


def one_word(label: str) -> str:
    """`label` as the one word it is when its first word is a bound prefix ("Sub group" -> "Sub-group"), else as
    it is."""
    words = label.split()
    return "-".join(words) if len(words) == 2 and words[0].lower() in BOUND_PREFIXES else label


def names_subject(covers: Coverage, theme: int, phrase: str, least: float) -> bool:
    """Whether a phrase of a mixed label ("some on X", "Mixed findings: A and B") names a subject: it passes the name
    checks (`name_problems`) and is a noun phrase of several words, or one word that `lone_subject` accepts."""
    if name_problems([capitalised(phrase)], covers.texts_of(theme)):
        return False
    phrase = one_word(phrase)
    if " " in phrase:  # "return home interviews" is a term; "board provides" no noun phrase where it is written
        return glossary_term(phrase) or (bool(noun_phrases([phrase])) and noun_in_use(covers, theme, phrase))
    # the cheap check first: `lone_subject` tags the word's uses
    return not fragment_of(covers, theme, phrase) and lone_subject(covers, theme, phrase, least)


def usable_alone(covers: Coverage, theme: int, label: str) -> bool:
    """Whether a label may name a theme on its own: one word only when it is a term of the glossary or a noun at
    least half of the theme's findings use as a subject (`lone_subject`: not "Brothers", "Long-term",
    "Specialist"); and no name check finds a problem ("Social care", "Court advisory")."""
    if name_problems([label], covers.texts_of(theme)) or scattered_term(covers, theme, label) \
            or runs_on(covers, theme, label) or participle_alone(covers, theme, label):
        return False
    label = one_word(label.strip())  # "Sub group" is the one word "Sub-group"
    if " " not in label and bare_word(covers.texts_of(theme), label):  # "Awareness": awareness of what, raised how?
        return False
    return " " in label or lone_subject(covers, theme, label, DOMINANT_SHARE)


# Prepositions after a past participle that opens a label ("Identified through assessment", "Placed for adoption").
_AFTER_OPENING_PARTICIPLE = {"for", "to", "with", "by", "from", "into", "at", "on", "in", "through", "as"}
SUBJECT_SHARE = 0.5  # share of the phrase's uses with a content word (its subject) right before it


def participle_alone(covers: Coverage, theme: int, label: str) -> bool:
    """Whether a label opens with a past participle and its preposition ("Identified through assessment") and the
    theme's findings seldom write its subject right before it: in under SUBJECT_SHARE of its uses the word before
    is a content word ("children placed for adoption"), the rest an auxiliary ("had been identified through
    assessment"), so the label says what was done to something it never names (read 44: meaningless)."""
    words = label.lower().split()
    if len(words) < 2 or len(words[0]) <= 4 or not words[0].endswith("ed") \
            or words[1] not in _AFTER_OPENING_PARTICIPLE:
        return False
    body = r"\s+".join(re.escape(w) for w in words[:3])
    pattern = re.compile(r"(?:([a-z][a-z'’-]*)\s+)?(?<![a-z-])" + body + r"(?![a-z-])")
    uses = subject = 0
    for text in covers.texts_of(theme):
        for before in pattern.findall(text.lower()):
            uses += 1
            subject += bool(before) and before not in ENGLISH_STOP_WORDS
    return uses > 0 and subject < SUBJECT_SHARE * uses


# Words between a subject and its past participle: auxiliaries and adverbs ("children had not yet been placed").
_BETWEEN = {"had", "has", "have", "been", "be", "being", "is", "are", "was", "were", "not", "yet", "already", "all",
            "also", "now", "then", "still", "subsequently", "successfully", "formally"}


def participle_subject(covers: Coverage, theme: int, label: str) -> str | None:
    """A label opening with a past participle (`participle_alone`) said with the subject its findings write before
    it, past auxiliaries and adverbs ("children had been identified through assessment" -> "Children identified
    through assessment"), when one noun is that subject in at least SUBJECT_SHARE of its uses; else None."""
    words = label.lower().split()
    body = r"\s+".join(re.escape(w) for w in words[:3])
    between = "|".join(sorted(_BETWEEN))
    pattern = re.compile(r"([a-z][a-z'’-]*)\s+(?:(?:" + between + r")\s+)*(?<![a-z-])" + body + r"(?![a-z-])")
    subjects: Counter = Counter()
    uses = 0
    for text in covers.texts_of(theme):
        for found in pattern.findall(text.lower()):
            uses += 1
            if found not in ENGLISH_STOP_WORDS and found not in _BETWEEN:
                subjects[found] += 1
    if not subjects:
        return None
    noun, n = subjects.most_common(1)[0]
    said = f"{noun[:1].upper()}{noun[1:]} {label[:1].lower()}{label[1:]}"
    return said if n >= SUBJECT_SHARE * uses and noun_phrases([noun]) else None


# Share of a phrase's uses (at least RUN_ON_USES) that go on into one "of / in / for <word>" (or follow one "<word>
# of / in / for") at which the phrase is cut from a longer term: "living in houses" of "living in houses in multiple
# occupation".
RUN_ON_SHARE = 0.6
RUN_ON_USES = 3
RUN_ON_READ = 100  # most findings read for it


def runs_on(covers: Coverage, theme: int, label: str) -> bool:
    """Whether a part of several words of a label is, where the theme's findings write it, mostly the start or the
    end of one longer phrase joined by of / in / for ("Living in houses", "Multiple occupation" of "living in houses
    in multiple occupation"): a cut phrase."""
    return any(len(part.split()) >= 2 and _part_runs_on(covers, theme, part) for part in re.split(r", | and ", label))


def _part_runs_on(covers: Coverage, theme: int, part: str) -> bool:
    """`runs_on` of one part of several words, worked out once per theme and part (every candidate label of a theme
    is asked about, and many share a part)."""
    key = (theme, part)
    if key in covers.runs_on:
        return covers.runs_on[key]
    words = part.lower().split()
    phrase = " ".join(words)
    body = r"\s+".join(re.escape(w) for w in words)
    pattern = re.compile(r"(?:([a-z][a-z'’-]*)\s+(of|in|for)\s+(?:the\s+)?)?(?<![a-z-])" + body
                         + r"(?:\s+(of|in|for)\s+(?:the\s+|a\s+|an\s+|their\s+)?([a-z][a-z'’-]*))?(?![a-z-])")
    rows = covers.members[theme][covers.of(theme, part)][:RUN_ON_READ]
    sides: Counter = Counter()
    uses = 0
    for i in rows:
        text = covers.lower(i)
        if phrase not in text:  # written otherwise: no use to read
            continue
        for match in pattern.finditer(text):
            uses += 1
            # a word of the field's people is no longer term's: "children in residential special schools"
            if match.group(1) and match.group(1) not in POPULATION:  # "houses in" before "multiple occupation"
                sides[("before", match.group(1), match.group(2))] += 1
            if match.group(3) and match.group(4) not in POPULATION:  # "in multiple" after "living in houses"
                sides[("after", match.group(3), match.group(4))] += 1
    cut = False
    if uses >= RUN_ON_USES and sides and sides.most_common(1)[0][1] >= RUN_ON_SHARE * uses:
        (side, word, _), _ = sides.most_common(1)[0]
        cut = side == "after" or _noun_before(covers, theme, word, part)
    covers.runs_on[key] = cut
    return cut


def written_form(text: str, literal: str, pattern: re.Pattern) -> bool:
    """Whether `pattern`, every match of which holds `literal` as written, occurs in `text` (the substring test
    first: it is far cheaper and most texts fail it)."""
    return literal in text and pattern.search(text) is not None


def _noun_before(covers: Coverage, theme: int, word: str, part: str) -> bool:
    """Whether `word`, before "of / in / for <part>" in the theme's findings, is mostly a noun ("houses" of "houses in
    multiple occupation"), not a verb ("live in residential special schools"); True without spaCy's English model."""
    nlp = pos_tagger()
    if nlp is None:
        return True
    pattern = re.compile(rf"(?<![a-z-]){re.escape(word)}\s+(?:of|in|for)\s+(?:the\s+)?{re.escape(part.lower())}")
    texts = [covers.texts[i] for i in covers.members[theme] if written_form(covers.lower(i), word, pattern)][:20]
    tags = [t.pos for tokens in tagged_tokens(nlp, texts) for t in tokens if t.text == word]
    return bool(tags) and sum(tag in NOUN_POS for tag in tags) >= NOUN_USES * len(tags)


def scattered_term(covers: Coverage, theme: int, label: str) -> bool:
    """Whether a part of a label is a term of the glossary of several words that fewer than FLOOR of the theme's
    findings write as a term (`Coverage.written`), however many use its words: "Children in care" over findings on
    children's social care, contacts and referrals."""
    parts = re.split(r", | and ", re.sub(r"^Statistics on ", "", label))
    return any(len(part.split()) > 1 and glossary_term(part.lower()) and covers.written(theme, part) < FLOOR
               for part in parts)


# Least share of a word's uses in a theme that must read as a noun standing on its own for it to be a subject.
NOUN_USES = 0.6


def glossary_term(phrase: str) -> bool:
    """Whether a phrase is a term of the field's glossary or synonyms ("MASH", "IROs", "adoption" is not)."""
    abbreviations, phrases = field_synonyms()
    return (acronym_singular(phrase) in abbreviations or phrase in abbreviations or phrase.lower() in dict(phrases)
            or tuple(phrase.lower().split()) in field_term_set())


class _Token(NamedTuple):
    """What `lone_subject` reads of a spaCy token."""
    text: str  # lower-cased as written
    lower: str  # spaCy's lower form
    pos: str
    like_num: bool
    is_alpha: bool
    is_stop: bool


# text -> its tokens as `lone_subject` reads them: a finding is tagged once per run, not once per word asked about
# it (a 10,000-finding run asked 3,586 times about 1,189 texts).
_TAGGED: dict[str, list[_Token]] = {}


def tagged_tokens(nlp, texts: list[str]) -> list[list[_Token]]:
    """The tokens of each text, tagged by `nlp` once (then from `_TAGGED`)."""
    new = [t for t in dict.fromkeys(texts) if t not in _TAGGED]
    if len(_TAGGED) + len(new) > 100_000:
        _TAGGED.clear()
    for text, doc in zip(new, nlp.pipe(new, batch_size=64)):
        _TAGGED[text] = [_Token(t.text.lower(), t.lower_, t.pos_, t.like_num, t.is_alpha, t.is_stop) for t in doc]
    return [_TAGGED[t] for t in texts]


def written_at(tagged: list[list[_Token]], forms: set[tuple[str, ...]]):
    """(tokens, start, end) of each run of a text's tokens that is one of `forms` (token texts, lower-cased), in
    order: where `lone_subject` and `_word_uses` read a word's tags."""
    lengths = sorted({len(form) for form in forms})
    for tokens in tagged:
        for i in range(len(tokens)):
            for n in lengths:
                if tuple(t.text for t in tokens[i:i + n]) in forms:
                    yield tokens, i, i + n
                    break


def lone_subject(covers: Coverage, theme: int, word: str, least: float) -> bool:
    """Whether one word says what (a part of) a theme is about: a term of the glossary, or a noun at least `least` of
    its findings use that is no word of every theme (`widespread`) and that they use as a noun of its own: not a
    verb or adjective ("analyse", "specialist"), a unit after a number ("miles"), a modifier of another noun or a
    noun mostly with a modifier ("service delivery"), a word one other word mostly goes with
    ("brothers and sisters"), or a word of a hyphen ("long-term", "sub-group"); never a generic word, a frame word
    of the field or an evaluative word."""
    if glossary_term(word):
        return True
    lower = word.lower()
    generic = GENERIC_NAMES | LONE_GENERIC
    if fold(lower.split("-")[-1]) in generic or fold(lower) in generic | DOMAIN_STOP_WORDS or lower in EVALUATIVE \
            or covers.share(theme, lower) < least or widespread(covers, lower):
        return False
    nlp = pos_tagger()
    if nlp is None:
        return True
    pattern = re.compile(rf"(?<![a-z-]){re.escape(lower)}(?![a-z-])")
    texts = [covers.texts[i] for i in covers.members[theme] if written_form(covers.lower(i), lower, pattern)][:40]
    pieces = [w for part in lower.split("-") for w in (part, "-")][:-1]  # "long-term": long, -, term
    tally, beside = Counter(), Counter()
    for tokens, i, end in written_at(tagged_tokens(nlp, texts), {tuple(pieces)}):
        token = tokens[end - 1]
        before = tokens[i - 1] if i else None
        after = tokens[end] if end < len(tokens) else None
        tally["uses"] += 1
        tally["noun"] += token.pos in NOUN_POS
        tally["unit"] += before is not None and (before.like_num or before.pos == "NUM")  # "20 miles"
        tally["modifier"] += after is not None and after.pos in NOUN_POS  # "specialist services"
        tally["head"] += before is not None and before.pos in NOUN_POS  # "service delivery"
        # the content word it goes with, across an "and" ("brothers and sisters")
        near = {fold(t.lower) for t in tokens[max(0, i - 2):i] + tokens[end:end + 2]
                if t.is_alpha and not t.is_stop and t.lower not in POPULATION | DOMAIN_STOP_WORDS}
        beside.update(near - {fold(lower)})
    uses = tally["uses"]
    if not uses:
        return False
    bound = bool(beside) and beside.most_common(1)[0][1] >= 0.5 * uses
    return (tally["noun"] >= NOUN_USES * uses and tally["unit"] < 0.3 * uses and tally["modifier"] < NOUN_USES * uses
            and tally["head"] < NOUN_USES * uses and not bound)


# Share of a lone word's uses (at least OF_USES of them) followed by "of" and one same word at which it is a fragment
# of a term "X of Y" ("edge of care", "delivery of front-line services"): no subject alone ("evaluation of" many
# things is one).
OF_SHARE = 0.5
OF_USES = 3


def fragment_of(covers: Coverage, theme: int, word: str) -> bool:
    """Whether one word (as written or in the plural) is mostly the start of one "<word> of <Y>" in (up to 40 of) a
    theme's findings (`OF_SHARE`): "edge" of "edge of care" says nothing alone."""
    lower = word.lower()
    if " " in lower:
        return False
    key = (theme, lower)
    if key not in covers.fragment:
        covers.fragment[key] = _starts_of_phrase(covers, theme, lower)
    return covers.fragment[key]


def _starts_of_phrase(covers: Coverage, theme: int, lower: str) -> bool:
    """`fragment_of` of one lower-cased word, worked out."""
    pattern = re.compile(rf"(?<![a-z-]){re.escape(lower)}(?:e?s)?(?![a-z-])"
                         r"(?:\s+of\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?([a-z][a-z'’-]*))?")
    rows = covers.members[theme][covers.of(theme, lower)]
    uses, after, read = 0, Counter(), 0
    for i in rows:
        matches = list(pattern.finditer(covers.lower(i)))
        if matches:
            read += 1
            uses += len(matches)
            after.update(m.group(1) for m in matches if m.group(1))
            if read >= 40:
                break
    return uses >= OF_USES and bool(after) and after.most_common(1)[0][1] >= OF_SHARE * uses


def noun_in_use(covers: Coverage, theme: int, phrase: str) -> bool:
    """Whether a phrase of several words ends in a noun where (up to 5 of) the theme's findings write it: "board
    provides" is a subject and its verb (a phrase tagged alone may read as a noun phrase); True without spaCy's English model or
    when the findings never write the phrase as it is."""
    nlp = pos_tagger()
    if nlp is None:
        return True
    pieces = [t for t in re.findall(r"[a-z0-9]+|[^a-z0-9\s]", phrase.lower())]
    pattern = re.compile(r"(?<![a-z-])" + r"\s*".join(re.escape(p) for p in pieces) + r"(?![a-z-])")
    rows = covers.members[theme][covers.of(theme, phrase)]  # only findings with its words can write it
    texts = [covers.texts[i] for i in rows if written_form(covers.lower(i), "".join(pieces[:1]), pattern)][:5]
    uses = nouns = 0
    for tokens in tagged_tokens(nlp, texts):
        for i in range(len(tokens) - len(pieces) + 1):
            if [t.lower for t in tokens[i:i + len(pieces)]] == pieces:
                uses += 1
                nouns += tokens[i + len(pieces) - 1].pos in NOUN_POS
    return not uses or nouns >= NOUN_USES * uses
