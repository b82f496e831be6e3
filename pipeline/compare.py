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

Z_SIGNIFICANT = 1.96


def compare_authorities(findings: pd.DataFrame, prior_strength: float = 500.0) -> pd.DataFrame:
    """Weighted log-odds of every theme in every authority against the rest (see module docstring).

    findings: at least authority, theme_id, theme_label. prior_strength: total pseudo-count of the prior.
    """
    counts = pd.crosstab(findings["theme_id"], findings["authority"])
    labels = findings.drop_duplicates("theme_id").set_index("theme_id")["theme_label"]
    total = counts.to_numpy().sum()
    alpha = prior_strength * counts.sum(axis=1).to_numpy() / max(total, 1)  # prior follows the corpus shares
    alpha0 = alpha.sum()
    rows = []
    for authority in counts.columns:
        mine = counts[authority].to_numpy().astype(float)
        rest = counts.drop(columns=authority).sum(axis=1).to_numpy().astype(float)
        n_mine, n_rest = mine.sum(), rest.sum()
        log_odds = (np.log((mine + alpha) / (n_mine + alpha0 - mine - alpha))
                    - np.log((rest + alpha) / (n_rest + alpha0 - rest - alpha)))
        z = log_odds / np.sqrt(1.0 / (mine + alpha) + 1.0 / (rest + alpha))
        present_everywhere = (counts > 0).all(axis=1).to_numpy()
        only_here = (mine > 0) & (rest == 0)
        for i, theme_id in enumerate(counts.index):
            direction = "over" if z[i] > Z_SIGNIFICANT else "under" if z[i] < -Z_SIGNIFICANT else "similar"
            rows.append({
                "authority": authority, "theme_id": int(theme_id), "theme_label": labels.get(theme_id, ""),
                "count": int(mine[i]), "n_findings": int(n_mine),
                "share": round(mine[i] / n_mine, 4) if n_mine else 0.0,
                "share_others": round(rest[i] / n_rest, 4) if n_rest else 0.0,
                "log_odds": round(float(log_odds[i]), 4), "z": round(float(z[i]), 3), "direction": direction,
                "present_in_all": bool(present_everywhere[i]),
                "distinctive": bool(only_here[i] or direction == "over"),
            })
    return pd.DataFrame(rows).sort_values(["authority", "z"], ascending=[True, False], kind="stable",
                                          ignore_index=True)


def theme_trends(findings: pd.DataFrame) -> pd.DataFrame:
    """Share of each theme among an authority's findings, per year of its documents (years with no date left out)."""
    dated = findings.assign(year=findings["date"].astype(str).str[:4])
    dated = dated[dated["year"].str.fullmatch(r"\d{4}")]
    counts = dated.groupby(["authority", "year", "theme_id", "theme_label"]).size().rename("count").reset_index()
    totals = counts.groupby(["authority", "year"])["count"].transform("sum")
    return counts.assign(share=(counts["count"] / totals).round(4))
