"""Quality of kind / polarity / voice on the hand-labelled segments, and of judgement extraction on the manifests.

    python benchmarks/classify_quality.py [--corpus corpus] [--shared ../shared] [--no-judgements]

Prints per-class precision, recall and F1 and the macro-F1 of each label against tests/data/labelled_segments.csv
(the rules are not trained on it: these are not training-set figures), then the agreement of extracted Ofsted
grades with the grades in ../shared/*/manifest.csv, per judgement area.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pandas as pd
from sklearn.metrics import classification_report, f1_score

from pipeline.classify import classify_segments
from pipeline.ingest import ingest
from pipeline.judgements import extract_judgements
from pipeline.readers import read_text
from pipeline.segment import segment

ROOT = Path(__file__).resolve().parents[1]
MANIFEST_AREAS = {"overall": "overall effectiveness", "leaders": "impact of leaders",
                  "help_protection": "help and protection", "in_care": "children in care",
                  "care_leavers": "care leavers"}
GRADES = {"outstanding": 1, "good": 2, "requires improvement": 3, "inadequate": 4}
TARGETS = {"kind": 0.80, "polarity": 0.85, "voice": 0.80}


def _key(text: str) -> str:
    return " ".join(str(text).split())


def labelled_with_predictions(corpus: Path) -> pd.DataFrame:
    """The labelled set joined to the pipeline's own segments (for section and lead-in) and their predictions."""
    labelled = pd.read_csv(ROOT / "tests/data/labelled_segments.csv", comment="#")
    segments = segment(ingest(corpus).documents)
    segments = segments.assign(key=segments["text"].map(_key)).drop_duplicates(["file", "key"])
    joined = labelled.assign(key=labelled["text"].map(_key)).merge(
        segments[["file", "key", "context"]], left_on=["doc", "key"], right_on=["file", "key"], how="left")
    missing = joined["context"].isna().sum()
    if missing:
        print(f"note: {missing} labelled segments are no longer produced by the segmenter; scored without lead-in")
    joined["context"] = joined["context"].fillna("")
    started = time.perf_counter()
    predicted = classify_segments(joined[["text", "section", "doc_type", "context"]])
    print(f"classified {len(joined)} segments in {time.perf_counter() - started:.2f}s")
    for column in ("kind", "polarity", "voice"):
        joined[f"predicted_{column}"] = predicted[column].to_numpy()
    return joined


def report_labels(joined: pd.DataFrame) -> dict[str, float]:
    scores = {}
    for column in ("kind", "polarity", "voice"):
        truth, guess = joined[column], joined[f"predicted_{column}"]
        scores[column] = f1_score(truth, guess, average="macro", zero_division=0)
        print(f"\n== {column}: macro-F1 {scores[column]:.3f} (target {TARGETS[column]:.2f}), "
              f"accuracy {(truth == guess).mean():.3f}, n={len(truth)}")
        print(classification_report(truth, guess, digits=3, zero_division=0))
    return scores


def report_judgements(shared: Path) -> None:
    rows = []
    for manifest_path in sorted(shared.glob("*/manifest.csv")):
        manifest = pd.read_csv(manifest_path, dtype=str, keep_default_na=False)
        if "overall" not in manifest.columns:
            continue
        for entry in manifest.itertuples():
            path = manifest_path.parent / entry.file
            documents = pd.DataFrame([{"doc_id": entry.file, "authority": entry.authority, "date": "",
                                       "doc_type": "inspection_report", "text": read_text(path)}])
            found = extract_judgements(documents).set_index("area")["grade"].to_dict()
            for column, area in MANIFEST_AREAS.items():
                expected = GRADES.get(getattr(entry, column).strip().lower())
                if expected is not None:
                    rows.append({"file": entry.file, "area": area, "expected": expected, "found": found.get(area)})
    table = pd.DataFrame(rows)
    table["agree"] = table["expected"] == table["found"]
    print("\n== judgements: agreement with the manifests' published grades (where known)")
    print(table.groupby("area")["agree"].agg(["sum", "count", "mean"]).round(3).to_string())
    print(f"overall: {table['agree'].sum()}/{len(table)} = {table['agree'].mean():.3f} (target 0.95)")
    disagreements = table[~table["agree"]]
    if len(disagreements):
        print("disagreements:\n" + disagreements.to_string(index=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--no-judgements", action="store_true")
    args = parser.parse_args()
    report_labels(labelled_with_predictions(args.corpus))
    if not args.no_judgements:
        report_judgements(args.shared)


if __name__ == "__main__":
    main()
