"""Every table the matrix stage writes, per view of the findings (pipeline/views.py), keyed by file stem.

Default views (no restriction asked for):
    ""           like for like: inspectorate findings of inspection reports (everything, with a note, when the
                 run has none)
    "__council"  council documents (minutes, scrutiny reports, motions), all kinds and voices
    "__all"      every finding, pooled (what the matrices counted before views existed)
A restriction asked for (`matrix --doc-type --framework --from --to --kind --voice --polarity`) makes one view,
whose file names say what it counts; what it does not say stays like for like: kind finding, and voice
inspectorate in inspection reports unless a voice or a document type is given.

Per view: matrix_* (build_matrices), comparison (two or more authorities), and, when the view has findings in
inspection reports, matrix_inspection_theme*, trends (by inspection) and inspection_changes. The headline view
also writes inspections, and grade_themes / grade_positions when enough reports are graded.
matrix_views.csv lists each matrix file: file, view, counts (what a cell holds), selection (in words), n_findings,
n_documents, and the selection as data: kinds, voices, polarities, doc_types, frameworks (JSON lists), date_from,
date_to (views.listed_fields).
"""

from __future__ import annotations

import pandas as pd

from pipeline.compare import compare_authorities
from pipeline.grade_themes import grade_themes
from pipeline.inspections import inspection_changes, inspection_matrices, inspection_trends, inspections_table
from pipeline.matrix import build_matrices
from pipeline.views import COUNCIL, HEADLINE, INSPECTION_REPORT, Selection, documents_frame, listed_fields, select
from pipeline.schema import VIEW_COLUMNS



def requested_selection(kinds=(), voices=(), polarities=(), doc_types=(), frameworks=(), date_from="",
                        date_to="") -> Selection:
    """The view a `matrix` command with restrictions asks for, like for like where it says nothing."""
    either = bool(voices or doc_types)  # a voice or a document type asked for sets both aside
    return Selection(kinds=tuple(kinds) or HEADLINE.kinds,
                     voices=tuple(voices) or (() if either else HEADLINE.voices),
                     polarities=tuple(polarities),
                     doc_types=tuple(doc_types) or (() if either else HEADLINE.doc_types),
                     frameworks=tuple(frameworks), date_from=date_from or "", date_to=date_to or "")


def _cell_meaning(stem: str) -> str:
    if stem.endswith("_share"):
        return ("share of the inspection's findings" if "inspection" in stem
                else "mean of the documents' shares (each document weighs the same)")
    if stem.startswith("matrix_document"):
        return "finding counts per document"
    return "finding counts" + (" (concern)" if "_concern" in stem else " (strength)" if "_strength" in stem else "")


def view_tables(findings: pd.DataFrame, frame: pd.DataFrame, judgements: pd.DataFrame, selection: Selection,
                headline: bool = False, method: str = "welch", seed: int = 0) -> dict[str, pd.DataFrame]:
    """The tables of one view, keyed by file stem (suffixed with the view's suffix)."""
    chosen = select(findings, frame, selection)
    if chosen.empty:
        return {}
    suffix = "" if headline else selection.suffix()
    tables = {stem + suffix: table for stem, table in build_matrices(chosen).items()}
    if chosen["authority"].nunique() > 1:
        tables["comparison" + suffix] = compare_authorities(chosen, method=method, seed=seed)
    if (chosen["doc_type"] == INSPECTION_REPORT).any():
        inspections = inspections_table(frame, judgements, chosen)
        inspections = inspections[inspections["doc_id"].isin(set(chosen["doc_id"].astype(str)))]
        tables.update({stem + suffix: t for stem, t in inspection_matrices(chosen, inspections).items()})
        trends = inspection_trends(chosen, inspections)
        tables["trends" + suffix] = trends
        tables["inspection_changes" + suffix] = inspection_changes(chosen, inspections, trends)
        if headline:
            tables["inspections"] = inspections
            national = grade_themes(chosen, inspections, judgements)
            if national is not None:
                tables["grade_themes"], tables["grade_positions"] = national
    listing = [{"file": f"{stem}.csv", "view": suffix.lstrip("_") or "headline",
                "counts": _cell_meaning(stem[:len(stem) - len(suffix)]),
                "selection": selection.describe(), "n_findings": len(chosen),
                "n_documents": chosen["doc_id"].nunique(), **listed_fields(selection)}
               for stem in tables if stem.startswith("matrix_")]
    tables["matrix_views"] = pd.DataFrame(listing, columns=VIEW_COLUMNS)
    return tables


def all_tables(findings: pd.DataFrame, documents: pd.DataFrame, judgements: pd.DataFrame | None,
               selection: Selection | None = None, method: str = "welch", seed: int = 0,
               say=print) -> dict[str, pd.DataFrame]:
    """Every table of the matrix stage (module docstring). selection None: the default views."""
    judgements = judgements if judgements is not None else pd.DataFrame()
    frame = documents_frame(documents, judgements)
    views = []
    if selection is not None:
        views.append((selection, False))
    else:
        like = select(findings, frame, HEADLINE)
        if like.empty:
            say("no inspectorate findings in inspection reports: the headline matrices count every finding")
            views.append((Selection(name="all"), True))
        else:
            views += [(HEADLINE, True), (COUNCIL, False), (Selection(name="all"), False)]
    tables, listings = {}, []
    for view, headline in views:
        part = view_tables(findings, frame, judgements, view, headline=headline, method=method, seed=seed)
        listings.append(part.pop("matrix_views", pd.DataFrame(columns=VIEW_COLUMNS)))
        tables.update(part)
    tables["matrix_views"] = pd.concat(listings, ignore_index=True)
    return tables
