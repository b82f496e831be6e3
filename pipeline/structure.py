"""Line-level structure of council and Ofsted documents: headings, bullets, numbered paragraphs, boilerplate.

The segmenter works on blocks: runs of lines that belong together (a paragraph, one bullet item, one numbered
point). This module finds them and says what each is, keeping character offsets into the original text so that
every finding can be sliced back out of its document exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.judged_areas import is_area_heading, is_table_area, mark_areas, without_table_grade
from pipeline.patterns import Folded

# Bullet glyphs seen in council minutes and PDF symbol fonts, plus lettered and roman list markers.
BULLET = re.compile(
    r"^[ \t]*(?:[-–—•·●▪■□◦◼◾▫❖➢Ø➤►▶○✓✔*\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf02d]|\(?[a-h]\)|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))[ \t]+"
)
# "12. ", "4.1 ", "4.1.2 ", "3) " at line start: numbered paragraphs and resolutions; also "46.Supervision", a number
# whose space a PDF's text lost, when a capital follows the full stop at once (not "2.5 million", "1.5m", "12.30pm").
NUMBERED = re.compile(r"^[ \t]*(\d{1,3}(?:\.\d{1,2}){0,2})(?:[.)][ \t]+|[ \t]{2,}|\t|[ \t]+(?=[A-Z‘'\"“(])"
                      r"|\.(?=[A-Z‘'\"“]))")
# Contents lines: a title followed by a page number, often after a tab or dot leaders.
CONTENTS_LINE = re.compile(r"^[^\n]{3,120}?(?:\t+|\s\.{2,}\s*|\s{2,})\d{1,3}\s*$")
MARKDOWN_HEADING = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|\*\*)")
TERMINAL = re.compile(r"[.!?;:…]['’\"”)]*\s*$")
# A question heading with its footnote's number after it ("What needs to improve? 1", ILACS reports from 2025, whose
# footnote says the items are cross-referenced with the national framework): the heading is the question.
QUESTION_FOOTNOTE = re.compile(r"(?<=\?)[ \t]*\d{1,2}[ \t]*$")
# A lead-in's line: it ends with a colon (":-" in minutes), or with a colon and the bullet of the first item of its
# list, which a page run into lines leaves hanging there ("... covered the following areas: ·").
LEAD_IN_END = re.compile(r":-?\s*(?:[•·●▪◦]\s*)?$")

# Lines that are about the document, not the service: copyright, licence, contacts, publication details.
BOILERPLATE = Folded(
    r"(©|crown copyright|open government licen[cs]e|nationalarchives|may be reproduced|"
    r"www\.|https?://|(?<=[\w.-])@[a-z0-9-]+\.|textphone|\b(?:tel|telephone|fax|phone)\b\s*[:.]?\s*\+?\(?\d{3,}|"
    r"piccadilly gate|store street|further copies of this report|to receive regular email alerts|"
    r"you may re-?use this information|if you would like a copy of this document|"
    r"\bURN\b|\bno\. ?\d{5,}|reference no|"
    r"inspection dates?:|published:|age group:|^\s*page \d+( of \d+)?\s*$|"
    r"ofsted raises aspirations|we regulate and inspect|this publication is available at|regulates and\s+inspects|"
    r"it assesses council\s+children|inspects services for looked[- ]after\s+children|"
    r"inspectors have looked closely at the\s+experiences|judgements are made using the following|"
    r"produces this report under its power|^\s*grand total\b|"
    r"^\s*(?:supporting documents|report to follow|agenda item)\b)"
)
# The inspectors' names and titles on an Ofsted report; in a council document "the Senior HMI described ..." is what
# an inspector said, so these count as boilerplate only in inspection reports.
INSPECTOR_CREDIT = Folded(r"reporting inspector|lead inspector|\bHMI\b")
# The Act Ofsted's reports and letters are made under: boilerplate there, not in a council's resolution that cites
# it ("... submission to the Secretary of State ... as stated in the Education and Inspections Act 2006").
THE_ACT = Folded(r"education and\s+inspections\s+act")
# An agenda item's title in capitals opening a paragraph of minutes, before a dash or colon and the item's text
# ("65 (65) OFSTED INSPECTION OF CHILDREN'S SERVICES – The Director submitted ..."): `title` is the title.
CAPS_TITLE = re.compile(r"[ \t]*(?:\(?\d{1,3}[.)]?\)?[ \t]+)*(?P<title>[A-Z][A-Z0-9’'&,/()]*(?:[ \t]+[A-Z0-9&(][A-Z0-9’'&,/()-]*){2,})"
                        r"[ \t]*(?:[–—:]|-(?=[ \t]))[ \t]+(?=[A-Z‘'\"“])")
# A document link's file type and size after an agenda item's title ("Improvement Plan pdf icon PDF 468 KB").
LINK_SIZE = re.compile(r"\s*(?:pdf icon\s*)?\b(?:pdf|docx?|xlsx?)\s*\d+(?:\.\d+)?\s*[kmg]b\b.*$", re.IGNORECASE)
# A title with its document link and size ("14 Improvement Plan pdf icon PDF 468 KB Additional documents:") is no
# longer than this; a longer line is the item's text run on after the link.
LINKED_TITLE_CHARS = 200
# "Grade 4 (inadequate)", "Judgement: Requires improvement to be good": a grade under a heading, not a section.
GRADE_LINE = re.compile(
    r"^\s*(?:grade\s*\d\b.*|(?:judgement|grade)\s*:.*|(?:outstanding|good|adequate|inadequate|"
    r"requires improvement(?: to be good)?)\s*)$",
    re.IGNORECASE,
)
# "The experiences and progress of children who need help and protection: Requires improvement to be good." -
# a judgement heading of a single-inspection-framework or ILACS report, which may wrap and end with a full stop.
JUDGEMENT_HEADING = re.compile(
    r"^[A-Z‘'\"“][^.!?:]{10,200}:\s*(?:outstanding|good|adequate|inadequate|requires improvement(?: to be good)?)"
    r"\s*\.?$", re.IGNORECASE)
CONTENTS_HEADING = re.compile(r"^\s*(table of )?contents\s*$", re.IGNORECASE)
# Under a contents heading, an entry with its page number after one space or none ("Summary of key findings 3",
# "Information about this local authority area2"), as a PDF's text leaves it; or an entry's first line that wraps onto
# such a line ("The experiences and progress of children who need help and" / "protection 9"): contents, never a
# section nor a finding (sif37: 40 of the 45 SIF reports had contents lists read as findings, 21 under a section
# "Executive summary 2").
CONTENTS_ENTRY = re.compile(r"^[ \t]*[A-Za-z][^\n.!;]{1,110}?(?:(?<=[a-z?])|[ \t])\d{1,3}[ \t]*$")
CONTENTS_WRAPPED = re.compile(r"^[ \t]*[A-Z][^\n.!?;:]{1,110}$")


@dataclass(frozen=True)
class Block:
    """A run of text in a document: a paragraph, a bullet item, a numbered point or a heading.

    start/end are offsets into the document text; body_start skips the bullet or number marker.
    """

    start: int
    end: int
    body_start: int
    kind: str  # paragraph | bullet | numbered | heading | grade (a line belonging to the heading above) | contents
    para_ref: str = ""


def _lines(text: str):
    """Yield (start, end) of each line without its newline."""
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        yield pos, pos + len(stripped)
        pos += len(line)


# A line that is only a date, with its weekday and time ("11 June 2025", "Tuesday, 14th March, 2023 7.00 pm",
# "11/06/2025"): a paper's or a meeting's particulars at its top, never its title nor a numbered heading ("11 June
# 2025" reads as paragraph 11 of the page).
DATE_LINE = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|oct|nov|dec)[a-z]*\.?,?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?,?)\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?)?\.?$"
    r"|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$", re.IGNORECASE)
# A labelled line of minutes ("Present: Councillors ...", "Venue: ..."): a record of the meeting, not a heading.
LABELLED_LINE = re.compile(r"^\s*(?:present|also present|officers present|in attendance|apologies|venue|contact|"
                           r"date|time|place)\s*:|^\s*(?:councillor|cllr)\.?\s+\S+(?:\s+\S+)?\s*[–—-]\s", re.IGNORECASE)


def _is_heading(line: str, alone: bool, n_lines: int = 1) -> bool:
    line = QUESTION_FOOTNOTE.sub("", line)
    words = line.split()
    if not words or len(line) > 110 * n_lines or len(words) > 14 + 8 * (n_lines - 1) or LABELLED_LINE.match(line):
        return False
    if MARKDOWN_HEADING.match(line):
        return True
    if not alone or TERMINAL.search(line) and not line.rstrip().endswith("?"):
        return False
    first = words[0].lstrip("‘'\"“(*")
    return bool(first) and (first[0].isupper() or first[0].isdigit())


# Words a title leaves in lower case ("Inspection of Local Authority Children's Services", "Plan and Update").
TITLE_SMALL_WORDS = frozenset("a an and as at by for from in into of on or per the to via vs with".split())
TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")


# A title line of plain text may be long when an agenda item names the inspection and its subject ("Ofsted Inspection
# of Local Authority Children's Services: Findings for Children in Care and Care Leavers", 16 words): alone on its
# line, in title case, up to these words and characters.
LONG_TITLE = (20, 140)


def title_line(line: str, max_words: int = 14, max_chars: int = 110) -> bool:
    """A heading set on a line of its own in title or capital case: at most max_words words and 110 characters, no
    closing punctuation, every word but the small ones (TITLE_SMALL_WORDS) opening with a capital ("OFSTED Action
    Plan Update : Inspection of Local Authority Childrens Services", "Ofsted Improvement Plan"), a letter or digit
    first, no tab (a form's "Lead Officer:<tab>name"), not a labelled line ("Venue: ...")."""
    if "\t" in line or not line.strip()[:1].isalnum():  # a form's label and value; "(Recommendation)", "**Agenda"
        return False
    line = " ".join(line.split())
    words = TITLE_WORD.findall(line)
    if not words or len(line) > max_chars or len(line.split()) > max_words or TERMINAL.search(line) \
            or LABELLED_LINE.match(line):
        return False
    big = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    return bool(big) and words[0][0].isupper() and all(w[0].isupper() for w in big)


def _opens_sentence(line: str) -> bool:
    """A line that starts a sentence of prose, not another title: a capital (or a quote, a digit) first, and not in
    title case itself."""
    first = line.lstrip()[:1]
    return bool(first) and (first.isupper() or first.isdigit() or first in "‘'\"“(") and not title_line(line)


def _line_kind(line: str, in_contents: bool, following: str | None = None) -> tuple[str, int, str]:
    """Classify one line (`following`: the next line): returns (kind, marker length, para_ref)."""
    if CONTENTS_HEADING.match(line):
        return "contents", 0, ""
    if CONTENTS_LINE.match(line) and (in_contents or "\t" in line or ".." in line):
        return "contents", 0, ""
    if in_contents and (CONTENTS_ENTRY.match(line) or CONTENTS_WRAPPED.match(line) and following is not None
                        and following.lstrip()[:1].islower() and CONTENTS_ENTRY.match(following)):
        return "contents", 0, ""
    bullet = BULLET.match(line)
    if bullet:
        return "bullet", bullet.end(), ""
    numbered = NUMBERED.match(line)
    if numbered and not re.match(r"^\s*\d{1,3}\s+(?:per ?cent|%|children|young|social|cases|weeks|days|months)", line):
        return "numbered", numbered.end(), numbered.group(1)
    return "line", 0, ""


def find_blocks(text: str, line_titles: bool = True) -> list[Block]:
    """Split a document into blocks, in order.

    Consecutive non-blank lines form a paragraph; a bullet or numbered line starts a new block and takes the
    wrapped lines after it; a paragraph that begins in lower case continues the block before it (a sentence
    broken by a page break or a heading-like grade line). With `line_titles` (a page whose line breaks are its
    own: plain text, a web page, not a PDF's text, which breaks lines anywhere), a title line (title_line) between
    finished sentences and the text below it, or opening a run of lines, is a heading even with no blank line
    around it, and a line after one ending with a colon starts a paragraph of its own. A judged area's heading set
    as a row of a judgement table is a heading, and the parts every area repeats under it ("Summary") and the
    inspection team's credit lines are not sections (pipeline.judged_areas.mark_areas); so is an early SIF report's
    area heading in the framework's words with its grade in words and a full stop (judged_areas.is_area_heading).
    Under a contents heading, an entry with its page number after one space or none is contents (CONTENTS_ENTRY).
    """
    raw: list[list] = []  # [start, end, body_start, kind, para_ref, n_lines]
    in_contents = False
    previous_blank = True
    lines = list(_lines(text))
    for at, (start, end) in enumerate(lines):
        line = text[start:end]
        following = text[lines[at + 1][0]:lines[at + 1][1]] if at + 1 < len(lines) else None
        if not line.strip():
            previous_blank = True
            continue
        kind, marker, ref = _line_kind(line, in_contents, following)
        if kind == "contents":
            in_contents = True
            raw.append([start, end, start, "contents", "", 1])
            previous_blank = False
            continue
        if in_contents and not CONTENTS_LINE.match(line):
            in_contents = False
        lead = len(line) - len(line.lstrip())
        joins = raw and not previous_blank and raw[-1][3] in ("paragraph", "bullet", "numbered")
        if kind in ("bullet", "numbered"):
            raw.append([start, end, start + marker, kind, ref, 1])
        elif line_titles and joins and raw[-1][3] in ("paragraph", "numbered") and raw[-1][5] == 1 \
                and _opens_sentence(line) \
                and title_line(text[raw[-1][2]:raw[-1][1]]):
            # A title on its own line ("12. OFSTED Action Plan Update", "Ofsted Improvement Plan") with the item's
            # text on the next line and no blank line between, as a plain-text page sets them: the title is a
            # heading, the text a paragraph of its own, not one sentence glued to the title.
            raw[-1][3] = "heading"
            raw.append([start, end, start + lead, "paragraph", "", 1])
        elif line_titles and joins and raw[-1][3] in ("paragraph", "numbered") and title_line(line) \
                and TERMINAL.search(text[raw[-1][0]:raw[-1][1]]) and following is not None \
                and (not following.strip() or _opens_sentence(following)):
            # ... and a title after a finished sentence, inside a run of lines with no blank line between
            # ("... be noted. / Inspection of Authority Children Services / The Board received ..."): a heading of
            # its own, so what follows is its section and not part of its first sentence.
            raw.append([start, end, start + lead, "heading", "", 1])
        elif line_titles and joins and raw[-1][3] in ("paragraph", "numbered") \
                and LEAD_IN_END.search(text[raw[-1][0]:raw[-1][1]]) and line.lstrip()[:1].isupper() \
                and not re.search(r":-?[*\s]*$", line):
            # ... and a lead-in ending its line with a colon ("Members raised the following queries:"): what
            # follows on the next line is read apart from it, not as one sentence with it (two such lines in a row,
            # "Within six months: / Looked after children services:", are a heading in two parts and stay together).
            # The first item's bullet may hang at the end of the lead-in's line, as a page run into lines leaves it
            # ("... covered the following areas: · / Children Looked After"): the item is still the next line's.
            raw.append([start, end, start + lead, "paragraph", "", 1])
        elif joins:
            raw[-1][1] = end
            raw[-1][5] += 1
        elif raw and previous_blank and line.lstrip()[:1].islower() and raw[-1][3] in ("paragraph", "bullet", "numbered") \
                and not TERMINAL.search(text[raw[-1][0]:raw[-1][1]]):
            raw[-1][1] = end
            raw[-1][5] += 1
        else:
            raw.append([start, end, start + lead, "paragraph", "", 1])
        previous_blank = False
    blocks = []
    for start, end, body, kind, ref, n_lines in raw:
        line = text[start:end]
        if kind == "paragraph" and n_lines == 1 and GRADE_LINE.match(line):
            kind = "grade"
        elif kind == "paragraph" and n_lines <= 2 and _is_heading(" ".join(line.split()), True, n_lines) \
                and not re.search(r"[.!?]\s", QUESTION_FOOTNOTE.sub("", line)):
            kind = "heading"  # a heading may wrap onto a second line in a PDF
        if kind == "paragraph" and MARKDOWN_HEADING.match(line) and n_lines <= 2:
            kind = "heading"
        if kind == "paragraph" and line_titles and n_lines == 1 and title_line(line, *LONG_TITLE):
            kind = "heading"  # a long title on a line of its own in plain text, every main word capitalised
        if kind == "paragraph" and n_lines <= 3 and (JUDGEMENT_HEADING.match(" ".join(line.split()))
                                                     or is_area_heading(line)):
            kind = "heading"  # (a SIF area's heading with its grade in words and a full stop: judged_areas)
        if kind == "paragraph" and n_lines <= 4 and _capitals(line):
            kind = "heading"  # an agenda item's title in capitals, however long
        if kind == "numbered" and n_lines <= 2 and (_capitals(text[body:end], 1) or LINK_SIZE.search(text[body:end])
                                                    and len(text[body:end]) <= LINKED_TITLE_CHARS
                                                    and _is_heading(LINK_SIZE.sub("", text[body:end]), True)):
            # a numbered agenda item's title ("15. EXCLUSION OF THE PRESS", "14 Plan pdf icon PDF 1 MB"); not a page
            # whose line breaks were lost, where the link's size is followed by the whole item on the same line
            kind = "heading"
        blocks.append(Block(start, end, body, kind, ref))
    return mark_areas(text, blocks)


def numbered_headings(text: str, blocks: list[Block]) -> list[Block]:
    """blocks with a council paper's numbered section headings as headings ("2. Summary", "3. Response to the areas
    for improvement", then "3.1 ..."), for a page whose line breaks are its own: a numbered block of one line that
    reads as a heading (_is_heading: no closing punctuation, a capital first, at most 14 words), not a resolution
    ("1. That the report be noted"), not after a lead-in ending with a colon, and with no numbered block of the same
    depth just before or after it - a list of short items without full stops ("1. Timeliness of plans" / "2. Life
    story work") stays a list."""
    def depth(block: Block | None) -> int:
        return block.para_ref.count(".") if block is not None and block.kind == "numbered" else -1

    marked = list(blocks)
    for at, block in enumerate(blocks):
        body = " ".join(text[block.body_start:block.end].split())
        line = text[block.start:block.end].strip()
        if block.kind != "numbered" or "\n" in line or not _is_heading(body, True) or DATE_LINE.match(line) \
                or re.match(r"that\b", body, re.IGNORECASE):
            continue
        before = blocks[at - 1] if at else None
        after = blocks[at + 1] if at + 1 < len(blocks) else None
        if before is not None and LEAD_IN_END.search(text[before.start:before.end]):
            continue
        if depth(before) != depth(block) and depth(after) != depth(block):
            # (from its text: the section is named without its number, "Summary", not "2. Summary")
            marked[at] = Block(block.body_start, block.end, block.body_start, "heading", block.para_ref)
    return marked


def _capitals(text: str, min_words: int = 3) -> bool:
    """min_words or more words, letters all capitals, and no sentence end inside: a title in capitals."""
    letters = [c for c in text if c.isalpha()]
    return (len(text.split()) >= min_words and len(letters) >= 4 * min_words and all(c.isupper() for c in letters)
            and not re.search(r"[.!?]\s+\S", text))


def heading_text(text: str) -> str:
    """A heading line as a section name: markup, a document link's size, trailing white space and the grade a
    judgement table's row sets beside its area (pipeline.judged_areas) removed."""
    if is_table_area(text):
        text = without_table_grade(text)
    elif is_area_heading(text):
        text = text.rstrip().rstrip(".")  # "... are good." as "... are good", the section other layouts give
    cleaned = re.sub(r"^[#*\s]+|[*\s]+$", "", LINK_SIZE.sub("", QUESTION_FOOTNOTE.sub("", text.rstrip())))
    cleaned = re.sub(r"^\d{1,3}[.)]?\s+(?=[A-Z])", "", cleaned)  # an agenda item's number
    return re.sub(r"\s+", " ", cleaned)[:120]


def is_boilerplate(text: str, inspection: bool = True, council: bool = False) -> bool:
    """True for copyright, licence, contact and publication-detail text (and, in an inspection report, the
    inspectors' names and titles; outside a council's own documents, the Act the report is made under)."""
    return (bool(BOILERPLATE.search(text)) or (inspection and bool(INSPECTOR_CREDIT.search(text)))
            or (not council and bool(THE_ACT.search(text))))
