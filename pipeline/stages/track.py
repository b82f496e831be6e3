"""Track stage: coded findings + vectors -> recommendations.csv (every recommendation of every inspection report)
and tracker.csv (each recommendation's council responses and the next inspection's verdict; pipeline.tracker).

Recommendation texts are embedded with the model that made vectors.npy (through the embedding cache), so their
similarities to the findings are comparable. `python -m pipeline track RUN_DIR` redoes only this stage.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from pipeline import schema
from pipeline.cache import EmbeddingCache
from pipeline.embed import embed_texts
from pipeline.errors import PipelineError
from pipeline.recommendations import extract_recommendations
from pipeline.runfolder import (findings_key, load_documents, load_findings, load_vectors, read_record, source_of,
                                update_record, write_table)
from pipeline.stages.context import RunContext
from pipeline.themes.cluster_text import read_glossary
from pipeline.tracker import TrackerParams, recommendation_core, track

READS = (f"{schema.DOCUMENTS}.parquet", schema.FINDINGS_FILE, schema.VECTORS, f"{schema.JUDGEMENTS}.csv")
# Also the configured glossary (config.glossary), whose abbreviations the shared-words term spells out.
WRITES = (f"{schema.RECOMMENDATIONS}.csv", f"{schema.TRACKER}.csv")


def run(ctx: RunContext, params: TrackerParams = TrackerParams()) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Write recommendations.csv and tracker.csv; returns (recommendations, tracker)."""
    with ctx.timed("track"):
        documents, findings = load_documents(ctx.run_dir), load_findings(ctx.run_dir)
        if source_of(ctx.run_dir, schema.VECTORS) != findings_key(findings):
            raise PipelineError(f"{ctx.run_dir}: vectors.npy does not belong to the current findings (segment was "
                                "rerun?); run the embed stage again first.")
        vectors = np.asarray(load_vectors(ctx.run_dir), dtype=np.float32)
        recs = extract_recommendations(findings, documents)
        embedder = ctx.embedder(read_record(ctx.run_dir).get("model", ctx.config.model))
        if len(recs):
            texts = [recommendation_core(t) for t in recs["text"]] if params.core else recs["text"].tolist()
            rec_vectors, _ = embed_texts(texts, embedder,
                                         EmbeddingCache(ctx.cache_root / "embeddings", say=ctx.say))
        else:
            rec_vectors = np.zeros((0, vectors.shape[1]), dtype=np.float32)
        judgements_csv = ctx.run_dir / f"{schema.JUDGEMENTS}.csv"
        judgements = pd.read_csv(judgements_csv, keep_default_na=False) if judgements_csv.exists() else None
        table = track(recs, rec_vectors, documents, findings, vectors, params, judgements,
                      read_glossary(ctx.config.glossary or None))
        write_table(recs, ctx.run_dir, schema.RECOMMENDATIONS)
        write_table(table, ctx.run_dir, schema.TRACKER)
        linked = table[(table["part"] == "response") & (table["status"] == "linked")]["rec_id"].nunique()
        ctx.say(f"tracker: {len(recs)} recommendation(s) in {recs['doc_id'].nunique()} inspection report(s); "
                f"{linked} with council responses")
        update_record(ctx.run_dir, tracker=params.to_dict(), counts={"recommendations": len(recs)})
    return recs, table
