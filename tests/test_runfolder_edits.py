"""A run folder records what the tool wrote (run.json `written`), so a re-run or a stage never replaces a file a
researcher added or edited without saying so: it refuses, naming the file and what to do."""

import json

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.errors import PipelineError
from pipeline.runfolder import (WRITTEN, check_destination, edited_files, file_print, foreign_files, is_run_folder,
                                record_written, writing_into)


def _run_folder(folder, files=None, written=True):
    """A run folder of this tool holding `files` (name -> text), with its `written` record unless written=False."""
    folder.mkdir()
    files = files or {"findings.csv": "finding_id,text\nf1,Caseloads are high.\n", "themes.csv": "theme_id\n0\n"}
    for name, text in files.items():
        (folder / name).write_text(text)
    (folder / "run.json").write_text(json.dumps({"versions": {"council-findings": "0.1"}}))
    if written:
        record_written(folder)
    return folder


def test_the_record_holds_each_files_size_and_digest_and_not_run_json(tmp_path):
    out = _run_folder(tmp_path / "run")
    written = json.loads((out / "run.json").read_text())[WRITTEN]
    assert sorted(written) == ["findings.csv", "themes.csv"]
    assert written["themes.csv"] == {"bytes": len("theme_id\n0\n"), "sha256": file_print(out / "themes.csv")["sha256"]}
    assert is_run_folder(out) and edited_files(out) == [] and foreign_files(out) == []


def test_a_column_added_to_findings_is_an_edit_even_at_the_same_size_a_changed_cell_is(tmp_path):
    out = _run_folder(tmp_path / "run")
    (out / "findings.csv").write_text("finding_id,text,my_code\nf1,Caseloads are high.,A\n")
    assert edited_files(out) == ["findings.csv"]
    assert edited_files(out, ("themes.csv",)) == []  # only what a command writes is asked about
    (out / "findings.csv").write_text("finding_id,text\nf1,Caseloads are HIGH.\n")  # same length, one cell changed
    assert edited_files(out) == ["findings.csv"]
    assert not is_run_folder(out)


def test_a_rerun_over_an_added_file_and_an_edit_names_both_and_says_what_to_do(tmp_path):
    out = _run_folder(tmp_path / "run")
    (out / "my_notes.txt").write_text("to ask the council")
    (out / "coding.csv").write_text("a csv file of the researcher's, though its suffix is a run file's")
    (out / "findings.csv").write_text("finding_id,text,my_code\nf1,Caseloads are high.,A\n")
    with pytest.raises(PipelineError) as refused:
        check_destination(out)
    message = str(refused.value)
    assert "coding.csv (not written by this tool)" in message and "my_notes.txt (not written by this tool)" in message
    assert "findings.csv (changed since the run wrote it)" in message
    assert "move these files out of" in message and "not a run folder" not in message
    assert (out / "my_notes.txt").read_text() == "to ask the council"


def test_a_run_folder_made_before_the_record_is_told_by_suffixes_as_before(tmp_path):
    out = _run_folder(tmp_path / "run", written=False)
    assert is_run_folder(out)
    check_destination(out)
    (out / "my_notes.txt").write_text("x")
    assert foreign_files(out) == ["my_notes.txt"]


def test_a_folder_that_is_no_run_folder_names_what_it_holds(tmp_path):
    out = tmp_path / "thesis"
    out.mkdir()
    (out / "chapter1.docx").write_bytes(b"months of work")
    with pytest.raises(PipelineError, match=r"other files in it \(chapter1.docx\) and not a run folder"):
        check_destination(out)


def test_a_command_refuses_to_replace_an_edited_file_it_writes_and_records_what_it_wrote(tmp_path):
    out = _run_folder(tmp_path / "run")
    (out / "findings.csv").write_text("finding_id,text,my_code\nf1,Caseloads are high.,A\n")
    with pytest.raises(PipelineError, match="findings.csv was changed since this tool wrote it"):
        with writing_into(out, ("findings.csv", "themes.csv")):
            raise AssertionError("the command must not start")
    assert "my_code" in (out / "findings.csv").read_text()
    with writing_into(out, ("matrix_*.csv",)):  # a command that does not write findings.csv goes ahead
        (out / "matrix_authority_theme.csv").write_text("authority\n")
    written = json.loads((out / "run.json").read_text())[WRITTEN]
    assert "matrix_authority_theme.csv" in written
    assert edited_files(out) == ["findings.csv"]  # still the researcher's edit, not taken for the tool's


def test_a_command_on_a_folder_made_before_the_record_notes_the_older_run_files_too(tmp_path):
    out = _run_folder(tmp_path / "run", written=False)
    (out / "notes.txt").write_text("mine")
    with writing_into(out, ("themes.csv",)):
        (out / "themes.csv").write_text("theme_id\n0\n1\n")
    written = json.loads((out / "run.json").read_text())[WRITTEN]
    assert sorted(written) == ["findings.csv", "themes.csv"]  # not the researcher's notes.txt


def _corpus(folder):
    folder.mkdir()
    lines = ["Social workers say their caseloads are too high to visit children often.",
             "Most teams now have manageable caseloads after recruitment.",
             "Managers seldom record why they agree a plan for a child.",
             "Supervision of social workers happens monthly and is reflective.",
             "Young people leaving care are placed in bed and breakfast lodging.",
             "Personal advisers stay in contact with young people after care.",
             "Police officers rarely join meetings about children at risk of harm.",
             "Case records lack a history of events in the child's life."]
    (folder / "wirral_minutes.txt").write_text(
        "Wirral Council\n\nChildren's Scrutiny Committee, 4 June 2021\n\n"
        + "\n\n".join(f"{i}. {s}" for i, s in enumerate(lines * 2, start=1)) + "\n", encoding="utf-8")
    return folder


def test_a_rerun_keeps_a_coders_edited_findings_and_runs_once_it_is_moved_out(tmp_path):
    corpus, out, cache = _corpus(tmp_path / "corpus"), tmp_path / "run", str(tmp_path / "cache")
    arguments = ["run", "--corpus", str(corpus), "--out", str(out), "--themes", "2", "--cache", cache, "--no-report"]
    result = CliRunner().invoke(main, arguments)
    assert result.exit_code == 0, result.output
    assert is_run_folder(out)
    original = (out / "findings.csv").read_text()
    coded = original.replace("\n", ",my_code\n", 1)
    (out / "findings.csv").write_text(coded)
    result = CliRunner().invoke(main, arguments)
    assert result.exit_code == 1 and "findings.csv (changed since the run wrote it)" in result.output
    assert (out / "findings.csv").read_text() == coded
    result = CliRunner().invoke(main, ["themes", str(out), "--themes", "2", "--cache", cache])
    assert result.exit_code == 1 and "findings.csv was changed since this tool wrote it" in result.output
    assert (out / "findings.csv").read_text() == coded
    result = CliRunner().invoke(main, ["matrix", str(out), "--cache", cache])  # writes no findings.csv: goes ahead
    assert result.exit_code == 0, result.output
    (out / "findings.csv").rename(tmp_path / "findings_coded.csv")
    result = CliRunner().invoke(main, arguments)
    assert result.exit_code == 0, result.output
    assert (out / "findings.csv").read_text() == original and (tmp_path / "findings_coded.csv").read_text() == coded


def test_a_rerun_over_saved_searches_is_refused_naming_them_and_goes_ahead_once_they_are_moved(tmp_path):
    out = _run_folder(tmp_path / "run", {"findings.csv": "finding_id,text\nf1,Caseloads are high.\n",
                                         "searches.json": '[{"question": "police at strategy discussions"}]'})
    with pytest.raises(PipelineError) as refused:  # written by the tool, yet the questions are the researcher's
        check_destination(out)
    assert "searches.json (your saved searches" in str(refused.value)
    (out / "searches.json").rename(tmp_path / "searches.json")
    check_destination(out)  # nothing of the researcher's is left to lose
