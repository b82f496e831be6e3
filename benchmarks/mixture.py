"""A random mixture of the shared Ofsted reports as a corpus folder, for held-out runs no rule was written on.

    python benchmarks/mixture.py SEED OUT [--reports 50] [--shared ../shared] [--exclude FOLDER ...]

Draws `--reports` PDFs with random.Random(SEED) from ../shared/ofsted_reports (ILACS, 2018 on) and
../shared/ofsted_reports_sif (SIF, 2013-2018) pooled, sorted by file name first so that the draw depends on the
seed alone (reports whose file name is in an --exclude folder, e.g. an earlier mixture, are left out of the
pool first, so two mixtures can share no document), and copies them into OUT (created; an existing OUT is refused rather than overwritten). No manifest is
written: authority, type and date come from the text, as for a user's unlabelled folder. Prints the files drawn.
Then run the pipeline on it: `python -m pipeline run --corpus OUT --out RUN`.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def pool(shared: Path) -> list[Path]:
    return sorted(p for folder in ("ofsted_reports", "ofsted_reports_sif") for p in (shared / folder).glob("*.pdf"))


def draw(shared: Path, seed: int, n: int, exclude: tuple[Path, ...] = ()) -> list[Path]:
    taken = {p.name for folder in exclude for p in folder.glob("*.pdf")}
    reports = [p for p in pool(shared) if p.name not in taken]
    return sorted(random.Random(seed).sample(reports, min(n, len(reports))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("seed", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--reports", type=int, default=50)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--exclude", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    if args.out.exists():
        sys.exit(f"{args.out}: already exists; choose a new folder for the mixture")
    picked = draw(args.shared, args.seed, args.reports, tuple(args.exclude))
    if not picked:
        sys.exit(f"{args.shared}: no PDF under ofsted_reports/ or ofsted_reports_sif/")
    args.out.mkdir(parents=True)
    for path in picked:
        shutil.copy2(path, args.out / path.name)
        print(f"{path.parent.name}/{path.name}")


if __name__ == "__main__":
    main()
