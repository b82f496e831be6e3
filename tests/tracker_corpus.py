"""What the tracker tests share: an inspection report's areas for improvement and one later minutes page of the same
council, as the findings and documents the tracker reads."""

from __future__ import annotations

import pandas as pd

from pipeline.schema import LEAD_IN


def report_and_minutes(report: str, minutes_lines: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """findings and documents of `report` (a heading, then "- " items) and one later minutes page of the same council
    holding `minutes_lines`."""
    minutes = "Ofsted\n\n" + "\n\n".join(minutes_lines) + "\n"
    rows = []
    for doc_id, doc_type, text, date, pieces, section in (
            ("rep1", "inspection_report", report, "2019-05-01", report.split("- ")[1:], "Areas for improvement"),
            ("min1", "committee_minutes", minutes, "2019-06", minutes_lines, "Ofsted")):
        for piece in pieces:
            piece = piece.strip()
            start = text.index(piece)
            rows.append({"finding_id": f"{doc_id}-{start}", "doc_id": doc_id, "file": f"{doc_id}.txt",
                         "authority": "Northshire", "doc_type": doc_type, "date": date, "section": section,
                         "para_ref": "", "start": start, "end": start + len(piece), "text": piece, LEAD_IN: "",
                         "kind": "finding", "polarity": "neutral"})
    documents = pd.DataFrame([{"doc_id": "rep1", "file": "rep1.txt", "authority": "Northshire",
                               "doc_type": "inspection_report", "date": "2019-05-01", "text": report},
                              {"doc_id": "min1", "file": "min1.txt", "authority": "Northshire",
                               "doc_type": "committee_minutes", "date": "2019-06", "text": minutes}])
    return pd.DataFrame(rows), documents
