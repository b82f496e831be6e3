"""Next-inspection status on every labelled set at once, for trying settings of the tracker's matcher (issue 18;
docs/measurements.md, status22). All the sets scored here are TUNING material.

    python benchmarks/status_groups.py BUNDLED_RUN PAIRS_RUN [--set name=value ...] [--grid name=v1,v2,...]
                                       [--fifth] [--detail]

BUNDLED_RUN: a run of the bundled corpus (Walsall, West Sussex + Wirral: tests/data/tracker_links.csv; their statuses
and the response links' precision and recall). PAIRS_RUN: a run of the 40 reports of the status sets (fresh_pairs.py
makes the corpus): tracker_next_fresh.csv (tuning, held_out), tracker_next_more.csv (tune, check),
tracker_next_third.csv, tracker_next_fourth.csv, and the blind second reading of 93 of them
(tracker_next_second_reading.csv). --fifth also scores tracker_next_fifth.csv (the held-out set: read it ONCE).
--set: TrackerParams fields for every setting (e.g. next_group=0.3); --grid: one setting per value of a field. Main's
settings (next_group 0: no group read) and the shipped ones are scored first, always. --groups each: the shipped
settings with each group of pipeline/data/child_groups.csv required alone; --groups all: every group required;
--groups "NAME;NAME": those. Prints per setting the statuses agreeing per set, pooled (first labels), with the second
reading and the bundled response precision / recall; --detail adds agreement by label and the confusions.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from dataclasses import fields, replace
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "benchmarks"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import tracker_quality as quality  # noqa: E402
import pipeline.tracker.groups as groups  # noqa: E402
from pipeline.tracker import TrackerParams  # noqa: E402

DATA = ROOT / "tests" / "data"
PAIR_SETS = (("fresh", "tuning"), ("fresh", "held_out"), ("more", "tune"), ("more", "check"),
             ("third", "held_out"), ("fourth", "held_out"))
STATUSES = ("improved", "mixed", "still a concern", "not mentioned")


def _value(field: str, text: str):
    kind = {f.name: f.type for f in fields(TrackerParams)}[field]
    if kind in ("bool", bool):
        return text.lower() in ("1", "true", "on", "yes")
    if kind in ("str", str):
        return text
    return {"int": int, "float": float}.get(kind if isinstance(kind, str) else kind.__name__, float)(text)


def pair_rows(run_dir: Path, params: TrackerParams, cache: dict, fifth: bool) -> pd.DataFrame:
    """One row per labelled recommendation of the 40 reports' sets: set, authority, first, second, tracker."""
    table, recs, _ = quality.run_tracker(run_dir, params, cache)
    second = quality.load_fresh(DATA / "tracker_next_second_reading.csv")
    second_of = {(r.report_file, int(r.item)): r.status for r in second.itertuples(index=False)}
    rows = []
    for name, half in PAIR_SETS + ((("fifth", "held_out"),) if fifth else ()):
        labels = quality.load_fresh(DATA / f"tracker_next_{name}.csv")
        labels = labels[labels["half"] == half]
        scored = quality.score_fresh(labels, table, quality.match_fresh(labels, recs))
        for label, got in zip(labels.itertuples(index=False), scored.itertuples(index=False)):
            rows.append({"set": f"{name}/{half}", "authority": label.authority, "first": label.status,
                         "second": second_of.get((label.report_file, int(label.item)), ""),
                         "tracker": got.predicted})
    return pd.DataFrame(rows)


def bundled_rows(run_dir: Path, params: TrackerParams, cache: dict) -> tuple[pd.DataFrame, dict]:
    """Walsall and West Sussex + Wirral: one row per labelled recommendation, and the response links' figures."""
    labels = quality.load_labels()
    table, recs, findings = quality.run_tracker(run_dir, params, cache)
    scores = quality.score(labels, table, quality.match_recs(labels, recs), findings)
    figures = {half: quality.figures(scores[scores["half"] == half]) for half in ("tuning", "held_out")}
    rows = pd.DataFrame({"set": scores["half"].map({"tuning": "walsall", "held_out": "wsussex+wirral"}),
                         "authority": scores["report_file"], "first": scores["status"], "second": "",
                         "tracker": scores["predicted"]})
    return rows, figures


def interval(rows: pd.DataFrame, draws: int = 4000, seed: int = 0) -> tuple[float, float]:
    """95% interval of the agreement with the first labels, resampling authorities."""
    same = (rows["first"] == rows["tracker"]).to_numpy()
    groups = [same[idx] for idx in rows.groupby("authority").indices.values()]
    rng = np.random.default_rng(seed)
    shares = [np.concatenate([groups[i] for i in rng.integers(0, len(groups), len(groups))]).mean()
              for _ in range(draws)]
    return tuple(float(x) for x in np.percentile(shares, [2.5, 97.5]))


def summary(rows: pd.DataFrame, figures: dict, detail: bool) -> str:
    ok = rows["first"] == rows["tracker"]
    parts = [f"{name} {int(ok[rows['set'] == name].sum())}/{int((rows['set'] == name).sum())}"
             for name in dict.fromkeys(rows["set"])]
    pairs = ~rows["set"].isin(("walsall", "wsussex+wirral", "fifth/held_out"))
    fifth = rows["set"] == "fifth/held_out"
    second = rows["second"] != ""
    line = ("  ".join(parts) + f" | pairs {int(ok[pairs].sum())}/{int(pairs.sum())}"
            f" all {int(ok[~fifth].sum())}/{int((~fifth).sum())}"
            f" | second {int((rows['second'] == rows['tracker'])[second].sum())}/{int(second.sum())}"
            f" | resp P/R walsall {figures['tuning']['precision']:.2f}/{figures['tuning']['recall']:.2f}"
            f" ws+w {figures['held_out']['precision']:.2f}/{figures['held_out']['recall']:.2f}")
    if fifth.any():
        low, high = interval(rows[fifth])
        line += (f"\n   fifth: {ok[fifth].mean():.2f} [{low:.2f}, {high:.2f}] "
                 f"({int(ok[fifth].sum())} of {int(fifth.sum())})")
    if detail:
        tuning = rows[~fifth]
        by_label = [f"{s} {int(((tuning['first'] == s) & ok[~fifth]).sum())}/{int((tuning['first'] == s).sum())}"
                    for s in STATUSES]
        wrong = Counter(zip(tuning["first"], tuning["tracker"]))
        line += ("\n   by label (all tuning): " + ", ".join(by_label) + "\n   confusions (label -> tracker): "
                 + ", ".join(f"{a} -> {b} {n}" for (a, b), n in sorted(wrong.items()) if a != b))
        for name in ("fifth/held_out",) if fifth.any() else ():
            part = rows[rows["set"] == name]
            wrong = Counter(zip(part["first"], part["tracker"]))
            line += (f"\n   {name} by label: " + ", ".join(
                f"{s} {int(((part['first'] == s) & (part['first'] == part['tracker'])).sum())}/"
                f"{int((part['first'] == s).sum())}" for s in STATUSES) + "; confusions: "
                + ", ".join(f"{a} -> {b} {n}" for (a, b), n in sorted(wrong.items()) if a != b))
    return line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bundled_run", type=Path)
    parser.add_argument("pairs_run", type=Path)
    parser.add_argument("--set", action="append", default=[], help="name=value, a TrackerParams field")
    parser.add_argument("--grid", action="append", default=[], help="name=v1,v2,...: one setting per value")
    parser.add_argument("--fifth", action="store_true", help="also score tracker_next_fifth.csv (held out)")
    parser.add_argument("--detail", action="store_true")
    parser.add_argument("--groups", default="", help='"each", "all" or "NAME;NAME": the groups required')
    args = parser.parse_args()
    base = replace(TrackerParams(), **{k: _value(k, v) for k, v in (s.split("=", 1) for s in args.set)})
    settings = [("shipped", TrackerParams())]
    if args.set:
        settings.append((" ".join(args.set), base))
    for grid in args.grid:
        name, values = grid.split("=", 1)
        settings += [(f"{' '.join(args.set)} {name}={v}".strip(), replace(base, **{name: _value(name, v)}))
                     for v in values.split(",")]
    settings.insert(0, ("main (next_group 0)", replace(TrackerParams(), next_group=0.0)))
    original = groups.read_groups()
    chosen = {"": [None], "each": [g[0] for g in original], "all": ["all"]}.get(args.groups, [args.groups])
    bundled_cache, pairs_cache = {}, {}
    for required, (name, params) in itertools.product(chosen, settings):
        if required is not None:
            if name.startswith("main"):
                continue
            names = {g[0] for g in original} if required == "all" else set(required.split(";"))
            groups.read_groups = lambda names=names: tuple((g, g in names, t, n) for g, _, t, n in original)
            name = f"{name} groups={required}"
        bundled, figures = bundled_rows(args.bundled_run, params, bundled_cache)
        rows = pd.concat([bundled, pair_rows(args.pairs_run, params, pairs_cache, args.fifth)], ignore_index=True)
        print(f"{name}: {summary(rows, figures, args.detail)}", flush=True)


if __name__ == "__main__":
    main()
