"""The second draw of same-document finding pairs, labelled in tests/data/restatement_pairs_second.csv (issue 16).

    python benchmarks/draw_restatement_pairs_second.py OUT_CSV --run s30=SHARED_RUN --run b30=BUNDLED_RUN

Each RUN folder is a finished run (findings.csv, vectors.npy; read only): s30 the 105 shared reports, b30 the bundled
corpus. The split is the first draw's (same_document_pairs.split_of), so a document is in the same half in both
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

from same_document_pairs import close_pairs, draw_split, pair_table, read_run

FIRST_DRAW = Path(__file__).resolve().parents[1] / "tests" / "data" / "restatement_pairs.csv"
SEED = 1717
BANDS = ((0.65, 0.70), (0.70, 0.75), (0.75, 0.80), (0.80, 0.85), (0.85, 0.90), (0.90, 0.95), (0.95, 1.01))
PER_SPLIT = {"s30": (8, 12, 8, 6, 5, 4, 3, 6), "b30": (3, 4, 3, 3, 2, 2, 2, 3)}  # pairs per band, then random
RUN_SEED, ORDER_SEED = {"s30": 0, "b30": 1}, {"s30": 3, "b30": 1}


def draw_run(run: str, folder: Path) -> pd.DataFrame:
    first = pd.read_csv(FIRST_DRAW, comment="#", keep_default_na=False)
    drawn_before = {(d, *sorted((a, b))) for d, a, b in zip(first["doc_id"], first["first_text"], first["second_text"])}
    findings, unit = read_run(folder)
    text = findings["text"]

    def new_pair(doc: str, i: int, j: int) -> bool:
        return text[i] != text[j] and (doc, *sorted((text[i], text[j]))) not in drawn_before

    close, all_pairs = close_pairs(findings, unit, BANDS[0][0], keep=new_pair)
    rng = np.random.default_rng([SEED, RUN_SEED[run]])
    *per_band, n_random = PER_SPLIT[run]
    bands = [(low, high, n) for (low, high), n in zip(BANDS, per_band)]
    drawn = [pair for split in ("TUNE", "CHECK")
             for pair in draw_split(close, all_pairs, findings, unit, split, bands, n_random, rng)]
    pairs = pair_table(run, drawn, findings)
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
