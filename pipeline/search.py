"""Search a run's findings by meaning: `python -m pipeline search RUN_DIR "police attendance at strategy discussions"`.

The question is embedded with the run's own model (run.json `model`), masked as the findings were (vectors.npy holds
their clustering texts' vectors: names masked, abbreviations expanded, run.json `vectors_text`), and compared with
vectors.npy by cosine similarity (the vectors are L2-normalised, so a dot product). Output, best first, one row per
finding:
    rank, similarity, finding_id, authority, doc_type, date, document, theme_id, theme_label, text, kind, polarity,
    section, page (the finding's as findings.csv has them, "" when the run has none), so a hit can be cited and its
    polarity read without opening findings.csv
date as report.html, reviewed_quotes.csv and the workbook show it ("2019, day not stated" for a year alone, whose
findings.csv and documents.csv keep "2019").
--csv FILE writes those rows; --codebook-entry FILE writes a codebook theme (codebook YAML form) made from the
question and the nearest findings; --save adds the question to the run's searches.json, which report.html shows
as a custom row of its matrix (the findings at or above --min-similarity, counted per authority).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline import schema
from pipeline.display import date_text
from pipeline.errors import PipelineError

SEARCHES_FILE = schema.SEARCHES_FILE
RESULT_COLUMNS = ["rank", "similarity", "finding_id", "authority", "doc_type", "date", "document", "theme_id",
                  "theme_label", "text", "kind", "polarity", "section", "page"]


def _embedder_for(run_dir: Path):
    from pipeline.embed import SentenceTransformerEmbedder
    from pipeline.runfolder import read_record

    model = read_record(run_dir).get("model")
    if not model:
        raise PipelineError(f"{run_dir / 'run.json'}: no embedding model recorded; run the embed stage first.")
    return SentenceTransformerEmbedder(model)


def _as_embedded(run_dir: Path, question: str) -> str:
    """The question as the run's findings were embedded: masked with the run's glossary when vectors.npy holds
    clustering texts (run.json `vectors_text`), as it is otherwise (a folder embedded from the exact texts)."""
    from pipeline.runfolder import read_record
    from pipeline.themes.cluster_text import clustering_texts, read_glossary

    record = read_record(run_dir)
    if not str(record.get("vectors_text", "")).startswith(schema.CLUSTERING_TEXT):
        return question
    return clustering_texts([question], read_glossary(record.get("parameters", {}).get("glossary") or None))[0]


def search(run_dir: Path | str, question: str, top: int = 20, min_similarity: float = 0.0,
           embedder=None) -> pd.DataFrame:
    """The `top` findings nearest `question` in meaning with similarity >= min_similarity (RESULT_COLUMNS).

    embedder: anything with embed(texts) giving L2-normalised rows, the run's own model by default; it must be the
    model the run's vectors were made with, or the similarities mean nothing."""
    run_dir = Path(run_dir)
    if not question.strip():
        raise PipelineError("the search question is empty.")
    for name in ("findings.parquet", "vectors.npy"):
        if not (run_dir / name).exists():
            raise PipelineError(f"{run_dir}: no {name}; run the pipeline (at least the embed stage) first.")
    vectors = np.load(run_dir / "vectors.npy", mmap_mode="r")
    findings = pd.read_parquet(run_dir / "findings.parquet")
    if len(vectors) != len(findings):
        raise PipelineError(f"{run_dir / 'vectors.npy'}: {len(vectors)} rows for {len(findings)} findings; "
                            "rerun the embed stage.")
    query = np.asarray((embedder or _embedder_for(run_dir)).embed([_as_embedded(run_dir, question)]),
                       dtype=np.float32)[0]
    if query.shape[0] != vectors.shape[1]:
        raise PipelineError(f"the question's vector has {query.shape[0]} numbers, the run's {vectors.shape[1]}: "
                            "not the run's model.")
    scores = np.concatenate([np.asarray(vectors[i:i + 50_000], dtype=np.float32) @ query
                             for i in range(0, len(vectors), 50_000)]) if len(vectors) else np.zeros(0)
    # Highest first; ties by row order, so the same question always lists the same findings.
    order = np.lexsort((np.arange(len(scores)), -scores))
    order = order[scores[order] >= min_similarity][:top]
    chosen = findings.iloc[order]
    titles = {}
    if (run_dir / f"{schema.DOCUMENTS}.csv").exists():
        documents = pd.read_csv(run_dir / f"{schema.DOCUMENTS}.csv", keep_default_na=False, dtype=str)
        titles = dict(zip(documents["doc_id"], documents["title"].where(documents["title"] != "", documents["file"])))
    return pd.DataFrame({
        "rank": np.arange(1, len(chosen) + 1), "similarity": np.round(scores[order], 4),
        "finding_id": chosen["finding_id"].to_numpy(), "authority": chosen["authority"].to_numpy(),
        "doc_type": chosen["doc_type"].to_numpy(), "date": chosen["date"].map(date_text).to_numpy(),
        "document": chosen["doc_id"].map(titles).fillna(chosen["file"]).to_numpy(),
        "theme_id": chosen["theme_id"].to_numpy() if "theme_id" in chosen else -1,
        "theme_label": chosen["theme_label"].to_numpy() if "theme_label" in chosen else "",
        "text": chosen["text"].to_numpy(),
        **{column: (chosen[column].astype("string").fillna("").to_numpy(dtype=object) if column in chosen else "")
           for column in ("kind", "polarity", "section", "page")}}, columns=RESULT_COLUMNS)


def theme_summary(results: pd.DataFrame) -> str:
    """One line: the themes the listed findings fall in, most findings first, e.g. "Themes of these 20 findings:
    2 Strategy discussions and police involvement (18), 7 Multi-agency working (2)"."""
    if results.empty:
        return "No finding is as similar as --min-similarity asks."
    counts = results.groupby(["theme_id", "theme_label"], sort=False).size().reset_index(name="n")
    counts = counts.sort_values(["n", "theme_id"], ascending=[False, True], kind="stable")
    themes = ", ".join(f"{row.theme_id} {row.theme_label} ({row.n})" for row in counts.itertuples())
    return f"Themes of these {len(results)} findings: {themes}"


def codebook_entry(question: str, results: pd.DataFrame, examples: int = 5) -> str:
    """A codebook theme in the form `--codebook` reads: the question as name and description, the nearest
    findings (up to `examples`, shortest first, under 200 characters) as examples. Edit the name and group."""
    short = results[results["text"].str.len() < 200].sort_values("similarity", ascending=False).head(examples)
    entry = {"name": question[:80], "group": "Searches", "description": question,
             "examples": [" ".join(t.split()) for t in short["text"]]}
    import yaml

    return yaml.safe_dump({"themes": [entry]}, sort_keys=False, allow_unicode=True, width=1000)


def save_search(run_dir: Path | str, question: str, results: pd.DataFrame) -> Path:
    """Add (or replace) the question in the run's searches.json: report.html shows it as a custom matrix row."""
    from pipeline.runfolder import write_atomic

    path = Path(run_dir) / SEARCHES_FILE
    saved = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
    saved = [entry for entry in saved if entry["question"] != question]
    saved.append({"question": question, "finding_ids": results["finding_id"].tolist(),
                  "similarity": results["similarity"].astype(float).tolist()})
    write_atomic(path, json.dumps(saved, ensure_ascii=False, indent=1))
    return path
