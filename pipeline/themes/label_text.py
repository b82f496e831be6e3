"""The small pieces of label text the naming modules write with: a phrase as written inside a label (`inner`), parts
as a list (`joined_list`), the head a phrase is compared by (`head_noun`) and whether a label names a topic
(`is_topic`).

    inner("MASH referrals") -> "MASH referrals"; inner("Care leavers") -> "care leavers"
    joined_list(["plans", "reviews", "visits"]) -> "plans, reviews and visits"
    head_noun("quality of assessments") -> "qual"
    is_topic("Mixed findings, some on X") -> False
    listed_text("Mixed findings, some on A and B") -> "A and B"
"""

from __future__ import annotations

import re

from pipeline.themes.vocabulary import CONNECTORS, fold

# What a label says around the topics it lists: its opening ("Mixed findings, some on", "Statistics on") and its
# placeholder endings (", various aspects", " and related topics").
_OPENING = re.compile(r"^(?:Mixed findings|Statistics)(?::|,)?\s*(?:(?:some|mostly|one in \w+) on )?")
_ENDING = re.compile(r", (?:various aspects|further findings)$| and related (?:topics|findings)$")


def inner(phrase: str) -> str:
    """A phrase as written inside a label: first letter lower case, unless it starts with an acronym ("MASH",
    "PAs": "Care leavers and pAs" said nothing)."""
    first = phrase.split()[0]
    acronym = first.isupper() or (len(first) > 2 and first.endswith("s") and first[:-1].isupper())
    return phrase if acronym else phrase[:1].lower() + phrase[1:]



def joined_list(parts: list[str]) -> str:
    """Parts as a list ("A, B and C"); a part that holds an "and" itself goes last and brings the list's "and"
    ("assessments, timeliness and delay", not "timeliness and delay and assessments")."""
    if len(parts) == 1:
        return parts[0]
    paired = [part for part in parts if " and " in part]
    if paired:
        return ", ".join([part for part in parts if " and " not in part] + paired)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def head_noun(phrase: str) -> str:
    """The head noun's first four letters: the last word, or the word before of/in/for ("quality of assessments"
    -> "qual")."""
    words = phrase.lower().split()
    for i, word in enumerate(words):
        if word in CONNECTORS and i:
            return fold(words[i - 1])[:4]
    return fold(words[-1])[:4]  # four letters: "plans" and "planning" are one head


def is_topic(label: str) -> bool:
    """A label that names what its theme is about, rather than saying it is mixed or wider than one topic."""
    return not label.startswith(("Mixed findings", "Statistics")) and not label.endswith(("and related topics",
                                                                                             "and related findings"))


def listed_text(label: str) -> str:
    """The part of a label that lists its topics, its opening, a leading "on" and its placeholder ending aside
    ("Statistics on schools" -> "schools"; "Board, various aspects" -> "Board")."""
    return re.sub(r"^on ", "", _ENDING.sub("", _OPENING.sub("", label)))
