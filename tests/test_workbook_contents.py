"""The workbook's Contents sheet says why a sheet that may be empty in a good run has no rows."""

import pandas as pd

from pipeline.report.workbook import CONTENTS, _sheets

PAIR_COLUMNS = "authority,other,theme_id,theme_label,share,share_other,differs\n"


def _notes(run_dir):
    contents = _sheets(run_dir)[CONTENTS]
    return dict(zip(contents["sheet"], contents["note"]))


def test_an_empty_pairs_sheet_says_a_pair_needs_two_documents_of_each_authority(tmp_path):
    (tmp_path / "comparison_pairs.csv").write_text(PAIR_COLUMNS)
    (tmp_path / "comparison_pairs_broad.csv").write_text(PAIR_COLUMNS)
    notes = _notes(tmp_path)
    assert notes["Authority pairs"].startswith("no pairs in this run: a pair needs two authorities with two or more")
    assert notes["Authority pairs (broad)"].startswith("no pairs in this run")


def test_a_pairs_sheet_with_rows_keeps_its_usual_note(tmp_path):
    (tmp_path / "comparison_pairs.csv").write_text(PAIR_COLUMNS + "Walsall,Wirral,3,Caseloads,0.2,0.1,True\n")
    notes = _notes(tmp_path)
    assert notes["Authority pairs"].startswith("two authorities side by side per theme")
    assert "no pairs" not in notes["Authority pairs"]
    assert isinstance(_sheets(tmp_path)["Authority pairs"], pd.DataFrame)
