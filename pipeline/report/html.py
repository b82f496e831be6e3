"""report.html: one self-contained page (no network) over a run folder.

The page's data is embedded as JSON in a <script type="application/json"> element with <, > and & escaped, and
the page's script inserts every piece of document text with textContent, so a document containing markup shows
it literally and runs nothing.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.matrix import cross_counts
from pipeline.runfolder import read_record, write_atomic

MAX_MAP_POINTS = 6000
# The columns of findings.parquet the page uses.
FINDING_COLUMNS = ("finding_id", "doc_id", "authority", "date", "section", "para_ref", "text", "kind", "polarity",
                   "voice", "theme_id")


def _read(run_dir: Path, stem: str) -> pd.DataFrame:
    path = run_dir / f"{stem}.csv"
    return pd.read_csv(path, keep_default_na=False) if path.exists() else pd.DataFrame()


def _projection(run_dir: Path, n: int) -> list[list[float]]:
    """2-D principal-component coordinates of the finding vectors, scaled to [0, 1] (empty when there are none).

    The two leading eigenvectors of the vectors' 384 x 384 covariance, each signed so its largest loading is
    positive: deterministic, one pass over the vectors, no n x n matrix."""
    path = run_dir / "vectors.npy"
    if not path.exists():
        return []
    vectors = np.load(path, mmap_mode="r")
    if len(vectors) != n or n < 3:
        return []
    mean = np.zeros(vectors.shape[1])
    scatter = np.zeros((vectors.shape[1], vectors.shape[1]))
    for begin in range(0, n, 20_000):
        block = np.asarray(vectors[begin:begin + 20_000], dtype=np.float64)
        mean += block.sum(axis=0)
        scatter += block.T @ block
    mean /= n
    _, eigenvectors = np.linalg.eigh(scatter / n - np.outer(mean, mean))
    axes = eigenvectors[:, ::-1][:, :2]
    axes *= np.sign(axes[np.abs(axes).argmax(axis=0), [0, 1]])
    coords = (np.asarray(vectors[:MAX_MAP_POINTS], dtype=np.float64) - mean) @ axes
    coords = (coords - coords.min(axis=0)) / np.maximum(np.ptp(coords, axis=0), 1e-9)
    return np.round(coords, 4).tolist()


def distinctiveness(counts: pd.DataFrame) -> pd.DataFrame:
    """Per theme and authority, the log ratio of its share to the other authorities' pooled share (+1 smoothing).

    counts: themes x authorities. Positive values mark themes an authority raises more than the others.
    """
    totals = counts.sum(axis=0)
    k = len(counts)
    others = counts.sum(axis=1).to_numpy()[:, None] - counts.to_numpy()
    other_totals = totals.sum() - totals.to_numpy()
    share = (counts.to_numpy() + 1) / (totals.to_numpy() + k)
    other_share = (others + 1) / (other_totals + k)
    return pd.DataFrame(np.log(share / other_share), index=counts.index, columns=counts.columns)


def _over_time(findings: pd.DataFrame, authorities: list[str]) -> dict:
    """Per authority whose findings span more than one year: its years, and for its six most frequent themes the
    share of each year's findings in the theme (3 decimals)."""
    years = findings["date"].astype(str).str[:4]
    spread = years.groupby(findings["authority"]).nunique()
    # Row positions per authority, in row order: cheaper than a boolean mask over every column per authority.
    positions = findings.groupby("authority").indices
    over_time = {}
    for authority in authorities:
        if spread.get(authority, 0) > 1:
            mine = findings["theme_id"].iloc[positions[authority]]
            table = cross_counts(mine, years.iloc[positions[authority]])
            table = (table / table.sum(axis=0)).round(3)
            top = mine.value_counts().index[:6]
            over_time[authority] = {"years": list(table.columns),
                                    "rows": [{"theme": int(t), "shares": table.loc[t].tolist()} for t in top]}
    return over_time


def page_data(run_dir: Path) -> dict:
    """Everything the page shows, as plain JSON-able structures."""
    findings = pd.read_parquet(run_dir / "findings.parquet", columns=list(FINDING_COLUMNS))
    documents = _read(run_dir, "documents")
    themes = _read(run_dir, "themes")
    judgements = _read(run_dir, "judgements")
    record = read_record(run_dir)
    authorities = sorted(findings["authority"].unique().tolist())
    doc_index = {doc_id: i for i, doc_id in enumerate(documents["doc_id"])}
    # Python lists first: iterating Arrow-backed string columns value by value is slow.
    texts = findings["text"].tolist()
    text_by_id = dict(zip(findings["finding_id"].tolist(), texts))
    counts = cross_counts(findings["theme_id"], findings["authority"]).reindex(
        index=themes["theme_id"], columns=authorities, fill_value=0)
    concern = cross_counts(findings.loc[findings["polarity"] == "concern", "theme_id"],
                           findings.loc[findings["polarity"] == "concern", "authority"]).reindex(
        index=themes["theme_id"], columns=authorities, fill_value=0)
    distinct = distinctiveness(counts) if len(authorities) > 1 else counts * 0.0
    theme_rows = []
    # The three tables' rows are the themes' rows, in order (reindexed to themes["theme_id"] above).
    for row, in_counts, in_concern, in_distinct in zip(themes.itertuples(), counts.to_numpy().tolist(),
                                                       concern.to_numpy().tolist(), distinct.to_numpy().tolist()):
        theme_rows.append({
            "id": int(row.theme_id), "label": row.label, "keywords": row.keywords, "size": int(row.size),
            "n_authorities": int(row.n_authorities), "parent": getattr(row, "parent_label", ""),
            "exemplars": [text_by_id.get(f, "") for f in str(row.exemplars).split()],
            "counts": [int(c) for c in in_counts],
            "concern": [int(c) for c in in_concern],
            "distinct": [round(float(d), 3) for d in in_distinct],
        })
    over_time = _over_time(findings, authorities)
    return {
        "summary": {"documents": len(documents), "findings": len(findings), "themes": len(themes),
                    "authorities": len(authorities), "model": record.get("model", ""),
                    "corpus": record.get("corpus", ""), "seed": record.get("seed", ""),
                    "updated": record.get("updated", "")},
        "authorities": authorities,
        "themes": theme_rows,
        "documents": documents[[c for c in ("file", "title", "date", "authority", "doc_type")
                                if c in documents.columns]].to_dict("records"),
        "findings": {
            "theme": findings["theme_id"].astype(int).tolist(),
            "authority": findings["authority"].map({a: i for i, a in enumerate(authorities)}).astype(int).tolist(),
            "doc": findings["doc_id"].map(doc_index).fillna(-1).astype(int).tolist(),
            "section": findings["section"].astype(str).tolist(),
            "para": findings["para_ref"].astype(str).tolist(),
            "text": texts,
            "polarity": findings["polarity"].astype(str).tolist(),
            "kind": findings["kind"].astype(str).tolist(),
            "voice": findings["voice"].astype(str).tolist(),
        },
        "map": _projection(run_dir, len(findings)),
        "judgements": judgements.to_dict("records"),
        "over_time": over_time,
        "run": {"parameters": record.get("parameters", {}), "timings": record.get("timings", {}),
                "counts": record.get("counts", {}), "versions": record.get("versions", {}),
                "inputs": record.get("inputs", []), "notes": record.get("notes", [])[:200]},
    }


def safe_json(data: dict) -> str:
    """JSON that cannot end the <script> element it sits in."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def render(data: dict) -> str:
    assets = resources.files("pipeline.report").joinpath("assets")
    template = assets.joinpath("report.html").read_text(encoding="utf-8")
    return (template.replace("/*STYLE*/", assets.joinpath("report.css").read_text(encoding="utf-8"))
            .replace("/*SCRIPT*/", assets.joinpath("report.js").read_text(encoding="utf-8"))
            .replace("/*DATA*/", safe_json(data)))


def write_html(run_dir: Path) -> Path:
    target = Path(run_dir) / "report.html"
    write_atomic(target, render(page_data(Path(run_dir))))
    return target
