"""What an authority's council documents said after each inspection report, by theme: the numbers the report's
Inspections view shows under each cell when "what the council's documents said after each report" is ticked.

council_after_inspections.csv, one row per inspection report (inspections.csv) and theme that the authority's
inspections (trends.csv) or its council documents after them raise, zeros included:
    authority, inspection_no, doc_id, published (the report's, as inspections.csv), next_published (the
    authority's next inspection's; "" for its latest), council_documents (the authority's council documents dated
    from this report's publication to the next one's), theme_id, theme_label, council_findings (their countable
    findings in the theme: repeats and stock text not counted, every kind and voice; in codebook mode a finding
    under each of its codes)
A council document (committee minutes, scrutiny report, motion) falls in the period of the latest report it is
dated on or after, and before the next report; dates are compared on the characters both have (as the matrices'
periods), so a document dated "2019" alone counts from a report of 2019-05-08 and is not before a next report of
2019. Undated documents fall in none.
"""

from __future__ import annotations

import pandas as pd

from pipeline.matrix import finding_rows
from pipeline.schema import COUNCIL_DOC_TYPES
from pipeline.views import not_before

COUNCIL_AFTER = "council_after_inspections"
COUNCIL_AFTER_COLUMNS = ["authority", "inspection_no", "doc_id", "published", "next_published", "council_documents",
                         "theme_id", "theme_label", "council_findings"]


def inspection_periods(inspections: pd.DataFrame) -> pd.DataFrame:
    """inspections.csv's rows (authority, inspection_no, doc_id, published) with next_published: the published date
    of the authority's next inspection ("" for its latest)."""
    table = inspections[["authority", "inspection_no", "doc_id", "published"]].copy()
    table["inspection_no"] = table["inspection_no"].astype(int)
    table["published"] = table["published"].fillna("").astype(str)
    table = table.sort_values(["authority", "inspection_no"], kind="stable").reset_index(drop=True)
    table["next_published"] = table.groupby("authority")["published"].shift(-1).fillna("")
    return table


def place_documents(documents: pd.DataFrame, periods: pd.DataFrame) -> dict[str, int]:
    """doc_id -> the row of `periods` each dated council document of an authority falls in (module docstring)."""
    placed = {}
    council = documents[documents["doc_type"].astype(str).isin(COUNCIL_DOC_TYPES)]
    by_authority = {name: rows for name, rows in periods.groupby("authority", sort=False)}
    for doc in council[["doc_id", "authority", "date"]].astype(str).itertuples(index=False):
        rows = by_authority.get(doc.authority)
        if rows is None or not doc.date or doc.date == "nan":
            continue
        for index, start, end in zip(rows.index, rows["published"], rows["next_published"]):
            if start and not_before(doc.date, start) and (not end or not not_before(doc.date, end)):
                placed[doc.doc_id] = index
    return placed


def council_after(council_findings: pd.DataFrame, documents: pd.DataFrame, inspections: pd.DataFrame,
                  trends: pd.DataFrame) -> pd.DataFrame:
    """council_after_inspections.csv (module docstring). council_findings: the countable findings of council
    documents (views.select with views.COUNCIL; a row per code in codebook mode); documents: documents.csv (doc_id,
    authority, doc_type, date); inspections, trends: the headline view's inspections.csv and trends.csv."""
    if inspections.empty:
        return pd.DataFrame(columns=COUNCIL_AFTER_COLUMNS)
    periods = inspection_periods(inspections)
    placed = place_documents(documents, periods)
    found = council_findings.assign(doc_id=council_findings["doc_id"].astype(str))
    found = found[found["doc_id"].isin(placed)]
    found = found.assign(period=found["doc_id"].map(placed), theme_id=found["theme_id"].astype(int))
    counts = found.groupby(["period", "theme_id"]).size()
    n_documents = pd.Series(list(placed.values()), dtype="int64").value_counts()
    labels = dict(zip(trends["theme_id"].astype(int), trends["theme_label"].astype(str)))
    labels.update(zip(found["theme_id"], found["theme_label"].astype(str)))
    raised = {name: set(rows["theme_id"].astype(int)) for name, rows in trends.groupby("authority")}
    for period, theme in counts.index:
        raised.setdefault(periods.at[period, "authority"], set()).add(int(theme))
    rows = []
    for index, period in periods.iterrows():
        for theme in sorted(raised.get(period["authority"], ())):
            rows.append({**period.to_dict(), "council_documents": int(n_documents.get(index, 0)),
                         "theme_id": theme, "theme_label": labels.get(theme, ""),
                         "council_findings": int(counts.get((index, theme), 0))})
    return pd.DataFrame(rows, columns=COUNCIL_AFTER_COLUMNS)


def counted_in_periods(council_findings: pd.DataFrame, documents: pd.DataFrame,
                       inspections: pd.DataFrame) -> tuple[int, int]:
    """(findings, documents) of the council that fall in any inspection's period: matrix_views.csv's n_findings and
    n_documents of council_after_inspections.csv (findings counted once whatever their codes)."""
    if inspections.empty:
        return 0, 0
    placed = place_documents(documents, inspection_periods(inspections))
    own = finding_rows(council_findings)
    return int(own["doc_id"].astype(str).isin(placed).sum()), len(placed)
