"""Furniture of a ModernGov minutes page found by where text stands on the page, not by what it says.

A ModernGov page (ieListDocuments, mgAi, ieIssueDetails) has a fixed shape: a header (the meeting's title and
date, webcast and public-access notices, "Venue:", "Contact:", the "Items" / "No. Item" line), then per agenda
item its number, its title (often with "pdf icon PDF 468 KB"), the agenda's description of the item ("To
receive a report ...", "Purpose: ...", "Additional documents:") and, after a line "Minutes:", what the meeting
said and resolved. So on a page with "Minutes:" lines everything of an item that comes before its "Minutes:"
line is agenda text, whatever its words, and everything before the end of the header is page furniture.
`layout_reasons` gives those reasons per segment; the rest of the page is left to the other rules.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from pipeline.furniture import AGENDA, VENUE

MINUTES_LINE = re.compile(r"^[ \t]*Minutes[ \t]*:[ \t]*$", re.M)
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
    markers = [m.start() for m in MINUTES_LINE.finditer(text)]
    bounds = sorted(set(headings) | {m.start() for m in ITEM_START.finditer(text)})
    reasons = []
    for start, end in spans:
        if end <= top:
            reasons.append(VENUE)
            continue
        at = bisect_right(markers, start)
        if at < len(markers):
            marker = markers[at]
            between = bisect_right(bounds, start)
            if between >= len(bounds) or bounds[between] >= marker:
                reasons.append(AGENDA)
                continue
        reasons.append("")
    return reasons
