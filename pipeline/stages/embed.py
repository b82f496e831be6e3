"""Embed stage: the findings' texts -> vectors.npy (float32, row i = segments.parquet row i), through the
embedding cache."""

from __future__ import annotations

import numpy as np

from pipeline import schema
from pipeline.embed import embed_texts
from pipeline.runfolder import findings_key, load_segments, record_source, save_array, update_record
from pipeline.stages.context import RunContext

READS = (schema.SEGMENTS_FILE,)
WRITES = (schema.VECTORS,)


def run(ctx: RunContext) -> np.ndarray:
    """Embed every finding not in the cache with the run's model; run.json records the model id."""
    with ctx.timed("embed"):
        findings = load_segments(ctx.run_dir)
        embedder = ctx.embedder()
        vectors, computed = embed_texts(findings["text"].tolist(), embedder,
                                        ctx.embedding_cache(), executor=ctx.executor)
        save_array(ctx.run_dir / schema.VECTORS, vectors)
        record_source(ctx.run_dir, schema.VECTORS, findings_key(findings))
        ctx.say(f"embedded {computed} new finding(s), {len(findings) - computed} from cache")
        update_record(ctx.run_dir, model=embedder.model_id,
                      counts={"embedded": computed, "from_cache": len(findings) - computed})
    return vectors
