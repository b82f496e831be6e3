"""Shares and their uncertainty with the document as the sampling unit.

Findings come in documents: one long report adds a hundred findings that share one author, one inspection and
one writing style, so they are not independent draws. Here every statistic is computed from a documents x
themes table of *document shares* (each row: the share of that document's findings in each theme, summing to
1), so each document weighs the same whatever its length, and the spread between documents is the noise.

Interval methods over those document shares, all 95 %:
  welch      (default) the mean of an authority's document shares with a t interval (n - 1 degrees of freedom);
             the difference between the authority's mean and the mean of every other document with Welch's
             unequal-variance t interval (Welch-Satterthwaite degrees of freedom). With three to six documents
             per authority a t interval widens for the small sample where a bootstrap cannot: the percentile
             bootstrap of a mean of n documents is too narrow by about sqrt((n - 1) / n) and has only a handful
             of distinct resamples (10 for n = 3). benchmarks/comparison_false_positives.py measures both.
  hsu        Welch's interval with min(n, m) - 1 degrees of freedom: safe under any variance ratio but far
             too wide with three documents a side (measured; kept for the benchmark).
  bootstrap  resample documents with replacement within each authority (stratified, fixed seed), recompute
             the means, and take the 2.5th and 97.5th percentiles.
Whether a theme is *distinctive* is decided separately, over the whole table at once (max_t_adjusted).
An authority with one document has no spread to measure: its intervals are NaN (never "excluding zero").
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats

from pipeline.matrix import EXTRA_CODE, cross_counts, document_totals

LEVEL = 0.95
METHODS = ("welch", "hsu", "bootstrap")
N_BOOTSTRAP = 2000


def document_shares(findings: pd.DataFrame, column: str = "theme_id") -> pd.DataFrame:
    """documents x values-of-`column` table of shares: each document's findings split over the values (rows sum
    to 1; in codebook mode a finding's further codes are rows too, EXTRA_CODE, and the base stays the document's
    findings, so a row can sum above 1). findings: doc_id and `column`. Index doc_id (sorted), columns the sorted
    values."""
    counts = cross_counts(findings["doc_id"], findings[column])
    if EXTRA_CODE in findings.columns:
        return counts.div(document_totals(findings, counts.index).replace(0, 1), axis=0)
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

    Used by grade_themes to rank many themes against one grade while keeping the expected share of false
    calls among those called near 5 %."""
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
ALPHA = 0.05
N_PERMUTATIONS = 1000


def _cell_t(values: np.ndarray, squares: np.ndarray, present: np.ndarray,
            onehot: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(over, under, eligible_over, eligible_under): groups x themes Welch-type t of each group's mean document
    share against all other documents, oriented so that larger is further in the test's direction (under = the
    group raises the theme less), and whether each cell can be called that way at all: >= 2 documents in the
    group and on the other side, and the theme in >= MIN_DOCUMENTS documents of the side said to raise it more
    (the group's for over, the other documents' for under: one long report never carries a call). values:
    documents x themes shares; squares: its squares; present: values > 0 as floats; onehot: groups x documents, 1
    where the document is the group's."""
    n = onehot.sum(axis=1, keepdims=True)
    m = len(values) - n
    mine, mine_sq = onehot @ values, onehot @ squares
    rest, rest_sq = values.sum(axis=0) - mine, squares.sum(axis=0) - mine_sq
    with np.errstate(invalid="ignore", divide="ignore"):
        var_mine = (mine_sq - mine ** 2 / n) / (n - 1)
        var_rest = (rest_sq - rest ** 2 / m) / (m - 1)
        se = np.sqrt(np.maximum(var_mine, 0) / n + np.maximum(var_rest, 0) / m)
    sized = (n >= 2) & (m >= 2) & (se > 0)
    in_mine = onehot @ present
    eligible_over = sized & (in_mine >= MIN_DOCUMENTS)
    eligible_under = sized & ((present.sum(axis=0) - in_mine) >= MIN_DOCUMENTS)
    # The median standard error is added to each (Tusher, Tibshirani and Chu 2001): a theme in two documents
    # of equal share has a near-zero standard error and an enormous t, and such cells would otherwise set
    # the permutation maxima and hide every real difference. Each direction takes the median over its own cells.
    out = []
    for eligible, sign in ((eligible_over, 1.0), (eligible_under, -1.0)):
        floor = np.median(se[eligible]) if eligible.any() else 0.0
        with np.errstate(invalid="ignore", divide="ignore"):
            t = sign * (mine / n - rest / m) / (se + floor)
        out.append(np.where(eligible, t, -np.inf))
    return out[0], out[1], eligible_over, eligible_under


def max_t_adjusted(shares: pd.DataFrame, groups: pd.Series, n_permutations: int = N_PERMUTATIONS,
                   seed: int = 0) -> pd.DataFrame:
    """Westfall-Young adjusted p-values for "this group raises this theme more (over) / less (under) than the
    other documents", each cell tested in the direction it leans.

    Each cell's statistic is the Welch t of the group's document shares against every other document's. The
    authority labels are permuted over the documents `n_permutations` times (seed fixed; group sizes kept) and
    the largest t over every eligible cell of each permuted table is kept, once per direction; a cell's adjusted
    p-value is the share of permutations (counting the observed one) whose largest t in the cell's direction
    reaches the cell's t. The two directions are two families, each held at ALPHA: the over family is the one
    `distinctive` rests on, and is unchanged by the under family beside it (same permutations, same statistic).

    Why: comparison.csv tests every theme in every authority (about 300 cells on the bundled corpus). At 5 %
    per cell, a corpus with no real difference would show several "distinctive" themes; Benjamini-Hochberg
    over Welch p-values still flagged 10 % of such corpora, because with three or four documents a side the
    t distribution is not exact far in its tail. Comparing with the largest t over permuted labels makes no
    distributional assumption: when the authorities do not differ, every relabelling is as likely as the
    observed one, so a corpus is flagged anywhere at most ALPHA of the time per direction (benchmarks/
    comparison_false_positives.py measures the over family). The statistic adds the median standard error to
    each cell's (see _cell_t); the calibration holds for any statistic, as the permuted tables get the same one.
    Returns group, theme, t (over orientation), test ("over" | "under": the direction the cell leans, t >= 0
    over), p_adjusted (NaN when the cell cannot be called in the direction it leans; groups of one document have
    no rows).
    """
    values = shares.to_numpy(dtype=float)
    labels = groups.reindex(shares.index).astype(str).to_numpy()
    names = np.array(sorted(set(labels)))
    onehot = (labels[None, :] == names[:, None]).astype(float)
    # Only groups of two or more documents can have an eligible cell: the others are left out of the
    # products (with 88 authorities of one report each, most of them).
    sizes = onehot.sum(axis=1)
    onehot, names = onehot[sizes >= 2], names[sizes >= 2]
    squares, present = values ** 2, (values > 0).astype(float)
    over, under, eligible_over, eligible_under = _cell_t(values, squares, present, onehot)
    rng = np.random.default_rng(seed)
    maxima = np.empty((2, n_permutations))
    for k in range(n_permutations):
        permuted = _cell_t(values, squares, present, onehot[:, rng.permutation(len(labels))])
        maxima[0, k], maxima[1, k] = permuted[0].max(initial=-np.inf), permuted[1].max(initial=-np.inf)
    p_over = np.where(eligible_over, ((maxima[0][None, None, :] >= over[:, :, None]).sum(axis=2) + 1)
                      / (n_permutations + 1), np.nan)
    p_under = np.where(eligible_under, ((maxima[1][None, None, :] >= under[:, :, None]).sum(axis=2) + 1)
                       / (n_permutations + 1), np.nan)
    # The direction a cell leans: the sign of its difference (group_intervals' `difference`).
    n = onehot.sum(axis=1, keepdims=True)
    mine = onehot @ values
    leans_under = mine / n - (values.sum(axis=0) - mine) / (len(values) - n) < 0
    t = np.where(eligible_over, over, np.where(eligible_under, -under, np.nan))
    test = np.where(leans_under, "under", "over")
    adjusted = np.where(leans_under, p_under, p_over)
    return pd.DataFrame({"group": np.repeat(names, values.shape[1]), "theme": np.tile(shares.columns, len(names)),
                         "t": t.ravel(), "test": test.ravel(), "p_adjusted": adjusted.ravel()})


def distinctive_rows(table: pd.DataFrame, adjusted: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """(distinctive, p_adjusted) for the rows of group_intervals: a theme is distinctive for a group when it is
    raised in at least MIN_DOCUMENTS of the group's documents (one long report alone never is), its difference
    interval lies above zero and its max-t adjusted p-value (max_t_adjusted) is below ALPHA."""
    keyed = adjusted.set_index(["group", "theme"])["p_adjusted"]
    p = pd.Series(keyed.reindex(pd.MultiIndex.from_arrays([table["group"], table["theme"]])).to_numpy(),
                  index=table.index)
    called = ((table["documents_with_theme"] >= MIN_DOCUMENTS) & (table["difference_low"] > 0).fillna(False)
              & (p.fillna(1.0) < ALPHA))
    return called, p


def ratio_interval(numerator: np.ndarray, denominator: np.ndarray, seed: int = 0, rounds: int = 2000,
                   level: float = 0.90) -> tuple[float, float]:
    """Interval of sum(numerator) / sum(denominator) (e.g. junk among kept findings) from resampling the rows,
    each row one document: documents, not findings, are the sampling unit. An empty resample counts as 0."""
    numerator, denominator = np.asarray(numerator, dtype=float), np.asarray(denominator, dtype=float)
    rng = np.random.default_rng(seed)
    picks = rng.integers(len(numerator), size=(rounds, len(numerator)))
    totals = denominator[picks].sum(axis=1)
    shares = np.divide(numerator[picks].sum(axis=1), totals, out=np.zeros(rounds), where=totals > 0)
    tail = (1 - level) / 2 * 100
    return float(np.percentile(shares, tail)), float(np.percentile(shares, 100 - tail))
