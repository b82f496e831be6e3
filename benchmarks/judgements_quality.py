"""Ofsted judgements and dates read from the shared reports, scored per framework against labels made apart.

Labels:
  - tests/data/sif_grades.csv: grades of the 45 reports of ../shared/ofsted_reports_sif (2013-2018) and the three
    SIF reports of ../shared/authority_reports, read by hand from each report's judgement table before the
    extractor was run on them;
  - the published grades in ../shared/ofsted_reports/manifest.csv and ../shared/authority_reports/manifest.csv
    (ILACS, 2018 on; from a scrape of Ofsted's site: "inspection_pre_dates_judgement" means the framework did not
    grade that area then, so the in-care grade before 2023 is the combined "children in care and care leavers").
  - publication dates: the `published` column of each folder's manifest.
Each report is read as a run without a manifest reads it: text from pipeline.readers, document type from the text
(ingest.infer_doc_type), dates from the text and the PDF's creation date (gazetteer.infer_dates), judgements from
pipeline.judgements.

Printed per framework (SIF, looked after children 2012-2013, ILACS standard before 2023, ILACS short before 2023,
ILACS from 2023): graded areas (cells) right, wrong grade, missed, and invented (a graded row for an area the
labels do not grade); reports with every cell right and nothing invented (documents are the sampling unit); and
dates: share of reports whose `date` is within 62 days of the publication date (and the same from the text alone,
without the PDF's creation date), and whose `published` is exactly it (where the report states it). The tuning data is the same as the scored data: these reports were read while
the extractor was written (see docs/measurements.md, Measured quality), so the figures are not held-out.

    python benchmarks/judgements_quality.py [--shared ../shared] [--show-errors]
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.gazetteer import infer_dates  # noqa: E402
from pipeline.ingest import infer_doc_type  # noqa: E402
from pipeline.judgements import document_judgements  # noqa: E402
from pipeline.readers import read_document  # noqa: E402

GRADES = {"outstanding": 1, "good": 2, "requires improvement": 3, "adequate": 3, "inadequate": 4}
WITHIN_DAYS = 62
# Where a manifest's scraped grade contradicts the report's own judgement table (checked by reading the table):
# the table is taken. (file, area): (grade in the manifest, grade in the report's table).
LABEL_CORRECTIONS = {("oxfordshire_2018-may-22.pdf", "children in care and care leavers"): (3, 2)}


def _iso(value: str) -> str:
    day, month, year = value.split("/")
    return date(2000 + int(year), int(month), int(day)).isoformat()


def load_labels(shared: Path) -> pd.DataFrame:
    """One row per labelled cell: file, path, group, published, area, grade (1-4)."""
    rows = []
    sif = pd.read_csv(ROOT / "tests" / "data" / "sif_grades.csv", comment="#", dtype=str)
    for row in sif.itertuples():
        folder = "ofsted_reports_sif" if (shared / "ofsted_reports_sif" / row.file).exists() else "authority_reports"
        rows.append({"file": row.file, "path": shared / folder / row.file, "group": row.framework,
                     "published": row.published, "area": row.area, "grade": GRADES[row.grade]})
    for folder in ("ofsted_reports", "authority_reports"):
        manifest = pd.read_csv(shared / folder / "manifest.csv", dtype=str, keep_default_na=False)
        for entry in manifest.itertuples():
            if entry.framework not in ("standard", "short"):
                continue  # SIF reports of authority_reports: labelled by hand above
            apart = entry.care_leavers.strip().lower() in GRADES
            group = "ILACS from 2023" if apart else f"ILACS {entry.framework} before 2023"
            areas = {"overall": "overall effectiveness", "leaders": "impact of leaders",
                     "help_protection": "help and protection",
                     "in_care": "children in care" if apart else "children in care and care leavers",
                     "care_leavers": "care leavers"}
            for column, area in areas.items():
                grade = GRADES.get(getattr(entry, column).strip().lower())
                if (entry.file, area) in LABEL_CORRECTIONS:
                    grade = LABEL_CORRECTIONS[entry.file, area][1]
                if grade:
                    rows.append({"file": entry.file, "path": shared / folder / entry.file, "group": group,
                                 "published": _iso(entry.published), "area": area, "grade": grade})
    return pd.DataFrame(rows)


def read_reports(labels: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(extracted judgements: file, area, grade, framework; dates per report: file, doc_type, published, date,
    how)."""
    judged, dated = [], []
    for file, path in labels.drop_duplicates("file")[["file", "path"]].itertuples(index=False):
        read = read_document(path)
        text = read.text
        doc_type = infer_doc_type(text)
        dates = infer_dates(text, file_made=read.made)
        doc = {"doc_id": file, "authority": "", "date": dates.date, "doc_type": doc_type, "text": text}
        for row in document_judgements(doc):
            if row["previous"]:
                continue  # an earlier inspection's grade the report quotes: its own row, not the report's judgement
            judged.append({"file": file, "area": row["area"], "found": row["grade"], "framework": row["framework"]})
        dated.append({"file": file, "doc_type": doc_type, "stated_published": dates.published, "date": dates.date,
                      "how": dates.how, "text_date": infer_dates(text).date})
    return (pd.DataFrame(judged, columns=["file", "area", "found", "framework"]), pd.DataFrame(dated))


def score(labels: pd.DataFrame, judged: pd.DataFrame, dated: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(summary per group, every cell that is not right)."""
    cells = labels.merge(judged, on=["file", "area"], how="left")
    cells["result"] = ["missed" if pd.isna(f) else ("right" if f == g else "wrong")
                       for f, g in zip(cells["found"], cells["grade"])]
    groups = labels.drop_duplicates("file").set_index("file")["group"]
    invented = judged.merge(labels[["file", "area"]], on=["file", "area"], how="left", indicator=True)
    invented = invented[invented["_merge"] == "left_only"].drop(columns="_merge")
    invented["group"] = invented["file"].map(groups)
    invented["result"] = "invented"
    reports = labels.drop_duplicates("file")[["file", "group", "published"]].merge(dated, on="file")

    def days(row, column="date") -> float:
        if len(row[column]) != 10:
            return float("inf")
        return abs((date.fromisoformat(row[column]) - date.fromisoformat(row["published"])).days)

    reports["days"] = reports.apply(days, axis=1)
    reports["text_days"] = reports.apply(days, axis=1, column="text_date")
    rows = []
    for group, part in cells.groupby("group"):
        made_up = invented[invented["group"] == group]
        files = part["file"].unique()
        bad_files = set(part.loc[part["result"] != "right", "file"]) | set(made_up["file"])
        report_dates = reports[reports["group"] == group]
        stated = report_dates[report_dates["stated_published"] != ""]
        rows.append({
            "group": group, "reports": len(files), "cells": len(part),
            "right": int((part["result"] == "right").sum()), "wrong": int((part["result"] == "wrong").sum()),
            "missed": int((part["result"] == "missed").sum()), "invented": len(made_up),
            "share right": round((part["result"] == "right").mean(), 4),
            "reports all right": f"{len(files) - len(bad_files)}/{len(files)}",
            f"date within {WITHIN_DAYS} days": f"{int((report_dates['days'] <= WITHIN_DAYS).sum())}/{len(report_dates)}",
            "text alone": f"{int((report_dates['text_days'] <= WITHIN_DAYS).sum())}/{len(report_dates)}",
            "published stated / exact": f"{len(stated)} / {int((stated['stated_published'] == stated['published']).sum())}",
            "doc_type inspection_report": f"{int((report_dates['doc_type'] == 'inspection_report').sum())}/{len(report_dates)}",
        })
    total = {"group": "all", "reports": sum(r["reports"] for r in rows), "cells": len(cells),
             "right": int((cells["result"] == "right").sum()), "wrong": int((cells["result"] == "wrong").sum()),
             "missed": int((cells["result"] == "missed").sum()), "invented": len(invented),
             "share right": round((cells["result"] == "right").mean(), 4),
             f"date within {WITHIN_DAYS} days": f"{int((reports['days'] <= WITHIN_DAYS).sum())}/{len(reports)}",
             "text alone": f"{int((reports['text_days'] <= WITHIN_DAYS).sum())}/{len(reports)}"}
    errors = pd.concat([cells[cells["result"] != "right"][["group", "file", "area", "grade", "found", "result"]],
                        invented[["group", "file", "area", "found", "result"]]], ignore_index=True)
    late = reports[reports["days"] > WITHIN_DAYS][["group", "file", "published", "date", "how", "days"]]
    late = late.assign(result="date", area="", grade="", found=late["date"])
    return pd.DataFrame(rows + [total]).fillna(""), pd.concat([errors, late[errors.columns.intersection(late.columns)
                                                                          .tolist() + ["how", "days"]]],
                                                              ignore_index=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--show-errors", action="store_true", help="list every cell and date that is not right")
    args = parser.parse_args()
    shared = args.shared if (args.shared / "ofsted_reports_sif").exists() else Path("/work/shared")
    labels = load_labels(shared)
    judged, dated = read_reports(labels)
    summary, errors = score(labels, judged, dated)
    with pd.option_context("display.width", 250, "display.max_columns", 20, "display.max_rows", 500):
        print(summary.to_string(index=False))
        if args.show_errors and len(errors):
            print("\n" + errors.astype(object).fillna("").to_string(index=False))
        print(f"\nlabel corrections (manifest grade, report's table): {LABEL_CORRECTIONS}")


if __name__ == "__main__":
    main()
