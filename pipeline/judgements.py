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
    minutes and other council documents (`framework` = "minutes" or the document type): sentences such as "found to
        be 'inadequate' overall", "had been judged to require improvement to be good, as had each of the separate
        judgements" (see pipeline.prose_grades)
Only a report's own judgements are read, from its judgement table and headline sentences: prose that happens to end
in "good" is not. A previous inspection's grades are never taken as the report's own: where a SIF report lists them
in its fixed form ("The previous inspection of the local authority's services for looked after children was in May
2012. The local authority was judged to be adequate.") or a re-inspection lists them under a lead-in naming that
inspection ("... was published in July 2015. The judgements for the local authority were:" / "Overall effectiveness:
Inadequate"), each becomes a row of its own with `previous` = that inspection's month (YYYY-MM) and the service (or the
listed SIF area) as `area`, one row per (inspection, area); other reports quote them in free prose ("Since the last
inspection in 2019, when ...", ILACS), which is not read (see `previous_judgements`). Focused visits, monitoring visits
and joint targeted area inspections grade nothing: their letters give no rows (`visit_type` names them).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from pipeline.frameworks import framework_of
from pipeline.prose_grades import minutes_judgements, previous_judgements
from pipeline.report_grades import READERS, grade_number
from pipeline.schema import JUDGEMENT_COLUMNS, OFSTED_TYPES


def own_judgements(judgements: pd.DataFrame | None) -> pd.DataFrame | None:
    """The rows that grade each document's own inspection: rows quoting a previous inspection's grade left out."""
    if judgements is None or "previous" not in judgements:
        return judgements
    marked = judgements["previous"].fillna("").astype(str).str.strip().str.lower()
    return judgements[marked.isin({"", "false", "0", "no", "nan"})]


def document_judgements(doc: dict) -> list[dict]:
    """Judgements of one document (a documents row as a dict: doc_id, authority, date, doc_type, text),
    finding_id left "" (see `with_findings`); the first statement of each area counts."""
    text, doc_type = doc["text"], doc["doc_type"]
    framework = framework_of(text, doc_type)
    if framework in READERS:
        found = READERS[framework](text)
    elif doc_type == "committee_minutes" or doc_type not in OFSTED_TYPES:
        found = minutes_judgements(text, doc.get("date"))
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
