"""Reports of a finished run folder: report.html (one self-contained page), workbook.xlsx, project.qdpx.

`build_report(run_dir)` reads only the run folder's tables, so it can be rerun without rerunning the stages.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.report.html import write_html
from pipeline.report.qdpx import write_qdpx
from pipeline.report.workbook import write_workbook


def build_report(run_dir: Path | str) -> dict[str, Path]:
    """Write report.html, workbook.xlsx and project.qdpx into `run_dir`; returns their paths by name."""
    run_dir = Path(run_dir)
    return {"report.html": write_html(run_dir), "workbook.xlsx": write_workbook(run_dir),
            "project.qdpx": write_qdpx(run_dir)}
