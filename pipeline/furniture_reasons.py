"""Why a segment is left out of the findings (excluded.csv `reason`), and the helper the phrase tables are written with.

The reasons are shared by the stock-text and meeting-furniture rules (pipeline.furniture) and the phrase table of
meeting furniture (pipeline.meeting_phrases).
"""

from __future__ import annotations

from pipeline.patterns import Folded

# Why a segment is left out (excluded.csv `reason`).
GRADE_DESCRIPTOR = "Ofsted grade descriptor"
STOCK = "Ofsted stock text"
METHOD = "inspection method (stock text)"
LICENCE = "licence, contact, publication or page details"
TABLE_ROW = "judgement table row"
VENUE = "meeting venue, contact or page furniture"
LINK = "document link or size"
ATTENDANCE = "attendance"
APOLOGIES = "apologies"
DECLARATIONS = "declarations of interest"
PREVIOUS_MINUTES = "approval of previous minutes"
PUBLIC_SPEAKING = "public-speaking rules"
DEFERRAL = "deferral"
NEXT_MEETING = "date of next meeting"
INVITED = "who was invited to speak"
PROCEDURE = "meeting procedure"
HEADING = "heading or slide title"
AGENDA = "agenda item description"
MEETING_ONLY = "only about the meeting (who attended, presented, received, noted)"
GRADING_SCALE = "the inspectorate's grading scale, nothing said of the council"
DECISION_FIELD = "a decision record's field (options, decision maker, status, wards, officer, dates, call-in)"
CUT_LEAD_IN = "lead-in to a list the page does not hold"
# Pieces the segmenter finds too slight to stand as a finding (pipeline.segment), kept here so none is silently lost;
# a phrase rule below that names a more specific reason ("© Crown copyright 2019", "Apologies") wins over them.
MIN_WORDS = 5  # fewer words than this stand alone only as a whole sentence
LABEL_WORDS = 8  # a line of fewer words with no sentence end is a label or a table cell
SHORT = f"too short to stand alone (fewer than {MIN_WORDS} words)"
LABEL = f"label or table cell, not a sentence (fewer than {LABEL_WORDS} words, no full stop)"
LIST_LEAD_IN = "lead-in to a list (each item carries it as lead_in)"


def any_of(*patterns: str) -> Folded:
    """One case-folded pattern matching any of `patterns`."""
    return Folded("|".join(f"(?:{p})" for p in patterns))
