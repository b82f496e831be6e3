"""Furniture of a ModernGov minutes page found by where text stands on the page, not by what it says.

A ModernGov page (ieListDocuments, mgAi, ieIssueDetails) has a fixed shape: a header (the meeting's title and
date, webcast and public-access notices, "Venue:", "Contact:", the "Items" / "No. Item" line), then per agenda
item its number, its title (often with "pdf icon PDF 468 KB"), the agenda's description of the item ("To
receive a report ...", "Purpose: ...", "Additional documents:") and, after a line "Minutes:", what the meeting
said and resolved. So on a page with "Minutes:" lines everything of an item that comes before its "Minutes:"
line is agenda text, whatever its words, and everything before the end of the header is page furniture. A page
printed as a table has each item on a row, "Minutes:" and the minute following the agenda text on the same line
and a bar ending the row: there the agenda text runs from the row's start (the previous row's bar, or the text
after the previous "Minutes:") to its "Minutes:". An item whose paper is linked after the page's last "Minutes:"
line has no minute on the page (the agenda's text of an item not yet minuted, or a page cut short), so its text is
agenda text too (round 16).
`layout_reasons` gives those reasons per segment; the rest of the page is left to the other rules.

The item's title is the name of everything the item holds, minute included: `item_titles` reads it from where it
stands (the line after the item's number, the line with the link to its paper, or the words opening a table row
before its agenda text), so the section of a sentence is its item's title, not a line inside the minute read as a
heading ("Non-Pecuniary" in a table of declared interests, a presenter's name under the title) and not a title
the heading rules miss ("Notes of the Meeting held on 18 April pdf icon PDF 35 KB", "Declarations of Interest To
provide an opportunity ... Minutes: ..." on a row).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from pipeline.decision_fields import field_spans, in_a_field, says_of_the_service
from pipeline.furniture import AGENDA, DECISION_FIELD, VENUE
from pipeline.structure import LONG_TITLE

LINK_SIZE_TAIL = re.compile(r"\s*(?:pdf icon\s*)?\b(?:pdf|docx?|xlsx?)\s*\d+(?:\.\d+)?\s*[kmg]b\b.*$", re.I)

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
# An item's number alone on its line ("7.", "23/6", "12)"), the item's title on the next line with text.
ITEM_NUMBER = re.compile(r"^[ \t]*\d{1,4}(?:[./]\d{1,3})?[.)]?[ \t]*$", re.M)
NEXT_LINE = re.compile(r"\S[^\n]*")
# A title line with the link to its paper, its number glued on ("10 SEND Update pdf icon PDF 84 KB").
LINK_LINE = re.compile(r"^[ \t]*(?:\d{1,4}[.)]?[ \t]+)?(?P<title>[^\n]*?)[ \t]*(?:pdf icon[ \t]*)?"
                       r"\bPDF \d+(?:\.\d+)? ?[KM]B\b", re.M | re.I)
# A table row opens with its title, then the agenda's text ("To note any apologies ..."), the paper's size or the
# "Minutes:" label: the title is the words before the first of them. A row starts after the bar that ends the
# previous row (or the table's header row).
ROW_START = re.compile(r"(?:\A|(?<=\|)[ \t]*\n|^[^|\n]*\|[ \t]*\n?(?=[^\n]))", re.M)
ROW_TITLE = re.compile(r"[ \t]*(?P<title>[A-Z(][^\n.!?|:]{2,150}?)[ \t]*(?=\bTo [a-z]|\bPDF \d|\bpdf icon\b|"
                       r"\bMinutes[ \t]*:|\bAdditional documents\b|\bReports? of\b)")
TITLE_WORDS = 30  # a longer run is a sentence, not a title
# The label over an item's further papers ("Additional documents:"): the links under it, up to the item's "Minutes:"
# line, are papers of the same item, not items of their own (council63: "Appendix A - Improvement plan tracker PDF 1
# MB" had become the section of the item's whole minute).
PAPERS_LABEL = re.compile(r"^[ \t]*Additional documents[ \t]*:?[ \t]*$", re.M | re.I)
HEADER_REACH = 4000  # the header is at the top of the page: labels further down are something else
# A decision record (ieDecisionDetails) sets the agenda's account of the item under a "Purpose:" label on its own
# line, up to the next label ("Decision:", "Decisions:", "Alternative options considered:").
PURPOSE_LINE = re.compile(r"^[ \t]*Purpose[ \t]*:[ \t]*$", re.M | re.I)
LABEL_LINE = re.compile(r"^[ \t]*[A-Z][A-Za-z ,?’'()-]{2,50}:[ \t]*$", re.M)


# A decision's label, on its own line or run into the text where the page's line breaks were lost ("Agenda item
# Decision: Children's Services had been judged ... Minutes: ..."): what follows it is the record of what was
# decided, not the agenda's text, up to the next label or item (round 21).
DECISION_LABEL = re.compile(r"(?:^|(?<=[ \t|]))Decisions?[ \t]*:", re.M)


# The meeting's own acts reported in the past tense, opening a sentence ("The Committee received a presentation
# which ...", "Members noted ...", "RESOLVED that ..."): an agenda is written before its meeting and cannot report
# them, so an item's text from such a sentence to its "Minutes:" label is the record of what was decided, its
# "Decision:" label lost (an "Agenda, decisions and minutes" page run into lines), not the agenda's text (round 22).
REPORTED_ACT = re.compile(
    r"(?:^|(?<=[.!?;|])[ \t]+|(?<=\n))[ \t]*(?:Resolved\b|RESOLVED\b|(?:The|This)[ \t]+(?:Committee|Sub-Committee|Board|"
    r"Panel|Cabinet|Commission|Forum|Group|Council|Executive)\b(?:[ \t]+(?:also|then|further|formally|had))?[ \t]+|"
    r"Members[ \t]+(?:also[ \t]+|then[ \t]+|had[ \t]+)?)(?:received|noted|considered|agreed|discussed|welcomed|heard|asked|"
    r"requested|endorsed|approved|resolved|thanked|was[ \t]+(?:advised|informed|told|updated|given))\b", re.M)


# Where the body of a page begins: its first "Minutes:" label, or a decision record's first field ("Purpose:",
# "Decision:"). A Contact or Venue label after it is the record's footer, not the page's header.
BODY_START = re.compile(r"^[ \t]*(?:Minutes|Purpose|Decisions?)[ \t]*:", re.M | re.I)


def header_end(text: str) -> int:
    """Offset where the page header ends (0 when the page has none): the end of the line after the last Venue or
    Contact label near the top and before the page's body (a contact's telephone number may wrap onto it), or of
    the Items line. The header runs to the Items line wherever it stands before the body: notes printed between
    the contact and the items (on public attendance, seating, webcasting) are the page's, not an item's. A
    decision record names its contact at the foot ("Contact: <name>, Corporate Director ..." after the decision
    and its alternative options): no header there."""
    body = BODY_START.search(text)
    reach = min(HEADER_REACH, body.start()) if body else HEADER_REACH
    labels = [m for m in HEADER_LABEL.finditer(text, 0, reach)]
    if not labels:
        return 0
    end = text.find("\n", labels[-1].start())
    end = len(text) if end < 0 else end
    first_item = ITEM_NUMBER.search(text, end)
    limit = max(end + 300, min(reach, first_item.start() if first_item else reach))
    items = ITEMS_LINE.search(text, end, limit)
    return items.end() if items else end


def _title(line: str) -> str:
    line = re.sub(r"\s*\(\d+ ?mins?\)\s*$", "", " ".join(line.split()))  # "Apologies (5 mins)": its time slot
    if line.endswith(".") and len(line.split()) > 8:
        return ""  # a sentence
    return line if 0 < len(line.split()) <= TITLE_WORDS else ""


def item_titles(text: str) -> list[tuple[int, str]]:
    """(offset where an item starts, its title) of a ModernGov page with "Minutes:" lines, in page order; [] on
    any other page (there the headings the segmenter finds stand)."""
    if not (MINUTES_LINE.search(text) or INLINE_MINUTES.search(text)):
        return []
    found: dict[int, str] = {}
    for number in ITEM_NUMBER.finditer(text):
        line = NEXT_LINE.search(text, number.end())
        if line and text.count("\n", number.end(), line.start()) <= 3:
            title = LINK_SIZE_TAIL.sub("", line.group())
            if _title(title) and not MINUTES_LINE.match(line.group()):
                found[number.start()] = _title(title)
    papers = [(label.end(), _papers_end(text, label.end())) for label in PAPERS_LABEL.finditer(text)]
    for link in LINK_LINE.finditer(text):
        if any(start <= link.start() < end for start, end in papers):
            continue  # (a further paper of the item above)
        if not any(0 <= link.start() - start <= 200 for start in found):  # (the title after a number: read above)
            if _title(link.group("title")):
                found[link.start()] = _title(link.group("title"))
    if ROW_END.search(text):
        for row in ROW_START.finditer(text):
            title = ROW_TITLE.match(text, row.end())
            if title and _title(title.group("title")) and text.find("\n", row.end()) != row.end():
                found.setdefault(row.end(), _title(title.group("title")))
    return sorted(found.items())


def _papers_end(text: str, at: int) -> int:
    """Where the list of an item's further papers that starts at `at` ends: its "Minutes:" line, the next item's
    number, or the page's end."""
    ends = [m.start() for m in (MINUTES_LINE.search(text, at), INLINE_MINUTES.search(text, at),
                                ITEM_NUMBER.search(text, at)) if m]
    return min(ends, default=len(text))


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
    purposes = []
    for label in PURPOSE_LINE.finditer(text):
        following = LABEL_LINE.search(text, label.end())
        purposes.append((label.end(), following.start() if following else len(text)))
    # an item whose paper is linked after the page's last "Minutes:" marker and which has none of its own holds only
    # the agenda's text: on a page whose items carry "Minutes:" lines, the minute of an item comes after its label
    decided = [m.end() for m in DECISION_LABEL.finditer(text)]
    items = sorted(set(headings) | {m.start() for m in ITEM_START.finditer(text)} | set(marker_end.values()))
    last_marker = max(marker_end.values()) if markers else len(text)
    unminuted = next((m.start() for m in LINK_LINE.finditer(text, last_marker)), None)
    fields = field_spans(text)  # a decision record's fields (pipeline.decision_fields)
    reasons = []
    for start, end in spans:
        piece = text[start:end]
        start += len(piece) - len(piece.lstrip("| \t\n"))  # a row's bar glued to the front of the next row
        if end <= top:
            reasons.append(VENUE)
            continue
        if any(a <= start and end <= b for a, b in purposes):
            reasons.append(AGENDA)
            continue
        if in_a_field(fields, start, end) and not says_of_the_service(piece):
            reasons.append(DECISION_FIELD)
            continue
        at = bisect_right(markers, start)
        if _decided(decided, items, start):
            reasons.append("")
            continue
        if unminuted is not None and unminuted < start:
            reasons.append(AGENDA)
            continue
        if at < len(markers):
            marker = markers[at]
            between = bisect_right(bounds, start)
            # (a span running on past "Minutes:" holds the minute itself: "Additional documents: Minutes: The ...")
            if (between >= len(bounds) or bounds[between] >= marker) and not text[marker_end[marker]:end].strip() \
                    and not _reports_the_meeting(text, bounds[between - 1] if between else 0, end):
                reasons.append(AGENDA)
                continue
        reasons.append("")
    return _restated_agenda(text, spans, reasons)


# A word as the agenda and the minute both write it, tense and number aside ("advises" / "advised", "needs" /
# "needed"): the word without a closing "s", "es", "d" or "ed".
WORD = re.compile(r"[a-z’']+")
INFLECTION = re.compile(r"(?:es|ed|s|d)$")
RESTATED_SHARE = 0.9  # of each text's distinct words found in the other
RESTATED_WORDS = 8  # fewer words than this are too few to call a sentence restated


def _plain_words(piece: str) -> set[str]:
    return {INFLECTION.sub("", word) for word in WORD.findall(piece.lower())}


def _restated_agenda(text: str, spans: list[tuple[int, int]], reasons: list[str]) -> list[str]:
    """AGENDA also for a sentence of a minute that restates, in the past tense, a sentence of the agenda's text higher
    on the page ("The report advises of the overall judgement and provides an action plan ..." above "Minutes:", "The
    report advised of the overall judgement and provided an action plan ..." under it): the paper's account of itself
    copied into the record, not what the meeting said (the lead's set Y42)."""
    agenda = [(end, _plain_words(text[start:end])) for (start, end), why in zip(spans, reasons) if why == AGENDA]
    agenda = [(end, words) for end, words in agenda if len(words) >= RESTATED_WORDS]
    if not agenda:
        return reasons
    restated = []
    for (start, end), why in zip(spans, reasons):
        words = _plain_words(text[start:end])
        if not why and len(words) >= RESTATED_WORDS and any(
                len(words & earlier) >= RESTATED_SHARE * max(len(words), len(earlier))
                for before, earlier in agenda if before <= start):
            why = AGENDA
        restated.append(why)
    return restated


def _decided(decided: list[int], items: list[int], start: int) -> bool:
    """Whether a span starting at `start` stands under a decision's label: the last "Decision:" label before it comes
    after the last item start, heading or "Minutes:" label before it."""
    label = bisect_right(decided, start)
    if not label:
        return False
    item = bisect_right(items, start)
    return not item or items[item - 1] < decided[label - 1]


def _reports_the_meeting(text: str, item_start: int, end: int) -> bool:
    """Whether an item's text before its "Minutes:" label reports the meeting's acts in the past tense by the end of
    the span (`REPORTED_ACT`): the record of what was decided, not the agenda's account of the item."""
    return REPORTED_ACT.search(text, item_start, end) is not None


# Lines of plain-text minutes the heading rules take for titles though they are text (minutes36): a line of the
# record ("Apologies for Absence: Councillor H Hough", "Co-opted Members: Mr T ... and Mrs A ...", "Councillor R
# Alderton (Chair)" heading the list of those present), the resolution's label ("RESOLVED: That", "Resolved -"),
# and a part of a sentence set on a line of its own ("(2) the improvement plan be endorsed; and"). Read as text,
# each lands among the findings or in excluded.csv with its reason; as headings they were dropped with no trace and
# named the section of what followed.
PERSON = r"(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Professor)\b"
LIST_MARKER = re.compile(r"^[ \t]*(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]|\d{1,3}(?:\.\d{1,2})*)[ \t]+")
NAMED_LINE = re.compile(rf"^{PERSON}")
LABELLED_NAMES = re.compile(rf"^[A-Z][\w’'-]*(?:[ \t]+[\w’'()-]+){{0,4}}[ \t]*:[ \t]*(?:the[ \t]+)?{PERSON}")
RESOLUTION_LABEL = re.compile(r"^(?:resolved|agreed|decisions?|recommendations?|recommended)\b[ \t]*[:–—-]", re.I)
SENTENCE_GOES_ON = re.compile(r"(?:[;,]|\b(?:and|or|that|but|which|to|of|the))[ \t]*$", re.I)


def record_line(line: str) -> bool:
    """Whether a line taken for a heading is text of the minutes instead: a line of the record naming people
    (NAMED_LINE, LABELLED_NAMES), the resolution's label (RESOLUTION_LABEL), or a part of a sentence - opening in
    lower case after its list marker, or ending where a sentence goes on (SENTENCE_GOES_ON)."""
    flat = " ".join(line.split())
    body = LIST_MARKER.sub("", flat, count=1)
    return bool(body) and (body[:1].islower() or SENTENCE_GOES_ON.search(flat) is not None
                           or NAMED_LINE.match(body) is not None or LABELLED_NAMES.match(body) is not None
                           or RESOLUTION_LABEL.match(body) is not None)


def text_kind(line: str) -> str:
    """The block kind to read a line taken for a heading as, when it is text (`record_line`): "numbered" for a part
    of a list ("(2) the plan be endorsed; and", not cut short as a label), "paragraph" for the rest; "" for a title."""
    if not record_line(line):
        return ""
    return "numbered" if LIST_MARKER.match(line) else "paragraph"


# An agenda item's number and title alone on a line of plain-text minutes ("3 Ofsted inspection of local authority
# children's services", "12. Ofsted Action Plan"), with the item's minute in the paragraphs below: the title of
# the item, so the section of what follows, though the heading rules (which want title case or capitals) read it
# as a numbered point. At most TITLE_LINE_WORDS words (an item's title may name the inspection and its subject:
# "Ofsted Inspection of Local Authority Children's Services: Findings for Children in Care and Care Leavers" is 16)
# and TITLE_LINE_CHARS characters, and no closing punctuation; not a record line; not an item of a list under a
# lead-in (the caller knows).
TITLE_LINE_WORDS, TITLE_LINE_CHARS = LONG_TITLE  # as a long title alone on its line (pipeline.structure)
CLOSING = re.compile(r"[.!?;:,…]['’\"”)]*[ \t]*$")


def numbered_title(line: str) -> str:
    """The title of a numbered line that names an agenda item, "" when the line is not one."""
    if "\n" in line.strip():
        return ""
    flat = " ".join(line.split())
    body = LIST_MARKER.sub("", flat, count=1)
    if body == flat or not body[:1].isupper() or CLOSING.search(body) or record_line(flat):
        return ""
    return body if len(body.split()) <= TITLE_LINE_WORDS and len(body) <= TITLE_LINE_CHARS else ""
