"""Embed stage: the findings' clustering texts (names masked, abbreviations expanded:
pipeline.themes.cluster_text) -> vectors.npy (float32, row i = segments.parquet row i), through the embedding cache.

Each finding is encoded once, as its clustering text, and every later stage reads these vectors (themes, repeats,
the classifier, search, the report). run.json notes what text they hold (`vectors_text`) and what they were made
from (`made_from`: the findings and the masking, glossary included), so a run folder whose vectors.npy holds other
texts (made by an older version from the exact texts, or with another glossary) is refused by the later stages
until the embed stage is run again (`check_vectors`), never mixed.
"""

from __future__ import annotations

import threading
import time

import numpy as np
import pandas as pd

from pipeline import schema
from pipeline.cache import digest
from pipeline.embed import DISTRIBUTED_BATCH, SAVE_EVERY, embed_texts
from pipeline.errors import PipelineError
from pipeline.runfolder import findings_key, load_segments, record_source, save_array, source_of, update_record
from pipeline.stages.context import RunContext
from pipeline.themes.cluster_text import clustering_texts, masking_key, read_glossary

EMBED_PART = DISTRIBUTED_BATCH * SAVE_EVERY  # findings the model takes in one call (embed_texts)

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
        with Progress(embedder, ctx.say, len(findings)) as telling:
            vectors, computed = embed_texts(clustering_texts(findings["text"].astype(str).tolist(), glossary),
                                            telling, ctx.embedding_cache(), executor=ctx.executor)
        save_array(ctx.run_dir / schema.VECTORS, vectors)
        record_source(ctx.run_dir, schema.VECTORS, vectors_key(findings, glossary))
        ctx.say(f"embedded {computed} new finding(s), {len(findings) - computed} from cache")
        update_record(ctx.run_dir, model=embedder.model_id, vectors_text=VECTORS_TEXT,
                      counts={"embedded": computed, "from_cache": len(findings) - computed})
    return vectors


class Progress:
    """The run's embedding model, saying every `every` seconds while it embeds how long it has taken and how many
    findings are done (stderr in the CLI), from a thread of its own: the model takes the texts in parts of 4,096
    (embed_texts saves each to the cache), which on a busy machine last a minute or more, so the count moves at
    each part and the line comes between them. A short embedding (a cached run, a test) says nothing. Vectors
    unchanged: each call goes to the model as it came. Use as a context manager around the embedding."""

    def __init__(self, embedder, say, up_to: int, every: float = PROGRESS_EVERY):
        self.embedder, self.say, self.up_to, self.every = embedder, say, up_to, every
        self.done = self.parts = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._tell, daemon=True)
        self._began = time.monotonic()

    def __getattr__(self, name):  # model_id, batch_size, ...: the model's own
        if name == "embedder":  # not yet set (a copy being made): no endless look-up
            raise AttributeError(name)
        return getattr(self.embedder, name)

    def embed(self, texts: list[str]) -> np.ndarray:
        self.parts += 1
        vectors = self.embedder.embed(texts)
        self.done += len(texts)
        return vectors

    def line(self) -> str:
        """The progress line: the findings done and the part under way, so that the first part's minute of "0 done"
        does not read as a hang."""
        parts = -(-self.up_to // EMBED_PART)
        under_way = f", part {self.parts} of up to {parts:,} under way" if self.parts else ""
        return (f"embedding: {self.done:,} of up to {self.up_to:,} findings done after "
                f"{time.monotonic() - self._began:.0f} s{under_way}")

    def _tell(self) -> None:
        note = f" (in parts of up to {EMBED_PART:,}; those already in the cache are not embedded again)"
        while not self._stop.wait(self.every):
            self.say(self.line() + note)
            note = ""  # said once

    def __enter__(self) -> "Progress":
        self._began = time.monotonic()
        self._thread.start()
        return self

    def __exit__(self, *_) -> None:
        self._stop.set()
        self._thread.join()


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
