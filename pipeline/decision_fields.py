"""The fields of a decision record (ModernGov ieDecisionDetails, "Record of decision"): furniture unless the text
says something of the service (issue 15; forty-second session, furniture64).

A decision record sets its text under labels: "Decision maker:", "Decision status:", "Purpose:", "Decision:",
"Reasons for the decision:", "Alternative options considered:", "Wards affected:", "Lead officer:", "Date of
decision:", "Subject to call-in:". Under the labels of the record's running (the options set aside, who decided, its
status, wards, officer, dates, call-in) councils write that there was no other way ("None, as the plan is a statutory
requirement") or who and when: the record's furniture. Some write what the inspection found or judged ("Children's
services were judged inadequate and will be monitored until the next inspection"), and that stays: a field's text is
judged by what it says, not by its label. The decision itself ("Decision:"), its reasons and the purpose
(pipeline.minutes_layout: the agenda's text) are not fields here: the reasons are the council's account of the service
and its plan ("The plan sets out the work needed in the areas the inspection reviewed", "The next monitoring visit
will take place in the autumn"), what a reader of the record comes for (lead, forty-second session: on the held-out
set Y38 the reasons rule left out three such lines of substance for one line of furniture).
"""

from __future__ import annotations

import re

from pipeline.furniture import GRADE_GIVEN

# A field's label at a line's start (or run into the text after two spaces, where a page's line breaks were lost),
# with its colon, or alone on its line.
FIELD_LABEL = re.compile(
    r"(?:^|(?<=\S[ \t]{2}))[ \t]*(?:purpose|"
    r"(?:alternative|other) options?(?: considered| rejected)?(?: and rejected)?|options considered|decision maker|"
    r"decision status|wards? affected|lead officer|report author|date of decision|(?:is )?subject to call[- ]?in|"
    r"call[- ]?in (?:deadline|expiry date|date)|effective from|is key decision|is callable in)[ \t]*\??[ \t]*(?::|$)",
    re.M | re.I)
# A line that says when or by whom the record's decisions can be called in ("[The decisions on this item can be called
# in by the Children's Select Committee]", "This decision will come into force ... unless it is called in"): the
# record's furniture wherever it stands.
CALL_IN_NOTICE = re.compile(r"^[^\n]*\b(?:(?:can|may|could) be|is|are|being|unless (?:it is|they are)) called[- ]in\b"
                            r"[^\n]*$|^[^\n]*\bcall[- ]in period\b[^\n]*$", re.M | re.I)
# Where a field's text ends: the next label of any kind on its own line or opening a line ("Decision:", "Contact:",
# "Minutes:"), an item's number or paper link.
NEXT_LABEL = re.compile(r"^[ \t]*[A-Z][A-Za-z ,?’'()-]{2,50}:|^[ \t]*\d{1,4}[.)]?[ \t]*$|\bpdf icon\b", re.M | re.I)
# What makes a field's text say something of the service: a grade, what the inspectorate found, a change or a trouble.
SAYS = re.compile(r"\b(?:good|outstanding|inadequate|concern\w*|worr\w*|increas\w*|decreas\w*|ris(?:e|es|ing|en)|"
                  r"fell|fall(?:s|en|ing)?|rose|grew|reduc(?:ed|tion)|delay\w*|fail\w*|pressures?|deteriorat\w*|declin\w*|"
                  r"gaps?|shortages?|backlogs?|overspend\w*|too|poor|weak\w*|strong|strengths?|serious|improved|"
                  r"progress (?:has|had) been|caseloads?|"
                  # the government's intervention in the service: a statutory direction, a notice, a commissioner
                  r"statutory direction|(?:improvement|warning) notice|commissioner|intervention)\b", re.I)


def field_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each field's label and text on a page, in page order: a label alone on its line holds the
    lines under it up to the next label; a label with its value on its line ("Is subject to call in?: No") holds
    that line only, and one run into the text after two spaces ("... approved.   Decision status: Approved") the
    rest of its line; a line saying when or by whom the decisions can be called in is one too."""
    spans = []
    for label in FIELD_LABEL.finditer(text):
        line_end = text.find("\n", label.end())
        line_end = len(text) if line_end < 0 else line_end
        if text[label.end():line_end].strip():
            spans.append((label.start(), line_end))
            continue
        following = NEXT_LABEL.search(text, label.end())
        spans.append((label.start(), following.start() if following else len(text)))
    return sorted(spans + [notice.span() for notice in CALL_IN_NOTICE.finditer(text)])


# What the inspectorate found ("Inspectors found that ...", "Ofsted identified weaknesses in ..."); a word that judges
# alone is not enough here ("a statutory duty to deliver effective services" is why a council acts, not a finding).
FOUND = re.compile(r"\b(?:ofsted|inspectors?|inspectorate|hmi)\b[^.!?]{0,80}?\b(?:found|find|identified|identify|"
                   r"highlighted|judged|rated|graded|praised|criticised|recognised)\b", re.I)


def says_of_the_service(piece: str) -> bool:
    """Whether a field's sentence says something of the service (a grade, a finding, a change or a trouble)."""
    return bool(GRADE_GIVEN.search(piece) or FOUND.search(piece) or SAYS.search(piece))


def in_a_field(fields: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the span (start, end) stands inside one field's text (label included)."""
    return any(a <= start and end <= b for a, b in fields)
