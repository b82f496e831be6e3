"""Ofsted judgements (grades) found in documents: inspection reports of every framework, and minutes.

Output table, one row per judgement area per document:
    doc_id, authority, date, framework, area, grade_text, grade (1 outstanding, 2 good,
    3 requires improvement / adequate, 4 inadequate), finding_id ("" when no finding holds it), start, end
Formats: the 2009-2012 safeguarding and looked after children reports ("Grade 4 (inadequate)" under a heading,
and the 'Record of main findings' table), the 2013-2017 single inspection framework (SIF) summary lines, the
ILACS 'Judgement / Grade' table (from 2018), and minutes ("found to be 'inadequate' overall").
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from pipeline.schema import JUDGEMENT_COLUMNS

GRADE_WORDS = r"(outstanding|good|adequate|inadequate|requires? improvement(?: to be good)?|requiring improvement)"
GRADE_AT_END = re.compile(rf"^(?P<area>.*?)[\s:–-]+(?P<grade>{GRADE_WORDS})\s*\.?\s*$", re.IGNORECASE)
NUMBERED_GRADE = re.compile(r"^\s*grade\s*(?P<number>[1-4])\s*\((?P<grade>[a-z ]+)\)\s*$", re.IGNORECASE)
SIF_OVERALL = re.compile(rf"^children[’']s services in .{{2,60}}? (?:are|is)\s+(?P<grade>{GRADE_WORDS}|"
                         r"requires? improvement to be good|require improvement)\s*\.?\s*$", re.IGNORECASE)
# Most specific first: the first area whose pattern matches names the judgement.
AREAS = [
    ("capacity for improvement", r"capacity (for|to) improve"),
    ("adoption performance", r"adoption performance|\badoption\b"),
    ("children in care", r"children\s+(in\s+care|looked\s+after)\s+and\s+(achieving\s+permanence|care\s+leavers)"),
    ("care leavers", r"care leavers|leaving care"),
    ("impact of leaders", r"impact of leaders|leadership,? management and governance"),
    ("help and protection", r"help and protection|need help|safeguarding services"),
    ("children in care", r"children in care|children looked after|looked[- ]after children|services for looked"),
    ("local safeguarding children board", r"safeguarding children board|\blscb\b"),
    ("safeguarding outcomes", r"safeguarding outcomes|are safe and feel safe"),
    ("leadership and management", r"leadership and management"),
    ("ambition and prioritisation", r"ambition and prioritisation"),
    ("performance management and quality assurance", r"performance management"),
    ("partnership working", r"partnership working"),
    ("quality of provision", r"quality of provision"),
    ("overall effectiveness", r"overall effectiveness|overall"),
]


def grade_number(text: str) -> int | None:
    """1 outstanding, 2 good, 3 requires improvement or adequate, 4 inadequate."""
    text = text.lower()
    if "inadequate" in text:
        return 4
    if "requir" in text or text.strip() == "adequate" or "adequate" in text:
        return 3
    if "outstanding" in text:
        return 1
    if "good" in text:
        return 2
    return None


def area_name(text: str) -> str | None:
    for name, pattern in AREAS:
        if re.search(pattern, text, re.IGNORECASE):
            return name
    return None


def _framework(text: str, doc_type: str) -> str:
    if doc_type != "inspection_report":
        return "minutes" if doc_type == "committee_minutes" else doc_type
    if re.search(r"^\s*grade\s*[1-4]\s*\(", text, re.IGNORECASE | re.MULTILINE):
        return "2009-2012 safeguarding and looked after children"
    if re.search(r"impact of leaders on social work", text, re.IGNORECASE):
        return "ILACS"
    if re.search(r"leadership,? management and governance|children looked after and achieving permanence",
                 text, re.IGNORECASE):
        return "SIF 2013-2017"
    return "other"


def _lines(text: str):
    position = 0
    for line in text.split("\n"):
        yield position, line
        position += len(line) + 1


TABLE_START = re.compile(r"^\s*judgements?\s+grades?\s*$|^\s*children[’']s services in .{2,60}? (?:are|is)\s",
                         re.IGNORECASE | re.MULTILINE)
TABLE_ROW = re.compile(r"(?=\bthe impact of leaders|\bthe experiences and progress|\boverall effectiveness|"
                       r"^\s*\d(?:\.\d)?\.?\s+[A-Z])", re.IGNORECASE | re.MULTILINE)


def _chunk_grade(chunk: str) -> str | None:
    lower = chunk.lower()
    # "to be good" only ever ends "requires improvement to be good", whose words a wrapped table may separate.
    if re.search(r"requires?\s+improvement|^\W*to\s+be\s+good|\sto\s+be\s+good\W*$", lower):
        return "Requires improvement to be good" if re.search(r"to\s+be\s+good", lower) else "Requires improvement"
    for word in ("inadequate", "outstanding", "good"):
        if re.search(rf"\b{word}\b", lower):
            return word.capitalize()
    return None


def _summary_table(text: str) -> list[tuple[str, str, int, int]]:
    """Grades from the judgement table at the top of ILACS and SIF reports, whose cells wrap unpredictably."""
    start = TABLE_START.search(text[:6000])
    if not start:
        return []
    end = start.end()
    for line_start, line in _lines(text[start.end():start.end() + 3000]):
        if len(line) > 85 and line.rstrip().endswith((".", ",")) or len(line) > 100:
            end = start.end() + line_start
            break
    else:
        end = start.end() + 3000
    found = []
    region = text[start.start():end]
    bounds = [m.start() for m in TABLE_ROW.finditer(region)] + [len(region)]
    for left, right in zip(bounds, bounds[1:]):
        chunk = region[left:right].split("\n\n")[0]  # a row ends at the first blank line
        grade = _chunk_grade(chunk)
        area = area_name(re.sub(GRADE_WORDS, " ", chunk, flags=re.IGNORECASE))
        if grade and area and len(chunk.split()) <= 30:
            found.append((area, grade, start.start() + left, start.start() + left + len(chunk.rstrip())))
    return found


SERVICE_HEADING = re.compile(r"^(safeguarding services|services for looked after children)\s*$", re.IGNORECASE)


def _report_judgements(text: str) -> list[tuple[str, str, int, int]]:
    """(area, grade_text, start, end) from the summary table, then the lines, of an inspection report."""
    found = _summary_table(text)
    lines = list(_lines(text))
    previous_heading = ""
    service = ""
    for index, (start, line) in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if SERVICE_HEADING.match(stripped):
            service = "children in care" if "looked" in stripped.lower() else "help and protection"
        numbered = NUMBERED_GRADE.match(stripped)
        if numbered:
            area = area_name(previous_heading)
            if area:
                area = _qualify(area, service)
                found.append((area, stripped, start, start + len(line)))
            continue
        overall = SIF_OVERALL.match(stripped)
        if overall:
            found.append(("overall effectiveness", overall.group("grade"), start, start + len(line)))
            continue
        match = GRADE_AT_END.match(stripped) if len(stripped) < 140 else None
        if match and match.group("area").strip():
            area_text = match.group("area")
            following = lines[index + 1][1].strip() if index + 1 < len(lines) else ""
            if following and len(following) < 60 and not GRADE_AT_END.match(following) and following[:1].islower():
                area_text += " " + following  # an ILACS table cell wrapped onto the next line
            if len(area_text.split()) <= 14:
                area = area_name(area_text)
                if area:
                    found.append((_qualify(area, service), match.group("grade"), start, start + len(line)))
        if len(stripped) < 120 and not stripped.endswith("."):
            previous_heading = stripped
    return found


def _qualify(area: str, service: str) -> str:
    """The 2012 framework judged overall effectiveness and capacity separately for each service."""
    if service and area in ("overall effectiveness", "capacity for improvement"):
        return f"{area} ({service})"
    return area


MINUTES_GRADE = re.compile(
    rf"(?P<area>[^.;]{{0,120}}?)\b(?:found|judged|rated|graded|deemed|assessed)\s+(?:to be\s+|as\s+)?"
    rf"['‘\"“]?(?P<grade>{GRADE_WORDS})['’\"”]?(?P<tail>\s+overall)?", re.IGNORECASE)
FOLLOWING_GRADE = re.compile(rf"\bwith (?P<area>[^'‘\"“]{{3,80}}?)\s+['‘\"“](?P<grade>{GRADE_WORDS})['’\"”]",
                             re.IGNORECASE)


def _minutes_judgements(text: str) -> list[tuple[str, str, int, int]]:
    found = []
    for match in MINUTES_GRADE.finditer(text):
        area = area_name(match.group("area")) or ("overall effectiveness" if match.group("tail") else None)
        if area:
            found.append((area, match.group("grade"), match.start(), match.end()))
        rest = text[match.end():match.end() + 200].split(".")[0]
        for extra in FOLLOWING_GRADE.finditer(rest):
            for part in re.split(r"\band\b|,", extra.group("area")):
                area = area_name(part)
                if area:
                    offset = match.end() + extra.start()
                    found.append((area, extra.group("grade"), offset, match.end() + extra.end()))
    return found


def document_judgements(doc: dict) -> list[dict]:
    """Judgements of one document (a documents row as a dict), finding_id left "" (see `with_findings`); the
    first statement of each area counts."""
    text, doc_type = doc["text"], doc["doc_type"]
    framework = _framework(text, doc_type)
    found = _report_judgements(text) if doc_type == "inspection_report" else _minutes_judgements(text)
    rows, seen = [], set()
    for area, grade_text, start, end in found:
        grade = grade_number(grade_text)
        if area in seen or grade is None:
            continue
        seen.add(area)
        rows.append({"doc_id": doc["doc_id"], "authority": doc["authority"], "date": doc["date"],
                     "framework": framework, "area": area, "grade_text": grade_text.strip(), "grade": grade,
                     "finding_id": "", "start": start, "end": end})
    return rows


def with_findings(judgements: pd.DataFrame, findings: pd.DataFrame | None) -> pd.DataFrame:
    """The judgements table with finding_id: the finding that holds each judgement's start, or ""."""
    located = _finding_locator(findings)
    ids = [located(doc_id, start) for doc_id, start in zip(judgements["doc_id"], judgements["start"])]
    return judgements.assign(finding_id=ids)


def extract_judgements(documents: pd.DataFrame, findings: pd.DataFrame | None = None) -> pd.DataFrame:
    """Judgements of every document (see module docstring)."""
    rows = [row for doc in documents.to_dict("records") for row in document_judgements(doc)]
    return with_findings(pd.DataFrame(rows, columns=JUDGEMENT_COLUMNS), findings)


def _finding_locator(findings: pd.DataFrame | None):
    """locate(doc_id, offset): id of the first finding of the document (in reading order) that holds the offset
    (start <= offset <= end), or ""; the findings of a document do not overlap, so a binary search over their ends."""
    by_document = {}
    if findings is not None and not findings.empty:
        ordered = findings.sort_values(["doc_id", "start"], kind="stable")
        for doc_id, part in ordered.groupby("doc_id", sort=False):
            by_document[doc_id] = (part["start"].to_numpy(), part["end"].to_numpy(), part["finding_id"].tolist())

    def locate(doc_id: str, offset: int) -> str:
        if doc_id not in by_document:
            return ""
        starts, ends, ids = by_document[doc_id]
        i = int(np.searchsorted(ends, offset, side="left"))
        return str(ids[i]) if i < len(ids) and starts[i] <= offset else ""

    return locate
