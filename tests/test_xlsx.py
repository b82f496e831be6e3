"""The workbook writer: what it writes reads back as written, including text Excel and XML cannot hold as is."""

import openpyxl
import pandas as pd
import pytest

from pipeline.report.xlsx import MAX_CELL, column_letter, write_xlsx


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
