"""A recommendation's distinct matter in the lines its next-inspection status rests on (issue #18, status28).

    python benchmarks/tracker_distinct.py BUNDLED_RUN PAIRS_RUN [--floors 0,4,5,...] [--show all|not-mentioned]

BUNDLED_RUN: a run of the bundled corpus; PAIRS_RUN: a run of the 40 reports of the five status sets (copies of
/work/wt/lead36/bundled_b500 and /work/wt/lead34/runpairs40; the tracker writes an embedding cache beside them).
Prints:
- for every labelled status (tracker_quality.status_rows), with the status rule as shipped (next_distinct off): the
  label, the tracker's status, the recommendation's distinct terms (pipeline.tracker.words.distinct_terms at the
  first floor above 0, with their idf over the run's findings), whether any line the status rests on writes one
  ("carried"), how many lines of the whole next report do ("in report"), and the closest line; --show
  not-mentioned: only the labels "not mentioned" and the statuses the rule would turn to it;
- how often the distinct matter is carried, by label;
- each floor of --floors (TrackerParams.next_distinct; 0 = off, the reference; with --whole also each floor with
  next_distinct_whole: only when the whole next report writes no distinct term) in-sample per set, the five sets, all
  and the second reading; the LEAVE-ONE-SET-OUT agreement (each of the five sets scored with the floor best on every
  other labelled status: tracker_quality.leave_one_set_out), paired against the rule on the same labels, and the floor
  best on all 299 paired the same way, with 95% intervals resampling authorities (tracker_status_model's
  paired_interval); the response links' figures beside (they must not move); per setting, the statuses it changes
  and how many of them are labelled "not mentioned".
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import tracker_quality as tq  # noqa: E402
from pipeline.themes.cluster_text import read_glossary  # noqa: E402
from pipeline.tracker import TrackerParams  # noqa: E402
from pipeline.tracker.defined import document_lexical  # noqa: E402
from pipeline.tracker.matter import matched_text, matter_words  # noqa: E402
from pipeline.tracker.words import (carries_terms, content_words, distinct_terms, findings_lexical,  # noqa: E402
                                    idf_weights, lexical_texts)
from tracker_status_model import paired_interval  # noqa: E402

SETS = tuple(name for name, _ in tq.STATUS_SETS)


def run_lines(run_dir: Path, params: TrackerParams, cache: dict, floor: float) -> dict[str, dict]:
    """rec_id -> what the status rests on: status, terms (word -> idf), carried (any evidence line writes a term),
    in_report (lines of the next report writing one), lines (evidence lines in the next report), closest line."""
    table, recs, findings = tq.run_tracker(run_dir, params, cache)
    glossary = read_glossary()
    if "lexical" not in cache:
        lexical = document_lexical(findings, findings_lexical(findings, glossary), glossary)
        cache["lexical"] = dict(zip(findings["finding_id"], lexical))
        cache["idf"] = idf_weights(list(lexical))
    lexical, idf = cache["lexical"], cache["idf"]
    next_part = table[table["part"] == "next_inspection"]
    by_file = findings.groupby("file")["finding_id"].apply(list).to_dict()
    texts = dict(zip(findings["finding_id"], findings["text"]))
    out = {}
    for rec in recs.to_dict("records"):
        rows = next_part[next_part["rec_id"] == rec["rec_id"]]
        if rows.empty:
            continue
        matter = lexical_texts([matter_words(matched_text(rec["text"], params))], glossary)[0]
        terms = distinct_terms(matter, idf, floor)
        evidence = rows[rows["rank"] > 0].sort_values("similarity", ascending=False)
        report_ids = by_file.get(rows["next_file"].iloc[0], [])
        out[rec["rec_id"]] = {
            "status": rows["status"].iloc[0], "terms": {t: round(idf.get(t, 99.0), 1) for t in sorted(terms)},
            "words": len(content_words(matter)),
            "carried": any(carries_terms(lexical[f], terms) for f in evidence["finding_id"]),
            "in_report": sum(carries_terms(lexical[f], terms) for f in report_ids),
            "lines": len(evidence),
            "closest": " ".join(str(texts.get(evidence["finding_id"].iloc[0], "")).split())[:160]
            if len(evidence) else ""}
    return out


def diagnosis(rows: pd.DataFrame, lines: dict[str, dict], show: str) -> None:
    """One line per labelled status: what the tracker gives and whether its lines carry the distinct matter."""
    table = []
    for row in rows.itertuples(index=False):
        info = lines.get(row.rec_id, {})
        table.append({"set": row.set, "label": row.status, "tracker": row.predicted,
                      "terms": len(info.get("terms", {})),
                      "carried": info.get("carried", False), "in_report": info.get("in_report", 0),
                      "lines": info.get("lines", 0)})
        fires = info.get("terms") and info.get("lines") and not info.get("carried")
        if show == "all" or row.status == "not mentioned" or (show == "not-mentioned" and fires):
            print(f"  [{row.set}] {row.authority}: label {row.status!r}, tracker {row.predicted!r}; distinct "
                  f"{info.get('terms', {})} carried={info.get('carried')} in_report={info.get('in_report')} "
                  f"lines={info.get('lines')}\n      closest: {info.get('closest', '')}")
    data = pd.DataFrame(table)
    with_terms = data[data["terms"] > 0]
    print(f"labelled statuses {len(data)}; with distinct terms {len(with_terms)}; with evidence lines and no line "
          f"carrying them {int(((with_terms['lines'] > 0) & ~with_terms['carried']).sum())}")
    print("  by label (recommendations with distinct terms and evidence lines): carried / not carried; not in the "
          "whole next report")
    shown = with_terms[with_terms["lines"] > 0]
    for label, part in shown.groupby("label"):
        print(f"    {label}: {int(part['carried'].sum())} / {int((~part['carried']).sum())}; "
              f"{int((part['in_report'] == 0).sum())}")


def loso_paired(rows_of: dict[str, pd.DataFrame]) -> None:
    """The leave-one-set-out agreement paired against the reference (the first setting), and the setting best on all
    labels paired the same way, intervals resampling authorities."""
    reference = list(rows_of)[0]
    base = rows_of[reference].reset_index(drop=True)
    right, total, folds = tq.leave_one_set_out(rows_of)
    new_ok = base["ok"].to_numpy().copy()
    for name, chosen, _, _ in folds:
        held = (base["set"] == name).to_numpy()
        new_ok[held] = rows_of[chosen].reset_index(drop=True)["ok"].to_numpy()[held]
    five = (base["set"] != "bundled").to_numpy()
    (lo, hi), (dlo, dhi), below = paired_interval(base[five].reset_index(drop=True), new_ok[five],
                                                  base["ok"].to_numpy()[five])
    print("LEAVE-ONE-SET-OUT: " + "; ".join(f"{s} with {k}: {r}/{n}" for s, k, r, n in folds)
          + f" -> {right}/{total} = {right / total:.3f} [{lo:.3f}, {hi:.3f}] (CROSS-VALIDATED); reference "
          f"{int(base['ok'][five].sum())}/{int(five.sum())}; paired {right - int(base['ok'][five].sum()):+d} "
          f"[{dlo:+.1f}, {dhi:+.1f}], {below:.0%} of draws <= 0")
    best = max(rows_of, key=lambda k: (int(rows_of[k]["ok"].sum()), -list(rows_of).index(k)))
    rows = rows_of[best].reset_index(drop=True)
    (lo, hi), (dlo, dhi), below = paired_interval(base, rows["ok"].to_numpy(), base["ok"].to_numpy())
    read_twice = rows["second"] != ""
    print(f"all {len(rows)} with the setting best on all ({best}, IN-SAMPLE): {int(rows['ok'].sum())} = "
          f"{rows['ok'].mean():.3f} [{lo:.3f}, {hi:.3f}]; reference {int(base['ok'].sum())}; paired "
          f"{int(rows['ok'].sum() - base['ok'].sum()):+d} [{dlo:+.1f}, {dhi:+.1f}], {below:.0%} of draws <= 0; second "
          f"reading {int((rows['second'] == rows['predicted'])[read_twice].sum())}/{int(read_twice.sum())} (reference "
          f"{int((base['second'] == base['predicted'])[read_twice].sum())})")
    changed = rows[rows["predicted"] != base["predicted"]]
    print(f"  statuses changed with {best}: {len(changed)}; right before -> after: "
          f"{int(base['ok'][changed.index].sum())} -> {int(changed['ok'].sum())}; label of the changed: "
          f"{changed['status'].value_counts().to_dict()}; was: "
          f"{base.loc[changed.index, 'predicted'].value_counts().to_dict()}")


def changes(rows_of: dict[str, pd.DataFrame]) -> None:
    """Per setting, the statuses it changes against the reference (the first): how many, how many of those are
    labelled "not mentioned" (the rule's precision), and the labels right before -> after."""
    base = rows_of[list(rows_of)[0]].reset_index(drop=True)
    print("statuses changed against the reference (all 299): changed, of which labelled 'not mentioned'; right "
          "before -> after")
    for name, rows in list(rows_of.items())[1:]:
        rows = rows.reset_index(drop=True)
        moved = rows["predicted"] != base["predicted"]
        print(f"  {name}: {int(moved.sum())}, {int((rows['status'][moved] == 'not mentioned').sum())}; "
              f"{int(base['ok'][moved].sum())} -> {int(rows['ok'][moved].sum())}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bundled", type=Path)
    parser.add_argument("pairs", type=Path)
    parser.add_argument("--floors", default="0,4,4.5,5,5.5,6,6.5,7")
    parser.add_argument("--whole", action="store_true",
                        help="also each floor with next_distinct_whole (the whole next report does not write a term)")
    parser.add_argument("--show", choices=("all", "not-mentioned", "none"), default="not-mentioned")
    args = parser.parse_args()
    floors = [float(v) for v in args.floors.split(",")]
    shown_floor = next((f for f in floors if f > 0), 5.0)
    base = replace(TrackerParams(), next_distinct=0.0)
    settings = [(f"next_distinct={floor:g}", replace(base, next_distinct=floor)) for floor in floors]
    if args.whole:
        settings += [(f"next_distinct={floor:g} whole", replace(base, next_distinct=floor, next_distinct_whole=True))
                     for floor in floors if floor > 0]
    cache, pairs_cache, rows_of = {}, {}, {}
    for name, params in settings:
        rows = tq.status_rows(args.bundled, args.pairs, params, cache, pairs_cache)
        rows_of[name] = rows
        table, recs, findings = tq.run_tracker(args.bundled, params, cache)
        labels = tq.load_labels()
        scores = tq.score(labels, table, tq.match_recs(labels, recs), findings)
        resp = {h: tq.figures(scores[scores["half"] == h]) for h in ("tuning", "held_out")}
        per_set = "  ".join(f"{s} {int(rows['ok'][rows['set'] == s].sum())}/{int((rows['set'] == s).sum())}"
                            for s in dict.fromkeys(rows["set"]))
        pairs, read_twice = rows["set"] != "bundled", rows["second"] != ""
        print(f"{name}: {per_set} | five sets {int(rows['ok'][pairs].sum())}/{int(pairs.sum())} all "
              f"{int(rows['ok'].sum())}/{len(rows)} | second reading "
              f"{int((rows['second'] == rows['predicted'])[read_twice].sum())}/{int(read_twice.sum())} | responses "
              f"Walsall {resp['tuning']['precision']:.2f}/{resp['tuning']['recall']:.2f}, West Sussex + Wirral "
              f"{resp['held_out']['precision']:.2f}/{resp['held_out']['recall']:.2f}", flush=True)
    if args.show != "none":
        rows = rows_of[list(rows_of)[0]]
        lines = {**run_lines(args.bundled, base, cache, shown_floor),
                 **run_lines(args.pairs, base, pairs_cache, shown_floor)}
        print(f"\nThe rule as shipped; distinct terms at idf >= {shown_floor:g}:")
        diagnosis(rows, lines, args.show)
    print()
    changes(rows_of)
    loso_paired(rows_of)


if __name__ == "__main__":
    main()
