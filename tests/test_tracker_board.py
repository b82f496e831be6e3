"""Recommendations made to the Local Safeguarding Children Board: the Board part of a report is told by its
judgements and headings, and a next report that reviews no Board cannot give such a recommendation a status (use36
audit, scope36). Fixtures written in our own words."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from pipeline.recommendations import extract_recommendations
from pipeline.schema import LEAD_IN
from pipeline.tracker import TrackerParams, track
from pipeline.tracker.board import (NOT_REVIEWED, board_headings, board_part_start, board_recommendations,
                                    reviews_board)

COUNCIL_REC = "Make sure that every child in care has an up to date health check."
BOARD_REC = "Ensure that all partner agencies come to Board meetings and take part in its work."
REPORT = ("Inspection of services for children\n\n"
          "The effectiveness of the Local Safeguarding Children Board (LSCB)\n\n"
          "Recommendations\n\n"
          f"1. {COUNCIL_REC}\n\n"
          "Children in care are seen often. Their health checks are late.\n\n"
          "The Local Safeguarding Children Board (LSCB)\n\n"
          "The Local Safeguarding Children Board requires improvement\n\n"
          "Recommendations\n\n"
          f"2. {BOARD_REC}\n\n"
          "The LSCB meets every two months.\n")
NEXT_TEXT = ("Partner agencies come to meetings about children and take part in them well.\n\n"
             "Every child in care now has an up to date health check.\n")
NEXT_LINES = ["Partner agencies come to meetings about children and take part in them well.",
              "Every child in care now has an up to date health check."]


def _findings(doc_id, text, date, pieces, section, polarity):
    rows = []
    for piece in pieces:
        start = text.index(piece)
        rows.append({"finding_id": f"{doc_id}-{start}", "doc_id": doc_id, "file": f"{doc_id}.txt",
                     "authority": "Northshire", "doc_type": "inspection_report", "date": date, "section": section,
                     "para_ref": "", "start": start, "end": start + len(piece), "text": piece, LEAD_IN: "",
                     "kind": "finding", "polarity": polarity, "voice": "inspectorate"})
    return rows


def _run(next_areas, params=TrackerParams(next_threshold=0.2), hashing_embedder=None):
    findings = pd.DataFrame(_findings("r15", REPORT, "2015-03-02", [COUNCIL_REC, BOARD_REC], "Recommendations",
                                      "neutral")
                            + _findings("r20", NEXT_TEXT, "2020-03-02", NEXT_LINES, "Help and protection",
                                        "strength"))
    documents = pd.DataFrame([{"doc_id": d, "file": f"{d}.txt", "authority": "Northshire",
                               "doc_type": "inspection_report", "date": date, "text": text}
                              for d, date, text in (("r15", "2015-03-02", REPORT), ("r20", "2020-03-02", NEXT_TEXT))])
    areas = [("r15", "overall effectiveness"), ("r15", "local safeguarding children board")] + [
        ("r20", a) for a in next_areas]
    judgements = pd.DataFrame({"doc_id": [d for d, _ in areas], "area": [a for _, a in areas], "grade": 3,
                               "grade_text": "requires improvement", "finding_id": "", "start": 0, "previous": ""})
    recs = extract_recommendations(findings, documents)
    table = track(recs, hashing_embedder.embed(recs["text"].tolist()), documents, findings,
                  hashing_embedder.embed(findings["text"].tolist()), params, judgements)
    status = table[table["part"] == "next_inspection"].drop_duplicates("rec_id").set_index("recommendation")
    return status["status"].to_dict(), status["match"].to_dict()


def test_board_headings_are_short_lines_standing_alone_that_name_the_board():
    starts = board_headings(REPORT)
    assert [REPORT[s:].split("\n")[0] for s in starts] == [
        "The effectiveness of the Local Safeguarding Children Board (LSCB)", "The Local Safeguarding Children Board (LSCB)",
        "The Local Safeguarding Children Board requires improvement"]
    # a sentence about the Board, a numbered item and a contents line are no headings
    assert board_headings("Intro\n\nThe LSCB meets every two months.\n\n3. Ask the LSCB to act.\n\n"
                          "Section 2: the LSCB 29\n\nEnd\n") == []


def test_the_board_part_starts_at_the_first_board_heading_after_the_first_recommendation():
    first = REPORT.index(COUNCIL_REC)
    start = board_part_start(REPORT, ["local safeguarding children board"], first)
    assert REPORT[start:].startswith("The Local Safeguarding Children Board (LSCB)")  # the summary's heading is before
    assert board_part_start(REPORT, ["overall effectiveness"], first) is None  # no Board graded: no Board part
    recs = pd.DataFrame({"rec_id": ["R01", "R02"], "finding_id": ["a", "b"]})
    starts = {"a": first, "b": REPORT.index(BOARD_REC)}
    assert board_recommendations(recs, starts, REPORT, ["local safeguarding children board"]) == {"R02"}
    assert board_recommendations(recs, starts, REPORT, []) == set()


def test_a_report_reviews_the_board_when_it_grades_it_or_heads_a_part_with_it():
    assert reviews_board(REPORT, [])
    assert reviews_board("No heading here.\n", ["effectiveness of the LSCB"])
    assert not reviews_board(NEXT_TEXT, ["overall effectiveness", "impact of leaders"])


def test_a_board_recommendation_is_not_mentioned_when_the_next_report_reviews_no_board(hashing_embedder):
    statuses, matches = _run(["overall effectiveness"], hashing_embedder=hashing_embedder)
    assert statuses[BOARD_REC] == "not mentioned" and matches[BOARD_REC] == NOT_REVIEWED
    assert statuses[COUNCIL_REC] == "improved" and matches[COUNCIL_REC] != NOT_REVIEWED
    # without the rule, the next report's line on other meetings would have called it improved
    off, _ = _run(["overall effectiveness"], replace(TrackerParams(next_threshold=0.2), board_scope=False),
                  hashing_embedder)
    assert off[BOARD_REC] == "improved"


def test_a_next_report_that_reviews_the_board_still_speaks_to_it(hashing_embedder):
    statuses, matches = _run(["overall effectiveness", "local safeguarding children board"],
                             hashing_embedder=hashing_embedder)
    assert statuses[BOARD_REC] == "improved" and matches[BOARD_REC] != NOT_REVIEWED
