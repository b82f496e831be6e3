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
METHODS = ("welch", "hsu", "bootstrap")
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


def welch_test(mine: np.ndarray, rest: np.ndarray,
               hsu: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per column: mean(mine) - mean(rest), its Welch t interval and two-sided p-value (NaN when either side has
    < 2 documents). A column where neither side varies gets the point as its interval (p 1 when it is 0).
    hsu: min(n, m) - 1 degrees of freedom instead of Welch-Satterthwaite's (Hsu's conservative choice)."""
    difference = mine.mean(axis=0) - rest.mean(axis=0)
    n, m = len(mine), len(rest)
    if n < 2 or m < 2:
        nan = np.full_like(difference, np.nan, dtype=float)
        return difference, nan, nan.copy(), nan.copy()
    a = mine.var(axis=0, ddof=1) / n
    b = rest.var(axis=0, ddof=1) / m
    se = np.sqrt(a + b)
    with np.errstate(invalid="ignore", divide="ignore"):
        df = (a + b) ** 2 / (a ** 2 / (n - 1) + b ** 2 / (m - 1))
    df = np.where(np.isfinite(df), df, 1.0)
    if hsu:
        df = np.full_like(se, min(n, m) - 1.0)
    half = stats.t.ppf(0.5 + LEVEL / 2, df) * se
    with np.errstate(invalid="ignore", divide="ignore"):
        p = np.where(se > 0, 2 * stats.t.sf(np.abs(difference) / np.where(se > 0, se, 1), df),
                     np.where(difference == 0, 1.0, 0.0))
    return difference, difference - half, difference + half, p


def welch_interval(mine: np.ndarray, rest: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """welch_test without the p-value."""
    return welch_test(mine, rest)[:3]


def benjamini_hochberg(p: np.ndarray) -> np.ndarray:
    """Benjamini-Hochberg q-values of the p-values given (NaN stays NaN and is not counted as a test).

    Why: comparison.csv tests every theme in every authority (300 tests on the bundled corpus); at 5 % each,
    a corpus with no real difference would show a dozen "distinctive" themes. Calling a theme distinctive only
    when its q-value is below 5 % keeps the chance of any false call in such a corpus near 5 % (under no real
    difference anywhere, the false discovery rate is the family-wise error rate)."""
    p = np.asarray(p, dtype=float)
    q = np.full_like(p, np.nan)
    tested = np.flatnonzero(~np.isnan(p))
    if len(tested) == 0:
        return q
    order = tested[np.argsort(p[tested], kind="stable")]
    ranked = p[order] * len(tested) / np.arange(1, len(tested) + 1)
    q[order] = np.minimum(1.0, np.minimum.accumulate(ranked[::-1])[::-1])
    return q


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
    share_low, share_high, share_others, difference, difference_low, difference_high, p_value (two-sided).
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
        difference, low, high, p = welch_test(mine, rest, hsu=method == "hsu")
        if method == "bootstrap":
            # The others' mean is the mean of all their documents, i.e. their groups' bootstrap means weighted
            # by document count.
            others = sum(boot[g] * (labels == g).sum() for g in boot if g != group) / max(len(rest), 1)
            draws = boot[group] - others
            if len(mine) >= 2 and len(rest) >= 2:
                low, high = np.percentile(draws, [50 * (1 - LEVEL), 50 * (1 + LEVEL)], axis=0)
                p = np.minimum(1.0, 2 * np.minimum((draws <= 0).mean(axis=0), (draws >= 0).mean(axis=0)))
                share_low, share_high = np.percentile(boot[group], [50 * (1 - LEVEL), 50 * (1 + LEVEL)], axis=0)
        parts.append(pd.DataFrame({
            "group": group, "theme": themes, "n_documents": int(inside.sum()),
            "documents_with_theme": (mine > 0).sum(axis=0).astype(int),
            "share": share, "share_low": share_low, "share_high": share_high,
            "share_others": rest.mean(axis=0) if len(rest) else np.zeros(len(themes)),
            "difference": difference, "difference_low": low, "difference_high": high, "p_value": p,
        }))
    if not parts:
        return pd.DataFrame(columns=["group", "theme", "n_documents", "documents_with_theme", "share", "share_low",
                                     "share_high", "share_others", "difference", "difference_low",
                                     "difference_high", "p_value"])
    return pd.concat(parts, ignore_index=True)


MIN_DOCUMENTS = 2
Q_DISTINCTIVE = 0.05


def distinctive_rows(table: pd.DataFrame) -> tuple[pd.Series, np.ndarray]:
    """(distinctive, q_value) for the rows of group_intervals: a theme is distinctive for a group when it is
    raised in at least MIN_DOCUMENTS of the group's documents (one long report alone never is), its difference
    interval lies above zero, and its Benjamini-Hochberg q-value over all such rows is below Q_DISTINCTIVE."""
    eligible = (table["documents_with_theme"] >= MIN_DOCUMENTS).to_numpy()
    q = benjamini_hochberg(np.where(eligible, table["p_value"].to_numpy(dtype=float), np.nan))
    called = eligible & (table["difference_low"] > 0).fillna(False).to_numpy() & (np.nan_to_num(q, nan=1) < Q_DISTINCTIVE)
    return pd.Series(called, index=table.index), q
