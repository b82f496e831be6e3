"""Which inspection framework a document's judgements belong to, and which Ofsted letters are visits that grade
nothing.

    framework_of(text, doc_type) -> "ILACS", "SIF", "looked after children 2012-2013", "child protection 2012-2013",
                                    "safeguarding and looked after children 2009-2012", a visit type, "minutes",
                                    another council document's doc_type, or "other" (see pipeline.judgements)
    visit_type(text)             -> focused_visit, monitoring_visit, joint_targeted_area_inspection or None
    scope_of(framework)          -> "whole service", the part of the service a framework inspected
                                    ("looked after children only", ...), or "" when the framework was not read

Read from the document's opening: its title line, the judgement areas a framework alone names, or its own words
for a visit letter. `ingest` uses `visit_type` to tell a visit letter from a full report.
"""

from __future__ import annotations

import re

from pipeline.schema import OFSTED_TYPES, VISIT_TYPES


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


# What an inspection covered when it covered part of a council's children's services: the 2012-2013 inspections
# looked at looked after children or at child protection alone, a visit at one area or the areas it follows up.
PART_SCOPES = {
    "looked after children 2012-2013": "looked after children only",
    "child protection 2012-2013": "child protection only",
    "focused_visit": "one area only (focused visit)",
    "monitoring_visit": "the areas followed up only (monitoring visit)",
    "joint_targeted_area_inspection": "one multi-agency theme only (joint targeted area inspection)",
}
# Frameworks whose reports judge the whole service (help and protection, children in care, leadership).
WHOLE_SERVICE = ("ILACS", "SIF", "safeguarding and looked after children 2009-2012")


def scope_of(framework: str) -> str:
    """What a report of `framework` inspected: "whole service", the part (PART_SCOPES), or "" when not read."""
    framework = str(framework or "")
    if framework in PART_SCOPES:
        return PART_SCOPES[framework]
    return "whole service" if framework in WHOLE_SERVICE else ""


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
    if doc_type not in OFSTED_TYPES:
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
