"""workbook.xlsx: a contents sheet, then findings, themes (in codebook mode each finding's codes), judgements, inspections (with their changes and trends,
the themes that go with each grade and where each inspection sits), the comparison, documents, recommendations and the tracker, then one sheet per matrix, ready to filter.

Excel allows sheet names of at most 31 characters, and the run folder's matrix files are named longer
("matrix_authority_broad_theme_share__council"): cut at 31, two of them would take one name and one sheet would be
lost. So each matrix sheet is named by a fixed abbreviation of its file name (`matrix_sheet_name`: "M auth broad
share (council)"), made unique if two ever meet, and the first sheet, "Contents", says which file each sheet holds.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.display import date_text
from pipeline.report.methods import TRACKER_PROGRESS, TRACKER_QUALITY
from pipeline.report.xlsx import write_xlsx

MAX_SHEET_NAME = 31
# Sheets whose first column names the row: it stays in view when scrolling right.
FIRST_COLUMNS = ("theme", "finding_id", "rec_id")
# The inspections, their change between inspections and their themes' shares (trends.csv) are there too: a reader
# following one council over its inspections finds in the workbook what the page's Inspections view shows, and its
# national context: which themes go with which grades (grade_themes.csv) and where each inspection sits
# (grade_positions.csv).
# In codebook mode, every code each finding was given with its similarity (finding_codes.csv) follows the themes:
# which findings a code took, and at what similarity, without the run folder.
TABLES = (("Findings", "findings"), ("Themes", "themes"), ("Finding codes", "finding_codes"), ("Broad themes", "broad_themes"),
          ("Judgements", "judgements"), ("Inspections", "inspections"), ("Inspection changes", "inspection_changes"),
          ("Trends", "trends"), ("Grade themes", "grade_themes"), ("Grade positions", "grade_positions"),
          ("Comparison", "comparison"), ("Authority pairs", "comparison_pairs"),
          ("Authority pairs (broad)", "comparison_pairs_broad"), ("Documents", "documents"),
          ("Recommendations", "recommendations"), ("Tracker", "tracker"))
# Words of matrix file names and their short forms in sheet names ("broad_theme" before "theme").
SHORT_WORDS = (("authority", "auth"), ("inspection", "insp"), ("document", "doc"), ("broad_theme", "broad"))
CONTENTS = "Contents"


def matrix_sheet_name(stem: str) -> str:
    """matrix_authority_broad_theme_share__council -> "M auth broad share (council)" (at most 31 characters)."""
    base, _, view = stem.removeprefix("matrix_").partition("__")
    for word, short in SHORT_WORDS:
        base = base.replace(word, short)
    name = "M " + base.replace("_", " ") + (f" ({view.replace('_', ' ')})" if view else "")
    return name if len(name) <= MAX_SHEET_NAME else name[:MAX_SHEET_NAME]


def _unique(name: str, taken: set[str]) -> str:
    """`name`, or `name` cut to leave room for " ~2", " ~3", ... when a sheet already has it (Excel ignores case)."""
    lowered = {t.lower() for t in taken}
    number = 2
    candidate = name
    while candidate.lower() in lowered:
        suffix = f" ~{number}"
        candidate = name[:MAX_SHEET_NAME - len(suffix)] + suffix
        number += 1
    return candidate


def sources(run_dir: Path) -> dict[str, Path]:
    """The CSV files of the run folder the workbook shows, by sheet name (in sheet order; Contents not included)."""
    found = {}
    for name, stem in TABLES:
        path = run_dir / f"{stem}.csv"
        if path.exists():
            found[name] = path
    for path in sorted(run_dir.glob("matrix_*.csv")):
        found[_unique(matrix_sheet_name(path.stem), set(found) | {CONTENTS})] = path
    return found


# What a reader must know before citing a sheet's numbers, in the Contents sheet beside it (README says the rest).
SHEET_NOTES = {
    "Findings": "one row per finding; text is the exact quote; rows with duplicate_of or stock set are not counted "
                "in the matrices",
    "Comparison": "documents are the sampling unit: share is the mean of the authority's documents' shares; cite a "
                  "difference only where distinctive is true or direction is over / under (the adjusted test); "
                  "direction_unadjusted and p_value are one cell at a time (leads), log_odds and z pool findings as if "
                  "independent (descriptive only)",
    "Inspections": "published_from says what published rests on (stated in the document, manifest, PDF made after "
                   "the inspection)",
    "Themes": "one row per sub-theme: label, size in findings, its broad theme (parent_theme_id, see Broad themes) "
              "and exemplar finding ids; read a theme's quotes (Findings, theme_id) before citing its label",
    "Finding codes": "codebook mode: every code a finding was given (up to three), with its similarity",
    "Broad themes": "one row per broad theme; its sub-themes are the Themes rows whose parent_theme_id is its theme_id",
    "Judgements": "each graded area as a report states it; rows with previous set are the report's account of an "
                  "earlier inspection, not its own grades",
    "Inspection changes": "each theme's share of an inspection's findings against the same authority's previous "
                          "inspection; comparison says when a change of framework or a part inspection makes the two "
                          "unlike",
    "Trends": "each theme's count and share of each inspection's findings, authority by authority over time",
    "Grade themes": "across the run's graded reports, the share of reports raising each theme as a concern by grade, "
                    "with intervals over reports (reports are the unit)",
    "Grade positions": "where each inspection's concern share on a theme sits among the run's graded reports",
    "Authority pairs": "two authorities side by side per theme, documents the unit; cite only rows where differs is "
                       "true (the adjusted test)",
    "Authority pairs (broad)": "as Authority pairs, by broad theme",
    "Documents": "one row per input file read; doc_id heads the columns of the 'M doc theme' sheets",
    "M views": "what each matrix sheet counts and of which findings (the same words as each sheet's note here)",
    "Recommendations": "every recommendation or area for improvement of every inspection report, rec_id R01, R02, ... "
                       "in the report's order",
    "Tracker": "a next-inspection status agreed with a reader's {status}: read its quotes before citing it; progress "
               "(response rows) is what the council's line says of the action - done, under way, planned, delayed "
               "or not started, none said - from its grammar, agreeing {progress} with one reader on documents it "
               "was not written on",
}


# Why a sheet can be empty in a run that went well, said in its Contents note when it is (README, comparison_pairs.csv).
EMPTY_NOTES = {
    "Authority pairs": "no pairs in this run: a pair needs two authorities with two or more documents each in the "
                       "view (a corpus of one report per authority has none)",
    "Authority pairs (broad)": "no pairs in this run, for the reason the Authority pairs note gives",
}


def _sheets(run_dir: Path) -> dict[str, pd.DataFrame]:
    paths = sources(run_dir)
    tables = {name: pd.read_csv(path, keep_default_na=False, dtype={"date": str}) for name, path in paths.items()}
    for table in tables.values():  # a document dated by its year alone says so, as in report.html
        if "date" in table.columns:
            table["date"] = table["date"].map(lambda value: date_text(value) if len(str(value).strip()) == 4 else value)
    files = [path.name for path in paths.values()]
    views = next((tables[name] for name, path in paths.items() if path.name == "matrix_views.csv"), None)
    said = _matrix_notes(views)
    contents = pd.DataFrame({"sheet": list(tables), "file": files,
                             "rows": [len(table) for table in tables.values()],
                             "columns": [len(table.columns) for table in tables.values()],
                             "note": [_empty(name, table) + (said.get(file) or SHEET_NOTES.get(name, "").format(
                                 status=TRACKER_QUALITY["status"], progress=TRACKER_PROGRESS["check"]))
                                      for (name, table), file in zip(tables.items(), files)]})
    return {CONTENTS: contents, **tables}


def _empty(name: str, table: pd.DataFrame) -> str:
    """The reason a sheet of no rows has none, with "; " after it, when EMPTY_NOTES knows one, else ""."""
    return f"{EMPTY_NOTES[name]}; " if name in EMPTY_NOTES and table.empty else ""


def _matrix_notes(views: pd.DataFrame | None) -> dict[str, str]:
    """matrix_views.csv's table (None when the run has none) -> matrix file name -> what its numbers count and of
    which findings, with what heads its columns of documents."""
    notes: dict[str, str] = {}
    if views is None:
        return notes
    for file, counts, selection in zip(views["file"], views["counts"], views["selection"]):
        note = f"{counts}; of the findings: {selection or 'all'}"
        if str(file).startswith("matrix_document_"):
            note += "; columns are doc_id (the Documents sheet gives each one's file)"
        notes[file] = note
    return notes


def write_workbook(run_dir: Path) -> Path:
    """Write <run_dir>/workbook.xlsx through a temporary file; returns its path."""
    target = Path(run_dir) / "workbook.xlsx"
    tmp = target.with_name(".workbook.xlsx.tmp")
    write_xlsx(tmp, _sheets(Path(run_dir)), freeze_first_column=lambda table: table.columns[:1].isin(FIRST_COLUMNS).any())
    tmp.replace(target)
    return target
