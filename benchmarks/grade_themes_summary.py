"""The themes most associated with a judgement over a run of many authorities' inspection reports.

    python benchmarks/grade_themes_summary.py RUN_DIR [--grade inadequate] [--top 8] [--manifest CSV ...]

RUN_DIR: a finished run (after `python -m pipeline matrix RUN_DIR`) over many reports, e.g. the 105 reports of
../shared/ofsted_reports and ../shared/ofsted_reports_sif gathered into one corpus folder with a manifest.
Prints, for "all" graded reports and for each framework alone, the `--top` themes whose concern share in
reports graded `--grade` most exceeds the other graded reports' (ranked by the lower end of the Welch 95 %
interval of the difference), with the intervals and how many reports and authorities each grade rests on.
With --manifest (files with `file` and `overall` columns, as the shared manifests), it first prints how often
the overall grade read from each report (inspections.csv) agrees with the published one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.grade_themes import most_associated  # noqa: E402


def grade_agreement(run_dir: Path, manifests: list[str]) -> str:
    inspections = pd.read_csv(run_dir / "inspections.csv", dtype=str, keep_default_na=False)
    documents = pd.read_csv(run_dir / "documents.csv", dtype=str, keep_default_na=False)[["doc_id", "file"]]
    published = pd.concat([pd.read_csv(m, dtype=str, keep_default_na=False) for m in manifests])
    published = published[published.get("overall", pd.Series("", index=published.index)) != ""]
    merged = inspections.merge(documents, on="doc_id").merge(published[["file", "overall"]], on="file",
                                                             suffixes=("", "_published"))
    agree = int((merged["overall"] == merged["overall_published"]).sum())
    return f"overall grade read from the report = published grade in {agree} of {len(merged)} reports"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("run_dir")
    parser.add_argument("--grade", default="inadequate")
    parser.add_argument("--top", type=int, default=8)
    parser.add_argument("--manifest", nargs="*", default=[])
    args = parser.parse_args()
    run_dir = Path(args.run_dir)
    if args.manifest:
        print(grade_agreement(run_dir, args.manifest))
    table = pd.read_csv(run_dir / "grade_themes.csv", keep_default_na=False)
    inspections = pd.read_csv(run_dir / "inspections.csv", keep_default_na=False)
    graded = inspections[inspections["overall"] != ""]
    print(f"{len(inspections)} inspection reports of {inspections['authority'].nunique()} authorities; "
          f"{len(graded)} with an overall grade read ({graded['authority'].nunique()} authorities): "
          + ", ".join(f"{g} {n}" for g, n in graded["overall"].value_counts().items()))
    for scope in table["framework"].unique():
        part = table[table["framework"] == scope]
        if args.grade not in set(part["grade"]):
            continue
        rest = part[part["grade"] != args.grade].drop_duplicates("grade")
        row = part[part["grade"] == args.grade].iloc[0]
        print(f"\n{scope}: {row['n_reports']} {args.grade} reports ({row['n_authorities']} authorities) against "
              + ", ".join(f"{r.n_reports} {r.grade}" for r in rest.itertuples()))
        print("theme | concern share, " + args.grade + " [95%] | other graded | difference [95%] | q")
        for r in most_associated(table, args.grade, args.top, scope).itertuples():
            others = r.concern_share - r.difference
            print(f"{r.theme_id}: {r.theme_label} | {r.concern_share:.3f} [{r.concern_share_low:.3f}, "
                  f"{r.concern_share_high:.3f}] | {others:.3f} | {r.difference:+.3f} [{r.difference_low:+.3f}, "
                  f"{r.difference_high:+.3f}] | {r.q_value:.3f}")


if __name__ == "__main__":
    main()
