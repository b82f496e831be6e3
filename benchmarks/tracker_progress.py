"""Agreement of tracker.csv's `progress` (pipeline.tracker.progress) with hand labels of response rows.

    python benchmarks/tracker_progress.py [--half tuning|check|all] [--labels CSV] [--wrong]

Reads tests/data/tracker_progress_labels.csv (one labeller; its header says how the rows were drawn), runs the
rule on each row's quote (and whether the tracker marked it as restating the inspection), and prints the
agreement, Cohen's kappa, the confusion table and each class's precision and recall for the half asked. The
check half is scored once, at the end of the round that wrote the rule: a second scoring of it is tuning.
--wrong lists the rows the rule reads otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.tracker.progress import PROGRESS, progress_of  # noqa: E402
from pipeline.tracker.responses import RESTATES  # noqa: E402

LABELS = ROOT / "tests" / "data" / "tracker_progress_labels.csv"


def scored(labels: pd.DataFrame) -> pd.DataFrame:
    """The labelled rows with the rule's reading (`rule`)."""
    from pipeline.meeting_text import parser

    nlp = parser()
    return labels.assign(rule=[progress_of(q, m == RESTATES, nlp) for q, m in zip(labels["quote"], labels["match"])])


def kappa(a: pd.Series, b: pd.Series) -> float:
    observed = float((a == b).mean())
    expected = sum(float((a == c).mean()) * float((b == c).mean()) for c in PROGRESS)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", default="tuning", choices=["tuning", "check", "all"])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--wrong", action="store_true")
    args = parser.parse_args()
    labels = pd.read_csv(args.labels, comment="#")
    if args.half != "all":
        labels = labels[labels["half"] == args.half]
    rows = scored(labels)
    right = int((rows["rule"] == rows["progress"]).sum())
    print(f"{args.half}: {len(rows)} rows of {rows['document'].nunique()} documents; agreement {right}/{len(rows)} = "
          f"{right / max(len(rows), 1):.2f}, kappa {kappa(rows['progress'], rows['rule']):.2f}; "
          f"majority class {rows['progress'].value_counts().iloc[0] / max(len(rows), 1):.2f}")
    print(pd.crosstab(rows["progress"].rename("label"), rows["rule"].rename("rule")).to_string())
    for c in PROGRESS:
        said, labelled = int((rows["rule"] == c).sum()), int((rows["progress"] == c).sum())
        hit = int(((rows["rule"] == c) & (rows["progress"] == c)).sum())
        print(f"  {c}: precision {hit}/{said}, recall {hit}/{labelled}")
    if args.wrong:
        for r in rows[rows["rule"] != rows["progress"]].itertuples():
            print(f"- label {r.progress} | rule {r.rule} | {r.quote[:220]}")


if __name__ == "__main__":
    main()
