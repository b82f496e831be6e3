"""Pairs of findings of one document drawn by cosine-similarity band, for labelling restatements (issue 16).

Shared by draw_restatement_pairs.py and draw_restatement_pairs_second.py: `close_pairs` lists every same-document
pair at or above a floor, `draw_split` draws one split's pairs band by band and then at random, `pair_table` writes
them as rows to label.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd


def split_of(doc_id: str) -> str:
    return "TUNE" if int(hashlib.sha256(f"restate16|{doc_id}".encode()).hexdigest(), 16) % 2 == 0 else "CHECK"


def read_run(folder: Path) -> tuple[pd.DataFrame, np.ndarray]:
    """A finished run's findings and their unit vectors."""
    findings = pd.read_csv(folder / "findings.csv", keep_default_na=False, dtype=str)
    unit = np.load(folder / "vectors.npy").astype(np.float32)
    unit /= np.linalg.norm(unit, axis=1, keepdims=True)
    return findings, unit


def close_pairs(findings: pd.DataFrame, unit: np.ndarray, floor: float,
                keep: Callable[[str, int, int], bool] | None = None) -> tuple[pd.DataFrame, dict[str, int]]:
    """Every pair of one document's findings at similarity >= floor (that `keep` accepts), and each document's
    number of pairs in all."""
    close, all_pairs = [], {}
    for doc, rows in findings.groupby("doc_id", sort=True).indices.items():
        rows = np.sort(rows)
        similarity = unit[rows] @ unit[rows].T
        first, second = np.triu_indices(len(rows), k=1)
        all_pairs[doc] = len(first)
        near = similarity[first, second] >= floor
        close += [(doc, i, j, float(s)) for i, j, s in
                  zip(rows[first[near]], rows[second[near]], similarity[first, second][near])
                  if keep is None or keep(doc, i, j)]
    close = pd.DataFrame(close, columns=["doc", "i", "j", "sim"])
    close["split"] = close["doc"].map(split_of)
    return close, all_pairs


def draw_split(close: pd.DataFrame, all_pairs: dict[str, int], findings: pd.DataFrame, unit: np.ndarray,
               split: str, bands: list[tuple[float, float, int]], n_random: int,
               rng: np.random.Generator) -> list[tuple]:
    """One split's pairs: n drawn without replacement from each band [low, high), then n_random pairs drawn
    uniformly from all same-document pairs. Rows: (split, stratum, stratum_pairs, doc, i, j, similarity)."""
    drawn = []
    for low, high, n in bands:
        pool = close[(close["split"] == split) & (close["sim"] >= low) & (close["sim"] < high)]
        pool = pool.sort_values(["doc", "i", "j"])
        pick = pool.iloc[rng.choice(len(pool), size=min(n, len(pool)), replace=False)] if len(pool) else pool
        drawn += [(split, f"band {low:.2f}-{min(high, 1):.2f}", len(pool), r.doc, r.i, r.j, r.sim)
                  for r in pick.itertuples()]
    documents = sorted(d for d in all_pairs if split_of(d) == split)
    weights = np.array([all_pairs[d] for d in documents], dtype=float)
    for _ in range(n_random):
        doc = documents[rng.choice(len(documents), p=weights / weights.sum())]
        rows = np.sort(findings.index[findings["doc_id"] == doc].to_numpy())
        i, j = sorted(rng.choice(len(rows), size=2, replace=False))
        drawn.append((split, "random", int(weights.sum()), doc, rows[i], rows[j],
                      float(unit[rows[i]] @ unit[rows[j]])))
    return drawn


def pair_table(run: str, drawn: list[tuple], findings: pd.DataFrame) -> pd.DataFrame:
    """The drawn pairs as rows to label: ids, sections, texts and the stratum each came from."""
    return pd.DataFrame([dict(run=run, split=split, stratum=stratum, stratum_pairs=pool, doc_id=doc,
                              first_id=findings["finding_id"][i], second_id=findings["finding_id"][j],
                              similarity=round(float(sim), 4), first_section=findings["section"][i],
                              second_section=findings["section"][j], first_text=findings["text"][i],
                              second_text=findings["text"][j])
                         for split, stratum, pool, doc, i, j, sim in drawn])
