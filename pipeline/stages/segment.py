"""Segment stage: documents -> segments.parquet (the findings with their rule classes and lead-ins),
excluded.csv (segments of kinds not kept, e.g. procedural), judgements.csv, cues.npy (for the classify stage).

After the rules, the learned furniture model (pipeline.minutes_model) reads the kept segments of committee minutes
and moves the meeting business it finds to excluded.csv ("meeting furniture (learned)"); their vectors come from
the run's embedding model through the embedding cache, where the embed stage finds them again. With vectors of
another embedding model the rules decide alone."""

from __future__ import annotations

import pandas as pd

from pipeline import schema
from pipeline.errors import InputError
from pipeline.embed import embed_texts
from pipeline.judgements import with_findings
from pipeline.minutes_model import move_furniture, shipped_model, uses_model
from pipeline.runfolder import (findings_key, load_documents, read_record, record_source, save_array,
                                update_record, write_table)
from pipeline.pages import with_pages
from pipeline.segment import segment
from pipeline.stages.context import RunContext

READS = (f"{schema.DOCUMENTS}.parquet",)
WRITES = (schema.SEGMENTS_FILE, f"{schema.EXCLUDED}.csv", f"{schema.JUDGEMENTS}.csv", schema.CUES)


def run(ctx: RunContext) -> pd.DataFrame:
    """Segment every document (new or changed ones only; the rest come from the segments cache) and keep the
    segments whose kind is in config.kinds as findings."""
    with ctx.timed("segment"):
        documents = load_documents(ctx.run_dir)
        segmented = segment(documents, executor=ctx.executor, cache=ctx.cache("segments"),
                            meanwhile=ctx.take_meanwhile())
        segments = _learned_furniture(ctx, with_pages(segmented.segments, documents))
        keep = segments["kind"].isin(ctx.config.kinds)
        findings = segments[keep].drop(columns=[schema.REASON]).reset_index(drop=True)
        save_array(ctx.run_dir / schema.CUES, segmented.cues[keep.to_numpy()])
        record_source(ctx.run_dir, schema.CUES, findings_key(findings))
        write_table(segments[~keep].drop(columns=[schema.LEAD_IN]), ctx.run_dir, schema.EXCLUDED)
        judgements = with_findings(segmented.judgements, findings)
        write_table(judgements, ctx.run_dir, schema.JUDGEMENTS)
        write_table(findings, ctx.run_dir, schema.SEGMENTS, csv=False, parquet=True)
        inputs = _count_findings(ctx, read_record(ctx.run_dir).get("inputs", []), findings, segmented.problems)
        update_record(ctx.run_dir, inputs=inputs,
                      counts={"segments": len(segments), "findings": len(findings), "excluded": int((~keep).sum()),
                              "judgements": len(judgements)})
    return findings


def _learned_furniture(ctx: RunContext, segments: pd.DataFrame) -> pd.DataFrame:
    """segments with the learned furniture model applied to the kept segments of committee minutes, when the
    run's embedding model is the one it was trained on (otherwise unchanged, and said); run.json's `furniture`
    says which."""
    embedder, model = ctx.embedder(), shipped_model()
    if not uses_model(embedder.model_id, model):
        ctx.say(f"meeting furniture: rules only (the learned model needs {model.embedding_model} vectors)")
        update_record(ctx.run_dir, furniture="rules")
        return segments
    cache = ctx.embedding_cache()
    update_record(ctx.run_dir, furniture=f"rules + learned in committee minutes ({model.trained_on}; "
                                         f"threshold {model.threshold:g})")
    return move_furniture(segments, ctx.config.kinds,
                          lambda texts: embed_texts(texts, embedder, cache, executor=ctx.executor)[0], model)


def _count_findings(ctx: RunContext, inputs: list[dict], findings: pd.DataFrame, problems: dict[str, str]
                    ) -> list[dict]:
    """Each ingested input with its number of findings; one without any is noted and said, one that could not
    be segmented is marked skipped (with --strict, the run stops)."""
    per_file = findings["file"].value_counts().to_dict()
    for entry in inputs:
        if entry["file"] in problems:
            entry.update(status="skipped", reason=problems[entry["file"]])
            ctx.say(f"{entry['file']}: {entry['reason']}")
            if ctx.config.strict:
                raise InputError(entry["file"], f"{entry['reason']} (--strict)")
        elif entry.get("status") == "ingested":
            entry["findings"] = int(per_file.get(entry["file"], 0))
            if not entry["findings"]:
                entry["note"] = "no findings were found in this document"
                ctx.say(f"{entry['file']}: no findings were found in this document")
    return inputs
