"""Council documents read right (council63, issues 15 and 18): a plan's progress is the council's action, a decision on
a recommendation's rating is substance, a section of progress on the recommendations is no recommendations section,
and a chair or commissioner from outside named once (a heading, the attendance line) speaks as `independent`.
Fixtures written in our own words."""

from __future__ import annotations

import pytest

from pipeline.classify import classify_text
from pipeline.ingest import ingest
from pipeline.progress_ratings import rates_progress
from pipeline.segment import segment


def _segments(tmp_path, text: str):
    (tmp_path / "board_minutes.txt").write_text(text, encoding="utf-8")
    segments = segment(ingest(tmp_path, text_cache=tmp_path / ".cache").documents).segments
    return {row.text.strip()[:30]: row for row in segments.itertuples()}


@pytest.mark.parametrize("text,rated", [
    ("Recommendation 3 has been completed.", True),
    ("The action on supervision is on track.", True),
    ("The board agreed to move recommendation 2 from red to amber.", True),
    ("Status: amber, on track to be completed by December.", True),  # amber: rated, with no polarity of its own
    ("All actions were complete except action 6, which is carried forward.", True),
    ("Councillor Hughes asked whether the action on chronologies was on track.", False),  # a question
    ("Managers check whether actions are completed.", False),  # a condition
    ("The audit completed in May found that plans were stronger.", False),  # no plan's action
])
def test_a_line_rating_a_plans_progress_is_told_from_others(text, rated):
    assert rates_progress(text) is rated


@pytest.mark.parametrize("text,section", [
    ("Recommendation 3 has been completed.", "Progress against the recommendations"),
    ("The action on supervision is on track.", "Recommendations"),
    ("Return home interviews: take-up reached 68% in August.", "Improvement plan: progress against the Ofsted recommendations"),
    ("Permanence: the average time in pre-proceedings has fallen to 14 weeks.", "Update on the areas for improvement"),
])
def test_progress_on_the_plan_in_a_council_document_is_action_not_recommendation(text, section):
    assert classify_text(text, section, "committee_minutes")[0] == "action"


def test_an_inspection_reports_own_lines_keep_their_kinds():
    """Only council documents: an inspection report's recommendation under its heading stays one, and a council
    paper's recommendations heading still marks the asks under it."""
    assert classify_text("Improve the timeliness of strategy discussions.", "Recommendations",
                         "inspection_report")[0] == "recommendation"
    assert classify_text("Improve the timeliness of strategy discussions.", "Progress against the recommendations",
                         "inspection_report")[0] == "recommendation"
    assert classify_text("Ensure that plans are reviewed within ten days.", "Recommendations",
                         "scrutiny_report")[0] == "recommendation"


def test_a_decision_moving_a_recommendations_rating_is_kept_as_the_councils_action(tmp_path):
    """issue 15: "The board agreed to move recommendation 2 from red to amber" was left out as meeting furniture."""
    said = _segments(tmp_path, "Children's Services Improvement Board\n\nMinutes of the meeting held on 4 June 2024\n\n"
                               "Present: Councillor Smith (Chair), Councillor Jones, the Director.\n\n"
                               "2. Improvement plan\n\n"
                               "The board agreed to move recommendation 2 from red to amber.\n\n"
                               "The board noted the report.\n")
    moved = said["The board agreed to move recom"]
    assert (moved.kind, moved.reason, moved.polarity) == ("action", "", "strength")
    assert said["The board noted the report."].kind == "procedural"


def _board(chair_line: str) -> str:
    return (f"Children's Services Improvement Board\n\nMinutes of the meeting held on 14 March 2024\n\n{chair_line}\n\n"
            "1. Progress against the recommendations\n\n"
            "The Chair said that the pace of change since the inspection had to increase before the summer.\n\n"
            "Jane Doe said that caseloads in the assessment teams were still too high.\n\n"
            "Ms Doe asked whether the new audit tool was used in every team.\n\n"
            "The Commissioner said that leaders now knew their service well.\n\n"
            "The Director said that two team manager posts had been filled since January.\n")


@pytest.mark.parametrize("chair_line,chair,named,commissioner", [
    # named only in a heading above the first item, which is neither a segment nor a section
    ("Chaired by Jane Doe, Independent Chair", "independent", "independent", ""),
    ("Independent Chair: Dr. Jane Doe", "independent", "independent", ""),
    # named only in the attendance line, after a title with a full stop
    ("Present: Dr. Jane Doe, Independent Chair; Councillor Smith; the Director of Children's Services.",
     "independent", "independent", ""),
    # a DfE commissioner in the chair
    ("Chair: John Roe, DfE Commissioner for Children's Services", "independent", "", "independent"),
    # a councillor in the chair: a council committee, whose chair is a member
    ("Present: Councillor Jane Doe (Chair), Councillor Smith.", "member", "", ""),
])
def test_a_chair_or_commissioner_from_outside_named_once_speaks_as_independent(tmp_path, chair_line, chair, named,
                                                                               commissioner):
    said = _segments(tmp_path, _board(chair_line))
    assert said["The Chair said that the pace o"].speaker == chair
    assert said["Jane Doe said that caseloads i"].speaker == named
    assert said["Ms Doe asked whether the new a"].speaker == named
    assert said["The Commissioner said that lea"].speaker == commissioner
    assert said["The Director said that two tea"].speaker == "officer"


def test_the_dfes_intervention_adviser_speaks_as_independent():
    import numpy as np

    from pipeline.furniture import speakers
    from pipeline.patterns import Column

    texts = ["The Children's Services Intervention Adviser said that the board had seen real change since May.",
             "Members of the Children in Care Council said that they wanted fewer changes of worker."]
    said = speakers(Column(np.array(texts, dtype=object)), Column(np.array(["", ""], dtype=object)),
                    np.array([True, True]))
    assert said.tolist() == ["independent", "young person"]


# A ModernGov "Agenda and minutes" page in the layout such pages have (written for this test): the page's header,
# numbered items, each title with its paper's size, the agenda's text, "Additional documents:" and "Minutes:".
MODERNGOV = """<html><head><title>Agenda and minutes - Family Services Scrutiny Panel - Wednesday, 9th October, 2024
2.00 pm - Northmoor Council</title></head><body>
<h1>Agenda and minutes</h1><h2>Family Services Scrutiny Panel</h2>
<p>Wednesday, 9th October, 2024 2.00 pm</p>
<p>Venue: Committee Room 3, Civic Centre, Market Street, Northmoor NM1 4QT</p>
<p>Contact: Priya Lamb, Scrutiny Officer, 01632 960 412</p>
<table><tr><td>No.</td><td>Item</td></tr>
<tr><td>21.</td><td><h4>Apologies for absence</h4><p>Minutes:</p>
<p>Apologies were received from Councillors Fenwick and Otieno.</p></td></tr>
<tr><td>22.</td><td><h4>Minutes of the meeting held on 10 July 2024 <a href="m.pdf">PDF 214 KB</a></h4>
<p>To confirm the minutes of the meeting held on 10 July 2024 as a correct record.</p><p>Minutes:</p>
<p>The minutes of the meeting held on 10 July 2024 were confirmed as an accurate record.</p></td></tr>
<tr><td>23.</td><td><h4>Ofsted inspection: progress on the improvement plan <a href="r.pdf">PDF 388 KB</a></h4>
<p>To receive an update on progress against the recommendations of the inspection published in March 2024.</p>
<p>Additional documents:</p>
<ul><li>Appendix A - Improvement plan tracker, item 23 <a href="a.pdf">PDF 1 MB</a></li>
<li>Appendix B - Performance scorecard, item 23 <a href="b.pdf">PDF 640 KB</a></li></ul>
<p>Minutes:</p>
<p>The Assistant Director reported that 19 of the 27 actions in the plan were complete and that the action on the
timeliness of child protection conferences remained red.</p>
<p>The panel agreed to move the recommendation on supervision from amber to green.</p>
<p>RESOLVED:</p><ol><li>That the progress report be noted.</li>
<li>That the Assistant Director provide the panel with figures on conference timeliness by team before the next
meeting.</li></ol></td></tr>
<tr><td>24.</td><td><h4>Date of next meeting</h4><p>Minutes:</p>
<p>The next meeting of the panel will be held on Wednesday 4 December 2024 at 2.00 pm.</p></td></tr>
</table></body></html>
"""


def test_a_moderngov_page_is_dated_sectioned_and_sorted_into_furniture_and_substance(tmp_path):
    """issue 15 on a ModernGov page: the page's own date, not the earlier meeting's whose minutes an item approves;
    the item's title as the section of its minute, not a further paper listed under "Additional documents:"; the
    furniture out with its reason, and what was decided about the service kept."""
    (tmp_path / "agenda_and_minutes.html").write_text(MODERNGOV, encoding="utf-8")
    documents = ingest(tmp_path, text_cache=tmp_path / ".cache").documents
    assert documents["date"].tolist() == ["2024-10-09"]
    segments = segment(documents).segments
    rows = list(segments.itertuples())

    def row(opening: str):
        return next(r for r in rows if r.text.strip().startswith(opening))

    plan = "Ofsted inspection: progress on the improvement plan"
    for kept in ("The Assistant Director reporte", "The panel agreed to move the r", "That the Assistant Director pr"):
        assert (row(kept).reason, row(kept).section) == ("", plan), kept
        assert row(kept).kind == "action", kept
    for text, reason in (("Apologies were received from C", "apologies"),
                         ("The minutes of the meeting hel", "approval of previous minutes"),
                         ("Appendix A - Improvement plan", "document link or size"),
                         ("That the progress report be no", None),
                         ("The next meeting of the panel", "date of next meeting")):
        assert row(text).kind == "procedural", text
        assert reason is None or row(text).reason == reason, text


def test_a_progress_line_of_a_council_document_stays_action_whatever_the_learned_kind():
    """refine_classes puts the rules' `action` of a rated progress line over the learned kind (council63), in council
    documents only."""
    import numpy as np
    import pandas as pd

    from pipeline.classify import CUE_NAMES
    from pipeline.classify_model import ClassifierModel, LabelSettings, refine_classes

    rows = pd.DataFrame({"text": ["The action on supervision is on track.", "The action on supervision is on track.",
                                  "Caseloads are too high."],
                         "section": ["Recommendations"] * 3, "lead_in": [""] * 3,
                         "doc_type": ["committee_minutes", "inspection_report", "committee_minutes"]})
    dim = 4
    n_cues = len(CUE_NAMES)
    # a model that always says "recommendation" and "neutral", whatever it reads
    settings = LabelSettings(C=1.0, embedding_weight=1.0, lead_in_weight=0.0, margin=0.0)
    model = ClassifierModel(
        classes={"kind": ("finding", "recommendation"), "polarity": ("concern", "neutral")},
        coef={"kind": np.zeros((2, 3 * dim + n_cues)), "polarity": np.zeros((2, 3 * dim + n_cues))},
        intercept={"kind": np.array([0.0, 5.0]), "polarity": np.array([0.0, 5.0])},
        settings={"kind": settings, "polarity": settings}, embedding_model="test")
    out = refine_classes(rows, np.ones((3, dim), dtype=np.float32), model)
    assert out["kind"].tolist() == ["action", "recommendation", "recommendation"]


def test_a_care_leavers_account_of_her_personal_advisers_is_no_meeting_furniture(tmp_path):
    """issue 15: "personal advisers" are a care leaver's practitioners, not people at the meeting; what she said of
    them stays, while the Chair's thanks to her stay furniture."""
    said = _segments(tmp_path, "Corporate Parenting Board\n\nMinutes of the meeting held on 16 January 2025\n\n"
                               "Present: Councillor Moss (Chair), Councillor Patel, the Head of Service.\n\n"
                               "4. Care leavers\n\n"
                               "Leah said that she had had four personal advisers in two years and had to tell her "
                               "story again each time.\n\n"
                               "The Chair thanked Leah for sharing her experience with the Board.\n")
    assert (said["Leah said that she had had fou"].kind, said["Leah said that she had had fou"].reason) == ("finding", "")
    assert said["The Chair thanked Leah for sha"].kind == "procedural"


def test_a_cabinet_papers_note_on_how_its_recommendations_take_effect_is_procedure():
    """use40's item 12: the note before a cabinet paper's recommendations is the council's procedure, not an ask."""
    import pandas as pd

    from pipeline.classify import classify_segments

    texts = ["Please be aware that these recommendations are subject to consideration by the Cabinet and to call-in "
             "before they take effect.",
             "That the Cabinet approves the improvement plan at Appendix 1."]
    rows = pd.DataFrame({"text": texts, "section": ["Report of the Director"] * 2,
                         "doc_type": ["scrutiny_report"] * 2, "lead_in": ["", ""]})
    out = classify_segments(rows)
    assert out["reason"].tolist()[0] == "meeting procedure"
    assert out["kind"].tolist()[1] != "procedural"


@pytest.mark.parametrize("text", [
    "Disabled children's needs are not always met or sufficiently prioritised.",  # the service judged: a finding
    "Visits to children in care have stalled since the team lost two workers.",
])
def test_a_status_word_said_of_the_service_rates_no_plan(text):
    assert not rates_progress(text)


@pytest.mark.parametrize("text,kept", [
    ("Councillor Moss, who had attended as a visiting member with the permission of the Chair, asked about the "
     "housing protocol; the Head of Service said it would be signed in March.", True),
    ("A member queried whether every care leaver had an up-to-date pathway plan.", True),
    ("Councillor Moss asked about the date of the next meeting.", False),
    ("Councillor Patel attended the meeting with the permission of the Chair.", False),
])
def test_a_question_about_the_service_is_left_where_the_rules_put_it_by_the_learned_model(text, kept):
    """issue 15 on a corporate parenting board's page: the learned furniture model had moved a visiting member's
    question on the housing protocol for its clause on attendance; a question on the service tells of it."""
    from pipeline.meeting_verdicts import tells_of_the_service

    assert bool(tells_of_the_service([text])[0]) is kept
