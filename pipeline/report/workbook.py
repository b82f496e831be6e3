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


def _format(sheet, table: pd.DataFrame) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet.freeze_panes = "B2" if table.columns[0] in ("theme", "finding_id") else "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, column in enumerate(table.columns, start=1):
        values = table[column].astype(str)
        longest = max([len(str(column))] + values.str.len().head(2000).tolist())
        width = min(MAX_WIDTH, max(8, longest + 2))
        sheet.column_dimensions[get_column_letter(index)].width = width
        if longest > MAX_WIDTH:
            for row in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                row[0].alignment = Alignment(wrap_text=True, vertical="top")


def write_workbook(run_dir: Path) -> Path:
    """Write <run_dir>/workbook.xlsx through a temporary file; returns its path."""
    target = Path(run_dir) / "workbook.xlsx"
    tmp = target.with_name(".workbook.xlsx.tmp")
    with pd.ExcelWriter(tmp, engine="openpyxl") as writer:
        for name, table in _sheets(Path(run_dir)).items():
            table.to_excel(writer, sheet_name=name, index=False)
            _format(writer.sheets[name], table)
    tmp.replace(target)
    return target
