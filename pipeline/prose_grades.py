"""Grades stated in prose: committee minutes' sentences and a SIF report's previous inspection.

    minutes_judgements(text)  -> list of Found (area, grade text, start, end): "found to be 'inadequate' overall",
                                 "judged good, with help and protection 'requires improvement'"
    previous_judgements(text) -> list of (service, grade text, YYYY-MM, start, end): an earlier inspection's grades
                                 in a SIF report's fixed sentence pair (see pipeline.judgements)
    area_name(phrase)         -> the judgement area a phrase in minutes names (common names across frameworks)
"""

from __future__ import annotations

import re

from pipeline.report_grades import GRADE_WORDS, Found


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


def minutes_judgements(text: str) -> list[Found]:
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

