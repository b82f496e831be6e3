"""A field topic's label said by the one term of the topic its findings write, when they seldom write the label.

A sub-theme labelled with a field topic's label ("Housing and accommodation") is named for the topic's terms its
findings write, and a topic's terms reach wider than its label's words: read 70 judged "Housing and accommodation"
wrong over findings 79% of which write "homeless" or "homelessness" and 18% "accommodation" or "housing" ("about
homeless 16- and 17-year-olds"). A reader of ten findings judges a label by the words it says, not by the terms behind
it.

`written_terms` reads each sub-theme label that is one field topic's label (`Coverage.concepts`): when none of the
label's own content words (people words and joining words aside) is written by OWN of its findings while one term of
the topic is written by MOST of them, and no other topic (one whose terms do not hold that term) by OTHER times as
many, the label is said by that term as its findings write it as a noun ("homeless*": "homelessness", not the
adjective "homeless"; a form LEAST of them write, most written first, tagged a noun after a preposition by the POS
tagger, `name_checks.pos_tagger`). The new label passes the label checks and is no other
theme's (nor one of `taken`); no form, or a form that fails, leaves the label. Membership never changes.

    written_terms(labels, covers, keep, taken) -> labels with such topic labels said by the term their findings write
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.themes.capitals import capitalised
from pipeline.themes.field import term_pattern
from pipeline.themes.siblings import each_relabelled
from pipeline.themes.vocabulary import JOINING, POPULATION

# Most share of the theme's findings that write any one of the label's own words for the label to name a topic they
# do not write: a fifth, two in ten a reader picks ("Housing and accommodation": 18% write either word).
OWN = 0.2
# Least share of the theme's findings that write the one term for it to say them: most of them ("homeless*", 79%).
MOST = 0.6
# Most share of the theme's findings that write another field topic, against those that write the term, for the term
# to say what they are about: half. The bundled run's "Learning and staff development" over findings 70% of which write
# "training", 65% of them as the education, employment and training of care leavers, is no theme on training.
OTHER = 0.5
# Least number of the theme's findings that write the noun form said.
LEAST = 3


def _own_words(label: str) -> list[str]:
    """The label's content words, lower case: no people word or joining word."""
    return [w for w in re.findall(r"[a-z][a-z'’-]*", label.lower()) if w not in POPULATION and w not in JOINING]


def _noun(form: str) -> bool:
    """Whether `form` reads as a noun phrase after a preposition ("the need of homelessness"): its last word a noun,
    none a verb, adverb or preposition. Without the POS tagger, no form is."""
    from pipeline.themes.name_checks import pos_tagger

    nlp = pos_tagger()
    if nlp is None:
        return False
    tags = [t.pos_ for t in nlp(f"the need of {form} .")][3:-1]
    return bool(tags) and tags[-1] == "NOUN" and not {"VERB", "AUX", "ADV", "ADP", "PRON"} & set(tags)


def _forms(lowered: list[str], term: str) -> Counter:
    """How many of the lower-cased texts write each form of `term` (its pattern's matches, spaces made single)."""
    pattern = term_pattern((term,))
    counts = Counter()
    for text in lowered:
        counts.update({re.sub(r"\s+", " ", m.group()) for m in pattern.finditer(text)})
    return counts


def _other_topic(covers, theme: int, term: str) -> float:
    """The largest share of the theme's findings that write another field topic, one whose terms do not hold `term`."""
    concepts = covers.concepts()
    rows = covers.members[theme]
    return max([concepts.share(rows, topic) for topic, terms in concepts.terms.items()
                if term.lower() not in {t.lower() for t in terms}], default=0.0)


def term_written(covers, theme: int, label: str) -> str | None:
    """The noun form of the one term of the topic `label` names that MOST of the theme's findings write, when none
    of the label's own words is written by OWN of them (see the module); None otherwise."""
    terms = {name.lower(): ts for name, ts in covers.concepts().terms.items()}.get(label.lower())
    words = _own_words(label)
    if not terms or not words or max(covers.share(theme, w) for w in words) >= OWN:
        return None
    lowered = [covers.lower(int(i)) for i in covers.members[theme]]
    shares = {term: sum(1 for text in lowered if term_pattern((term,)).search(text)) / len(lowered) for term in terms}
    term = max(sorted(shares), key=lambda t: shares[t])
    if shares[term] < MOST or _other_topic(covers, theme, term) >= OTHER * shares[term]:
        return None
    for form, count in sorted(_forms(lowered, term).items(), key=lambda item: (-item[1], item[0])):
        if count >= LEAST and _noun(form):
            return capitalised(form)
    return None


def written_terms(labels: dict[int, str], covers, keep: set[int] = frozenset(),
                  taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` with each field topic's label its findings seldom write said by the one term of it they write
    (`term_written`); others as they are. keep: themes whose labels stay (the field themes'); taken: labels no
    sub-theme may be given."""
    return each_relabelled(labels, covers, term_written, keep, taken)
