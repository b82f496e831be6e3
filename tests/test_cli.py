import pytest
from click.testing import CliRunner

from pipeline.cli import main

COMMANDS = ["run", "ingest", "segment", "embed", "themes", "matrix", "report", "apply"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output


def test_a_stage_on_a_folder_without_its_inputs_fails_with_one_line(tmp_path):
    result = CliRunner().invoke(main, ["themes", str(tmp_path)])
    assert result.exit_code == 1
    assert "findings.parquet is missing" in result.output
    assert "Traceback" not in result.output


def test_bad_theme_count_is_a_clean_error(tmp_path):
    result = CliRunner().invoke(main, ["themes", str(tmp_path), "--themes", "lots"])
    assert result.exit_code == 1
    assert "'lots' should be 'auto' or a whole number" in result.output


def test_an_empty_corpus_fails_and_leaves_no_run_folder(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "empty.txt").write_text("")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", "--corpus", str(corpus), "--out", str(out)])
    assert result.exit_code == 1
    assert "no usable documents" in result.output
    assert not out.exists()
    assert not any(p.name.startswith(".out.partial") for p in tmp_path.iterdir())
