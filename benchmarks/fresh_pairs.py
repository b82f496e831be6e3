"""Corpus folder of the fresh report pairs labelled in tests/data/tracker_next_fresh.csv (an older and a newer Ofsted
report of the same authority), for benchmarks/tracker_quality.py --fresh.

    python benchmarks/fresh_pairs.py OUT_FOLDER [--shared ../shared] [--labels tests/data/tracker_next_more.csv]
    python -m pipeline run --corpus OUT_FOLDER --out RUN_DIR
    python benchmarks/tracker_quality.py outputs/bundled --fresh RUN_DIR

Copies each labelled report and its next report from SHARED/ofsted_reports_sif or SHARED/ofsted_reports and writes a
manifest.csv (file, authority, doc_type=inspection_report, date from the folder's manifest `published`, title,
source), so the tracker pairs them by authority and date. --labels: another labelled file of the same columns
(report_file, next_file), e.g. the second set tests/data/tracker_next_more.csv.
"""

from __future__ import annotations

import argparse
import csv
import shutil
from datetime import datetime
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "data" / "tracker_next_fresh.csv"
FOLDERS = ("ofsted_reports_sif", "ofsted_reports")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--labels", type=Path, default=LABELS)
    args = parser.parse_args()
    labels = pd.read_csv(args.labels, comment="#", keep_default_na=False)
    wanted = set(labels["report_file"]) | set(labels["next_file"])
    args.out.mkdir(parents=True, exist_ok=True)
    rows = []
    for folder in FOLDERS:
        manifest = args.shared / folder / "manifest.csv"
        for row in csv.DictReader(manifest.open(encoding="utf-8")):
            if row["file"] not in wanted:
                continue
            shutil.copy(args.shared / folder / row["file"], args.out / row["file"])
            date = datetime.strptime(row["published"], "%d/%m/%y").date().isoformat()
            rows.append({"file": row["file"], "authority": row["authority"], "doc_type": "inspection_report",
                         "date": date, "title": f"Ofsted inspection: {row['authority']} ({date[:4]})",
                         "source": row["source"]})
            wanted.discard(row["file"])
    if wanted:
        raise SystemExit(f"{args.shared}: labelled reports not found: {', '.join(sorted(wanted))}")
    with (args.out / "manifest.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} reports -> {args.out}")


if __name__ == "__main__":
    main()
