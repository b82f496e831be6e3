"""The judged areas of an inspection report as its sections: area headings set as a row of the report's judgement
table, the parts every area repeats, and the inspection team's credit lines.

A single-inspection-framework report (2013-2018) heads each judged area with a row of a two-column table, the area's
name wrapped over two or three lines and its grade in the second column, which a PDF's text leaves at the end of one
of the lines or on a line of its own:

    The experiences and progress of children
    who need help and protection Requires improvement

    Leadership, management and
    Inadequate
    governance

Under it every area has the same parts ("Summary", then "Inspection findings" in the later reports). Read as headings
of their own, those parts hid the area: 3,665 findings of the 45 SIF reports sat under "Summary" and 8,677 under
"Inspection findings" (sections36, TUNING). Here the row is a heading, its grade is no part of the section's name
(heading_text), and a part's heading is marked kind "part" - a line that belongs to the heading above it: the
segmenter names the section "<area> — <part>" (part_section), so the area is in every section under it and an area's summary stays a
section apart from its findings (themes/repeats.py pairs a summary's restatement with the body by section).

The early (2013-14) layout sets an area's heading in the framework's words alone on its line(s), its grade in words
after it ("are good.", with a full stop that made it read as a sentence), under one heading for the whole part:
`is_area_heading` (called by `pipeline.structure.find_blocks`) makes it a heading.

`mark_areas` works on the blocks of `pipeline.structure.find_blocks` and returns new blocks (it may split a part's
heading off the block the PDF's text glued it to; no text is dropped, the offsets stay the document's).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from pipeline.recommendations import REC_HEADING

# A grade in the judgement table's second column, capitalised, which the PDF's text leaves at the end of a line after
# the area's words in lower case ("... help and protection Requires improvement") or on a line of its own, and may
# break in two ("Requires" / "improvement", "Requires improvement" / "to be good") between the name's lines.
GRADE = re.compile(r"^(?:Requires [Ii]mprovement(?: to be [Gg]ood)?|Good|Outstanding|Inadequate|Adequate)$")
GRADE_PIECE = r"(?:Requires(?: [Ii]mprovement)?(?: to be [Gg]ood)?|[Ii]mprovement(?: to be [Gg]ood)?|to be [Gg]ood|" \
              r"Good|Outstanding|Inadequate|Adequate)"
GRADE_END = re.compile(rf"(?<=[a-z,’'])[ \t]+({GRADE_PIECE})[ \t]*$")
GRADE_ALONE = re.compile(rf"^[ \t]*({GRADE_PIECE})[ \t]*$")
# A table row's name takes up to three lines and its grade up to two.
ROW_LINES = 5
# A heading that states a grade in words, of the table's kind or in prose ("Leadership, management and governance are
# good", "The graded judgement for adoption performance is that it is good"): a judged area's heading.
GRADED = re.compile(r"\b(?:good|outstanding|inadequate|adequate|requires? improvement)\b", re.IGNORECASE)
SENTENCE_INSIDE = re.compile(r"[.!?;:]")
# A part's heading: a short label in its own line ("Summary", "Inspection findings"), among the first few headings
# under an area's (the Local Safeguarding Children Board's has its "Executive summary" and "Recommendations" first).
PART_WORDS = 3
PART_DISTANCE = 3
# A name's line ending in one of these words runs on to the next ("Leadership, management and" / "governance").
RUNS_ON = frozenset("of upon and the for on in to at under with by &".split())
# A single-inspection-framework area's own heading in the framework's words, alone on its line(s), with or without its
# grade in words after it and a full stop ("The experiences and progress of children who need help and protection /
# are good.", "The graded judgment for adoption performance is good."): the early (2013-14) layout sets it so, under
# one heading for the whole part ("Inspection judgements about the local authority"), where a heading with a full stop
# was read as a sentence and half a report's findings fell under the part's heading (sif37, TUNING).
_GRADE_WORDS = r"(?:requires?\s+improvement(?:\s+to\s+be\s+good)?|good|outstanding|inadequate|adequate)"
_PROGRESS = r"experiences?\s+and\s+progress\s+of\s+"
SIF_AREA_HEADING = re.compile(
    rf"(?i:(?:The\s+)?(?:{_PROGRESS}(?:children\s+who\s+need\s+help\s+and\s+protection|children\s+looked\s+after\s+"
    rf"and\s+achieving\s+permanence|care\s+leavers)|graded\s+judge?ments?\s+(?:for|about)\s+(?:the\s+)?(?:{_PROGRESS})?"
    r"(?:adoption(?:\s+performance)?|care\s+leavers)|leadership,?\s+management\s+and\s+governance))"
    # (the grade in words, lower case: "Good" after the name is a row of the front page's table, a finding)
    rf"(?:\s+(?:(?:is|are)\s+(?:that\s+it\s+(?:is\s+)?)?{_GRADE_WORDS}|requires?\s+improvement(?:\s+to\s+be\s+good)?))?"
    r"\s*\.?")
# Such a heading is its first line and at most this many more (the name wraps, the grade may take a line).
AREA_HEADING_LINES = 3


def is_area_heading(text: str) -> bool:
    """A SIF judged area's heading in the framework's words, on up to three lines, with or without its grade, a
    capital first and nothing else in the block (SIF_AREA_HEADING)."""
    lines = [line for line in text.splitlines() if line.strip()]
    words = " ".join(text.split())
    return 1 <= len(lines) <= AREA_HEADING_LINES and words[:1].isupper() and bool(SIF_AREA_HEADING.fullmatch(words))


# A staff member's role and name(s) on the inspection team's page ("Deputy lead inspector: <name>", "Senior data
# analyst: <name>", "Quality assurance manager: <name>"): a credit, not a section.
CREDIT_LINE = re.compile(
    r"^[ \t]*[A-Z][a-z]*(?:[ \t]+[a-z]+){0,4}?[ \t]*(?:inspectors?|analysts?|managers?|officers?|HMI)[ \t]*:[ \t]*"
    r"[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)+", re.IGNORECASE)


def _name_and_grade(text: str) -> tuple[str, str]:
    """A table row's area name (on one line) and grade; ("", "") when the text is not one."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not 1 <= len(lines) <= ROW_LINES or SENTENCE_INSIDE.search(text):
        return "", ""
    name, grade = [], []
    for line in lines:
        alone = GRADE_ALONE.match(line) if len(lines) > 1 else None
        end = None if alone else GRADE_END.search(line)
        piece = alone or end
        if piece:
            grade.append(piece.group(1))
        if not alone:
            name.append(line[:end.start()] if end else line)
    name_text, grade_text = " ".join(" ".join(name).split()), " ".join(grade)
    if not GRADE.match(grade_text) or not name_text[:1].isupper() or not 3 <= len(name_text.split()) <= 16:
        return "", ""
    return name_text, grade_text


def is_table_area(text: str) -> bool:
    """Lines of an area's name with its grade at the end of a line or on a line of its own (in up to two pieces),
    more than the grade alone, no sentence inside and a capital first: a row of the judgement table set as the area's
    heading."""
    return bool(_name_and_grade(text)[0])


def without_table_grade(text: str) -> str:
    """A table row's area name without the grade set beside it, on one line ("" when the text is not a row)."""
    return _name_and_grade(text)[0]


def _label(line: str) -> bool:
    words = line.split()
    return 1 <= len(words) <= PART_WORDS and words[0][:1].isupper() and not SENTENCE_INSIDE.search(line) \
        and not GRADE_ALONE.match(line)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, pos = [], start
    for line in text[start:end].split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line.rstrip())))
        pos += len(line) + 1
    return spans


def _row_then_label(text: str, lines: list[tuple[int, int]]) -> tuple[int, int]:
    """(first, end): lines[first:end] make a table row that a part's label follows on line `end` ("... governance
    Good / Summary", then maybe the part's first sentence, all one block in the PDF's text); the row may follow one
    line of the table's own head ("Key judgement Judgement grade"). (0, 0) when the lines are not such a row."""
    for first in range(min(1, len(lines) - 2), -1, -1):  # (the row without the head when both read as one)
        for end in range(first + 1, min(first + ROW_LINES, len(lines) - 1) + 1):
            row = text[lines[first][0]:lines[end - 1][1]]
            label = text[lines[end][0]:lines[end][1]]
            if _label(label) and is_table_area(row) and without_table_grade(row).split()[-1].lower() not in RUNS_ON:
                return first, end
    return 0, 0


def _split_parts(text: str, blocks: list) -> list:
    """Each table row a heading, with a part's label the PDF glued to it (the line after it) or to the paragraph
    after it (that paragraph's first line, before a sentence) split off as a heading of its own."""
    out: list = []
    after_area = False
    for block in blocks:
        lines = _lines(text, block.start, block.end) if block.kind in ("paragraph", "heading") else []
        first, end = _row_then_label(text, lines)
        if end:
            if first:  # the table's head, a heading with nothing under it
                out.append(replace(block, end=lines[0][1], kind="heading"))
            out.append(replace(block, start=lines[first][0], body_start=lines[first][0], end=lines[end - 1][1],
                               kind="heading"))
            out.append(replace(block, start=lines[end][0], end=lines[end][1], body_start=lines[end][0],
                               kind="heading"))
            if end + 1 < len(lines):  # the part's first paragraph
                out.append(replace(block, start=lines[end + 1][0], body_start=lines[end + 1][0], kind="paragraph"))
            after_area = end + 1 == len(lines)
            continue
        if lines and is_table_area(text[block.start:block.end]):
            out.append(replace(block, kind="heading"))
            after_area = True
            continue
        if after_area and block.kind == "paragraph":
            label = text[lines[0][0]:lines[0][1]]
            if len(lines) > 1 and _label(label) and label.split()[-1].lower() not in RUNS_ON \
                    and text[lines[1][0]:lines[1][1]].lstrip()[:1].isupper():
                out.append(replace(block, end=lines[0][1], kind="heading"))
                block = replace(block, start=lines[1][0], body_start=lines[1][0])
        out.append(block)
        after_area = False
    return out


# A part's section is "<area> — <part>" (pipeline.segment): the em dash, which report headings do not use, keeps the
# part findable, so the classifier reads the part alone as it read it before areas were sections (section_as_read).
PART_JOIN = " \u2014 "


def part_section(area: str, part: str) -> str:
    """The section of the text under an area's part: the area, then the part."""
    return f"{area}{PART_JOIN}{part}" if area else part


def section_as_read(section: str) -> str:
    """The section as the classifier reads it: a part's section by the part alone ("Summary", "Inspection
    findings"), the heading its learned model was trained with; an area's name in front of it moved the polarity of
    20 of the bundled run's 5,013 findings, half of them wrongly ("Notifications from partner agencies are low."
    a strength), so the classes stay as they were (sections36, lead)."""
    return section.rsplit(PART_JOIN, 1)[-1]


def mark_areas(text: str, blocks: list) -> list:
    """The blocks with judged areas' headings as headings, their parts' headings as kind "part" (the section is then
    "<area> — <part>", part_section) and credit lines as kind "grade" (not a section). A part is a short heading among the first three after an area's heading,
    with the same words under two areas or more and there more often than anywhere else, or first under a table row
    and nowhere else; never a heading of recommendations, whose section `pipeline.recommendations` reads (a heading
    found under one area only, or as often elsewhere, stays a section)."""
    blocks = _split_parts(text, blocks)
    under: dict[str, set[int]] = defaultdict(set)
    elsewhere: dict[str, int] = defaultdict(int)
    first_under_row: set[str] = set()
    area, since, area_row = -1, 0, False  # (area_row: the area's heading is a table row)
    for at, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        words = " ".join(text[block.start:block.end].split())
        row = is_table_area(text[block.start:block.end])
        if row or GRADED.search(words):
            area, since, area_row = at, 0, row
            continue
        since += 1
        if area >= 0 and since <= PART_DISTANCE and _label(words):
            under[words.lower()].add(area)
            if area_row and since == 1:
                first_under_row.add(words.lower())
        else:
            elsewhere[words.lower()] += 1
    parts = {label for label, areas in under.items() if not REC_HEADING.match(label)
             and (len(areas) >= 2 and len(areas) > elsewhere[label]
                  or label in first_under_row and not elsewhere[label])}
    marked, open_area = [], False
    for block in blocks:
        words = " ".join(text[block.start:block.end].split())
        if block.kind == "heading" and CREDIT_LINE.match(words):
            block = replace(block, kind="grade")
        elif block.kind == "heading":
            # (a part hides only where the area's own heading is the one above it, not under another section of
            # the area: the Board's "Inspection findings" after its "Recommendations" stays a section)
            part = open_area and words.lower() in parts
            open_area = part or bool(is_table_area(text[block.start:block.end]) or GRADED.search(words))
            block = replace(block, kind="part") if part else block
        marked.append(block)
    return marked
