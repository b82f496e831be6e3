"""Lone words that say nothing as a theme's whole name: written with what they are of, after the verb that acts on
them, or as a predicative adjective (`bare_word`: "Awareness", "Variable, various aspects", read 44: meaningless);
such an adjective said with the noun its findings write (`adjective_subject`: "Variable quality")."""

from __future__ import annotations

from collections import Counter

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.themes.fallback_names import OBJECT_WORDS, COMPLEMENT_SHARE, DOMINANT_SHARE, dominant_words
from pipeline.themes.name_checks import name_problems, noun_phrases
from pipeline.themes.vocabulary import fold, folded_words

# `covers` below is a pipeline.themes.coverage.Coverage; it is not imported.

# What a lone word is written with where it says nothing alone: the preposition that brings what it is of or among
# ("awareness of", "awareness amongst"; "to" and "from" as for `needs_object`; not "with": "relationships with"
# is a topic), or the verb or degree word before a predicative adjective ("is too variable", "remains variable").
_COMPLEMENT_WORDS = OBJECT_WORDS | {"of", "amongst", "among", "about", "around"}
_BEFORE_ADJECTIVE = frozenset({"is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained",
                               "too", "very", "more", "less", "also", "still", "highly", "so", "not", "become",
                               "becomes", "became"})


def _uses(texts: list[str], word: str) -> list[tuple[str, str]]:
    """(word before, word after) of each use of `word` in any form in `texts` ("" at a text's edge)."""
    key = fold(word)
    found = []
    for text in texts:
        words, folds, held = folded_words(text)  # each text's words folded once, not once per word asked about
        if key in held:
            found += [(words[j - 1] if j else "", words[j + 1] if j + 1 < len(words) else "")
                      for j, w in enumerate(folds) if w == key]
    return found


def bare_word(texts: list[str], word: str) -> bool:
    """Whether `word`, as a theme's whole name, leaves out what its findings write with it: at least
    COMPLEMENT_SHARE of its uses are followed by a preposition that brings what it is of ("awareness of the risks",
    "awareness amongst schools"), stand after a copula or degree word as an adjective ("is too variable"), or follow
    the one verb (any form: "raise", "raising") most of its uses follow ("raise awareness": the subject is the act;
    "senior managers" is a kind of managers, by the tagger a noun phrase). Then
    "Awareness" or "Variable, various aspects" names no subject (read 44: meaningless); "delay in" (of time) and
    "relationships with" are no such complements, and "chronologies" stands alone."""
    uses = _uses(texts, word)
    leads = Counter(before[:4] for before, _ in uses if before and before not in ENGLISH_STOP_WORDS | _BEFORE_ADJECTIVE)
    lead = leads.most_common(1)[0][0] if leads else None
    if lead is not None:  # a verb before its object ("raise awareness"), not a kind ("senior managers")
        form = Counter(before for before, _ in uses if before[:4] == lead).most_common(1)[0][0]
        lead = None if noun_phrases([f"{form} {word.lower()}"]) else lead
    bare = sum(1 for before, after in uses if after in _COMPLEMENT_WORDS or before in _BEFORE_ADJECTIVE
               or (lead is not None and before[:4] == lead))
    return bool(uses) and bare >= COMPLEMENT_SHARE * len(uses)


def adjective_subject(covers, theme: int, word: str) -> str | None:
    """A theme named by an adjective its findings write predicatively ("the quality of plans is too variable"): the
    adjective with the noun at least DOMINANT_SHARE of them write as what it says ("Variable quality"), when the
    pair is a noun phrase and passes the name checks; None otherwise (the theme then falls to the mixed labels)."""
    if not predicative(covers.texts_of(theme), word):
        return None
    for noun in dominant_words(covers, theme, DOMINANT_SHARE, general=True):
        if fold(noun.lower()) == fold(word.lower()):
            continue
        said = f"{word[:1].upper()}{word[1:].lower()} {noun if noun.isupper() else noun.lower()}"
        if noun_phrases([said.lower()]) and not name_problems([said]):
            return said
        return None
    return None


def predicative(texts: list[str], word: str) -> bool:
    """Whether at least COMPLEMENT_SHARE of the uses of `word` stand after a copula or degree word: an adjective as
    the findings write it ("practice is too variable")."""
    uses = _uses(texts, word)
    return bool(uses) and sum(1 for before, _ in uses if before in _BEFORE_ADJECTIVE) >= COMPLEMENT_SHARE * len(uses)
