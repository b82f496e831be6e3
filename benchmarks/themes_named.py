"""Recall of the field's named themes (caseloads and workload, chronologies, police in strategy discussions,
workforce churn, management oversight and supervision) by discovered themes, against tests/data/named_themes.csv.

    PYTHONPATH=. python benchmarks/themes_named.py [--run outputs/bundled] [--tuning-only]

For each named theme, its hand-marked positives are found in themes two ways:
- bundled rows (the run's own findings, matched by document and text): the theme each finding was given;
- rows of the shared reports (documents the run never saw): coded by the run's themes as `apply` codes them
  (nearest centre of the clustering text, in the space the themes were fitted in: embedding and topic words).
Recall = share of the positives that the one theme holding most of them holds (its label printed), at the
sub-theme and at the broad level; precision = share of that theme's marked rows that are positives (keyword-found
rows make it a rough figure). Caveat: keyword-found rows favour findings that use the theme's words (see the data
file's header), so recall on them is an upper bound; the bundled rows are TUNING data (their corpus is the one the
method was tuned on), the shared rows are not: they are printed apart, random_heldout rows (unbiased, few positives)
and keyword-found rows (an upper bound). --tuning-only prints the bundled rows alone (for choosing settings).

--half tuning|check keeps the rows of one half of the documents (a fixed hash of the document's file name,
`document_half`), so settings are chosen on the tuning half and reported on the check half; --labels FILE reads
another file of the same columns (e.g. a fresh check set labelled in a scratch folder). --run can be any run: its
own findings are matched by document and text (on a run over the shared reports, their rows are in-run rows).
Recall is printed with a 95% interval over documents (bootstrap, the modal theme held fixed).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.embed import SentenceTransformerEmbedder
from pipeline.themes.model import code_texts
from pipeline.themes.cluster_text import embed_for_themes

ROOT = Path(__file__).resolve().parents[1]
NAMED = ("caseloads and workload", "chronologies", "police in strategy discussions", "workforce churn",
         "management oversight and supervision")


def _key(text: str) -> str:
    return " ".join(str(text).split())


def document_half(doc: str) -> str:
    """'tuning' or 'check': a fixed split of documents by the SHA-256 of the file name (even: tuning)."""
    return "tuning" if int(hashlib.sha256(str(doc).encode()).hexdigest(), 16) % 2 == 0 else "check"


def recall_interval(held: pd.Series, docs: pd.Series, modal, draws: int = 1000, seed: int = 0) -> tuple[float, float]:
    """95% bootstrap interval of the share of `held` equal to `modal`, resampling documents."""
    hit = (held == modal).groupby(docs.to_numpy()).agg(["sum", "count"]).to_numpy(dtype=float)
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(hit), size=(draws, len(hit)))
    shares = hit[picks, 0].sum(axis=1) / np.maximum(hit[picks, 1].sum(axis=1), 1)
    return float(np.quantile(shares, 0.025)), float(np.quantile(shares, 0.975))


def modal_recall(marked: pd.DataFrame, column: str, labels: dict[int, str]) -> list[dict]:
    out = []
    for name in NAMED:
        positive = marked["named_theme"].str.split("|").apply(lambda names: name in names)
        if not positive.any():
            continue
        held = marked.loc[positive, column]
        modal = held.value_counts().idxmax()
        in_modal = marked[column] == modal
        low, high = recall_interval(held, marked.loc[positive, "doc"], modal)
        out.append({"named theme": name, "positives": int(positive.sum()),
                    "recall": float((held == modal).mean()), "95% (documents)": f"[{low:.2f}, {high:.2f}]",
                    "precision (marked rows)": float((positive & in_modal).sum() / max(in_modal.sum(), 1)),
                    "theme": labels.get(int(modal), str(modal))})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", type=Path, default=ROOT / "outputs/bundled")
    parser.add_argument("--tuning-only", action="store_true", help="only the bundled rows (TUNING)")
    parser.add_argument("--half", choices=("tuning", "check"), help="only the rows of this half of the documents")
    parser.add_argument("--labels", type=Path, default=ROOT / "tests/data/named_themes.csv")
    args = parser.parse_args()
    marked = pd.read_csv(args.labels, comment="#", keep_default_na=False)
    if args.half:
        marked = marked[marked["doc"].map(document_half) == args.half].reset_index(drop=True)
    findings = pd.read_parquet(args.run / "findings.parquet")
    themes = pd.read_csv(args.run / "themes.csv", keep_default_na=False)
    broad = pd.read_csv(args.run / "broad_themes.csv", keep_default_na=False)
    sub_label = dict(zip(themes["theme_id"].astype(int), themes["label"]))
    broad_label = dict(zip(broad["theme_id"].astype(int), broad["label"]))
    index = {(f, _key(t)): i for i, (f, t) in enumerate(zip(findings["file"], findings["text"]))}
    rows = [index.get((d, _key(t)), -1) for d, t in zip(marked["doc"], marked["text"])]
    marked = marked.assign(row=rows)
    bundled = marked[marked["row"] >= 0].copy()
    bundled["theme"] = findings["theme_id"].to_numpy()[bundled["row"]]
    bundled["broad"] = findings["parent_theme_id"].to_numpy()[bundled["row"]]
    shared = marked[(marked["row"] < 0) & ~marked["found_by"].str.contains("bundled")].copy()
    parts = [("rows of the run's own findings (on the bundled run: the TUNING corpus)", bundled)]
    if args.tuning_only:
        shared = shared.iloc[:0]
    if len(shared):
        model = json.loads((args.run / "run.json").read_text())["model"]
        vectors = embed_for_themes(shared["text"].tolist(), SentenceTransformerEmbedder(model),
                                   args.run.parent / ".cache")
        shared["theme"] = code_texts(args.run, shared["text"].tolist(), vectors)  # as `apply` codes them
        shared["broad"] = themes.set_index("theme_id")["parent_theme_id"].reindex(shared["theme"]).to_numpy()
    coded = "coded by the run's themes (unseen documents)"
    if len(shared):
        random = shared["found_by"] == "random_heldout"
        parts += [(f"shared reports' random rows (random_heldout), {coded}", shared[random]),
                  (f"shared reports' keyword-found rows (an upper bound), {coded}",
                   shared[~random]),
                  (f"shared reports' rows, all, {coded}", shared)]
    pd.set_option("display.width", 200)
    for title, part in parts:
        print(f"\n{title}: {len(part)} rows, {part['doc'].nunique()} documents")
        for level, column, labels in (("sub-themes", "theme", sub_label), ("broad themes", "broad", broad_label)):
            table = pd.DataFrame(modal_recall(part, column, labels))
            print(f"  {level}:")
            print(table.round(2).to_string(index=False))


if __name__ == "__main__":
    main()
