"""How many of a theme's findings write a word as a thing of its own, not only inside a phrase in which it is no
head ("home" of "return home interviews" and "return home"; `broad_parts.general_head_label`).

A broad label led by a general head word ("Homes, including return home interviews") says its findings are about
that thing. Read 76 (both readers) rejected it over a broad theme mostly on return home interviews, the rest on
children's homes and going home: the word was counted in "return home", where it says where a child goes back to,
not a home the findings are about. The phrases looked at are the label's parts and its sub-themes' topics; the word is
no head of one when it is not its last word ("home" of "return home interviews") or when spaCy's tagger reads it as no
noun there ("home" of "return home", an adverb). Without the tagger only the first test is made.

    own_share(texts, forms, phrases) -> share of texts writing one of `forms` outside those phrases
"""

from __future__ import annotations

import re

from pipeline.themes.name_checks import pos_tagger
from pipeline.themes.vocabulary import folded_stem

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_LOWER = re.compile(r"[a-z][a-z'’-]*")


def no_head_of(phrase: str, stem: str) -> bool:
    """Whether the word of `stem` stands in `phrase` but is no head of it: not its last word, or (the tagger at
    hand) read there as no noun ("Return home": an adverb)."""
    words = _WORD.findall(phrase)
    places = [i for i, w in enumerate(words) if folded_stem(w.lower()) == stem]
    if not places or len(words) < 2:
        return False
    if places[-1] != len(words) - 1:
        return True
    nlp = pos_tagger()
    if nlp is None:
        return False
    tokens = [t for t in nlp(" ".join(words)) if _WORD.fullmatch(t.text)]
    return len(tokens) == len(words) and tokens[-1].pos_ not in ("NOUN", "PROPN")


def _phrase_pattern(phrase: str) -> re.Pattern:
    """`phrase` as the findings write it: its words in order, each in any ending (s, es, 's)."""
    words = [re.escape(w.lower().rstrip("s")) + r"[a-z'’]*" for w in _WORD.findall(phrase)]
    return re.compile(r"(?<![a-z])" + r"\s+".join(words) + r"(?![a-z])")


def own_share(texts: list[str], forms: list[str], phrases: list[str]) -> float:
    """Share of `texts` (lower case) that write a word of the stem of `forms` (any ending, as `Coverage.share`
    counts it: "reviewed", "reviews") once the `phrases` in which it is no head (`no_head_of`) are taken out."""
    if not texts or not forms:
        return 0.0
    stem = folded_stem(forms[0].lower())
    inside = [_phrase_pattern(p) for p in dict.fromkeys(phrases) if no_head_of(p, stem)]
    kept = 0
    for text in texts:
        for pattern in inside:
            text = pattern.sub(" ", text)
        kept += any(folded_stem(w) == stem for w in _LOWER.findall(text))  # folded_stem remembers each word
    return kept / len(texts)
