"""Two authorities side by side: for each pair, which themes one raises more than the other, with documents as
the sampling unit.

comparison.csv sets each authority against all the others pooled; a researcher asking "does Walsall write about
caseloads more than Wirral?" wants the pair itself. comparison_pairs.csv, one row per pair and theme that either
of the two raises (each unordered pair once, `authority` before `other` alphabetically):
    authority, other, theme_id, theme_label,
    share, share_other      the mean over each authority's documents of the document's share of findings in the
                            theme (each document weighs the same whatever its length; pipeline/uncertainty.py)
    n_documents, n_documents_other, documents_with_theme, documents_with_theme_other
    difference, difference_low, difference_high   share - share_other and its 95 % Welch interval
                            (pipeline/uncertainty.welch_test; empty when either side has fewer than 2 documents)
    p_value                 two-sided, one per row, not corrected
    p_adjusted              the chance, were the authorities no different, that some theme in some pair would differ
                            this much: Westfall-Young max-|t| over permutations of the paired authorities' labels
                            over their documents (pair_max_t_adjusted; the reasoning of uncertainty.max_t_adjusted,
                            where Benjamini-Hochberg over Welch p-values flagged 10 % of corpora with no difference)
    differs                 p_adjusted below 5 %, the interval clear of zero, and at least two documents of the
                            authority that raises the theme more raise it (one long report never makes a pair differ)
    evidence                plain words for both sides: "3 of 3 inspections against 1 of 4 inspections"

comparison_pairs_broad.csv has the same columns over broad themes (theme_id and theme_label are the broad theme's,
a finding counted once under its broad theme whatever its codes: compare_broad_pairs), so a reader can compare two
authorities first on the readable number of broad themes, with fewer tests to correct for.

Pairs are formed among the authorities with at least two documents in the view (an authority with one has no
spread to measure), at most MAX_AUTHORITIES of them (those with most documents, then by name): 20 authorities
make 190 pairs, and a national corpus of one report per authority makes none, which the report says.
"""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pandas as pd

from pipeline.compare import evidence_words
from pipeline.matrix import by_broad_theme
from pipeline.schema import PAIR_COLUMNS
from pipeline.uncertainty import ALPHA, MIN_DOCUMENTS, N_PERMUTATIONS, document_shares, welch_test

MAX_AUTHORITIES = 20


def paired_authorities(doc_authority: pd.Series) -> list[str]:
    """The authorities pairs are formed among (module docstring), sorted by name."""
    counts = doc_authority.astype(str).value_counts()
    counts = counts[counts >= MIN_DOCUMENTS]
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:MAX_AUTHORITIES]
    return sorted(name for name, _ in ranked)


def _pair_t(values: np.ndarray, squares: np.ndarray, present: np.ndarray, onehot: np.ndarray,
            pairs: np.ndarray) -> np.ndarray:
    """pairs x themes |t| of the first authority's mean document share against the second's (Welch's standard
    error plus the median one, as uncertainty._cell_t, so cells of near-zero spread do not set the maxima); 0 where
    the pair cannot differ on the theme (fewer than MIN_DOCUMENTS documents of the higher side raise it, or no
    spread). onehot: authorities x documents; pairs: P x 2 indices into its rows."""
    n = onehot.sum(axis=1, keepdims=True)
    sums, sq, raised = onehot @ values, onehot @ squares, onehot @ present
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = sums / n
        var = np.maximum((sq - sums ** 2 / n) / (n - 1), 0) / n
    one, two = pairs[:, 0], pairs[:, 1]
    difference = mean[one] - mean[two]
    se = np.sqrt(var[one] + var[two])
    higher = np.where(difference > 0, raised[one], raised[two])
    eligible = (higher >= MIN_DOCUMENTS) & (se > 0)
    floor = np.median(se[eligible]) if eligible.any() else 0.0
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.abs(difference) / (se + floor)
    return np.where(eligible, t, 0.0)


def pair_max_t_adjusted(shares: np.ndarray, labels: np.ndarray, names: list[str],
                        n_permutations: int = N_PERMUTATIONS, seed: int = 0) -> np.ndarray:
    """pairs (combinations of `names`, in order) x themes Westfall-Young adjusted p-values: the share of label
    permutations (counting the observed one) whose largest |t| over every pair and theme reaches the cell's.
    shares: documents x themes; labels: each document's authority. Only the named authorities' documents are
    permuted, group sizes kept; NaN where the cell cannot differ."""
    inside = np.isin(labels, names)
    values, labels = shares[inside], labels[inside]
    onehot = (labels[None, :] == np.array(names)[:, None]).astype(float)
    pairs = np.array(list(combinations(range(len(names)), 2)))
    squares, present = values ** 2, (values > 0).astype(float)
    t = _pair_t(values, squares, present, onehot, pairs)
    rng = np.random.default_rng(seed)
    maxima = np.array([_pair_t(values, squares, present, onehot[:, rng.permutation(len(labels))], pairs).max()
                       for _ in range(n_permutations)])
    reached = (maxima[None, None, :] >= t[:, :, None]).sum(axis=2)
    return np.where(t > 0, (reached + 1) / (n_permutations + 1), np.nan)


def compare_pairs(findings: pd.DataFrame, n_permutations: int = N_PERMUTATIONS, seed: int = 0) -> pd.DataFrame:
    """comparison_pairs.csv (module docstring). findings: doc_id, authority, theme_id, theme_label (doc_type, when
    there, words `evidence` as inspections when every document is an inspection report)."""
    if findings.empty or "doc_id" not in findings:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    shares = document_shares(findings)
    doc_authority = findings.drop_duplicates("doc_id").set_index("doc_id")["authority"].astype(str)
    labels = doc_authority.reindex(shares.index).to_numpy()
    values = shares.to_numpy(dtype=float)
    themes = shares.columns.to_numpy()
    names = paired_authorities(doc_authority)
    adjusted = pair_max_t_adjusted(values, labels, names, n_permutations, seed) if len(names) > 1 else None
    parts = []
    for k, (one, other) in enumerate(combinations(names, 2)):
        mine, theirs = values[labels == one], values[labels == other]
        difference, low, high, p = welch_test(mine, theirs)
        parts.append(pd.DataFrame({
            "authority": one, "other": other, "theme_id": themes.astype(int),
            "share": mine.mean(axis=0), "share_other": theirs.mean(axis=0),
            "n_documents": len(mine), "n_documents_other": len(theirs),
            "documents_with_theme": (mine > 0).sum(axis=0).astype(int),
            "documents_with_theme_other": (theirs > 0).sum(axis=0).astype(int),
            "difference": difference, "difference_low": low, "difference_high": high, "p_value": p,
            "p_adjusted": adjusted[k]}))
    if not parts:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    table = pd.concat(parts, ignore_index=True)
    table = table[(table["documents_with_theme"] + table["documents_with_theme_other"]) > 0].reset_index(drop=True)
    clear = (table["difference_low"] > 0) | (table["difference_high"] < 0)
    # p_adjusted is NaN where fewer than MIN_DOCUMENTS documents of the side raising the theme more raise it
    # (_pair_t), so such a cell never differs: one long report is never enough.
    table["differs"] = (table["p_adjusted"] < ALPHA).fillna(False) & clear.fillna(False)
    labels_of = findings.drop_duplicates("theme_id").set_index("theme_id")["theme_label"]
    table["theme_label"] = table["theme_id"].map(labels_of).fillna("")
    all_reports = "doc_type" in findings and (findings["doc_type"] == "inspection_report").all()
    noun = "inspections" if all_reports else "documents"
    table["evidence"] = [f"{evidence_words(int(k), int(n), noun)} against {evidence_words(int(j), int(m), noun)}"
                         for k, n, j, m in zip(table["documents_with_theme"], table["n_documents"],
                                               table["documents_with_theme_other"], table["n_documents_other"])]
    for column in ("share", "share_other", "difference", "difference_low", "difference_high", "p_value", "p_adjusted"):
        table[column] = table[column].astype(float).round(4)
    order = -table["difference"].abs().fillna(0)
    return (table.assign(_differs=~table["differs"], _order=order)
            .sort_values(["authority", "other", "_differs", "_order", "theme_id"], kind="stable")
            [PAIR_COLUMNS].reset_index(drop=True))


def compare_broad_pairs(findings: pd.DataFrame, n_permutations: int = N_PERMUTATIONS, seed: int = 0) -> pd.DataFrame:
    """comparison_pairs_broad.csv: compare_pairs over broad themes (module docstring); empty when the findings carry
    no broad theme."""
    if "parent_theme_id" not in findings.columns:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    return compare_pairs(by_broad_theme(findings), n_permutations, seed)
