"""Ingest: manifests, inference, and every kind of bad input answered in one line without losing the rest."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.errors import InputError
from pipeline.ingest import ingest, infer_doc_type, read_manifest

SHARED = Path(__file__).resolve().parents[2] / "shared"
REPORT = next(iter(sorted((SHARED / "authority_reports").glob("*.pdf"))), None)
GOOD = ("Wirral Council Children Sub-Committee minutes, 12 October 2016.\n\n"
        "Ofsted had found that social workers carried high caseloads. The Director advised Members that "
        "recruitment of permanent social workers had begun.\n")


def _status(result, name):
    return next(entry for entry in result.inputs if entry["file"] == name)


def _pdf_bytes(encrypt: bool = False) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    if encrypt:
        writer.encrypt("secret")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def test_good_file_without_manifest_is_inferred_and_noted(corpus):
    result = ingest(corpus)
    doc = result.documents.iloc[0]
    assert doc["authority"] == "Wirral"
    assert doc["date"].startswith("2016")
    assert doc["doc_type"] == "committee_minutes"
    assert doc["doc_id"] == doc["sha256"][:12]
    assert any("inferred" in note for note in result.notes)


@pytest.mark.parametrize("name,content,problem", [
    ("empty.txt", b"", "empty"),
    ("binary.txt", bytes(range(256)) * 40, "binary"),
    ("blank.pdf", None, "text layer"),
    ("locked.pdf", "encrypted", "encrypt"),
    ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog", ""),
    ("notes.xyz", b"some text here", "unsupported"),
])
def test_bad_files_are_skipped_with_a_reason_and_the_rest_kept(corpus, name, content, problem):
    if content is None:
        content = _pdf_bytes()
    elif content == "encrypted":
        content = _pdf_bytes(encrypt=True)
    (corpus / name).write_bytes(content)
    result = ingest(corpus)
    entry = _status(result, name)
    assert entry["status"] == "skipped"
    assert problem.lower() in entry["reason"].lower()
    assert any(note.startswith(name) for note in result.notes)
    assert _status(result, "good.txt")["status"] == "ingested"
    assert len(result.documents) == 1


@pytest.mark.skipif(REPORT is None, reason="../shared/authority_reports is not beside the checkout")
def test_truncated_real_pdf_is_reported(corpus):
    data = REPORT.read_bytes()
    (corpus / "cut.pdf").write_bytes(data[: len(data) // 3])
    result = ingest(corpus)
    entry = _status(result, "cut.pdf")
    # A cut PDF either yields what text survives or is skipped with a reason; it never stops the run.
    assert entry["status"] == "ingested" or entry["reason"]
    assert _status(result, "good.txt")["status"] == "ingested"


def test_windows_1252_text_is_decoded(corpus):
    (corpus / "cp1252.txt").write_bytes("Walsall Council \u2013 the \u201cfront door\u201d is safe.\n".encode("cp1252"))
    result = ingest(corpus)
    text = result.documents.set_index("file").loc["cp1252.txt", "text"]
    assert "\u201cfront door\u201d" in text and "\u2013" in text


def test_duplicates_are_skipped_naming_the_original(corpus):
    shutil.copy(corpus / "good.txt", corpus / "z-copy.txt")
    result = ingest(corpus)
    assert _status(result, "z-copy.txt")["reason"] == "duplicate of good.txt"
    assert len(result.documents) == 1


def test_manifest_values_win_and_unknown_authority_is_kept_with_a_warning(corpus):
    (corpus / "manifest.csv").write_text("file,authority,doc_type,date,title\n"
                                         "good.txt,Atlantis,committee_minutes,2016-10-12,Minutes\n"
                                         "missing.txt,Wirral,committee_minutes,2016,Gone\n")
    result = ingest(corpus)
    doc = result.documents.iloc[0]
    assert doc["authority"] == "Atlantis" and doc["date"] == "2016-10-12" and doc["title"] == "Minutes"
    assert any("Atlantis" in note and "gazetteer" in note for note in result.notes)
    assert _status(result, "missing.txt")["reason"] == "named in manifest.csv but not found"


def test_manifest_without_file_column_is_a_clear_error(corpus):
    (corpus / "manifest.csv").write_text("name,authority\ngood.txt,Wirral\n")
    with pytest.raises(InputError, match="manifest.csv: has no 'file' column"):
        ingest(corpus)
    with pytest.raises(InputError):
        read_manifest(corpus / "manifest.csv")


def test_strict_turns_a_bad_file_into_a_failure(corpus, tmp_path):
    (corpus / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["ingest", "--corpus", str(corpus), str(out), "--strict"])
    assert result.exit_code == 1
    assert "empty.txt" in result.output


def test_a_large_text_file_is_read(corpus):
    paragraph = "Social workers in Walsall report manageable caseloads and regular supervision. " * 20 + "\n\n"
    (corpus / "large.txt").write_text(paragraph * 30_000, encoding="utf-8")  # about 50 MB
    result = ingest(corpus)
    assert _status(result, "large.txt")["status"] == "ingested"
    assert result.documents.set_index("file").loc["large.txt", "n_chars"] > 45_000_000


@pytest.mark.parametrize("text,expected", [
    ("Notice of motion\nThe following notice of motion has been submitted by Councillors", "council_motion"),
    ("Minutes of the meeting of the Children's Scrutiny Committee\nPresent: Cllr A", "committee_minutes"),
    ("Inspection of Walsall local authority children's services\nInspection dates: 4 to 15 October 2021",
     "inspection_report"),
    ("Inspection of Bedford Borough local authority children's services\n\nInspection dates: 15 to 26 November 2021\n"
     "\nLeaders set the agenda for improvement. Minutes of strategy meetings are clear.", "inspection_report"),
    ("A recipe for scones", "other"),
])
def test_doc_type_inference(text, expected):
    assert infer_doc_type(text) == expected


def test_documents_table_has_the_contract_columns(corpus):
    documents = ingest(corpus).documents
    assert list(documents.columns) == ["doc_id", "file", "sha256", "authority", "doc_type", "date", "published",
                                       "inspection_start", "inspection_end", "title", "source", "n_chars", "text",
                                       "page_starts"]
    assert isinstance(documents, pd.DataFrame)


def test_a_manifest_lacking_optional_columns_has_them_inferred(corpus):
    (corpus / "manifest.csv").write_text("file,date\ngood.txt,2016-10-12\n")
    result = ingest(corpus)
    doc = result.documents.iloc[0]
    assert doc["date"] == "2016-10-12"
    assert doc["authority"] == "Wirral" and doc["doc_type"] == "committee_minutes"
    assert any(note.startswith("good.txt") and "inferred" in note for note in result.notes)


def test_what_was_read_is_read_again_after_the_readers_change(tmp_path, monkeypatch):
    """Extracted text is cached by the file's bytes and the readers' code: a file read before a change of the
    readers is read again, not answered from the cache."""
    import pipeline.ingest as ingesting
    from pipeline.cache import Cache

    (tmp_path / "a.txt").write_text("Walsall Council\n\nCaseloads are high.\n", encoding="utf-8")
    cache = Cache(tmp_path / "text")
    reads = []
    real = ingesting.read_document
    monkeypatch.setattr(ingesting, "read_document", lambda path: reads.append(path) or real(path))
    for _ in range(2):
        read, problem, _, _ = ingesting.read_cached((tmp_path / "a.txt", cache))
        assert problem == "" and "Caseloads are high." in read.text
    assert len(reads) == 1
    monkeypatch.setattr(ingesting, "code_digest", lambda names: "the readers after a change")
    ingesting.read_cached((tmp_path / "a.txt", cache))
    assert len(reads) == 2


def test_a_title_that_ends_mid_phrase_runs_on_to_the_next_line():
    from pipeline.ingest import _title

    assert _title("Royal Borough of Kingston upon\nThames\nInspection of services") == \
        "Royal Borough of Kingston upon Thames"
    assert _title("Walsall Council\nMinutes of the meeting") == "Walsall Council"  # a whole line stays alone
    assert _title("Report of the\n\nCabinet") == "Report of the"  # a blank line ends the title


@pytest.mark.parametrize("text, title", [
    ("REF/25/07\nCabinet\n3 March 2025\nChildren's Services Improvement: Progress Report\nReport of the Director",
     "Children's Services Improvement: Progress Report"),
    ("Wednesday, 2nd October, 2024 6.30 pm\nOfsted inspection outcome\nMinutes:", "Ofsted inspection outcome"),
    ("12/09/2023\nCorporate parenting panel update", "Corporate parenting panel update"),
    ("Agenda and minutes\n\nCorporate Parenting Board\n\nMonday, 9th June, 2025 10.00 am", "Corporate Parenting Board"),
    ("Draft minutes\nFamilies Overview and Scrutiny Committee\nPresent:", "Families Overview and Scrutiny Committee"),
    ("Agenda and minutes\n\nVenue: Council Chamber\n", "Agenda and minutes"),  # no body named: the heading stays
])
def test_a_date_line_is_no_title_and_a_meetings_page_heading_gives_way_to_the_body_that_met(text, title):
    from pipeline.ingest import _title

    assert _title(text) == title


def test_an_unknown_manifest_doc_type_is_inferred_and_the_note_lists_the_types_allowed(corpus):
    (corpus / "manifest.csv").write_text("file,doc_type\ngood.txt,cabinet_paper\n")
    result = ingest(corpus)
    assert result.documents.iloc[0]["doc_type"] == "committee_minutes"
    note = next(note for note in result.notes if "cabinet_paper" in note)
    assert "committee_minutes, scrutiny_report, council_motion" in note and "inferred as 'committee_minutes'" in note
