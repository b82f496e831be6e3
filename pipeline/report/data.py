"""The data report.html shows, read from a run folder's tables into plain JSON-able structures.

Nothing here recomputes a statistic the run already wrote: counts come from findings.parquet (the page recounts
them under its filters), and each comparison view's distinctive cells, intervals and evidence words come from its
comparison file (comparison.csv for the headline view, comparison__council.csv, comparison__all.csv), so the page
and the CSVs agree. `views` says which findings each default view counts (matrix_views.csv, pipeline/views.py):
the page opens on the headline view with its filters preset to it. Optional tables (inspections.csv,
inspection_changes.csv, grade_themes.csv, grade_positions.csv, tracker.csv, searches.json, broad_themes.csv) give
their views or sections when present.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import urllib.parse
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq

from pipeline.code_rows import run_further_codes
from pipeline.display import clean_text, date_text
from pipeline import grade_themes
from pipeline.grade_themes import counted_findings
from pipeline.errors import PipelineError
from pipeline.judgements import own_judgements
from pipeline.report.pairs_data import pair_rows
from pipeline.report.methods import (methods_paragraphs, record_tables, tracker_absence_note,
                                     tracker_progress_note, tracker_score, tracker_status_note)
from pipeline.tracker.params import TrackerParams
from pipeline.runfolder import read_record
from pipeline import schema
from pipeline.themes.topic_named import names_topic
from pipeline.schema import COUNCIL_DOC_TYPES
from pipeline.search import SEARCHES_FILE
from pipeline.views import HEADLINE, countable, documents_frame, listed_selection, select

MAX_MAP_POINTS = 6000
# Document text embedded for the document view, in characters over all documents: beyond it (very large corpora)
# the view lists the document's findings in order instead of its full text, so the page stays loadable.
DOC_TEXT_BUDGET = 12_000_000
# Tables other stages may write into the run folder; each becomes a view of the page when present.
EXTRA_TABLES = {"inspections": f"{schema.INSPECTIONS}.csv", "tracker": f"{schema.TRACKER}.csv",
                "changes": f"{schema.INSPECTION_CHANGES}.csv",
                "changes_broad": f"{schema.INSPECTION_CHANGES_BROAD}.csv", "grade_themes": f"{schema.GRADE_THEMES}.csv",
                "grade_positions": f"{schema.GRADE_POSITIONS}.csv"}
# The default views of the matrix stage (pipeline/comparison_tables.py): key, file suffix, title, filter preset.
DEFAULT_VIEWS = (
    ("headline", "", "Inspection reports",
     {"kind": list(HEADLINE.kinds), "voice": list(HEADLINE.voices), "type": list(HEADLINE.doc_types)}),
    ("council", "__council", "Council documents", {"type": list(COUNCIL_DOC_TYPES)}),
    ("all", "__all", "All findings", {}),
)
MAX_EXTRA_ROWS = 20_000

def _read(run_dir: Path, name: str) -> pd.DataFrame:
    path = run_dir / name
    return pd.read_csv(path, keep_default_na=False, dtype=str) if path.exists() else pd.DataFrame()


def _codes(values: pd.Series) -> tuple[list[str], list[int]]:
    """Distinct values (sorted) and each row's index into them: small integers instead of 50,000 strings."""
    vocabulary = sorted(values.astype(str).unique().tolist())
    index = {value: i for i, value in enumerate(vocabulary)}
    return vocabulary, values.astype(str).map(index).astype(int).tolist()


def projection(run_dir: Path, n: int) -> list[list[float]]:
    """2-D principal-component coordinates of the first MAX_MAP_POINTS finding vectors, scaled to [0, 1].

    The two leading eigenvectors of the vectors' covariance, each signed so its largest loading is positive:
    deterministic, one pass over the vectors, no n x n matrix. Empty without vectors.npy of n rows."""
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


def _number(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if number != number else round(number, 4)


def _cells(table: pd.DataFrame, theme_ids: list[int], authorities: list[str]) -> list[list]:
    """comparison rows as [theme_id, authority index, *schema.REPORT_CELL_COLUMNS] (flags as 0/1, numbers as numbers)."""
    rows = []
    known, index = set(theme_ids), {a: i for i, a in enumerate(authorities)}
    for row in table.to_dict("records"):
        theme = _number(row.get("theme_id"))
        if theme is None or int(theme) not in known or row.get("authority") not in index:
            continue
        values = []
        for column in schema.REPORT_CELL_COLUMNS:
            value = row.get(column, "")
            if column == "distinctive":
                values.append(1 if str(value).lower() in ("true", "1") else 0)
            elif column in ("direction", "direction_unadjusted", "evidence", "interval_method"):
                values.append(str(value))
            else:
                values.append(_number(value))
        rows.append([int(theme), index[row["authority"]], *values])
    return rows


def comparison_views(run_dir: Path, theme_ids: list[int], authorities: list[str]) -> list[dict]:
    """The default views the run wrote, each {key, title, describe, preset, file, n_findings, n_documents, cells}.

    matrix_views.csv says what each view counts; when its headline row counts all findings (a run without
    inspectorate findings in inspection reports) the headline view is all findings and has no preset. A run
    folder from before views existed (no matrix_views.csv) has one view: comparison.csv over all findings."""
    listing = _read(run_dir, f"{schema.MATRIX_VIEWS}.csv")
    views = []
    for key, suffix, title, preset in DEFAULT_VIEWS:
        if listing.empty:
            if key != "headline":
                continue
            described, n_findings, n_documents = "all findings", "", ""
            preset, title = {}, "All findings"
        else:
            rows = listing[listing["view"] == key]
            if rows.empty:
                continue
            described = rows["selection"].iloc[0]
            n_findings, n_documents = rows["n_findings"].iloc[0], rows["n_documents"].iloc[0]
            # A listing from before the selection columns: its words say whether the headline view is like for like.
            listed = listed_selection(rows.iloc[0])
            if key == "headline" and (listed != HEADLINE if listed is not None else described != HEADLINE.describe()):
                preset, title = {}, "All findings"
        name = f"comparison{suffix}.csv"
        table = _read(run_dir, name)
        views.append({"key": key, "title": title, "describe": described, "preset": preset,
                      "file": name if not table.empty else "", "n_findings": int(n_findings or 0),
                      "n_documents": int(n_documents or 0), "columns": list(schema.REPORT_CELL_COLUMNS),
                      "cells": _cells(table, theme_ids, authorities) if not table.empty else []})
    return views


def _with_doc_type(findings: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """findings with each one's document type (views.select wants it), from documents.csv when not a column."""
    if "doc_type" in findings.columns:
        return findings
    return findings.assign(doc_type=findings["doc_id"].astype(str).map(
        documents.assign(doc_id=documents["doc_id"].astype(str)).set_index("doc_id")["doc_type"]))


def restricted_views(run_dir: Path, findings: pd.DataFrame, documents: pd.DataFrame, judgements: pd.DataFrame,
                     theme_ids: list[int], authorities: list[str]) -> list[dict]:
    """Views written by `matrix` with a restriction (--framework, --from, ...): as comparison_views, with the
    positions of the findings each counts (`members`, pipeline/views.select), so the page shows its comparison
    file while the filters keep exactly those findings. What a view counts is read from matrix_views.csv's
    selection columns (views.listed_selection); a restricted view listed before those columns existed is refused
    with a message saying how to list it again."""
    listing = _read(run_dir, f"{schema.MATRIX_VIEWS}.csv")
    if listing.empty:
        return []
    defaults = {key for key, *_ in DEFAULT_VIEWS}
    frame = documents_frame(documents, judgements)
    findings = _with_doc_type(findings, documents)
    views = []
    for key, rows in listing.groupby("view", sort=True):
        name = f"comparison__{key}.csv"
        table = _read(run_dir, name)
        if key in defaults or table.empty:
            continue
        selection = listed_selection(rows.iloc[0])
        if selection is None:
            raise PipelineError(f"{run_dir / schema.MATRIX_VIEWS}.csv: view {key} ({rows['selection'].iloc[0]}) "
                                "was listed by an older version, without its selection in columns; run `matrix` "
                                "with that restriction again, or delete its rows, to build the report.")
        members = findings.index.get_indexer(select(findings, frame, selection).index).tolist()
        views.append({"key": key, "title": "Restricted view", "describe": selection.describe(),
                      "preset": None, "members": members, "file": name, "n_findings": int(rows["n_findings"].iloc[0]),
                      "n_documents": int(rows["n_documents"].iloc[0]), "columns": list(schema.REPORT_CELL_COLUMNS),
                      "cells": _cells(table, theme_ids, authorities)})
    return views


def national_members(run_dir: Path, findings: pd.DataFrame, documents: pd.DataFrame) -> list[int]:
    """Positions of the findings grade_themes.csv counted (the headline view's findings of the graded inspection
    reports, sentences stating a judgement left out: grade_themes.counted_findings), so each figure of the page's
    national context opens its concern quotes. Empty when the run has no grade_themes.csv."""
    inspections = _read(run_dir, f"{schema.INSPECTIONS}.csv")
    if inspections.empty or not (run_dir / f"{schema.GRADE_THEMES}.csv").exists():
        return []
    judgements = _read(run_dir, f"{schema.JUDGEMENTS}.csv")  # as the matrix stage read it: every row
    chosen = select(_with_doc_type(findings, documents), documents_frame(documents, judgements), HEADLINE)
    counted = counted_findings(chosen, set(inspections["doc_id"]), judgements if not judgements.empty else None)
    return findings.index.get_indexer(counted.index).tolist()


def _source_href(source: str, file: str, corpus: Path | None, run_dir: Path) -> str:
    """A link to the source document: its web address from the manifest, else the corpus file when it exists, as a
    path relative to the report (report.html sits in run_dir), so the link works wherever the run folder and the
    corpus are moved together and names no folder of the machine that ran it."""
    if re.match(r"https?://", source or ""):
        return source
    if corpus is not None and file and (corpus / file).is_file():
        relative = os.path.relpath((corpus / file).resolve(), Path(run_dir).resolve())
        return urllib.parse.quote(Path(relative).as_posix())
    return ""


def _frameworks(findings: pd.DataFrame, documents: pd.DataFrame, judgements: pd.DataFrame) -> pd.Series:
    """Inspection framework per document: its own column when the run has one, else the framework of the Ofsted
    grades found in an inspection report ("" for council documents and reports without grades)."""
    if "framework" in documents.columns:
        return documents.set_index("doc_id")["framework"].astype(str)
    if "framework" in findings.columns:
        return findings.drop_duplicates("doc_id").set_index("doc_id")["framework"].astype(str)
    frameworks = pd.Series("", index=documents["doc_id"], dtype=object)
    if not judgements.empty and "doc_type" in documents.columns:
        reports = set(documents.loc[documents["doc_type"] == "inspection_report", "doc_id"])
        graded = judgements[judgements["doc_id"].isin(reports)]
        found = graded.groupby("doc_id")["framework"].agg(lambda values: values.value_counts().index[0])
        frameworks.update(found)
    return frameworks


def _documents(run_dir: Path, documents: pd.DataFrame, frameworks: pd.Series, corpus: Path | None) -> list[dict]:
    texts = {}
    parquet = run_dir / "documents.parquet"
    if parquet.exists():
        full = pd.read_parquet(parquet, columns=["doc_id", "text"])
        budget = DOC_TEXT_BUDGET
        for doc_id, text in zip(full["doc_id"], full["text"]):
            if len(text) <= budget:
                texts[doc_id] = text
                budget -= len(text)
    rows = []
    for doc in documents.to_dict("records"):
        source = str(doc.get("source", ""))
        rows.append({"id": doc["doc_id"], "file": doc.get("file", ""),
                     "title": doc.get("title", "") or doc.get("file", ""),
                     "date": doc.get("date", ""), "when": date_text(doc.get("date", "")),
                     "year": str(doc.get("date", ""))[:4],
                     "authority": doc.get("authority", ""), "type": doc.get("doc_type", ""),
                     "framework": frameworks.get(doc["doc_id"], ""),
                     "href": _source_href(source, doc.get("file", ""), corpus, run_dir),
                     "web": bool(re.match(r"https?://", source)),
                     # the manifest's words on where a document came from, when they are no address
                     "source_note": "" if re.match(r"https?://", source) else source,
                     "pdf": str(doc.get("file", "")).lower().endswith(".pdf"),
                     "text": texts.get(doc["doc_id"])})
    return rows


def _extra_tables(run_dir: Path) -> dict:
    """inspections.csv and tracker.csv as {columns, rows} when the run folder has them (columns as written)."""
    tables = {}
    for key, name in EXTRA_TABLES.items():
        table = _read(run_dir, name)
        if key == "tracker":  # quotes as shown elsewhere in the page: without PDF bullet glyphs
            for column in ("recommendation", "quote"):
                if column in table:
                    table[column] = table[column].map(lambda v: clean_text(v) if isinstance(v, str) else v)
            if "date" in table:  # a council document dated by year alone says so ("2019, day not stated")
                table["date"] = table["date"].map(lambda v: date_text(v) if str(v).strip() else v)
        if key == "changes":
            table = _with_trend_shares(run_dir, table)
        if key in ("changes", "changes_broad"):
            for column in ("concern_quote", "strength_quote"):  # one line, as the CSV writes it (older runs too)
                if column in table:
                    table[column] = table[column].map(lambda v: clean_text(v) if isinstance(v, str) else v)
        if key == "tracker":
            table = _with_recommendation_source(run_dir, table)
            if "authority" in table:  # the Tracker view lists authorities in the order met: A to Z, not by doc_id
                table = table.sort_values("authority", kind="stable", key=lambda a: a.astype(str).str.lower())
        if not table.empty:
            tables[key] = {"columns": list(table.columns),
                           "rows": table.head(MAX_EXTRA_ROWS).to_numpy().tolist(), "total": len(table)}
    return tables


def _with_trend_shares(run_dir: Path, changes: pd.DataFrame) -> pd.DataFrame:
    """inspection_changes.csv with trends.csv's `count` and `share` of each inspection and theme beside each row (the
    theme's findings and their share of all the report's findings), so the page can set reports of different lengths
    side by side; unchanged when either table lacks the columns."""
    trends = _read(run_dir, f"{schema.TRENDS}.csv")
    keys = ["doc_id", "theme_id"]
    if changes.empty or trends.empty or not set(keys + ["count", "share"]) <= set(trends.columns) \
            or not set(keys) <= set(changes.columns):
        return changes
    shares = trends[keys + ["count", "share"]].drop_duplicates(keys)
    return changes.drop(columns=[c for c in ("count", "share") if c in changes.columns]).merge(shares, on=keys, how="left")


def _with_recommendation_source(run_dir: Path, tracker: pd.DataFrame) -> pd.DataFrame:
    """tracker.csv with each recommendation's own finding and timescale from recommendations.csv (`rec_finding_id`,
    `rec_timescale`), so the page can say where the report asks it (section, paragraph, page, source link);
    unchanged when either table lacks the columns."""
    recommendations = _read(run_dir, f"{schema.RECOMMENDATIONS}.csv")
    if tracker.empty or recommendations.empty or "rec_id" not in tracker.columns \
            or not {"rec_id", "finding_id"} <= set(recommendations.columns):
        return tracker
    source = recommendations.drop_duplicates("rec_id").set_index("rec_id")
    timescale = source["timescale"] if "timescale" in source.columns else pd.Series("", index=source.index)
    return tracker.assign(rec_finding_id=tracker["rec_id"].map(source["finding_id"]).fillna(""),
                          rec_timescale=tracker["rec_id"].map(timescale).fillna(""))


def _searches(run_dir: Path, index: dict[str, int]) -> list[dict]:
    """Questions saved by `pipeline search --save`: each a custom row of the matrix over its findings."""
    path = run_dir / SEARCHES_FILE
    if not path.exists():
        return []
    saved = json.loads(path.read_text(encoding="utf-8"))
    return [{"question": entry["question"],
             "findings": [index[f] for f in entry.get("finding_ids", []) if f in index]} for entry in saved]


def _trends(run_dir: Path, authorities: list[str], top: int = 12) -> dict:
    """trends.csv as written, per authority with more than one period (inspection, by its publication date; a
    calendar year in older runs): its periods and, for its `top` themes by count, the theme's share of each
    period's findings. The page shows the largest six that name a topic (a "Mixed findings ..." theme's share rising
    says nothing about any subject), so it gets more than six to choose from."""
    table = _read(run_dir, f"{schema.TRENDS}.csv")
    out = {}
    if table.empty:
        return out
    period = "published" if "published" in table.columns else "year"
    table = table.assign(count=table["count"].astype(int), share=table["share"].astype(float),
                         theme_id=table["theme_id"].astype(int), year=table[period])
    for authority, part in table.groupby("authority"):
        years = sorted(part["year"].unique())
        if authority not in authorities or len(years) < 2:
            continue
        chosen = part.groupby("theme_id")["count"].sum().sort_values(ascending=False, kind="stable").index[:top]
        shares = part.pivot_table(index="theme_id", columns="year", values="share", aggfunc="sum").reindex(
            index=chosen, columns=years).fillna(0.0)
        out[authority] = {"years": years, "rows": [{"theme": int(t), "shares": shares.loc[t].round(3).tolist()}
                                                   for t in chosen]}
    return out


def finding_codes(run_dir: Path, ids: list[str]) -> list[str]:
    """Codebook mode: each finding's codes with their similarity, as finding_codes.csv gives them ("Caseloads
    0.61 · Supervision 0.43"; "" for a finding no code fits), in the order of `ids`; [] for a run without codes."""
    path = run_dir / f"{schema.FINDING_CODES}.csv"
    if not path.exists():
        return []
    table = pd.read_csv(path, keep_default_na=False)
    given: dict[str, list[str]] = {}
    for finding_id, code, similarity in zip(table["finding_id"].tolist(), table["code"].tolist(),
                                            table["similarity"].tolist()):
        given.setdefault(finding_id, []).append(f"{code} {float(similarity):.2f}")
    return [" · ".join(given.get(finding_id, [])) for finding_id in ids]


def _run_review(record: dict, index: dict[str, int]) -> dict:
    """The decisions of the review file the run's matrices were made with (parameters.review_file), as the page's
    starting review, so the page counts what the matrices count; {} when there is none or it is gone."""
    from pipeline.review import read_review

    path = record.get("parameters", {}).get("review_file") or ""
    if not path or not Path(path).is_file():
        return {}
    review = read_review(path).drop_duplicates(["finding_id", "theme_id"], keep="last")
    rows = zip(review["finding_id"], review["decision"], review["theme_id"])
    return {f: {"d": d, "theme": int(t)} for f, d, t in rows if f in index}


def page_data(run_dir: Path) -> dict:
    """Everything the page shows, as plain JSON-able structures (see the module docstring)."""
    run_dir = Path(run_dir)
    present = pq.read_schema(run_dir / "findings.parquet").names
    columns = list(schema.REPORT_FINDING_COLUMNS) + [c for c in schema.REPORT_OPTIONAL_FINDING_COLUMNS if c in present]
    findings = pd.read_parquet(run_dir / "findings.parquet", columns=columns)
    documents = _read(run_dir, f"{schema.DOCUMENTS}.csv")
    themes = _read(run_dir, f"{schema.THEMES}.csv")
    broad = _read(run_dir, f"{schema.BROAD_THEMES}.csv")
    judgements = own_judgements(_read(run_dir, f"{schema.JUDGEMENTS}.csv"))  # previous inspections' rows left out
    record = read_record(run_dir)
    corpus = Path(record["corpus"]) if record.get("corpus") else None
    authorities = sorted(findings["authority"].unique().tolist())
    theme_ids = themes["theme_id"].astype(int).tolist()
    exemplar_text = dict(zip(findings["finding_id"].tolist(), findings["text"].tolist()))
    theme_rows = []
    for i, row in enumerate(themes.to_dict("records")):
        theme_rows.append({
            "id": theme_ids[i], "label": row["label"], "keywords": row.get("keywords", ""),
            "parent": int(row["parent_theme_id"]) if str(row.get("parent_theme_id", "")).lstrip("-").isdigit() else -1,
            "topic": names_topic(row["label"]),
            "exemplars": [clean_text(exemplar_text.get(f, "")) for f in str(row.get("exemplars", "")).split()]})
    broad_rows = [{"id": int(row["theme_id"]), "label": row["label"], "keywords": row.get("keywords", "")}
                  for row in broad.to_dict("records")]
    doc_rows = _documents(run_dir, documents, _frameworks(findings, documents, judgements), corpus)
    doc_index = {doc["id"]: i for i, doc in enumerate(doc_rows)}
    sections, section_codes = _codes(findings["section"].map(clean_text))
    kinds, kind_codes = _codes(findings["kind"])
    polarities, polarity_codes = _codes(findings["polarity"])
    voices, voice_codes = _codes(findings["voice"])
    # who a council document reports speaking (member, officer, young person, ...); older runs have no column
    speakers, speaker_codes = _codes(findings["speaker"].fillna("").astype(str) if "speaker" in findings.columns
                                     else pd.Series([""] * len(findings)))
    ids = findings["finding_id"].tolist()
    # Duplicates and stock phrases: the matrices leave them out (pipeline/views.countable), so the page does too.
    uncounted = np.flatnonzero(~findings.index.isin(countable(findings).index)).tolist()
    repeated = (findings["duplicate_of"].fillna("").astype(str).str.strip().tolist() if "duplicate_of" in findings.columns
                else [""] * len(findings))
    repeats = [earlier != "" for earlier in repeated]
    position = {finding_id: i for i, finding_id in enumerate(ids)}
    pages = (pd.to_numeric(findings["page"], errors="coerce").fillna(0).astype(int).tolist()
             if "page" in findings.columns else [])
    more = run_further_codes(run_dir, findings)
    # codebook mode: each finding's further codes as themes (pipeline/code_rows.py), the page counting a finding
    # under each of its codes as the matrices do: {"at": finding positions, "theme": theme ids}; absent otherwise
    further = {} if more is None else {"more": {"at": more["at"].astype(int).tolist(),
                                                "theme": more["theme_id"].astype(int).tolist()}}
    return {
        "summary": {"documents": len(documents), "findings": len(findings), "themes": len(themes),
                    "authorities": len(authorities), "model": record.get("model", ""),
                    "corpus": record.get("corpus", ""), "updated": record.get("updated", ""),
                    # the themes stage's warnings (one broad theme holding most findings, ...): shown at the top
                    "warnings": list(record.get("theme_warnings") or [])},
        # The key the page keeps its review under: the same while the corpus and the themes are the same (a rebuilt
        # report, a rerun), new when the themes change (e.g. once theme_edits.csv has been applied).
        "run_id": hashlib.sha256(f"{record.get('corpus', '')}\x00".encode("utf-8")
                                 + (run_dir / f"{schema.THEMES}.csv").read_bytes()).hexdigest()[:16],
        "authorities": authorities,
        "themes": theme_rows,
        "pairs": pair_rows(run_dir, theme_ids),
        "pairs_broad": pair_rows(run_dir, [row["id"] for row in broad_rows], broad=True),
        "views": comparison_views(run_dir, theme_ids, authorities)
        + restricted_views(run_dir, findings, documents, judgements, theme_ids, authorities),
        "broad": broad_rows,
        "documents": doc_rows,
        "vocab": {"kind": kinds, "polarity": polarities, "voice": voices, "speaker": speakers, "section": sections},
        "findings": {
            "id": ids,
            "theme": findings["theme_id"].astype(int).tolist(),
            "authority": findings["authority"].map({a: i for i, a in enumerate(authorities)}).astype(int).tolist(),
            "doc": findings["doc_id"].map(doc_index).fillna(-1).astype(int).tolist(),
            "start": findings["start"].astype(int).tolist(), "end": findings["end"].astype(int).tolist(),
            "section": section_codes,
            "para": findings["para_ref"].astype(str).tolist(),
            "page": pages,
            "text": [clean_text(t) for t in findings["text"].tolist()],
            "lead_in": ([clean_text(t) for t in findings[schema.LEAD_IN].tolist()]
                        if schema.LEAD_IN in findings.columns else []),
            "kind": kind_codes, "polarity": polarity_codes, "voice": voice_codes, "speaker": speaker_codes,
            "uncounted": uncounted,
            # why each is not counted, in the order of "uncounted": a repeat of another finding, or stock text
            "uncounted_reason": ["repeat" if repeats[i] else "stock text" for i in uncounted],
            # the finding each repeats (duplicate_of, its position here), in the order of "uncounted"; -1 for stock text
            "repeat_of": [position.get(repeated[i], -1) for i in uncounted],
            # the findings the national context counts (grade_themes.csv), so its figures open their quotes
            "national": national_members(run_dir, findings, documents),
            # codebook mode: each finding's codes with their similarity (finding_codes.csv); [] otherwise
            "codes": finding_codes(run_dir, ids),
            **further,
        },
        "judgements": (judgements.assign(date=judgements["date"].map(date_text)) if "date" in judgements
                       else judgements).to_dict("records"),
        "trends": _trends(run_dir, authorities),
        "searches": _searches(run_dir, {f: i for i, f in enumerate(ids)}),
        "review": _run_review(record, set(ids)),
        "tables": _extra_tables(run_dir),
        # graded reports before grade_positions.csv places a report among them (grade_themes.MIN_PLACED)
        "min_placed": grade_themes.MIN_PLACED,
        "map": projection(run_dir, len(findings)),
        "methods": methods_paragraphs(record, documents, findings, themes, broad),
        "tracker_notes": {"score": tracker_score(record.get("tracker") or TrackerParams().to_dict()),
                          "status": tracker_status_note(), "absence": tracker_absence_note(),
                          "progress": tracker_progress_note()},
        "record": record_tables(record),
    }
