"""The stages over a run folder, each a module with one job, `run(ctx)`, and the files it READS and WRITES:

    ingest -> segment -> embed -> classify -> themes -> track -> matrix (-> report)

A stage reads only what earlier stages wrote and is the only writer of its own files, so one stage can be redone
with other parameters (the CLI has a command per stage). `run_stages` is the sequence `run` and `apply` share.
"""

from __future__ import annotations

from pathlib import Path

from pipeline import schema
from pipeline.ingest import list_corpus
from pipeline.runfolder import read_record
from pipeline.segment import prepare as prepare_segmenting
from pipeline.themes.naming import prepare as prepare_naming
from pipeline.stages import classify, embed, ingest, matrix, report, segment, themes, track
from pipeline.stages.context import RunContext

STAGES = (ingest, segment, embed, classify, themes, track, matrix)

__all__ = ["RunContext", "STAGES", "run_stages", "summary", "ingest", "segment", "embed", "classify", "themes",
           "track", "matrix", "report"]


def run_stages(ctx: RunContext, corpus: Path) -> None:
    """Every stage but the report, in order, into ctx.run_dir. With an executor that forks workers, what later
    stages need is loaded while the workers work: spaCy's tokenizer while files are read (when some documents
    are not in the segment cache), the embedding model and the tagger for theme labels while documents are
    segmented."""
    if getattr(ctx.executor, "forks", False):
        cached = sum(1 for _ in (ctx.cache_root / "segments").glob("*.pickle"))
        if cached < len(list_corpus(Path(corpus), ctx.config.follow_links)):
            ctx.while_workers_work(prepare_segmenting)
    ctx.embedder()  # a model that cannot be found is reported now, not after reading the corpus
    ingest.run(ctx, corpus)
    # Dropped unrun when every document comes from the segment cache: then they load on first use.
    ctx.while_workers_work(lambda: _load_models(ctx))
    findings = segment.run(ctx)
    themes.check_parameters(ctx, len(findings))
    for stage in (embed, classify, themes, track, matrix):
        stage.run(ctx)


def _load_models(ctx: RunContext) -> None:
    """Load what the embed and themes stages will need: the embedding model, the tagger for theme labels."""
    ctx.embedder().load()
    prepare_naming()


def summary(run_dir: Path) -> str:
    """One screen on a finished run: documents, findings, themes, skipped files, where the outputs are."""
    record = read_record(run_dir)
    counts = record.get("counts", {})
    inputs = record.get("inputs", [])
    skipped = [i for i in inputs if i["status"] == "skipped"]
    lines = [
        f"Run folder: {run_dir}",
        f"  documents: {sum(i['status'] == 'ingested' for i in inputs)} ingested, {len(skipped)} skipped",
        f"  findings:  {counts.get('findings', '?')} (of {counts.get('segments', '?')} segments; "
        f"{counts.get('excluded', '?')} procedural or other left out)",
        f"  themes:    {counts.get('themes', '?')} in {counts.get('broad_themes', '?')} broad themes",
        f"  time:      " + ", ".join(f"{k} {v:.1f}s" for k, v in record.get("timings", {}).items()),
    ]
    lines += [f"  skipped {i['file']}: {i['reason']}" for i in skipped[:10]]
    if len(skipped) > 10:
        lines.append(f"  ... and {len(skipped) - 10} more skipped (every input's fate is in {Path(run_dir) / schema.RUN_JSON})")
    for name in (*schema.REPORT_FILES, "matrix_authority_theme.csv"):
        if (Path(run_dir) / name).exists():
            lines.append(f"  {name}: {Path(run_dir) / name}")
    return "\n".join(lines)
