"""Text from each supported file format, with PDF page furniture (running headers, footers, page numbers) removed.

`read_text(path) -> str` gives the text; `read_document(path) -> ReadDocument` gives it with, for PDFs, the offset
in the text where each page starts and the date the file was made. Both raise InputError naming the file and the
problem for files that cannot be used (empty, binary, encrypted, broken, no text layer, unsupported type).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipeline.errors import InputError

SUPPORTED_SUFFIXES = (".txt", ".md", ".pdf", ".html", ".htm", ".docx")
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\u00a0": " ",
             "\u200b": "", "\ufeff": ""}
PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\s*$", re.IGNORECASE)
# A web page's line-break tag left in its text as written ("AGENDA<br /> Tuesday, 4 March<br />"), as text copied
# from a page's source or an e-paper viewer keeps it: the line break it stands for.
LINE_BREAK_TAG = re.compile(r"[ \t]*<br\s*/?>[ \t]*", re.IGNORECASE)


def _normalise(text: str) -> str:
    for old, new in LIGATURES.items():
        text = text.replace(old, new)
    return LINE_BREAK_TAG.sub("\n", text.replace("\r\n", "\n").replace("\r", "\n"))


def _utf16(data: bytes) -> str | None:
    """The text of UTF-16 bytes (with a byte-order mark, or without one when every other byte of a mostly-ASCII
    text is NUL), else None."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        encoding = "utf-16"
    else:
        sample = data[:4096]
        if len(sample) < 4 or len(sample) % 2:
            return None
        even, odd = sample[0::2], sample[1::2]
        if odd.count(0) > len(odd) * 0.9 and even.count(0) < len(even) * 0.1:
            encoding = "utf-16-le"
        elif even.count(0) > len(even) * 0.9 and odd.count(0) < len(odd) * 0.1:
            encoding = "utf-16-be"
        else:
            return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def decode_text(data: bytes, name: str) -> str:
    """Bytes of a text file as str: UTF-16 (BOM or NUL pattern), UTF-8 (with or without BOM), else Windows-1252."""
    wide = _utf16(data)
    if wide is not None:
        if not wide.strip():
            raise InputError(name, "empty file")
        return wide.lstrip("\ufeff")
    if not data.strip():
        raise InputError(name, "empty file")
    sample = data[:65536]
    if b"\x00" in sample or sum(b < 9 or 13 < b < 32 for b in sample) > len(sample) * 0.05:
        raise InputError(name, "binary content, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Council exports from older Office versions are Windows-1252 (curly quotes, en dashes).
        return data.decode("cp1252", errors="replace")


@dataclass
class ReadDocument:
    """text: the extracted text; page_starts: for a PDF, the offset in text where each page (1, 2, ...) starts
    (an empty page starts where the next one does), else []; made: for a PDF, the ISO date its file was created
    (from its metadata), else ""."""

    text: str
    page_starts: list[int] = field(default_factory=list)
    made: str = ""


def _pdf_made(pdf) -> str:
    """The PDF's creation date (metadata "D:20240201122132+00'00'") as ISO, or "" when absent or unreadable."""
    try:
        stamp = pdf.get_metadata_dict().get("CreationDate", "") or ""
    except Exception:  # damaged metadata never stops the text from being read
        return ""
    match = re.match(r"(?:D:)?((?:19|20)\d\d)(\d\d)(\d\d)", stamp.strip())
    if not match:
        return ""
    try:
        return date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        return ""


def _pdf_pages(path: Path) -> tuple[list[list[str]], str]:
    """Lines of each page; blank strings mark paragraph gaps found from the vertical spacing of lines.

    Read with PDFium (pypdfium2), about 40 times faster than pdfminer on the Ofsted reports: PDFium gives each page's
    text with its line breaks, and the boxes of a line's characters give its height and position.
    """
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower() or "security" in str(error).lower():
            raise InputError(path.name, "encrypted PDF; decrypt it first") from error
        raise InputError(path.name, f"broken or truncated PDF ({error})") from error
    pages: list[list[str]] = []
    made = _pdf_made(pdf)
    try:
        for index in range(len(pdf)):
            try:
                pages.append(_with_gaps(_page_lines(pdf[index])))
            except pdfium.PdfiumError as error:
                if not pages:
                    raise InputError(path.name, f"broken or truncated PDF ({error})") from error
                pages.append([])  # keep what was read before the damage
    finally:
        pdf.close()
    return pages, made


def _page_lines(page) -> list[dict]:
    """Lines of one page top to bottom as dicts with text, top and bottom (points from the page's top edge).

    PDFium breaks a table row into one line per cell; pieces whose vertical middles fall within each other's
    extent are one printed line, joined left to right ("The impact of leaders on social work  Good").
    """
    height = page.get_height()
    textpage = page.get_textpage()
    try:
        n_chars = textpage.count_chars()
        text = textpage.get_text_range(0, n_chars) if n_chars else ""
        pieces = []
        position = 0
        # get_text_range yields one character per PDFium character index, its generated line breaks included.
        for raw in text.split("\n"):
            start, position = position, position + len(raw) + 1
            line = " ".join(raw.replace("\ufffe", "-").split())
            if not line:
                continue
            first = start + len(raw) - len(raw.lstrip())
            last = start + len(raw.rstrip()) - 1
            boxes = [textpage.get_charbox(i, loose=True) for i in {first, (first + last) // 2, last} if 0 <= i < n_chars]
            boxes = [box for box in boxes if box[3] > box[1]] or boxes or [(0.0, 0.0, 0.0, 0.0)]
            pieces.append({"text": line, "left": boxes[0][0] if first < n_chars else 0.0,
                           "top": height - max(box[3] for box in boxes),
                           "bottom": height - min(box[1] for box in boxes)})
    finally:
        textpage.close()
        page.close()
    rows: list[list[dict]] = []
    for piece in sorted(pieces, key=lambda p: p["top"]):
        middle = (piece["top"] + piece["bottom"]) / 2
        row = rows[-1] if rows else None
        if row and (min(p["top"] for p in row) <= middle <= max(p["bottom"] for p in row)
                    or piece["top"] <= (row[0]["top"] + row[0]["bottom"]) / 2 <= piece["bottom"]):
            row.append(piece)
        else:
            rows.append([piece])
    return [{"text": " ".join(p["text"] for p in sorted(row, key=lambda p: p["left"])),
             "top": min(p["top"] for p in row), "bottom": max(p["bottom"] for p in row)} for row in rows]


def _with_gaps(lines: list[dict]) -> list[str]:
    out: list[str] = []
    heights = [line["bottom"] - line["top"] for line in lines] or [10.0]
    typical = sorted(heights)[len(heights) // 2]
    previous_bottom = None
    for line in lines:
        if previous_bottom is not None and line["top"] - previous_bottom > typical * 0.9:
            out.append("")
        out.append(line["text"])
        previous_bottom = line["bottom"]
    return out


def _furniture(pages: list[list[str]]) -> set[str]:
    """Lines that recur at the top or bottom of many pages: running headers and footers."""
    if len(pages) < 3:
        return set()
    edges = Counter()
    for lines in pages:
        content = [l for l in lines if l.strip()]
        for line in set(content[:3] + content[-3:]):
            edges[re.sub(r"\d+", "#", line.strip())] += 1
    return {line for line, count in edges.items() if count >= max(3, len(pages) // 3)}


def pdf_text(path: Path) -> str:
    return pdf_document(path).text


def pdf_document(path: Path) -> ReadDocument:
    """The PDF's text without page furniture, with where each page starts and when the file was made."""
    pages, made = _pdf_pages(path)
    furniture = _furniture(pages)
    kept_pages = []
    for lines in pages:
        kept = [l for l in lines if not PAGE_NUMBER.match(l) and re.sub(r"\d+", "#", l.strip()) not in furniture]
        while kept and not kept[0].strip():
            kept.pop(0)
        while kept and not kept[-1].strip():
            kept.pop()
        kept_pages.append(kept)
    text = ""
    starts = []
    for lines in kept_pages:
        if not lines:
            starts.append(len(text))
            continue
        page = _normalise("\n".join(lines))  # here, so that the page offsets hold for the final text
        # A sentence broken by the page break continues on the next page: join with a space, not a gap.
        if text and not re.search(r"[.:;!?)\]”\"']\s*$", text) and page[:1].islower():
            text += " "
        elif text:
            text += "\n\n"
        starts.append(len(text))
        text += page
    if not text.strip():
        raise InputError(path.name, "PDF has no text layer (scanned images?); OCR it first")
    # an empty page starts where the next page does (a page-number look-up then never lands on it)
    for index in range(len(starts) - 2, -1, -1):
        if not kept_pages[index]:
            starts[index] = starts[index + 1]
    return ReadDocument(text, starts, made)


def html_text(data: bytes, name: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(decode_text(data, name), "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "noscript"]):
        tag.decompose()
    blocks = []
    for element in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "pre"]):
        if element.find(["p", "li", "td"]):
            continue  # a container: its children are taken on their own
        line = " ".join(element.get_text(" ", strip=True).split())
        if line:
            blocks.append(("• " if element.name == "li" else "") + line)
    return "\n\n".join(blocks)


def docx_text(path: Path) -> str:
    import docx

    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx raises zipfile and KeyError types for damaged files
        raise InputError(path.name, f"cannot be opened as a Word document ({type(error).__name__})") from error
    blocks = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if text:
            is_list = paragraph.style is not None and "list" in (paragraph.style.name or "").lower()
            blocks.append(("• " if is_list else "") + text)
    for table in document.tables:
        for row in table.rows:
            cells = [cell.text.strip() for cell in row.cells if cell.text.strip()]
            if cells:
                blocks.append("\t".join(dict.fromkeys(cells)))
    return "\n\n".join(blocks)


def read_text(path: Path | str) -> str:
    """Plain text of one file, by its extension."""
    return read_document(path).text


def read_document(path: Path | str) -> ReadDocument:
    """Text of one file, by its extension, with page starts and creation date for PDFs (see ReadDocument)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(path.name, f"unsupported file type {suffix or '(none)'}; use one of {', '.join(SUPPORTED_SUFFIXES)}")
    data = path.read_bytes()
    if not data.strip():
        raise InputError(path.name, "empty file")
    if suffix == ".pdf":
        if not data.lstrip().startswith(b"%PDF"):
            raise InputError(path.name, "not a PDF (no %PDF header)")
        return pdf_document(path)
    elif suffix in (".html", ".htm"):
        text = html_text(data, path.name)
    elif suffix == ".docx":
        text = docx_text(path)
    else:
        text = decode_text(data, path.name)
    return ReadDocument(_normalise(text))
