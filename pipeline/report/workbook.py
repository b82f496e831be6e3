"""workbook.xlsx: one sheet per matrix, plus findings, themes, judgements and documents, ready to filter."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

MAX_WIDTH = 80


def _sheets(run_dir: Path) -> dict[str, pd.DataFrame]:
    sheets = {}
    for name, stem in (("Findings", "findings"), ("Themes", "themes"), ("Broad themes", "broad_themes"),
                       ("Judgements", "judgements"), ("Comparison", "comparison"), ("Documents", "documents")):
        path = run_dir / f"{stem}.csv"
        if path.exists():
            sheets[name] = pd.read_csv(path, keep_default_na=False)
    for path in sorted(run_dir.glob("matrix_*.csv")):
        # Sheet names are limited to 31 characters in Excel.
        sheets[path.stem.replace("matrix_", "M ")[:31]] = pd.read_csv(path, keep_default_na=False)
    return sheets


def _format(workbook, sheet, table: pd.DataFrame) -> None:
    """Bold frozen header, filters, column widths from the first 2,000 values, long text wrapped."""
    sheet.freeze_panes(1, 1 if table.columns[0] in ("theme", "finding_id") else 0)
    sheet.autofilter(0, 0, max(len(table), 1), max(len(table.columns) - 1, 0))
    bold = workbook.add_format({"bold": True})
    wrapped = workbook.add_format({"text_wrap": True, "valign": "top"})
    for index, column in enumerate(table.columns):
        sheet.write(0, index, str(column), bold)
        longest = max([len(str(column))] + table[column].astype(str).str.len().head(2000).tolist())
        width = min(MAX_WIDTH, max(8, longest + 2))
        sheet.set_column(index, index, width, wrapped if longest > MAX_WIDTH else None)


def write_workbook(run_dir: Path) -> Path:
    """Write <run_dir>/workbook.xlsx through a temporary file; returns its path.

    Written with XlsxWriter, several times faster than openpyxl on a findings sheet of 100,000 rows."""
    target = Path(run_dir) / "workbook.xlsx"
    tmp = target.with_name(".workbook.xlsx.tmp")
    with pd.ExcelWriter(tmp, engine="xlsxwriter") as writer:
        for name, table in _sheets(Path(run_dir)).items():
            table.to_excel(writer, sheet_name=name, index=False)
            _format(writer.book, writer.sheets[name], table)
    tmp.replace(target)
    return target
