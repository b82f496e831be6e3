"""Minutes furniture of issue 15's sixth round: who sits on the committee (resignations, elections, appointments,
voting rights, portfolios changing hands, thanks for a member's service), the code of conduct's text on interests as
agendas print it, reserve members, corrections by minute number, notes in a page's header above its Items line, a
paper handled with a clause that only says what it covers; and a council decision that cites an Act of inspection is
typed as the council's record, not as an inspection report.

The fixtures (tests/data/minutes_members) are written in our own words in the shapes of real pages: a ModernGov page
with "Minutes:" lines and a notice between its contact and its items, and an agenda-and-minutes page with no
"Minutes:" lines whose agenda text stands above each minute."""

from pathlib import Path

import pandas as pd
import pytest

from pipeline.ingest import explain_doc_type
from pipeline.minutes_layout import header_end
from tests.minutes_segments import KEPT, row as _row, segments_of

MEMBERS = Path(__file__).parent / "data" / "minutes_members"


@pytest.fixture(scope="module")
def segments() -> pd.DataFrame:
    return segments_of(MEMBERS)


@pytest.mark.parametrize("words,reason", [
    # the page's notice between its contact and its Items line
    ("Seats for the public are limited", "meeting venue, contact or page furniture"),
    ("Visitors are asked to sign in", "meeting venue, contact or page furniture"),
    # who sits on the panel
    ("had resigned from the Panel after six years", "attendance"),
    ("parent governor representative election", "attendance"),
    ("with Councillor Reid assuming responsibility", "attendance"),
    ("be appointed, with voting rights", "attendance"),
    ("in place of an ordinary Member who sends apologies", "attendance"),
    ("The panel's membership was as at its last sitting", "attendance"),
    # a correction by minute number
    ("Minute 12/25 – delete the word", "approval of previous minutes"),
    # a paper handled, with a clause that only says what it covers
    ("A report was presented informing the Panel of the findings", "only about the meeting (who attended, "
                                                                   "presented, received, noted)"),
    ("Details of the two-day visit were then outlined", "only about the meeting (who attended, presented, "
                                                        "received, noted)"),
])
def test_furniture_is_left_out_with_its_reason(segments, words, reason):
    row = _row(segments, words)
    assert row["kind"] not in KEPT and row["reason"] == reason, (row["section"], row["reason"])


@pytest.mark.parametrize("words", [
    # the code of conduct's text on interests, with no "Minutes:" line to set the agenda apart
    "Members are invited to disclose any disclosable pecuniary interest",
    "which has not been fully discharged",
    "under which goods or services are to be provided",
    "Members in arrears of council tax",
])
def test_the_code_of_conducts_text_on_interests_is_left_out(segments, words):
    assert _row(segments, words)["kind"] not in KEPT


@pytest.mark.parametrize("words", [
    "noted that the number of children waiting for a first visit had fallen",  # thanks, then something said
    "the share of care leavers in education or training had risen",  # a paper presented with what it showed
    "An independent chair had been appointed to the improvement board",  # the service's governance, no committee
    "Members asked that a report on the use of agency social workers",
    "the number of children waiting for an assessment had halved",
    "supervision of newly qualified social workers was still irregular",
])
def test_what_was_said_about_the_service_is_kept(segments, words):
    row = _row(segments, words)
    assert row["kind"] in KEPT and row["reason"] == "", (row["section"], row["reason"])


def test_the_header_runs_to_the_items_line_past_a_notice():
    text = (MEMBERS / "panel_with_announcements.txt").read_text(encoding="utf-8")
    end = header_end(text)
    assert text.index("The meeting may be followed online") < end < text.index("Chairman's Announcements")


def test_a_decision_citing_an_inspection_act_is_a_council_record_not_a_report():
    decision = ("1) That the Secretary of State be sent the improvement plan in Appendix A, which this committee "
                "endorses, as the Inspection of Local Authorities Regulations require.\n"
                "2) That authority be delegated to the Director to make final changes before it is sent to Ofsted.\n")
    assert explain_doc_type(decision)[0] == "committee_minutes"
    report = ("Inspection of Northtown children's services\nInspection dates: 3 to 14 March 2025\n"
              "Ofsted inspected the local authority's services. Leaders should ensure that plans are reviewed.\n")
    assert explain_doc_type(report)[0] == "inspection_report"
