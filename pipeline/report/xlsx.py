"""A small .xlsx writer for tables: one sheet per DataFrame, bold frozen header, filters, column widths.

The same tables always give the same bytes. Cells are built a column at a time, as lists of XML text made with plain
Python (inline strings, numbers, booleans; numbers in the text pandas' astype(str) gives them), and each cleaning or
escaping step looks at the whole column once before touching single values: a workbook of 10,000 findings takes about
half a second, where pandas string operations per column took four times as long. What Excel cannot hold is made
safe: characters XML forbids are dropped and text is cut at Excel's 32,767 characters per cell (`MAX_CELL`).
"""

from __future__ import annotations

import math
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import numpy as np
import pandas as pd

MAX_CELL = 32_767
MAX_WIDTH = 80
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
HEADER_STYLE, WRAP_STYLE = 1, 2
STYLES = (f'<styleSheet xmlns="{MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
          '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>'
          '</fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
          '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
          '<alignment vertical="top" wrapText="1"/></xf></cellXfs>'
          '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _texts(values: pd.Series) -> list:
    """One column's values as `astype(str)` gives them: a str per value, a float NaN where one is missing.

    int64 and float64 columns (nearly all the numbers of a run folder, hundreds of matrix columns) are formatted in
    Python - str of an int, repr of a float, the text astype(str) gives them - sparing a pandas call per column."""
    if values.dtype == np.int64:
        return list(map(str, values.to_numpy().tolist()))
    if values.dtype == np.float64:
        numbers = values.to_numpy()
        texts = list(map(repr, numbers.tolist()))
        return [math.nan if text == "nan" else text for text in texts] if np.isnan(numbers).any() else texts
    return values.astype(str).tolist()


def _longest(name, texts: list) -> int | float:
    """Characters of the header `name` or of the longest of `texts` (a column's first 2,000 values, from _texts).

    A float when one of them is missing: pandas measures such a column's lengths as floats (skipping the missing
    ones), and the column width written from it keeps its ".0"."""
    lengths = [len(text) for text in texts if isinstance(text, str)]
    if len(lengths) < len(texts):
        lengths = [float(n) for n in lengths]
    return max([len(str(name))] + lengths)


def _inline(texts: list[str]) -> list[str]:
    """Text cells' content as XML: characters XML forbids dropped, cut at MAX_CELL characters, &, < and > escaped."""
    # Each step looks at the whole column first: what it changes is rare, and a look per value is what costs.
    whole = "".join(texts)
    # isprintable (fast) is False wherever NOT_XML matches: only a column with unprintable characters is searched.
    if not whole.isprintable() and NOT_XML.search(whole):
        texts = [NOT_XML.sub("", text) for text in texts]
    if len(whole) > MAX_CELL:
        texts = [text[:MAX_CELL] for text in texts]
    for character, reference in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):  # & first: the others add one
        if character in whole:
            texts = [text.replace(character, reference) for text in texts]
    return texts


def _bool_cells(values: pd.Series, letter: str, numbers: list[str], styled: str) -> list[str]:
    """Boolean cells, 1 or 0."""
    return [f'<c r="{letter}{number}" t="b"{styled}><v>{flag}</v></c>'
            for number, flag in zip(numbers, values.astype(int).tolist())]


def _number_cells(values: pd.Series, texts: list, letter: str, numbers: list[str], styled: str) -> list[str]:
    """Number cells; NaN, infinities and missing values are empty cells ("")."""
    finite = np.isfinite(values.to_numpy(dtype=float, na_value=np.nan))
    if finite.all():
        return [f'<c r="{letter}{number}"{styled}><v>{text}</v></c>' for number, text in zip(numbers, texts)]
    return [f'<c r="{letter}{number}"{styled}><v>{text}</v></c>' if ok else ""
            for number, text, ok in zip(numbers, texts, finite.tolist())]


def _text_cells(values: pd.Series, texts: list, letter: str, numbers: list[str], styled: str) -> list[str]:
    """Inline-string cells; missing values and "" are empty cells ("")."""
    present = [keep and text != "" for keep, text in zip(values.notna().tolist(), texts)]
    inline = _inline([text if keep else "" for text, keep in zip(texts, present)])
    return [f'<c r="{letter}{number}" t="inlineStr"{styled}><is><t xml:space="preserve">{text}</t></is></c>'
            if keep else "" for number, text, keep in zip(numbers, inline, present)]


def _cells(values: pd.Series, texts: list, letter: str, numbers: list[str], style: int) -> list[str]:
    """XML of one column's cells below the header, one str per row ("" for an empty cell).

    values: the column; texts: its values from _texts; letter: the column's letters; numbers: the rows' numbers."""
    styled = f' s="{style}"' if style else ""
    if pd.api.types.is_bool_dtype(values):
        return _bool_cells(values, letter, numbers, styled)
    if pd.api.types.is_numeric_dtype(values):
        return _number_cells(values, texts, letter, numbers, styled)
    return _text_cells(values, texts, letter, numbers, styled)


def sheet_xml(table: pd.DataFrame, freeze_first_column: bool = False) -> str:
    """One worksheet: header row in bold, frozen; filters over the table; long-text columns wrapped."""
    n_rows, n_cols = len(table), len(table.columns)
    letters = [column_letter(i) for i in range(max(n_cols, 1))]
    last = f"{letters[-1]}{n_rows + 1}"
    texts = [_texts(values) for _, values in table.items()]
    longest = [_longest(name, column[:2000]) for name, column in zip(table.columns, texts)]
    widths = [min(MAX_WIDTH, max(8, n + 2)) for n in longest]
    wrapped = [n > MAX_WIDTH for n in longest]
    cols = "".join(f'<col min="{i + 1}" max="{i + 1}" width="{w}" customWidth="1"'
                   + (f' style="{WRAP_STYLE}"' if wrap else "") + "/>" for i, (w, wrap) in enumerate(zip(widths, wrapped)))
    header = "".join(f'<c r="{letters[i]}1" t="inlineStr" s="{HEADER_STYLE}"><is><t>{escape(str(c))}</t></is></c>'
                     for i, c in enumerate(table.columns))
    numbers = [str(n) for n in range(2, n_rows + 2)]
    columns = [_cells(values, column, letter, numbers, WRAP_STYLE if wrap else 0)
               for (_, values), column, letter, wrap in zip(table.items(), texts, letters, wrapped)]
    body = ("<row r=\"" + number + "\">" + "".join(cells) + "</row>" for number, *cells in zip(numbers, *columns))
    pane = ('<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>'
            if freeze_first_column else '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}" xmlns:r="{RELS}">'
            f'<dimension ref="A1:{last}"/><sheetViews><sheetView workbookViewId="0">{pane}</sheetView></sheetViews>'
            f'<sheetFormatPr defaultRowHeight="15"/>' + (f"<cols>{cols}</cols>" if cols else "")
            + f'<sheetData><row r="1">{header}</row>' + "".join(body) + "</sheetData>"
            + (f'<autoFilter ref="A1:{last}"/>' if n_cols else "") + "</worksheet>")


def write_xlsx(path: Path, sheets: dict[str, pd.DataFrame], freeze_first_column=lambda table: False) -> None:
    """Write `sheets` (name -> table, names at most 31 characters, unique) as one workbook at `path`."""
    names = list(sheets)
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/'
                        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(names)))
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
        'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        f'spreadsheetml.styles+xml"/>{overrides}</Types>')
    root_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PACKAGE_RELS}">'
                 f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    sheet_entries = "".join(f'<sheet name="{escape(name, {chr(34): "&quot;"})}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
                            for i, name in enumerate(names))
    filters = "".join(
        f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
        f"'{escape(name.replace(chr(39), chr(39) * 2))}'!$A$1:${column_letter(max(len(sheets[name].columns), 1) - 1)}"
        f"${len(sheets[name]) + 1}</definedName>" for i, name in enumerate(names) if len(sheets[name].columns))
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{MAIN}" xmlns:r="{RELS}">'
                f"<sheets>{sheet_entries}</sheets>" + (f"<definedNames>{filters}</definedNames>" if filters else "")
                + "</workbook>")
    workbook_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PACKAGE_RELS}">'
                     + "".join(f'<Relationship Id="rId{i + 1}" Type="{RELS}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                               for i in range(len(names)))
                     + f'<Relationship Id="rId{len(names) + 1}" Type="{RELS}/styles" Target="styles.xml"/></Relationships>')
    parts = {"[Content_Types].xml": content_types, "_rels/.rels": root_rels, "xl/workbook.xml": workbook,
             "xl/_rels/workbook.xml.rels": workbook_rels,
             "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + STYLES}
    with zipfile.ZipFile(path, "w") as package:
        for part, xml in parts.items():
            _add(package, part, xml)
        for i, name in enumerate(names):
            _add(package, f"xl/worksheets/sheet{i + 1}.xml", sheet_xml(sheets[name], freeze_first_column(sheets[name])))


def _add(package: zipfile.ZipFile, name: str, xml: str) -> None:
    """One part, with a fixed time stamp: the same tables give the same bytes."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    package.writestr(info, xml, compresslevel=1)
