""""X, various aspects" said as X with the part of it that sets the theme apart: "Information, including information
sharing".

A theme whose findings nearly all write X ("information") but share no phrase a fifth of them write keeps the
placeholder "X, various aspects" (`inside_names`, `aspect_names`, `aspect_terms` ask a term of X of a fifth to three
in ten of them). Where a term of X ("information sharing") is a little rarer but its word is written, in any of its
forms ("share", "shared", "sharing"), by a fair part of the findings, and seldom by the theme's siblings or by the rest
of the run, that word is what sets the theme apart: a reader of ten of its findings finds X in all and the term's
subject in three or four. The naming says a head with such a part as "X, including Y" (`fallback_names.widened`).

`term_parts` reads each "X, various aspects" whose findings use X (HEAD of them) for a word W written right before or
after X (hyphenated too) by TERM of them, W's forms used by FAMILY of them, LIFT times as often as all findings and
APART times as often as the findings of the theme's siblings (the other sub-themes of its broad theme), W read as a
noun where they write the term and the term not cut from a longer one (`aspect_terms`). The label becomes
"X, including <the term as most write it>", when it is no other theme's label (nor one of `taken`) and passes the
label checks; otherwise the placeholder stays. Membership never changes.

    term_parts(labels, covers, parents, keep, taken) -> labels with such placeholders said with their part
"""

from __future__ import annotations

import re
from collections import Counter

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.themes.aspect_terms import NO_TERM, cut_from_longer, lowered_texts, noun_as_written, stem_forms
from pipeline.themes.siblings import relabelled, share_matching, sibling_texts
from pipeline.themes.vocabulary import fold

HEAD = 0.6      # least share of the theme that uses X
TERM = 0.15     # least share that writes the term of X and W
FAMILY = 0.3    # least share that writes W in any of its forms
LIFT = 10.0     # W's forms this many times as common as in all findings
APART = 3.0     # ... and as in the theme's siblings

_PLACE = re.compile(r"^(?P<x>[A-Za-z][A-Za-z'-]*), various aspects$")
_WORD = r"[a-z][a-z'-]*"


def family(word: str) -> re.Pattern:
    """The forms of a word ("sharing": share, shares, shared, sharing; "gathering": gather, gathered, ...)."""
    root = re.sub(r"(?:ing|ed|es|e|s)$", "", word) or word
    return re.compile(r"(?<![a-z'])" + re.escape(root) + r"(?:e|es|ed|s|ing|ings)?(?![a-z'])")  # "information-sharing"



def term_part(subject: str, texts: list[str], siblings: list[str], everywhere: list[str]) -> str | None:
    """The term of `subject` that sets `texts` apart (as most of them write it), or None; all texts lower-cased."""
    n = len(texts)
    x = stem_forms(subject)
    if share_matching(re.compile(rf"\b{x}\b"), texts) < HEAD:
        return None
    rows: dict[str, set[int]] = {}
    written: dict[str, Counter] = {}
    before = re.compile(rf"\b({_WORD})[ -](?=({x})\b)")  # the subject looked ahead to, not taken: "effective
    after = re.compile(rf"\b(?:{x})[ -]({_WORD})\b")    # information sharing" holds a term on either side of it
    for i, text in enumerate(texts):
        pairs = [(m.group(1), m.group(0) + m.group(2)) for m in before.finditer(text)]
        pairs += [(m.group(1), m.group(0)) for m in after.finditer(text)]
        for word, term in pairs:
            rows.setdefault(fold(word), set()).add(i)
            written.setdefault(fold(word), Counter())[term] += 1
    own = fold(subject.lower())
    for word, used in sorted(rows.items(), key=lambda item: (-len(item[1]), item[0])):
        if len(used) < TERM * n:
            break
        if word == own or word in NO_TERM or word in ENGLISH_STOP_WORDS or len(word) < 4 or "'" in word:
            continue
        forms = family(word)
        share = share_matching(forms, texts)
        if share < FAMILY or share < LIFT * share_matching(forms, everywhere) \
                or share < APART * share_matching(forms, siblings):
            continue
        said = max(written[word], key=lambda form: (written[word][form], form))
        term_rows = [texts[i] for i in sorted(used)]
        if not noun_as_written(said.replace("-", " "), term_rows) or cut_from_longer(said, term_rows):
            continue
        return said
    return None


def term_parts(labels: dict[int, str], covers, parents: dict[int, int], keep: set[int] = frozenset(),
               taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` with each "X, various aspects" said as "X, including <term>" when a term of X sets its findings apart
    from its siblings' (`term_part`); others as they are. parents: sub-theme -> its broad theme."""
    out = dict(labels)
    todo = [t for t in sorted(labels) if t not in keep and _PLACE.match(labels[t])]
    everywhere = lowered_texts(covers.texts) if todo else []
    for theme in todo:
        subject = _PLACE.match(labels[theme]).group("x")
        siblings = lowered_texts(sibling_texts(labels, covers, parents, theme))
        term = term_part(subject, lowered_texts(covers.texts_of(theme)), siblings, everywhere)
        if term is None:
            continue
        relabelled(out, theme, f"{subject}, including {term}", taken, covers.texts_of(theme))
    return out
