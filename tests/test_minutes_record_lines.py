"""Plain-text minutes: lines of the record the heading rules took for titles are read as text, an item's number and
title set the section of its minute, and the members told something are not its speaker (minutes36).

The fixture is written in our own words in the shape of a plain-text record of a committee: the council and the
committee in capitals, those present under "Present:", co-opted members and apologies on labelled lines, numbered
items with their titles in sentence case, and a resolution whose parts stand on lines of their own."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from pipeline.classify import classify_segments
from pipeline.meeting_told import teller
from pipeline.minutes_layout import numbered_title, record_line
from tests.minutes_segments import row, segments_of

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from coverage import uncovered  # noqa: E402

MINUTES = """NORTHBRIDGE COUNCIL

CHILDREN'S SERVICES SCRUTINY PANEL

Minutes of a meeting of the Scrutiny Panel held at the Civic Centre on Tuesday 14 March 2023 at 2.00 pm

Present:
Councillor A Marsh (Chair)
Councillors B Fenwick, C Holt and D Ridley

Co-opted Members: Ms E Tanner (diocesan representative) and Mr F Okafor (parent governor)

Apologies for Absence: Councillor G Whitby

1 Minutes of the previous meeting

The minutes of the meeting held on 10 January 2023 were agreed as a correct record.

2 Inspection of children's social care by Ofsted

The Panel received a report of the Director on the outcome of the inspection carried out in January 2023.

The Panel was advised that inspectors had judged the service to require improvement to be good overall.

Members were told that caseloads in the assessment teams had risen to an average of twenty-six children per worker.

Members were informed by the Head of Safeguarding that a new duty rota had cut the time taken to start assessments.

Councillor Fenwick asked how many foster carers had been recruited since the summer.

The Director said that inspectors had praised three things:

1 Early help

2 Contact with birth families

RESOLVED: That

(1) the findings of the inspection be noted;

(2) the action plan be endorsed; and

(3) the Panel receive a report on caseloads at its next meeting.
"""
ITEM = "Inspection of children's social care by Ofsted"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("record_lines")
    (path / "northbridge_panel_minutes_2023-03.txt").write_text(MINUTES, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def segments(folder) -> pd.DataFrame:
    return segments_of(folder)


@pytest.mark.parametrize("line,expected", [
    ("Apologies for Absence: Councillor G Whitby", True),
    ("Co-opted Members: Ms E Tanner (diocesan representative) and Mr F Okafor (parent governor)", True),
    ("Councillor A Marsh (Chair)\nCouncillors B Fenwick, C Holt and D Ridley", True),
    ("RESOLVED: That", True),
    ("Resolved -", True),
    ("(2) the action plan be endorsed; and", True),
    ("CHILDREN'S SERVICES SCRUTINY PANEL", False),
    ("Ofsted Inspection of Children's Social Care", False),
    ("Item 4: Ofsted Focused Visit", False),
])
def test_record_lines_are_told_from_titles(line, expected):
    assert record_line(line) is expected


@pytest.mark.parametrize("line,title", [
    ("2 Inspection of children's social care by Ofsted", ITEM),
    ("14. Annual report of the fostering service", "Annual report of the fostering service"),
    ("(1) the findings of the inspection be noted;", ""),
    ("3. That the report be noted.", ""),
    ("Early help", ""),  # no number: not an item's numbered line
    ("4 Apologies for Absence: Councillor G Whitby", ""),
    # a long title naming the inspection and its subject is still the item's
    ("7. Ofsted Inspection of Local Authority Children's Services: What the Inspectors Found for Children Leaving Care",
     "Ofsted Inspection of Local Authority Children's Services: What the Inspectors Found for Children Leaving Care"),
])
def test_numbered_titles(line, title):
    assert numbered_title(line) == title


def test_record_lines_land_among_the_segments_with_a_reason(segments):
    for words in ("Apologies for Absence: Councillor G Whitby", "Co-opted Members: Ms E Tanner",
                  "Councillor A Marsh (Chair)"):
        assert row(segments, words)["reason"] != "", words
    assert row(segments, "Apologies for Absence")["reason"] == "apologies"
    # a resolution's part on a line of its own is read, not dropped as a heading
    assert row(segments, "(2) the action plan be endorsed; and")["reason"] == ""


def test_no_text_of_the_minutes_is_lost(segments):
    spans = list(zip(segments["start"], segments["end"]))
    lost = [MINUTES[a:b] for a, b, why in uncovered(MINUTES, spans, council=True) if why == "lost"]
    assert lost == []
    # and the check finds a piece no span covers
    missing = row(segments, "Apologies for Absence")
    without = [(a, b) for a, b in spans if a != missing["start"]]
    assert [MINUTES[a:b] for a, b, why in uncovered(MINUTES, without, council=True) if why == "lost"] == [
        "Apologies for Absence: Councillor G Whitby"]


def test_the_section_is_the_item_not_an_attendance_line(segments):
    sections = set(segments["section"])
    assert not any("Co-opted" in s or "Apologies for Absence" in s or "Councillor" in s for s in sections)
    for words in ("The Panel was advised that inspectors", "Members were told that caseloads",
                  "the action plan be endorsed", "the Panel receive a report on caseloads"):
        assert row(segments, words)["section"] == ITEM, words
    assert row(segments, "were agreed as a correct record")["section"] == "Minutes of the previous meeting"
    # items of a list under a lead-in are not titles
    assert row(segments, "Contact with birth families")["section"] == ITEM


@pytest.mark.parametrize("words,speaker", [
    ("The Panel was advised that inspectors", ""),
    ("Members were told that caseloads", ""),
    ("Members were informed by the Head of Safeguarding", "officer"),
    ("Councillor Fenwick asked how many foster carers", "member"),
])
def test_the_members_told_are_not_the_speaker(segments, words, speaker):
    assert row(segments, words)["speaker"] == speaker


@pytest.mark.parametrize("text,who", [
    ("Members were reminded by the Chair that the panel would visit the front door in May.", "member"),
    ("The Committee was assured by Ofsted inspectors that the visit was routine.", "inspector"),
    ("Members of the Corporate Parenting Board were updated by Sam Lee, Service Manager, on adoptions.", "officer"),
    ("Members were assured that the plan was on track.", ""),
])
def test_teller(text, who):
    assert teller(text) == who


def test_a_lead_in_where_members_are_told_gives_no_speaker():
    frame = pd.DataFrame({"text": ["Waiting times had fallen.", "Waiting times had fallen."], "section": ["", ""],
                          "doc_type": ["committee_minutes"] * 2,
                          "lead_in": ["Members were advised of the following:", "The Director advised the following:"]})
    assert classify_segments(frame)["speaker"].tolist() == ["", "officer"]


LONG_TITLED = """FOSTERING AND ADOPTION PANEL

5. Declarations of Interest

Councillor Rudd declared that her sister is an approved foster carer.

{title}

The Service Manager presented the report on the inspection. Inspectors found that too many children waited over a
year for a permanent home, and that managers did not check plans often enough.

Members asked why the number of foster carers had fallen. The Service Manager said that fewer families had applied.
"""


@pytest.mark.parametrize("title", [
    "6. Ofsted Inspection of Local Authority Children's Services: Findings for Children in Care and Care Leavers",
    "Ofsted Inspection of Local Authority Children's Services: What Inspectors Found About Permanence for Children in Care",
])
def test_a_long_item_title_starts_its_item_so_the_declarations_item_does_not_swallow_the_minute(title):
    from pipeline.segment import segment_document

    text = LONG_TITLED.format(title=title)
    rows = segment_document({"doc_id": "d", "file": "p.txt", "authority": "Northshire", "doc_type": "committee_minutes",
                             "date": "2024-01-01", "text": text})
    inspected = [r for r in rows if "too many children waited" in r["text"] or "foster carers had fallen" in r["text"]]
    assert len(inspected) == 2
    assert all(r["section"].startswith("Ofsted Inspection of Local Authority") for r in inspected)
    assert all(r["reason"] == "" for r in inspected), [r["reason"] for r in inspected]


def test_speakers_itself_refuses_the_members_told():
    """`furniture.speakers` (not a later mend) gives who told the meeting, or no one, for a passive told line, in the
    text or in the lead-in that introduces a text naming no speaker of its own."""
    from pipeline.furniture import speakers
    from pipeline.patterns import Column

    texts = ["Members were told that caseloads had risen.", "The Board was informed by the Director that visits rose.",
             "Waiting times had fallen.", "The Director said waiting times had fallen.", "Waiting times had fallen."]
    lead_ins = ["", "", "Members were advised of the following:", "Members were advised of the following:",
                "Members were advised of the following"]
    council = np.ones(len(texts), dtype=bool)
    assert speakers(Column(texts), Column(lead_ins), council).tolist() == ["", "officer", "", "officer", ""]
