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
from pathlib import Path

import numpy as np
import pandas as pd

from same_document_pairs import close_pairs, draw_split, pair_table, read_run

SEED = 1616
BANDS = ((0.70, 0.75), (0.75, 0.80), (0.80, 0.85), (0.85, 0.90), (0.90, 0.95), (0.95, 1.01))
PER_SPLIT = {"s28": (16, 10), "b28": (5, 5)}  # pairs per band (the lowest band: 5/8 of it, at least 3), random


def draw_run(run: str, folder: Path, rng: np.random.Generator) -> pd.DataFrame:
    findings, unit = read_run(folder)
    close, all_pairs = close_pairs(findings, unit, BANDS[0][0])
    per_band, n_random = PER_SPLIT[run]
    bands = [(low, high, per_band if low >= 0.75 else max(3, per_band * 5 // 8)) for low, high in BANDS]
    drawn = [pair for split in ("TUNE", "CHECK")
             for pair in draw_split(close, all_pairs, findings, unit, split, bands, n_random, rng)]
    return pair_table(run, drawn, findings)


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
