"""Codebook mode: a finding counted under every code it was given.

In codebook mode a finding has up to three codes (finding_codes.csv: finding_id, code, similarity, best first) and
its theme (theme_id) is the first. A researcher reads a code's count as the number of findings given the code, so
the matrix stage counts a table with a row per code: each finding's own row (its theme, as in findings.csv), then a
row more for each further code, with that code's theme, broad theme and similarity as theme_confidence, marked
matrix.EXTRA_CODE. The tables keep the document's findings as the base of every share (matrix.finding_rows), so a
document's shares over codes can sum above 1, and a broad theme counts a finding once (matrix.one_per_broad_theme).
Findings that fit no code keep their discovered theme, counted once, as in the default mode.

A code is placed by its theme in themes.csv: the codebook themes are ids 0..k-1 in the codebook's order (the order
of the run's codebook_coder.npz), else the codebook theme labelled with the code's name; a code whose theme an edit
merged away counts under the theme the finding's own row holds, once. The default mode (no finding_codes.csv, or
themes.csv without codebook themes) is left exactly as it was: no further rows and no EXTRA_CODE column.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from pipeline import schema
from pipeline.matrix import EXTRA_CODE


def code_themes(themes: pd.DataFrame, order: tuple[str, ...] = ()) -> dict[str, tuple[int, str, int, str]]:
    """code name -> (theme_id, label, parent_theme_id, parent_label) of the codebook's themes in themes.csv
    (columns theme_id, label, source, parent_theme_id, parent_label). order: the codes in the codebook's order
    (the run's coder), whose index is the code's theme_id."""
    if "source" not in themes.columns:
        return {}
    codebook = themes[themes["source"].astype(str) == "codebook"]
    rows = {int(row["theme_id"]): row for row in codebook.to_dict("records")}

    def placed(row) -> tuple[int, str, int, str]:
        parent = row.get("parent_theme_id", row["theme_id"])
        return (int(row["theme_id"]), str(row["label"]), int(parent),
                str(row.get("parent_label", row["label"])))

    found = {str(row["label"]): placed(row) for row in rows.values()}
    found.update({code: placed(rows[index]) for index, code in enumerate(order) if index in rows})
    return found


def further_codes(findings: pd.DataFrame, codes: pd.DataFrame, placed: dict) -> pd.DataFrame:
    """Each finding's codes other than its own theme: at (the finding's position in `findings`), theme_id,
    similarity, code; by position, best first. findings: finding_id, theme_id; placed: code_themes."""
    own = findings.reset_index(drop=True)
    position = pd.Series(np.arange(len(own)), index=own["finding_id"].astype(str))
    position = position[~position.index.duplicated()]
    given = codes.assign(finding_id=codes["finding_id"].astype(str), code=codes["code"].astype(str))
    given = given[given["finding_id"].isin(position.index) & given["code"].isin(placed)]
    at = given["finding_id"].map(position).to_numpy(dtype=np.int64)
    theme_of = {code: value[0] for code, value in placed.items()}
    theme = given["code"].map(theme_of).to_numpy(dtype=np.int64)
    extra = pd.DataFrame({"at": at, "theme_id": theme, "similarity": given["similarity"].astype(float).to_numpy(),
                          "code": given["code"].to_numpy()})
    extra = extra[extra["theme_id"].to_numpy() != own["theme_id"].astype(int).to_numpy()[at]]
    return extra.drop_duplicates(["at", "theme_id"]).sort_values("at", kind="stable").reset_index(drop=True)


def code_rows(findings: pd.DataFrame, codes: pd.DataFrame, themes: pd.DataFrame,
              order: tuple[str, ...] = ()) -> pd.DataFrame:
    """The findings with a row more for each further code (module docstring), own rows first within a finding, in
    the findings' order; EXTRA_CODE false on own rows. findings: FINDING_COLUMNS; codes: finding_codes.csv; themes:
    themes.csv. The findings unchanged (no EXTRA_CODE column) when the themes hold no codebook theme."""
    placed = code_themes(themes, order)
    if not placed:
        return findings
    own = findings.reset_index(drop=True)
    extra = further_codes(own, codes, placed)
    rows = own.iloc[extra["at"].to_numpy()].copy()
    rows["theme_id"] = extra["theme_id"].to_numpy()
    rows["theme_label"] = [placed[c][1] for c in extra["code"]]
    rows["parent_theme_id"] = [placed[c][2] for c in extra["code"]]
    rows["parent_theme_label"] = [placed[c][3] for c in extra["code"]]
    rows["theme_confidence"] = np.round(extra["similarity"].to_numpy(), 4)
    table = pd.concat([own.assign(**{EXTRA_CODE: False}), rows.assign(**{EXTRA_CODE: True})], ignore_index=True)
    first = np.concatenate([np.arange(len(own)), extra["at"].to_numpy()])
    return table.iloc[np.argsort(first, kind="stable")].reset_index(drop=True)


def run_code_order(run_dir: Path) -> tuple[str, ...]:
    """The codes in the codebook's order as the run's coder keeps them (codebook_coder.npz); () without one."""
    path = Path(run_dir) / schema.CODER
    if not path.exists():
        return ()
    with np.load(path, allow_pickle=False) as data:
        return tuple(str(code) for code in data["codes"]) if "codes" in data.files else ()


def _run_codes(run_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """(finding_codes.csv, themes.csv) of a run folder in codebook mode; None otherwise."""
    run_dir = Path(run_dir)
    codes_path = run_dir / f"{schema.FINDING_CODES}.csv"
    themes_path = run_dir / f"{schema.THEMES}.csv"
    if not codes_path.exists() or not themes_path.exists():
        return None
    themes = pd.read_csv(themes_path, keep_default_na=False)
    if "source" not in themes.columns:  # a later run without a codebook left an earlier run's codes behind
        return None
    return pd.read_csv(codes_path, dtype={"finding_id": str, "code": str}, keep_default_na=False), themes


def with_code_rows(run_dir: Path, findings: pd.DataFrame) -> pd.DataFrame:
    """code_rows of a run folder's findings in codebook mode (finding_codes.csv and codebook themes in
    themes.csv); the findings unchanged otherwise."""
    found = _run_codes(run_dir)
    return findings if found is None else code_rows(findings, *found, run_code_order(run_dir))


def run_further_codes(run_dir: Path, findings: pd.DataFrame) -> pd.DataFrame | None:
    """further_codes of a run folder's findings (finding_id, theme_id) in codebook mode; None otherwise."""
    found = _run_codes(run_dir)
    if found is None:
        return None
    placed = code_themes(found[1], run_code_order(run_dir))
    return further_codes(findings, found[0], placed) if placed else None
