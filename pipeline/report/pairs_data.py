"""The report's "Two authorities side by side" table: comparison_pairs.csv of the headline view (pipeline/pairs.py),
cut to what the page shows first for each pair: every theme that differs, every lead (interval clear of zero, not
called), and the largest differences besides (`first` 1); the other themes too (`first` 0, for "show every theme")
while the file has at most MAX_ALL_ROWS rows, so a corpus of 20 authorities does not embed 190 x 150 rows."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline import schema

LARGEST = 5  # themes of largest difference shown for a pair besides those that differ or lead
MAX_ALL_ROWS = 20_000  # up to this many rows in all, every theme of every pair is embedded ("show every theme")
ROW_COLUMNS = ["theme_id", "share", "share_other", "difference", "difference_low", "difference_high", "call",
               "evidence", "first"]


def _call(table: pd.DataFrame) -> pd.Series:
    """differs | lead | "" per row: a lead's 95% interval lies clear of zero but the adjusted test does not call it."""
    low = pd.to_numeric(table["difference_low"], errors="coerce")
    high = pd.to_numeric(table["difference_high"], errors="coerce")
    clear = ((low > 0) | (high < 0)).fillna(False)
    differs = table["differs"].astype(str).str.lower().isin(("true", "1"))
    return pd.Series(["differs" if d else "lead" if c else "" for d, c in zip(differs, clear)], index=table.index)


def pair_rows(run_dir: Path, theme_ids: list[int], broad: bool = False) -> dict:
    """{"file", "pairs": [{"authority", "other", "rows": [[ROW_COLUMNS...]]}], "columns"}; no pairs when the run
    has no comparison_pairs.csv or it is empty (no two authorities with two documents each). broad: the same from
    comparison_pairs_broad.csv, theme_ids then being broad theme ids."""
    name = f"{schema.COMPARISON_PAIRS_BROAD if broad else schema.COMPARISON_PAIRS}.csv"
    path = run_dir / name
    table = pd.read_csv(path, keep_default_na=False) if path.exists() else pd.DataFrame()
    if table.empty:
        return {"file": name if path.exists() else "", "pairs": [], "columns": ROW_COLUMNS}
    table = table[table["theme_id"].astype(int).isin(set(theme_ids))].copy()
    table["call"] = _call(table)
    magnitude = pd.to_numeric(table["difference"], errors="coerce").abs().fillna(0)
    every = len(table) <= MAX_ALL_ROWS
    pairs = []
    for (one, other), rows in table.assign(_size=magnitude).groupby(["authority", "other"], sort=True):
        ranked = rows.sort_values("_size", ascending=False, kind="stable")
        first = (ranked["call"] != "") | ranked.index.isin(ranked.index[:LARGEST])
        shown = ranked.assign(first=first.astype(int))
        if not every:
            shown = shown[first]
        values = []
        for row in shown[ROW_COLUMNS].to_dict("records"):
            values.append([int(row["theme_id"]), *(None if row[c] == "" else float(row[c]) for c in ROW_COLUMNS[1:6]),
                           row["call"], str(row["evidence"]), int(row["first"])])
        pairs.append({"authority": str(one), "other": str(other), "rows": values})
    return {"file": name, "pairs": pairs, "columns": ROW_COLUMNS, "every": every}
