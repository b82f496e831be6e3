"""Segment stage: documents -> segments.parquet (the findings with their rule classes and lead-ins),
excluded.csv (segments of kinds not kept, e.g. procedural), judgements.csv, cues.npy (for the classify stage)."""

from __future__ import annotations

import pandas as pd

from pipeline import schema
from pipeline.errors import InputError
from pipeline.judgements import with_findings
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
        segments = with_pages(segmented.segments, documents)
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
