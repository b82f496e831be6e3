"""Grades stated in prose: committee minutes' sentences and a SIF report's previous inspection.

    minutes_judgements(text, date) -> list of Found (area, grade text, start, end) a council document states:
                                 "found to be 'inadequate' overall", "judged good, with help and protection 'requires
                                 improvement'", "had been judged to require improvement to be good, as had each of
                                 the separate judgements" (every area its framework grades, `EVERY_AREA`),
                                 "inspectors judged the progress of care leavers to be good"; not an aim, a negation,
                                 an earlier inspection or another service (`NOT_STATED`, `EARLIER`, `OTHER_SERVICE`)
    previous_judgements(text) -> list of (area, grade text, YYYY-MM, start, end): an earlier inspection's grades
                                 in a SIF report's fixed sentence pair (the service as area) or in a re-inspection's
                                 list of them ("Overall effectiveness: Inadequate", the SIF's areas), one row per
                                 (inspection, area) (see pipeline.judgements)
    area_name(phrase)         -> the judgement area a phrase in minutes names (common names across frameworks)
"""

from __future__ import annotations

import re

from pipeline.report_grades import GRADE_WORDS, Found, sif_area


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


def area_names(text: str) -> list[str]:
    """Every judgement area a subject names, in the order it names them ("children looked after and adoption"):
    each phrase counts once, for its first area in `MINUTES_AREAS` order; a bare "overall" names none here."""
    spans, taken = [], [False] * len(text)
    for name, pattern in MINUTES_AREAS[:-1] + [("overall effectiveness", r"overall effectiveness")]:
        for match in re.finditer(pattern, text, re.IGNORECASE):
            if not any(taken[match.start():match.end()]):
                taken[match.start():match.end()] = [True] * (match.end() - match.start())
                spans.append((match.start(), name))
    return list(dict.fromkeys(name for _, name in sorted(spans)))


# A grade and another ("judged good or outstanding", "good or better") is a range said of several things (a council's
# motion: the children's homes, fostering and adoption services inspected "are all judged good or outstanding"), not
# one area's grade: it is left out. The thing judged stands before the verb ("Help and protection had been judged to
# be good", passive) or after it ("inspectors judged the experiences of care leavers to be good", "judged them to
# require improvement to be good overall"): then it is followed by "to be", "to" + the grade's own verb, or "as".
MINUTES_GRADE = re.compile(
    rf"(?P<area>[^.;]{{0,120}}?)\b(?:found|judged|rated|graded|deemed|assessed)\s+"
    rf"(?:(?P<object>(?!(?:that|to)\b)[^.;,:'‘\"“]{{1,80}}?)\s+(?=to\s+be\b|to\s+requir|as\b))?"
    rf"(?:to be\s+|as\s+|to\s+(?=requir))?"
    rf"['‘\"“]?(?P<grade>{GRADE_WORDS})['’\"”]?(?!\s+or\s+(?:better|above|{GRADE_WORDS}))(?P<tail>\s+overall)?",
    re.IGNORECASE)
FOLLOWING_GRADE = re.compile(rf"\bwith (?P<area>[^'‘\"“]{{3,80}}?)\s+['‘\"“](?P<grade>{GRADE_WORDS})['’\"”]",
                             re.IGNORECASE)
# "..., as had each of the separate judgements" / "as were all the other judgements": the same grade in every area
# the inspection's framework grades (`EVERY_AREA`).
SAME_IN_EVERY_AREA = re.compile(
    r"^[^.;]{0,40}?\bas\s+(?:had|did|were|was|have|are)\s+(?:each|all|every)\s+(?:one\s+)?(?:of\s+)?(?:the\s+)?"
    r"(?:other\s+|separate\s+|individual\s+|sub-?\s*)*(?:judgements?|judgement\s+areas?|areas?)\b", re.IGNORECASE)
# A grade said as a goal or under a condition is no grade: the verb after a bare "be" ("the aim is to be judged good",
# "would be rated good", "to improve and be graded good") or after a word of aiming; a negated one ("had not been
# rated good") neither.
NOT_STATED = re.compile(
    r"(?:\bbe|\bnot(?:\s+been|\s+be)?|\bnever(?:\s+been)?)\s+$|\b(?:aim\w*|ambition\w*|aspir\w*|target\w*|goal\w*|"
    r"hop(?:e|es|ed|ing)|striv\w*|want\w*|wish\w*|intend\w*|journey|so\s+that|in\s+order\s+to|until|unless|if)\b",
    re.IGNORECASE)
# An earlier inspection's grade, in a council document: no row (its month is not in a fixed form to read, unlike a SIF
# report's, see `previous_judgements`): the clause says "previous", "last", "earlier", "prior" or "former" of an
# inspection or grade, "previously", "... years ago", or names a year two or more before the document's own.
EARLIER = re.compile(
    r"\b(?:previous|last|earlier|prior|former)\s+(?:\w+\s+){0,2}?(?:inspection|judgement|rating|grade|visit)s?\b|"
    r"\bpreviously\b|\byears?\s+ago\b|\bat\s+the\s+time\b", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Another service's inspection: a school, a children's home, a fostering agency, youth justice, health, the local area
# for special educational needs, named before the verb or as the thing judged. Such a sentence gives no "overall
# effectiveness" (its "overall" is that service's).
OTHER_SERVICE = re.compile(
    r"\b(?:schools?|academ(?:y|ies)|colleges?|nurser(?:y|ies)|children'?s\s+homes?|residential|fostering|"
    r"youth\s+(?:justice|offending)|special\s+educational|health|hospital|police|cqc)\b", re.IGNORECASE)
# The areas a framework grades, in the minutes' common names (see `MINUTES_AREAS`), for "as had each of the separate
# judgements": SIF (2013-2017), ILACS with children in care and care leavers one judgement (2018-2022), apart (2023-).
EVERY_AREA = {
    "SIF": ["help and protection", "children in care", "adoption performance", "care leavers", "impact of leaders"],
    "ILACS to 2022": ["impact of leaders", "help and protection", "children in care"],
    "ILACS from 2023": ["impact of leaders", "help and protection", "children in care", "care leavers"],
}


def _year(date: str | None) -> int | None:
    """The year of a document's date (YYYY[-MM[-DD]]), None when it has none."""
    return int(str(date)[:4]) if date and str(date)[:4].isdigit() else None


def graded_framework(text: str, date: str | None) -> str | None:
    """Which framework's areas a council document's "each of the separate judgements" are (`EVERY_AREA`): the
    framework's own area names in the text, else the document's year where the latest inspection can only be of
    one framework (a document of 2018 or 2023 may report an inspection of either side of the change: None)."""
    year = _year(date)
    if re.search(r"achieving\s+permanence|adoption\s+performance|leadership,?\s+management\s+and\s+governance",
                 text, re.IGNORECASE):
        return "SIF"
    ilacs = re.search(r"impact\s+of\s+leaders|experiences\s+and\s+progress", text, re.IGNORECASE)
    if year is None:
        return None
    if 2014 <= year <= 2017 and not ilacs:
        return "SIF"
    if 2019 <= year <= 2022:
        return "ILACS to 2022"
    if year >= 2024:
        return "ILACS from 2023"
    return None


def _sentence(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause before a match (from the sentence's start) and the rest of its sentence after it."""
    begin = max(text.rfind(".", 0, start), text.rfind(";", 0, start), text.rfind("\n\n", 0, start)) + 1
    return text[begin:start], text[end:end + 300].split(".")[0].split(";")[0]


def minutes_judgements(text: str, date: str | None = None) -> list[Found]:
    """Grades a council document states in sentences (see module doc and README "judgements.csv"); `date` (the
    document's, YYYY[-MM[-DD]]) tells an earlier inspection's year and the framework of "each of the judgements"."""
    found = []
    own_year, framework = _year(date), graded_framework(text, date)
    for match in MINUTES_GRADE.finditer(text):
        verb_at = match.start("area") + len(match.group("area"))
        before, after = _sentence(text, verb_at, match.end())
        clause = before + text[verb_at:match.end()] + after
        if NOT_STATED.search(before[-60:]) or EARLIER.search(clause) or (own_year and any(
                int(year) <= own_year - 2 for year in YEAR.findall(clause))):
            continue
        named = area_name(match.group("object") or "") or area_name(match.group("area"))
        # a subject of several areas ("children looked after and adoption were found to be ..."): each of them, the
        # subject read from the last grade before the verb on (an earlier clause's areas have their own grade)
        subject = match.group("object") or re.split(GRADE_WORDS, match.group("area"), flags=re.IGNORECASE)[-1]
        listed = area_names(subject) if re.search(r"\band\b|,", subject) else []
        other_service = OTHER_SERVICE.search(before + " " + (match.group("object") or ""))
        if named == "overall effectiveness" and other_service:
            named = None
        area = named or ("overall effectiveness" if match.group("tail") and not other_service else None)
        # the row starts where its sentence does (a finding holds it), not before
        start = max(match.start(), verb_at - len(before.lstrip(" \n\"“'‘")))
        if area:
            found.append((area, match.group("grade"), start, match.end()))
            if len(listed) > 1:
                found.extend((other, match.group("grade"), start, match.end()) for other in listed if other != area)
            if SAME_IN_EVERY_AREA.search(after) and framework:
                found.extend((other, match.group("grade"), start, match.end() + len(after))
                             for other in EVERY_AREA[framework] if other != area)
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
    r"(?:the\s+(?:previous|last)\s+(?:ofsted\s+)?|\ban?\s+follow[- ]up\s+)inspection\s+of\s+(?P<service>[^.]{5,160}?)"
    r"\s+(?:was\s+(?:published\s+|undertaken\s+)?|took\s+place\s+)in\s+(?P<month>[a-z]+)\s+(?P<year>(?:19|20)\d\d)\.\s+"
    r"(?:the\s+(?:local\s+authority|service)\s+was\s+judged\s+to\s+be|"
    r"ofsted\s+judged\s+that\s+services\s+were)\s+(?P<grade>outstanding|good|adequate|satisfactory|inadequate|"
    r"requires?\s+improvement(?:\s+to\s+be\s+good)?)(?P<both>\s+for\s+both\s+services)?\s*\.", re.IGNORECASE)
# The same in one sentence, of a service of the authority's own: "The local authority's fostering service was
# inspected in July 2012 and was judged to be good."
SERVICE_INSPECTED = re.compile(
    r"the\s+local\s+authority[’']s\s+(?P<service>[^.]{3,60}?)\s+(?:was|were)\s+inspected\s+in\s+(?P<month>[a-z]+)\s+"
    r"(?P<year>(?:19|20)\d\d)\s+and\s+(?:was|were)\s+judged\s+to\s+be\s+(?P<grade>outstanding|good|adequate|"
    r"satisfactory|inadequate|requires?\s+improvement(?:\s+to\s+be\s+good)?)\s*\.", re.IGNORECASE)
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


# A re-inspection's list of the earlier inspection's grades: a lead-in naming that inspection's month ("The last
# inspection report for the local authority's children's services was published in July 2015. The judgements for the
# local authority were:"), then one "area: grade" line per area, a bullet before it, a grade that may wrap ("Requires
# improvement to" / "be good").
PREVIOUS_LIST = re.compile(
    r"the\s+(?:previous|last)\s+(?:ofsted\s+)?inspection(?:\s+report)?\s+(?:of|for)\s+[^.]{3,160}?\s+was\s+"
    r"(?:published\s+|undertaken\s+)?in\s+(?P<month>[a-z]+)\s+(?P<year>(?:19|20)\d\d)\.\s+(?:the\s+)?judgements?\s+"
    r"(?:for\s+[^.:]{3,80}?\s+)?(?:were|was)\s*:", re.IGNORECASE)
LIST_LINE = re.compile(rf"^[^a-z0-9]*(?P<label>[a-z][^:]{{3,100}}):\s*(?P<grade>{GRADE_WORDS}(?:\s+to(?:\s+be)?)?)"
                       rf"\s*\.?\s*$", re.IGNORECASE)
COMBINED = "safeguarding and looked after children"


def _listed_previous(text: str) -> list[tuple[str, str, str, int, int]]:
    """The grades a lead-in's list names (`PREVIOUS_LIST`): (SIF area, grade text, YYYY-MM, start, end) per line
    whose area is read; the list ends at the first line that is neither an "area: grade" line nor a wrapped grade."""
    found = []
    for lead in PREVIOUS_LIST.finditer(text):
        month = MONTHS.get(lead.group("month").lower())
        if not month:
            continue
        offset = lead.end()
        lines = text[offset:offset + 2000].split("\n")
        position, wrapped_line = offset + len(lines[0]) + 1, 0
        for number, line in enumerate(lines[1:], start=1):
            row = LIST_LINE.match(line.strip())
            if number == wrapped_line:
                position += len(line) + 1
                continue
            if not row:
                if line.strip():
                    break
                position += len(line) + 1
                continue
            grade, end = row.group("grade"), position + len(line)
            if re.search(r"\b(?:to|to\s+be|requires?)$", grade, re.IGNORECASE) and number + 1 < len(lines):
                wrapped = lines[number + 1].strip().rstrip(".")  # the grade's end on the next line
                if re.fullmatch(r"(?:to\s+)?(?:be\s+)?good", wrapped, re.IGNORECASE):
                    grade, end = f"{grade} {wrapped}", end + 1 + len(lines[number + 1])
                    wrapped_line = number + 1
            label = row.group("label")
            area = "overall effectiveness" if re.search(r"overall\s+effectiveness", label, re.I) else sif_area(label)
            if area:
                found.append((area, " ".join(grade.split()), f"{lead.group('year')}-{month:02d}", position, end))
            position += len(line) + 1
    return found


def previous_judgements(text: str) -> list[tuple[str, str, str, int, int]]:
    """An earlier inspection's grades as a SIF report lists them (see module doc): (area, grade text, YYYY-MM,
    start, end), from each sentence pair whose service and month are read and each list (`PREVIOUS_LIST`); others are
    left out, never guessed. One row per (inspection, area): an inspection's combined "safeguarding and looked after
    children" grade ("judged to be good for both services") is left out where the same inspection's separate
    safeguarding and looked after children grades are read (the same grades said twice)."""
    found = []
    matches = sorted([*PREVIOUS_GRADE.finditer(text), *SERVICE_INSPECTED.finditer(text)], key=lambda m: m.start())
    for match in matches:
        service = " ".join(match.group("service").split())
        month = MONTHS.get(match.group("month").lower())
        area = next((name for name, cue in PREVIOUS_SERVICES if re.search(cue, service, re.IGNORECASE)), None)
        if area and month:
            found.append((area, " ".join(match.group("grade").split()), f"{match.group('year')}-{month:02d}",
                          match.start(), match.end()))
    found += _listed_previous(text)
    separate = {month for area, _, month, _, _ in found if area == "safeguarding"} & {
        month for area, _, month, _, _ in found if area == "looked after children"}
    kept, seen = [], set()
    for row in found:
        area, month = row[0], row[2]
        if (area == COMBINED and month in separate) or (area, month) in seen:
            continue
        seen.add((area, month))
        kept.append(row)
    return kept
