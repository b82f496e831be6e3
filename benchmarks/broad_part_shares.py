"""How many of a broad theme's findings bear each part its label lists, against blind readers' verdicts on the label.

    PYTHONPATH=. python benchmarks/broad_part_shares.py MANIFEST [--out part_shares.csv]

MANIFEST: a CSV with one row per blind read: `read` (its number), `key` (folder holding `key.csv` and
`reader_p/labels.md`, `reader_q/labels.md`: what each reader saw), `verdicts_p`, `verdicts_q` (the readers'
`verdicts.csv`), `before`, `after` (run folders: the key's rows marked "before" are read on `before`, the others on
`after`). For every broad label read, each part (`listed_parts`) is counted two ways on all of the broad theme's
findings: as `Coverage.share` counts a use (all its content words, stemmed; the people of "work with P" by P) and
with the terms of the field topic it names as well (`part_rows`: "workforce churn" by "turnover"); and on the ten
findings each reader saw. Printed: for each least-part bar, how many labels both readers rejected, one rejected and
both accepted fall under it; the bar that separates them, if one does (`separating_bar`); and the verdicts by how
many of a reader's ten findings bear the label's least and most borne part.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.themes.broad_lead import lead_rows
from pipeline.themes.broad_parts import label_parts
from pipeline.themes.coverage import Coverage
from pipeline.themes.honest_judgements import OPENING, parts_of

BARS = (0.05, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3)
REJECTING = {"wrong", "meaningless"}
_WORK_WITH = re.compile(r"^work with (.+)$")


def listed_parts(label: str) -> tuple[str, list[str]]:
    """(kind, parts) of a broad label: "general" for "General judgements on A and B" (its parts), "mixed" and
    "statistics" for those listings, "including" for "X, including Y and Z" (X, Y, Z), "plain" for a listing of two
    parts or more ("A, B and C"), "single" for one topic (itself)."""
    if label.startswith(OPENING):
        return "general", parts_of(label)
    if label.startswith(("Statistics", "Assorted statistics", "Context and statistics")):
        return "statistics", label_parts(label)[1]
    if label.startswith("Mixed findings"):
        return "mixed", label_parts(label)[1]
    including = re.match(r"^(.+?), including (.+)$", label)
    if including:
        rest = label_parts(including.group(2))[1] or [including.group(2)]
        return "including", [including.group(1)] + rest
    parts = label_parts(label)[1]
    return ("plain", parts) if len(parts) > 1 else ("single", [label])


def part_rows(covers: Coverage, theme: int, part: str, terms: bool = True) -> np.ndarray:
    """(n members,) bool: the theme's findings that use `part` (`Coverage.of`; "work with P" by P) or, when `terms`,
    write a term of the field topic it names (`broad_lead.lead_rows`, the count the pipeline leads a listing by)."""
    found = _WORK_WITH.match(part)
    said = found.group(1) if found else part
    return lead_rows(covers, theme, said) if terms else covers.of(theme, said).copy()


def verdict_class(verdicts: list[str]) -> str:
    """"accepted" (no reader rejected), "rejected" (every reader did) or "split"."""
    rejected = sum(v in REJECTING for v in verdicts)
    return "accepted" if not rejected else "rejected" if rejected == len(verdicts) else "split"


def separating_bar(least: list[tuple[float, str]]) -> float | None:
    """The least-part share under which every rejected label falls and no accepted one does (the smallest such
    share), None when none does. least: (least part share, `verdict_class`) per label; split labels aside."""
    rejected = [share for share, kind in least if kind == "rejected"]
    accepted = [share for share, kind in least if kind == "accepted"]
    if not rejected:
        return None
    bar = max(rejected)
    return None if any(share <= bar for share in accepted) else bar + 1e-9


def reader_samples(text: str) -> dict[int, list[str]]:
    """Item number -> the findings shown under it in a reader's `labels.md` ("### Label 4: ..." then "1. ...")."""
    samples: dict[int, list[str]] = {}
    for block in re.split(r"^### Label ", text, flags=re.MULTILINE)[1:]:
        head, *lines = block.split("\n")
        samples[int(head.split(":")[0])] = [re.sub(r"^\d+\.\s*", "", line) for line in lines
                                            if re.match(r"^\d+\.", line)]
    return samples


def _covers(run: Path) -> Coverage:
    findings = pd.read_csv(run / "findings.csv", usecols=["text", "parent_theme_id"])
    findings = findings[findings["parent_theme_id"] >= 0]
    return Coverage(findings["text"].astype(str).tolist(), findings["parent_theme_id"].to_numpy().astype(int))


def measure(manifest: Path) -> tuple[list[dict], list[dict]]:
    """(labels, seen): one row per broad label read (its run, theme, kind, parts, shares both ways, verdicts) and
    one per reader's verdict on a listing (the counts of its ten findings bearing each part)."""
    labels, seen = [], []
    for read in csv.DictReader(manifest.open()):
        key_dir = Path(read["key"])
        keys = [row for row in csv.DictReader((key_dir / "key.csv").open()) if row["level"] == "broad"]
        verdicts = {(reader, int(row["item"])): row["verdict"].strip()
                    for reader in "pq" for row in csv.DictReader(Path(read[f"verdicts_{reader}"]).open())}
        groups: dict[tuple[str, int, str], list[str]] = {}
        for row in keys:
            run = read["before"] if row["run"] == "before" else read["after"]
            groups.setdefault((run, int(row["number"]), row["label"]), []).append(
                verdicts.get((row["reader"], int(row["item"])), "?"))
        for run in sorted({run for run, _, _ in groups}):
            covers = _covers(Path(run))
            for (at, theme, label), said in groups.items():
                if at != run:
                    continue
                kind, parts = listed_parts(label)
                labels.append({"read": read["read"], "run": Path(run).name, "theme": theme, "label": label,
                               "kind": kind, "size": len(covers.members[theme]), "parts": parts,
                               "shares": [round(float(part_rows(covers, theme, p, False).mean()), 3) for p in parts],
                               "with_terms": [round(float(part_rows(covers, theme, p).mean()), 3) for p in parts],
                               "verdicts": said})
        for reader in "pq":
            samples = reader_samples((key_dir / f"reader_{reader}" / "labels.md").read_text(encoding="utf-8"))
            for row in (r for r in keys if r["reader"] == reader):
                kind, parts = listed_parts(row["label"])
                texts = samples.get(int(row["item"]), [])
                if kind not in ("plain", "general") or (kind == "plain" and len(parts) < 2) or not texts:
                    continue
                covers = Coverage(texts, np.zeros(len(texts), dtype=int))
                seen.append({"read": read["read"], "label": row["label"],
                             "verdict": verdicts.get((reader, int(row["item"])), "?"),
                             "seen": [int(part_rows(covers, 0, p).sum()) for p in parts]})
    return labels, seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("manifest", type=Path)
    parser.add_argument("--out", type=Path, default=Path("part_shares.csv"))
    args = parser.parse_args()
    labels, seen = measure(args.manifest)
    pd.DataFrame(labels).to_csv(args.out, index=False)
    plain = [row for row in labels if row["kind"] == "plain"]
    for measure_name in ("shares", "with_terms"):
        least = [(min(row[measure_name]), verdict_class(row["verdicts"])) for row in plain]
        totals = Counter(kind for _, kind in least)
        print(f"plain listings, least part ({measure_name}): {dict(totals)}; separating bar: {separating_bar(least)}")
        for bar in BARS:
            under = Counter(kind for share, kind in least if share < bar)
            print(f"  under {bar:.2f}: rejected {under['rejected']}, split {under['split']}, "
                  f"accepted {under['accepted']}")
    for name, pick in (("least", min), ("most", max)):
        tally = Counter((min(pick(row["seen"]), 6), row["verdict"] in REJECTING) for row in seen)
        print(f"verdicts by the {name} borne part's count in the reader's ten (6 = 6 or more): "
              + "; ".join(f"{n}: {tally[(n, False)]} ok, {tally[(n, True)]} rejected" for n in range(7)))
    print(f"{len(labels)} broad labels, {len(seen)} verdicts on listings -> {args.out}")


if __name__ == "__main__":
    main()
