"""Comparison of authorities: which themes each raises more or less than the others, and change over time.

comparison.csv, one row per authority and theme:
    authority, theme_id, theme_label, count, n_findings, share, share_others,
    log_odds   weighted log-odds ratio of the theme in this authority against all others, with an informative
               Dirichlet prior from the whole corpus (Monroe, Colaresi and Quinn 2008): small counts shrink to 0
    z          log_odds divided by its standard error; |z| > 1.96 is unlikely by chance
    direction  over | under | similar
    present_in_all  the theme has findings in every authority
    distinctive     the theme has findings in this authority only, or is significantly over-represented here
trends.csv, one row per authority, year and theme: authority, year, theme_id, theme_label, count, share.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from pipeline.matrix import cross_counts
from pipeline.schema import COMPARISON_COLUMNS

Z_SIGNIFICANT = 1.96


def compare_authorities(findings: pd.DataFrame, prior_strength: float = 500.0) -> pd.DataFrame:
    """Weighted log-odds of every theme in every authority against the rest (see module docstring).

    findings: at least authority, theme_id, theme_label. prior_strength: total pseudo-count of the prior.
    """
    counts = cross_counts(findings["theme_id"], findings["authority"])
    labels = findings.drop_duplicates("theme_id").set_index("theme_id")["theme_label"]
    theme_labels = labels.reindex(counts.index).fillna("").to_numpy()
    table = counts.to_numpy().astype(float)
    alpha = prior_strength * table.sum(axis=1) / max(table.sum(), 1)  # prior follows the corpus shares
    alpha0 = alpha.sum()
    present_everywhere = (table > 0).all(axis=1)
    parts = []
    for column, authority in enumerate(counts.columns):
        mine = table[:, column]
        rest = table.sum(axis=1) - mine
        n_mine, n_rest = mine.sum(), rest.sum()
        log_odds = (np.log((mine + alpha) / (n_mine + alpha0 - mine - alpha))
                    - np.log((rest + alpha) / (n_rest + alpha0 - rest - alpha)))
        z = log_odds / np.sqrt(1.0 / (mine + alpha) + 1.0 / (rest + alpha))
        direction = np.where(z > Z_SIGNIFICANT, "over", np.where(z < -Z_SIGNIFICANT, "under", "similar"))
        parts.append(pd.DataFrame({
            "authority": authority, "theme_id": counts.index.astype(int), "theme_label": theme_labels,
            "count": mine.astype(int), "n_findings": int(n_mine),
            "share": np.round(mine / n_mine, 4) if n_mine else 0.0,
            "share_others": np.round(rest / n_rest, 4) if n_rest else 0.0,
            "log_odds": np.round(log_odds, 4), "z": np.round(z, 3), "direction": direction,
            "present_in_all": present_everywhere,
            "distinctive": ((mine > 0) & (rest == 0)) | (direction == "over"),
        }))
    if not parts:
        return pd.DataFrame(columns=COMPARISON_COLUMNS)
    return pd.concat(parts, ignore_index=True).sort_values(["authority", "z"], ascending=[True, False], kind="stable",
                                                           ignore_index=True)


def theme_trends(findings: pd.DataFrame) -> pd.DataFrame:
    """Share of each theme among an authority's findings, per year of its documents (years with no date left out)."""
    dated = findings.assign(year=findings["date"].astype(str).str[:4])
    dated = dated[dated["year"].str.fullmatch(r"\d{4}")]
    counts = dated.groupby(["authority", "year", "theme_id", "theme_label"]).size().rename("count").reset_index()
    totals = counts.groupby(["authority", "year"])["count"].transform("sum")
    return counts.assign(share=(counts["count"] / totals).round(4))
