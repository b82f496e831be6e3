"""Themes stage: findings + vectors -> themes.csv, broad_themes.csv, centroids.npy and the coded findings
(findings.parquet and findings.csv: every finding with its classes, theme and broad theme).

Themes are fitted (clusters, or a codebook's themes plus clusters for the rest), or, when the run context names
a saved theme model (`apply`), findings are coded into that model's themes without refitting. Researcher edits
(config.labels_file) apply after either.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from pipeline import schema
from pipeline.cache import code_digest, digest
from pipeline.codebook import codebook_centres, fit_with_codebook, load_codebook
from pipeline.config import RunConfig
from pipeline.errors import PipelineError
from pipeline.runfolder import (findings_key, load_classified, load_vectors, read_record, save_array, source_of,
                                update_record, write_table)
from pipeline.stages.context import RunContext
from pipeline.theme_model import apply_edits, apply_model, read_edits
from pipeline.themes import attach_themes, fit_themes

READS = (schema.SEGMENTS_FILE, schema.CLASSES, schema.VECTORS)
WRITES = (f"{schema.FINDINGS}.csv", schema.FINDINGS_FILE, f"{schema.THEMES}.csv", f"{schema.BROAD_THEMES}.csv",
          schema.CENTROIDS)
# A fit depends on the findings, their vectors (model), these parameters and the themes code itself.
THEME_PARAMETERS = ("n_themes", "n_broad", "seed", "codebook", "codebook_threshold", "batch_size")
THEME_CODE = ("themes.py", "labels.py", "codebook.py")


def run(ctx: RunContext) -> pd.DataFrame:
    """Fit (or, with ctx.theme_model, apply) the themes and write the coded findings; returns themes.csv's table."""
    with ctx.timed("themes"):
        findings = load_classified(ctx.run_dir)
        if source_of(ctx.run_dir, schema.VECTORS) != findings_key(findings):
            raise PipelineError(f"{ctx.run_dir}: vectors.npy does not belong to the current findings (segment was "
                                "rerun?); run the embed stage again first.")
        vectors = np.asarray(load_vectors(ctx.run_dir), dtype=np.float32)
        model_id = read_record(ctx.run_dir).get("model", ctx.config.model)
        # Loaded only when used: the same model names split themes whether or not the fit came from the cache.
        embedder = ctx.embedder(model_id)
        if ctx.theme_model is not None:
            result = apply_model(findings, vectors, ctx.theme_model, model_id)
            update_record(ctx.run_dir, theme_model=str(ctx.theme_model))
            ctx.say(f"coded {len(findings)} findings into the {len(result.themes)} themes of {ctx.theme_model}")
        else:
            result = _fit(ctx, findings, vectors, model_id, embedder)
        if ctx.config.labels_file:
            result = apply_edits(result, read_edits(ctx.config.labels_file), findings, vectors, embedder)
        return _write(ctx, findings, result)


def check_parameters(ctx: RunContext, n_findings: int) -> None:
    """Refuse, before anything is embedded, a number of themes the findings cannot give."""
    for name in ("n_themes", "n_broad"):
        value = getattr(ctx.config, name)
        if ctx.theme_model is None and value != "auto" and value > n_findings:
            raise PipelineError(f"{name}={value} is more than the {n_findings} findings of this corpus; "
                                "choose fewer, or 'auto'.")


def _fit(ctx: RunContext, findings: pd.DataFrame, vectors: np.ndarray, model_id: str, embedder):
    config = ctx.config
    cache = ctx.cache("themes")
    key = themes_key(findings, config, model_id)
    result = cache.get(key)
    if result is not None:
        ctx.say(f"themes unchanged since an earlier run with the same findings and parameters: reused ({key})")
        return result
    if config.codebook:
        codebook = load_codebook(config.codebook)
        result = fit_with_codebook(findings, vectors, codebook, codebook_centres(codebook, embedder),
                                   threshold=config.codebook_threshold, n_themes=config.n_themes, seed=config.seed)
        coded = int((result.themes["source"] == "codebook").mul(result.themes["size"]).sum())
        ctx.say(f"codebook: {coded} of {len(findings)} findings fit its {len(codebook)} themes "
                f"(similarity >= {config.codebook_threshold}); the rest form discovered themes")
    else:
        result = fit_themes(findings, vectors, n_themes=config.n_themes, seed=config.seed, n_broad=config.n_broad,
                            embedder=embedder)
    cache.put(key, result)
    return result


def themes_key(findings: pd.DataFrame, config: RunConfig, model_id: str) -> str:
    """Cache key of a theme fit: findings key, model, theme parameters, codebook file and theme code contents."""
    parameters = [f"{name}={getattr(config, name, None)!r}" for name in THEME_PARAMETERS]
    codebook = Path(config.codebook).read_bytes() if config.codebook and Path(config.codebook).exists() else b""
    return digest(findings_key(findings), model_id, *parameters, codebook, code_digest(THEME_CODE))


def _write(ctx: RunContext, findings: pd.DataFrame, result) -> pd.DataFrame:
    """Write themes.csv, broad_themes.csv, centroids.npy and the coded findings."""
    findings = attach_themes(findings, result)
    findings = findings[schema.FINDING_COLUMNS + list(schema.PARQUET_ONLY)]
    write_table(result.themes, ctx.run_dir, schema.THEMES)
    write_table(result.broad, ctx.run_dir, schema.BROAD_THEMES)
    save_array(ctx.run_dir / schema.CENTROIDS, result.centroids)
    write_table(findings, ctx.run_dir, schema.FINDINGS, parquet=True, drop_from_csv=schema.PARQUET_ONLY)
    ctx.say(f"{len(result.themes)} themes in {len(result.broad)} broad themes")
    update_record(ctx.run_dir, counts={"themes": len(result.themes), "broad_themes": len(result.broad)})
    return result.themes
