"""Junk among the findings: headings, table rows, boilerplate and fragments in Ofsted reports, meeting furniture in
council minutes.

    python benchmarks/junk_quality.py draw --seed 1 --out outputs/junk_draw.csv   # a sample to label by hand
    python benchmarks/junk_quality.py score [--labels tests/data/junk_sample.csv] [--minutes DIR ...]

`draw` segments and classifies (rules only: the rules decide what is left out) the SIF reports in
../shared/ofsted_reports_sif and the ILACS reports in ../shared/ofsted_reports, and draws 100 findings from each
folder with documents as the sampling unit: a document is drawn at random (with replacement, seeded), then one of
its findings at random; a finding drawn twice is replaced by another draw. The rows are written unlabelled
(`junk` and `why` empty) for a person to fill in.

`score` reads the labelled sample (tests/data/junk_sample.csv; its header says how it was drawn and labelled),
finds each labelled finding among the current code's segments of the same document (by its text), and prints per
sample and corpus: how many labelled rows are still findings, the junk share among them (with a 90% interval from
resampling documents), and how many rows labelled not junk are now left out (real findings lost). With
`--minutes DIR` it also prints, for the minutes files in each folder, the findings kept, the segments left out by
reason, and the share of kept findings that the meeting-furniture patterns of the tests mark as furniture
(`furniture_check`; an independent list, written for the fixtures, not the classifier's own rules).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.config import RunConfig  # noqa: E402
from pipeline.ingest import ingest  # noqa: E402
from pipeline.segment import segment  # noqa: E402
from pipeline.uncertainty import ratio_interval  # noqa: E402

SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").is_dir() else Path("/work/shared")
CORPORA = {"sif": SHARED / "ofsted_reports_sif", "ilacs": SHARED / "ofsted_reports"}
SAMPLE_COLUMNS = ["sample", "corpus", "file", "start", "end", "section", "text", "junk", "why"]
KEPT = set(RunConfig().kinds)


def _key(text: str) -> str:
    return " ".join(str(text).split())


# A paragraph number glued to its text in a label written before the segmenter read it as para_ref ("82.Since ...").
GLUED_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,2}){0,2}\.(?=[A-Z‘'\"“])")


def _found(text: str, keys: set[str]) -> bool:
    """The labelled text is among the keys, as labelled or without a glued paragraph number."""
    return text in keys or _key(GLUED_NUMBER.sub("", text)) in keys


def classified(folder: Path, cache: Path) -> pd.DataFrame:
    """Every segment of the folder's documents with the rules' classes (and `reason` when the code gives one)."""
    documents = ingest(folder, text_cache=cache).documents
    return segment(documents).segments


def draw(findings: pd.DataFrame, n: int, seed: int) -> pd.DataFrame:
    """n distinct findings drawn document first (uniform over documents, with replacement), then finding."""
    rng = np.random.default_rng(seed)
    by_file = {file: group.index.to_numpy() for file, group in findings.groupby("file", sort=True)}
    files = sorted(by_file)
    chosen: list[int] = []
    while len(chosen) < n:
        rows = by_file[files[rng.integers(len(files))]]
        row = int(rows[rng.integers(len(rows))])
        if row not in chosen:
            chosen.append(row)
    return findings.loc[chosen]


def cmd_draw(args) -> None:
    out = []
    for name, folder in CORPORA.items():
        segments = classified(folder, args.cache)
        findings = segments[segments["kind"].isin(KEPT)]
        picked = draw(findings, args.n, args.seed)
        out.append(picked.assign(sample=f"seed{args.seed}", corpus=name, junk="", why="")[SAMPLE_COLUMNS])
    table = pd.concat(out, ignore_index=True)
    table["text"] = table["text"].map(_key)
    table.to_csv(args.out, index=False)
    print(f"wrote {len(table)} rows to {args.out}")


def cmd_score(args) -> None:
    labels = pd.read_csv(args.labels, comment="#", dtype=str, keep_default_na=False)
    labels = labels[labels["junk"].isin(["0", "1"])]
    for name, folder in CORPORA.items():
        part = labels[labels["corpus"] == name]
        if part.empty:
            continue
        segments = classified(folder, args.cache)
        segments = segments.assign(key=segments["text"].map(_key))
        kept = segments[segments["kind"].isin(KEPT)].groupby("file")["key"].agg(set).to_dict()
        for sample, rows in part.groupby("sample", sort=True):
            rows = rows.assign(kept=[_found(row.text, kept.get(row.file, set())) for row in rows.itertuples()],
                               is_junk=rows["junk"] == "1")
            still = rows[rows["kept"]]
            per_doc = still.groupby("file").agg(kept=("kept", "size"), junk=("is_junk", "sum"))
            low, high = ratio_interval(per_doc["junk"].to_numpy(), per_doc["kept"].to_numpy())
            lost = rows[~rows["kept"] & ~rows["is_junk"]]
            print(f"{name:6s} {sample:8s} labelled {len(rows):3d}  junk labelled {int(rows['is_junk'].sum()):3d}  "
                  f"still findings {len(still):3d}  junk among them {int(still['is_junk'].sum()):3d} "
                  f"= {still['is_junk'].mean():.1%} (90% interval over documents {low:.1%}-{high:.1%})  "
                  f"not-junk now left out {len(lost)}")
            for row in lost.itertuples():
                print(f"    lost: {row.file}: {row.text[:110]}")
            if args.verbose:
                for row in still[still["is_junk"]].itertuples():
                    print(f"    junk kept: {row.file}: {row.why}: {row.text[:100]}")
    for folder in args.minutes or []:
        score_minutes(Path(folder), args.cache)


def score_minutes(folder: Path, cache: Path) -> None:
    """Findings and exclusions of the minutes files in `folder`, and furniture left among the findings."""
    sys.path.insert(0, str(ROOT / "tests"))
    from minutes_furniture import furniture_check  # the tests' own list, kept apart from the classifier's rules

    segments = classified(folder, cache)
    kept = segments[segments["kind"].isin(KEPT)]
    left = segments[~segments["kind"].isin(KEPT)]
    furniture = kept[kept["text"].map(furniture_check)]
    per_doc = kept.assign(junk=kept["text"].map(furniture_check)).groupby("file").agg(
        kept=("text", "size"), junk=("junk", "sum"))
    low, high = ratio_interval(per_doc["junk"].to_numpy(), per_doc["kept"].to_numpy()) if len(per_doc) else (0.0, 0.0)
    share = len(furniture) / len(kept) if len(kept) else 0.0
    print(f"minutes {folder}: {segments['file'].nunique()} documents, {len(kept)} findings, {len(left)} left out; "
          f"furniture among findings {len(furniture)} = {share:.1%} (90% interval over documents {low:.1%}-{high:.1%})")
    reasons = left["reason"] if "reason" in left else left["kind"]
    for reason, count in reasons.value_counts().items():
        print(f"    left out: {count:4d} {reason}")
    for row in furniture.itertuples():
        print(f"    furniture kept: {row.file}: {_key(row.text)[:110]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=ROOT / "outputs/.cache/text")
    sub = parser.add_subparsers(dest="command", required=True)
    p_draw = sub.add_parser("draw")
    p_draw.add_argument("--seed", type=int, default=1)
    p_draw.add_argument("--n", type=int, default=100)
    p_draw.add_argument("--out", type=Path, required=True)
    p_score = sub.add_parser("score")
    p_score.add_argument("--labels", type=Path, default=ROOT / "tests/data/junk_sample.csv")
    p_score.add_argument("--minutes", nargs="*", type=Path)
    p_score.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    {"draw": cmd_draw, "score": cmd_score}[args.command](args)


if __name__ == "__main__":
    main()
