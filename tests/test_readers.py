"""Text extraction per format, with the real PDF reader on real Ofsted reports where ../shared is present."""

from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.readers import SUPPORTED_SUFFIXES, decode_text, read_text

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_html_keeps_headings_paragraphs_and_list_items_and_drops_scripts(tmp_path):
    page = tmp_path / "minutes.html"
    page.write_text("<html><head><script>var x = 1;</script><style>p{}</style></head><body><nav>Home</nav>"
                    "<h2>Ofsted inspection</h2><p>The Director advised Members that caseloads had fallen.</p>"
                    "<ul><li>Chronologies are now in place.</li></ul></body></html>", encoding="utf-8")
    text = read_text(page)
    assert "Ofsted inspection" in text and "caseloads had fallen" in text
    assert "• Chronologies are now in place." in text
    assert "var x" not in text and "Home" not in text


def test_docx_paragraphs_and_tables(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Scrutiny report", level=1)
    document.add_paragraph("Management oversight is not consistently evident.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Overall effectiveness"
    table.rows[0].cells[1].text = "Inadequate"
    path = tmp_path / "report.docx"
    document.save(path)
    text = read_text(path)
    assert "Management oversight is not consistently evident." in text
    assert "Overall effectiveness\tInadequate" in text


def test_markdown_and_utf8_bom(tmp_path):
    path = tmp_path / "notes.md"
    path.write_bytes("\ufeff# Notes\n\nSocial workers\u2019 caseloads are high.".encode("utf-8"))
    assert read_text(path).startswith("# Notes")


@pytest.mark.parametrize("data,problem", [(b"", "empty"), (b"\x00\x01\x02binary" * 50, "binary")])
def test_unusable_text(data, problem):
    with pytest.raises(InputError, match=problem):
        decode_text(data, "x.txt")


def test_unsupported_type_names_the_file(tmp_path):
    path = tmp_path / "sheet.xlsx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError, match=r"sheet.xlsx: unsupported file type .xlsx"):
        read_text(path)
    assert ".pdf" in SUPPORTED_SUFFIXES


def test_pdf_without_header_is_refused(tmp_path):
    path = tmp_path / "fake.pdf"
    path.write_text("just text")
    with pytest.raises(InputError, match="not a PDF"):
        read_text(path)


@pytest.mark.parametrize("name", ["walsall_2021-nov-26.pdf", "west-sussex_2016-jan-20.pdf"])
def test_real_pdf_has_no_running_headers_or_page_numbers(name):
    text = read_text(CORPUS / name)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert len(text) > 20_000
    repeated = {line for line in lines if lines.count(line) >= 4 and len(line) > 25}
    assert not repeated, repeated
    assert not any(line.isdigit() for line in lines)
    assert "\n\n" in text  # paragraph gaps kept for the segmenter


def test_sentence_across_page_break_is_joined():
    text = read_text(CORPUS / "walsall_2021-nov-26.pdf")
    assert "This results in a missed opportunity for the multi-agency partnership" in " ".join(text.split())
