"""Repetition among findings: near-duplicates within a document and stock text across documents.

A summary that restates the body, or a paragraph pasted twice, would count one finding twice in the matrices;
text that recurs word for word in three or more documents (a template's sentence, an inspection framework's
standard wording) says nothing particular about any one council. Both are kept in findings.csv and marked:
    duplicate_of: finding_id of the earlier finding of the same document it repeats ("" when none)
    stock: True when the same text (names masked, case and spacing folded) is in >= STOCK_DOCUMENTS documents.
`counted` (pipeline.matrix) drops both from the counts by default.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
from threadpoolctl import threadpool_limits

from pipeline.schema import REPEAT_COLUMNS

NEAR_DUPLICATE = 0.95     # cosine similarity of two findings of one document that makes the later a repeat
STOCK_DOCUMENTS = 3       # documents a text must recur in to be stock text


def _folded(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(text).lower()).strip()


def mark_repeats(findings: pd.DataFrame, vectors: np.ndarray, texts: list[str] | None = None) -> pd.DataFrame:
    """duplicate_of and stock (REPEAT_COLUMNS) for each findings row, in row order.

    findings: finding_id, doc_id, text; vectors: (n, dim), row i = findings row i; texts: the texts compared for
    stock text (the clustering texts, names masked, so the same sentence about two councils matches), default
    findings.text."""
    unit = np.asarray(vectors, dtype=np.float32)
    unit = unit / np.maximum(np.linalg.norm(unit, axis=1, keepdims=True), 1e-12)
    ids = findings["finding_id"].astype(str).to_numpy()
    duplicate_of = np.full(len(findings), "", dtype=object)
    with threadpool_limits(limits=1, user_api="blas"):
        _mark_duplicates(findings, unit, ids, duplicate_of)
    folded = pd.Series([_folded(t) for t in (texts if texts is not None else findings["text"])])
    documents = pd.DataFrame({"key": folded, "doc": findings["doc_id"].to_numpy()})
    spread = documents.groupby("key")["doc"].nunique()
    stock = folded.map(spread).to_numpy() >= STOCK_DOCUMENTS
    stock &= folded.str.len().to_numpy() > 0
    return pd.DataFrame({"duplicate_of": duplicate_of, "stock": stock})


def _mark_duplicates(findings: pd.DataFrame, unit: np.ndarray, ids: np.ndarray, duplicate_of: np.ndarray) -> None:
    """Fill duplicate_of (row order) with the first earlier finding of the same document each finding repeats.
    The products are small, one per document: one BLAS thread does them without waiting for another (OpenBLAS
    shares a product's rows and columns between threads, not its sums: the same bits on the 47 documents of a
    10,000-finding run)."""
    for rows in findings.groupby("doc_id", sort=False).indices.values():
        rows = np.sort(rows)
        if len(rows) < 2:
            continue
        similarity = unit[rows] @ unit[rows].T
        # each finding's near-duplicates earlier in the document (below the diagonal); the first one, if any
        earlier = np.tril(similarity >= NEAR_DUPLICATE, k=-1)
        first_of = earlier.argmax(axis=1)
        for position in np.flatnonzero(earlier.any(axis=1)):
            first = rows[first_of[position]]
            # a repeat of a repeat points at the first finding it repeats (filled in row order, so already set)
            duplicate_of[rows[position]] = duplicate_of[first] or ids[first]
