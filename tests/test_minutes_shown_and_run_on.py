"""What was shown to the meeting, registers of interests, agenda packs and pages whose lines were run together
(issue 15, thirteenth round, branch furniture16). Furniture: something shown to the meeting's people in the passive
("... were shared with members"), a verbless line of a person's name with employer or standing, an agenda pack's
entry with its pages in brackets, a meeting room's hearing loop or headsets, a meeting section's title run into the
sentence under it. Kept: the same shapes that say something about the service, and a list's lead-in that says what
the inspection found. Also a web page's literal line-break tag read as a line break, and a page whose lines were run
together told as the record of a meeting. All sentences are our own words."""

import pytest

from pipeline.furniture import LIST_LEAD_IN, glued_section
from pipeline.ingest import explain_doc_type
from pipeline.readers import _normalise
from pipeline.segment import _slight
from tests.minutes_segments import minutes_kinds


FURNITURE = [
    # something shown to the meeting's people, named and not said
    "The draft vision and its five priorities were shared with the committee.",
    "A timeline for the improvement programme was presented to members.",
    # a register of interests set out as lines of names
    "R Okafor Employed at a local academy trust, and a parent of a pupil at Hillside Primary.",
    "Councillor Meade, governor of St Anne's School.",
    # an agenda pack's entry with its pages
    "Early Help Update - Head of Early Help (Pages 21 - 34)",
    # access to the meeting's rooms
    "A hearing loop is fitted in the council chamber.",
    "Portable headsets are available from the reception desk.",
    # a meeting section's title run into the first sentence under it, where the page's layout was lost
    "Terms of Reference The panel will meet four times a year.",
    "Declarations of Interest No interests were declared.",
]

KEPT = [
    # what was shown to people outside the meeting, or promised, or judged
    "The vision for SEND had been shared with schools and parents across the borough.",
    "Figures on the recruitment campaign would be given to members in May.",
    "Serious concerns about delays in assessments were shared with the Board.",
    # a person's name with a sentence of its own
    "R Okafor, the new head of the virtual school, had started in September and was reviewing every plan.",
    # a page of a plan cited inside a finding, not an agenda entry
    "Members were concerned that the plan gave no date for reducing caseloads below 20.",
    # a title that is no meeting section
    "Ofsted Inspection Outcome The inspectors judged services for care leavers to require improvement.",
]


@pytest.mark.parametrize("text", FURNITURE)
def test_furniture_left_out(text):
    assert minutes_kinds([text]) == ["procedural"], text


@pytest.mark.parametrize("text", KEPT)
def test_service_kept(text):
    assert minutes_kinds([text]) != ["procedural"], text


def test_glued_section_title_only_at_the_start_and_only_a_meeting_section():
    assert glued_section("Apologies for Absence Members are asked to send apologies.") == (
        "apologies", "Members are asked to send apologies.")
    assert glued_section("12. DECLARATIONS OF INTEREST There were none.")[0] == "declarations of interest"
    assert glued_section("Apologies were received from two members.") == (
        "", "Apologies were received from two members.")
    assert glued_section("Ofsted Inspection Outcome The inspectors found ...")[0] == ""


def test_lead_in_that_says_what_the_inspection_found_is_kept_in_minutes():
    judged = "Inspectors had identified three areas to improve, which were:"
    graded = "The overall judgement was inadequate, with each area graded as follows:"
    plain = "The Director highlighted the following points:"
    assert _slight(judged, "paragraph", minutes=True) == ""
    assert _slight(graded, "paragraph", minutes=True) == ""
    assert _slight(plain, "paragraph", minutes=True) == LIST_LEAD_IN
    assert _slight(judged, "paragraph", minutes=False) == LIST_LEAD_IN  # an Ofsted report's lead-ins unchanged


def test_line_break_tag_read_as_a_line_break():
    assert _normalise("FORUM AGENDA<br /> Tuesday, 4 March<br/>at 4 pm<BR>") == "FORUM AGENDA\nTuesday, 4 March\nat 4 pm\n"


def test_run_on_page_told_as_minutes_by_its_labels_inside_the_line():
    run_on = ("Corporate Parenting Panel Tuesday, 4 March 2025 6.00 pm Venue: Committee Room 2, Civic Centre Contact: "
              "J Bloggs No. Item Election of Chair To elect a Chair for the year. The panel received the annual "
              "report on children in care.")
    assert explain_doc_type(run_on)[0] == "committee_minutes"
    # the same words set out on lines were already read by the anchored signs; a report with many lines is not
    # read by the run-on signs
    report = "\n".join(["Report to the Children's Scrutiny Panel", "Summary of progress",
                        "This report sets out progress since the inspection (the workshop venue: Room 2).",
                        "Caseloads have fallen in every team.", "Recommendations", "Members note the report."] * 2)
    assert explain_doc_type(report)[0] == "scrutiny_report"
