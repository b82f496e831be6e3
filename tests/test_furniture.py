"""Ofsted stock text and meeting furniture left out with their reasons; findings that share words with them kept;
who spoke in minutes; document type and author from the text alone.

Minutes fixtures (tests/data/minutes) are written in our own words in the structure of real ModernGov pages
(ieListDocuments, mgAi, ieIssueDetails) and of older text minutes; reports are the real ones in ../shared."""

import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline.classify import classify_segments, classify_text
from pipeline.furniture import REASONS
from pipeline.gazetteer import infer_authority
from pipeline.ingest import explain_doc_type, ingest
from pipeline.segment import segment
from tests.minutes_furniture import furniture_check

MINUTES = Path(__file__).parent / "data" / "minutes"
# ../shared beside the checkout (a worktree one level deeper finds it one level up)
SHARED = next((p / "shared" for p in Path(__file__).resolve().parents[1:4] if (p / "shared").is_dir()),
              Path(__file__).resolve().parents[2] / "shared")
KEPT = {"finding", "action", "recommendation", "context"}


def _flat(text: str) -> str:
    return " ".join(str(text).split())


@pytest.fixture(scope="module")
def minutes():
    documents = ingest(MINUTES).documents
    return documents, segment(documents).segments


def _row(segments: pd.DataFrame, words: str) -> pd.Series:
    found = segments[segments["text"].map(_flat).str.contains(words, regex=False)]
    assert len(found) == 1, f"{words!r} found {len(found)} times"
    return found.iloc[0]


def test_minutes_are_typed_as_minutes_and_their_authors_found(minutes):
    documents, _ = minutes
    by_file = documents.set_index("file")
    assert set(by_file["doc_type"]) == {"committee_minutes"}
    # Hampshire is named in the Isle of Wight's minutes, Hackney in the City of London's: neither is the author
    assert by_file.loc["moderngov_list_documents.html", "authority"] == "Isle of Wight"
    assert by_file.loc["mgai_item.html", "authority"] == "City of London"
    assert by_file.loc["text_minutes_capitals.txt", "authority"] == "Unknown"  # a council not in the gazetteer


@pytest.mark.parametrize("words,reason", [
    ("Venue: Council Chamber", "meeting venue, contact or page furniture"),
    ("sent their apologies", "apologies"),
    ("attended as a substitute", "apologies"),
    ("be approved as a correct record", "approval of previous minutes"),
    ("be signed as a correct record", "approval of previous minutes"),
    ("declared an interest as a governor", "declarations of interest"),
    ("No declarations of interest were made", "declarations of interest"),
    ("The deadline for submitting a written question", "public-speaking rules"),
    ("No public questions were received", "public-speaking rules"),
    ("item 35 pdf icon PDF 1 MB", "document link or size"),
    ("View the background to item 6", "document link or size"),
    ("who was not a member of the Panel, to address the meeting", "who was invited to speak"),
    ("was being deferred to the June meeting", "deferral"),
    ("will be held on Thursday 13 June 2024", "date of next meeting"),
    ("will be held on 12th August 2019", "date of next meeting"),
    ("were in attendance for this item", "attendance"),
    ("Officers Present: Mr T Evans", "attendance"),
    ("left the meeting during this item", "attendance"),
    ("press and public be excluded", "meeting procedure"),
])
def test_meeting_furniture_is_left_out_with_its_reason(minutes, words, reason):
    row = _row(minutes[1], words)
    assert row["kind"] == "procedural" and row["reason"] == reason
    assert reason in REASONS


@pytest.mark.parametrize("words,speaker", [
    ("Councillor Grey asked why the caseloads", "member"),
    ("Members expressed concern that return home interviews", "member"),
    ("The Assistant Director responded that three newly qualified", "officer"),
    ("The inspection letter noted that management oversight", "inspector"),
    ("The Lead Inspector had told the Director", "inspector"),
    ("In response to a question, officers advised", "officer"),
    ("The Head of Quality Assurance reported that inspectors had found", "officer"),
    ("Members welcomed the finding that care leavers", "member"),
    ("Members were concerned that the quality of supervision", "member"),
    ("THAT the Panel requests a quarterly report", ""),  # what was asked for stays, with no speaker named
])
def test_what_was_said_about_the_service_stays_with_who_said_it(minutes, words, speaker):
    row = _row(minutes[1], words)
    assert row["kind"] in KEPT and row["reason"] == ""
    assert row["speaker"] == speaker


def test_agenda_titles_become_sections(minutes):
    segments = minutes[1]
    assert _row(segments, "Councillor Baker asked")["section"] == "OFSTED INSPECTION OF SERVICES FOR CHILDREN IN CARE"
    assert _row(segments, "Councillor Grey asked")["section"] == "Ofsted Inspection of Local Authority Children's Services"
    assert not _row(segments, "The Head of Quality Assurance presented")["text"].startswith("14")


def test_meeting_furniture_is_at_most_one_percent_of_the_findings(minutes):
    kept = minutes[1][minutes[1]["kind"].isin(KEPT)]
    assert len(kept) >= 20
    assert kept["text"].map(furniture_check).mean() <= 0.01, kept[kept["text"].map(furniture_check)]["text"].tolist()


@pytest.mark.parametrize("text,doc_type", [
    ("Minutes of strategy discussions are detailed and show how risk is weighed.", "inspection_report"),
    ("The board has introduced a multi-agency audit programme that is improving practice.", "inspection_report"),
    ("Services for children in need of help and protection in Wakefield are inadequate because there are widespread "
     "and serious failures that leave children at risk of harm.", "inspection_report"),
    ("There has been significant service improvement in looked after children's services", "council_motion"),
])
def test_findings_that_share_words_with_stock_text_stay(text, doc_type):
    assert classify_text(text, "", doc_type)[0] != "procedural"


SIF_REPORT = SHARED / "ofsted_reports_sif" / "brighton-and-hove_2015-jun-22.pdf"


@pytest.mark.skipif(not SIF_REPORT.exists(), reason="../shared/ofsted_reports_sif is not beside the checkout")
def test_stock_text_of_a_sif_report_is_left_out_with_its_reason(tmp_path):
    shutil.copy(SIF_REPORT, tmp_path / SIF_REPORT.name)
    segments = segment(ingest(tmp_path).documents).segments
    kept = segments[segments["kind"].isin(KEPT)]["text"].map(_flat)
    left = segments[~segments["kind"].isin(KEPT)].assign(flat=lambda t: t["text"].map(_flat))
    for words, reason in [("There are no widespread or serious failures", "Ofsted grade descriptor"),
                          ("given the opportunity to review this section", "Ofsted stock text"),
                          ("They read case files, watched how professional staff", "inspection method (stock text)"),
                          ("You may copy all or parts of this document", "licence, contact, publication or page details"),
                          ("Leadership, management and governance Good", "judgement table row")]:
        assert not kept.str.contains(words, regex=False).any(), words
        assert (left.loc[left["flat"].str.contains(words, regex=False), "reason"] == reason).any(), words
    # the report's own findings and its area statistics are kept
    assert kept.str.contains("Elected members are passionate and actively involved as corporate parents").any()
    assert kept.str.contains("481 children were being looked after").any()


DESCRIPTORS_REPORT = SHARED / "ofsted_reports_sif" / "birmingham_2014-may-23.pdf"


@pytest.mark.skipif(not DESCRIPTORS_REPORT.exists(), reason="../shared/ofsted_reports_sif is not beside the checkout")
def test_the_grade_descriptors_at_the_end_of_a_sif_report_are_left_out(tmp_path):
    shutil.copy(DESCRIPTORS_REPORT, tmp_path / DESCRIPTORS_REPORT.name)
    segments = segment(ingest(tmp_path).documents).segments
    flat = segments["text"].map(_flat)
    for words in ("An LSCB that is good coordinates", "Minimum requirements are in place",
                  "The LSCB creates and fosters an effective learning culture"):
        rows = segments[flat.str.contains(words, regex=False)]
        assert len(rows) and (rows["reason"] == "Ofsted grade descriptor").all(), words
    kept = segments[segments["kind"].isin(KEPT)]["text"].map(_flat)
    assert kept.str.contains("The local authority has committed £2 million to improvement work", regex=False).any()


@pytest.mark.parametrize("text,expected", [
    ("Issue - meetings\n\nOfsted Improvement Plan\n\nMeeting: 23/05/2022 - Children and Families Committee (Item 14)\n"
     "\nThe committee received the report on the Ofsted inspection of children's services.", "committee_minutes"),
    ("Agenda item\n\nOfsted inspection report\n\nThe Sub Committee received the report on the inspection.",
     "committee_minutes"),
    ("Children's Scrutiny Panel\n\nAgenda Item No. 8\n\nExecutive Summary\n\nThis report updates members on the "
     "improvement plan after the Ofsted inspection. Minutes from earlier meetings are listed below.", "scrutiny_report"),
    ("Inspection of Kent local authority children's services\n\nInspection dates: 4 to 15 March 2024\n\nThe committee "
     "of leaders met weekly.", "inspection_report"),
])
def test_a_councils_record_of_an_inspection_is_not_the_report(text, expected):
    assert explain_doc_type(text)[0] == expected


def test_a_council_named_in_passing_is_not_the_author():
    iow = ("Children and Young People Scrutiny Panel\nPresent Cllrs A, B\nOfficers Present Ann, Bob\n"
           "Carol Day and Dan Eve (Hampshire County Council)\n\nThe panel discussed the Isle of Wight inspection. "
           "The Isle of Wight must improve its front door.")
    assert infer_authority(iow)[0] == "Isle of Wight"
    city = ("Agenda item\nOfsted inspection reports\nMembers noted that the City and Hackney Safeguarding Children "
            "Board had been judged outstanding.")
    found, how = infer_authority(city)
    assert found is None and "passing" in how
    two = "Minutes\nWalsall officers presented their plan.\nWolverhampton officers presented theirs."
    found, how = infer_authority(two)
    assert found is None and "several councils" in how


def test_an_urgent_item_on_the_inspection_is_not_furniture():
    text = "The Inspector had raised concerns that the panel had not looked at children's social care this year."
    segments = pd.DataFrame({"text": [text], "section": ["Urgent Business"], "doc_type": ["committee_minutes"],
                             "lead_in": [""]})
    assert classify_segments(segments)["kind"].iloc[0] != "procedural"


def test_a_councillors_surname_is_not_a_council():
    text = "Corporate Parenting Committee\nApologies were received from Councillors L Durham and M Grant."
    assert infer_authority(text)[0] is None


# Sentences (our own words) that only record the meeting, in shapes no phrase list above was written for, and
# sentences of the same shape that say something about the service.
@pytest.mark.parametrize("text", [
    "Priya Shah, the Head of Fostering, took the Panel through the report.".replace("took the Panel through", "presented"),
    "The Service Manager for Early Help provided the Committee with a short presentation.",
    "The Board considered a briefing paper by the Director, which summarised the outcome of the monitoring visit.",
    "There were no matters arising from the previous minutes.",
    "Two new co-opted members have joined the Panel in place of members who had stood down.",
    "The meeting would be chaired by the Vice Chair, as the Chair had given apologies.",
    "Councillors A Brown (chair), Patel, O'Neill and Mrs J Green.",
    "Group spokespersons spoke to give the views of their groups.".replace("spokespersons", "leaders"),
    # who was there, named only as a person whatever describes them; people without a role acting at the meeting
    "One of the adopters who had appeared in the short film was also present at the meeting.",
    "A parent who sits on the participation forum attended for this item.",
    "Three young people from the youth forum took turns to address the committee.",
    "Dana Okafor, Designated Nurse for Looked After Children, observed the meeting.",
    "Sam Ito, who has temporarily replaced Lee Moss, joined the Board as its health representative.",
    # a topic given "in relation to", a paper's description, a time
    "The Head of Safeguarding gave the Panel information in relation to the monitoring visit.",
    "Members were referred to the dashboard, which was based on the annual data return and had been circulated.",
    "Members were then given a presentation on the letter immediately following its publication.",
    # a table-printed row: the item's title and its label before the minute
    "| Performance Minutes: The Assistant Director gave the Board an update in relation to performance.",
])
def test_sentences_only_about_the_meeting_are_left_out(text):
    kind = classify_text(text, "", "committee_minutes")[0]
    assert kind == "procedural", text


@pytest.mark.parametrize("text", [
    "The Head of Fostering presented figures showing that 14 new foster carers had been approved this year.",
    "Members noted that the number of children waiting for an assessment had halved.",
    "The Panel asked for a report on the use of agency social workers at its next meeting.",
    "The Director confirmed that the overall judgement of the inspection was good.",
    "Members welcomed the improvement in the timeliness of initial health assessments.",
    "RESOLVED that the Committee receives a quarterly report on placement sufficiency.",
    "The improvement board was chaired independently.",
    "The Head of Service briefly presented the letter, which told members of the visit, which found drift in plans.",
    "The gap had been addressed in the action plan, which set out how the service would tackle the delays.",
    # the same shapes saying something: what was present, who was given what, a clause in the person
    "Drift was present in many of the plans that inspectors sampled.",
    "Families were given information about the early help offer.",
    "Young people who said that their social workers changed too often attended the meeting.",
    "Carers told the committee about delays in paying allowances.",
    "These meetings would be chaired by the commissioner and request updates on progress being made.",
    "Staff were informed of the changes to supervision.",
])
def test_sentences_about_the_service_stay_though_they_name_the_meeting(text):
    assert classify_text(text, "", "committee_minutes")[0] != "procedural", text


# A ModernGov page in our own words: header, then items whose agenda text precedes their "Minutes:" line.
MODERNGOV_PAGE = """Agenda and minutes

Children's Services Scrutiny Panel - Tuesday, 4th March, 2025 6.00 pm

This meeting will be streamed live online and the recording kept for six months on the council's website.

Venue: The Guildhall, Market Street

Contact: Sam Lee, Democratic Services

Items
No. Item

12.

Ofsted Focused Visit Letter pdf icon PDF 230 KB

Members will hear how the service has responded to the letter that followed the focused visit in January.

The Director of Children's Services will take Members through the main points of the letter.

Minutes:

The Director reported that inspectors had found the front door to be timely and well led.

Members were concerned that fourteen children had waited more than six weeks for a review of their plan.

13.

Work Programme

Minutes:

The Panel agreed to add a review of placement sufficiency to its work programme for the summer.
"""


def test_a_moderngov_pages_header_and_agenda_text_are_furniture_by_where_they_stand(tmp_path):
    (tmp_path / "page.txt").write_text(MODERNGOV_PAGE, encoding="utf-8")
    segments = segment(ingest(tmp_path).documents).segments.assign(flat=lambda t: t["text"].map(_flat))
    assert (segments["doc_type"] == "committee_minutes").all()

    def one(words):
        rows = segments[segments["flat"].str.contains(words, regex=False)]
        assert len(rows) == 1, words
        return rows.iloc[0]

    assert one("streamed live online")["kind"] == "procedural"
    for words in ("Members will hear how the service has responded", "will take Members through the main points"):
        assert one(words)["reason"] == "agenda item description", words
    for words in ("inspectors had found the front door", "fourteen children had waited",
                  "add a review of placement sufficiency"):
        assert one(words)["kind"] in KEPT and one(words)["reason"] == "", words


# Resolutions that only note or receive, papers that only carry "findings", "feedback" or "information" on a topic,
# the agenda's "<body> to <act>", empty items and ModernGov's cut-short minutes (sentences in our own words) ...
@pytest.mark.parametrize("text,reason", [
    ("The Committee RESOLVED to note the information on the inspection of children's services.", "only about the"),
    ("RESOLVED: That the Panel notes the findings of the focused visit and the contents of the action plan.",
     "only about the"),
    ("The Scrutiny Board received the findings of the latest inspection of children's services in the borough and "
     "its recommendations.", "only about the"),
    ("The letter summarised the findings of the monitoring visit in May.", "only about the"),
    ("That the inspection report be received and noted.", "only about the"),
    ("The Cabinet to receive an update on the Ofsted inspection of children's services.", "agenda item description"),
    ("Urgent Business There were none.", "meeting procedure"),
    ("Items 9 and 10 would be taken first, followed by item 8.", "only about the"),
    ("Reasons: To formally notify the Committee of the progress made since the focused visit.", "meeting procedure"),
    ("The meeting had been postponed from March and was rescheduled for May.", "only about the"),
    ("The Head of Service presented the report to the Panel and highlighted the following areas.", "only about the"),
    ("Proposed by Councillor Hill that Standing Order 14(2) be suspended for this item.", "meeting procedure"),
    ("The amendment was therefore lost (20:31).", "meeting procedure"),
    ("A recorded vote was then taken on the amendment.", "meeting procedure"),
    ("Sam Patel (Director of Children's Services) will submit a written report on the focused visit.",
     "agenda item description"),
    ("The Committee will also be asked to consider the draft improvement plan.", "agenda item description"),
    ("Jo Reid (Director of Children's Services) submitted a written report on the Ofsted report following an "
     "inspection of services for children in need of help and protection, children looked after and care leavers.",
     "only about the"),
    ("A report on the arrangements for sustaining improvement in the service was presented to the Board by the "
     "Director.", "agenda item description"),
    ("Members asked a number of questions about the findings of the inspection.", "only about the"),
    ("The Board was given a report on the arrangements for sustaining improvement in the service by the Director.",
     "only about the"),
    ("Mrs A Jones (co-opted member) declared that she was a foster carer ... view the full minutes text for item 3.",
     "document link or size"),
    ("Paper copies of the inspection letter had been placed in the members' library.", "document link or size"),
    ("The clerk said that the figures Members had asked for would be circulated within the next fortnight.",
     "document link or size"),
    ("An update on the improvement plan is included in the agenda of the next meeting of the Panel.",
     "date of next meeting"),
    ("Anyone sitting in the public seating area may appear in the recording of this meeting.",
     "meeting venue, contact"),
    ("The Chair may suspend the filming if it disrupts the business of the Panel.", "meeting venue, contact"),
    ("Each speaker will be allowed up to three minutes to put their question.", "public-speaking rules"),
    ("The list of vacant posts was set out in Appendix B to the report.", "document link or size"),
    ("The papers had been marked 'to follow' on the agenda.", "document link or size"),
    ("Mr Khan, who was present observing the meeting, chairs the partnership board.", "attendance"),
    ("The fostering and adoption reports were due in March but both were deferred to the summer.", "deferral"),
    ("A report on children missing education is already scheduled for the next meeting of the Panel.",
     "date of next meeting"),
    ("The Board would be receiving the revised sufficiency strategy at its next meeting in April.",
     "date of next meeting"),
    ("Late items will be taken under the agenda item to which they relate.", "meeting procedure"),
    ("Any further urgent matters will be dealt with at item 12.", "meeting procedure"),
    ("The Assistant Director introduced the report, the purpose of which was to let Members comment on the plan.",
     "agenda item description"),
    ("RESOLVED: That the notes of the last meeting be agreed as an accurate record.", "approval of previous minutes"),
    ("To agree for accuracy the notes of the previous meeting and any matters arising.",
     "approval of previous minutes"),
    ("The Chair told Members that the report should have been classified as Key on its cover.", "meeting procedure"),
    ("The Head of Service said she would circulate the presentation after the meeting.", "agenda item description"),
    # (round 5) a meeting without its quorum, its business carried over; the access-to-information and late-items
    # rows; a decision's reason that only keeps the body informed; an empty options field; a change to who sits on
    # an inquiry; a table row's bars and header before a noting resolution or a list of co-opted members
    ("As the Panel was not quorate, the meeting stood adjourned for ten minutes.", "meeting procedure"),
    ("The Chair announced that there was no quorum and the Committee would adjourn.", "meeting procedure"),
    ("The Chair said the remaining items on the agenda would be taken at a date to be agreed.", "meeting procedure"),
    ("Minutes: No appeals had been made against the refusal of inspection of documents.", "meeting procedure"),
    ("Two papers had been admitted to the agenda by the Chair after it was published.", "meeting procedure"),
    ("To ensure the Committee is kept informed of the work of the improvement board.", "meeting procedure"),
    ("There were no other alternative options considered.", "meeting procedure"),
    ("Councillor Ray asked that the membership of the sufficiency task group be amended after the changes at Council.",
     "attendance"),
    ("| | Co-opted members: the Church and parent governor representatives were unable to attend.", "attendance"),
    ("| | | The Board noted the findings of the monitoring visit set out in Appendix 2 to the report. |",
     "only about the"),
    ("The Head of Early Help presented the information and answered the enquiries of Members.", "only about the"),
    ("Councillor Ray, Cabinet Member for Children, Families and Schools, told the Panel that:-", "only about the"),
    ("Sam Patel, Service Manager, reported on the progress following the focused visit.", "only about the"),
])
def test_contentless_resolutions_summaries_and_agenda_forms_are_left_out(text, reason):
    kind, reason_found = _kind_and_reason(text)
    assert kind == "procedural" and reason_found.startswith(reason), (text, reason_found)


# ... and the same shapes when they say something about the service.
@pytest.mark.parametrize("text", [
    "The Committee RESOLVED to note that the number of children waiting for adoption had fallen.",
    "RESOLVED that the improvement plan be endorsed and that a progress report come to the March meeting.",
    "RESOLVED to note the report and to ask officers for a breakdown of agency staff by team.",
    "Members noted the finding that supervision was too infrequent in the disabled children's team.",
    "The Director presented the outcome of the inspection, which judged services for care leavers to be good.",
    "The Board received feedback from social workers that caseloads were too high.",
    "The report summarised the findings of the visit, which found that plans drifted for children in care.",
    "The Panel noted the improvement in the timeliness of assessments set out in the report.",
    "Members asked a number of questions and requested a briefing on the use of agency staff.",
    "Members asked questions about why the number of children in care had risen.",
    "Reasons: To ensure that the service recruits twenty more social workers.",
    "The visit had been delayed by three months because of staff shortages in the service.",
    "The following concerns about the quality of assessments were raised by members.",
    "Members raised the gap in provision for disabled children aged 16 and 17.",
    "The Director reported that the motion on care leavers' council tax had been carried and the exemption was in place.",
    "Inspectors had found that the service would need to present a stronger case for early help funding.",
    "Twelve recommendations had been made for the council and a further five for the safeguarding partnership.",
    "The partner members said that they briefed their own cabinets but not the rest of their councils.",
    "The Panel had not received the quarterly report on missing children since the summer.",
    "Copies of the care leavers' offer were made available in every family hub.",
    "Members suggested that care leavers be invited to attend the summer events at the town's colleges.",
    "Children in care had been allowed up to two weeks to give their views on the new pledge.",
    # (round 5) a resolution or request that puts a report on the service on a later agenda; a telling verb whose
    # topic is judged or holds a clause; a membership change in the service itself
    "RESOLVED that an update on the improvement plan be included in the agenda of the next meeting of the Panel.",
    "Members asked that a report on missing children be included in the agenda of the next meeting.",
    "Sam Patel, Service Manager, reported on the marked fall in the number of children waiting for assessment.",
    "The Director reported on the progress of the plan, which had slowed because social workers had left.",
    "The membership of the fostering panel was amended to include two care leavers.",
])
def test_resolutions_and_summaries_that_say_something_stay(text):
    assert _kind_and_reason(text)[0] != "procedural", text


def _kind_and_reason(text: str) -> tuple[str, str]:
    frame = pd.DataFrame({"text": [text], "section": [""], "doc_type": ["committee_minutes"], "lead_in": [""]})
    out = classify_segments(frame)
    return out["kind"].iloc[0], out["reason"].iloc[0]


# An issue page whose agenda line has no "Minutes:" line right after it (a presenter's line stands between), in our
# own words in the shape of real ModernGov ieIssueDetails pages.
ISSUE_PAGE = """Issue - meetings

Inspection of Children's Services

Meeting: 12/09/2024 - Children's Partnership Board (Item 6)

Inspection of Children's Services

15 minutes

The Partnership Board to receive early feedback from the recent inspection of children's services - verbal update.

Jo Reid, Interim Director of Children's Services

Minutes:

Jo Reid gave a verbal update as follows:

1.  Inspectors had spent a week on site and had met care leavers, foster carers and social workers.

2.  Inspectors had been positive about the stability of placements for children in care.

The Board RESOLVED to note the update on the inspection.
"""


def test_an_issue_pages_agenda_line_and_noting_resolution_are_furniture(tmp_path):
    (tmp_path / "issue.txt").write_text(ISSUE_PAGE, encoding="utf-8")
    segments = segment(ingest(tmp_path).documents).segments.assign(flat=lambda t: t["text"].map(_flat))
    assert (segments["doc_type"] == "committee_minutes").all()
    kept = segments[segments["kind"].isin(KEPT)]["flat"]
    for words in ("to receive early feedback", "RESOLVED to note the update"):
        assert not kept.str.contains(words, regex=False).any(), words
    assert kept.str.contains("positive about the stability of placements", regex=False).any()


# A ModernGov page printed as a table (our own words, in the shape of real pages): each item a row, its title and
# agenda text, then "Minutes:" and the minute on the same line, a bar ending the row.
TABLE_PAGE = """Apologies for Absence To note any apologies for absence. Minutes: Apologies were received from Councillor Hale. |
Minutes of the Last Meeting To approve the minutes of the meeting held on 2 May 2024. Minutes: RESOLVED:
That the minutes of the meeting held on 2 May 2024 be agreed as a correct record. |
Ofsted Focused Visit To consider the letter that followed the focused visit to the front door in March. Additional documents:
Minutes: The committee heard that inspectors had found referrals were screened within a day.
Members were concerned that eleven children had waited more than a month for a strategy discussion. |
Work Programme To review the committee's work programme for the year. Minutes: The committee added a review of
placement sufficiency to its programme. |
"""


def test_a_moderngov_table_pages_agenda_text_is_furniture_by_where_it_stands(tmp_path):
    (tmp_path / "minutes of the children and families committee.txt").write_text(TABLE_PAGE, encoding="utf-8")
    segments = segment(ingest(tmp_path).documents).segments.assign(flat=lambda t: t["text"].map(_flat))

    def rows(words):
        found = segments[segments["flat"].str.contains(words, regex=False)]
        assert len(found) >= 1, words
        return found

    for words in ("To consider the letter that followed", "To review the committee's work programme"):
        assert (rows(words)["reason"] == "agenda item description").all(), words
    for words in ("referrals were screened within a day", "eleven children had waited",
                  "review of placement sufficiency"):
        assert (rows(words)["kind"].isin(KEPT) & (rows(words)["reason"] == "")).all(), words


# Committee minutes list short findings as bullets; a three- or four-word sentence stays there (not a label, not a
# heading), and short furniture among them is still left out with its reason.
SHORT_BULLETS = """Minutes of the Corporate Parenting Panel

The Head of Service summarised what inspectors had said about the service during the focused visit.

In terms of strengths:

·
Supervision is regular.
·
Caseloads have fallen.
·
Verbal Update
·
Minutes were approved.
"""


def test_short_sentences_of_minutes_stay_and_short_furniture_goes(tmp_path):
    (tmp_path / "panel_minutes.txt").write_text(SHORT_BULLETS, encoding="utf-8")
    segments = classify_segments(segment(ingest(tmp_path, text_cache=tmp_path / ".cache").documents).segments)
    assert (segments["doc_type"] == "committee_minutes").all()
    kinds = dict(zip(segments["text"].str.strip(), segments["kind"]))
    assert kinds["Supervision is regular."] != "procedural"
    assert kinds["Caseloads have fallen."] != "procedural"
    assert kinds.get("Minutes were approved.", "procedural") == "procedural"
    assert "Verbal Update" not in kinds


@pytest.mark.parametrize("text,speaker", [
    ("One young man said that his personal adviser had changed three times in a year.", "young person"),
    ("Two care leavers described how long they had waited for a flat.", "young person"),
    ("Members of the Forum said that they had not met any councillor outside the meeting.", "young person"),
    ("The Children in Care Council representatives presented their survey of placements.", "young person"),
    ("Members of the Committee asked how many care leavers were in education.", "member"),
    ("The Director said that young people were now heard first at every meeting.", "officer"),
])
def test_children_and_young_people_heard_by_the_meeting_are_their_own_speakers(text, speaker):
    """use39: what care leavers told a corporate parenting board could not be told from what members said."""
    import numpy as np

    from pipeline.furniture import speakers
    from pipeline.patterns import Column

    said = speakers(Column(np.array([text], dtype=object)), Column(np.array([""], dtype=object)),
                    np.array([True]))
    assert said[0] == speaker


@pytest.mark.parametrize("text,speaker", [
    ("The Chair, appointed by the Department for Education, said that the pace of change had to increase.",
     "independent"),
    ("The DfE-appointed independent chair noted that caseloads were still too high.", "independent"),
    ("The independent chair of the improvement board welcomed the new audit programme.", "independent"),
    ("In response, the Independent Chair explained that the plan would be reviewed in March.", "independent"),
    ("Members were advised by the independent chair that the plan had been revised.", "independent"),
    # a chair not said to come from outside is the meeting's own (an elected member)
    ("The Chair said that the committee would receive the plan in June.", "member"),
    ("Members were advised by the Chair that the item would be deferred.", "member"),
    ("Councillor Patel, Chair of the Corporate Parenting Board, asked about placement stability.", "member"),
])
def test_a_chair_appointed_from_outside_the_council_is_no_member(text, speaker):
    """left62: an improvement board's DfE-appointed or independent chair is not an elected councillor."""
    import numpy as np

    from pipeline.furniture import speakers
    from pipeline.patterns import Column

    said = speakers(Column(np.array([text], dtype=object)), Column(np.array([""], dtype=object)),
                    np.array([True]))
    assert said[0] == speaker


def _board_minutes(chair_line: str) -> str:
    return (f"Children's Services Improvement Board\n\nMinutes of the meeting held on 14 March 2024\n\n{chair_line}\n\n"
            "1. Progress against the recommendations\n\n"
            "The Chair said that the pace of change since the inspection had to increase before the summer.\n\n"
            "The Director said that two team manager posts had been filled since January.\n\n"
            "In response, the Chair explained that the board would review the plan in April.\n")


@pytest.mark.parametrize("chair_line,speaker", [
    ("Present: the independent chair (appointed by the Department for Education), the Director of Children's "
     "Services, the Lead Member and partners from health.", "independent"),
    ("Present: Jane Doe (Independent Chair), Councillor Smith, the Director of Children's Services.", "independent"),
    ("Present: Councillor Smith (Chair), Councillor Jones, the Director of Children's Services.", "member"),
    ("Present: Councillor Smith, Councillor Jones, the Director of Children's Services.", "member"),
])
def test_the_chair_of_minutes_chaired_from_outside_the_council_is_independent(tmp_path, chair_line, speaker):
    """left62: minutes that name their chair once as independent then write "The Chair said ..." throughout."""
    (tmp_path / "board_minutes.txt").write_text(_board_minutes(chair_line), encoding="utf-8")
    segments = classify_segments(segment(ingest(tmp_path, text_cache=tmp_path / ".cache").documents).segments)
    said = dict(zip(segments["text"].str.strip().str[:30], segments["speaker"]))
    assert said["The Chair said that the pace o"] == speaker
    assert said["In response, the Chair explain"] == speaker
    assert said["The Director said that two tea"] == "officer"
