"""Paired before / after comparison of two `polarity_check.py final --save` files, with documents as the unit.

    python benchmarks/polarity_paired.py BEFORE.csv AFTER.csv

For each check set: polarity (and kind) macro-F1 before and after, the difference, and a 95% interval of the
difference from a bootstrap over documents (the same drawn documents score both runs, so the interval is paired).
Rows are matched by set, document and text; the labels are the AFTER file's (the same in both unless relabelled).
"""

from __future__ import annotations

import argparse

import numpy as np
import pandas as pd
from sklearn.metrics import f1_score

DRAWS = 2000


def macro(labels: np.ndarray, predicted: np.ndarray) -> float:
    return f1_score(labels, predicted, average="macro")


def paired(table: pd.DataFrame, label: str, draws: int = DRAWS, seed: int = 0) -> dict[str, float]:
    """F1 before, after, after - before and its 95% interval over documents drawn with replacement."""
    y, before, after = (table[c].astype(str).to_numpy() for c in (label, f"{label}_before", f"{label}_after"))
    rows_of = [np.flatnonzero(table["doc"].to_numpy() == doc) for doc in table["doc"].unique()]
    rng = np.random.default_rng(seed)
    differences = []
    for _ in range(draws):
        rows = np.concatenate([rows_of[i] for i in rng.integers(0, len(rows_of), len(rows_of))])
        differences.append(macro(y[rows], after[rows]) - macro(y[rows], before[rows]))
    low, high = np.percentile(differences, [2.5, 97.5])
    return {"before": macro(y, before), "after": macro(y, after), "difference": macro(y, after) - macro(y, before),
            "low": low, "high": high, "n": len(table), "documents": len(rows_of)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before")
    parser.add_argument("after")
    args = parser.parse_args()
    keys = ["set", "doc", "text"]
    before = pd.read_csv(args.before, dtype=str, keep_default_na=False).drop_duplicates(keys)
    after = pd.read_csv(args.after, dtype=str, keep_default_na=False).drop_duplicates(keys)
    table = after.merge(before[keys + ["predicted_polarity", "predicted_kind"]], on=keys,
                        suffixes=("_after", "_before"))
    table = table.rename(columns={"predicted_polarity_after": "polarity_after", "predicted_polarity_before":
                                  "polarity_before", "predicted_kind_after": "kind_after",
                                  "predicted_kind_before": "kind_before"})
    print(f"{len(table)} of {len(after)} rows matched")
    for label in ("polarity", "kind"):
        rows = {name: paired(part.reset_index(drop=True), label) for name, part in table.groupby("set", sort=False)}
        print(f"\n== {label} macro-F1, after - before, 95% interval over documents (paired)\n"
              + pd.DataFrame(rows).T.round(3).to_string())


if __name__ == "__main__":
    main()
