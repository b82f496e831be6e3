"""report.html's Tracker view takes the tracker's rows authority by authority from A to Z (pipeline/report/data.py),
not in the order of the reports' doc_ids, keeping each authority's rows in the order the tracker wrote them."""

import pandas as pd

from pipeline.report.data import _extra_tables


def test_the_tracker_rows_go_to_the_page_by_authority_a_to_z_keeping_their_order_within_one(tmp_path):
    pd.DataFrame({
        "rec_id": ["R01", "R01", "R02", "R01", "R01"],
        "authority": ["Rochdale", "lambeth", "lambeth", "Devon", "Torbay"],
        "report_file": ["r.pdf", "l.pdf", "l.pdf", "d.pdf", "t.pdf"],
        "recommendation": ["Plans", "Permanence", "Life-story work", "Strategy discussions", "Supervision"],
        "quote": ["", "", "", "", ""],
    }).to_csv(tmp_path / "tracker.csv", index=False)
    table = _extra_tables(tmp_path)["tracker"]
    at = table["columns"].index("authority")
    said = table["columns"].index("recommendation")
    assert [row[at] for row in table["rows"]] == ["Devon", "lambeth", "lambeth", "Rochdale", "Torbay"]
    assert [row[said] for row in table["rows"]][1:3] == ["Permanence", "Life-story work"]
