"""The graded judgements of the tracker's reports (judgements table, pipeline.judgements): the one-line summary in
report_grade / next_grade, and the grade of the area a next-report finding sits in."""

from __future__ import annotations

import pandas as pd

from pipeline.tracker.words import content_words


def grade_summary(judgements: pd.DataFrame | None, doc_id: str | None) -> str:
    """One line of a report's graded judgements (judgements table: doc_id, area, grade_text)."""
    if judgements is None or not doc_id or judgements.empty:
        return ""
    own = judgements[judgements["doc_id"] == doc_id].drop_duplicates("area")
    overall = own[own["area"].astype(str).str.startswith("overall effectiveness")]
    chosen = overall if len(overall) else own
    return "; ".join(f"{area}: {grade}" for area, grade in zip(chosen["area"], chosen["grade_text"]))


def area_grades(judgements: pd.DataFrame | None, doc_id: str | None
                ) -> tuple[list[tuple[frozenset[str], int]], int | None]:
    """A report's graded judgements (judgements table) -> ([(the area's words, grade 1-4)], overall grade or None)."""
    if judgements is None or not doc_id or judgements.empty:
        return [], None
    own = judgements[judgements["doc_id"] == doc_id]
    areas, overall = [], None
    for area, grade in zip(own["area"].astype(str), pd.to_numeric(own["grade"], errors="coerce")):
        if grade != grade:
            continue
        if area.startswith("overall effectiveness"):
            overall = max(overall or 0, int(grade))
        elif content_words(area):
            areas.append((content_words(area), int(grade)))
    return areas, overall


def section_grade(section: str, areas: list[tuple[frozenset[str], int]], overall: int | None) -> int | None:
    """The grade of the judged area whose words the section heading has ("The experiences and progress of children
    in care and care leavers" -> "children in care and care leavers"; the most specific, the lower when tied), else
    the overall grade (summaries, "What needs to improve")."""
    words = content_words(section)
    fits = [(len(area), grade) for area, grade in areas if area <= words]
    if not fits:
        return overall
    most = max(n for n, _ in fits)
    return max(grade for n, grade in fits if n == most)
