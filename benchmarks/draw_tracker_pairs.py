"""Draw of the second set of fresh report pairs for the tracker's next-inspection status (issue #18):
tests/data/tracker_next_more.csv was labelled by hand from this draw.

    python benchmarks/draw_tracker_pairs.py OUT_CSV [--shared ../shared]

The authorities of SHARED with a SIF report (ofsted_reports_sif) and a later report (ofsted_reports) that are not
among the ten of tests/data/tracker_next_fresh.csv: Bolton, Brighton and Hove, Buckinghamshire, Durham, Lambeth,
Manchester, Nottinghamshire, Plymouth, Redbridge, South Tyneside (every such authority; gaps of 5-11 years). Split
by authority before any reading: sorted by sha256("status18e-" + slug), the first 5 tune, the other 5 check. From
each older report's list of what the local authority needs to improve (paragraph numbers FIRST-LAST below, read off
the report; "strengths" and LSCB lists left out), 5 list positions are drawn with
random.Random("status18e-" + slug).sample(range(1, n + 1), 5). Writes the draw (half, authority, report_file, item =
paragraph number, recommendation = its first sentence, next_file) with empty status and evidence, to be labelled by
reading the next report.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# slug: (older report, its list's first and last paragraph number, later report)
PAIRS = {
    "bolton": ("bolton_2014-mar-21.pdf", 21, 32, "bolton_2023-oct-27.pdf"),
    "brighton-and-hove": ("brighton-and-hove_2015-jun-22.pdf", 1, 11, "brighton-and-hove_2024-may-16.pdf"),
    "buckinghamshire": ("buckinghamshire_2018-jan-29.pdf", 1, 10, "buckinghamshire_2025-may-14.pdf"),
    "durham": ("durham_2016-may-16.pdf", 1, 14, "durham_2022-jul-05.pdf"),
    "lambeth": ("lambeth_2015-may-12.pdf", 1, 22, "lambeth_2022-dec-16.pdf"),
    "manchester": ("manchester_2014-sep-03.pdf", 11, 34, "manchester_2025-nov-11.pdf"),
    "nottinghamshire": ("nottinghamshire_2015-jul-20.pdf", 1, 11, "nottinghamshire_2024-jul-12.pdf"),
    "plymouth": ("plymouth_2015-jan-06.pdf", 1, 17, "plymouth_2024-mar-15.pdf"),
    "redbridge": ("redbridge_2016-nov-25.pdf", 1, 9, "redbridge_2024-jul-23.pdf"),
    "south-tyneside": ("south-tyneside_2017-nov-24.pdf", 1, 7, "south-tyneside_2023-may-10.pdf"),
}


def halves() -> dict[str, str]:
    order = sorted(PAIRS, key=lambda slug: hashlib.sha256(f"status18e-{slug}".encode()).hexdigest())
    return {slug: ("tune" if i < len(order) // 2 else "check") for i, slug in enumerate(order)}


def paragraph(text: str, number: int) -> str:
    """The first sentence of numbered paragraph `number` of the report's list (after its heading "Recommendations"
    or "What does the local authority need to improve?" on a line of its own), without "(Paragraph 46)"."""
    heading = re.search(r"(?m)^(Recommendations|What does the local authority need to improve\?)\s*$", text)
    match = re.search(rf"(?m)^{number}\.\s+(.+?)(?=\n\s*\n|\n\d+\.\s)", text[heading.end():], re.DOTALL)
    body = re.sub(r"\s*\(Paragraphs? [^)]*\)", "", " ".join(match.group(1).split())) if match else ""
    return re.split(r"(?<=[a-z)’'])\.\s+(?=[A-Z])", body)[0].rstrip(".")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    from pipeline.readers import read_document
    split, rows = halves(), []
    for slug, (older, first, last, newer) in PAIRS.items():
        text = read_document(args.shared / "ofsted_reports_sif" / older).text
        picks = random.Random(f"status18e-{slug}").sample(range(1, last - first + 2), 5)
        for position in sorted(picks):
            number = first + position - 1
            rows.append({"half": split[slug], "authority": slug, "report_file": older, "item": number,
                         "recommendation": paragraph(text, number), "next_file": newer, "status": "",
                         "evidence": "", "note": ""})
    rows.sort(key=lambda r: (r["half"] != "tune", r["authority"], r["item"]))
    with args.out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} recommendations of {len(PAIRS)} authorities -> {args.out}")


if __name__ == "__main__":
    main()
