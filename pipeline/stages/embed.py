"""Embed stage: the findings' clustering texts (names masked, abbreviations expanded:
pipeline.themes.cluster_text) -> vectors.npy (float32, row i = segments.parquet row i), through the embedding cache.

Each finding is encoded once, as its clustering text, and every later stage reads these vectors (themes, repeats,
the classifier, search, the report). run.json notes what text they hold (`vectors_text`) and what they were made
from (`made_from`: the findings and the masking, glossary included), so a run folder whose vectors.npy holds other
texts (made by an older version from the exact texts, or with another glossary) is refused by the later stages
until the embed stage is run again (`check_vectors`), never mixed.
"""

from __future__ import annotations

import time

import numpy as np
import pandas as pd

from pipeline import schema
from pipeline.cache import digest
from pipeline.embed import embed_texts
from pipeline.errors import PipelineError
from pipeline.runfolder import findings_key, load_segments, record_source, save_array, source_of, update_record
from pipeline.stages.context import RunContext
from pipeline.themes.cluster_text import clustering_texts, masking_key, read_glossary

READS = (schema.SEGMENTS_FILE,)
WRITES = (schema.VECTORS,)
# Seconds between two progress lines while findings are embedded (a 20,000-finding run embeds for about 90 s).
PROGRESS_EVERY = 15.0
# run.json's `vectors_text`: what vectors.npy's rows are the vectors of.
VECTORS_TEXT = "clustering_text: the finding's text with names masked and abbreviations expanded"


def run(ctx: RunContext) -> np.ndarray:
    """Embed every finding's clustering text not in the cache with the run's model; run.json records the model id
    and what the vectors hold."""
    with ctx.timed("embed"):
        findings = load_segments(ctx.run_dir)
        glossary = read_glossary(ctx.config.glossary or None)
        embedder = ctx.embedder()
        vectors, computed = embed_texts(clustering_texts(findings["text"].astype(str).tolist(), glossary),
                                        Progress(embedder, ctx.say, len(findings)), ctx.embedding_cache(),
                                        executor=ctx.executor)
        save_array(ctx.run_dir / schema.VECTORS, vectors)
        record_source(ctx.run_dir, schema.VECTORS, vectors_key(findings, glossary))
        ctx.say(f"embedded {computed} new finding(s), {len(findings) - computed} from cache")
        update_record(ctx.run_dir, model=embedder.model_id, vectors_text=VECTORS_TEXT,
                      counts={"embedded": computed, "from_cache": len(findings) - computed})
    return vectors


class Progress:
    """The run's embedding model, saying how far it has got (stderr in the CLI) at most once every `every` seconds,
    so a long embedding is seen to move and a short one (a cached run, a test) says nothing. Vectors unchanged: each
    call goes to the model as it came (embed_texts calls it once per part it saves to the cache)."""

    def __init__(self, embedder, say, up_to: int, every: float = PROGRESS_EVERY, clock=time.monotonic):
        self.embedder, self.say, self.up_to, self.every, self.clock = embedder, say, up_to, every, clock
        self.done = 0
        self.began = self.last = clock()

    def __getattr__(self, name):  # model_id, batch_size, ...: the model's own
        if name == "embedder":  # not yet set (a copy being made): no endless look-up
            raise AttributeError(name)
        return getattr(self.embedder, name)

    def embed(self, texts: list[str]) -> np.ndarray:
        vectors = self.embedder.embed(texts)
        self.done += len(texts)
        now = self.clock()
        if now - self.last >= self.every:
            self.last = now
            self.say(f"embedding: {self.done:,} findings done of up to {self.up_to:,} ({now - self.began:.0f} s; "
                     "those already in the cache are not embedded again)")
        return vectors


def vectors_key(findings: pd.DataFrame, glossary: dict[str, tuple[str, str]]) -> str:
    """What vectors.npy is made from: the findings (ids and texts) and how their texts are masked."""
    return digest(findings_key(findings), masking_key(glossary), VECTORS_TEXT)


def check_vectors(ctx: RunContext, findings: pd.DataFrame) -> None:
    """Refuse a vectors.npy that is not the vectors of these findings' clustering texts (masked with the run's
    glossary), saying how to redo it."""
    if source_of(ctx.run_dir, schema.VECTORS) != vectors_key(findings, read_glossary(ctx.config.glossary or None)):
        raise PipelineError(f"{ctx.run_dir}: vectors.npy is not of the current findings' clustering texts (segment "
                            "was rerun, the glossary changed, or the folder was embedded by an older version from "
                            "the exact texts); run the embed stage again first (`python -m pipeline embed "
                            f"{ctx.run_dir}`).")
