"""Whether a theme's findings write a label's words in the label's sense: an agent noun is not its activity.

`Coverage` counts a word as used when a finding holds its stem (plural folded, first five letters), so "commissioner"
is counted as used by findings that write "commissioning" or "commissioned", "manager" by "management", "planner" by
"planning", and the other way round. A label word that names a person ("Commissioner": read 97 judged it to suggest a
government-appointed commissioner) over findings about an activity (commissioning services) misleads. A finding
writes a word in its sense (`same_sense`) when it writes a word of its stem of the same kind: both agent nouns ("-er", "-or",
"-ee", "-ist": "commissioner", "managers", "committee") or neither, or one the other with a suffix that keeps its sense
("foster" / "fostering", "leader" / "leadership"). `written_as` puts a candidate name in the form most of its
findings write when twice as many write the word in another sense as in its own ("Commissioner" -> "Commissioning").
Used by `pipeline.themes.naming` on each theme's candidate names.
"""

from __future__ import annotations

from collections import Counter

from pipeline.themes.coverage import Coverage
from pipeline.themes.vocabulary import fold, folded_stem, folded_words

AGENT_ENDINGS = ("er", "or", "ee", "ist")
# the endings that make an agent noun of a word ("commission" + "er", "manage" + "r", "special" + "ist")
AGENT_SUFFIXES = ("er", "r", "or", "ee", "ist")
# Words that end like an agent noun but name no one ("register" beside "registration", "oversee" beside "oversight").
NOT_AGENT = frozenset(
    "register member number order disorder border sector factor matter letter paper water chapter quarter error mirror "
    "other under after corner winter summer character newsletter monitor consider offer cover deliver transfer "
    "foster minor major prior senior junior interior exterior superior inferior "
    "oversee foresee agree degree decree guarantee".split())  # verbs and things in "-ee" ("oversee": "oversight")


def is_agent(word: str) -> bool:
    """Whether a folded word is an agent noun ("commissioner", "manager", "committee"), not an activity or thing."""
    word = word[:-4] if word.endswith("ship") else word  # "leadership": what leaders are together
    return len(word) >= 6 and word.endswith(AGENT_ENDINGS) and word not in NOT_AGENT


def same_sense(label_word: str, written: str) -> bool:
    """Whether `written` (folded) writes `label_word` (folded) in its sense, the two of one stem: the same word, one
    the other with a suffix that is no agent's ("fostering" of "foster"), or both agent nouns or neither
    ("commissioned" of "commissioning"; not "commissioner")."""
    if label_word == written:
        return True
    shorter, longer = sorted((label_word, written), key=len)
    if longer.startswith(shorter) and longer[len(shorter):] not in AGENT_SUFFIXES:
        return True
    return is_agent(label_word) == is_agent(written)


def written_as(covers: Coverage, theme: int, phrase: str) -> str | None:
    """`phrase` with each word its findings write in another sense put as they most often write it ("commissioner"
    -> "commissioning"); None when they write every word in its sense, or when a re-formed word would be as rare."""
    words = phrase.split()
    changed = False
    rows = covers.members[theme][covers.of(theme, phrase)]
    for i, word in enumerate(words):
        if word.isupper() or "-" in word or not word[:1].isalpha():
            continue
        own, stem = fold(word.lower()), folded_stem(word.lower())
        forms: Counter = Counter()  # fold -> findings writing it in another sense
        shown: Counter = Counter()  # (fold, word as written) -> uses
        held = 0
        for row in rows:
            written, folds, _ = folded_words(covers.texts[row])
            mates = {(f, w) for w, f in zip(written, folds) if folded_stem(f) == stem}
            held += any(same_sense(own, f) for f, _ in mates)
            forms.update({f for f, _ in mates if not same_sense(own, f)})
            shown.update(mates)
        if not forms:
            continue
        form, count = min(forms.items(), key=lambda item: (-item[1], item[0]))
        if count >= 2 * max(held, 1):  # written so by at least twice as many of them as write the word in its sense
            # as most often written ("leaders", not "leader")
            words[i] = min((w for f, w in shown if f == form), key=lambda w: (-shown[(form, w)], w))
            changed = True
    return " ".join(words) if changed else None
