"""Verbs of saying in minutes: one list for every rule that reads who said what (furniture66).

Four rules read a verb of saying: who is reported speaking (pipeline.furniture.speakers), a chair or commissioner from
outside the council (pipeline.meeting_chair), a clause said about the service (pipeline.meeting_verdicts) and a
member's remark the learned furniture model leaves alone (pipeline.minutes_remarks). Each had its own list, and the
lists had drifted apart ("stressed" and "reminded" in one, not in another). Here is the one list: each verb with its
past form, its lemma and what it does with what was said:

- CLAUSE: it takes what was said as a clause ("said that caseloads had fallen", "stressed the service was stable");
- ASKS: it puts a question or a request ("asked how many children were waiting", "queried whether ...");
- OTHER: it reports someone speaking or judging without a clause of its own ("thanked", "presented", "found").

`past_forms(kinds)` gives a regex alternation of the past forms (longest first) for the rules that read the text,
`lemmas(kinds)` the lemmas for the rule that reads the parse.
"""

from __future__ import annotations

CLAUSE, ASKS, OTHER = "clause", "asks", "other"

# (past form, lemma, kind)
VERBS: tuple[tuple[str, str, str], ...] = (
    ("said", "say", CLAUSE), ("stated", "state", CLAUSE), ("explained", "explain", CLAUSE),
    ("reported", "report", CLAUSE), ("advised", "advise", CLAUSE), ("informed", "inform", CLAUSE),
    ("confirmed", "confirm", CLAUSE), ("stressed", "stress", CLAUSE), ("emphasised", "emphasise", CLAUSE),
    ("emphasized", "emphasize", CLAUSE), ("added", "add", CLAUSE), ("highlighted", "highlight", CLAUSE),
    ("outlined", "outline", CLAUSE), ("noted", "note", CLAUSE), ("told", "tell", CLAUSE),
    ("assured", "assure", CLAUSE), ("commented", "comment", CLAUSE), ("remarked", "remark", CLAUSE),
    ("asked", "ask", ASKS), ("questioned", "question", ASKS), ("queried", "query", ASKS),
    ("requested", "request", ASKS), ("sought", "seek", ASKS),
    ("felt", "feel", OTHER), ("expressed", "express", OTHER), ("raised", "raise", OTHER),
    ("suggested", "suggest", OTHER), ("welcomed", "welcome", OTHER), ("wanted", "want", OTHER),
    ("proposed", "propose", OTHER), ("congratulated", "congratulate", OTHER), ("pointed out", "point", OTHER),
    ("responded", "respond", OTHER), ("replied", "reply", OTHER), ("presented", "present", OTHER),
    ("introduced", "introduce", OTHER), ("updated", "update", OTHER), ("described", "describe", OTHER),
    ("acknowledged", "acknowledge", OTHER), ("agreed", "agree", OTHER), ("challenged", "challenge", OTHER),
    ("gave", "give", OTHER), ("provided", "provide", OTHER), ("shared", "share", OTHER),
    ("referred", "refer", OTHER), ("thanked", "thank", OTHER), ("recognised", "recognise", OTHER),
    ("accepted", "accept", OTHER), ("found", "find", OTHER), ("identified", "identify", OTHER),
    ("judged", "judge", OTHER), ("observed", "observe", OTHER), ("saw", "see", OTHER),
    ("recommended", "recommend", OTHER), ("concluded", "conclude", OTHER), ("reminded", "remind", OTHER),
    ("summarised", "summarise", OTHER), ("urged", "urge", OTHER), ("praised", "praise", OTHER),
    ("announced", "announce", OTHER),
)
ALL = (CLAUSE, ASKS, OTHER)


def past_forms(kinds=ALL) -> str:
    """A regex alternation (no group, no word boundaries) of the past forms of the verbs of `kinds`."""
    forms = sorted({form for form, _, kind in VERBS if kind in kinds}, key=lambda form: (-len(form), form))
    return "|".join(form.replace(" ", r"\s+") for form in forms)


def lemmas(kinds=ALL) -> frozenset[str]:
    """The lemmas of the verbs of `kinds`."""
    return frozenset(lemma for _, lemma, kind in VERBS if kind in kinds)
