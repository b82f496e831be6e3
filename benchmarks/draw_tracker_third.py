"""Draw of the third set of recommendations for the tracker's next-inspection status (issue #18):
tests/data/tracker_next_third.csv was labelled by hand from this draw.

    python benchmarks/draw_tracker_third.py OUT_CSV [--shared ../shared] [--per-pair 2]

The 20 (older report, next report) pairs of tests/data/tracker_next_fresh.csv and tests/data/tracker_next_more.csv
(every authority with an older report in ../shared/ofsted_reports_sif and a newer one in ../shared/ofsted_reports;
for Kent both are in the SIF folder). Each older report's list of what the local authority needs to improve (the
same lists as the two sets: numbered paragraphs FIRST-LAST, or the bullets of Kent 2013 and Derbyshire 2014 by list
position; LSCB lists and "strengths" left out) less the items either file holds; from what is left, PER_PAIR items
are drawn with random.Random("status19-" + slug).sample(sorted(left), PER_PAIR). item = the paragraph number (or
bullet position), recommendation = its first sentence, cut to its first 20 words; half = held_out for every row (no
rule has seen these recommendations, though the reports were read by earlier rounds: half of the authorities tune in
the other two files). Hammersmith and Fulham and London Corporation have one item left each, so PER_PAIR = 2 draws 38.
--also FILE (repeatable) leaves out the items of further labelled files too, and --prefix changes the seed's prefix:
the fourth set was drawn with `--also tests/data/tracker_next_third.csv --prefix status21- --per-pair 3`.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SETS = (ROOT / "tests" / "data" / "tracker_next_fresh.csv", ROOT / "tests" / "data" / "tracker_next_more.csv")
FOLDERS = ("ofsted_reports_sif", "ofsted_reports")
HEADING = r"(?mi)^(Recommendations:?|What does the local authority need to improve\?)\s*$"

# slug: (first and last paragraph number of the list, or None for a bulleted list, and the number of bullets)
LISTS = {
    "bedford": (1, 10), "derbyshire": (None, 9), "east-sussex": (19, 27), "halton": (1, 19),
    "hammersmith-and-fulham": (1, 6), "kent": (None, 12), "london-corporation": (1, 6),
    "north-yorkshire": (12, 19), "solihull": (1, 11), "sunderland": (1, 15),
    "bolton": (21, 32), "brighton-and-hove": (1, 11), "buckinghamshire": (1, 10), "durham": (1, 14),
    "lambeth": (1, 22), "manchester": (11, 34), "nottinghamshire": (1, 11), "plymouth": (1, 17),
    "redbridge": (1, 9), "south-tyneside": (1, 7),
}


def first_sentence(body: str) -> str:
    body = re.sub(r"\s*\(Paragraphs? [^)]*\)", "", " ".join(body.split()))
    sentence = re.split(r"(?<=[a-z)’'])\.\s+(?=[A-Z])", body)[0].rstrip(".")
    return " ".join(sentence.split()[:20])


def numbered(text: str, number: int) -> str:
    heading = re.search(HEADING, text)
    match = re.search(rf"(?m)^{number}\.\s*(.+?)(?=\n\s*\n|\n\d+\.)", text[heading.end():], re.DOTALL)
    return first_sentence(match.group(1)) if match else ""


def bulleted(text: str, position: int) -> str:
    start = re.search(r"(?mi)^Areas for improvement\s*$", text).end()
    bullets = re.split(r"\n\s*[\uf000-\uf0ff]", text[start:])[1:]  # bullets: private-use glyphs
    return first_sentence(re.split(r"\n\s*\n(?!\s*[\uf000-\uf0ff]|Within|Immediately)", bullets[position - 1])[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--per-pair", type=int, default=2)
    parser.add_argument("--also", type=Path, action="append", default=[])
    parser.add_argument("--prefix", default="status19-")
    args = parser.parse_args()
    from pipeline.readers import read_document
    held = pd.concat([pd.read_csv(path, comment="#", keep_default_na=False) for path in (*SETS, *args.also)])
    rows = []
    for (slug, older, newer), group in held.groupby(["authority", "report_file", "next_file"]):
        first, last = LISTS[slug]
        span = range(1, last + 1) if first is None else range(first, last + 1)
        left = sorted(set(span) - set(group["item"].astype(int)))
        path = next(args.shared / f / older for f in FOLDERS if (args.shared / f / older).exists())
        text = read_document(path).text
        for item in sorted(random.Random(f"{args.prefix}{slug}").sample(left, min(args.per_pair, len(left)))):
            rec = bulleted(text, item) if first is None else numbered(text, item)
            rows.append({"half": "held_out", "authority": slug, "report_file": older, "item": item,
                         "recommendation": rec, "next_file": newer, "status": "", "evidence": "", "note": ""})
    with args.out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} recommendations of {held['authority'].nunique()} authorities -> {args.out}")


if __name__ == "__main__":
    main()
