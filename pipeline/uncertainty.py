"""Shares and their uncertainty with the document as the sampling unit.

Findings come in documents: one long report adds a hundred findings that share one author, one inspection and
one writing style, so they are not independent draws. Here every statistic is computed from a documents x
themes table of *document shares* (each row: the share of that document's findings in each theme, summing to
1), so each document weighs the same whatever its length, and the spread between documents is the noise.

Two interval methods over those document shares, both 95 %:
  welch      (default) the mean of an authority's document shares with a t interval (n - 1 degrees of freedom);
             the difference between the authority's mean and the mean of every other document with Welch's
             unequal-variance t interval (Welch-Satterthwaite degrees of freedom). With three to six documents
             per authority a t interval widens for the small sample where a bootstrap cannot: the percentile
             bootstrap of a mean of n documents is too narrow by about sqrt((n - 1) / n) and has only a handful
             of distinct resamples (10 for n = 3). benchmarks/comparison_false_positives.py measures both.
  bootstrap  resample documents with replacement within each authority (stratified, fixed seed), recompute
             the means, and take the 2.5th and 97.5th percentiles.
An authority with one document has no spread to measure: its intervals are NaN (never "excluding zero").
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats

LEVEL = 0.95
METHODS = ("welch", "bootstrap")
N_BOOTSTRAP = 2000


def document_shares(findings: pd.DataFrame, column: str = "theme_id") -> pd.DataFrame:
    """documents x values-of-`column` table of shares: each document's findings split over the values (rows sum
    to 1). findings: doc_id and `column`. Index doc_id (sorted), columns the sorted values."""
    counts = pd.crosstab(findings["doc_id"], findings[column])
    return counts.div(counts.sum(axis=1).replace(0, 1), axis=0)


def _t_halfwidth(sd: np.ndarray, n: int) -> np.ndarray:
    if n < 2:
        return np.full_like(sd, np.nan, dtype=float)
    return stats.t.ppf(0.5 + LEVEL / 2, n - 1) * sd / np.sqrt(n)


def mean_interval(shares: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per column of `shares` (documents x themes): mean, t-interval low and high, clipped to [0, 1]."""
    n = len(shares)
    mean = shares.mean(axis=0) if n else np.zeros(shares.shape[1])
    half = _t_halfwidth(shares.std(axis=0, ddof=1) if n > 1 else np.zeros(shares.shape[1]), n)
    return mean, np.clip(mean - half, 0, 1), np.clip(mean + half, 0, 1)


def welch_interval(mine: np.ndarray, rest: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per column: mean(mine) - mean(rest) and its Welch t interval (NaN when either side has < 2 documents).
    A column where both sides have no spread at all (e.g. the theme in no document) gets the point as its
    interval."""
    difference = mine.mean(axis=0) - rest.mean(axis=0)
    n, m = len(mine), len(rest)
    if n < 2 or m < 2:
        nan = np.full_like(difference, np.nan, dtype=float)
        return difference, nan, nan.copy()
    a = mine.var(axis=0, ddof=1) / n
    b = rest.var(axis=0, ddof=1) / m
    se = np.sqrt(a + b)
    with np.errstate(invalid="ignore", divide="ignore"):
        df = (a + b) ** 2 / (a ** 2 / (n - 1) + b ** 2 / (m - 1))
    df = np.where(np.isfinite(df), df, 1.0)
    half = stats.t.ppf(0.5 + LEVEL / 2, df) * se
    return difference, difference - half, difference + half


def _bootstrap_means(shares: np.ndarray, groups: np.ndarray, rng: np.random.Generator, n_boot: int) -> dict:
    """Per group: an n_boot x themes array of means of documents resampled within the group."""
    means = {}
    for group in np.unique(groups):
        rows = shares[groups == group]
        picks = rng.integers(0, len(rows), size=(n_boot, len(rows)))
        means[group] = rows[picks].mean(axis=1)
    return means


def group_intervals(shares: pd.DataFrame, groups: pd.Series, method: str = "welch", seed: int = 0,
                    n_boot: int = N_BOOTSTRAP) -> pd.DataFrame:
    """Every group's mean document share per theme, against the mean of all other documents, with intervals.

    shares: documents x themes (document_shares); groups: the group (authority) of each document, indexed like
    shares. Returns one row per group and theme: group, theme, n_documents, documents_with_theme, share,
    share_low, share_high, share_others, difference, difference_low, difference_high.
    """
    if method not in METHODS:
        raise ValueError(f"interval method must be one of {METHODS}, not {method!r}")
    values = shares.to_numpy(dtype=float)
    labels = groups.reindex(shares.index).astype(str).to_numpy()
    themes = shares.columns.to_numpy()
    boot = _bootstrap_means(values, labels, np.random.default_rng(seed), n_boot) if method == "bootstrap" else {}
    parts = []
    for group in sorted(set(labels)):
        inside = labels == group
        mine, rest = values[inside], values[~inside]
        share, share_low, share_high = mean_interval(mine)
        difference, low, high = welch_interval(mine, rest)
        if method == "bootstrap":
            # The others' mean is the mean of all their documents, i.e. their groups' bootstrap means weighted
            # by document count.
            others = sum(boot[g] * (labels == g).sum() for g in boot if g != group) / max(len(rest), 1)
            draws = boot[group] - others
            if len(mine) >= 2 and len(rest) >= 2:
                low, high = np.percentile(draws, [50 * (1 - LEVEL), 50 * (1 + LEVEL)], axis=0)
                share_low, share_high = np.percentile(boot[group], [50 * (1 - LEVEL), 50 * (1 + LEVEL)], axis=0)
        parts.append(pd.DataFrame({
            "group": group, "theme": themes, "n_documents": int(inside.sum()),
            "documents_with_theme": (mine > 0).sum(axis=0).astype(int),
            "share": share, "share_low": share_low, "share_high": share_high,
            "share_others": rest.mean(axis=0) if len(rest) else np.zeros(len(themes)),
            "difference": difference, "difference_low": low, "difference_high": high,
        }))
    if not parts:
        return pd.DataFrame(columns=["group", "theme", "n_documents", "documents_with_theme", "share", "share_low",
                                     "share_high", "share_others", "difference", "difference_low",
                                     "difference_high"])
    return pd.concat(parts, ignore_index=True)


def excludes_zero_above(table: pd.DataFrame) -> pd.Series:
    """Rows whose difference interval lies wholly above zero and rests on at least two of the group's documents:
    the rule for calling a theme distinctive (one long report alone never is)."""
    return (table["difference_low"] > 0).fillna(False) & (table["documents_with_theme"] >= 2)
