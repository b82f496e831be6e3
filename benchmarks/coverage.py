"""Which text of a run's documents is neither a finding nor in excluded.csv, and why (minutes36).

Every piece of a document's text should be a finding or a row of excluded.csv with its reason; the segment stage
drops only headings (they become `section`), contents lines, rows of a judgement table read as grades, and pieces
with no word. This check covers each document's text with the spans of the run's findings (findings.csv, or
segments.parquet when the themes stage has not run) and of excluded.csv, and lists every uncovered span with a
letter in it, with why it was not covered, read from the block the segmenter found it in
(`pipeline.structure.find_blocks`, with the line titles segment reads):

    heading     a heading block, or an item's title in capitals opening a paragraph (dropped by design: section)
    contents    a contents line (dropped by design)
    grade       a judgement-table grade line (dropped by design)
    marker      a bullet's or numbered point's marker ("(ii)", "12.")
    no word     no word of two letters or more ("(i)", "a)", a page's number): dropped by design
    lost        a heading of a council's document that is a line of the record or part of a sentence
                ("Apologies for Absence: Councillor H Hough", "(2) the plan be endorsed; and"), or any other
                text of a paragraph, bullet or numbered point that no file holds

Usage: python benchmarks/coverage.py RUN_DIR [--show N] [--doc-type T]
Prints the counts by reason (and by reason for committee minutes alone) and the first N spans of each reason.
`uncovered(text, spans, line_titles, council)` is the check itself, for tests.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.minutes_layout import record_line  # noqa: E402
from pipeline.structure import CAPS_TITLE, find_blocks  # noqa: E402

LETTER = re.compile(r"[A-Za-z]")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")  # as pipeline.segment reads a word
DESIGN = ("heading", "contents", "grade")  # block kinds the segmenter drops by design


def uncovered(text: str, spans: list[tuple[int, int]], line_titles: bool = True,
              council: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, reason) of each run of `text` no span covers that holds a letter, one per block it falls in.
    council: a council's document, where a heading that is a line of the record or part of a sentence
    (`pipeline.minutes_layout.record_line`) is text lost, not a title."""
    covered = bytearray(len(text))
    for start, end in spans:
        covered[max(0, start):max(0, end)] = b"\x01" * (max(0, end) - max(0, start))
    out = []
    blocks = find_blocks(text, line_titles=line_titles)
    for block in blocks:
        at = block.start
        while at < block.end:
            if covered[at]:
                at += 1
                continue
            stop = at
            while stop < block.end and not covered[stop]:
                stop += 1
            piece = text[at:stop]
            if LETTER.search(piece):
                title = CAPS_TITLE.match(text, block.body_start, block.end)
                if block.kind == "heading" and council and record_line(text[block.start:block.end]):
                    why = "lost"
                elif block.kind in DESIGN:
                    why = block.kind
                elif stop <= block.body_start + 1:
                    why = "marker"
                elif title and at < title.end() and stop <= title.end() + 1:
                    why = "heading"
                elif not WORD.search(piece):
                    why = "no word"
                else:
                    why = "lost"
                out.append((at, stop, why))
            at = stop
    return out


def run_spans(run: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(documents, spans): the run's documents (doc_id, file, doc_type, text) and every finding's and excluded row's
    (doc_id, start, end)."""
    documents = pd.read_parquet(run / "documents.parquet", columns=["doc_id", "file", "doc_type", "text"])
    found = pd.read_csv(run / "findings.csv", usecols=["doc_id", "start", "end"]) if (run / "findings.csv").exists() \
        else pd.read_parquet(run / "segments.parquet", columns=["doc_id", "start", "end"])
    excluded = pd.read_csv(run / "excluded.csv", usecols=["doc_id", "start", "end"])
    return documents, pd.concat([found, excluded], ignore_index=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("run", type=Path)
    parser.add_argument("--show", type=int, default=10, help="spans shown per reason")
    parser.add_argument("--doc-type", default="", help="only documents of this type")
    args = parser.parse_args(argv)
    documents, spans = run_spans(args.run)
    by_doc = {doc: list(zip(part["start"], part["end"])) for doc, part in spans.groupby("doc_id")}
    counts, minutes, shown = Counter(), Counter(), Counter()
    for doc in documents.itertuples(index=False):
        if args.doc_type and doc.doc_type != args.doc_type:
            continue
        pdf = str(doc.file).lower().endswith(".pdf")
        council = doc.doc_type != "inspection_report"
        for start, end, why in uncovered(doc.text, by_doc.get(doc.doc_id, []), line_titles=not pdf, council=council):
            counts[why] += 1
            minutes[why] += doc.doc_type == "committee_minutes"
            if shown[why] < args.show:
                shown[why] += 1
                print(f"{why:9} {doc.file} {start}-{end}: {' '.join(doc.text[start:end].split())[:140]}")
    print(f"uncovered spans with a letter, by reason: {dict(sorted(counts.items()))}")
    print(f"  of them in committee minutes: {dict(sorted((k, v) for k, v in minutes.items() if v))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
