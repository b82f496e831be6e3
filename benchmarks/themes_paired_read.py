"""A paired blind read of the theme labels of two runs of the same corpus (before and after a change).

    PYTHONPATH=. python benchmarks/themes_paired_read.py draw BEFORE_RUN AFTER_RUN OUT_DIR [--seed 53] [--readers 2]
    PYTHONPATH=. python benchmarks/themes_paired_read.py score OUT_DIR

draw: every sub-theme and broad label of both runs becomes an item with 10 of its findings drawn at random
(numpy default_rng(seed)). A theme whose label and findings are the same in both runs is one item, judged once and
counted for both runs; the others are an item per run. Sub-theme items are split at random between the readers
(the two runs' versions of a changed theme, matched by most shared findings, go to the same reader, so one reader's
line judges both sides of a change); every reader judges every broad item. Items are shuffled, so a reader cannot
tell the runs apart. Writes OUT_DIR/reader_<r>/labels.md (for the reader) and OUT_DIR/key.csv (for scoring only;
never give it to a reader). Readers write OUT_DIR/reader_<r>/verdicts.csv (item, label, verdict, useful, note).

score: the share of each run's labels judged wrong or meaningless (broad: pooled over the readers' verdicts), the
discordant changed pairs (before ok and after wrong, and the reverse), and the share of findings in sub-themes
judged not useful to compare on.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

LEVELS = (("sub", "themes.csv", "theme_id"), ("broad", "broad_themes.csv", "parent_theme_id"))


def _themes(run: Path) -> dict[str, list[dict]]:
    findings = pd.read_parquet(run / "findings.parquet")
    out: dict[str, list[dict]] = {}
    for level, table, column in LEVELS:
        rows = pd.read_csv(run / table, keep_default_na=False)
        out[level] = [{"number": int(r.theme_id), "label": str(r.label),
                       "members": findings.loc[findings[column] == r.theme_id, ["finding_id", "text"]]}
                      for r in rows.itertuples()]
    return out


def _items(before: list[dict], after: list[dict]) -> list[dict]:
    """Items of one level: a theme the same in both runs once ('both'), every other theme once per run."""
    after_sets = [frozenset(t["members"]["finding_id"]) for t in after]
    items, same_after = [], set()
    for theme in before:
        members = frozenset(theme["members"]["finding_id"])
        overlap = [len(members & other) for other in after_sets]
        best = int(np.argmax(overlap)) if overlap else -1
        if best >= 0 and after_sets[best] == members and after[best]["label"] == theme["label"]:
            items.append({"run": "both", "theme": theme, "pair": len(items), "after_number": after[best]["number"]})
            same_after.add(best)
        else:
            items.append({"run": "before", "theme": theme, "pair": f"b{theme['number']}>a{best}"})
    for i, theme in enumerate(after):
        if i not in same_after:
            members = frozenset(theme["members"]["finding_id"])
            before_sets = [frozenset(t["members"]["finding_id"]) for t in before]
            best = int(np.argmax([len(members & other) for other in before_sets])) if before_sets else -1
            items.append({"run": "after", "theme": theme, "pair": f"b{before[best]['number'] if best >= 0 else -1}>a{i}"})
    return items


def _block(number: int, item: dict, rng: np.random.Generator, per_theme: int) -> list[str]:
    texts = item["theme"]["members"]["text"]
    picked = sorted(rng.choice(len(texts), size=min(per_theme, len(texts)), replace=False))
    lines = [f"### Label {number}: {item['theme']['label']} ({len(texts)} findings)", ""]
    lines += [f"{i}. {' '.join(str(texts.iloc[j]).split())}" for i, j in enumerate(picked, start=1)]
    return lines + ["", "Verdict: ", ""]


def draw(before_run: Path, after_run: Path, out: Path, seed: int, readers: int, per_theme: int) -> None:
    rng = np.random.default_rng(seed)
    before, after = _themes(before_run), _themes(after_run)
    names = [chr(ord("p") + r) for r in range(readers)]
    assigned: dict[str, list[tuple[str, dict]]] = {name: [] for name in names}
    for level, _, _ in LEVELS:
        items = _items(before[level], after[level])
        if level == "broad":
            for name in names:
                assigned[name] += [(level, item) for item in items]
            continue
        groups: dict[str, list[dict]] = {}
        for item in items:
            key = str(item["pair"]) if item["run"] == "both" else item["pair"].split(">")[0]
            groups.setdefault(key, []).append(item)
        keys = sorted(groups)
        for k, key in enumerate(rng.permutation(len(keys))):
            assigned[names[k % readers]] += [(level, item) for item in groups[keys[key]]]
    key_rows = []
    for name in names:
        order = rng.permutation(len(assigned[name]))
        lines = ["# Theme labels for a blind read", "",
                 "For each label: is it what most of the findings below are about? Mark ok / wrong / meaningless.", ""]
        for number, index in enumerate(order, start=1):
            level, item = assigned[name][index]
            lines += _block(number, item, rng, per_theme)
            key_rows.append({"reader": name, "item": number, "level": level, "run": item["run"],
                             "number": item["theme"]["number"], "label": item["theme"]["label"],
                             "size": len(item["theme"]["members"]), "pair": item["pair"]})
        folder = out / f"reader_{name}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "labels.md").write_text("\n".join(lines), encoding="utf-8")
        print(f"{folder / 'labels.md'}: {len(order)} labels")
    pd.DataFrame(key_rows).to_csv(out / "key.csv", index=False)


def score(out: Path) -> None:
    key = pd.read_csv(out / "key.csv", keep_default_na=False)
    verdicts = pd.concat([pd.read_csv(out / f"reader_{r}" / "verdicts.csv", keep_default_na=False).assign(reader=r)
                          for r in sorted(key["reader"].unique())])
    joined = key.merge(verdicts[["reader", "item", "verdict", "useful"]], on=["reader", "item"], how="left")
    missing = int(joined["verdict"].eq("").sum() + joined["verdict"].isna().sum())
    joined["bad"] = joined["verdict"].str.strip().str.lower().isin(["wrong", "meaningless"])
    joined["useless"] = joined["useful"].str.strip().str.lower().eq("no")
    for run in ("before", "after"):
        for level in ("sub", "broad"):
            rows = joined[(joined["level"] == level) & joined["run"].isin([run, "both"])]
            bad = rows[rows["bad"]]
            line = f"{run} {level}: {int(rows['bad'].sum())} of {len(rows)} wrong or meaningless = {rows['bad'].mean():.1%}"
            if level == "sub":
                line += f"; findings in not-useful themes {rows.loc[rows['useless'], 'size'].sum() / rows['size'].sum():.1%}"
            print(line)
            for label in bad["label"]:
                print(f"    {label}")
    changed = joined[joined["run"] != "both"]
    print(f"changed items: before {int((changed['run'] == 'before').sum())}, after {int((changed['run'] == 'after').sum())}; "
          f"verdicts missing {missing}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    d.add_argument("out", type=Path)
    d.add_argument("--seed", type=int, default=53)
    d.add_argument("--readers", type=int, default=2)
    d.add_argument("--per-theme", type=int, default=10)
    s = sub.add_parser("score")
    s.add_argument("out", type=Path)
    args = parser.parse_args()
    if args.command == "draw":
        draw(args.before, args.after, args.out, args.seed, args.readers, args.per_theme)
    else:
        score(args.out)


if __name__ == "__main__":
    main()
