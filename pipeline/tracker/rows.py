"""Rows of tracker.csv (TRACKER_COLUMNS): one link row, the findings' records it is made from, and the rank of each
recommendation among a finding's closest ones (shared by the response links and the next-inspection evidence)."""

from __future__ import annotations

import numpy as np
import pandas as pd


class FindingRecords:
    """Row `i` of a table as a dict of a few columns, made on demand (the tracker reads a few hundred of many
    thousand findings)."""

    def __init__(self, table: pd.DataFrame, columns: tuple[str, ...]):
        self.columns = {c: table[c].to_numpy() for c in columns if c in table.columns}

    def __getitem__(self, i) -> dict:
        return {c: values[i] for c, values in self.columns.items()}


def rank_among_recs(sims: np.ndarray) -> np.ndarray:
    """(n_findings, n_recs) similarities -> each recommendation's rank (1 = closest) among the finding's."""
    if sims.size == 0:
        return np.zeros(sims.shape, dtype=int)
    order = np.argsort(-sims, axis=1, kind="stable")
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(1, sims.shape[1] + 1)[None, :].repeat(len(sims), axis=0), axis=1)
    return ranks


def margin_over_others(sims: np.ndarray) -> np.ndarray:
    """(n_findings, n_recs) similarities -> how far each recommendation's similarity lies above the finding's best
    similarity to any other recommendation of the report (negative when another is closer; 9 with one recommendation)."""
    if sims.size == 0 or sims.shape[1] < 2:
        return np.full(sims.shape, 9.0, dtype=np.float32)
    top2 = -np.sort(-sims, axis=1)[:, :2]
    others = np.where(sims >= top2[:, :1], top2[:, 1:2], top2[:, :1])
    return (sims - others).astype(np.float32)


def link_row(base: dict, part: str, rank: int, finding: dict, doc_type: str, similarity: float, match: str,
             status: str) -> dict:
    """One row of tracker.csv: the recommendation's columns (`base`) and the linked finding's (empty `finding`: a
    row that only carries a status)."""
    return {**base, "part": part, "rank": rank, "file": finding.get("file", ""), "doc_type": doc_type,
            "date": str(finding.get("date", "")), "finding_id": finding.get("finding_id", ""),
            "similarity": round(float(similarity), 3) if finding else np.nan, "kind": finding.get("kind", ""),
            "polarity": finding.get("polarity", ""), "match": match, "status": status,
            "progress": "", "quote": finding.get("text", "")}
