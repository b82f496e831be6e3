"""The workbook writer: what it writes reads back as written, including text Excel and XML cannot hold as is."""

import re

import numpy as np
import openpyxl
import pandas as pd
import pytest

from pipeline.report.xlsx import MAX_CELL, column_letter, sheet_xml, write_xlsx


@pytest.mark.parametrize("index, letters", [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"),
                                            (702, "AAA")])
def test_column_letters(index, letters):
    assert column_letter(index) == letters


def test_tables_read_back_with_types_escaping_and_limits(tmp_path):
    table = pd.DataFrame({
        "finding_id": ["a-1", "b-2", "c-3", "d-4"],
        "text": ["<script>alert('x')</script> & more", "bell\x07 and form\x0c feed", "x" * (MAX_CELL + 500),
                 "  leading and trailing spaces  "],
        "count": [1, 2, 3, 40_000_000],
        "share": [0.25, float("nan"), 1e-7, -3.5],
        "flag": [True, False, True, False],
        "note": ["", "kept", "", "émigré “quoted” — dash"],
    })
    other = pd.DataFrame({"theme": ["A & B <c>"], "Walsall": [3]})
    path = tmp_path / "book.xlsx"
    write_xlsx(path, {"Findings": table, "M it's & <this>": other}, freeze_first_column=lambda t: t.columns[0] == "theme")

    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Findings", "M it's & <this>"]
    sheet = book["Findings"]
    assert [c.value for c in sheet[1]] == list(table.columns)
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2" and book["M it's & <this>"].freeze_panes == "B2"
    assert sheet.auto_filter.ref == "A1:F5"
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert rows[0][1] == "<script>alert('x')</script> & more"
    assert rows[1][1] == "bell and form feed"
    assert rows[2][1] == "x" * MAX_CELL
    assert rows[3][1] == "  leading and trailing spaces  "
    assert [r[2] for r in rows] == [1, 2, 3, 40_000_000]
    assert rows[0][3] == 0.25 and rows[1][3] is None and rows[2][3] == pytest.approx(1e-7) and rows[3][3] == -3.5
    assert [r[4] for r in rows] == [True, False, True, False]
    assert [r[5] for r in rows] == [None, "kept", None, "émigré “quoted” — dash"]
    assert sheet["B2"].alignment.wrap_text  # long text is wrapped
    assert book["M it's & <this>"]["A2"].value == "A & B <c>"


def test_an_empty_table_still_makes_a_readable_sheet(tmp_path):
    path = tmp_path / "book.xlsx"
    write_xlsx(path, {"Judgements": pd.DataFrame({"doc_id": pd.Series([], dtype=str)}), "Nothing": pd.DataFrame()})
    read = pd.read_excel(path, sheet_name=None)
    assert list(read) == ["Judgements", "Nothing"]
    assert list(read["Judgements"].columns) == ["doc_id"] and read["Judgements"].empty


def _values(xml: str, letter: str) -> list[str]:
    """Cell contents of one column below the header, in row order ("" for a row without that cell)."""
    rows = re.findall(r'<row r="(\d+)">(.*?)</row>', xml)[1:]
    found = []
    for number, cells in rows:
        cell = re.search(rf'<c r="{letter}{number}"[^>]*>(.*?)</c>', cells)
        found.append(re.sub(r"<[^>]+>", "", cell.group(1)) if cell else "")
    return found


def test_numbers_are_written_as_pandas_formats_them_and_non_finite_ones_are_empty():
    table = pd.DataFrame({
        "f64": [0.1, 1e16, 1e-5, -0.0, 1 / 3, float("nan"), float("inf"), -float("inf")],
        "f32": np.array([0.1, 1e16, 1e-5, -0.0, 1 / 3, float("nan"), float("inf"), 2.5], dtype=np.float32),
        "i64": [0, -1, 2**62, 7, 8, 9, 10, 11],
        "nullable": pd.array([1, None, 3, 4, 5, 6, 7, 8], dtype="Int64"),
        "small": np.arange(8, dtype=np.uint8),
    })
    xml = sheet_xml(table)
    for letter, name in zip("ABCDE", table.columns):
        expected = [text if np.isfinite(float(value)) else ""
                    for value, text in zip(table[name].astype(float).fillna(np.nan), table[name].astype(str))]
        assert _values(xml, letter) == expected, name
    assert '<c r="A2"><v>0.1</v></c>' in xml and '<c r="B2"><v>0.1</v></c>' in xml  # float32 as float32


def test_booleans_missing_text_and_characters_xml_forbids():
    table = pd.DataFrame({
        "flag": [True, False, True, False],
        "loose": pd.Series(["a & b", None, "", float("nan")], dtype=object),
        "bad": ["fine", "nul\x00 and \ufffe gone", "<tag>", "x" * (MAX_CELL + 1)],
        "plain": ["one", "two", "three", "four"],
    })
    xml = sheet_xml(table)
    assert '<c r="A2" t="b"><v>1</v></c>' in xml and '<c r="A3" t="b"><v>0</v></c>' in xml
    assert _values(xml, "B") == ["a &amp; b", "", "", ""]
    assert _values(xml, "C")[:3] == ["fine", "nul and  gone", "&lt;tag&gt;"]
    assert _values(xml, "C")[3] == "x" * MAX_CELL
    assert _values(xml, "D") == ["one", "two", "three", "four"]


def test_column_widths_count_characters_as_pandas_does_even_with_a_missing_value():
    # pandas measures a column with a missing value in floats, and the width keeps its ".0" (as it always has).
    xml = sheet_xml(pd.DataFrame({"x": [0.123456789, float("nan")], "y": [0.123456789, 1.0], "z": ["t" * 100, "u"]}))
    widths = re.findall(r'<col min="\d+" max="\d+" width="([^"]+)" customWidth="1"( style="2")?/>', xml)
    assert widths == [("13.0", ""), ("13", ""), ("80", ' style="2"')]
