"""Council lines that cannot answer any recommendation, whatever their score: a heading ("OFSTED Action Plan Update",
"Improving the Quality of Frontline Practice"), a question put at the meeting ("Was the service ready for the
visit?"), a lead-in that only announces what follows ("Members raised the following queries:"), and a line with too
few words of its own to say what was done about anything ("The report was noted.", "Progress was discussed."). Such
lines share the inspection's words with many recommendations - a heading naming the action plan, a lead-in naming
the queries on the report - so their score can reach the threshold for one of them; they are never linked as a
response (a line that quotes a recommendation word for word is recognised as a quote all the same). So is a line that
counts the recommendations or says who they were made for ("Nineteen recommendations had been made for the Council
and a further seven for the Local Safeguarding Children Board"): it introduces them all and answers none."""

from __future__ import annotations

import re

import pandas as pd

from pipeline.classify import heading_line
from pipeline.structure import title_line
from pipeline.tracker.process import PROCESS_WORDS
from pipeline.tracker.words import content_words, flat

# Words of a meeting's own business: who met, what was put to it and what it did with a paper ("Members noted the
# report", "The Board received a presentation"). A line with no other content words says nothing of the service.
MEETING_WORDS = content_words(
    "member members board committee council cabinet panel meeting meetings item items agenda minute minutes paper "
    "papers presentation presented update updates query queries question questions raised received receive noted "
    "note agreed agree discussed discuss resolved resolve considered consider chair chairman officer officers "
    "director detailed report reported provided provide attached appendix submitted draft recent review")
# The inspection's own name, which a council line uses to say which inspection it speaks of, not what was done about
# any matter: "(the inspection of) services for children in need of help and protection, children looked after and
# care leavers", "(the review of) the effectiveness of the Local Safeguarding Children Board".
INSPECTION_NAME = re.compile(
    r"\b(services for )?children (who are )?in need of help and protection,? (children looked after|looked after "
    r"children|children in care),? and care leavers\b|\b(review of )?the effectiveness of the (local )?safeguarding "
    r"children(['’]s)? (board|partnership)\b", re.IGNORECASE)
# A lead-in: a line that ends announcing a list, a reply or a speaker's points ("Members raised the following
# queries:", "The Director highlighted the following", "In response to questions it was noted that:-"). It is
# procedural when it names fewer than LEAD_IN_WORDS content words of its own besides PROCESS_WORDS and
# MEETING_WORDS; one that says what was done before its colon ("... agreeing robust action plans for the two
# committees of the safeguarding board in relation to:") may answer.
_LEAD_IN = re.compile(r":-?\s*$|\bthe following\s*(\w+\s*)?:?-?\s*$", re.IGNORECASE)
LEAD_IN_WORDS = 4
# A line that counts the recommendations (areas for improvement, actions) or says they were made: "Nineteen
# recommendations had been made for the Council ...", "The report made 12 recommendations", "a further seven".
NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                "seventeen eighteen nineteen twenty thirty forty several")
_NUMBER = rf"\d+|(?:{'|'.join(NUMBER_WORDS.split())})(?:[- ]\w+)?|a number of|a further \w+"
_COUNTS = re.compile(
    rf"\b({_NUMBER})\s+(further |more |other |key |main )?(recommendations?|areas? (for|of) (improvement|development)|"
    rf"actions?|improvement actions?)\b|\brecommendations?\s+(had|have|has|were|was|are)\s+(been\s+)?"
    rf"(made|given|set out|identified|received)\b", re.IGNORECASE)
# Besides the process' and the meeting's words, such a line names only numbers and whom the recommendations were made
# for (the council, the safeguarding board or partnership); a line that names a matter beside its count (min_words
# content words or more: "Of the six recommendations, the one on chronologies has been met") may answer.
COUNT_WORDS = content_words(
    f"{NUMBER_WORDS} number further total made given set out identified received remaining remain outstanding "
    "safeguarding partnership partnerships lscb lscp authority authorities council councils")


def why_unanswering(text: str, min_words: int) -> str:
    """Why a council line answers no recommendation, "" when it may: "heading" (title-case words, no sentence:
    pipeline.classify's heading rule or structure.title_line), "question" (it ends with a question mark), "lead-in"
    (it ends with a colon, or with "the following ...", and names fewer than LEAD_IN_WORDS words of its own),
    "counts recommendations" (it counts them or says they were made - _COUNTS - and names fewer than `min_words`
    words of its own besides those and COUNT_WORDS), "too slight" (fewer than `min_words` content words besides
    the inspection's name - INSPECTION_NAME -, the inspection process' own words - PROCESS_WORDS - and a meeting's
    business - MEETING_WORDS)."""
    line = flat(text).rstrip("*").strip()
    if not line:
        return "too slight"
    if heading_line(line) or title_line(line):
        return "heading"
    if line.endswith("?"):
        return "question"
    own = len(content_words(INSPECTION_NAME.sub(" ", line)) - PROCESS_WORDS - MEETING_WORDS)
    if _LEAD_IN.search(line) and own < LEAD_IN_WORDS:
        return "lead-in"
    if _COUNTS.search(line) and len(content_words(INSPECTION_NAME.sub(" ", line)) - PROCESS_WORDS - MEETING_WORDS
                                   - COUNT_WORDS) < min_words:
        return "counts recommendations"
    if own < min_words:
        return "too slight"
    return ""


def unanswering_rows(findings: pd.DataFrame, documents: pd.DataFrame, min_words: int) -> frozenset[int]:
    """Positions (in `findings`, positional index) of the council documents' lines (documents of any doc_type but
    inspection_report) that answer no recommendation (why_unanswering)."""
    council = set(documents.loc[documents["doc_type"] != "inspection_report", "doc_id"])
    return frozenset(i for i, (doc, text) in enumerate(zip(findings["doc_id"], findings["text"]))
                     if doc in council and why_unanswering(str(text), min_words))
