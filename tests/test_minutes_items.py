"""Minutes read item by item: a sentence sits under its item's title, sections of the previous minutes and apologies
yield to a sentence that says something, papers that only name what they cover, rows of tables set out as text,
grade rows, decision records' "Purpose" field (issue 15, round 4).

The fixtures (tests/data/minutes_items) are written in our own words in the shapes of real ModernGov pages: a page
printed as a table (one row per item, "Minutes:" inline, a bar ending the row), a page listing items under their
numbers ("7/3") with "Minutes:" lines, and a decision record."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from pipeline.meeting_verdicts import about_the_meeting
from pipeline.minutes_layout import item_titles
from pipeline.patterns import Column
from tests.minutes_segments import KEPT, row as _row, segments_of

ITEMS = Path(__file__).parent / "data" / "minutes_items"


@pytest.fixture(scope="module")
def segments() -> pd.DataFrame:
    return segments_of(ITEMS)


def test_item_titles_are_read_from_number_lines_paper_links_and_table_rows():
    listed = item_titles((ITEMS / "listed_items.txt").read_text(encoding="utf-8"))
    assert [title for _, title in listed] == [
        "Welcome and Apologies", "Declarations of Interest", "Notes of the Meeting held on 8 January 2025",
        "Ofsted Focused Visit to Services for Children in Care"]
    table = item_titles((ITEMS / "table_rows.txt").read_text(encoding="utf-8"))
    assert [title for _, title in table] == [
        "Election of Vice-Chair", "Declarations of Interest", "Membership of the Panel", "Public Questions",
        "Early Years Update"]
    assert item_titles("Cabinet\n\n1.\n\nApologies\n\nApologies were received.") == []  # no "Minutes:" lines


@pytest.mark.parametrize("words,reason", [
    # a table-printed row: its title, not the page's last heading, is the section of its minute
    ("that Councillor Green be elected Vice-Chair", "meeting procedure"),
    ("her son works as a youth worker", "declarations of interest"),
    ("The membership would stay as agreed", "attendance"),
    ("Each resident would have three minutes", "public-speaking rules"),
    # a line inside a minute ("Non-Pecuniary") read as a heading does not replace its item's title
    ("Governor – Hillside Church of England Primary School.", "declarations of interest"),
    ("Trustee – Riverside Youth and Community Club.", "declarations of interest"),
    # the previous minutes: approved, corrected, their matters arising empty; apologies not sent
    ("agreed subject to the following amendment", "approval of previous minutes"),
    ("There were no matters arising from the January", "approval of previous minutes"),
    ("Members who had not sent apologies", "approval of previous minutes"),
    ("Apologies were received from Councillor Hart.", "apologies"),
    # a paper that only names what it covers
    # (its parts named one after another: what a paper holds, pipeline.paper_contents, furniture64)
    ("The presentation outlined the responsibilities and priorities", "document link or size"),
    ("It described the membership of the partnership board", "only about the meeting (who attended, presented, "
                                                              "received, noted)"),
    ("was contained in the submitted report", "document link or size"),
    # a decision record's "Purpose:" field is the agenda's account of the item
    ("Board members are to be shown slides on how the coming monitoring visit will run", "agenda item description"),
])
def test_furniture_of_an_item_is_left_out_with_its_reason(segments, words, reason):
    row = _row(segments, words)
    assert row["kind"] not in KEPT and row["reason"] == reason, (row["section"], row["reason"])


@pytest.mark.parametrize("words", [
    # said under a section of furniture, about the service: kept
    "mental health service had been rated good",
    "a report on the use of unregistered placements be brought",
    # a paper's content said, or a finding reported, after a naming verb
    "The report outlined that the number of children with three or more moves",
    "The letter highlighted weaknesses in the recording of visits",
    # a grade row of the judgement table, no full stop
    "Children in care Good",
    # a row's minute under its own title
    "take-up of funded places for two-year-olds had risen to 80 per cent",
    "Members asked that the next update include the waiting lists",
    # a later meeting named in a clause after the one that says when the visit is due
    "The visit was expected in the spring",
    "waiting times for needs assessments had fallen",
    # a decision record's contact at its foot is no page header: what stands above it is read (round 5)
    "judged by inspectors to have significant weaknesses",
])
def test_what_was_said_about_the_service_is_kept(segments, words):
    row = _row(segments, words)
    assert row["kind"] in KEPT and row["reason"] == "", (row["section"], row["reason"])


def test_rows_of_a_table_of_members_set_out_as_text_are_names_not_findings():
    texts = ["Governor – Park Lane Church of England Primary School.", "Chair – North Town Youth Forum.",
             "Care Leavers – Good", "Caseloads – still too high in the east team."]
    _, names = about_the_meeting(Column(texts), np.ones(len(texts), dtype=bool))
    assert names.tolist() == [True, True, False, False]
