"""Command line: `python -m pipeline` or `council-findings`. A thin layer over pipeline.stages.

Every command opens a run folder and calls one stage; library errors become one line and exit status 1.
"""

from __future__ import annotations

import dataclasses

import functools
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from pipeline.cli_options import StageCommand, config_options
from pipeline.config import RunConfig, load_config, parse_count
from pipeline.errors import PipelineError
from pipeline.schema import DOC_TYPES, FINDING_KINDS, POLARITIES, VOICES


def _fail_cleanly(command):
    """Library errors, and file-system errors (a read-only cache, a full disk), become one line and exit 1."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except PipelineError as error:
            raise click.ClickException(str(error)) from error
        except OSError as error:
            where = f"{error.filename}: " if error.filename else ""
            raise click.ClickException(f"{where}{error.strerror or error}") from error
    return wrapper


class _OneLineGroup(click.Group):
    """Usage errors (a missing option, a path that does not exist) as one line and exit 1, like every other
    error of this tool, instead of click's usage block and exit 2."""

    command_class = StageCommand

    def main(self, *args, standalone_mode: bool = True, **kwargs):
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            return super().main(*args, standalone_mode=False, **kwargs)
        except click.ClickException as error:
            click.echo(f"Error: {error.format_message()}", err=True)
            sys.exit(1)
        except click.Abort:
            click.echo("Aborted.", err=True)
            sys.exit(1)
        except click.exceptions.Exit as done:
            sys.exit(done.exit_code)


def _say(message: str) -> None:
    click.echo(message, err=True)


@contextmanager
def _context(run_dir: Path, config: RunConfig, theme_model: Path | None = None):
    """A run context over `run_dir` with the executor the configuration asks for, closed (cluster stopped) when
    the command ends."""
    from pipeline.executor import make_executor
    from pipeline.stages import RunContext

    executor = make_executor(config.executor, config.scheduler)
    try:
        yield RunContext(run_dir, config, say=_say, executor=executor, theme_model=theme_model)
    finally:
        executor.close()


def _writing(run_dir: Path, writes: tuple[str, ...]):
    """runfolder.writing_into for a command that writes `writes` (and their views, NAME__*.csv) into run_dir."""
    from pipeline.runfolder import writing_into

    return writing_into(run_dir, (*writes, *(f"{Path(name).stem}__*{Path(name).suffix}" for name in writes)))


def _redo_after_themes(run_dir: Path) -> dict[str, str]:
    """The stages whose tables a themes run has left on other themes (stage -> what it writes), in the order to run
    them: none when the themes came out as they were (the same fit reused)."""
    from pipeline.runfolder import THEMED_TABLES, stale_tables

    tables = {stage: table for table, stage in THEMED_TABLES.items()}
    return {stage: tables[stage] for stage in sorted(stale_tables(run_dir, unnoted=True), key=lambda s: s != "track")}


def _config(config_file, **overrides) -> RunConfig:
    for name in ("n_themes", "n_broad"):
        overrides[name] = parse_count(overrides.get(name))
    return load_config(config_file).with_overrides(**overrides)


def _default_cache(config: RunConfig, out: Path) -> RunConfig:
    """The configuration with its cache folder fixed to .cache beside `out` when none was given (a run is built
    in a temporary folder, whose parent is the same)."""
    return config.with_overrides(cache_dir=config.cache_dir or str(Path(out).resolve().parent / ".cache"))


run_dir_argument = click.argument("run_dir", type=click.Path(file_okay=False, path_type=Path))


@click.group(cls=_OneLineGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="council-findings")
def main():
    """Find recurring themes in what councils publish about Ofsted inspections of children's services.

    \b
    Example, the whole pipeline on the bundled corpus:
        python -m pipeline run --corpus corpus --out outputs/bundled
    """


@main.command()
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True,
              help="Folder of .txt/.md/.pdf/.html/.htm/.docx files, optionally with manifest.csv.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Run folder to write (replaced only when the new run is complete).")
@click.option("--no-report", is_flag=True, help="Skip report.html, workbook.xlsx and project.qdpx.")
@config_options("run")
@_fail_cleanly
def run(corpus, out, no_report, config_file, **overrides):
    """Run every stage: ingest, segment, embed, classify, themes, track, matrix, report.

    \b
    Example:
        python -m pipeline run --corpus corpus --out outputs/bundled --themes auto --seed 0
    """
    config = _default_cache(_config(config_file, **overrides), out)
    _run_into(out, corpus, config, no_report)


def _run_into(out: Path, corpus: Path, config: RunConfig, no_report: bool, theme_model: Path | None = None) -> None:
    """Every stage into a temporary folder that replaces `out` once complete; then the summary."""
    from pipeline.runfolder import staged_folder
    from pipeline.stages import report, run_stages, summary

    inputs = (corpus,) if theme_model is None else (corpus, theme_model)
    with staged_folder(out, inputs=inputs) as work, _context(work, config, theme_model) as ctx:
        run_stages(ctx, corpus)
        if not no_report:
            report.run(ctx, previous=out)
    click.echo(summary(out))


@main.command()
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True)
@run_dir_argument
@config_options("ingest")
@_fail_cleanly
def ingest(corpus, run_dir, config_file, **overrides):
    """Read a corpus folder into RUN_DIR/documents.csv and documents.parquet.

    \b
    Example:
        python -m pipeline ingest --corpus corpus outputs/mine
    """
    from pipeline.stages import ingest

    Path(run_dir).mkdir(parents=True, exist_ok=True)
    with _writing(run_dir, ingest.WRITES), _context(run_dir, _config(config_file, **overrides)) as ctx:
        documents = ingest.run(ctx, corpus)
    click.echo(f"{len(documents)} documents -> {run_dir / 'documents.csv'}")


@main.command()
@run_dir_argument
@config_options("segment")
@_fail_cleanly
def segment(run_dir, config_file, **overrides):
    """Split RUN_DIR's documents into findings (segments.parquet, excluded.csv, judgements.csv).

    \b
    Example:
        python -m pipeline segment outputs/mine
    """
    from pipeline.stages import segment

    with _writing(run_dir, segment.WRITES), _context(run_dir, _config(config_file, **overrides)) as ctx:
        findings = segment.run(ctx)
    click.echo(f"{len(findings)} findings -> {run_dir / 'segments.parquet'}")


@main.command()
@run_dir_argument
@config_options("embed")
@_fail_cleanly
def embed(run_dir, config_file, **overrides):
    """Embed RUN_DIR's findings into vectors.npy (cached by model and text).

    \b
    Example:
        python -m pipeline embed outputs/mine --model /path/to/sentence-transformers-model
    """
    from pipeline.stages import embed

    with _writing(run_dir, embed.WRITES), _context(run_dir, _config(config_file, **overrides)) as ctx:
        vectors = embed.run(ctx)
    click.echo(f"{vectors.shape[0]} vectors of {vectors.shape[1] if vectors.ndim == 2 else 0} dimensions")


@main.command()
@run_dir_argument
@config_options("classify")
@_fail_cleanly
def classify(run_dir, config_file, **overrides):
    """Refine RUN_DIR's findings' kind and polarity with the learned classifier (classes.parquet).

    \b
    Example:
        python -m pipeline classify outputs/mine
    """
    from pipeline.stages import classify as classify_stage

    with _writing(run_dir, classify_stage.WRITES), _context(run_dir, _config(config_file, **overrides)) as ctx:
        classes = classify_stage.run(ctx)
    click.echo(f"{len(classes)} findings classified -> {run_dir / 'classes.parquet'}")


@main.command()
@run_dir_argument
@click.option("--save-model", "save_to", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Also save the themes as a model folder (e.g. models/my-themes) that `apply` can reuse.")
@config_options("themes")
@_fail_cleanly
def themes(run_dir, save_to, config_file, **overrides):
    """Cluster RUN_DIR's findings into themes (themes.csv, broad_themes.csv).

    \b
    Examples:
        python -m pipeline themes outputs/mine --themes 30 --seed 1
        python -m pipeline themes outputs/mine --save-model models/walsall-wirral-2024
    """
    from pipeline.runfolder import read_record, update_record
    from pipeline.stages import themes as themes_stage
    from pipeline.themes import EDITS_FILE, save_run_model

    config = _config(config_file, **overrides)
    if save_to and not config.edits_file and (Path(save_to) / EDITS_FILE).exists():
        # Saving again: the model's own edits (splits included) are refitted on this run's findings.
        config = dataclasses.replace(config, edits_file=str(Path(save_to) / EDITS_FILE))
    with _writing(run_dir, themes_stage.WRITES), _context(run_dir, config) as ctx:
        table = themes_stage.run(ctx)
    # The run's record names the parameters these themes were made with (the methods text reads them: a codebook
    # given here, or dropped, is the run's now), not those of the run that first made the folder.
    update_record(run_dir, parameters={name: getattr(config, name) for name in themes_stage.THEME_PARAMETERS})
    click.echo(f"{len(table)} themes -> {run_dir / 'themes.csv'}")
    redo = _redo_after_themes(run_dir)
    if redo:
        click.echo(f"the {', '.join(redo.values())} and report still hold the earlier themes: run "
                   f"{', '.join(f'`{stage}`' for stage in redo)} and `report` on {run_dir} next", err=True)
    if save_to:
        save_run_model(run_dir, save_to, read_record(run_dir).get("model", config.model), config.to_dict(),
                       edits_file=config.edits_file or None)
        click.echo(f"theme model saved to {save_to} (edit {save_to / EDITS_FILE} to rename, merge or split themes)")


@main.command()
@run_dir_argument
@config_options("track")
@_fail_cleanly
def track(run_dir, config_file, **overrides):
    """Redo the recommendation tracker of RUN_DIR (recommendations.csv, tracker.csv).

    \b
    Example:
        python -m pipeline track outputs/bundled
    """
    from pipeline.stages import track as track_stage

    with _writing(run_dir, track_stage.WRITES), _context(run_dir, _config(config_file, **overrides)) as ctx:
        recs, _ = track_stage.run(ctx)
    click.echo(f"{len(recs)} recommendations -> {run_dir / 'recommendations.csv'}, {run_dir / 'tracker.csv'}")


@main.command()
@click.option("--theme-model", "theme_model", type=click.Path(exists=True, file_okay=False, path_type=Path),
              required=True, help="A saved theme model folder (written by `themes --save-model`).")
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True)
@click.option("--no-report", is_flag=True, help="Skip report.html, workbook.xlsx and project.qdpx.")
@_fail_cleanly
def apply(theme_model, corpus, out, no_report):
    """Code a corpus into the themes of a saved model, without refitting: same themes, same columns.

    The stages are those of `run`, with the embedding model the theme model was made with.

    \b
    Example:
        python -m pipeline apply --theme-model models/walsall-wirral-2024 --corpus minutes-2025 --out outputs/2025
    """
    from pipeline.embed import SentenceTransformerEmbedder
    from pipeline.themes import ThemeModel

    meta = ThemeModel.load(theme_model).metadata_
    embedder = SentenceTransformerEmbedder(meta["embedding_model"])
    config = _default_cache(RunConfig(model=embedder.model, backend=embedder.backend), out)
    _run_into(out, corpus, config, no_report, theme_model=theme_model)


@main.command()
@run_dir_argument
@click.option("--kind", "kinds", multiple=True, type=click.Choice(FINDING_KINDS),
              help="Count only findings of this kind (repeatable).")
@click.option("--voice", "voices", multiple=True, type=click.Choice(VOICES),
              help="Count only findings in this voice (repeatable).")
@click.option("--polarity", "polarities", multiple=True, type=click.Choice(POLARITIES),
              help="Count only findings of this polarity (repeatable).")
@click.option("--doc-type", "doc_types", multiple=True, type=click.Choice(DOC_TYPES),
              help="Count only findings in documents of this type (repeatable).")
@click.option("--framework", "frameworks", multiple=True,
              help="Count only findings in reports of this inspection framework, as in inspections.csv: a whole "
                   "name keeps that framework only, a part of one keeps every framework it is part of ('SIF'; "
                   "repeatable; quote a name with spaces or commas).")
@click.option("--from", "date_from", default="", help="Only documents published on or after this date "
                                                      "(YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--to", "date_to", default="", help="Only documents published on or before this date "
                                                  "(YYYY, YYYY-MM or YYYY-MM-DD; '2019' includes all of 2019).")
@click.option("--intervals", type=click.Choice(["welch", "bootstrap"]), default="welch", show_default=True,
              help="How comparison.csv's intervals are computed, documents as the unit "
                   "(see pipeline/uncertainty.py).")
@config_options("matrix")
@_fail_cleanly
def matrix(run_dir, kinds, voices, polarities, doc_types, frameworks, date_from, date_to, intervals, config_file,
           **overrides):
    """Build the matrices, comparison, inspections, trends and inspection changes tables of RUN_DIR.

    By default the headline files compare like with like (inspectorate findings of inspection reports), with
    council documents (__council) and everything pooled (__all) beside them. With any restriction, one view
    is written, its file names saying what it counts; what it does not say stays like for like (kind finding;
    voice inspectorate in inspection reports unless a voice or document type is given):
    matrix_authority_theme__kind-finding__voice-inspectorate__doctype-inspection_report__from-2018.csv

    What can be cited: in comparison.csv a theme is `distinctive` for an authority only when at least two of
    its documents raise it, its 95% interval lies above zero and p_adjusted (over every authority and theme of
    the view) is below 0.05; `evidence` says what a row rests on ("3 of 3 inspections"). Shares are per
    document (each document weighs the same), so a long report does not count more.

    \b
    Examples:
        python -m pipeline matrix outputs/mine
        python -m pipeline matrix outputs/mine --framework ILACS --from 2018
        python -m pipeline matrix outputs/mine --doc-type committee_minutes --doc-type scrutiny_report
    """
    from pipeline.stages import matrix as matrix_stage

    with _writing(run_dir, matrix_stage.WRITES), _context(run_dir, _config(config_file, **overrides)) as ctx:
        matrices = matrix_stage.run(ctx, kinds=kinds, voices=voices, polarities=polarities, doc_types=doc_types,
                                    frameworks=frameworks, date_from=date_from, date_to=date_to, method=intervals)
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
    from pipeline.stages import RunContext, report as report_stage

    with _writing(run_dir, report_stage.WRITES):
        report_stage.run(RunContext(run_dir, say=_say))
    click.echo(f"report written to {run_dir}")


@main.command("search")
@click.argument("run_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("question")
@click.option("--top", type=click.IntRange(1), default=20, show_default=True, help="How many findings to list.")
@click.option("--min-similarity", type=float, default=0.0, show_default=True,
              help="Leave out findings less similar than this (cosine, -1 to 1).")
@click.option("--csv", "csv_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the findings listed to this CSV file.")
@click.option("--codebook-entry", "codebook_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write a codebook theme (YAML, the form --codebook reads) made from the question and findings.")
@click.option("--save", is_flag=True, help="Save the question into RUN_DIR/searches.json; `report` then shows it "
                                           "as a custom row of the matrix in report.html.")
@_fail_cleanly
def search(run_dir, question, top, min_similarity, csv_file, codebook_file, save):
    """List RUN_DIR's findings nearest QUESTION in meaning, with authority, document, theme and similarity.

    Each finding is shown with its polarity, kind and page; the last line counts the themes the findings fall in
    (which themes hold what you asked about). --csv adds finding_id, section and page to cite each one.

    \b
    Examples:
        python -m pipeline search outputs/bundled "police attendance at strategy discussions"
        python -m pipeline search outputs/bundled "workforce churn" --top 50 --csv churn.csv --save
    """
    from pipeline import search as searching
    from pipeline.display import clean_text
    from pipeline.runfolder import inert_formulas

    results = searching.search(run_dir, question, top=top, min_similarity=min_similarity)
    for row in results.itertuples():
        text = clean_text(str(row.text))
        where = " · ".join(part for part in (row.polarity, row.kind, f"p. {row.page}" if row.page else "") if part)
        click.echo(f"{row.rank:>3}  {row.similarity:.3f}  {row.authority} · {row.document} ({row.date}) · "
                   f"theme {row.theme_id} {row.theme_label}\n       {f'[{where}] ' if where else ''}"
                   f"{text[:220]}{'…' if len(text) > 220 else ''}")
    click.echo(searching.theme_summary(results))
    if csv_file:
        inert_formulas(results).to_csv(csv_file, index=False)
        click.echo(f"{len(results)} findings -> {csv_file}", err=True)
    if codebook_file:
        Path(codebook_file).write_text(searching.codebook_entry(question, results), encoding="utf-8")
        click.echo(f"codebook entry -> {codebook_file}", err=True)
    if save:
        with _writing(run_dir, (searching.SEARCHES_FILE,)):
            path = searching.save_search(run_dir, question, results)
        click.echo(f"saved to {path}; run `python -m pipeline report {run_dir}` to see it in report.html", err=True)
