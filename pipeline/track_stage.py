"""The track stage over a run folder: findings + vectors (+ themes when present) -> recommendations.csv, tracker.csv.

`run` calls it after the themes stage; `python -m pipeline track RUN_DIR` redoes only this stage. Recommendation texts
are embedded with the model that made vectors.npy (through the run's embedding cache), so their similarities to the
findings are comparable.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.embed import EmbeddingCache, SentenceTransformerEmbedder, embed_texts
from pipeline.errors import PipelineError
from pipeline.recommendations import extract_recommendations
from pipeline.runrecord import read_record, update_record, write_table
from pipeline.stages import _cache_dir, findings_key, load_documents, load_findings, load_vectors, timed
from pipeline.tracker import TrackerParams, track


def stage_track(run_dir: Path, config, say=print, embedder=None, params: TrackerParams = TrackerParams()):
    """Write recommendations.csv and tracker.csv into `run_dir`; returns (recommendations, tracker)."""
    run_dir = Path(run_dir)
    with timed(run_dir, "track"):
        documents, findings = load_documents(run_dir), load_findings(run_dir)
        vectors = np.asarray(load_vectors(run_dir), dtype=np.float32)
        record = read_record(run_dir)
        if record.get("vectors_of") != findings_key(findings):
            raise PipelineError(f"{run_dir}: vectors.npy does not belong to the current findings (segment was rerun?); "
                                "run the embed stage again first.")
        recs = extract_recommendations(findings, documents)
        model_id = record.get("model", config.model)
        embedder = embedder or SentenceTransformerEmbedder(model_id, batch_size=config.batch_size)
        if embedder.model_id != model_id:
            raise PipelineError(f"{run_dir}: the vectors come from {model_id}, not {embedder.model_id}.")
        if len(recs):
            rec_vectors, _ = embed_texts(recs["text"].tolist(), embedder,
                                         EmbeddingCache(_cache_dir(run_dir, config) / "embeddings"))
        else:
            rec_vectors = np.zeros((0, vectors.shape[1]), dtype=np.float32)
        judgements_csv = run_dir / "judgements.csv"
        judgements = pd.read_csv(judgements_csv, keep_default_na=False) if judgements_csv.exists() else None
        table = track(recs, rec_vectors, documents, findings, vectors, params, judgements)
        write_table(recs, run_dir, "recommendations")
        write_table(table, run_dir, "tracker")
        linked = table[(table["part"] == "response") & (table["status"] == "linked")]["rec_id"].nunique()
        say(f"tracker: {len(recs)} recommendation(s) in {recs['doc_id'].nunique()} inspection report(s); "
            f"{linked} with council responses")
        update_record(run_dir, tracker=params.to_dict(), counts={"recommendations": len(recs)})
    return recs, table
