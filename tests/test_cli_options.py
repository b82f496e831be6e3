"""Each command lists and accepts only the options it reads; another command's option is refused by name."""

import re

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.cli_options import OPTIONS, USES


def _flags(help_text: str) -> set[str]:
    return set(re.findall(r"^\s+(--[a-z-]+)", help_text, flags=re.M))


@pytest.mark.parametrize("command", sorted(USES))
def test_help_lists_the_parameter_options_the_command_reads_and_no_other(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0, result.output
    listed = _flags(result.output) & set(OPTIONS)
    assert listed == set(USES[command])


def test_run_reads_every_option_and_a_stage_reads_few():
    assert set(USES["run"]) == set(OPTIONS)
    assert "--themes" not in USES["track"] and "--strict" not in USES["themes"] and "--codebook" not in USES["embed"]


@pytest.mark.parametrize("arguments,flag,users", [
    (["track", "RUN", "--themes", "5"], "--themes", "`run`, `themes`"),
    (["ingest", "--corpus", ".", "RUN", "--broad", "3"], "--broad", "`run`, `themes`"),
    (["themes", "RUN", "--strict"], "--strict", "`run`, `ingest`, `segment`"),
    (["report", "RUN", "--seed", "1"], "--seed", "`run`, `themes`, `matrix`"),
])
def test_an_option_the_command_does_not_read_is_refused_saying_who_reads_it(tmp_path, arguments, flag, users):
    arguments = [str(tmp_path) if a == "RUN" else a for a in arguments]
    result = CliRunner().invoke(main, arguments)
    assert result.exit_code != 0
    assert f"does not use {flag} (it is an option of {users})" in result.output
    assert list(tmp_path.iterdir()) == []  # nothing was run


def test_an_option_no_command_has_is_refused_as_unknown(tmp_path):
    result = CliRunner().invoke(main, ["track", str(tmp_path), "--colour"])
    assert result.exit_code != 0 and "No such option" in result.output


def test_run_help_names_every_stage_it_runs():
    text = " ".join(CliRunner().invoke(main, ["run", "--help"]).output.split())
    assert "ingest, segment, embed, classify, themes, track, matrix, report" in text
