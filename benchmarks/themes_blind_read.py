"""Material for a blind read of theme labels: every sub-theme and broad label of a run, each with findings drawn
at random from it, as one Markdown file a reader judges (ok / wrong: most findings are not about it /
meaningless: lone generic word, cut phrase, id, duplicate) without seeing the code or the keywords.

    PYTHONPATH=. python benchmarks/themes_blind_read.py [--run outputs/bundled] [--out labels_for_blind_read.md]
        [--per-theme 10] [--seed 16]

Findings are drawn with numpy default_rng(seed) from all of the theme's findings (not the ones nearest its
centre, which the labels were chosen from); themes appear in the run's order, sub-themes first, then broad themes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]


def _sample(texts: pd.Series, n: int, rng: np.random.Generator) -> list[str]:
    picked = rng.choice(len(texts), size=min(n, len(texts)), replace=False)
    return [" ".join(str(texts.iloc[i]).split()) for i in sorted(picked)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", type=Path, default=ROOT / "outputs/bundled")
    parser.add_argument("--out", type=Path, default=Path("labels_for_blind_read.md"))
    parser.add_argument("--per-theme", type=int, default=10)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    findings = pd.read_parquet(args.run / "findings.parquet")
    themes = pd.read_csv(args.run / "themes.csv", keep_default_na=False)
    broad = pd.read_csv(args.run / "broad_themes.csv", keep_default_na=False)
    rng = np.random.default_rng(args.seed)
    lines = [f"# Theme labels for a blind read ({len(themes)} sub-themes, {len(broad)} broad themes, "
             f"{len(findings)} findings)", "",
             "For each label: is it what most of the findings below are about? Mark ok / wrong / meaningless.", ""]
    for title, table, column in (("Sub-themes", themes, "theme_id"), ("Broad themes", broad, "parent_theme_id")):
        lines += [f"## {title}", ""]
        for row in table.itertuples():
            members = findings.loc[findings[column] == row.theme_id, "text"]
            lines += [f"### {title[:-1]} {row.theme_id}: {row.label} ({len(members)} findings)", ""]
            lines += [f"{i}. {text}" for i, text in enumerate(_sample(members, args.per_theme, rng), start=1)]
            lines += ["", "Verdict: ", ""]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(themes)} sub-themes and {len(broad)} broad themes -> {args.out}")


if __name__ == "__main__":
    main()
