"""Where the tracker's next-inspection statuses go wrong on the five labelled status sets (issue #18), and which step
left out the lines the reader weighed. All these sets are TUNING material.

    python benchmarks/status_causes.py BUNDLED_RUN PAIRS_RUN [--wrong] [--set FIELD=VALUE ...]

BUNDLED_RUN, PAIRS_RUN as for benchmarks/tracker_quality.py --loso (a run of the bundled corpus; a run of the 40
reports of the status sets, benchmarks/fresh_pairs.py). Prints, with the shipped TrackerParams:
- the confusion matrix (label x tracker) of the 242 labelled statuses of the five sets (tracker_next_fresh, _more,
  _third, _fourth, _fifth), and of the bundled ones beside;
- for every evidence sentence the reader wrote down (the sets' `evidence` column, " | "-joined), why the tracker did
  or did not weigh it for that recommendation (pipeline.tracker.next_inspection.weighed: below next_threshold, not
  among its closest recommendations, beyond next_k, off the common matter; or not a line of the next report the
  tracker reads at all: a graded-judgement line, a repeat), counted for the right and the wrong statuses apart, with
  the sentence's polarity;
- per wrong status, its cause: the tracker weighed none of the reader's lines, part of them or all; and whether the
  reader's lines alone, as the tracker reads their polarity, would give the reader's status (if so the matcher is to
  blame - lines the reader did not use, or missed ones -; if not, the polarity or the decision rule).
--wrong: also list each wrong status with its reader's lines and why each was (not) weighed.
--set: a TrackerParams field at another value than shipped (e.g. next_threshold=0.45).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import tracker_quality as tq  # noqa: E402
from pipeline.tracker import TrackerParams  # noqa: E402
from pipeline.tracker import table as tracker_table  # noqa: E402
from pipeline.tracker.next_inspection import WEIGHED, status_from, weighed  # noqa: E402

NOT_READ = "not a line the tracker reads"
ORDER = ("improved", "mixed", "still a concern", "not mentioned")


def _key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", str(text).lower().replace("’", "'")))


def recorded_reasons() -> dict[str, dict[str, tuple[str, float, str]]]:
    """Wrap the tracker's next_inspection_links so that each call records, per recommendation, every next-report
    line's key -> (why weighed or not, score, polarity as weighed). Returns the dict the calls fill."""
    seen: dict[str, dict[str, tuple[str, float, str]]] = {}
    original = tracker_table.next_inspection_links

    def recording(base, rows, sims, ranks, records, doc_type, params, asked=frozenset(), grades=([], None),
                  overlap=None, vectors=None, distinct=None, parts=None):
        reasons = weighed(sims, ranks, params, overlap, vectors)[1]
        seen[base["rec_id"]] = {
            _key(records[row]["text"]): (why, float(sims[i]), "concern" if records[row]["kind"] == "recommendation"
                                         else str(records[row]["polarity"]))
            for i, (row, why) in enumerate(zip(rows, reasons))}
        return original(base, rows, sims, ranks, records, doc_type, params, asked, grades, overlap, vectors, distinct,
                        parts)

    tracker_table.next_inspection_links = recording
    return seen


def lookup(sentence: str, lines: dict[str, tuple[str, float, str]]) -> tuple[str, float, str]:
    """The tracker's record of the next-report line that holds the reader's `sentence` (its first 60 characters of
    words: PDF text and the reader's copy may differ in the tail)."""
    key = _key(sentence)[:60]
    hit = next((value for line, value in lines.items() if key and key in line), None)
    return hit if hit else (NOT_READ, float("nan"), "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bundled_run", type=Path)
    parser.add_argument("pairs_run", type=Path)
    parser.add_argument("--wrong", action="store_true", help="list each wrong status with its reader's lines")
    parser.add_argument("--set", action="append", default=[], help="FIELD=VALUE: a TrackerParams field")
    args = parser.parse_args()
    params = TrackerParams()
    for setting in args.set:
        field, value = setting.split("=", 1)
        params = replace(params, **{field: type(getattr(params, field))(float(value))})
    seen = recorded_reasons()
    rows = tq.status_rows(args.bundled_run, args.pairs_run, params, {}, {})  # records `seen` as it goes
    labels = pd.concat([tq.load_fresh(path).assign(set=name) for name, path in tq.STATUS_SETS], ignore_index=True)
    pairs = rows[rows["set"] != "bundled"].reset_index(drop=True)
    for name, part in (("five sets", pairs), ("bundled", rows[rows["set"] == "bundled"])):
        table = pd.crosstab(part["status"], part["predicted"]).reindex(index=ORDER, columns=ORDER, fill_value=0)
        print(f"{name}: {int(part['ok'].sum())}/{len(part)} right; label (rows) x tracker (columns)")
        print(table.to_string(), "\n")
    counts: Counter = Counter()
    causes: Counter = Counter()
    for i in range(len(pairs)):
        row, label = pairs.loc[i], labels.loc[i]
        lines = seen.get(row["rec_id"], {})
        found = [lookup(s, lines) for s in str(label["evidence"]).split(" | ") if s.strip()]
        for why, _, polarity in found:
            counts[("right" if row["ok"] else "wrong", why, polarity or "-")] += 1
        if row["ok"]:
            continue
        used = sum(why.startswith(WEIGHED) for why, _, _ in found)
        share = "none" if not used else ("all" if used == len(found) else "part")
        readable = [(p, s) for _, s, p in found if p]
        alone = status_from([p for p, _ in readable], [1.0] * len(readable), params) if readable else "not mentioned"
        blame = "matcher" if alone == row["status"] else "polarity or rule"
        causes[(f"{row['status']} -> {row['predicted']}", f"reader's lines weighed: {share}", blame)] += 1
        if args.wrong:
            print(f"[{row['set']}] {label['authority']} item {label['item']}: reader {row['status']}, tracker "
                  f"{row['predicted']} ({share} weighed; the reader's lines alone: {alone})")
            for sentence, (why, score, polarity) in zip([s for s in str(label['evidence']).split(' | ') if s.strip()],
                                                       found):
                print(f"    {why:40s} {score:5.2f} {polarity:8s} {sentence[:110]}")
    print("the reader's evidence sentences: status right/wrong, why (not) weighed, polarity -> count")
    for (ok, why, polarity), n in sorted(counts.items()):
        print(f"  {ok:5s} {why:40s} {polarity:16s} {n}")
    for ok in ("right", "wrong"):
        mine = {key: n for key, n in counts.items() if key[0] == ok}
        used = sum(n for key, n in mine.items() if key[1].startswith(WEIGHED))
        print(f"  {ok}: {used} of {sum(mine.values())} of the reader's sentences weighed")
    print("\nwrong statuses by class, how much of the reader's evidence was weighed, and the blame -> count")
    for key, n in sorted(causes.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {key[0]:34s} {key[1]:32s} {key[2]:18s} {n}")
    for blame in ("matcher", "polarity or rule"):
        print(f"  blame {blame}: {sum(n for key, n in causes.items() if key[2] == blame)} of {sum(causes.values())}")


if __name__ == "__main__":
    main()
