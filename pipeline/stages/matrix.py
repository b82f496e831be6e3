"""Matrix stage: coded findings -> matrix_*.csv, comparison.csv (when there are two or more authorities),
trends.csv; with filters, the same files suffixed __kind-...__voice-... over those findings only."""

from __future__ import annotations

import pandas as pd

from pipeline import schema
from pipeline.compare import compare_authorities, theme_trends
from pipeline.errors import PipelineError
from pipeline.matrix import build_matrices, filter_findings
from pipeline.review import apply_review
from pipeline.runfolder import load_findings, write_table
from pipeline.stages.context import RunContext

READS = (schema.FINDINGS_FILE,)
WRITES = (schema.MATRICES, f"{schema.COMPARISON}.csv", f"{schema.TRENDS}.csv")


def filter_suffix(kinds=(), voices=(), polarities=()) -> str:
    """File-name suffix that says which findings a filtered matrix counts ("" when unfiltered)."""
    parts = [f"{name}-{'+'.join(values)}" for name, values in
             (("kind", kinds), ("voice", voices), ("polarity", polarities)) if values]
    return "__" + "__".join(parts) if parts else ""


def run(ctx: RunContext, kinds=(), voices=(), polarities=()) -> dict[str, pd.DataFrame]:
    with ctx.timed("matrix"):
        findings = load_findings(ctx.run_dir)
        chosen = filter_findings(apply_review(ctx.run_dir, findings, ctx.config.review_file, ctx.say), tuple(kinds),
                                 tuple(voices), tuple(polarities))
        if chosen.empty:
            raise PipelineError(f"no findings match kind={list(kinds)} voice={list(voices)} "
                                f"polarity={list(polarities)}; see findings.csv for the values present.")
        suffix = filter_suffix(kinds, voices, polarities)
        matrices = {stem + suffix: table for stem, table in build_matrices(chosen).items()}
        for stem, table in matrices.items():
            write_table(table, ctx.run_dir, stem, index=True)
        if chosen["authority"].nunique() > 1:
            write_table(compare_authorities(chosen), ctx.run_dir, schema.COMPARISON + suffix)
        write_table(theme_trends(chosen), ctx.run_dir, schema.TRENDS + suffix)
        if suffix:
            ctx.say(f"{len(chosen)} of {len(findings)} findings counted in matrix_*{suffix}.csv")
    return matrices
