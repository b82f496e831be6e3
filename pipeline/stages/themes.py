"""Themes stage: findings + vectors -> themes.csv, broad_themes.csv, centroids.npy and the coded findings
(findings.parquet and findings.csv: every finding with its classes, theme and broad theme).

Themes are fitted (clusters, or a codebook's themes plus clusters for the rest), or, when the run context names
a saved theme model (`apply`), findings are coded into that model's themes without refitting. Researcher edits
(config.edits_file) apply after either.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from pipeline import schema
from pipeline.cache import code_digest, digest
from pipeline.code_files import code_of
from pipeline.embed import EMBED_CODE
from pipeline.config import RunConfig
from pipeline.display import counted_noun
from pipeline.errors import PipelineError
from pipeline.runfolder import (findings_key, load_classified, load_vectors, read_record, record_source, save_array,
                                update_record, write_table)
from pipeline.stages.context import RunContext
from pipeline.stages.embed import check_vectors
from pipeline.views import countable
from pipeline.themes import ThemeModel, attach_themes
from pipeline.themes.cluster_text import mark_for_themes, masking_key, read_glossary
from pipeline.themes.codebook import (code_matrix, codebook_centres, load_codebook, load_scorer, load_thresholds,
                                     scorer_file, thresholds_file)
from pipeline.themes.edits import read_edits
from pipeline.themes.field import OFF, read_field_themes
from pipeline.themes.repeats import RepeatRule
from pipeline.themes.topic_named import names_topic

READS = (schema.SEGMENTS_FILE, schema.CLASSES, schema.VECTORS)
WRITES = (f"{schema.FINDINGS}.csv", schema.FINDINGS_FILE, f"{schema.THEMES}.csv", f"{schema.BROAD_THEMES}.csv",
          schema.CENTROIDS, schema.TOPIC_WORDS, schema.CODER, schema.FIELD_SEEDS, f"{schema.FINDING_CODES}.csv",
          f"{schema.CODE_MATRIX}.csv")
# A fit depends on the findings, their vectors (model), these parameters and the themes code itself, with the modules
# it imports and the data files they name (code_files.code_of), and the embedding code.
THEME_PARAMETERS = ("n_themes", "n_broad", "seed", "codebook", "codebook_threshold", "batch_size", "glossary",
                    "field_themes", "topic_guide")
THEME_CODE = (tuple(f"themes/{p.name}" for p in sorted((Path(__file__).parents[1] / "themes").glob("*.py")))
              + ("stages/embed.py", *EMBED_CODE))
# What mark_for_themes adds to the findings, and the code it is made by.
ADDED = (*schema.REPEAT_COLUMNS, schema.CLUSTERING_TEXT)
MARKING_CODE = ("themes/cluster_text.py", "themes/repeats.py", "stages/embed.py", *EMBED_CODE)


def run(ctx: RunContext) -> pd.DataFrame:
    """Fit (or, with ctx.theme_model, apply) the themes and write the coded findings; returns themes.csv's table."""
    with ctx.timed("themes"):
        findings = load_classified(ctx.run_dir)
        check_vectors(ctx, findings)
        # vectors.npy holds the clustering texts' vectors (names masked, abbreviations expanded): what themes are
        # fitted on and repeats are marked from, encoded once by the embed stage.
        vectors = np.asarray(load_vectors(ctx.run_dir), dtype=np.float32)
        model_id = read_record(ctx.run_dir).get("model", ctx.config.model)
        # Loaded only when used: the same model names split themes whether or not the fit came from the cache.
        embedder = ctx.embedder(model_id)
        findings = _marked(ctx, findings, vectors, model_id)
        if ctx.theme_model is not None:
            saved = ThemeModel.load(ctx.theme_model)
            result = saved.predict(findings, vectors, model_id)
            update_record(ctx.run_dir, theme_model=str(ctx.theme_model),
                          codebook_coding=result.coder.kind if result.coder is not None else None)
            ctx.say(f"coded {len(findings)} findings with the {counted_noun(len(saved.themes_), 'theme')} of "
                    f"{ctx.theme_model} ({len(result.themes)} of them given to these findings)")
            model = ThemeModel.from_result(result, embedder=embedder)
        else:
            model = _fit(ctx, findings, vectors, model_id, embedder)
            if ctx.config.codebook:  # how codes were given, for the report's methods text
                codebook = load_codebook(ctx.config.codebook)
                scorer = load_scorer(ctx.config.codebook, codebook, model_id)
                update_record(ctx.run_dir, codebook_coding="scorer" if scorer is not None else "thresholds",
                              codebook_thresholds=None if scorer is not None else threshold_record(
                                  ctx.config.codebook, codebook, model_id, ctx.config.codebook_threshold))
        seeds = model.result_.field_seeds  # for the report's methods text
        update_record(ctx.run_dir, field_themes=[] if seeds is None else seeds.labels,
                      field_threshold=None if seeds is None else seeds.threshold,
                      field_core_threshold=None if seeds is None else seeds.core_threshold)
        if ctx.config.edits_file:
            model.edit(read_edits(ctx.config.edits_file), findings, vectors)
        return _write(ctx, findings, model.result_)


def _marked(ctx: RunContext, findings: pd.DataFrame, vectors: np.ndarray, model_id: str) -> pd.DataFrame:
    """mark_for_themes (repeats marked, clustering text added), or its columns from an earlier run with the same
    findings, sections (a restatement is a summary's sentence said again in another section), model (the repeats
    come from its vectors), glossary, repeat rule (config) and code."""
    glossary = read_glossary(ctx.config.glossary or None)
    rule = repeat_rule(ctx.config)
    cache = ctx.cache("theme_inputs")
    sections = digest(*findings["section"].fillna("").astype(str)) if "section" in findings else ""
    key = digest(findings_key(findings), sections, model_id, masking_key(glossary), repr(rule),
                 code_digest(code_of(MARKING_CODE)))
    added = cache.get(key)
    if added is None:
        marked = mark_for_themes(findings, vectors, glossary, rule)
        cache.put(key, marked[list(ADDED)])
        return marked
    findings = findings.drop(columns=[c for c in added.columns if c in findings.columns])
    return pd.concat([findings.reset_index(drop=True), added], axis=1)


def threshold_record(codebook_path, codebook, model_id: str, threshold: float) -> dict:
    """run.json's `codebook_thresholds` for a codebook without a scorer: which codes have a threshold calibrated on
    hand-coded findings (<codebook>_thresholds.csv for this embedding model) and which were given at the plain
    similarity threshold, not calibrated, said in plain words."""
    calibrated = load_thresholds(codebook_path, codebook, model_id, default=float("nan"))
    names = [theme.name for theme in codebook]
    done = [name for name, value in zip(names, calibrated) if value == value]
    plain = [name for name, value in zip(names, calibrated) if value != value]
    if not done:
        note = (f"No code's threshold was calibrated on labelled findings: every code was given when a finding's "
                f"cosine similarity to its centre reached {threshold}, a plain threshold, not calibrated on hand-coded "
                "findings.")
    elif plain:
        note = (f"{len(done)} of {len(names)} codes were given at thresholds calibrated on hand-coded findings "
                f"({thresholds_file(codebook_path).name}); the other {len(plain)} at a plain cosine similarity of "
                f"{threshold}, not calibrated on labelled findings.")
    else:
        note = (f"Every code was given at its own similarity threshold calibrated on hand-coded findings "
                f"({thresholds_file(codebook_path).name}).")
    return {"calibrated_on_labelled_findings": done, "not_calibrated": plain, "plain_threshold": threshold,
            "note": note}


def repeat_rule(config: RunConfig) -> RepeatRule:
    """The run's rule for a finding repeating an earlier one of its document (config near_duplicate,
    restatement_similarity, restatement_terms, restatement_low_similarity, restatement_low_terms,
    body_restatement_similarity, body_restatement_terms)."""
    return RepeatRule(near_duplicate=float(config.near_duplicate), restatement=float(config.restatement_similarity),
                      shared_terms=float(config.restatement_terms),
                      low_restatement=float(config.restatement_low_similarity),
                      low_terms=float(config.restatement_low_terms),
                      body_restatement=float(config.body_restatement_similarity),
                      body_terms=float(config.body_restatement_terms))


def check_parameters(ctx: RunContext, n_findings: int) -> None:
    """Refuse, before anything is embedded, a number of themes the findings cannot give."""
    for name in ("n_themes", "n_broad"):
        value = getattr(ctx.config, name)
        if ctx.theme_model is None and value != "auto" and value > n_findings:
            raise PipelineError(f"{name}={value} is more than the {n_findings} findings of this corpus; "
                                "choose fewer, or 'auto'.")


def _fit(ctx: RunContext, findings: pd.DataFrame, vectors: np.ndarray, model_id: str, embedder) -> ThemeModel:
    """A fitted ThemeModel: from the themes cache when the same findings, model and parameters were fitted
    before."""
    config = ctx.config
    cache = ctx.cache("themes")
    key = themes_key(findings, config, model_id)
    result = cache.get(key)
    if result is not None:
        ctx.say(f"themes unchanged since an earlier run with the same findings and parameters: reused ({key})")
        return ThemeModel.from_result(result, embedder=embedder)
    model = ThemeModel(n_themes=config.n_themes, n_broad=config.n_broad, seed=config.seed, embedder=embedder,
                       codebook_threshold=config.codebook_threshold, topic_guide=float(config.topic_guide))
    if not config.codebook:  # a codebook holds the researcher's own named themes; else the field's are seeded
        model.field_themes = read_field_themes(config.field_themes or None)
    if config.codebook:
        model.codebook = load_codebook(config.codebook)
        model.codebook_centres = codebook_centres(model.codebook, embedder)
        model.codebook_threshold = load_thresholds(config.codebook, model.codebook, model_id,
                                                   config.codebook_threshold)
        model.codebook_scorer = load_scorer(config.codebook, model.codebook, model_id)
    result = model.fit(findings, vectors).result_
    if config.codebook:
        coded = int((result.themes["source"] == "codebook").mul(result.themes["size"]).sum())
        how = "a scorer learned from hand-coded findings" if model.codebook_scorer is not None else "thresholds per code"
        ctx.say(f"codebook: {coded} of {len(findings)} findings fit its {len(model.codebook)} themes "
                f"(up to 3 codes each, {how}); the rest form discovered themes")
    if result.field_seeds is not None:
        sizes = result.themes.set_index("theme_id")["size"]
        ctx.say("field themes seeded: " + ", ".join(f"{label} ({sizes.get(i, 0)})"
                                                     for i, label in enumerate(result.field_seeds.labels)))
    cache.put(key, result)
    return model


def themes_key(findings: pd.DataFrame, config: RunConfig, model_id: str) -> str:
    """Cache key of a theme fit: findings key, model, theme parameters, codebook file and theme code contents."""
    parameters = [f"{name}={getattr(config, name, None)!r}" for name in THEME_PARAMETERS]
    files = [Path(f).read_bytes() if f and Path(f).exists() else b"" for f in
             (config.codebook, config.codebook and thresholds_file(config.codebook),
              config.codebook and scorer_file(config.codebook), config.glossary,
              config.field_themes if config.field_themes != OFF else "")]
    return digest(findings_key(findings), model_id, *parameters, *files, code_digest(code_of(THEME_CODE)))


def _write(ctx: RunContext, findings: pd.DataFrame, result) -> pd.DataFrame:
    """Write themes.csv, broad_themes.csv, centroids.npy and the coded findings."""
    findings = attach_themes(findings, result)
    findings = findings[schema.FINDING_COLUMNS + list(schema.PARQUET_ONLY)]
    write_table(result.themes, ctx.run_dir, schema.THEMES)
    write_table(result.broad, ctx.run_dir, schema.BROAD_THEMES)
    save_array(ctx.run_dir / schema.CENTROIDS, result.centroids)
    result.save_fitted_parts(ctx.run_dir)  # what `apply` needs to assign and code as this fit did
    if result.codes is not None:  # codebook mode: every code of every finding, and their counts
        write_table(result.codes, ctx.run_dir, schema.FINDING_CODES)
        write_table(code_matrix(countable(findings), result.codes), ctx.run_dir, schema.CODE_MATRIX, index=True)
    write_table(findings, ctx.run_dir, schema.FINDINGS, parquet=True, drop_from_csv=schema.PARQUET_ONLY)
    record_source(ctx.run_dir, schema.CLUSTERING_TEXT, masking_key(read_glossary(ctx.config.glossary or None)))
    ctx.say(f"{counted_noun(len(result.themes), 'theme')} in {counted_noun(len(result.broad), 'broad theme')}"
            f"{_fewer(ctx, len(result.themes))}")
    warnings = [w for w in (crowded_broad(result.broad), mixed_held(result.themes)) if w]
    for warning in warnings:
        ctx.say(warning)
    # kept with the themes they are about (replaced by each themes fit), so report.html shows them at its top
    update_record(ctx.run_dir, counts={"themes": len(result.themes), "broad_themes": len(result.broad)},
                  theme_warnings=[w.removeprefix("warning: ") for w in warnings])
    return result.themes


def _fewer(ctx: RunContext, made: int) -> str:
    """When a fit made fewer themes than --themes asked (run.json: parameters.n_themes, counts.themes): how many
    fewer and why, since the console said only the count."""
    asked = ctx.config.n_themes
    if ctx.theme_model is not None or ctx.config.codebook or asked == "auto" or made >= int(asked):
        return ""
    why = ("mixed sub-themes held together by sentence shape alone are dissolved into the nearest themes with a "
           "topic, and a theme \"X, further findings\" beside X is joined with it")
    if ctx.config.edits_file:
        why += "; your edits merge some"
    return f" (asked {asked}, made {made}: {int(asked) - made} fewer, as {why}; README, \"Command line\")"


# A broad theme holding more than this share of the findings leaves a comparison by broad theme little to compare.
CROWDED_SHARE = 0.5


def crowded_broad(broad: pd.DataFrame) -> str:
    """broad_themes.csv's table -> a warning line when one broad theme holds more than CROWDED_SHARE of the
    findings, else ""."""
    total = int(broad["size"].sum()) if len(broad) else 0  # one broad theme of everything is the worst case
    if not total:
        return ""
    top = broad.loc[broad["size"].idxmax()]
    share = int(top["size"]) / total
    if share <= CROWDED_SHARE:
        return ""
    return (f"warning: one broad theme, \"{top['label']}\", holds {share:.0%} of the findings ({int(top['size']):,} "
            f"of {total:,}), so a comparison by broad theme says little; ask for more broad themes (--broad N) or "
            "more themes (--themes N)")


# Sub-themes of no single topic holding more than this share of the findings leave much of the run uncompared.
MIXED_SHARE = 0.25


def mixed_held(themes: pd.DataFrame) -> str:
    """themes.csv's table -> a warning line when its sub-themes of no single topic ("Mixed findings ...", "General
    judgements on ...": topic_named.names_topic) hold more than MIXED_SHARE of the findings, else ""."""
    total = int(themes["size"].sum()) if len(themes) else 0
    mixed = themes[~themes["label"].map(names_topic)]
    if not total or int(mixed["size"].sum()) <= MIXED_SHARE * total:
        return ""
    held = int(mixed["size"].sum())
    return (f"warning: {len(mixed)} sub-theme(s) of no single topic (\"Mixed findings ...\", \"General judgements on "
            f"...\") hold {held / total:.0%} of the findings ({held:,} of {total:,}), which a comparison by theme cannot "
            "say anything about; ask for more themes (--themes N) or 'auto'")
