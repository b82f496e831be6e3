"""The date of the meeting a council document records, when its opening states it.

stated_meeting_date(text) -> "YYYY-MM-DD" or None, read only from statements that date the document itself:
    "Meeting: 05/03/2019 - Children's Scrutiny Committee (Item 4)"   (a ModernGov issue page)
    "Date: Tuesday, 5th March, 2019" / "Date of meeting: 05/03/2019"
    "Minutes of the meeting of the Cabinet held on Tuesday 5 March 2019" (at the start of a line)
    "Cabinet Member for Children – Minutes – 5 March 2019" (a title line ending in its date)
    "Children's Scrutiny Committee - Tuesday, 5th March, 2019 10.00 am" (a dated heading with its weekday, near
    the top)
A date in the text's own business is never taken: "the minutes of the meeting held on 4 February 2019 were agreed"
dates an earlier meeting, "Full Council on 5 April 2019" another body's.
"""

from __future__ import annotations

import re

from pipeline.gazetteer import MONTH, iso_date

OPENING = 3000  # characters read: the statements above sit in a page's or a document's header
HEADING_WINDOW = 800  # a weekday-dated heading counts only this near the top
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
SPOKEN = rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH},?\s+((?:19|20)\d\d)"
NUMERIC = r"(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)"
DAY = rf"(?:{WEEKDAY},?\s+)?(?:{SPOKEN}|{NUMERIC})"
STATEMENTS = (
    re.compile(rf"^[ \t]*Meeting\s*:\s*{DAY}", re.IGNORECASE | re.MULTILINE),
    re.compile(rf"^[ \t]*Date(?:\s+of\s+(?:the\s+)?meeting)?\s*:\s*{DAY}", re.IGNORECASE | re.MULTILINE),
    re.compile(rf"^[ \t]*(?:minutes\s+of\s+(?:a|the)\s+(?:\w+\s+)?meeting|meeting)\b[^\n]{{0,200}}?\bheld\b"
               rf"[^\n]{{0,150}}?\bon\s+{DAY}", re.IGNORECASE | re.MULTILINE),
    # a title line ending in "Minutes – 7 March 2013"
    re.compile(rf"^[^\n]{{0,120}}?\bminutes[ \t]*[-\u2013\u2014:,][ \t]*{DAY}[ \t]*$", re.IGNORECASE | re.MULTILINE),
)
# A heading line that ends with its weekday, date and perhaps a time: not a sentence that mentions a day.
HEADING = re.compile(rf"^[^\n]{{0,150}}?\b{WEEKDAY},?\s+{SPOKEN}[ \t]*(?:,?[ \t]*\d{{1,2}}(?:[.:]\d\d)?[ \t]*"
                     r"(?:[ap]\.?m\.?)?)?[ \t]*$", re.IGNORECASE | re.MULTILINE)
# A line that dates an earlier meeting or another body's: its date is not this document's.
OTHER_MEETING = re.compile(r"\b(?:approv|agree|confirm|correct\s+record|previous|last|signed|next)\w*",
                           re.IGNORECASE)
# An agenda item's title ("23." on the line before, "Minutes of the meeting held on 10 July 2024 PDF 214 KB"): a ModernGov
# page's item approving the minutes of an earlier meeting, not the page's own statement of its date (council63).
ITEM_NUMBER = re.compile(r"^[ \t]*\(?\d{1,3}[.)]?[ \t]*$")
DOCUMENT_SIZE = re.compile(r"\b(?:pdf|docx?|xlsx?)\s+\d[\d.]*\s*[km]b\b", re.IGNORECASE)


def _day(match: re.Match, first: int) -> str | None:
    """The ISO date of a DAY match whose groups start at `first` (spoken: day, month, year; numeric: d, m, y)."""
    spoken_day, month, spoken_year, numeric_day, numeric_month, numeric_year = match.groups()[first:first + 6]
    if spoken_day:
        return iso_date(spoken_day, month, spoken_year)
    return iso_date(numeric_day, int(numeric_month), numeric_year)


def _line(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start:end if end >= 0 else len(text)]


def _item_title(text: str, at: int) -> bool:
    """Whether the line at `at` is an agenda item's title: an item number alone on the line before it, or a
    document's size on the line itself."""
    start = text.rfind("\n", 0, at) + 1
    before = text[:max(start - 1, 0)].rstrip("\n").rsplit("\n", 1)[-1] if start else ""
    return ITEM_NUMBER.match(before) is not None or DOCUMENT_SIZE.search(_line(text, at)) is not None


def stated_meeting_date(text: str) -> str | None:
    """The meeting date the opening of `text` states for the document itself (see the module doc), else None."""
    head = text[:OPENING]
    for pattern in STATEMENTS:
        for match in pattern.finditer(head):
            if OTHER_MEETING.search(_line(head, match.start())) or _item_title(head, match.start()):
                continue
            found = _day(match, 0)
            if found:
                return found
    for match in HEADING.finditer(head[:HEADING_WINDOW]):
        if OTHER_MEETING.search(_line(head, match.start())):
            continue
        spoken_day, month, year = match.groups()
        found = iso_date(spoken_day, month, year)
        if found:
            return found
    return None
