"""Command line: `python -m pipeline` or `council-findings`. A thin layer over pipeline.stages.

Every command opens a run folder and calls one stage; library errors become one line and exit status 1.
"""

from __future__ import annotations

import dataclasses

import functools
from contextlib import contextmanager
from pathlib import Path

import click

from pipeline.config import RunConfig, load_config, parse_count
from pipeline.errors import PipelineError


def _fail_cleanly(command):
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except PipelineError as error:
            raise click.ClickException(str(error)) from error
    return wrapper


def _say(message: str) -> None:
    click.echo(message, err=True)


def config_options(command):
    """Options shared by `run` and the stage commands; each overrides the --config file."""
    options = [
        click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False),
                     help="TOML file of parameters (keys as in run.json 'parameters')."),
        click.option("--model", default=None, help="Embedding model: a local sentence-transformers folder or name "
                                                   "(default: the bundled all-MiniLM-L6-v2)."),
        click.option("--backend", type=click.Choice(["onnx", "onnx-int8", "torch"]), default=None,
                     help="How the model runs on the CPU: onnx (default; exported locally on first use, no hub), "
                          "onnx-int8 (that graph quantized to int8 on first use) or torch. Vectors of each are "
                          "cached apart."),
        click.option("--themes", "n_themes", default=None, help="Number of themes, or 'auto' (default)."),
        click.option("--broad", "n_broad", default=None, help="Number of broad themes, or 'auto' (default)."),
        click.option("--seed", type=int, default=None, help="Random seed (default 0)."),
        click.option("--cache", "cache_dir", default=None, type=click.Path(file_okay=False),
                     help="Embedding cache folder (default: .cache beside the run folder)."),
        click.option("--strict", is_flag=True, default=None, help="Fail on the first bad input file."),
        click.option("--executor", type=click.Choice(["local", "dask"]), default=None,
                     help="Where reading, segmenting and embedding run: this process (default) or Dask tasks."),
        click.option("--scheduler", default=None,
                     help="Dask scheduler address (tcp://host:8786); without it --executor dask starts a local "
                          "cluster of 2 worker processes."),
        click.option("--codebook", default=None, type=click.Path(exists=True, dir_okay=False),
                     help="Codebook YAML of named themes (e.g. models/childrens_services_codebook.yaml); "
                          "findings that fit none are clustered into discovered themes."),
        click.option("--codebook-threshold", "codebook_threshold", type=float, default=None,
                     help="Cosine similarity a finding needs to join a codebook theme (default 0.40)."),
        click.option("--labels", "labels_file", default=None, type=click.Path(exists=True, dir_okay=False),
                     help="CSV of researcher edits (theme_id, label, merge_into, split_into) applied after the themes are found."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@contextmanager
def _executor(config: RunConfig):
    """The executor the configuration asks for, closed (cluster stopped) when the command ends."""
    from pipeline.executor import make_executor

    executor = make_executor(config.executor, config.scheduler)
    try:
        yield executor
    finally:
        executor.close()


def _config(config_file, **overrides) -> RunConfig:
    for name in ("n_themes", "n_broad"):
        overrides[name] = parse_count(overrides.get(name))
    return load_config(config_file).with_overrides(**overrides)


KINDS = ("finding", "action", "recommendation", "context")
VOICES = ("inspectorate", "council", "other")
POLARITIES = ("concern", "strength", "neutral")
run_dir_argument = click.argument("run_dir", type=click.Path(file_okay=False, path_type=Path))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="council-findings")
def main():
    """Find recurring themes in what councils publish about Ofsted inspections of children's services.

    \b
    Example, the whole pipeline on the bundled corpus:
        python -m pipeline run --corpus corpus --out outputs/bundled
    """


@main.command()
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True,
              help="Folder of .txt/.md/.pdf/.html/.docx files, optionally with manifest.csv.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Run folder to write (replaced only when the new run is complete).")
@click.option("--no-report", is_flag=True, help="Skip report.html, workbook.xlsx and project.qdpx.")
@config_options
@_fail_cleanly
def run(corpus, out, no_report, config_file, **overrides):
    """Run every stage: ingest, segment, embed, themes, matrix, report.

    \b
    Example:
        python -m pipeline run --corpus corpus --out outputs/bundled --themes auto --seed 0
    """
    from pipeline import stages
    from pipeline.runrecord import staged_folder

    config = _config(config_file, **overrides)
    cache = config.cache_dir or str(Path(out).resolve().parent / ".cache")
    config = config.with_overrides(cache_dir=cache)
    with _executor(config) as executor, staged_folder(out, inputs=(corpus,)) as work:
        stages.run_stages(corpus, work, config, say=_say, executor=executor)
        if not no_report:
            _build_report(work, previous=out)
    click.echo(stages.summary(out))


def _build_report(run_dir: Path, previous: Path | None = None) -> None:
    try:
        from pipeline.report import build_report
    except ImportError:
        _say("report: pipeline.report is not available; CSV and parquet outputs only")
        return
    from pipeline.stages import timed

    with timed(run_dir, "report"):
        build_report(run_dir, previous=previous)


@main.command()
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True)
@run_dir_argument
@config_options
@_fail_cleanly
def ingest(corpus, run_dir, config_file, **overrides):
    """Read a corpus folder into RUN_DIR/documents.csv and documents.parquet.

    \b
    Example:
        python -m pipeline ingest --corpus corpus outputs/mine
    """
    from pipeline.stages import stage_ingest

    Path(run_dir).mkdir(parents=True, exist_ok=True)
    config = _config(config_file, **overrides)
    with _executor(config) as executor:
        documents = stage_ingest(corpus, run_dir, config, say=_say, executor=executor)
    click.echo(f"{len(documents)} documents -> {run_dir / 'documents.csv'}")


@main.command()
@run_dir_argument
@config_options
@_fail_cleanly
def segment(run_dir, config_file, **overrides):
    """Split RUN_DIR's documents into findings (findings.csv, excluded.csv, judgements.csv).

    \b
    Example:
        python -m pipeline segment outputs/mine
    """
    from pipeline.stages import stage_segment

    config = _config(config_file, **overrides)
    with _executor(config) as executor:
        findings = stage_segment(run_dir, config, say=_say, executor=executor)
    click.echo(f"{len(findings)} findings -> {run_dir / 'findings.csv'}")


@main.command()
@run_dir_argument
@config_options
@_fail_cleanly
def embed(run_dir, config_file, **overrides):
    """Embed RUN_DIR's findings into vectors.npy (cached by model and text).

    \b
    Example:
        python -m pipeline embed outputs/mine --model /path/to/sentence-transformers-model
    """
    from pipeline.stages import stage_embed

    config = _config(config_file, **overrides)
    with _executor(config) as executor:
        vectors = stage_embed(run_dir, config, say=_say, executor=executor)
    click.echo(f"{vectors.shape[0]} vectors of {vectors.shape[1] if vectors.ndim == 2 else 0} dimensions")


@main.command()
@run_dir_argument
@click.option("--save-model", "save_to", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Also save the themes as a model folder (e.g. models/my-themes) that `apply` can reuse.")
@config_options
@_fail_cleanly
def themes(run_dir, save_to, config_file, **overrides):
    """Cluster RUN_DIR's findings into themes (themes.csv, broad_themes.csv).

    \b
    Examples:
        python -m pipeline themes outputs/mine --themes 30 --seed 1
        python -m pipeline themes outputs/mine --save-model models/walsall-wirral-2024
    """
    from pipeline.runrecord import read_record
    from pipeline.stages import stage_themes
    from pipeline.theme_model import save_model

    config = _config(config_file, **overrides)
    if save_to and not config.labels_file and (Path(save_to) / "labels.csv").exists():
        # Saving again: the model's own edits (splits included) are refitted on this run's findings.
        config = dataclasses.replace(config, labels_file=str(Path(save_to) / "labels.csv"))
    table = stage_themes(run_dir, config, say=_say)
    click.echo(f"{len(table)} themes -> {run_dir / 'themes.csv'}")
    if save_to:
        save_model(run_dir, save_to, read_record(run_dir).get("model", config.model), config.to_dict(),
                   edits_file=config.labels_file or None)
        click.echo(f"theme model saved to {save_to} (edit {save_to / 'labels.csv'} to rename, merge or split themes)")


@main.command()
@click.option("--model", "model_folder", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True,
              help="A saved theme model folder (written by `themes --save-model`).")
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True)
@click.option("--no-report", is_flag=True, help="Skip report.html, workbook.xlsx and project.qdpx.")
@_fail_cleanly
def apply(model_folder, corpus, out, no_report):
    """Code a corpus into the themes of a saved model, without refitting: same themes, same columns.

    \b
    Example:
        python -m pipeline apply --model models/walsall-wirral-2024 --corpus minutes-2025 --out outputs/2025
    """
    from pipeline import stages
    from pipeline.runrecord import staged_folder
    from pipeline.theme_model import load_model

    _, _, meta = load_model(model_folder)
    config = RunConfig(model=meta["embedding_model"],
                       backend=(meta["embedding_model"].rsplit("#", 1)[1] if "#" in meta["embedding_model"]
                                else "torch"),
                       cache_dir=str(Path(out).resolve().parent / ".cache"))
    with staged_folder(out, inputs=(corpus, model_folder)) as work:
        stages.stage_ingest(corpus, work, config, say=_say)
        stages.stage_segment(work, config, say=_say)
        stages.stage_embed(work, config, say=_say)
        stages.stage_apply(work, model_folder, say=_say)
        stages.stage_matrix(work, config, say=_say)
        if not no_report:
            _build_report(work, previous=out)
    click.echo(stages.summary(out))


@main.command()
@run_dir_argument
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS),
              help="Count only findings of this kind (repeatable).")
@click.option("--voice", "voices", multiple=True, type=click.Choice(VOICES),
              help="Count only findings in this voice (repeatable).")
@click.option("--polarity", "polarities", multiple=True, type=click.Choice(POLARITIES),
              help="Count only findings of this polarity (repeatable).")
@config_options
@_fail_cleanly
def matrix(run_dir, kinds, voices, polarities, config_file, **overrides):
    """Build the authority x theme and document x theme matrices of RUN_DIR.

    With --kind, --voice or --polarity, the matrices count only those findings and their file names say so
    (matrix_authority_theme__kind-finding__voice-inspectorate.csv).

    \b
    Examples:
        python -m pipeline matrix outputs/mine
        python -m pipeline matrix outputs/mine --kind finding --voice inspectorate --polarity concern
    """
    from pipeline.stages import stage_matrix

    matrices = stage_matrix(run_dir, _config(config_file, **overrides), say=_say, kinds=kinds, voices=voices,
                            polarities=polarities)
    click.echo(f"{len(matrices)} matrices written to {run_dir}")


@main.command()
@run_dir_argument
@_fail_cleanly
def report(run_dir):
    """Rebuild report.html, workbook.xlsx and project.qdpx from RUN_DIR without rerunning the stages.

    \b
    Example:
        python -m pipeline report outputs/bundled
    """
    _build_report(run_dir)
    click.echo(f"report written to {run_dir}")
