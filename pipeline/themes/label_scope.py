"""Sub-theme labels said at the scope their findings bear out, not wider, narrower or vaguer.

Read 54 (a blind read of mixture 9728's sub labels, now tuning) judged these labels wrong or meaningless, each for a
cause any council's or Ofsted's documents can give:

    "Fostering, including private fostering"   nearly all of it is the part: said as the part, "Private fostering"
                                               (`_including`: the part written by INCLUDED_SHARE of its findings)
    "National SCRs"                            a qualifier few of its findings write ("national" in 1 of 10, of
                                               reviews that are local) on a label of two words: said without it,
                                               "SCRs" (`_unqualified`)
    "Parents and parenting"                    a part its findings hardly write as such ("parenting", of the first
                                               part's stem, in 4 of 100): said by what they write, "Work with
                                               parents" (`_minor_part`)
    "Children's homes"                         a kind of a general word over findings half of which write the word
                                               alone, in other senses ("stable homes"): "Children's homes and other
                                               homes" (`_other_kinds`)
    "Plans, further findings"                  one general word in its several senses, a grab-bag: said by the kinds
                                               of it the findings name ("Care, action and other plans": `_kinds_of`)
    "General judgements on services"           a grab-bag over findings that share a phrase: said by the noun phrase
                                               most of them write around their common word ("Vulnerable children",
                                               "Help and protection": `_shared_phrase`)

A label is restated only when the new one is no other theme's (nor a broad theme's) and passes `name_problems`; field
themes keep theirs. Labels only: this runs after the themes are final, so no finding moves.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.themes.fallback_names import FLOOR, kinds_named
from pipeline.themes.name_checks import (GENERIC_NAMES, LONE_GENERIC, VAGUE_WORDS, pos_tagger, name_problems,
                                         noun_phrases)
from pipeline.themes.vocabulary import label_key, straight, fold

# Share of a theme's findings that must write the part of "X, including Y" for the label to be said as "Y" alone.
INCLUDED_SHARE = 0.6
# A label's first word is a qualifier the findings do not bear out when fewer than QUALIFIER_SHARE of them use it (in
# any form) while at least REST_SHARE use the rest of it.
QUALIFIER_SHARE = 0.2
REST_SHARE = 0.5
# Least share of a theme's findings that must write the word a grab-bag label's phrase is built around, and the
# phrase itself.
WORD_SHARE = 0.5
PHRASE_SHARE = 0.3

# "Children's homes" is "Children's homes and other homes" when HEAD_SHARE of its findings write "homes" and fewer
# than PHRASE_MOST (two in three) "children's homes" (read 54: "only about half on residential children's homes";
# 63 in 100 write it, of which some "residential" or "unregistered").
HEAD_SHARE = 0.85
PHRASE_MOST = 2 / 3
PEOPLE = ("parents", "carers", "families")  # the people a label's first part may be, said as work with them
STEM = 5  # letters two parts of a label share when one is the other's word in another form ("parents", "parenting")

INCLUDING = re.compile(r"^(?P<whole>[^,]+), including (?P<part>[^,]+)$")
GRAB_BAG_WORD = re.compile(r"^(?P<word>[A-Za-z-]+), further findings$")
JUDGEMENTS = re.compile(r"^General judgements on ")
TWO_PARTS = re.compile(r"^(?P<first>[^,]+?) and (?P<second>[^,]+)$")
_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")
# Function words a grab-bag's phrase never starts or ends with (`vocabulary.stop_words` also holds "help" and "need",
# words such a phrase may be made of: "Help and protection").
_STOP = {"the", "a", "an", "of", "in", "on", "for", "to", "and", "or", "with", "by", "at", "is", "are", "be", "been",
         "this", "that", "these", "those", "their", "its", "his", "her", "they", "it", "as", "from", "not", "all",
         "some", "most", "more", "many", "who", "which", "have", "has", "was", "were", "there", "also", "such"}


def written_share(covers, theme: int, phrase: str) -> float:
    """Share of the theme's findings that write `phrase` word for word (case and quotes aside; its last word may take
    a plural s): stricter than `Coverage.share`, whose stems make "parenting" of "parents"."""
    rows = covers.members.get(theme, ())
    if not len(rows):
        return 0.0
    words = straight(phrase).lower().split()
    last = fold(words[-1]) if words[-1].isalpha() else words[-1]  # "plans" and "plan", "agencies" and "agency"
    ending = re.escape(last[:-1]) + r"(?:y|ies)" if last.endswith("y") else re.escape(last) + r"(?:s|es)?"
    pattern = re.compile(r"(?<![a-z'-])" + r"\s+".join(re.escape(w) for w in words[:-1])
                         + (r"\s+" if len(words) > 1 else "") + ending + r"(?![a-z])")
    return sum(1 for i in rows if pattern.search(covers.lower(int(i)))) / len(rows)


def _including(covers, theme: int, label: str) -> str | None:
    """"X, including Y" said as "Y" when most of the theme writes Y."""
    match = INCLUDING.match(label)
    if not match:
        return None
    part = match["part"]
    return _capital(part) if covers.share(theme, part) >= INCLUDED_SHARE else None


def _unqualified(covers, theme: int, label: str) -> str | None:
    """"National SCRs" said as "SCRs" when few of the theme write its first word (in any form) and most the rest of it,
    and its first word is an adjective (a qualifier of the rest: "national", "local", "statutory")."""
    words = label.split()
    if len(words) != 2 or not words[0].isalpha():  # "Multi-agency risk assessment conferences" is one term
        return None
    rest = words[1]
    # the qualifier in any form counts (its stem: "privately fostered" bears out "Private fostering")
    if covers.share(theme, words[0]) >= QUALIFIER_SHARE or covers.share(theme, rest) < REST_SHARE:
        return None
    nlp = pos_tagger()
    # tagged in a frame of its own: before an acronym a tagger reads a capital as a name ("National SCRs")
    if nlp is None or nlp(f"the {words[0].lower()} services")[1].pos_ != "ADJ":
        return None
    return _capital(rest)


def _minor_part(covers, theme: int, label: str) -> str | None:
    """"A and B" whose B, a form of A's stem, few of the theme write word for word (fewer than FLOOR) while half write
    A: said by A; "Work with parents" when A is people (`PEOPLE`); the kinds of A when A is a word too general to name
    a theme alone ("Care, statutory and other reviews")."""
    match = TWO_PARTS.match(label)
    # only a part of the first's stem, matched by it ("Placements and sufficiency" names two things the findings
    # write in many words)
    if not match or fold(match["first"].lower())[:STEM] != fold(match["second"].lower())[:STEM] \
            or written_share(covers, theme, match["second"]) >= FLOOR:
        return None
    first = match["first"]
    if written_share(covers, theme, first) < REST_SHARE:
        return None
    if first.lower() in PEOPLE:  # what most write of them: work with them (read 54: consent, involvement, return)
        return f"Work with {first.lower()}"
    if " " not in first and fold(first.lower()) in GENERIC_NAMES | LONE_GENERIC:
        return _kinds_of(covers, theme, first)
    return _capital(first)


def _other_kinds(covers, theme: int, label: str) -> str | None:
    """"Children's homes" over findings nearly all of which write "homes" (HEAD_SHARE), fewer than PHRASE_MOST of them
    as the label says: "Children's homes and other homes", the label's kind first. Only for a head word too general
    to name a theme alone (`GENERIC_NAMES`): a reader of the rest finds homes, not children's homes."""
    words = label.split()
    if len(words) < 2 or " and " in label or "," in label or fold(words[-1].lower()) not in GENERIC_NAMES \
            or label.startswith(("Statistics", "Mixed findings")) or label not in noun_phrases([label]):
        return None
    head = fold(words[-1].lower())
    if written_share(covers, theme, head) < HEAD_SHARE or written_share(covers, theme, label) >= PHRASE_MOST:
        return None
    plural = head if head[-1] in "sxyh" else f"{head}s"
    return f"{label} and other {plural}"


def _kinds_of(covers, theme: int, word: str) -> str | None:
    """The kinds of a general word its findings name, two at least ("Care, action and other plans"), else None."""
    return kinds_named(covers.texts_of(theme), word, frame=True, checked=False)


def _shared_phrase(covers, theme: int) -> str | None:
    """The noun phrase of two or three words most of a theme's findings write around the word at least WORD_SHARE of
    them use ("vulnerable children", "help and protection"), written by at least PHRASE_SHARE; else None."""
    rows = covers.members.get(theme, ())
    if not len(rows):
        return None
    lowered = [covers.lower(int(i)) for i in rows]
    words = Counter(w for text in lowered for w in set(_WORD.findall(text)))
    common = {w for w, n in words.items() if n >= WORD_SHARE * len(rows) and w not in _STOP and len(w) > 3
              and fold(w) not in VAGUE_WORDS and w not in ("children", "young", "people", "families")}
    grams: Counter = Counter()
    for text in lowered:
        tokens = _WORD.findall(text)
        seen = set()
        for n in (2, 3):
            for i in range(len(tokens) - n + 1):
                gram = tokens[i:i + n]
                if gram[0] in _STOP or gram[-1] in _STOP or not common & set(gram) \
                        or any(w in _STOP - {"and", "of", "for"} for w in gram):
                    continue
                seen.add(" ".join(gram))
        grams.update(seen)
    least = PHRASE_SHARE * len(rows)
    ranked = [g for g, n in sorted(grams.items(), key=lambda item: (-item[1], -len(item[0]), item[0])) if n >= least]
    nouns = noun_phrases(ranked)
    return next((_capital(g) for g in ranked if g in nouns and not name_problems([_capital(g)])), None)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def scoped_labels(labels: dict[int, str], covers, keep: set[int] = frozenset(), taken: set[str] = frozenset()
                  ) -> dict[int, str]:
    """Sub-theme labels (theme -> label) each restated as the module docstring says where its findings do not bear
    it out, in theme id order; a label another theme (or `taken`, e.g. the broad labels) has is not given. keep:
    themes whose labels stay (the field themes')."""
    out = dict(labels)
    have = {label_key(label) for label in out.values()} | {label_key(label) for label in taken}
    for theme in sorted(labels):
        label = labels[theme]
        if theme in keep or not len(covers.members.get(theme, ())):
            continue
        options = [_including(covers, theme, label), _unqualified(covers, theme, label),
                   _minor_part(covers, theme, label), _other_kinds(covers, theme, label)]
        grab_bag = GRAB_BAG_WORD.match(label)
        # further findings on a word in several senses ("plans" of children and of councils): its kinds; "W, various
        # aspects" stays (read 54's readers accepted it over findings mostly on one W)
        if grab_bag and fold(grab_bag["word"].lower()) in GENERIC_NAMES | LONE_GENERIC:
            options.append(_kinds_of(covers, theme, grab_bag["word"]))
        if JUDGEMENTS.match(label):
            options.append(_shared_phrase(covers, theme))
        text = next((o for o in options if o and o != label and label_key(o) not in have
                     and not name_problems([o])), None)
        if text is not None:
            have.discard(label_key(label))
            have.add(label_key(text))
            out[theme] = text
    return out
