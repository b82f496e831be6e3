"""Which documents a recommendation is followed up in: a council document (any doc_type but inspection_report)
answers the most recent inspection report of its authority dated on or before it (a year-only date such as "2019"
counts as its last day, so minutes dated "2019" answer a report of May 2019); the next inspection of a report is
the authority's first inspection report dated after it."""

from __future__ import annotations

import re

import pandas as pd


def date_range(value) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """"2019-05-08" -> that day twice; "2019-05" -> its first and last day; "2019" -> 1 Jan and 31 Dec; else None."""
    text = str(value or "").strip()
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text[:10])
    if not match:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        if day:
            day_ = pd.Timestamp(int(year), int(month), int(day))
            return day_, day_
        if month:
            first = pd.Timestamp(int(year), int(month), 1)
            return first, first + pd.offsets.MonthEnd(0)
        return pd.Timestamp(int(year), 1, 1), pd.Timestamp(int(year), 12, 31)
    except ValueError:
        return None


def windows(documents: pd.DataFrame) -> tuple[dict[str, list[str]], dict[str, str | None]]:
    """(report doc_id -> council doc_ids answering it, report doc_id -> next report's doc_id or None)."""
    answers: dict[str, list[str]] = {}
    following: dict[str, str | None] = {}
    for _, docs in documents.groupby("authority", sort=True):
        dated = [(row["doc_id"], row["doc_type"], date_range(row["date"])) for row in docs.to_dict("records")]
        reports = sorted((span[0], doc_id) for doc_id, kind, span in dated if kind == "inspection_report" and span)
        for i, (_, doc_id) in enumerate(reports):
            answers[doc_id] = []
            following[doc_id] = reports[i + 1][1] if i + 1 < len(reports) else None
        for doc_id, kind, span in dated:
            if kind == "inspection_report" or not span:
                continue
            before = [rid for start, rid in reports if start <= span[1]]
            if before:
                answers[before[-1]].append(doc_id)
    return answers, following
