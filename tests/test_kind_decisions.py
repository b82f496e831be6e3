"""A council body's own decision on its inspection, its plan or the recommendations is an action; what the
inspectorate asks stays a recommendation (kind42, issues 15 and 18). Fixtures are written in our own words."""

import pytest

from pipeline.classify import classify_text

MINUTES = "committee_minutes"


@pytest.mark.parametrize("text, section", [
    ("(1) That the improvement plan drawn up after the inspection be endorsed.", "RESOLVED"),
    ("RESOLVED: That the Head of Service report progress on the plan to the Committee in six months.", ""),
    ("That the Panel receive a further report in the spring on recommendations 2 and 6, including how many children "
     "wait for a visitor.", "Progress on the inspectors' recommendations"),
    ("b) That the Corporate Parenting Board be asked to monitor the actions on the first three recommendations.",
     "RESOLVED"),
    ("RESOLVED - That the Director be requested to submit a report to the next meeting on the monitoring visit.", ""),
    ("The Cabinet approved the revised action plan responding to the monitoring visit.", "Item 6"),
    ("It was agreed that progress against the recommendations would be reviewed at every meeting.", ""),
    ("The Board noted the inspectors' point on supervision and agreed a quarterly audit of case files.", ""),
])
def test_a_council_decision_on_its_inspection_is_an_action(text, section):
    kind, polarity, voice = classify_text(text, section=section, doc_type=MINUTES)
    assert (kind, polarity, voice) == ("action", "neutral", "council")


@pytest.mark.parametrize("text, section, doc_type", [
    # the inspectorate's ask, in its report and as a council document relays it
    ("Improve the quality of supervision for social workers.", "What needs to improve", "inspection_report"),
    ("The local authority should ensure that the improvement plan is agreed with partners.", "Recommendations",
     "inspection_report"),
    ("Ofsted had recommended that the council strengthen its oversight of private fostering.", "", MINUTES),
    ("Recommendation 4 asked the council to widen access to advocacy for older children.",
     "Progress on the inspectors' recommendations", MINUTES),
    # a decision on something other than the inspection or its plan is left as it was
    ("(2) That the budget for the coming year be approved.", "RESOLVED", MINUTES),
])
def test_what_the_inspectorate_asks_stays_a_recommendation(text, section, doc_type):
    assert classify_text(text, section=section, doc_type=doc_type)[0] == "recommendation"


@pytest.mark.parametrize("text, section", [
    ("RESOLVED: That the report be noted.", ""),
    ("That the minutes of the previous meeting be approved as a correct record.", ""),
])
def test_the_meeting_s_own_business_stays_procedural(text, section):
    assert classify_text(text, section=section, doc_type=MINUTES)[0] == "procedural"


def test_a_member_s_question_about_a_decision_is_no_decision():
    kind = classify_text("Councillor Reed asked whether the Cabinet had approved the action plan yet.",
                         doc_type=MINUTES)[0]
    assert kind != "action"


@pytest.mark.parametrize("text, section, kind", [
    # the council's answer to a recommendation it quotes: its own words decide
    ('On recommendation 3, "Ensure that every child has an advocate", the service would appoint two more advocates.',
     "", "action"),
    # a named officer reporting under a recommendations heading is no recommendation
    ("The Assistant Director said that work on this recommendation had been delayed by recruitment.",
     "Progress on the inspectors' recommendations", "finding"),
])
def test_a_council_s_answer_to_a_recommendation_is_not_the_recommendation(text, section, kind):
    assert classify_text(text, section=section, doc_type=MINUTES)[0] == kind
