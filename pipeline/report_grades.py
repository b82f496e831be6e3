"""A report's own judgements, read per framework from its judgement table and headline sentences.

    READERS[framework](text) -> list of Found: (area, grade text, start, end), in reading order
    grade_number(grade text) -> 1 outstanding, 2 good, 3 requires improvement / adequate, 4 inadequate, or None

Frameworks and their areas are listed in pipeline.judgements. A judgement table's cells may wrap over lines
(`_table_rows` joins them: "Requires" / "improvement to" / "be good"); the SIF overall and LSCB grades, the 2012-2013
child protection grades and the 2009-2012 "Grade 4 (inadequate)" lines are read from headline sentences and lines.
Prose that merely ends in a grade word is not read.
"""

from __future__ import annotations

import re

GRADE_WORDS = (r"(outstanding|good|adequate|inadequate|requires?\s+improvement(?:\s+to\s+be\s+good)?|"
               r"requiring\s+improvement)")
NUMBERED_GRADE = re.compile(r"^\s*grade\s*(?P<number>[1-4])\s*\((?P<grade>[a-z ]+)\)\s*$", re.IGNORECASE)
# Words a judgement table's grade cell is made of (a cell may wrap: "Requires / improvement to / be good").
GRADE_TOKENS = {"requires", "require", "requiring", "improvement", "to", "be", "good", "outstanding", "inadequate",
                "adequate", "not", "judged", "grade", "1", "2", "3", "4"}
GRADE_STARTS = {"requires", "require", "requiring", "good", "outstanding", "inadequate", "adequate", "not", "grade"}


def grade_number(text: str) -> int | None:
    """1 outstanding, 2 good, 3 requires improvement or adequate, 4 inadequate."""
    text = text.lower()
    if "inadequate" in text:
        return 4
    if "requir" in text or "adequate" in text:
        return 3
    if "outstanding" in text:
        return 1
    if "good" in text:
        return 2
    return None


# --- judgement tables whose cells wrap ------------------------------------------------------------------------

def _lines(text: str):
    position = 0
    for line in text.split("\n"):
        yield position, line
        position += len(line) + 1


def _split_grade(line: str) -> tuple[str, str]:
    """(label, grade) of a table line: the grade is the longest run of grade words ending the line
    ("Children looked after and achieving Requires improvement to" -> label, "Requires improvement to")."""
    words = [word.lower().strip(".,:") for word in line.split()]
    cut = len(words)
    while cut > 0 and words[cut - 1] in GRADE_TOKENS:
        if words[cut - 1].isdigit() and (cut < 2 or words[cut - 2] != "grade"):
            break  # a footnote mark ("governance 1"), not "Grade 4"
        cut -= 1
    kept = line.split()
    return " ".join(kept[:cut]), " ".join(kept[cut:])


def _complete(grade: str) -> bool:
    lower = grade.lower().rstrip(". ")
    return bool(lower) and not re.search(r"(requires?|requiring|to|to be|not)$", lower)


def _table_rows(text: str, start: int, is_row, max_lines: int = 40) -> list[dict]:
    """Rows of a judgement table from offset `start`: dicts with label, grade, start, end. `is_row(line)` says
    whether a line opens a row. A cell wraps onto lines of its own: grade words continuing an unfinished grade go
    to the row above ("Requires" / "improvement"); a grade on its own line goes to the row above when that has none
    yet, else to the next row; other short lines continue the row's label ("permanence", "leavers"). The table
    ends at a long line that opens no row (the prose after it)."""
    rows: list[dict] = []
    pending = ""
    for count, (offset, line) in enumerate(_lines(text[start:start + 4000])):
        stripped = line.strip()
        if count >= max_lines:
            break
        if not stripped:
            continue
        label, grade = _split_grade(stripped)
        here = start + offset
        if is_row(stripped):
            rows.append({"label": label, "grade": grade or pending, "start": here, "end": here + len(line)})
            pending = ""
            continue
        if not rows:
            continue
        last = rows[-1]
        if len(stripped) > 60 or (stripped.endswith(".") and not grade) or re.match(r"^\d+\s+[A-Z]", stripped):
            break  # prose, or a footnote, after the table
        if label:
            last["label"] += " " + label
        if grade:
            first = grade.split()[0].lower()
            if last["grade"] and not _complete(last["grade"]) or (last["grade"] and first in ("to", "be")):
                last["grade"] += " " + grade
            elif not last["grade"] and (label or first in GRADE_STARTS):
                last["grade"] = grade
            elif first in GRADE_STARTS:
                pending = grade
            last["end"] = max(last["end"], here + len(line))
        if label:
            last["end"] = here + len(line)
    return rows


ILACS_ROW = re.compile(r"^(the\s+impact\s+of\s+leaders|the\s+experiences\s+and\s+progress|overall\s+effectiveness)\b",
                       re.IGNORECASE)


# A table row's label -> the framework's area: the first entry with a cue in the label (most specific first).
ILACS_ROW_AREAS = [
    (("impact of leaders",), "impact of leaders"),
    (("help and protection", "need help"), "help and protection"),
    (("children in care and care leavers",), "children in care and care leavers"),
    (("children in care",), "children in care"),
    (("care leavers",), "care leavers"),
    (("overall effectiveness",), "overall effectiveness"),
]
SIF_ROW_AREAS = [
    (("adoption",), "adoption performance"),
    (("care leavers",), "care leavers"),
    (("help and protection",), "help and protection"),
    (("looked after", "permanence"), "children looked after and achieving permanence"),
    (("leadership",), "leadership, management and governance"),
]


def _row_area(label: str, areas: list[tuple[tuple[str, ...], str]]) -> str | None:
    label = " ".join(label.lower().split())
    return next((area for cues, area in areas if any(cue in label for cue in cues)), None)


def _ilacs_area(label: str) -> str | None:
    return _row_area(label, ILACS_ROW_AREAS)


SIF_ROW = re.compile(r"^\d(?:\.\d)?\.?\s+(children|adoption|experiences|leadership)", re.IGNORECASE)


def sif_area(label: str) -> str | None:
    return _row_area(label, SIF_ROW_AREAS)


LAC_ROW = re.compile(r"^(overall\s+effectiveness|capacity\s+(?:to|for)\s+improve|outcomes\s+for|quality\s+of\s+"
                     r"provision|leadership\s+and\s+management)\b", re.IGNORECASE)


def _lac_area(label: str) -> str | None:
    label = " ".join(label.lower().split())
    for name, cue in (("overall effectiveness", "overall effectiveness"), ("capacity to improve", "capacity"),
                      ("outcomes for looked after children", "outcomes for"),
                      ("quality of provision", "quality of provision"),
                      ("leadership and management", "leadership and management")):
        if cue in label:
            return name
    return None


Found = tuple[str, str, int, int]  # area, grade text, start, end


def _from_rows(rows: list[dict], area_of) -> list[Found]:
    found = []
    for row in rows:
        area = area_of(row["label"])
        if area and grade_number(row["grade"]) is not None and "not judged" not in row["grade"].lower():
            found.append((area, " ".join(row["grade"].split()), row["start"], row["end"]))
    return found


def _ilacs(text: str) -> list[Found]:
    table = re.search(r"^\s*judgements?\s+grades?\s*$", text[:6000], re.IGNORECASE | re.MULTILINE)
    first = next((m for m in re.finditer(r"^.*$", text[:6000], re.MULTILINE) if ILACS_ROW.match(m.group().strip())),
                 None)
    if not (table or first):
        return []
    start = table.end() + 1 if table else first.start()
    return _from_rows(_table_rows(text, start, lambda line: bool(ILACS_ROW.match(line))), _ilacs_area)


SIF_OVERALL = re.compile(
    rf"(?:children[’']?s\s+services\s+in\s+[^.]{{2,80}}?\s+(?:are|is|requires?)\s+|"
    rf"the\s+overall\s+judgement\s+is\s+(?:that\s+children[’']?s\s+services\s+(?:are|is|requires?)\s+)?)"
    rf"(?P<grade>outstanding|good|inadequate|(?:requires?\s+)?improvement(?:\s+to\s+be\s+good)?"
    rf"|requires\s+improvement)\b", re.IGNORECASE)
LSCB_HEADLINE = re.compile(
    rf"^[ \t]*(?:the\s+judgement\s+for\s+)?(?:the\s+effectiveness\s+of\s+)?the\s+local\s+safeguarding\s+children\s+"
    rf"board(?:\s+\(lscb\))?\s+(?:is\s+|are\s+)?(?P<grade>{GRADE_WORDS})[ \t]*(?:\.|because:?|:)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)


def _sif(text: str) -> list[Found]:
    head = text[:6000]
    first = next((m for m in re.finditer(r"^.*$", head, re.MULTILINE) if SIF_ROW.match(m.group().strip())), None)
    found: list[Found] = []
    overall = SIF_OVERALL.search(head[:first.start()] if first else head[:2500])
    if overall:
        grade = overall.group("grade")
        if grade.lower().startswith("improvement"):
            grade = "requires " + grade
        found.append(("overall effectiveness", " ".join(grade.split()), overall.start(), overall.end()))
    if first:
        found += _from_rows(_table_rows(text, first.start(), lambda line: bool(SIF_ROW.match(line))), sif_area)
    lscb = LSCB_HEADLINE.search(text)
    if lscb:
        found.append(("local safeguarding children board", " ".join(lscb.group("grade").split()), lscb.start(),
                      lscb.end()))
    return found


def _lac(text: str) -> list[Found]:
    records = list(re.finditer(r"^\s*record\s+of\s+main\s+findings\s*:?\s*$", text, re.IGNORECASE | re.MULTILINE))
    if not records:
        return []
    return _from_rows(_table_rows(text, records[-1].end() + 1, lambda line: bool(LAC_ROW.match(line))), _lac_area)


CP_HEADLINES = [
    ("overall effectiveness", r"the\s+overall\s+effectiveness\s+of\s+(?:the\s+)?arrangements\s+to\s+protect\s+"
                              r"children(?:\s+in\s+[^.]{2,60}?)?"),
    ("help and protection", r"the\s+effectiveness\s+of\s+(?:the\s+)?help\s+and\s+protection\s+[^.]{0,120}?"),
    ("quality of practice", r"the\s+quality\s+of\s+practice(?:\s+in\s+[^.]{2,60}?)?"),
    ("leadership and governance", r"the\s+(?:quality\s+of\s+|effectiveness\s+of\s+)?leadership\s+and\s+"
                                  r"governance(?:\s+in\s+[^.]{2,60}?)?"),
]


def _child_protection(text: str) -> list[Found]:
    """The 2012-2013 child protection inspection opens each judgement's section with a sentence that states it,
    often as a numbered paragraph ("12. The quality of practice is inadequate.")."""
    found = []
    for area, subject in CP_HEADLINES:
        match = re.search(rf"^[ \t]*(?:\d{{1,3}}\.\s+)?{subject}\s+(?:is|are)\s+(?P<grade>{GRADE_WORDS})\s*\.",
                          text, re.IGNORECASE | re.MULTILINE)
        if match:
            found.append((area, " ".join(match.group("grade").split()), match.start(), match.end()))
    return found


# --- the 2009-2012 framework: "Grade 4 (inadequate)" under each heading --------------------------------------

SLAC_AREAS = [
    ("capacity for improvement", r"capacity (for|to) improve"),
    ("safeguarding outcomes", r"safeguarding outcomes|are safe and feel safe"),
    ("leadership and management", r"leadership and management"),
    ("ambition and prioritisation", r"ambition and prioritisation"),
    ("performance management and quality assurance", r"performance management"),
    ("partnership working", r"partnership working"),
    ("quality of provision", r"quality of provision"),
    ("overall effectiveness", r"overall effectiveness"),
]
SERVICE_HEADING = re.compile(r"^(safeguarding services|services for looked after children)\s*$", re.IGNORECASE)


def _slac(text: str) -> list[Found]:
    found: list[Found] = []
    previous_heading, service = "", ""
    for start, line in _lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        if SERVICE_HEADING.match(stripped):
            service = "children in care" if "looked" in stripped.lower() else "help and protection"
        numbered = NUMBERED_GRADE.match(stripped)
        if numbered:
            area = next((name for name, cue in SLAC_AREAS if re.search(cue, previous_heading, re.IGNORECASE)), None)
            if area:
                if service and area in ("overall effectiveness", "capacity for improvement"):
                    area = f"{area} ({service})"  # judged separately for each service
                found.append((area, stripped, start, start + len(line)))
            continue
        if len(stripped) < 120 and not stripped.endswith("."):
            previous_heading = stripped
    return found


# The readers of each framework whose report states its own grades (visit letters and minutes have none here).
READERS = {"ILACS": _ilacs, "SIF": _sif, "looked after children 2012-2013": _lac,
           "child protection 2012-2013": _child_protection,
           "safeguarding and looked after children 2009-2012": _slac}
