"""Ingest stage: the corpus folder -> documents.csv (no text) and documents.parquet; inputs and notes into run.json."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline import schema
from pipeline.cache import Cache
from pipeline.errors import InputError, PipelineError
from pipeline.ingest import ingest
from pipeline.runfolder import update_record, versions, write_table
from pipeline.stages.context import RunContext

READS = ()
WRITES = (f"{schema.DOCUMENTS}.csv", f"{schema.DOCUMENTS}.parquet")


def run(ctx: RunContext, corpus: Path) -> pd.DataFrame:
    """Read every file of `corpus`; with config.strict, the first file that cannot be used fails the run."""
    with ctx.timed("ingest"):
        result = ingest(corpus, text_cache=Cache(ctx.cache_root / "text"), executor=ctx.executor,
                        meanwhile=ctx.take_meanwhile(), follow_links=ctx.config.follow_links)
        for note in result.notes:
            ctx.say(note)
        skipped = [i for i in result.inputs if i["status"] == "skipped"]
        if ctx.config.strict and skipped:
            raise InputError(skipped[0]["file"], f"{skipped[0]['reason']} (--strict: {len(skipped)} input(s) skipped)")
        if result.documents.empty:
            raise PipelineError(f"{corpus}: no usable documents ({len(result.inputs)} file(s), all skipped).")
        write_table(result.documents, ctx.run_dir, schema.DOCUMENTS, parquet=True, drop_from_csv=schema.DOCUMENT_PARQUET_ONLY)
        update_record(ctx.run_dir, corpus=str(corpus), inputs=result.inputs, notes=result.notes,
                      parameters=ctx.config.to_dict(), seed=ctx.config.seed, versions=versions())
    return result.documents
