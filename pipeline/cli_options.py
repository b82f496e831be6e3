"""The parameter options of the command line: every option of `run`, and which of them each stage command reads
(USES). A command lists and accepts only its own; another command's option is refused saying who reads it."""

from __future__ import annotations

import click

from pipeline.schema import BACKENDS


def _option(flag: str, *names, **settings) -> tuple[str, object]:
    """(flag, the click option decorator)."""
    return flag, click.option(flag, *names, **settings)


def _options() -> dict:
    """Every option of `run` that sets a parameter, by its flag; each overrides the --config file."""
    options = [
        _option("--config", "config_file", type=click.Path(exists=True, dir_okay=False),
                help="TOML file of parameters (keys as in run.json 'parameters')."),
        _option("--model", default=None, help="Embedding model: a local sentence-transformers folder or name "
                                              "(default: the bundled all-MiniLM-L6-v2)."),
        _option("--backend", type=click.Choice(BACKENDS), default=None,
                help="How the model runs on the CPU: onnx (default; exported locally on first use, no hub), "
                     "onnx-int8 (that graph quantized to int8 on first use, scales per batch), onnx-int8-static "
                     "(int8 with fixed scales: vectors independent of the batch) or torch. Vectors of each "
                     "are cached apart."),
        _option("--themes", "n_themes", default=None, help="Number of themes, or 'auto' (default)."),
        _option("--broad", "n_broad", default=None, help="Number of broad themes, or 'auto' (default)."),
        _option("--seed", type=int, default=None, help="Random seed (default 0)."),
        _option("--cache", "cache_dir", default=None, type=click.Path(file_okay=False),
                help="Cache folder (default: .cache beside the run folder)."),
        _option("--strict", is_flag=True, default=None, help="Fail on the first bad input file."),
        _option("--follow-links", "follow_links", is_flag=True, default=None,
                help="Read files behind links that lead outside the corpus folder (skipped by default)."),
        _option("--executor", type=click.Choice(["local", "dask"]), default=None,
                help="Where reading, segmenting and embedding run: this process (default) or Dask tasks."),
        _option("--scheduler", default=None,
                help="Dask scheduler address (tcp://host:8786); without it --executor dask starts a local "
                     "cluster of 2 worker processes."),
        _option("--codebook", default=None, type=click.Path(exists=True, dir_okay=False),
                help="Codebook YAML of named themes (e.g. models/childrens_services_codebook.yaml); "
                     "findings that fit none are clustered into discovered themes."),
        _option("--codebook-threshold", "codebook_threshold", type=float, default=None,
                help="Cosine similarity a finding needs to join a codebook theme (default 0.40)."),
        _option("--field-themes", "field_themes", default=None, metavar="FILE|off",
                help="CSV of field themes (label, terms, description) added to the shipped ones "
                     "(pipeline/data/field_themes.csv), or 'off' to seed none; a field theme holds the findings "
                     "that use its terms and lie close to its description."),
        _option("--edits", "edits_file", default=None, type=click.Path(exists=True, dir_okay=False),
                help="CSV of researcher edits (theme_id, label, merge_into, split_into) applied after the themes are found."),
        _option("--review", "review_file", default=None, type=click.Path(exists=True, dir_okay=False),
                help="Reviewed quotes CSV downloaded from report.html: its rejected quotes are left out of the matrices."),
    ]
    return dict(options)


OPTIONS = _options()
_SHARED = ("--config", "--cache")
_EXECUTOR = ("--executor", "--scheduler")
_EMBEDDING = ("--model", "--backend")
# The parameter options each stage command reads (what it does not read, it refuses: `ingest RUN --themes 5` is an
# error, not a silent no-op). themes, classify and track use the model that made vectors.npy (run.json `model`).
USES = {
    "run": tuple(OPTIONS),
    "ingest": (*_SHARED, "--strict", "--follow-links", *_EXECUTOR),
    "segment": (*_SHARED, *_EMBEDDING, "--strict", *_EXECUTOR),
    "embed": (*_SHARED, *_EMBEDDING, *_EXECUTOR),
    "classify": _SHARED,
    "themes": (*_SHARED, "--themes", "--broad", "--seed", "--codebook", "--codebook-threshold", "--field-themes",
               "--edits"),
    "track": _SHARED,
    "matrix": (*_SHARED, "--seed", "--review"),
}


def config_options(name: str):
    """The parameter options command `name` reads (USES), in OPTIONS' order."""
    def decorate(command):
        for flag in reversed([flag for flag in OPTIONS if flag in USES[name]]):
            command = OPTIONS[flag](command)
        return command
    return decorate


class StageCommand(click.Command):
    """A command that refuses an option of another command by saying which commands use it."""

    def parse_args(self, ctx, args):
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as error:
            users = [name for name, flags in USES.items() if error.option_name in flags]
            if not users:
                raise
            raise click.UsageError(f"`{self.name}` does not use {error.option_name} (it is an option of "
                                   f"{', '.join(f'`{user}`' for user in users)}); see `python -m pipeline {self.name} "
                                   "--help` for the options it reads", ctx) from error
