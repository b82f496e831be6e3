"""A blind polarity sample of a run, for readers who never see the code, and its scoring against the run.

    python benchmarks/blind_polarity.py draw RUN SHEET --seed S [--per-document 4]
    python benchmarks/blind_polarity.py score RUN LABELS [LABELS ...] [--half even|odd]
    python benchmarks/blind_polarity.py agree LABELS_A LABELS_B
    python benchmarks/blind_polarity.py paired BEFORE_RUN AFTER_RUN LABELS

draw: `--per-document` findings drawn at random (numpy default_rng(seed)) from each document of the run, among
findings whose text is in no labelled file of tests/data; writes SHEET (CSV: item, doc, section, before, text, after,
label) with `before`/`after` the neighbouring findings of the same document, shuffled, with no prediction in it. A
reader fills `label` with strength / concern / neutral / junk by docs/polarity_labelling.md.

score: the run's `polarity` of each labelled item against each reader's labels (junk rows left out): accuracy and
macro-F1 over strength / concern / neutral, with 95% intervals from 2,000 bootstrap draws of documents (documents
are the sampling unit). `--half` keeps the documents whose sha256("blind:" + doc) is even or odd.

agree: two readers' labels of the same sheet against each other (macro-F1 with A as reference, Cohen's kappa, and
the confusion table), which bounds what any model can be said to reach on the readers' line.

paired: two runs of the same findings (say, classify redone with the code before a change on a copy of the run)
against one reader's labels: macro-F1 of each, their difference with a 95% interval from 2,000 bootstrap draws of
documents (the same draws score both runs), and how many items changed, now right and now wrong.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import cohen_kappa_score, f1_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labelled_set import labelled_texts  # noqa: E402

CLASSES = ["strength", "concern", "neutral"]


def _fold(text: str) -> str:
    return " ".join(str(text).split())


def draw(run: Path, sheet: Path, seed: int, per_document: int) -> None:
    findings = pd.read_parquet(run / "findings.parquet").sort_values(["doc_id", "start"]).reset_index(drop=True)
    known = labelled_texts()
    rng = np.random.default_rng(seed)
    rows = []
    for doc, group in findings.groupby("doc_id", sort=True):
        texts = [_fold(t) for t in group["text"]]
        free = [i for i, t in enumerate(texts) if t not in known]
        for i in sorted(rng.choice(free, size=min(per_document, len(free)), replace=False)):
            row = group.iloc[i]
            rows.append({"doc": doc, "finding_id": row["finding_id"], "section": _fold(row["section"]),
                         "before": texts[i - 1] if i > 0 else "", "text": texts[i],
                         "after": texts[i + 1] if i + 1 < len(texts) else ""})
    table = pd.DataFrame(rows).sample(frac=1.0, random_state=seed).reset_index(drop=True)
    table.insert(0, "item", range(1, len(table) + 1))
    table["label"] = ""
    table.to_csv(sheet, index=False)
    print(f"{sheet}: {len(table)} findings of {table['doc'].nunique()} documents (seed {seed})")


def _labels(path: Path) -> pd.DataFrame:
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    table["label"] = table["label"].str.strip().str.lower()
    bad = sorted(set(table["label"]) - set(CLASSES) - {"junk"})
    if bad:
        sys.exit(f"{path}: labels {bad} are none of {CLASSES + ['junk']}")
    return table


def _bootstrap(docs: np.ndarray, truth: np.ndarray, guess: np.ndarray, draws: int = 2000) -> tuple:
    rng = np.random.default_rng(0)
    names = np.unique(docs)
    rows = {name: np.flatnonzero(docs == name) for name in names}
    acc, f1 = [], []
    for _ in range(draws):
        picked = np.concatenate([rows[n] for n in rng.choice(names, size=len(names))])
        acc.append(np.mean(truth[picked] == guess[picked]))
        f1.append(f1_score(truth[picked], guess[picked], labels=CLASSES, average="macro", zero_division=0))
    return np.percentile(acc, [2.5, 97.5]), np.percentile(f1, [2.5, 97.5])


def score(run: Path, labels: list[Path], half: str | None) -> None:
    polarity = pd.read_parquet(run / "findings.parquet").set_index("finding_id")["polarity"]
    for path in labels:
        table = _labels(path)
        table = table[table["label"] != "junk"]
        if half:
            odd = table["doc"].map(lambda d: int(hashlib.sha256(f"blind:{d}".encode()).hexdigest(), 16) % 2 == 1)
            table = table[odd if half == "odd" else ~odd]
        missing = ~table["finding_id"].isin(polarity.index)
        if missing.any():
            print(f"{path}: {int(missing.sum())} items not in {run} (texts segmented differently), left out")
        table = table[~missing]
        truth, guess = table["label"].to_numpy(), polarity.loc[table["finding_id"]].to_numpy()
        (a_lo, a_hi), (f_lo, f_hi) = _bootstrap(table["doc"].to_numpy(), truth, guess)
        counts = table["label"].value_counts().to_dict()
        print(f"{path.name}: {len(table)} findings of {table['doc'].nunique()} documents {counts}: accuracy "
              f"{np.mean(truth == guess):.3f} ({a_lo:.2f}-{a_hi:.2f}), macro-F1 "
              f"{f1_score(truth, guess, labels=CLASSES, average='macro', zero_division=0):.3f} ({f_lo:.2f}-{f_hi:.2f})")
        print(pd.crosstab(pd.Series(truth, name="reader"), pd.Series(guess, name="run")).to_string())


def paired(before: Path, after: Path, path: Path, draws: int = 2000) -> None:
    table = _labels(path)
    table = table[table["label"] != "junk"]
    guesses = [pd.read_parquet(run / "findings.parquet").set_index("finding_id")["polarity"] for run in (before, after)]
    table = table[table["finding_id"].isin(guesses[0].index) & table["finding_id"].isin(guesses[1].index)]
    truth = table["label"].to_numpy()
    old, new = (g.loc[table["finding_id"]].to_numpy() for g in guesses)
    docs = table["doc"].to_numpy()
    rows = {name: np.flatnonzero(docs == name) for name in np.unique(docs)}
    names = sorted(rows)

    def f1(guess: np.ndarray, picked: np.ndarray) -> float:
        return f1_score(truth[picked], guess[picked], labels=CLASSES, average="macro", zero_division=0)

    every = np.arange(len(truth))
    rng = np.random.default_rng(0)
    differences = []
    for _ in range(draws):
        picked = np.concatenate([rows[n] for n in rng.choice(names, size=len(names))])
        differences.append(f1(new, picked) - f1(old, picked))
    low, high = np.percentile(differences, [2.5, 97.5])
    changed = old != new
    print(f"{path.name}: {len(truth)} findings of {len(names)} documents: macro-F1 before {f1(old, every):.3f}, "
          f"after {f1(new, every):.3f}, difference {f1(new, every) - f1(old, every):+.3f} [{low:+.3f}, {high:+.3f}]; "
          f"{int(changed.sum())} items change, {int((changed & (new == truth)).sum())} now right, "
          f"{int((changed & (old == truth)).sum())} now wrong")


def agree(path_a: Path, path_b: Path) -> None:
    a, b = _labels(path_a), _labels(path_b)
    both = a.merge(b[["item", "label"]], on="item", suffixes=("_a", "_b"))
    both = both[(both["label_a"] != "junk") & (both["label_b"] != "junk")]
    truth, other = both["label_a"].to_numpy(), both["label_b"].to_numpy()
    (a_lo, a_hi), (f_lo, f_hi) = _bootstrap(both["doc"].to_numpy(), truth, other)
    print(f"{len(both)} findings of {both['doc'].nunique()} documents labelled by both (junk by either left out): "
          f"agreement {np.mean(truth == other):.3f} ({a_lo:.2f}-{a_hi:.2f}), macro-F1 of B against A "
          f"{f1_score(truth, other, labels=CLASSES, average='macro', zero_division=0):.3f} ({f_lo:.2f}-{f_hi:.2f}), "
          f"kappa {cohen_kappa_score(truth, other):.3f}")
    print(pd.crosstab(pd.Series(truth, name="A"), pd.Series(other, name="B")).to_string())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    verbs = parser.add_subparsers(dest="verb", required=True)
    p = verbs.add_parser("draw")
    p.add_argument("run", type=Path)
    p.add_argument("sheet", type=Path)
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--per-document", type=int, default=4)
    p = verbs.add_parser("score")
    p.add_argument("run", type=Path)
    p.add_argument("labels", type=Path, nargs="+")
    p.add_argument("--half", choices=["even", "odd"])
    p = verbs.add_parser("agree")
    p.add_argument("a", type=Path)
    p.add_argument("b", type=Path)
    p = verbs.add_parser("paired")
    p.add_argument("before", type=Path)
    p.add_argument("after", type=Path)
    p.add_argument("labels", type=Path)
    args = parser.parse_args()
    if args.verb == "paired":
        paired(args.before, args.after, args.labels)
    elif args.verb == "draw":
        draw(args.run, args.sheet, args.seed, args.per_document)
    elif args.verb == "score":
        score(args.run, args.labels, args.half)
    else:
        agree(args.a, args.b)


if __name__ == "__main__":
    main()
