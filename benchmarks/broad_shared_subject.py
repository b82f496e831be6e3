"""How many of a broad listing's findings bear its best-borne part, by `broad_shared.borne_share`, against blind
readers' verdicts on it, and what `broad_shared.shared_subject_named` would say in its place.

    PYTHONPATH=. python benchmarks/broad_shared_subject.py MANIFEST

MANIFEST: as `benchmarks/broad_part_shares.py` reads it (one row per blind read: `read`, `key`, `verdicts_p`,
`verdicts_q`, `before`, `after`). For every broad listing read ("A, B and C", "General judgements on A and B"; not a
part "work with P"), each part is counted on all of the broad theme's findings (written whole, or in a sub-theme
whose label names it whole); printed: the verdicts by the best part's share, and each listing the step would change
(run, theme, size, old -> new, verdicts on the old). The step is applied to the label as read, alone: in the
pipeline it runs after the other broad steps, so a themes run on copies gives the real count.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import pandas as pd

from pipeline.themes.broad_shared import SHARED, WORK_WITH, borne_share, listing_parts, shared_subject_named
from pipeline.themes.coverage import Coverage

REJECTING = {"wrong", "meaningless"}
BINS = (0.0, 0.2, 0.25, 0.3, SHARED, 0.4, 0.5, 1.01)


def _run(run: Path) -> tuple[Coverage, pd.DataFrame]:
    findings = pd.read_csv(run / "findings.csv", usecols=["text", "theme_label", "parent_theme_id"])
    findings = findings[findings["parent_theme_id"] >= 0].reset_index(drop=True)
    return Coverage(findings["text"].astype(str).tolist(), findings["parent_theme_id"].to_numpy().astype(int)), findings


def measure(manifest: Path) -> list[dict]:
    """One row per broad listing read: read, run, theme, size, label, best (share), new label, verdicts."""
    rows = []
    for read in csv.DictReader(manifest.open()):
        key_dir = Path(read["key"])
        verdicts = {(reader, int(row["item"])): row["verdict"].strip()
                    for reader in "pq" for row in csv.DictReader(Path(read[f"verdicts_{reader}"]).open())}
        groups: dict[tuple[str, int, str], list[str]] = {}
        for row in csv.DictReader((key_dir / "key.csv").open()):
            if row["level"] != "broad":
                continue
            run = read["before"] if row["run"] == "before" else read["after"]
            groups.setdefault((run, int(row["number"]), row["label"]), []).append(
                verdicts.get((row["reader"], int(row["item"])), "?"))
        for run in sorted({run for run, _, _ in groups}):
            covers, findings = _run(Path(run))
            for (at, theme, label), said in groups.items():
                _, parts = listing_parts(label)
                if at != run or not parts or any(WORK_WITH.match(part) for part in parts):
                    continue
                members = findings[findings["parent_theme_id"] == theme]
                children = [(child, group.index.to_numpy()) for child, group in members.groupby("theme_label")]
                rows.append({"read": read["read"], "run": Path(run).name, "theme": theme, "size": len(members),
                             "label": label, "best": max(borne_share(p, covers, theme, children) for p in parts),
                             "new": shared_subject_named(label, covers, theme, children), "verdicts": said})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("manifest", type=Path)
    args = parser.parse_args()
    rows = measure(args.manifest)
    for low, high in zip(BINS, BINS[1:]):
        inside = [row for row in rows if low <= row["best"] < high]
        said = [v for row in inside for v in row["verdicts"]]
        rejected = sum(v in REJECTING for v in said)
        print(f"best part borne by [{low:.2f}, {high:.2f}): {len(inside)} listings, {len(said)} verdicts, "
              f"{rejected} rejecting ({rejected / max(len(said), 1):.0%})")
    for name, test in (("accepted by every reader", lambda n, k: n == 0), ("split", lambda n, k: 0 < n < k),
                       ("rejected by every reader", lambda n, k: n == k)):
        shares = sorted(row["best"] for row in rows
                        if test(sum(v in REJECTING for v in row["verdicts"]), len(row["verdicts"])))
        if shares:
            print(f"{name}: {len(shares)} listings, best part's share median {shares[len(shares) // 2]:.2f}, "
                  f"quartiles {shares[len(shares) // 4]:.2f}-{shares[3 * len(shares) // 4]:.2f}, "
                  f"under {SHARED:.2f}: {sum(s < SHARED for s in shares)}")
    for row in rows:
        if row["new"] != row["label"]:
            print(f"read {row['read']} {row['run']} theme {row['theme']} ({row['size']}): {row['label']} -> "
                  f"{row['new']} {row['verdicts']}")
    print(f"{len(rows)} listings read")


if __name__ == "__main__":
    main()
