"""How far two readers agree on next-inspection statuses, and the tracker with each of them.

    python benchmarks/status_readers.py RUN_DIR

RUN_DIR: a run of the 40 reports of the three status sets (`python benchmarks/fresh_pairs.py OUT --labels
tests/data/tracker_next_third.csv`, then `python -m pipeline run --corpus OUT --out RUN_DIR`). Reads the first labels
of the 93 held-out recommendations (tracker_next_fresh.csv held_out, tracker_next_more.csv check,
tracker_next_third.csv) and their blind second reading (tracker_next_second_reading.csv), and prints per set and
pooled: reader against reader, the tracker against the first labels and against the second reading, with 95%
intervals resampling authorities (the unit each pair of reports belongs to); then the tracker where both readers
agree, and its confusions against the second reading.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "benchmarks"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import tracker_quality as quality  # noqa: E402
from pipeline.tracker import TrackerParams  # noqa: E402

DATA = ROOT / "tests" / "data"
SETS = (("fresh", "held_out"), ("more", "check"), ("third", "held_out"))
STATUSES = ("improved", "mixed", "still a concern", "not mentioned")


def statuses(run_dir: Path) -> pd.DataFrame:
    """One row per held-out recommendation: set, authority, first (label), second (blind reading), tracker."""
    table, recs, _ = quality.run_tracker(run_dir, TrackerParams(), {})
    second = quality.load_fresh(DATA / "tracker_next_second_reading.csv")
    second_of = {(r.report_file, int(r.item)): r.status for r in second.itertuples(index=False)}
    rows = []
    for name, half in SETS:
        labels = quality.load_fresh(DATA / f"tracker_next_{name}.csv")
        labels = labels[labels["half"] == half]
        scored = quality.score_fresh(labels, table, quality.match_fresh(labels, recs))
        for label, score in zip(labels.itertuples(index=False), scored.itertuples(index=False)):
            rows.append({"set": name, "authority": label.authority, "first": label.status,
                         "second": second_of[(label.report_file, int(label.item))], "tracker": score.predicted})
    return pd.DataFrame(rows)


def agreement(rows: pd.DataFrame, a: str, b: str, draws: int = 4000, seed: int = 0) -> tuple[float, float, float]:
    """Share of rows where columns a and b agree, with a 95% interval resampling authorities."""
    same = (rows[a] == rows[b]).to_numpy()
    groups = [same[idx] for idx in rows.groupby("authority").indices.values()]
    rng = np.random.default_rng(seed)
    shares = []
    for _ in range(draws):
        picked = [groups[i] for i in rng.integers(0, len(groups), len(groups))]
        shares.append(np.concatenate(picked).mean())
    low, high = np.percentile(shares, [2.5, 97.5])
    return float(same.mean()), float(low), float(high)


def kappa(rows: pd.DataFrame, a: str, b: str) -> float:
    """Cohen's kappa of two columns of statuses."""
    observed = (rows[a] == rows[b]).mean()
    left, right = Counter(rows[a]), Counter(rows[b])
    expected = sum(left[s] * right[s] for s in STATUSES) / len(rows) ** 2
    return float((observed - expected) / (1 - expected))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("run_dir", type=Path)
    rows = statuses(parser.parse_args().run_dir)
    for name in ("fresh", "more", "third", "pooled"):
        part = rows if name == "pooled" else rows[rows["set"] == name]
        cells = [f"{a}~{b} {share:.2f} [{low:.2f}, {high:.2f}]"
                 for a, b in (("first", "second"), ("tracker", "first"), ("tracker", "second"))
                 for share, low, high in [agreement(part, a, b)]]
        print(f"{name:6s} recs={len(part):3d}  " + "  ".join(cells))
    print(f"readers' kappa {kappa(rows, 'first', 'second'):.3f}")
    both = rows[rows["first"] == rows["second"]]
    share, low, high = agreement(both, "tracker", "first")
    print(f"where the readers agree ({len(both)}): tracker {share:.2f} [{low:.2f}, {high:.2f}]")
    counts = Counter(zip(rows["second"], rows["tracker"]))
    print("second reading \\ tracker:", ", ".join(STATUSES))
    for status in STATUSES:
        print(f"  {status:16s}", [counts[(status, other)] for other in STATUSES])


if __name__ == "__main__":
    main()
