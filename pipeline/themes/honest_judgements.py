"""A "General judgements on ..." label only over findings that bear each thing it says they are on.

The wording says two things of a theme: its findings are inspectors' general judgements, and they are on the things
named after "on". Blind reads 71-80 (tuning) judged 38 such labels: 19 ok, 11 wrong, 8 meaningless. The rejected
ones named parts few of the findings are on ("General judgements on early help and children in care": "no findings on
children in care"; "... on parents and outcomes for children": "few about parents"), said a filler object that names
nothing ("... on services", "... on practice", "... on needs"), or sat over findings with a subject of their own
("about half concern DCS appointments/leadership"). Measured on the runs of reads 76-80 (16 such labels, 22
verdicts; `docs/measurements.md`, labels52): the parts of every label no reader rejected are each used by PART or
more of its findings, as `Coverage.share` counts a use (the people of "work with P" by P: 21-97%), and every label
both readers or its one reader rejected has a part under it (3-19%) but one; that one ("General judgements on work
with children", 38% on senior leadership) is the only one over a field topic (`pipeline/data/topic_concepts.csv`)
OWN of its findings use. Neither the share of findings that are headline evaluations (that write a grade or an
evaluative word: accepted 21-47%, rejected 23-41%) nor the share that use any field topic (accepted 49-70%, rejected
44-74%) told them apart, so neither is a rule here.

So a sub-theme's "General judgements on ..." label (`judgements_said`) is said, in order:
- over a field topic OWN of its findings write, LIFT times as often as all findings, by that topic in the colon form
  readers accepted at that share ("Mixed findings: senior leadership and scrutiny", `rejected_forms.COLON`);
- else as it is when each part is borne (PART) and none is filler: a lone word its findings write no more than LIFT
  times as often as all findings ("services", "needs": every theme writes them);
- else by the parts that are, by the noun half of its findings write ("General judgements on boards", as
  `mixed_topics` says a theme by its plural noun) or by the people half of them write ("General judgements on work
  with children", `mixed_topics.PEOPLE`); a label no such wording is free for stays.
A broad listing said to be general judgements (`broad_general`) keeps only its borne parts the same way
(`borne_listing`), else is said by the noun or the people half of it writes; else it keeps all its parts, as before
(the listing alone, which the namer wrote, says the same unborne parts).

    judgements_said(labels, covers, keep, taken) -> sub labels with such wordings said honestly
    borne_listing(parts, covers, theme) -> the parts PART of the theme's findings bear, filler aside
"""

from __future__ import annotations

import re

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.themes.broad_parts import label_parts
from pipeline.themes.concepts import LIFT
from pipeline.themes.fallback_names import dominant_word
from pipeline.themes.label_text import inner, joined_list
from pipeline.themes.mixed_topics import KINDS, PEOPLE, PEOPLE_SHARE
from pipeline.themes.rejected_forms import COLON
from pipeline.themes.siblings import relabelled
from pipeline.themes.vocabulary import EVALUATIVE, JOINING

# Words that are no verb of a filler object: joining words, stop words, judgements and the people of the field.
_NOT_VERB = frozenset(JOINING | ENGLISH_STOP_WORDS | EVALUATIVE | {w for p in PEOPLE for w in p.split()}
                      | {p + "’s" for p in PEOPLE} | {p + "'s" for p in PEOPLE})

OPENING = KINDS[1] + " "
# Least share of a theme's findings that must write each part its "General judgements on ..." label names: a reader
# of ten of them meets it two or three times (tuning, reads 76-80: accepted parts 21-97%, rejected 3-19%).
PART = 1 / 5
# Least share of a theme's findings that write one field topic for the topic to be its subject, not general
# judgements (`rejected_forms.COLON`: the colon form accepted over 39% on senior leadership).
OWN = COLON
_WORK_WITH = re.compile(r"^work with (.+)$")


def parts_of(label: str) -> list[str]:
    """The parts a "General judgements on ..." label names ("work with families", "early help"); [] for another
    label. "work with children and families" is one part (a group of `PEOPLE`)."""
    if not label.startswith(OPENING):
        return []
    rest = label[len(OPENING):]
    found = _WORK_WITH.match(rest)
    if found and found.group(1) in PEOPLE:
        return [rest]
    _, parts = label_parts(rest)
    return parts or [rest]


def _object(part: str) -> str:
    """What a part says the judgements are on: the people of "work with P", else the part."""
    found = _WORK_WITH.match(part)
    return found.group(1) if found else part


def part_share(covers, theme: int, part: str) -> float:
    """Share of the theme's findings that use what `part` names (`Coverage.share`)."""
    return covers.share(theme, _object(part))


def filler(covers, theme: int, part: str) -> bool:
    """Whether `part` is a lone word (no people) the theme's findings write no more than LIFT times as often as all
    findings: a word of every theme, naming nothing of this one ("services", "practice", "needs")."""
    said = _object(part)
    if " " in said.strip() or said in PEOPLE:
        return False
    return covers.share(theme, said) < LIFT * covers.share_all(said)


def borne_listing(parts: list[str], covers, theme: int) -> list[str]:
    """The parts of `parts` PART of the theme's findings bear, filler aside, in order."""
    return [part for part in parts if part_share(covers, theme, part) >= PART and not filler(covers, theme, part)]


def own_topic(covers, theme: int) -> str | None:
    """The field topic OWN of the theme's findings write, LIFT times as often as all findings, the most written."""
    rows = covers.members.get(theme, ())
    fitting = covers.concepts().fitting(rows, least=OWN, lift=LIFT) if len(rows) else []
    return fitting[0] if fitting else None


def people_said(covers, theme: int) -> list[str]:
    """"General judgements on work with P" for each of `PEOPLE` half or more of the theme's findings write."""
    return [f"{OPENING}work with {p}" for p in PEOPLE if covers.share(theme, p) >= PEOPLE_SHARE]


def _plural(covers, theme: int, word: str) -> str | None:
    """`word` as a plural its theme's findings write ("board" -> "boards"), itself when it is one; None when they
    write no plural of it."""
    lower = word.lower()
    if lower.endswith("s"):
        return lower
    forms = [lower + "s", lower + "es"] + ([lower[:-1] + "ies"] if lower.endswith("y") else [])
    texts = " ".join(covers.lower(int(i)) for i in covers.members[theme])
    return next((form for form in forms if re.search(rf"\b{form}\b", texts)), None)


def word_said(covers, theme: int) -> list[str]:
    """"General judgements on W" for the noun W half or more of the theme's findings write, LIFT times as often as
    all findings (`fallback_names.dominant_word`), said as the plural they write ("... on boards")."""
    word = dominant_word(covers, theme, PEOPLE_SHARE, general=True)
    if not word or word.lower() in " ".join(PEOPLE) or filler(covers, theme, word.lower()):
        return []
    plural = _plural(covers, theme, word)
    return [OPENING + plural] if plural and covers.share(theme, plural) >= PEOPLE_SHARE else []


# Words read before a filler object for the verb it is the object of: "meet the diverse needs" (a verb, an article,
# a judgement word).
BEFORE = 3
_WORDS = re.compile(r"[a-z][a-z'’-]*")


def _ing(covers, theme: int, verb: str) -> str | None:
    """`verb`'s -ing form as the theme's findings write it ("meet" -> "meeting"); None when they write none."""
    texts = " ".join(covers.lower(int(i)) for i in covers.members[theme])
    forms = [verb + "ing", verb[:-1] + "ing" if verb.endswith("e") else "", verb + verb[-1:] + "ing"]
    return next((form for form in forms if form and re.search(rf"\b{form}\b", texts)), None)


def verb_said(covers, theme: int, label: str) -> list[str]:
    """"General judgements on meeting needs" for a label on one lone word ("... on needs") whose findings write,
    half or more of them (PEOPLE_SHARE), one same content word in the BEFORE words before it, LIFT times as often as
    all findings, and its -ing form too (`_ing`): the word is the object of what they judge ("services meet needs"),
    and alone names nothing, however often they write it. [] for any other label."""
    parts = parts_of(label)
    if len(parts) != 1 or " " in parts[0].strip() or parts[0] in PEOPLE:
        return []
    word = parts[0].lower()
    stem = word[:-1] if word.endswith("s") else word
    rows = covers.members[theme]
    found = {}
    for i in rows:
        words = _WORDS.findall(covers.lower(int(i)))
        seen = {w for at, w in enumerate(words) if w in (word, stem)
                for w in words[max(0, at - BEFORE):at]}
        for w in seen - _NOT_VERB:
            found[w] = found.get(w, 0) + 1
    for verb, count in sorted(found.items(), key=lambda kv: (-kv[1], kv[0])):
        if count < PEOPLE_SHARE * len(rows):
            break
        if covers.share(theme, verb) < LIFT * covers.share_all(verb):
            continue
        ing = _ing(covers, theme, verb)
        if ing:
            return [f"{OPENING}{ing} {word}"]
    return []


def options(covers, theme: int, label: str) -> list[str]:
    """What a "General judgements on ..." sub label may be said instead, best first; [] when it is honest as it is
    (module docstring) or is another label."""
    parts = parts_of(label)
    if not parts:
        return []
    topic = own_topic(covers, theme)
    if topic is not None:
        return [f"Mixed findings: {inner(topic)}"]
    kept = borne_listing(parts, covers, theme)
    if kept == parts:  # borne: said otherwise only as what its findings judge is done to a lone word
        return verb_said(covers, theme, label)
    said = [OPENING + joined_list(kept)] if kept else []
    return [s for s in said + word_said(covers, theme) + verb_said(covers, theme, label) + people_said(covers, theme)
            if s != label]


def judgements_said(labels: dict[int, str], covers, keep: set[int] = frozenset(),
                    taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` with each "General judgements on ..." label said by its first free option (`options`,
    `siblings.relabelled`: no other theme nor one of `taken` has it, and it passes the label checks); others, and
    those with no free option, as they are. keep: themes whose labels stay (the field themes')."""
    out = dict(labels)
    for theme in sorted(labels):
        if theme in keep or not len(covers.members.get(theme, ())):
            continue
        texts = None
        for said in options(covers, theme, out[theme]):
            texts = covers.texts_of(theme) if texts is None else texts
            if relabelled(out, theme, said, taken, texts):
                break
    return out
