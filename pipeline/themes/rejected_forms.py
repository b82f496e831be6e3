"""Sub-theme labels in the wordings blind readers reject whatever the theme holds, said by what its findings write.

Three placeholder wordings for a mixed sub-theme were rejected far more often than the others in blind reads 71-73
(tuning): "Mixed findings, some on X" (and "one in N on X", "mentioning X") and "General judgements on X" (on
practice, services, work with children or families). A reader of ten findings takes "some on X" to promise X and finds
it in two or three, and reads "General judgements on services" as saying nothing; the notes named the subject the
findings did share ("mostly on senior leadership", "about decisions for children coming into care"). Such a label
(`REJECTED`) is said by the phrase of its own that SUBJECT of its findings write (`inside_names.own_parts`: a noun
phrase, no lone generic word, LIFT times as often as all findings), as "X, further findings" when another theme is
named X; else, when nearly all its findings write one word of their own (`head_kinds.shared_word`: "arrangements"), by
the kinds of it they name ("Governance, commissioning and other arrangements", as `head_kinds` says a placeholder set
apart from its siblings; here the siblings may share the word and it may be a general one, "arrangements", since it is
said only with two kinds of it and the wording it replaces is rejected anyway). Else a "Mixed findings, some on X"
whose findings write field topic X COLON of the time is said "Mixed findings: X": the colon form was accepted 4 times
in 5 and the comma form 1 in 6, and over two alike themes the colon form accepted, the comma form rejected (the comma
form reads as "a few on X, the rest anything"). SUBJECT sits above the line at which a named subject is judged wrong
(a label naming what under about four in ten of the findings concern was the commonest "wrong" verdict) and below
`inside_names.ALONE`, which names any placeholder: a wording rejected nearly every time may give way to a subject half
its findings share, one accepted more often needs more. Else "General judgements on work with A and B" nearly all of
whose findings write B is said "Work with B", and a rejected wording whose findings share an act written as a verb is
said by the act as a noun with what they write with it (`written_acts`: "Children coming into care", "Visits to
children"). A theme with none of these keeps its label: a confident subject few findings concern misleads.

A mixed label of either wording naming one part X ("some on X", ": X", "mentioning X") that fewer than BORNE of its
findings bear (X's field-topic words, else its own) is said by the phrase of its own SUBJECT of them write: a theme
held together by a subject it does not name ("Mixed findings: adoptive placement" over findings 94% of which write
"adoption", 23% "adoptive placement": read 79 "coherently about adoption", wrong); with none it keeps its label.

A lone word cut from the word its findings write ("Foster", read 73: "meaningless, truncated", over findings 58% of
which write "fostering") is said as that word: a one-word label W (not itself an -ing word) HALF of whose findings
write W + "ing" names the activity they are about by its stem, and is said by the -ing noun ("Fostering").

    rejected_forms(labels, covers, keep, taken) -> labels with such wordings said by what the findings write
"""

from __future__ import annotations

import re

from pipeline.themes.capitals import capitalised
from pipeline.themes.head_kinds import everywhere_counts, kinds_of_word, shared_word
from pipeline.themes.inside_names import own_parts
from pipeline.themes.siblings import each_relabelled
from pipeline.themes.vocabulary import label_key
from pipeline.themes.written_acts import act_said, group_said, ing_of

# Least share of the theme's findings that write a phrase for it to replace a rejected wording (see the module).
SUBJECT = 0.45
# Least share of a "Mixed findings, some on X" theme's findings that write field topic X for it to be said "Mixed
# findings: X" (reads 72 and 73, tuning: the colon form accepted over 39% on senior leadership and scrutiny, the comma
# form rejected over 37% on it, "findings mostly on senior leadership").
COLON = 0.35
# Least share of the theme's findings that write the -ing form of a lone label word for it to be said instead.
HALF = 0.5
# Least share of a mixed theme's findings that bear the one part X its label names ("some on X", ": X", "mentioning
# X") for the label to say it (reads 76-82, tuning: each of the 6 such labels over an X fewer than a quarter of its
# findings bear was judged wrong or meaningless, "only a couple"; from a quarter up 16 of 24 were accepted).
BORNE = 0.25

REJECTED = re.compile(r"^Mixed findings(?:, mostly \w+(?: \w+)*?)?(?:, (?:some|one in \w+) on | mentioning )"
                      r"|^General judgements on ")
_SOME_ON = re.compile(r"^Mixed findings(?:, mostly \w+(?: \w+)*?)?, some on (.+)$")
_ONE_PART = re.compile(r"^Mixed findings(?:, mostly \w+(?: \w+)*?)?(?:, some on |: | mentioning )((?:(?!, ).)+)$")
_FURTHER = ", further findings"
_LONE = re.compile(r"^[A-Za-z]+$")


def subject_said(covers, theme: int, label: str, others: set[str] = frozenset()) -> str | None:
    """The phrase SUBJECT of a REJECTED-worded theme's findings write, capitalised, "X, further findings" when X is
    among `others` (label keys of other themes); None for another label or no such phrase."""
    return _own_subject(covers, theme, others) if REJECTED.search(label) else None


def _own_subject(covers, theme: int, others: set[str]) -> str | None:
    """The phrase SUBJECT of the theme's findings write, capitalised, "X, further findings" when X is among `others`;
    None when no phrase is written so widely."""
    parts = own_parts(covers, theme)
    if not parts or parts[0][1] < SUBJECT:
        return None
    said = capitalised(parts[0][0])
    return said + _FURTHER if label_key(said) in others else said


def kinds_said(covers, theme: int, label: str, everywhere: tuple) -> str | None:
    """The kinds of the one word nearly all of a REJECTED-worded theme's findings write, as they name them
    (`head_kinds.kinds_of_word`); None for another label, no such word or no kinds. everywhere: all findings' word
    counts (`head_kinds.everywhere_counts`)."""
    if not REJECTED.search(label):
        return None
    texts = covers.texts_of(theme)
    form = shared_word(texts, [], everywhere, stop=False) if texts else None
    return kinds_of_word(texts, form) if form else None


def colon_said(covers, theme: int, label: str) -> str | None:
    """"Mixed findings: X" for "Mixed findings, some on X" when X is a field topic COLON of the theme's findings
    write (`Coverage.concepts`); None otherwise."""
    some = _SOME_ON.match(label)
    if not some:
        return None
    concepts = covers.concepts()
    topic = next((name for name in concepts.terms if name.lower() == some.group(1).lower()), None)
    if topic is None or concepts.share(covers.members[theme], topic) < COLON:
        return None
    return f"Mixed findings: {some.group(1)}"


def part_borne(covers, theme: int, part: str) -> float:
    """Share of the theme's findings that bear `part`: the field topic's words when `part` names a field topic
    (`Coverage.concepts`), else the phrase's own words (`Coverage.share`)."""
    concepts = covers.concepts()
    topic = next((name for name in concepts.terms if name.lower() == part.lower()), None)
    return concepts.share(covers.members[theme], topic) if topic else covers.share(theme, part)


def thin_part(covers, theme: int, label: str, others: set[str] = frozenset()) -> str | None:
    """For a mixed label naming one part X that fewer than BORNE of the theme's findings bear, the phrase of its own
    SUBJECT of them write, capitalised ("X, further findings" when X is among `others`, label keys of other themes):
    a theme its findings' subject holds together said by it; None otherwise (the label stays: no truer name)."""
    one = _ONE_PART.match(label)
    if not one or not len(covers.members.get(theme, ())) or part_borne(covers, theme, one.group(1)) >= BORNE:
        return None
    return _own_subject(covers, theme, others)


def ing_form(covers, theme: int, label: str) -> str | None:
    """"Fostering" for a lone-word label "Foster" HALF of whose findings write "fostering"; None otherwise."""
    if not _LONE.match(label) or label.lower().endswith("ing"):
        return None
    texts = [covers.lower(int(i)) for i in covers.members[theme]]
    said = ing_of(label.lower(), set())
    ing = re.compile(rf"\b{said}\b")
    if not texts or sum(1 for text in texts if ing.search(text)) < HALF * len(texts):
        return None
    return capitalised(said)


def rejected_forms(labels: dict[int, str], covers, keep: set[int] = frozenset(),
                   taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` with each rejected wording said by its findings' subject (`subject_said`), the kinds of their
    shared word (`kinds_said`), as "Mixed findings: X" (`colon_said`), by the one group of people they name
    (`written_acts.group_said`) or by the act they write (`written_acts.act_said`), each mixed label of one part few
    of them bear by their subject (`thin_part`, the colon wording too), and each lone cut word by its -ing
    noun (`ing_form`), when free and passing the label checks; others as they are."""
    everywhere = everywhere_counts(covers)

    def say(covers, theme: int, label: str) -> str | None:
        others = {label_key(other) for t, other in labels.items() if t != theme} | {label_key(t) for t in taken}
        return (subject_said(covers, theme, label, others) or kinds_said(covers, theme, label, everywhere)
                or colon_said(covers, theme, label) or group_said(covers, theme, label)
                or (act_said(covers, theme, label) if REJECTED.search(label) else None)
                or thin_part(covers, theme, label, others) or ing_form(covers, theme, label))
    return each_relabelled(labels, covers, say, keep, taken)
