"""Matrix stage: coded findings -> the comparison tables of `pipeline.comparison_tables`: matrix_*.csv (counts,
document-weighted shares, concern and strength), comparison.csv, trends.csv, inspections.csv, ... for the
headline like-for-like view (what inspectors found in inspection reports), the council documents' view and all
findings; with restrictions (kind, voice, polarity, document type, framework, period), one view whose files are
suffixed with what it counts. matrix_views.csv says what every matrix file counts. Quotes a researcher rejected
(config.review_file, from report.html) are left out first. In codebook mode a finding counts under each of its
codes (pipeline/code_rows.py; a rejected quote leaves the matrices with all its codes). The tables are cached by
what they are computed from (the counted findings, documents, judgements, restrictions, method, seed and code), so a
warm rerun of an unchanged corpus reads them back instead of drawing every bootstrap again."""

from __future__ import annotations

import pandas as pd

from pipeline import schema
from pipeline.cache import code_digest, digest
from pipeline.code_rows import with_code_rows
from pipeline.code_files import code_of
from pipeline.comparison_tables import all_tables, requested_selection
from pipeline.council_after import COUNCIL_AFTER
from pipeline.errors import PipelineError
from pipeline.review import apply_review
from pipeline.matrix import finding_rows
from pipeline.runfolder import load_findings, need, read_record, record_source, themes_key, write_table
from pipeline.stages.context import RunContext

READS = (schema.FINDINGS_FILE, f"{schema.DOCUMENTS}.csv", f"{schema.JUDGEMENTS}.csv",
         f"{schema.FINDING_CODES}.csv", f"{schema.THEMES}.csv", schema.CODER)
WRITES = (schema.MATRICES, f"{schema.COMPARISON}.csv", f"{schema.COMPARISON_PAIRS}.csv", f"{schema.COMPARISON_PAIRS_BROAD}.csv",
          f"{schema.TRENDS}.csv", f"{schema.MATRIX_VIEWS}.csv",
          f"{schema.INSPECTIONS}.csv", f"{schema.INSPECTION_CHANGES}.csv", f"{schema.INSPECTION_CHANGES_BROAD}.csv",
          f"{schema.GRADE_THEMES}.csv",
          f"{schema.GRADE_POSITIONS}.csv", f"{COUNCIL_AFTER}.csv")
# The code the tables are computed by: comparison_tables.py with every module it imports (code_files.code_of).
MATRIX_CODE = ("comparison_tables.py",)


def run(ctx: RunContext, kinds=(), voices=(), polarities=(), doc_types=(), frameworks=(), date_from="", date_to="",
        method="welch") -> dict[str, pd.DataFrame]:
    """Write the tables; returns the matrices by file stem. method: the interval method of comparison.csv."""
    run_dir = ctx.run_dir
    with ctx.timed("matrix"):
        findings = apply_review(run_dir, load_findings(run_dir), ctx.config.review_file, ctx.say)
        findings = with_code_rows(run_dir, findings)  # codebook mode: a row more for each further code
        judgements_path = run_dir / f"{schema.JUDGEMENTS}.csv"
        judgements = pd.read_csv(judgements_path, dtype={"doc_id": str, "finding_id": str},
                                 keep_default_na=False) if judgements_path.exists() else None
        asked = any((kinds, voices, polarities, doc_types, frameworks, date_from, date_to))
        selection = requested_selection(kinds, voices, polarities, doc_types, frameworks, date_from,
                                        date_to) if asked else None
        documents = _with_date_from(run_dir, pd.read_csv(need(run_dir, f"{schema.DOCUMENTS}.csv", "ingest"), dtype=str,
                                                          keep_default_na=False))
        tables = _tables(ctx, findings, documents, judgements, selection, method)
        if len(tables) <= 1 and asked:
            raise PipelineError(f"no findings match {selection.describe()}; see findings.csv for the values present.")
        if len(tables) <= 1:  # a corpus of repeats only: the run goes on, and says why there are no matrices
            ctx.say("matrices: no findings left to count in any view (every finding repeats another or is stock "
                    "text, see duplicate_of and stock in findings.csv)")
        listing = tables.pop(schema.MATRIX_VIEWS)
        previous = run_dir / f"{schema.MATRIX_VIEWS}.csv"
        if previous.exists():  # other views written by earlier matrix commands stay listed
            kept = pd.read_csv(previous, keep_default_na=False)
            listing = pd.concat([kept[~kept["file"].isin(listing["file"])], listing], ignore_index=True)
        write_table(listing, run_dir, schema.MATRIX_VIEWS)
        for stem, table in tables.items():
            write_table(table, run_dir, stem, index=stem.startswith("matrix_"))
        if asked:
            ctx.say(f"{int(listing['n_findings'].iloc[-1])} of {len(finding_rows(findings))} findings counted in the "
                    f"files suffixed {selection.suffix()} ({selection.describe()})")
        else:  # the headline tables (comparison.csv, inspection_changes*.csv, ...) are of these themes now
            record_source(run_dir, "matrices", themes_key(run_dir))
    return {stem: table for stem, table in tables.items() if stem.startswith("matrix_")}


def _with_date_from(run_dir, documents: pd.DataFrame) -> pd.DataFrame:
    """documents with `date_from`: where each document's `date` came from, as run.json's inputs record it by file
    ("" for a file run.json does not list), so inspections.csv can say what its `published` rests on."""
    by_file = {entry.get("file"): entry.get("date_from", "") for entry in read_record(run_dir).get("inputs", [])
               if isinstance(entry, dict)}
    return documents.assign(date_from=documents["file"].map(by_file).fillna("") if "file" in documents else "")


def _tables(ctx: RunContext, findings: pd.DataFrame, documents: pd.DataFrame, judgements: pd.DataFrame | None,
            selection, method: str) -> dict[str, pd.DataFrame]:
    """all_tables, or what it gave before for the same inputs (with the notes it said then, said again)."""
    cache = ctx.cache("matrix")
    key = matrix_key(findings, documents, judgements, selection, method, ctx.config.seed)
    cached = cache.get(key)
    if cached is None:
        notes = []
        tables = all_tables(findings, documents, judgements, selection, method=method, seed=ctx.config.seed,
                            say=notes.append)
        cache.put(key, (tables, notes))
    else:
        tables, notes = cached
    for note in notes:
        ctx.say(note)
    return tables


def matrix_key(findings: pd.DataFrame, documents: pd.DataFrame, judgements: pd.DataFrame | None, selection,
               method: str, seed: int) -> str:
    """Cache key of the matrix stage: every column of the counted findings, documents and judgements, the
    restrictions, the interval method, the seed and the code."""
    frames = [pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes() + repr(list(frame.columns)).encode()
              if frame is not None else b"" for frame in (findings, documents, judgements)]
    return digest(*frames, repr(selection), method, str(seed), code_digest(code_of(MATRIX_CODE)))
