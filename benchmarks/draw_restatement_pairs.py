"""The draw of same-document finding pairs labelled in tests/data/restatement_pairs.csv (issue 16).

    python benchmarks/draw_restatement_pairs.py OUT_CSV --run s28=SHARED_RUN --run b28=BUNDLED_RUN

Each RUN folder is a finished run (findings.csv, vectors.npy; read only): s28 the 105 shared reports, b28 the
bundled corpus, in this order (the random draws follow it). A document is TUNE when
int(sha256("restate16|" + doc_id)) is even, else CHECK. Per run and split, pairs of findings of one document are
drawn without replacement from each cosine-similarity band (numpy default_rng(1616)): 0.70-0.75 (10 pairs s28,
3 b28) and 0.75-0.80, 0.80-0.85, 0.85-0.90, 0.90-0.95, 0.95-1.00 (16 s28, 5 b28), then random pairs uniformly
from all same-document pairs (10 s28, 5 b28). Writes the pairs (with stratum_pairs, the pairs of the stratum in
all) and OUT_CSV's .txt: the pairs to label in a shuffled order (default_rng(1617)), sections and texts only.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 1616
BANDS = ((0.70, 0.75), (0.75, 0.80), (0.80, 0.85), (0.85, 0.90), (0.90, 0.95), (0.95, 1.01))
PER_SPLIT = {"s28": (16, 10), "b28": (5, 5)}  # pairs per band (the lowest band: 5/8 of it, at least 3), random


def split_of(doc_id: str) -> str:
    return "TUNE" if int(hashlib.sha256(f"restate16|{doc_id}".encode()).hexdigest(), 16) % 2 == 0 else "CHECK"


def draw_run(run: str, folder: Path, rng: np.random.Generator) -> pd.DataFrame:
    findings = pd.read_csv(folder / "findings.csv", keep_default_na=False, dtype=str)
    unit = np.load(folder / "vectors.npy").astype(np.float32)
    unit /= np.linalg.norm(unit, axis=1, keepdims=True)
    close, all_pairs = [], {}
    for doc, rows in findings.groupby("doc_id", sort=True).indices.items():
        rows = np.sort(rows)
        similarity = unit[rows] @ unit[rows].T
        first, second = np.triu_indices(len(rows), k=1)
        all_pairs[doc] = len(first)
        keep = similarity[first, second] >= BANDS[0][0]
        close += zip([doc] * int(keep.sum()), rows[first[keep]], rows[second[keep]], similarity[first, second][keep])
    close = pd.DataFrame(close, columns=["doc", "i", "j", "sim"])
    close["split"] = close["doc"].map(split_of)
    drawn = []
    for split in ("TUNE", "CHECK"):
        per_band, n_random = PER_SPLIT[run]
        for low, high in BANDS:
            pool = close[(close["split"] == split) & (close["sim"] >= low) & (close["sim"] < high)]
            pool = pool.sort_values(["doc", "i", "j"])
            n = per_band if low >= 0.75 else max(3, per_band * 5 // 8)
            pick = pool.iloc[rng.choice(len(pool), size=min(n, len(pool)), replace=False)] if len(pool) else pool
            drawn += [(run, split, f"band {low:.2f}-{min(high, 1):.2f}", len(pool), r.doc, r.i, r.j, r.sim)
                      for r in pick.itertuples()]
        documents = sorted(d for d in all_pairs if split_of(d) == split)
        weights = np.array([all_pairs[d] for d in documents], dtype=float)
        for _ in range(n_random):
            doc = documents[rng.choice(len(documents), p=weights / weights.sum())]
            rows = np.sort(findings.index[findings["doc_id"] == doc].to_numpy())
            i, j = sorted(rng.choice(len(rows), size=2, replace=False))
            drawn.append((run, split, "random", int(weights.sum()), doc, rows[i], rows[j],
                          float(unit[rows[i]] @ unit[rows[j]])))
    return pd.DataFrame([dict(run=run, split=split, stratum=stratum, stratum_pairs=pool, doc_id=doc,
                              first_id=findings["finding_id"][i], second_id=findings["finding_id"][j],
                              similarity=round(float(sim), 4), first_section=findings["section"][i],
                              second_section=findings["section"][j], first_text=findings["text"][i],
                              second_text=findings["text"][j])
                         for run, split, stratum, pool, doc, i, j, sim in drawn])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--run", action="append", required=True, help="NAME=FOLDER, s28 then b28")
    args = parser.parse_args()
    rng = np.random.default_rng(SEED)
    pairs = pd.concat([draw_run(name, Path(folder), rng) for name, folder in (r.split("=", 1) for r in args.run)],
                      ignore_index=True)
    pairs["order"] = np.random.default_rng(SEED + 1).permutation(len(pairs))
    pairs.to_csv(args.out, index=False)
    with open(args.out.with_suffix(".txt"), "w", encoding="utf-8") as out:
        for r in pairs.sort_values("order").itertuples():
            out.write(f"#{r.order}\n  A [{r.first_section}] {r.first_text}\n  B [{r.second_section}] {r.second_text}\n")


if __name__ == "__main__":
    main()
