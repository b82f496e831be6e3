"""The second draw of same-document finding pairs, labelled in tests/data/restatement_pairs_second.csv (issue 16).

    python benchmarks/draw_restatement_pairs_second.py OUT_CSV --run s30=SHARED_RUN --run b30=BUNDLED_RUN

Each RUN folder is a finished run (findings.csv, vectors.npy; read only): s30 the 105 shared reports, b30 the bundled
corpus. The split is the first draw's (draw_restatement_pairs.split_of), so a document is in the same half in both
files. Per run and split, pairs of findings of one document not in the first draw (tests/data/restatement_pairs.csv)
and not of identical texts are drawn without replacement from each cosine-similarity band 0.65-0.70 ... 0.95-1.00
(PER_SPLIT), whatever their sections, then random pairs uniformly from all same-document pairs; numpy
default_rng([1717, RUN_SEED[run]]). Writes the pairs (with stratum_pairs) and, per run, OUT_CSV's stem + _RUN.txt:
the pairs to label in a shuffled order (default_rng([1717, 9, ORDER_SEED[run]])), sections and texts only.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

from draw_restatement_pairs import split_of

FIRST_DRAW = Path(__file__).resolve().parents[1] / "tests" / "data" / "restatement_pairs.csv"
SEED = 1717
BANDS = ((0.65, 0.70), (0.70, 0.75), (0.75, 0.80), (0.80, 0.85), (0.85, 0.90), (0.90, 0.95), (0.95, 1.01))
PER_SPLIT = {"s30": (8, 12, 8, 6, 5, 4, 3, 6), "b30": (3, 4, 3, 3, 2, 2, 2, 3)}  # pairs per band, then random
RUN_SEED, ORDER_SEED = {"s30": 0, "b30": 1}, {"s30": 3, "b30": 1}


def draw_run(run: str, folder: Path) -> pd.DataFrame:
    first = pd.read_csv(FIRST_DRAW, comment="#", keep_default_na=False)
    drawn_before = {(d, *sorted((a, b))) for d, a, b in zip(first["doc_id"], first["first_text"], first["second_text"])}
    findings = pd.read_csv(folder / "findings.csv", keep_default_na=False, dtype=str)
    text = findings["text"]
    unit = np.load(folder / "vectors.npy").astype(np.float32)
    unit /= np.linalg.norm(unit, axis=1, keepdims=True)
    rng = np.random.default_rng([SEED, RUN_SEED[run]])
    close, all_pairs = [], {}
    for doc, rows in findings.groupby("doc_id", sort=True).indices.items():
        rows = np.sort(rows)
        similarity = unit[rows] @ unit[rows].T
        a, b = np.triu_indices(len(rows), k=1)
        all_pairs[doc] = len(a)
        keep = similarity[a, b] >= BANDS[0][0]
        close += [(doc, i, j, float(s)) for i, j, s in zip(rows[a[keep]], rows[b[keep]], similarity[a, b][keep])
                  if text[i] != text[j] and (doc, *sorted((text[i], text[j]))) not in drawn_before]
    close = pd.DataFrame(close, columns=["doc", "i", "j", "sim"])
    close["split"] = close["doc"].map(split_of)
    drawn = []
    for split in ("TUNE", "CHECK"):
        *per_band, n_random = PER_SPLIT[run]
        for (low, high), n in zip(BANDS, per_band):
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
            drawn.append((split, "random", int(weights.sum()), doc, rows[i], rows[j], float(unit[rows[i]] @ unit[rows[j]])))
    pairs = pd.DataFrame([dict(run=run, split=split, stratum=stratum, stratum_pairs=pool, doc_id=doc,
                               first_id=findings["finding_id"][i], second_id=findings["finding_id"][j],
                               similarity=round(sim, 4), first_section=findings["section"][i],
                               second_section=findings["section"][j], first_text=text[i], second_text=text[j])
                          for split, stratum, pool, doc, i, j, sim in drawn])
    pairs["order"] = np.random.default_rng([SEED, 9, ORDER_SEED[run]]).permutation(len(pairs))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--run", action="append", required=True, help="NAME=FOLDER, s30 and b30")
    args = parser.parse_args()
    runs = [draw_run(name, Path(folder)) for name, folder in (r.split("=", 1) for r in args.run)]
    pd.concat(runs, ignore_index=True).to_csv(args.out, index=False)
    for pairs in runs:
        with open(args.out.with_name(f"{args.out.stem}_{pairs['run'][0]}.txt"), "w", encoding="utf-8") as out:
            for r in pairs.sort_values("order").itertuples():
                out.write(f"#{r.order}\n  A [{r.first_section}] {r.first_text}\n  B [{r.second_section}] "
                          f"{r.second_text}\n")


if __name__ == "__main__":
    main()
