"""The theme tables, built in one place: themes.csv, broad_themes.csv and the theme columns of findings.

themes: THEME_COLUMNS (optionally split_from, source), one row per sub-theme. broad: BROAD_COLUMNS, one row per
broad theme. assignment: ASSIGNMENT_COLUMNS, one row per finding in input order.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.schema import (ASSIGNMENT_COLUMNS, BROAD_COLUMNS, CODE_COLUMNS, CODER,  # noqa: F401
                             FIELD_SEEDS, FINDING_THEME_COLUMNS, THEME_COLUMNS, TOPIC_WORDS)


@dataclass(frozen=True)
class ThemeResult:
    """assignment: ASSIGNMENT_COLUMNS. themes: THEME_COLUMNS (optionally split_from, source). centroids:
    (n_ids, dim) float32, row i = theme_id i (rows of themes merged away or split stay, so ids never shift).
    broad: BROAD_COLUMNS. codes (codebook mode only): CODE_COLUMNS, up to MAX_CODES rows per finding.
    topic_words: the `pipeline.themes.lexical.TopicWords` the themes were assigned with (its `centres`: the
    themes' centres in the joined space, row i = theme i), or None when they were assigned in the embedding.
    coder (codebook mode only): the `pipeline.themes.codebook.CodebookCoder` that gave the codes.
    field_seeds: the `pipeline.themes.field.FieldSeeds` that gave the field themes (theme ids 0..f-1), or None."""

    assignment: pd.DataFrame
    themes: pd.DataFrame
    centroids: np.ndarray
    broad: pd.DataFrame
    codes: pd.DataFrame | None = None
    topic_words: object | None = None
    coder: object | None = None
    field_seeds: object | None = None

    def save_fitted_parts(self, folder: Path) -> None:
        """The topic words, the coder and the field seeds, each in `folder` (TOPIC_WORDS, CODER, FIELD_SEEDS: what
        `apply` needs to assign and code as this fit did), or a stale file of one removed when this result has none."""
        for part, name in ((self.topic_words, TOPIC_WORDS), (self.coder, CODER), (self.field_seeds, FIELD_SEEDS)):
            path = Path(folder) / name
            if part is not None:
                part.save(path)
            elif path.exists():
                path.unlink()


def theme_table(rows: pd.DataFrame | list[dict], theme_of: np.ndarray, authority: np.ndarray | None = None,
                extra: tuple[str, ...] = ()) -> pd.DataFrame:
    """The themes table: `rows` give each theme's theme_id, label, keywords, exemplars, parent_theme_id and
    parent_label (and the `extra` columns); size (and, when `authority` is given, n_authorities) are counted from
    `theme_of`, the theme id of each finding (row i of `authority`). Without `authority`, n_authorities is kept."""
    table = pd.DataFrame(rows).reset_index(drop=True)
    theme_of = np.asarray(theme_of)
    table["size"] = table["theme_id"].map(pd.Series(theme_of).value_counts()).fillna(0).astype(int)
    if authority is not None:
        counts = pd.Series(np.asarray(authority)).groupby(theme_of).nunique()
        table["n_authorities"] = table["theme_id"].map(counts).fillna(0).astype(int)
    extra = tuple(c for c in table.columns if c in extra or c in ("split_from", "source"))
    return table[[c for c in THEME_COLUMNS if c in table.columns] + [c for c in extra if c not in THEME_COLUMNS]]


def broad_table(themes: pd.DataFrame, named: pd.DataFrame | None = None) -> pd.DataFrame:
    """broad_themes.csv from the themes table: one row per parent_theme_id, its size the sum of its themes'
    sizes; label and keywords from `named` (theme_id, label, keywords) when given, else the themes' parent_label
    and no keywords."""
    if "parent_theme_id" not in themes.columns:
        return pd.DataFrame(columns=BROAD_COLUMNS)
    broad = (themes.groupby(["parent_theme_id", "parent_label"], as_index=False)["size"].sum()
             .rename(columns={"parent_theme_id": "theme_id", "parent_label": "label"}).assign(keywords=""))
    if named is not None:
        named = named.set_index("theme_id")
        broad["label"] = broad["theme_id"].map(named["label"])
        broad["keywords"] = broad["theme_id"].map(named["keywords"])
    return broad[BROAD_COLUMNS]


def assignment_table(finding_ids, theme_of: np.ndarray, confidence: np.ndarray, parent_of: np.ndarray
                     ) -> pd.DataFrame:
    """ASSIGNMENT_COLUMNS, one row per finding."""
    return pd.DataFrame({"finding_id": np.asarray(finding_ids), "theme_id": theme_of,
                         "theme_confidence": confidence, "parent_theme_id": parent_of})


def attach_themes(findings: pd.DataFrame, result: ThemeResult) -> pd.DataFrame:
    """A new findings table with theme_id, theme_label, theme_confidence, parent_theme_id, parent_theme_label."""
    named = result.themes.set_index("theme_id")
    out = findings.drop(columns=[c for c in FINDING_THEME_COLUMNS if c in findings.columns])
    out = out.assign(
        theme_id=result.assignment["theme_id"].to_numpy(),
        theme_confidence=result.assignment["theme_confidence"].to_numpy(),
        parent_theme_id=result.assignment["parent_theme_id"].to_numpy(),
    )
    out["theme_label"] = out["theme_id"].map(named["label"])
    out["parent_theme_label"] = out["theme_id"].map(named["parent_label"])
    return out
