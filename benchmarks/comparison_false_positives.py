"""How often comparison.csv flags a difference between authorities when there is none, and how often it finds
one that was planted, with documents as the unit.

    python benchmarks/comparison_false_positives.py [RUN_DIR] [--permutations 200] [--method welch|bootstrap]
    python benchmarks/comparison_false_positives.py [RUN_DIR] --pairs [--permutations 200]

RUN_DIR (default outputs/bundled) is a finished run. Its headline findings (inspectorate findings of inspection
reports; pipeline/views.py) are used as they are, with themes:

1. Null: the documents' authority labels are permuted at random (group sizes kept, seed 0), so any difference
   between "authorities" is chance. Per permutation, compare_authorities is run; printed: the share of the
   (authority, theme) tests whose difference interval excludes zero (two-sided, nominal 5 %), the share
   called distinctive (theme in >= 2 of the authority's documents, interval above zero, max-t adjusted
   p < 5 %), and the share of permutations with at least one distinctive theme anywhere (the rate at which a
   corpus with no difference is flagged at all: the figure the issue asks to keep at 5 % or below), and the same
   for `direction` under (the under family of the adjusted test) and for either direction.
2. Planted: for each authority and each of the 10 largest themes, every document of that authority gets extra
   findings of the theme amounting to --planted (default 10 %, 20 %) of its findings, copies of its own first
   findings moved to the theme; printed: the share of plantings flagged distinctive for that authority
   (power).
Only themes with findings in at least two documents are tested in 1 (the others can never be flagged).
--pairs does both for comparison_pairs.csv (pipeline/pairs.py) instead: 1 counts the permutations in which some pair
of authorities `differs` on some theme; 2 counts a planting found when the planted authority differs from every
other authority on the theme. --broad measures at the broad level (comparison_pairs_broad.csv, comparison.csv's
broad rows): each finding counted once under its broad theme, which then stands for the theme.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.compare import compare_authorities  # noqa: E402
from pipeline.matrix import one_per_broad_theme  # noqa: E402
from pipeline.pairs import compare_pairs  # noqa: E402
from pipeline.views import HEADLINE, documents_frame, select  # noqa: E402



def headline_findings(run_dir: Path) -> pd.DataFrame:
    findings = pd.read_parquet(run_dir / "findings.parquet")
    documents = pd.read_csv(run_dir / "documents.csv", dtype=str, keep_default_na=False)
    judgements_path = run_dir / "judgements.csv"
    judgements = pd.read_csv(judgements_path, dtype=str, keep_default_na=False) if judgements_path.exists() else None
    return select(findings, documents_frame(documents, judgements), HEADLINE)


def null_rates(findings: pd.DataFrame, permutations: int, method: str, seed: int = 0) -> dict:
    rng = np.random.default_rng(seed)
    owner = findings.drop_duplicates("doc_id").set_index("doc_id")["authority"]
    tested = findings.groupby("theme_id")["doc_id"].nunique()
    tested = set(tested[tested >= 2].index)
    excluded = distinctive = tests = any_flag = any_under = any_call = 0
    for _ in range(permutations):
        shuffled = pd.Series(rng.permutation(owner.to_numpy()), index=owner.index)
        table = compare_authorities(findings.assign(authority=findings["doc_id"].map(shuffled)), method=method)
        table = table[table["theme_id"].isin(tested)]
        outside = (table["difference_low"] > 0) | (table["difference_high"] < 0)
        excluded += int(outside.sum())
        distinctive += int(table["distinctive"].sum())
        any_flag += bool(table["distinctive"].any())
        any_under += bool((table["direction"] == "under").any())
        any_call += bool(table["direction"].isin(["over", "under"]).any())
        tests += len(table)
    return {"tests": tests, "interval_excludes_zero": excluded / tests, "distinctive": distinctive / tests,
            "permutations_with_any_distinctive": any_flag / permutations,
            "permutations_with_any_under": any_under / permutations,
            "permutations_with_any_direction": any_call / permutations}


def pairs_null_rate(findings: pd.DataFrame, permutations: int, seed: int = 0) -> float:
    """The share of permutations of the documents' authorities in which some pair differs on some theme."""
    rng = np.random.default_rng(seed)
    owner = findings.drop_duplicates("doc_id").set_index("doc_id")["authority"]
    flagged = 0
    for _ in range(permutations):
        shuffled = pd.Series(rng.permutation(owner.to_numpy()), index=owner.index)
        flagged += bool(compare_pairs(findings.assign(authority=findings["doc_id"].map(shuffled)))["differs"].any())
    return flagged / permutations


def pairs_found(table: pd.DataFrame, authority: str, theme) -> bool:
    """The planted authority differs from every other paired authority on the theme."""
    mine = table[((table["authority"] == authority) | (table["other"] == authority)) & (table["theme_id"] == theme)]
    return len(mine) > 0 and bool(mine["differs"].all())


def planted_power(findings: pd.DataFrame, method: str, planted_share: float, pairs: bool = False) -> dict:
    top = findings["theme_id"].value_counts().index[:10]
    labels = findings.drop_duplicates("theme_id").set_index("theme_id")["theme_label"]
    hits = trials = 0
    for authority in sorted(findings["authority"].unique()):
        mine = findings[findings["authority"] == authority]
        for theme in top:
            extra = []
            for doc_id, rows in mine.groupby("doc_id"):
                n = max(1, int(round(planted_share * len(rows))))
                extra.append(rows.iloc[:n].assign(theme_id=theme, theme_label=labels[theme]))
            planted = pd.concat([findings, *extra], ignore_index=True)
            if pairs:
                hits += pairs_found(compare_pairs(planted), authority, theme)
            else:
                table = compare_authorities(planted, method=method).set_index(["authority", "theme_id"])
                hits += bool(table.loc[(authority, theme), "distinctive"])
            trials += 1
    return {"plantings": trials, "flagged": hits / trials}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("run_dir", nargs="?", default=str(ROOT / "outputs" / "bundled"))
    parser.add_argument("--permutations", type=int, default=200)
    parser.add_argument("--method", choices=("welch", "hsu", "bootstrap"), default="welch")
    parser.add_argument("--planted", type=float, nargs="*", default=[0.10, 0.20])
    parser.add_argument("--pairs", action="store_true", help="measure comparison_pairs.csv instead")
    parser.add_argument("--broad", action="store_true", help="broad themes instead of themes")
    args = parser.parse_args()
    findings = headline_findings(Path(args.run_dir))
    if args.broad:
        findings = one_per_broad_theme(findings).assign(theme_id=lambda t: t["parent_theme_id"],
                                                        theme_label=lambda t: t["parent_theme_label"])
    sizes = findings.groupby("authority")["doc_id"].nunique().to_dict()
    print(f"{len(findings)} headline findings in {findings['doc_id'].nunique()} documents {sizes}, "
          f"{findings['theme_id'].nunique()} themes; method {args.method}")
    if args.pairs:
        print(f"pairs, null: {args.permutations} permutations of authorities, some pair differs on some theme in "
              f"{pairs_null_rate(findings, args.permutations):.1%} (aim 5% or below)")
        for share in args.planted:
            power = planted_power(findings, args.method, share, pairs=True)
            print(f"pairs, planted +{share:.0%} in every document of one authority: it differs from every other "
                  f"authority in {power['flagged']:.0%} of {power['plantings']} plantings")
        return
    null = null_rates(findings, args.permutations, args.method)
    print(f"null, {args.permutations} permutations of authorities, {null['tests']} tests: interval excludes zero "
          f"{null['interval_excludes_zero']:.2%} (nominal 5%), distinctive {null['distinctive']:.2%}, "
          f"permutations with any distinctive theme {null['permutations_with_any_distinctive']:.0%}, any direction "
          f"under {null['permutations_with_any_under']:.0%}, any direction called "
          f"{null['permutations_with_any_direction']:.0%}")
    for share in args.planted:
        power = planted_power(findings, args.method, share)
        print(f"planted +{share:.0%} of each document's findings on one theme in every document of one "
              f"authority: flagged distinctive in {power['flagged']:.0%} of {power['plantings']} plantings")


if __name__ == "__main__":
    main()
