"""Every table the matrix stage writes, per view of the findings (pipeline/views.py), keyed by file stem.

Default views (no restriction asked for):
    ""           like for like: inspectorate findings of inspection reports (everything, with a note, when the
                 run has none)
    "__council"  council documents (minutes, scrutiny reports, motions), all kinds and voices
    "__all"      every finding, pooled (what the matrices counted before views existed)
A restriction asked for (`matrix --doc-type --framework --from --to --kind --voice --polarity`) makes one view,
whose file names say what it counts; what it does not say stays like for like: kind finding, and voice
inspectorate in inspection reports unless a voice or a document type is given.

Per view: matrix_* (build_matrices), comparison, comparison_pairs and comparison_pairs_broad (two or more
authorities; pipeline/pairs.py), and, when the view has findings in
inspection reports, matrix_inspection_theme*, trends (by inspection), inspection_changes and, per broad theme,
inspection_changes_broad. The headline view
also writes inspections, and grade_themes / grade_positions when enough reports are graded; with the council view
beside it, council_after_inspections (pipeline/council_after.py: what the council's documents said after each
report, the numbers of report.html's Inspections view), listed in matrix_views.csv under the council view.
matrix_views.csv lists each matrix file: file, view, counts (what a cell holds), selection (in words), n_findings,
n_documents, and the selection as data: kinds, voices, polarities, doc_types, frameworks (JSON lists), date_from,
date_to (views.listed_fields).

In codebook mode (the findings carry a row per further code, pipeline/code_rows.py) every table counts a finding
under each of its codes, and `counts` says so: shares keep the document's findings as their base, so a document's
shares over codes can sum above 1.
"""

from __future__ import annotations

import pandas as pd

from pipeline.compare import compare_authorities
from pipeline.council_after import COUNCIL_AFTER, council_after, counted_in_periods
from pipeline.grade_themes import grade_themes
from pipeline.inspections import inspection_changes, inspection_matrices, inspection_trends, inspections_table
from pipeline.matrix import EXTRA_CODE, build_matrices, by_broad_theme, finding_rows
from pipeline.pairs import compare_broad_pairs, compare_pairs
from pipeline.views import COUNCIL, HEADLINE, INSPECTION_REPORT, Selection, documents_frame, listed_fields, select
from pipeline.schema import COMPARISON_PAIRS, COMPARISON_PAIRS_BROAD, INSPECTION_CHANGES_BROAD, VIEW_COLUMNS



def requested_selection(kinds=(), voices=(), polarities=(), doc_types=(), frameworks=(), date_from="",
                        date_to="") -> Selection:
    """The view a `matrix` command with restrictions asks for, like for like where it says nothing."""
    either = bool(voices or doc_types)  # a voice or a document type asked for sets both aside
    return Selection(kinds=tuple(kinds) or HEADLINE.kinds,
                     voices=tuple(voices) or (() if either else HEADLINE.voices),
                     polarities=tuple(polarities),
                     doc_types=tuple(doc_types) or (() if either else HEADLINE.doc_types),
                     frameworks=tuple(frameworks), date_from=date_from or "", date_to=date_to or "")


# What a codebook-mode file counts, after what it holds: a finding under each of its codes.
PER_CODE = "; a finding counts once under each of its codes (up to three)"
PER_CODE_SHARE = (PER_CODE + ", and the base is the document's findings, so a document's shares over codes can sum "
                  "above 1")
PER_BROAD = "; a finding counts once under each broad theme its codes fall in"
COUNCIL_AFTER_MEANING = ("council findings per inspection and theme, of the council documents dated from the report to "
                         "the next inspection (report.html's Inspections view)")


def _cell_meaning(stem: str, codes: bool = False) -> str:
    broad = codes and "broad_theme" in stem
    if stem.endswith("_share"):
        words = ("share of the inspection's findings" if "inspection" in stem
                 else "mean of the documents' shares (each document weighs the same)")
        return words + ((PER_BROAD + PER_CODE_SHARE[len(PER_CODE):]) if broad else PER_CODE_SHARE if codes else "")
    if stem.startswith("matrix_document"):
        return "finding counts per document" + (PER_CODE if codes else "")
    words = "finding counts" + (" (concern)" if "_concern" in stem else " (strength)" if "_strength" in stem else "")
    return words + (PER_BROAD if broad else PER_CODE if codes else "")


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
        tables[COMPARISON_PAIRS + suffix] = compare_pairs(chosen)
        if "parent_theme_id" in chosen.columns:
            tables[COMPARISON_PAIRS_BROAD + suffix] = compare_broad_pairs(chosen)
    if (chosen["doc_type"] == INSPECTION_REPORT).any():
        inspections = inspections_table(frame, judgements, chosen)
        inspections = inspections[inspections["doc_id"].isin(set(chosen["doc_id"].astype(str)))]
        tables.update({stem + suffix: t for stem, t in inspection_matrices(chosen, inspections).items()})
        trends = inspection_trends(chosen, inspections)
        tables["trends" + suffix] = trends
        tables["inspection_changes" + suffix] = inspection_changes(chosen, inspections, trends)
        if "parent_theme_id" in chosen.columns:
            tables[INSPECTION_CHANGES_BROAD + suffix] = inspection_changes(by_broad_theme(chosen), inspections)
        if headline:
            tables["inspections"] = inspections
            national = grade_themes(chosen, inspections, judgements)
            if national is not None:
                tables["grade_themes"], tables["grade_positions"] = national
    codes = EXTRA_CODE in chosen.columns
    listing = [{"file": f"{stem}.csv", "view": suffix.lstrip("_") or "headline",
                "counts": _cell_meaning(stem[:len(stem) - len(suffix)], codes),
                "selection": selection.describe(), "n_findings": len(finding_rows(chosen)),
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
        if view == COUNCIL and len(listings[-1]) and "inspections" in tables:
            council = select(findings, frame, COUNCIL)
            tables[COUNCIL_AFTER] = council_after(council, documents, tables["inspections"], tables["trends"])
            n_findings, n_documents = counted_in_periods(council, documents, tables["inspections"])
            listings.append(pd.DataFrame([{
                "file": f"{COUNCIL_AFTER}.csv", "view": "council", "counts": COUNCIL_AFTER_MEANING
                + (PER_CODE if EXTRA_CODE in council.columns else ""), "selection": COUNCIL.describe(),
                "n_findings": n_findings, "n_documents": n_documents, **listed_fields(COUNCIL)}], columns=VIEW_COLUMNS))
    tables["matrix_views"] = pd.concat(listings, ignore_index=True)
    return tables
