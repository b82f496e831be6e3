"""Ofsted judgements (grades) found in documents: inspection reports of every framework since 2009, and minutes.

Output table, one row per judgement area per document:
    doc_id, authority, date, framework, area, grade_text, grade (1 outstanding, 2 good,
    3 requires improvement / adequate, 4 inadequate), finding_id ("" when no finding holds it), start, end
`framework` and the areas each grades (the framework's own names):
    ILACS (2018-): overall effectiveness, impact of leaders, help and protection, children in care and care leavers
        (one judgement until 2022), or children in care and care leavers apart (from 2023)
    SIF (2013-2018): overall effectiveness, help and protection, children looked after and achieving permanence,
        adoption performance and care leavers (its graded parts), "leadership, management and governance", and the
        review of the local safeguarding children board (its own row)
    looked after children 2012-2013: overall effectiveness, capacity to improve, outcomes for looked after children,
        quality of provision, leadership and management ('Record of main findings')
    child protection 2012-2013: overall effectiveness, help and protection, quality of practice, leadership and
        governance (the headline sentence opening each section: "The quality of practice is inadequate.")
    safeguarding and looked after children 2009-2012: "Grade 4 (inadequate)" lines under headings, per service
    minutes: sentences such as "found to be 'inadequate' overall"
Only a report's own judgements are read, from its judgement table and headline sentences: prose that happens to end
in "good" is not. A previous inspection's grades are never taken as the report's own: where a SIF report lists them
in its fixed form ("The previous inspection of the local authority's services for looked after children was in May
2012. The local authority was judged to be adequate."), each becomes a row of its own with `previous` = that
inspection's month (YYYY-MM) and the service as `area`; other reports quote them in free prose ("Since the last
inspection in 2019, when ...", ILACS), which is not read (see `previous_judgements`). Focused visits, monitoring visits
and joint targeted area inspections grade nothing: their letters give no rows (`visit_type` names them).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from pipeline.schema import JUDGEMENT_COLUMNS, VISIT_TYPES

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


# --- which report, which framework --------------------------------------------------------------------------

_VISIT_NAMES = [
    ("joint_targeted_area_inspection", r"joint\s+targeted\s+area\s+inspection"),
    ("focused_visit", r"focused\s+visit"),
    ("monitoring_visit", r"monitoring\s+visit"),
]
# A report's own title line (a visit letter names the framework in prose: "carried out under the inspection of local
# authority children's services (ILACS) framework").
_FULL_REPORT_TITLE = re.compile(r"^[ \t]*(?:re-?)?inspection\s+of\s+(?:services\s+for\s+children|.{0,60}local\s+"
                                r"authority\s*\n?\s*children[’']?s\s+services|looked\s+after\s+children\s+services|"
                                r"safeguarding\s+and\s+looked\s+after|local\s+authority\s+arrangements)",
                                re.IGNORECASE | re.MULTILINE)
# What a council's own record about a visit has at its top, and an Ofsted letter has not.
# (Its headings and doings, not words a letter may use too: "the improvement agenda", "the corporate parenting panel".)
_MEETING_WORDS = re.compile(r"^[ \t]*(?:minutes\b|apologies\b|present\s*:|agenda\b|resolved\b|item\s+\d)|"
                            r"\bminutes\s+of\s+the\b|\b(?:councillors?|cllrs?)\s+(?-i:[A-Z])|"
                            r"\bthe\s+(?:committee|sub-committee|cabinet|panel|board)\s+(?:received|noted|considered|"
                            r"discussed|agreed|resolved)\b", re.IGNORECASE | re.MULTILINE)


def visit_type(text: str) -> str | None:
    """focused_visit, monitoring_visit or joint_targeted_area_inspection when the document is Ofsted's letter
    after one, else None. A letter says so in its title line near the top ("Focused visit to ... children's
    services", "Joint targeted area inspection of the multi-agency response to ...") or in its opening ("This
    letter summarises the findings of a monitoring visit"); a full report that mentions an earlier visit is not
    one, nor is a council's record about a visit (minutes, a committee report)."""
    head = text[:2500]
    if _FULL_REPORT_TITLE.search(head[:600]) or _MEETING_WORDS.search(head[:1500]):
        return None
    for name, words in _VISIT_NAMES:
        title = re.search(rf"^[ \t]*(?:subject:\s*)?(?:the\s+)?{words}\s+(?:\(jtai\)\s+)?(?:to|of|in|at)\b",
                          head[:1200], re.IGNORECASE | re.MULTILINE)
        letter = re.search(rf"this\s+letter\s+(?:summarises|sets\s+out|reports)\s+(?:the\s+|our\s+)?(?:key\s+)?"
                           rf"(?:findings|outcome)\s+of\s+(?:a|an|the|our)\s+(?:\w+\s+){{0,2}}{words}", head,
                           re.IGNORECASE)
        if title or letter:
            return name
    return None


def framework_of(text: str, doc_type: str = "inspection_report") -> str:
    """The inspection framework a report's judgements belong to (see module docstring); "minutes" for committee
    minutes, the doc_type for other council documents, "other" for a report of none of these frameworks."""
    if doc_type not in ("inspection_report",) + VISIT_TYPES:
        return "minutes" if doc_type == "committee_minutes" else doc_type
    head = text[:6000]
    if doc_type in VISIT_TYPES:
        return doc_type  # a manifest's word for it: a visit letter grades nothing
    letter = visit_type(text)
    if letter:
        return letter
    if re.search(r"impact\s+of\s+leaders\s+on\s+social\s+work", head, re.IGNORECASE):
        return "ILACS"
    if re.search(r"leadership,?\s+management\s+and\s+governance|children\s+looked\s+after\s+and\s+achieving\s+"
                 r"permanence", head, re.IGNORECASE):
        return "SIF"
    if re.search(r"inspection\s+of\s+looked\s+after\s+children\s+services", head[:600], re.IGNORECASE):
        return "looked after children 2012-2013"
    if re.search(r"arrangements\s+for\s+the\s+protection\s+of\s+children", head[:600], re.IGNORECASE):
        return "child protection 2012-2013"
    if re.search(r"^\s*grade\s*[1-4]\s*\(", text, re.IGNORECASE | re.MULTILINE):
        return "safeguarding and looked after children 2009-2012"
    return "other"


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


def _sif_area(label: str) -> str | None:
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
        found += _from_rows(_table_rows(text, first.start(), lambda line: bool(SIF_ROW.match(line))), _sif_area)
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


# --- minutes ----------------------------------------------------------------------------------------------------

MINUTES_AREAS = [
    ("capacity for improvement", r"capacity (for|to) improve"),
    ("adoption performance", r"\badoption\b"),
    ("children in care", r"children\s+(in\s+care|looked\s+after)\s+and\s+(achieving\s+permanence|care\s+leavers)"),
    ("care leavers", r"care leavers|leaving care"),
    ("impact of leaders", r"impact of leaders|leadership,? management and governance"),
    ("help and protection", r"help and protection|need help|safeguarding services"),
    ("children in care", r"children in care|children looked after|looked[- ]after children|services for looked"),
    ("local safeguarding children board", r"safeguarding children board|\blscb\b"),
    ("leadership and management", r"leadership and management"),
    ("overall effectiveness", r"overall effectiveness|overall"),
]


def area_name(text: str) -> str | None:
    """The judgement area a phrase in minutes names (the common names across frameworks), or None."""
    for name, pattern in MINUTES_AREAS:
        if re.search(pattern, text, re.IGNORECASE):
            return name
    return None


# A grade and another ("judged good or outstanding", "good or better") is a range said of several things (a council's
# motion: the children's homes, fostering and adoption services inspected "are all judged good or outstanding"), not
# one area's grade: it is left out.
MINUTES_GRADE = re.compile(
    rf"(?P<area>[^.;]{{0,120}}?)\b(?:found|judged|rated|graded|deemed|assessed)\s+(?:to be\s+|as\s+)?"
    rf"['‘\"“]?(?P<grade>{GRADE_WORDS})['’\"”]?(?!\s+or\s+(?:better|above|{GRADE_WORDS}))(?P<tail>\s+overall)?",
    re.IGNORECASE)
FOLLOWING_GRADE = re.compile(rf"\bwith (?P<area>[^'‘\"“]{{3,80}}?)\s+['‘\"“](?P<grade>{GRADE_WORDS})['’\"”]",
                             re.IGNORECASE)


def _minutes_judgements(text: str) -> list[Found]:
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


MONTHS = {name: number for number, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"], start=1)}
# The fixed sentence pair of a SIF report's "Information about this local authority area" bullets.
PREVIOUS_GRADE = re.compile(
    r"the\s+(?:previous|last)\s+inspection\s+of\s+(?P<service>[^.]{5,160}?)\s+was\s+(?:published\s+)?in\s+"
    r"(?P<month>[a-z]+)\s+(?P<year>(?:19|20)\d\d)\.\s+(?:the\s+local\s+authority\s+was\s+judged\s+to\s+be|"
    r"ofsted\s+judged\s+that\s+services\s+were)\s+(?P<grade>outstanding|good|adequate|satisfactory|inadequate|"
    r"requires?\s+improvement(?:\s+to\s+be\s+good)?)(?P<both>\s+for\s+both\s+services)?\s*\.", re.IGNORECASE)
# The services a previous inspection graded (the names of the frameworks before SIF), most specific first.
PREVIOUS_SERVICES = [
    ("safeguarding and looked after children", r"safeguarding\b.{0,40}\blooked\s+after|looked\s+after.{0,40}"
                                               r"\bsafeguarding"),
    ("private fostering", r"private\s+fostering"),
    ("fostering", r"fostering"),
    ("adoption", r"adoption"),
    ("looked after children", r"looked\s+after"),
    ("safeguarding", r"safeguarding|protection\s+of\s+children"),
]


def previous_judgements(text: str) -> list[tuple[str, str, str, int, int]]:
    """An earlier inspection's grades as a SIF report lists them (see module doc): (service, grade text, YYYY-MM,
    start, end) per sentence pair whose service and month are read; others are left out, never guessed."""
    found = []
    for match in PREVIOUS_GRADE.finditer(text):
        service = " ".join(match.group("service").split())
        month = MONTHS.get(match.group("month").lower())
        area = next((name for name, cue in PREVIOUS_SERVICES if re.search(cue, service, re.IGNORECASE)), None)
        if area and month:
            found.append((area, " ".join(match.group("grade").split()), f"{match.group('year')}-{month:02d}",
                          match.start(), match.end()))
    return found


def own_judgements(judgements: pd.DataFrame | None) -> pd.DataFrame | None:
    """The rows that grade each document's own inspection: rows quoting a previous inspection's grade left out."""
    if judgements is None or "previous" not in judgements:
        return judgements
    marked = judgements["previous"].fillna("").astype(str).str.strip().str.lower()
    return judgements[marked.isin({"", "false", "0", "no", "nan"})]


READERS = {"ILACS": _ilacs, "SIF": _sif, "looked after children 2012-2013": _lac,
           "child protection 2012-2013": _child_protection,
           "safeguarding and looked after children 2009-2012": _slac}


def document_judgements(doc: dict) -> list[dict]:
    """Judgements of one document (a documents row as a dict: doc_id, authority, date, doc_type, text),
    finding_id left "" (see `with_findings`); the first statement of each area counts."""
    text, doc_type = doc["text"], doc["doc_type"]
    framework = framework_of(text, doc_type)
    if framework in READERS:
        found = READERS[framework](text)
    elif doc_type == "committee_minutes" or doc_type not in ("inspection_report",) + VISIT_TYPES:
        found = _minutes_judgements(text)
    else:
        found = []  # a visit letter, or a report of no known framework: no grade is guessed
    rows, seen = [], set()
    for area, grade_text, start, end in found:
        grade = grade_number(grade_text)
        if area in seen or grade is None:
            continue
        seen.add(area)
        rows.append({"doc_id": doc["doc_id"], "authority": doc["authority"], "date": doc["date"],
                     "framework": framework, "area": area, "grade_text": grade_text.strip(), "grade": grade,
                     "finding_id": "", "start": start, "end": end, "previous": ""})
    if framework == "SIF":
        earlier = set()
        for area, grade_text, month, start, end in previous_judgements(text):
            grade = 3 if grade_text.lower() == "satisfactory" else grade_number(grade_text)
            if (area, month) in earlier or grade is None:
                continue
            earlier.add((area, month))
            rows.append({"doc_id": doc["doc_id"], "authority": doc["authority"], "date": doc["date"],
                         "framework": framework, "area": area, "grade_text": grade_text, "grade": grade,
                         "finding_id": "", "start": start, "end": end, "previous": month})
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
