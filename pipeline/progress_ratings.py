"""Progress ratings of a plan's actions: a concern or a strength whatever the learned classifier reads (left62).

Improvement boards and scrutiny committees report an action plan's progress as a red / amber / green (RAG) rating or
in status words ("stalled", "off track", "behind schedule", "on track", "completed"). Those sentences hold few of the
words the polarity rules and the learned classifier count, so they came out neutral, while a researcher reads a red
or stalled action as a concern and a green or completed one as a strength. By docs/polarity_labelling.md:

- red, stalled, off track, not yet started, behind schedule, slipped, overdue, not (yet) completed, not on track:
  **concern** (late, or not where it should be);
- green, on track, completed (an action, a recommendation, a step or a milestone said to be complete): **strength**
  (timely, done);
- amber on its own: no polarity of its own (progress neither said to be good nor short: the ninth labelled file has
  "Status: amber, on track to be completed by December." neutral), so the other rules and the model decide;
- a rating that moved ("moved from red to amber", "slipped from green to amber"): a favourable change is a strength,
  an unfavourable one a concern (a problem eased is a strength);
- both sides in one sentence ("three actions are green and one is red"): a concern;
- a member's question about a rating ("asked whether the action was on track") and a condition ("if targets are not
  met", "when change is not achieved", "to check whether actions are completed") rate nothing.

A sentence that rates progress at all (amber included: `rates_progress`) reports on the plan: in a council document
it is kind `action` (what the council did and how far it got), never `recommendation`, and never meeting furniture
("The board agreed to move recommendation 2 from red to amber" is a decision on progress: council63).

A colour counts only as a rating: after a rating word ("rated red", "RAG status: amber", "a red rating") or a verb
of state or movement ("is green", "remains amber", "moved to red"), never in a name ("Green Party", "Amber Valley",
"Councillor A (Green)") or a phrase ("red flag", "green paper"). `pipeline.classify` gives such a segment this
polarity before its other polarity rules; `pipeline.classify_model.refine_classes` puts it over the learned one.
"""

from __future__ import annotations

import re

import numpy as np

from pipeline.member_questions import MEMBER_QUESTION
from pipeline.patterns import Column

_COLOUR = r"(red|amber|green)"
_NOT_A_RATING = r"(?![- ](party|paper|belt|spaces?|tape|lights?|flags?|cards?|lane|valley|book|energy|infrastructure))"
_RATED = re.compile(
    r"\b(rag|rated|rating|ratings|status|assessed|graded|marked|flagged|scored|shown|categori[sz]ed|classified)\b"
    r"(\s(as|at|is|was|were|of|remains?|now|currently|still|overall))*\s*[:=-]?\s*" + _COLOUR + r"\b"
    + _NOT_A_RATING
    + r"|\b(is|are|was|were|remains?|remained|stays?|stayed|moved|moves|moving|changed|turned|gone|went|"
    r"slipped|returned|dropped|improved|rose|fell|become|became)\s((back|currently|now|still|to|into|from|as)\s)*"
    + _COLOUR + r"\b" + _NOT_A_RATING
    + r"|\b" + _COLOUR + r"[- ](rated|rating|ratings|status|rag)\b", re.IGNORECASE)
# A rating's change: from one colour to another (the order of the colours says which way it went).
# The scale itself ("each with a red, amber or green rating", "a red/amber/green tracker") and colours listed as
# categories of something else ("contacts rated green or blue are sent to ...": a triage scale) rate nothing.
_HUES = r"(red|amber|green|blue|yellow|grey|black|purple|white)"
_SCALE = re.compile(r"\bred\s*[,/-]?\s*amber\s*(,|/|-|\s(and|or))?\s*(and\s|or\s)?green\b"
                    r"|\b" + _HUES + r"(\s*(,|/)\s*" + _HUES + r")*\s*(,|/|\sor|\sand)\s+" + _HUES + r"\b",
                    re.IGNORECASE)
_MOVED = re.compile(r"\bfrom\s(?P<was>red|amber|green)\s(rating\s|status\s)?(to|into)\s(?P<now>red|amber|green)\b",
                    re.IGNORECASE)
_RANK = {"red": 0, "amber": 1, "green": 2}
_NEGATION = r"\b(not|never|no longer|nor|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't)\s((yet|been|fully|all|" \
            r"currently|always|quite|entirely)\s)*"
# What a plan tracks: "the action ... has been completed", not "the audit completed in May" or "work is completed".
_ACTION = r"\b(actions?|recommendations?|tasks?|milestones?|steps?|objectives?|workstreams?|deliverables?)\b"
_BEHIND = re.compile(
    r"\b(stall(ed|ing|s)?|off[- ]track|behind (schedule|plan|target|timescales?|the (planned|agreed) timescales?)|"
    r"slipped|not (yet )?(been )?(started|begun|commenced|initiated)|yet to (start|begin|commence))\b"
    # overdue said of the action, not work named by it ("tools to identify overdue visits")
    r"|\b(is|are|was|were|remains?|remained|became|become|now|still)\s((now|still|significantly|long)\s)?overdue\b"
    r"|" + _NEGATION + r"(on track|complete(d)?|achieved|delivered|met)\b"
    # an aim of getting back on track says it is off it now
    r"|\b(get|gets|getting|bring|brings|bringing|put|putting)\s(\w+\s){0,4}back on track\b", re.IGNORECASE)
_AHEAD = re.compile(
    r"\b(on track|ahead of (schedule|plan|target))\b"
    # (not another clause's: "actions were taken to ... ensure risk assessments were completed")
    r"|" + _ACTION + r"(?:(?!\b(?:ensure|ensuring|that|whether|if)\b)[^.;:]){0,80}?\b(has|have|had|is|are|was|were)\s"
    r"(now\s)?(been\s)?(fully\s)?complete(d)?\b"
    r"|\b(marked|signed off|closed|rated|status:?)\s(as\s)?(fully\s)?complete(d)?\b", re.IGNORECASE)


# What a plan tracks, or the plan itself, named anywhere in the sentence.
_PLANNED = re.compile(_ACTION + r"|\b(plans?|targets?|projects?|timescales?|trajectory|trajectories)\b", re.IGNORECASE)


# A condition or what is to be checked, before a status word in its clause: "if targets are not met".
_CHECK = r"(check|checks|checked|checking|confirm|confirms|confirming|monitor|monitors|monitoring|track|tracking)"
_CONDITION = re.compile(r"\b(if|when|whenever|where|whether|unless|until|ensure|ensures|ensuring)\b"
                        r"|\b" + _CHECK + r"\s(that|whether|if|how)\b|\b(to|will|would|should|must|can|cannot)\s"
                        r"(\w+\s)?" + _CHECK + r"\b", re.IGNORECASE)


def progress_polarity(text: str) -> str:
    """"concern", "strength" or "" (no progress rating) of one segment (the module docstring says how)."""
    text = " ".join(text.split())
    if not _may_rate(text):
        return ""
    text = _SCALE.sub(" ", text)
    if MEMBER_QUESTION.search(text) is not None:
        return ""
    moved = [_RANK[match["now"].lower()] - _RANK[match["was"].lower()] for match in _MOVED.finditer(text)]
    if moved and all(change != 0 for change in moved):
        return "strength" if moved[-1] > 0 else "concern"
    colours = {_last_colour(match.group(0)) for match in _stated(_RATED, text)}
    if "red" in colours or any(True for _ in _stated(_BEHIND, text)):
        return "concern"
    if "amber" in colours:
        return ""
    if "green" in colours or any(True for _ in _stated(_AHEAD, text)):
        return "strength"
    return ""


def rates_progress(text: str) -> bool:
    """Whether one segment rates a plan's progress at all: a rating or its change (amber too), a status word
    ("on track", "stalled", "completed") in a sentence naming an action, recommendation, plan or target; not a
    member's question nor a condition."""
    text = " ".join(text.split())
    if not _may_rate(text):
        return False
    text = _SCALE.sub(" ", text)
    if MEMBER_QUESTION.search(text) is not None:
        return False
    if _MOVED.search(text) is not None or any(True for _ in _stated(_RATED, text)):
        return True
    # a status word said of what a plan tracks ("the action ... is on track"), not of the service ("needs are not
    # always met" judges the service: a finding)
    return _PLANNED.search(text) is not None and any(True for pattern in (_BEHIND, _AHEAD)
                                                     for _ in _stated(pattern, text))


# Words one of _RATED, _MOVED, _BEHIND or _AHEAD needs (each of their alternatives holds one of them, a colour as a
# whole word): a text with none of them rates nothing, so it is not searched with the patterns. Read as lower-case
# substrings of the text with the four letters outside ASCII that the patterns' case-blind letters also match
# (dotted and dotless i, long s, the Kelvin sign) written as those letters, so the test never leaves out a text a
# pattern would match.
_ASCII_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_STATUS_WORDS = ("track", "stall", "behind", "slipped", "yet to", "overdue", "complete", "ahead of")
_NEGATED_WORDS = ("started", "begun", "commenced", "initiated", "achieved", "delivered", "met")
_NEGATION_WORDS = ("not", "never", "no longer", "nor", "n't")
_COLOUR_WORD = re.compile(r"\b" + _COLOUR + r"\b", re.IGNORECASE)


def _may_rate(text: str) -> bool:
    """False when `text` (white space made single spaces) can match none of the rating and status patterns: a
    quick test that leaves most segments out of the slow patterns, with the same answers."""
    low = (text if text.isascii() else text.translate(_ASCII_FOLDS)).lower()
    if any(word in low for word in _STATUS_WORDS):
        return True
    if any(word in low for word in _NEGATION_WORDS) and any(word in low for word in _NEGATED_WORDS):
        return True
    return _COLOUR_WORD.search(text) is not None


def _stated(pattern: re.Pattern, text: str):
    """The matches of `pattern` in `text` that no condition opens their clause with (`_CONDITION`)."""
    for match in pattern.finditer(text):
        clause = re.split(r"[.;:]", text[:match.start()])[-1]
        if _CONDITION.search(clause) is None:
            yield match


def _last_colour(found: str) -> str:
    """The colour a rating match names (its last colour word: "rated red", "slipped back to amber")."""
    return re.findall(_COLOUR, found.lower())[-1]


def progress_rated(texts: Column) -> np.ndarray:
    """(n,) bool: `rates_progress` of each value of the column."""
    return texts.each(rates_progress, bool)


def progress_polarities(texts: Column) -> np.ndarray:
    """(n,) object array of `progress_polarity` of each value of the column ("" where the text rates no progress)."""
    return texts.each(progress_polarity, object)
