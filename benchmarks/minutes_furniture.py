"""Meeting furniture among the findings of council minutes, against labels a person wrote before the run.

    python benchmarks/minutes_furniture.py --pages DIR --labels LABELS.csv [--verbose]

DIR holds minutes pages as text files (one page a file); LABELS.csv (columns file, unit, label, text) labels their
units - lines, and sentences within lines, split by `units` below, independently of the pipeline - as `F` (meeting
furniture: venue, contact, attendance, apologies, declarations, previous minutes, links, public speaking, agenda
descriptions and headings, who attended, presented or was invited, timings), `S` (substance: what was said,
resolved or asked for about the service) or `O` (neither). Neither the pages nor the labels are in the repository
(council text is not copied here); `python benchmarks/minutes_furniture.py units DIR` prints the units to label.

The pages are segmented and classified as the pipeline's segment stage does: the rules, then the learned furniture
model (pipeline.minutes_model) on the segments the rules keep (--rules-only: the rules alone). Each kept finding takes
the label of the labelled units it contains (a unit counts when at least 60% of its words are in the finding; the
label with most words wins; a finding matching no unit is `unmatched`). Printed: kept findings, the furniture
share among them with a 90% interval from resampling pages (the sampling unit), and the substance units no kept
finding contains (real findings lost), with the same interval.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.config import RunConfig  # noqa: E402
from pipeline.cache import EmbeddingCache  # noqa: E402
from pipeline.embed import SentenceTransformerEmbedder, embed_texts  # noqa: E402
from pipeline.ingest import ingest  # noqa: E402
from pipeline.minutes_model import move_furniture  # noqa: E402
from pipeline.segment import segment  # noqa: E402
from pipeline.uncertainty import ratio_interval  # noqa: E402

KEPT = set(RunConfig().kinds)
CONTAINED = 0.6
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“‘\"(])")
_WORD = re.compile(r"[a-z0-9]+")


def units(text: str) -> list[str]:
    """The page's lines (table bars and bullets removed), split into sentences; units of under 3 words dropped."""
    out = []
    for line in text.splitlines():
        line = " ".join(line.replace("|", " ").split()).strip(" ·•-")
        out.extend(s.strip() for s in _SENTENCE.split(line) if len(re.findall(r"[A-Za-z]+", s)) >= 3)
    return out


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def match(findings: list[str], labelled: pd.DataFrame) -> tuple[list[str], np.ndarray]:
    """(label of each finding, (m,) bool: each labelled unit is contained in some finding)."""
    unit_words = [_words(t) for t in labelled["text"]]
    covered = np.zeros(len(labelled), dtype=bool)
    labels = []
    for finding in findings:
        words = _words(finding)
        mass: dict[str, int] = {}
        for j, uw in enumerate(unit_words):
            if uw and len(uw & words) / len(uw) >= CONTAINED:
                covered[j] = True
                mass[labelled["label"].iat[j]] = mass.get(labelled["label"].iat[j], 0) + len(uw)
        labels.append(max(mass, key=mass.get) if mass else "unmatched")
    return labels, covered


def score(pages: Path, labels_path: Path, cache: Path, verbose: bool, rules_only: bool = False) -> None:
    labels = pd.read_csv(labels_path, dtype=str, keep_default_na=False, comment="#")
    segments = segment(ingest(pages, text_cache=cache).documents).segments
    if not rules_only:
        embedder, vectors = SentenceTransformerEmbedder(), EmbeddingCache(ROOT / "outputs/.cache/embeddings")
        segments = move_furniture(segments, KEPT, lambda texts: embed_texts(texts, embedder, vectors)[0])
    per_page = []
    for file, part in labels.groupby("file", sort=True):
        rows = segments[segments["file"] == file]
        kept = rows[rows["kind"].isin(KEPT)]
        found, covered = match([" ".join(t.split()) for t in kept["text"]], part)
        substance = (part["label"] == "S").to_numpy()
        per_page.append({"file": file, "kept": len(kept), "furniture": found.count("F"),
                         "unmatched": found.count("unmatched"), "substance": int(substance.sum()),
                         "lost": int((substance & ~covered).sum())})
        if verbose:
            for text, label in zip(kept["text"], found):
                if label != "S":
                    print(f"    kept {label}: {file}: {' '.join(text.split())[:110]}")
            for text in part.loc[substance & ~covered, "text"]:
                print(f"    lost: {file}: {text[:110]}")
    table = pd.DataFrame(per_page)
    kept, furniture = table["kept"].sum(), table["furniture"].sum()
    substance, lost = table["substance"].sum(), table["lost"].sum()
    f_low, f_high = ratio_interval(table["furniture"].to_numpy(), table["kept"].to_numpy())
    l_low, l_high = ratio_interval(table["lost"].to_numpy(), table["substance"].to_numpy())
    print(f"minutes pages {len(table)} ({table['file'].str.split('_').str[0].nunique()} councils by file prefix): "
          f"kept findings {kept}, furniture among them {furniture} = {furniture / max(kept, 1):.1%} "
          f"(90% interval over pages {f_low:.1%}-{f_high:.1%}); unmatched {table['unmatched'].sum()}; "
          f"substance units {substance}, lost {lost} = {lost / max(substance, 1):.1%} "
          f"(90% interval over pages {l_low:.1%}-{l_high:.1%})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", nargs="?", default="score", choices=["score", "units"])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--pages", type=Path)
    parser.add_argument("--labels", type=Path)
    parser.add_argument("--cache", type=Path, default=ROOT / "outputs/.cache/text")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--rules-only", action="store_true", help="leave the learned furniture model out")
    args = parser.parse_args()
    if args.command == "units":
        writer = csv.writer(sys.stdout)
        writer.writerow(["file", "unit", "label", "text"])
        for path in sorted((args.folder or args.pages).glob("*.txt")):
            for i, text in enumerate(units(path.read_text(encoding="utf-8"))):
                writer.writerow([path.name, i, "", text])
        return
    if not (args.pages and args.labels):
        parser.error("score needs --pages and --labels")
    score(args.pages, args.labels, args.cache, args.verbose, args.rules_only)


if __name__ == "__main__":
    main()
