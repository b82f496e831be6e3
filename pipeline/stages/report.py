"""Report stage: the run folder's tables -> report.html, workbook.xlsx, project.qdpx (pipeline.report)."""

from __future__ import annotations

from pathlib import Path

from pipeline import schema
from pipeline.report import build_report
from pipeline.errors import PipelineError
from pipeline.runfolder import stale_tables
from pipeline.stages.context import RunContext

# What each stage's stale tables are, for the message.
THEMED_NAMES = {"matrix": "matrices and comparisons (comparison*.csv, inspection_changes*.csv, trends.csv)",
                "track": "tracker (recommendations.csv, tracker.csv)"}

READS = (schema.FINDINGS_FILE, f"{schema.DOCUMENTS}.parquet", f"{schema.THEMES}.csv", f"{schema.COMPARISON}.csv")
WRITES = schema.REPORT_FILES


def run(ctx: RunContext, previous: Path | None = None) -> dict[str, Path]:
    """previous: the run folder this one replaces, whose unchanged workbook and QDA project are taken over. Refuses
    when the matrices or the tracker were made from other themes than themes.csv (`themes` redone after them): the
    page would put the new themes' names on the old figures."""
    stale = stale_tables(ctx.run_dir)
    if stale:
        raise PipelineError(
            f"{ctx.run_dir}: the {' and '.join(THEMED_NAMES[s] for s in stale)} were made from earlier themes than "
            f"themes.csv, and the report would show their figures under the new themes' names: run "
            f"{' and '.join(f'`python -m pipeline {s} {ctx.run_dir}`' for s in stale)} first, then `report`.")
    with ctx.timed("report"):
        return build_report(ctx.run_dir, previous=previous)
