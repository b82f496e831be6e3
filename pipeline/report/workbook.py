"""workbook.xlsx: one sheet per matrix, plus findings, themes, judgements and documents, ready to filter."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.report.xlsx import write_xlsx

# Sheets whose first column names the row: it stays in view when scrolling right.
FIRST_COLUMNS = ("theme", "finding_id", "rec_id")


def sources(run_dir: Path) -> dict[str, Path]:
    """The CSV files of the run folder the workbook shows, by sheet name (in sheet order)."""
    found = {}
    for name, stem in (("Findings", "findings"), ("Themes", "themes"), ("Broad themes", "broad_themes"),
                       ("Judgements", "judgements"), ("Comparison", "comparison"), ("Documents", "documents"),
                       ("Recommendations", "recommendations"), ("Tracker", "tracker")):
        path = run_dir / f"{stem}.csv"
        if path.exists():
            found[name] = path
    for path in sorted(run_dir.glob("matrix_*.csv")):
        # Sheet names are limited to 31 characters in Excel.
        found[path.stem.replace("matrix_", "M ")[:31]] = path
    return found


def _sheets(run_dir: Path) -> dict[str, pd.DataFrame]:
    return {name: pd.read_csv(path, keep_default_na=False) for name, path in sources(run_dir).items()}


def write_workbook(run_dir: Path) -> Path:
    """Write <run_dir>/workbook.xlsx through a temporary file; returns its path."""
    target = Path(run_dir) / "workbook.xlsx"
    tmp = target.with_name(".workbook.xlsx.tmp")
    write_xlsx(tmp, _sheets(Path(run_dir)), freeze_first_column=lambda table: table.columns[:1].isin(FIRST_COLUMNS).any())
    tmp.replace(target)
    return target
