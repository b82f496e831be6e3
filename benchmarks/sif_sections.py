"""Share of an Ofsted report's findings whose `section` is a heading of a whole part of the report rather than a
judged area: "Inspection judgements about the local authority", "Summary of key findings ..." (with or without a
contents line's page number) or a bare "Summary" (sif37, issue 15).

Each report of the given folders is read as a run without a manifest reads it (text from pipeline.readers, document
type from the text) and segmented (pipeline.segment.segment_document); only findings (segments kept, `reason` empty)
count. Prints per folder the pooled share and the reports whose share is at least --show (the report is the sampling
unit), and with --save writes every segment (file, start, end, section, reason, text) as CSV, to diff two versions of
the code: `python benchmarks/sif_sections.py --save before.csv` on one, then on the other, then
`python benchmarks/sif_sections.py --diff before.csv after.csv`.

    python benchmarks/sif_sections.py [--shared ../shared] [--folders ofsted_reports_sif ofsted_reports] [--show 0.1]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.ingest import infer_doc_type  # noqa: E402
from pipeline.readers import read_document  # noqa: E402
from pipeline.segment import segment_document  # noqa: E402

# A whole part's heading, not a judged area's (a page number after it: a contents line read as a heading).
WHOLE_PART = re.compile(r"^(?:inspection judgements? about the (?:local authority|la)|summary of key findings.*|summary)"
                        r"(?:\s+\d{1,3})?$", re.IGNORECASE)


def segments_of(folder: Path) -> pd.DataFrame:
    """Every segment of every PDF, DOCX, HTML or text file in the folder."""
    rows = []
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in (".pdf", ".txt", ".html", ".docx")):
        text = read_document(path).text
        doc = {"doc_id": path.name, "file": path.name, "authority": "", "date": "", "text": text,
               "doc_type": infer_doc_type(text)}
        rows += [{"folder": folder.name, **row} for row in segment_document(doc)]
    columns = ["folder", "file", "start", "end", "section", "reason", "text"]
    return pd.DataFrame(rows).reindex(columns=columns)


def shares(segments: pd.DataFrame) -> pd.DataFrame:
    """Per report: findings, findings under a whole part's heading, their share."""
    found = segments[segments["reason"].fillna("") == ""]
    whole = found["section"].fillna("").str.strip().str.match(WHOLE_PART)
    table = found.assign(whole=whole).groupby(["folder", "file"])["whole"].agg(findings="size", whole="sum")
    return table.assign(share=table["whole"] / table["findings"]).reset_index()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--folders", nargs="+", default=["ofsted_reports_sif", "ofsted_reports"])
    parser.add_argument("--show", type=float, default=0.1, help="list reports with at least this share")
    parser.add_argument("--save", type=Path, help="write every segment to this CSV")
    parser.add_argument("--diff", type=Path, nargs=2, help="compare two saved CSVs instead of reading reports")
    args = parser.parse_args()
    if args.diff:
        before, after = (pd.read_csv(path, keep_default_na=False) for path in args.diff)
        joined = before.merge(after, on=["folder", "file", "start", "end"], how="outer", suffixes=("", "_after"),
                              indicator=True)
        print("segments only before / only after:", (joined["_merge"] == "left_only").sum(),
              (joined["_merge"] == "right_only").sum())
        both = joined[joined["_merge"] == "both"]
        for column in ("text", "reason", "section"):
            print(f"{column} changed:", (both[column] != both[f"{column}_after"]).sum())
        for name, table in (("before", before), ("after", after)):
            per = shares(table)
            for folder, part in per.groupby("folder"):
                print(f"{name} {folder}: {part['whole'].sum()} of {part['findings'].sum()} "
                      f"({part['whole'].sum() / part['findings'].sum():.1%}); reports with any {int((part['whole'] > 0).sum())}, "
                      f"with >= {args.show:.0%} {int((part['share'] >= args.show).sum())}")
        return
    segments = pd.concat([segments_of(args.shared / folder) for folder in args.folders], ignore_index=True)
    if args.save:
        segments.to_csv(args.save, index=False)
    per = shares(segments)
    for folder, part in per.groupby("folder"):
        print(f"{folder}: {len(part)} reports, {part['whole'].sum()} of {part['findings'].sum()} findings under a "
              f"whole part's heading ({part['whole'].sum() / part['findings'].sum():.1%}); reports with any: "
              f"{int((part['whole'] > 0).sum())}")
        high = part[part["share"] >= args.show].sort_values("share", ascending=False)
        for row in high.itertuples():
            print(f"  {row.file}: {row.whole} of {row.findings} ({row.share:.0%})")


if __name__ == "__main__":
    main()
