import pytest
from click.testing import CliRunner

from pipeline.cli import main

COMMANDS = ["run", "ingest", "segment", "embed", "classify", "themes", "track", "matrix", "report", "apply", "search"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output


def test_matrix_help_says_which_comparisons_can_be_cited():
    text = " ".join(CliRunner().invoke(main, ["matrix", "--help"]).output.split())
    assert "`distinctive` for an authority only when at least two of its documents raise it" in text
    assert "p_adjusted (over every authority and theme of the view) is below 0.05" in text


def test_a_stage_on_a_folder_without_its_inputs_fails_with_one_line(tmp_path):
    result = CliRunner().invoke(main, ["themes", str(tmp_path)])
    assert result.exit_code == 1
    assert "segments.parquet is missing: run the segment stage first" in result.output
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


def _corpus_with_one_text(folder):
    folder.mkdir(parents=True)
    (folder / "minutes.txt").write_text("Members were concerned that caseloads remain too high for social workers.\n")
    return folder


@pytest.mark.parametrize("where", ["parent", "corpus", "inside"])
def test_out_overlapping_the_corpus_is_refused_before_any_work(tmp_path, where):
    corpus = _corpus_with_one_text(tmp_path / "corpus")
    (tmp_path / "notes.docx").write_bytes(b"a researcher's own file")
    out = {"parent": tmp_path, "corpus": corpus, "inside": corpus / "run"}[where]
    result = CliRunner().invoke(main, ["run", "--corpus", str(corpus), "--out", str(out)])
    assert result.exit_code == 1
    assert "overlaps the input folder" in result.output
    assert "Traceback" not in result.output
    assert (corpus / "minutes.txt").exists() and (tmp_path / "notes.docx").exists()
    assert sorted(p.name for p in corpus.iterdir()) == ["minutes.txt"]


def test_out_that_is_a_folder_of_other_files_is_refused_and_kept(tmp_path):
    corpus = _corpus_with_one_text(tmp_path / "corpus")
    out = tmp_path / "thesis"
    out.mkdir()
    (out / "chapter1.docx").write_bytes(b"months of work")
    result = CliRunner().invoke(main, ["run", "--corpus", str(corpus), "--out", str(out)])
    assert result.exit_code == 1
    assert "not a run folder" in result.output
    assert (out / "chapter1.docx").read_bytes() == b"months of work"


def test_out_that_is_a_file_is_refused_with_one_line(tmp_path):
    corpus = _corpus_with_one_text(tmp_path / "corpus")
    out = tmp_path / "results.csv"
    out.write_text("a,b\n")
    result = CliRunner().invoke(main, ["run", "--corpus", str(corpus), "--out", str(out)])
    assert result.exit_code != 0
    assert out.read_text() == "a,b\n"


def test_a_run_folder_with_a_users_file_added_is_not_replaced(tmp_path):
    from pipeline.runfolder import check_destination, is_run_folder
    from pipeline.errors import PipelineError

    out = tmp_path / "run"
    out.mkdir()
    (out / "run.json").write_text('{"versions": {"council-findings": "0.1"}}')
    (out / "findings.csv").write_text("finding_id\n")
    assert is_run_folder(out)
    check_destination(out)
    (out / "my notes.docx").write_bytes(b"x")
    assert not is_run_folder(out)
    with pytest.raises(PipelineError, match=r"holds my notes.docx \(not written by this tool\)"):
        check_destination(out)


def test_a_json_file_of_another_tool_does_not_make_a_run_folder(tmp_path):
    from pipeline.runfolder import is_run_folder

    (tmp_path / "run.json").write_text('{"name": "something else"}')
    assert not is_run_folder(tmp_path)
    (tmp_path / "run.json").write_text("not json")
    assert not is_run_folder(tmp_path)


def test_out_dot_in_a_folder_of_files_is_refused_with_one_line(tmp_path, monkeypatch):
    corpus = _corpus_with_one_text(tmp_path / "elsewhere" / "corpus")
    work = tmp_path / "work"
    work.mkdir()
    (work / "draft.docx").write_bytes(b"a researcher's draft")
    monkeypatch.chdir(work)
    result = CliRunner().invoke(main, ["run", "--corpus", str(corpus), "--out", "."])
    assert result.exit_code == 1 and "not a run folder" in result.output
    assert "Traceback" not in result.output and (work / "draft.docx").read_bytes() == b"a researcher's draft"


def test_themes_records_the_parameters_its_themes_were_made_with_and_says_what_to_rerun(tmp_path):
    """A codebook given to `themes` on a finished run is the run's now (the report's methods read run.json's
    parameters), and dropping it again is recorded too; the command says the later stages hold the earlier themes."""
    from pipeline.runfolder import read_record

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    sentences = ["Social workers carry caseloads that are too high.", "Caseloads are manageable in most teams.",
                 "Managers rarely record their oversight of casework.", "Supervision is regular and reflective.",
                 "Care leavers live in unsuitable accommodation.", "Personal advisers keep in touch with care leavers.",
                 "Police attendance at strategy discussions is poor.", "Chronologies are missing from case files."]
    (corpus / "walsall_minutes.txt").write_text(
        "Walsall Council\n\nChildren's Scrutiny Committee, 12 March 2019\n\n"
        + "\n\n".join(f"{i}. {s}" for i, s in enumerate(sentences * 2, start=1)) + "\n", encoding="utf-8")
    out = tmp_path / "run"
    cache = tmp_path / "cache"
    result = CliRunner().invoke(main, ["run", "--corpus", str(corpus), "--out", str(out), "--themes", "2",
                                       "--cache", str(cache)])
    assert result.exit_code == 0, result.output
    assert not read_record(out)["parameters"].get("codebook")
    book = tmp_path / "book.yaml"
    book.write_text("themes:\n  - name: Caseloads\n    group: Workforce\n    description: How many cases social "
                    "workers carry.\n    examples: [caseloads are high]\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["themes", str(out), "--codebook", str(book), "--themes", "2",
                                       "--cache", str(cache)])
    assert result.exit_code == 0, result.output
    assert read_record(out)["parameters"]["codebook"] == str(book)
    assert "run `track`, `matrix` and `report`" in result.output
    # the matrices and the tracker still hold the earlier themes: `report` alone would show their figures under the
    # new themes' names, so it refuses and says what to run; after `matrix` and `track` it writes the page
    before = (out / "report.html").read_bytes()
    result = CliRunner().invoke(main, ["report", str(out)])
    assert result.exit_code == 1 and "made from earlier themes" in result.output, result.output
    assert "pipeline matrix" in result.output and "pipeline track" in result.output
    assert (out / "report.html").read_bytes() == before
    for stage in ("matrix", "track"):
        assert CliRunner().invoke(main, [stage, str(out), "--cache", str(cache)]).exit_code == 0
    result = CliRunner().invoke(main, ["report", str(out)])
    assert result.exit_code == 0, result.output
    # the same themes again (the fit reused): the tables are theirs, so nothing is said to be redone
    result = CliRunner().invoke(main, ["themes", str(out), "--codebook", str(book), "--themes", "2",
                                       "--cache", str(cache)])
    assert result.exit_code == 0 and "still hold the earlier themes" not in result.output, result.output
    result = CliRunner().invoke(main, ["themes", str(out), "--themes", "2", "--cache", str(cache)])
    assert result.exit_code == 0, result.output
    assert not read_record(out)["parameters"]["codebook"]
