"""Comparison of authorities: which themes each raises more or less than the others, with documents as the
sampling unit.

comparison.csv, one row per authority and theme:
    authority, theme_id, theme_label,
    count, n_findings  finding counts (labelled as counts: they follow document length and number)
    share          the mean over the authority's documents of each document's share of findings in the theme,
                   so every document weighs the same whatever its length
    share_others   the same mean over every other authority's documents
    log_odds, z    the weighted log-odds of the theme's finding count against all others (Monroe, Colaresi and
                   Quinn 2008), kept as a description: it treats findings as independent draws, so it is not
                   used to call anything distinctive
    direction      over | under where the adjusted test supports it (p_adjusted below 2.5 %: over and under are
                   two families, each at half of 5 %, so a corpus with no difference gets a call either way at most
                   about 5 % of the time; the interval clear of zero that way, and at least two documents of the
                   side said to raise the theme more raise it), else "not called": the column a reader filters on.
                   Every `over` is `distinctive` (the one-sided "raised more?" at 5 %), not every distinctive `over`
    direction_unadjusted  over | under | similar, from the cell's own 95 % interval of the difference; one cell at a
                   time, so about 5 % of cells lean one way by chance: a lead, never a result
    present_in_all the theme has findings in every authority
    distinctive    at least two of the authority's documents raise the theme (a theme carried by one long report
                   never is), the difference interval lies above zero, and p_adjusted is below 5 %
    n_documents, documents_with_theme  the authority's documents, and how many of them raise the theme
    share_low, share_high               95 % interval of `share`
    difference, difference_low, difference_high  share - share_others and its 95 % interval
    p_value        two-sided p-value of the difference (the interval's test; one per cell, not corrected)
    p_adjusted     the chance, were authorities no different, that some theme in some authority would stand
                   out this much in the direction this cell leans (over when difference >= 0, else under):
                   Westfall-Young max-t over 1,000 permutations of the authorities over the documents, one family
                   per direction (pipeline/uncertainty.max_t_adjusted). Empty where that test cannot call the cell:
                   the authority has one document, a side has fewer than two, neither side's documents vary, or
                   fewer than two documents of the side that raises the theme more raise it (the authority's for
                   over, the other authorities' for under: one long report never carries a call)
    interval_method  welch | bootstrap (pipeline/uncertainty.py says how each is computed and why)
    evidence       plain words: "3 of 3 inspections", "1 of 4 documents: rests on one document"
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from pipeline.matrix import EXTRA_CODE, cross_counts, finding_rows
from pipeline.schema import COMPARISON_COLUMNS
from pipeline.uncertainty import (ALPHA, MIN_DOCUMENTS, N_PERMUTATIONS, distinctive_rows, document_shares,
                                  group_intervals, max_t_adjusted)


def finding_log_odds(findings: pd.DataFrame, prior_strength: float = 500.0) -> pd.DataFrame:
    """Weighted log-odds of every theme's finding count in every authority against the rest, with an informative
    Dirichlet prior from the whole corpus. Columns: authority, theme_id, count, n_findings, log_odds, z,
    present_in_all. In codebook mode (a finding's further codes as rows, EXTRA_CODE) `count` is the findings given
    the code and n_findings the authority's findings, and the log-odds are those of a finding having the code."""
    counts = cross_counts(findings["theme_id"], findings["authority"])
    own = (finding_rows(findings)["authority"].value_counts().reindex(counts.columns, fill_value=0).to_numpy()
           if EXTRA_CODE in findings.columns else counts.to_numpy().sum(axis=0))
    table = counts.to_numpy().astype(float)
    alpha = prior_strength * table.sum(axis=1) / max(table.sum(), 1)  # prior follows the corpus shares
    alpha0 = alpha.sum()
    present_everywhere = (table > 0).all(axis=1)
    parts = []
    for column, authority in enumerate(counts.columns):
        mine = table[:, column]
        rest = table.sum(axis=1) - mine
        n_mine, n_rest = own[column], own.sum() - own[column]
        log_odds = (np.log((mine + alpha) / (n_mine + alpha0 - mine - alpha))
                    - np.log((rest + alpha) / (n_rest + alpha0 - rest - alpha)))
        z = log_odds / np.sqrt(1.0 / (mine + alpha) + 1.0 / (rest + alpha))
        parts.append(pd.DataFrame({
            "authority": authority, "theme_id": counts.index.astype(int), "count": mine.astype(int),
            "n_findings": int(n_mine), "log_odds": np.round(log_odds, 4), "z": np.round(z, 3),
            "present_in_all": present_everywhere}))
    return pd.concat(parts, ignore_index=True)


def evidence_words(with_theme: int, n_documents: int, noun: str = "documents") -> str:
    """"3 of 3 inspections"; a count of one says the difference rests on one document."""
    if n_documents == 1:
        return f"{with_theme} of 1 {noun.rstrip('s')}: one document only"
    if with_theme == 1:
        return f"1 of {n_documents} {noun}: rests on one document"
    return f"{with_theme} of {n_documents} {noun}"


NOT_CALLED = "not called"


def adjusted_direction(table: pd.DataFrame) -> pd.Series:
    """over | under where the adjusted test supports it (p_adjusted below ALPHA / 2, the interval clear of zero that
    way, and the side said to raise the theme more raising it in MIN_DOCUMENTS documents: p_adjusted is empty
    otherwise), else NOT_CALLED. A reader of this column asks "does any authority differ either way?": two families
    (over, under), each held at half of ALPHA, keep that question at ALPHA (each at ALPHA gave some call in 12 % of
    corpora with no difference, numbers36). `distinctive` answers the one-sided "raised more?" at ALPHA, so every
    `over` is distinctive, not every distinctive cell `over`."""
    supported = (table["p_adjusted"] < ALPHA / 2).fillna(False)
    over = supported & (table["difference_low"] > 0).fillna(False) & (table["documents_with_theme"] >= MIN_DOCUMENTS)
    under = supported & (table["difference_high"] < 0).fillna(False)
    return pd.Series(np.where(over, "over", np.where(under, "under", NOT_CALLED)), index=table.index)


def compare_authorities(findings: pd.DataFrame, method: str = "welch", seed: int = 0,
                        prior_strength: float = 500.0, n_permutations: int = N_PERMUTATIONS) -> pd.DataFrame:
    """comparison.csv (see module docstring). findings: doc_id, authority, theme_id, theme_label (and doc_type,
    used only to word `evidence` as inspections when every document is an inspection report). A table without
    doc_id is read as one document per authority."""
    if findings.empty or findings["authority"].nunique() < 1:
        return pd.DataFrame(columns=COMPARISON_COLUMNS)
    if "doc_id" not in findings:
        findings = findings.assign(doc_id=findings["authority"].astype(str))
    shares = document_shares(findings)
    doc_authority = findings.drop_duplicates("doc_id").set_index("doc_id")["authority"]
    intervals = group_intervals(shares, doc_authority, method=method, seed=seed)
    intervals["distinctive"], intervals["p_adjusted"] = distinctive_rows(
        intervals, max_t_adjusted(shares, doc_authority, n_permutations=n_permutations, seed=seed))
    intervals = intervals.rename(columns={"group": "authority", "theme": "theme_id"})
    intervals["theme_id"] = intervals["theme_id"].astype(int)
    table = finding_log_odds(findings, prior_strength).merge(intervals, on=["authority", "theme_id"], how="left")
    labels = findings.drop_duplicates("theme_id").set_index("theme_id")["theme_label"]
    table["theme_label"] = table["theme_id"].map(labels).fillna("")
    table["direction_unadjusted"] = np.where((table["difference_low"] > 0).fillna(False), "over",
                                             np.where((table["difference_high"] < 0).fillna(False), "under", "similar"))
    table["direction"] = adjusted_direction(table)
    table["interval_method"] = method
    all_reports = "doc_type" in findings and (findings["doc_type"] == "inspection_report").all()
    noun = "inspections" if all_reports else "documents"
    table["evidence"] = [evidence_words(int(k), int(n), noun)
                         for k, n in zip(table["documents_with_theme"], table["n_documents"])]
    for column in ("share", "share_others", "share_low", "share_high", "difference", "difference_low",
                   "difference_high", "p_value", "p_adjusted"):
        table[column] = table[column].astype(float).round(4)
    order = table["difference"].fillna(0)
    return (table.assign(_order=order)
            .sort_values(["authority", "_order", "theme_id"], ascending=[True, False, True], kind="stable")
            [COMPARISON_COLUMNS].reset_index(drop=True))
