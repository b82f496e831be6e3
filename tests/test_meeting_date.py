"""The meeting date a council document states about itself (pipeline/meeting_date.py), and ingest's use of it
when the manifest gives only a year. Fixtures are written for these tests in the shape of council pages and
minutes (own words)."""

from __future__ import annotations

from pipeline.display import date_text
from pipeline.ingest import ingest
from pipeline.meeting_date import stated_meeting_date

ISSUE_PAGE = ("Issue - meetings\n\nCorporate parenting update\n\n"
              "Meeting: 05/03/2019 - Children and Families Scrutiny Panel (Item 7)\n\n"
              "7 Corporate parenting update\n\nMinutes:\n\nThe panel heard that the Ofsted inspectors had found "
              "caseloads too high in the assessment teams.\n")
AGENDA_PAGE = ("Agenda and minutes\n\nChildren's Overview and Scrutiny Committee - Tuesday, 5th March, 2019 "
               "6.30 pm\n\nVenue: Room 2, Civic Centre\n\nContact: Committee Services\n\nItems\n\n"
               "3. Minutes\n\nTo approve as a correct record the minutes of the meeting held on 12 February 2019.\n")
MINUTES_TITLE = ("MINUTES of a meeting of the Children's Services Select Committee held at County Hall on "
                 "Tuesday 5 March 2019.\n\nPresent: Councillors Hale (Chair), Okafor and Reid.\n")
DATE_LINE = "Children's Improvement Board\n\nDate: 05/03/2019\nTime: 2.00 pm\n\n1. Ofsted action plan\n"
ONLY_BUSINESS = ("Agenda item\n\nOfsted inspection of children's social care\n\nMinutes:\n\n"
                 "The minutes of the meeting held on 12 February 2019 were agreed as a correct record.\n\n"
                 "Work began before the report was published, such as the decision at Full Council on "
                 "Friday 5 April 2019 to reshape the corporate parenting panel, which members welcomed.\n"
                 "Date of next meeting: Tuesday 9 April 2019\n")


def test_the_meeting_date_is_read_from_the_documents_own_statements():
    assert stated_meeting_date(ISSUE_PAGE) == "2019-03-05"
    assert stated_meeting_date(AGENDA_PAGE) == "2019-03-05"
    assert stated_meeting_date(MINUTES_TITLE) == "2019-03-05"
    assert stated_meeting_date(DATE_LINE) == "2019-03-05"
    assert stated_meeting_date("Cabinet Member for Children \u2013 Minutes \u2013 5 March 2019\n\nThe member noted "
                               "the inspection.\n") == "2019-03-05"


def test_dates_of_other_meetings_and_bodies_are_not_the_documents():
    assert stated_meeting_date(ONLY_BUSINESS) is None
    assert stated_meeting_date("Meeting: 31/02/2019 - Cabinet (Item 4)\n") is None  # no such day
    assert stated_meeting_date("Members asked for the minutes - 5 March 2019 was agreed as the date for them.\n") is None


def test_a_manifest_year_takes_the_day_the_text_states_and_says_when_there_is_none(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "dated.txt").write_text(ISSUE_PAGE, encoding="utf-8")
    (corpus / "undated.txt").write_text(ONLY_BUSINESS, encoding="utf-8")
    (corpus / "other_year.txt").write_text(DATE_LINE, encoding="utf-8")
    (corpus / "manifest.csv").write_text("file,authority,doc_type,date\n"
                                         "dated.txt,Wirral,committee_minutes,2019\n"
                                         "undated.txt,Wirral,committee_minutes,2019\n"
                                         "other_year.txt,Wirral,committee_minutes,2018\n", encoding="utf-8")
    result = ingest(corpus)
    dates = result.documents.set_index("file")["date"]
    assert dates["dated.txt"] == "2019-03-05" and dates["undated.txt"] == "2019" and dates["other_year.txt"] == "2018"
    how = {row["file"]: row.get("date_from") for row in result.inputs}
    assert how["dated.txt"] == "manifest year; day from the meeting date the text states"
    assert how["undated.txt"] == "manifest (year only; no day stated)"
    assert any("other_year.txt" in note and "2019-03-05" in note for note in result.notes)


def test_without_a_manifest_date_the_stated_meeting_date_comes_before_the_first_date_at_the_top(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "agenda.txt").write_text(AGENDA_PAGE.replace("Tuesday, 5th March, 2019 6.30 pm",
                                                           "Tuesday, 5th March, 2019 6.30 pm\n12 January 2019"),
                                       encoding="utf-8")
    result = ingest(corpus)
    assert result.documents["date"].iloc[0] == "2019-03-05"
    assert result.inputs[0]["date_from"] == "meeting date the text states"


def test_a_year_alone_is_shown_as_a_year_with_no_day():
    assert date_text("2019") == "2019, day not stated"
    assert date_text("2019-03-05") == "2019-03-05"
    assert date_text("") == "date not stated" and date_text(None) == "date not stated"
