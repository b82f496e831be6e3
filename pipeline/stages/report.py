"""Report stage: the run folder's tables -> report.html, workbook.xlsx, project.qdpx (pipeline.report)."""

from __future__ import annotations

from pathlib import Path

from pipeline import schema
from pipeline.report import build_report
from pipeline.stages.context import RunContext

READS = (schema.FINDINGS_FILE, f"{schema.DOCUMENTS}.parquet", f"{schema.THEMES}.csv", f"{schema.COMPARISON}.csv")
WRITES = schema.REPORT_FILES


def run(ctx: RunContext, previous: Path | None = None) -> dict[str, Path]:
    """previous: the run folder this one replaces, whose unchanged workbook and QDA project are taken over."""
    with ctx.timed("report"):
        return build_report(ctx.run_dir, previous=previous)
