"""Track stage: coded findings + vectors -> recommendations.csv (every recommendation of every inspection report)
and tracker.csv (each recommendation's council responses and the next inspection's verdict; pipeline.tracker).

Recommendation texts are embedded with the model that made vectors.npy (through the embedding cache), so their
similarities to the findings are comparable. vectors.npy holds the findings' clustering texts' vectors (names masked,
abbreviations spelt out); as shipped the tracker matches exact texts, so the findings it compares (those of the
council documents answering a report with recommendations, and of the next report) whose text masking changes are
embedded as their exact text here (`tracker_vectors`), the others never; with TrackerParams.masked both sides are
the masked texts. `python -m pipeline track RUN_DIR` redoes only this stage. The result
is cached by what it is computed from (findings, documents, judgements, model, parameters, glossary, code), so a
warm rerun of an unchanged corpus reads it back instead of matching every recommendation again.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline import schema
from pipeline.cache import code_digest, digest
from pipeline.code_files import code_of
from pipeline.embed import EMBED_CODE
from pipeline.recommendations import extract_recommendations
from pipeline.report.methods import TRACKER_QUALITY
from pipeline.runfolder import (load_documents, load_findings, load_vectors, read_record, source_of, themes_key,
                                update_record, write_table)
from pipeline.stages.context import RunContext
from pipeline.stages.embed import check_vectors
from pipeline.themes.cluster_text import clustering_texts, exact_vectors, masking_key, read_glossary
from pipeline.tracker import TrackerParams, track
from pipeline.tracker.masked import part_vectors, recommendation_vectors
from pipeline.tracker.responses import RESTATES
from pipeline.tracker.windows import windows

READS = (f"{schema.DOCUMENTS}.parquet", schema.FINDINGS_FILE, schema.VECTORS, f"{schema.JUDGEMENTS}.csv")
# Also the configured glossary (config.glossary), whose abbreviations the shared-words term spells out.
WRITES = (f"{schema.RECOMMENDATIONS}.csv", f"{schema.TRACKER}.csv")


def responses_said(table) -> str:
    """How many recommendations have council responses, for the console: a line that only restates the inspection
    (match responses.RESTATES) is shown in the tracker, not counted as an answer, as the report's view does."""
    links = table[(table["part"] == "response") & (table["status"] == "linked")]
    answered = set(links.loc[links["match"] != RESTATES, "rec_id"])
    restating = set(links.loc[links["match"] == RESTATES, "rec_id"]) - answered
    return (f"{len(answered)} with council responses"
            + (f" ({len(restating)} more with council lines that only restate the inspection)" if restating else ""))


def statuses_said(table) -> str:
    """The next-inspection statuses counted, with how far one can be trusted (report.methods.TRACKER_QUALITY), for
    the console: a count of "improved" read alone is taken for a result ("" when no recommendation has a next
    inspection)."""
    rows = table[table["part"] == "next_inspection"].drop_duplicates("rec_id")
    if rows.empty:
        return ""
    counts = rows["status"].astype(str).value_counts()
    listed = ", ".join(f"{status} {n}" for status, n in counts.items())
    return (f"tracker: next inspection {listed}; a status agreed with a reader's {TRACKER_QUALITY['status']}: "
            "read its quotes (tracker.csv, report.html's Tracker view) before citing it")


def reports_without_said(documents: pd.DataFrame, recs: pd.DataFrame, shown: int = 5) -> str:
    """The inspection reports in which no recommendation was found, named for the console ("" when none): a report
    whose list sits under a heading the extractor does not know gives none, and a count alone would hide which."""
    reports = documents[documents["doc_type"] == "inspection_report"]
    missing = sorted(reports.loc[~reports["doc_id"].isin(set(recs["doc_id"])), "file"].astype(str))
    if not missing:
        return ""
    more = f" and {len(missing) - shown} more" if len(missing) > shown else ""
    return (f"tracker: no recommendation found in {len(missing)} inspection report(s): "
            f"{', '.join(missing[:shown])}{more}")


@lru_cache(maxsize=1)
def track_code() -> tuple[str, ...]:
    """The code and data the result is computed by (paths below pipeline/): this stage's file, and every module of
    the tracker package, recommendations.py and the embedding code (the recommendations are embedded) with every
    module they import and the data files they name (code_files.code_of: the default glossary, the authority names
    cluster_text masks in the shared-words texts, the topics and field themes of the shared-topics term)."""
    tracker = tuple(f"tracker/{p.name}" for p in sorted((Path(__file__).parents[1] / "tracker").glob("*.py")))
    return ("stages/track.py", *code_of(tracker + ("recommendations.py", *EMBED_CODE)))


def run(ctx: RunContext, params: TrackerParams = TrackerParams()) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Write recommendations.csv and tracker.csv; returns (recommendations, tracker)."""
    with ctx.timed("track"):
        documents, findings = load_documents(ctx.run_dir), load_findings(ctx.run_dir)
        check_vectors(ctx, findings)
        glossary = read_glossary(ctx.config.glossary or None)
        if source_of(ctx.run_dir, schema.CLUSTERING_TEXT) != masking_key(glossary):  # masked by another glossary
            findings = findings.drop(columns=[schema.CLUSTERING_TEXT], errors="ignore")
        judgements_csv = ctx.run_dir / f"{schema.JUDGEMENTS}.csv"
        model_id = read_record(ctx.run_dir).get("model", ctx.config.model)
        cache, key = ctx.cache("tracker"), _track_key(findings, documents, judgements_csv, model_id, params,
                                                      ctx.config.glossary)
        cached = cache.get(key)
        if cached is not None:
            recs, table = cached
        else:
            recs, table = _track(ctx, documents, findings, judgements_csv, model_id, params, glossary)
            cache.put(key, (recs, table))
        write_table(recs, ctx.run_dir, schema.RECOMMENDATIONS)
        write_table(table, ctx.run_dir, schema.TRACKER)
        ctx.say(f"tracker: {len(recs)} recommendation(s) in {recs['doc_id'].nunique()} inspection report(s); "
                + responses_said(table))
        for line in (statuses_said(table), reports_without_said(documents, recs)):
            if line:
                ctx.say(line)
        update_record(ctx.run_dir, tracker=params.to_dict(), counts={"recommendations": len(recs)},
                      made_from={"tracker": themes_key(ctx.run_dir)})
    return recs, table


def _track(ctx: RunContext, documents: pd.DataFrame, findings: pd.DataFrame, judgements_csv, model_id: str,
           params: TrackerParams, glossary: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Recommendations and their tracker rows, computed."""
    recs = extract_recommendations(findings, documents)
    vectors, rec_vectors = tracker_vectors(recs, documents, findings, load_vectors(ctx.run_dir), params, glossary,
                                           ctx.embedder(model_id), ctx.cache_root)
    judgements = pd.read_csv(judgements_csv, keep_default_na=False) if judgements_csv.exists() else None
    parts = part_vectors(recs, params, glossary, ctx.embedder(model_id), ctx.cache_root)
    return recs, track(recs, rec_vectors, documents, findings, vectors, params, judgements, glossary, parts)


def tracker_vectors(recs: pd.DataFrame, documents: pd.DataFrame, findings: pd.DataFrame, vectors: np.ndarray,
                    params: TrackerParams, glossary: dict[str, tuple[str, str]], embedder,
                    cache_dir: Path) -> tuple[np.ndarray, np.ndarray]:
    """(the findings' vectors, the recommendations' vectors) the tracker compares,
    from `vectors` of the findings' clustering texts (vectors.npy). Without params.masked the tracker matches exact
    texts: the findings of the documents it can compare with a recommendation (the council documents answering its
    report and the next report, tracker.windows) are given their exact texts' vectors (through the embedding
    cache, only where masking changed the text); the other rows are never read by it and keep theirs."""
    if schema.CLUSTERING_TEXT not in findings.columns:
        findings = findings.assign(**{schema.CLUSTERING_TEXT: clustering_texts(findings["text"].astype(str).tolist(),
                                                                               glossary)})
    vectors = np.asarray(vectors, dtype=np.float32)
    if not params.masked:
        answers, following = windows(documents)
        reports = set(recs["doc_id"]) if len(recs) else set()
        compared = {d for r in reports for d in answers.get(r, [])} | {following.get(r) for r in reports}
        rows = np.flatnonzero(findings["doc_id"].isin(compared - {None}).to_numpy())
        vectors = exact_vectors(findings, vectors, embedder, cache_dir, rows)
    # with params.masked, vectors.npy already holds the masked texts' vectors the tracker compares
    return vectors, recommendation_vectors(recs, params, glossary, embedder, cache_dir, vectors.shape[1])


def _track_key(findings: pd.DataFrame, documents: pd.DataFrame, judgements_csv, model_id: str,
               params: TrackerParams, glossary: str) -> str:
    """Cache key of the track stage: every column of the findings (vectors follow from their texts and the model),
    each document's content hash and the fields the manifest may set, judgements.csv, the model, the parameters,
    the configured glossary and the code."""
    rows = pd.util.hash_pandas_object(findings, index=False).to_numpy().tobytes()
    fields = [c for c in ("doc_id", "sha256", "authority", "doc_type", "date", "published", "inspection_start",
                          "inspection_end") if c in documents.columns]
    docs = pd.util.hash_pandas_object(documents[fields], index=False).to_numpy().tobytes()
    files = [Path(f).read_bytes() if f and Path(f).exists() else b"" for f in (judgements_csv, glossary)]
    return digest(rows, docs, *files, model_id, repr(sorted(params.to_dict().items())), code_digest(track_code()))

