"""Furniture of a ModernGov minutes page found by where text stands on the page, not by what it says.

A ModernGov page (ieListDocuments, mgAi, ieIssueDetails) has a fixed shape: a header (the meeting's title and
date, webcast and public-access notices, "Venue:", "Contact:", the "Items" / "No. Item" line), then per agenda
item its number, its title (often with "pdf icon PDF 468 KB"), the agenda's description of the item ("To
receive a report ...", "Purpose: ...", "Additional documents:") and, after a line "Minutes:", what the meeting
said and resolved. So on a page with "Minutes:" lines everything of an item that comes before its "Minutes:"
line is agenda text, whatever its words, and everything before the end of the header is page furniture. A page
printed as a table has each item on a row, "Minutes:" and the minute following the agenda text on the same line
and a bar ending the row: there the agenda text runs from the row's start (the previous row's bar, or the text
after the previous "Minutes:") to its "Minutes:".
`layout_reasons` gives those reasons per segment; the rest of the page is left to the other rules.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from pipeline.furniture import AGENDA, VENUE

MINUTES_LINE = re.compile(r"^[ \t]*Minutes[ \t]*:[ \t]*$", re.M)
# "Minutes:" with the minute on the same line, as a page printed as a table gives each item on one row ("Apologies
# for Absence To note any apologies. Minutes: Apologies were received from ... |"); a row ends with its bar.
INLINE_MINUTES = re.compile(r"(?:^|(?<=[ \t]))Minutes[ \t]*:(?=[ \t]*\S)", re.M)
ROW_END = re.compile(r"\|[ \t]*$", re.M)
HEADER_LABEL = re.compile(r"^[ \t]*(?:Venue|Contact)[ \t]*:", re.M | re.I)
ITEMS_LINE = re.compile(r"^[ \t]*(?:Items|No\.?[ \t]*\|?[ \t]*Item[ \t]*\|?)[ \t]*$", re.M)
# Where an item starts when the page has no heading for it: its number alone on a line, or its title with the
# link to its paper.
ITEM_START = re.compile(r"^[ \t]*(?:\d{1,4}[.)]?[ \t]*$|.*\bpdf icon\b|.*\bPDF \d+(?:\.\d+)? ?[KM]B\b)", re.M | re.I)
HEADER_REACH = 4000  # the header is at the top of the page: labels further down are something else


def header_end(text: str) -> int:
    """Offset where the page header ends (0 when the page has none): the end of the line after the last Venue or
    Contact label near the top (a contact's telephone number may wrap onto it), or of the Items line."""
    labels = [m for m in HEADER_LABEL.finditer(text, 0, HEADER_REACH)]
    if not labels:
        return 0
    end = text.find("\n", labels[-1].start())
    end = len(text) if end < 0 else end
    items = ITEMS_LINE.search(text, end, end + 300)
    return items.end() if items else end


def layout_reasons(text: str, spans: list[tuple[int, int]], headings: list[int]) -> list[str]:
    """Per (start, end) span of a minutes page: VENUE inside the page header, AGENDA for an item's text before its
    "Minutes:" line (no heading, item number or paper link between the span and that line), "" otherwise.
    headings: offsets where the segmenter found headings (agenda item titles)."""
    top = header_end(text)
    found = list(MINUTES_LINE.finditer(text)) + list(INLINE_MINUTES.finditer(text))
    markers = sorted(m.start() for m in found)
    marker_end = {m.start(): m.end() for m in found}
    # what follows a "Minutes:" marker, and a table row's end, begin text that is not the next item's agenda
    bounds = sorted(set(headings) | {m.start() for m in ITEM_START.finditer(text)} | {m.end() for m in found} |
                    {m.end() for m in ROW_END.finditer(text)})
    reasons = []
    for start, end in spans:
        piece = text[start:end]
        start += len(piece) - len(piece.lstrip("| \t\n"))  # a row's bar glued to the front of the next row
        if end <= top:
            reasons.append(VENUE)
            continue
        at = bisect_right(markers, start)
        if at < len(markers):
            marker = markers[at]
            between = bisect_right(bounds, start)
            # (a span running on past "Minutes:" holds the minute itself: "Additional documents: Minutes: The ...")
            if (between >= len(bounds) or bounds[between] >= marker) and not text[marker_end[marker]:end].strip():
                reasons.append(AGENDA)
                continue
        reasons.append("")
    return reasons
