"""A plan's progress ratings (red / amber / green, stalled, on track, completed) as polarity (left62)."""

import numpy as np
import pandas as pd
import pytest

from pipeline.classify import classify_text
from pipeline.classify_model import ClassifierModel, refine_classes
from pipeline.progress_ratings import progress_polarity


@pytest.mark.parametrize("text,polarity", [
    ("Recommendation 1, on chronologies, is rated red because the audit has not taken place.", "concern"),
    ("The action on return home interviews has stalled since January.", "concern"),
    ("The work to recruit team managers is off track.", "concern"),
    ("The review of the threshold document has not yet started.", "concern"),
    ("The refresh of the sufficiency strategy is behind schedule.", "concern"),
    ("RAG status: Red. Progress has been slower than planned.", "concern"),
    ("Two incidents were notified to Ofsted which were significantly overdue.", "concern"),
    ("The action is not on track and will be reported again.", "concern"),
    ("Officers are working to get the action back on track.", "concern"),
    ("The action on supervision is rated green.", "strength"),
    ("The action on management oversight has been completed and signed off.", "strength"),
    ("Recommendation 4 is on track to be delivered by June.", "strength"),
    ("The action to launch the new front door is complete.", "strength"),
    ("Six actions are green-rated.", "strength"),
    # a rating that moved: which way it went decides; both sides at once name a shortfall
    ("The board agreed to move recommendation 2 from red to amber.", "strength"),
    ("The action on pathway plans slipped from green to amber.", "concern"),
    ("The action was rated green last quarter but has slipped back to amber.", "concern"),
    ("Five actions are rated green and one is rated red.", "concern"),
])
def test_progress_ratings_are_concerns_or_strengths(text, polarity):
    assert progress_polarity(text) == polarity


@pytest.mark.parametrize("text", [
    "Councillor Hughes (Green) asked whether the action on chronologies was on track.",  # a question; a party
    "Members of the Green Party group welcomed the report.",
    "Amber Valley shares its fostering panel with the county.",
    "The service responds quickly to red flags raised by schools.",
    "The government's green paper on children's social care was noted.",
    "The audit completed in May found that plans were stronger.",  # no plan's action said to be done
    "Status: amber, on track to be completed by December.",  # amber: in between
    "The Director presented the tracker, each action with a red, amber or green rating.",  # the scale
    "Weekly reports help managers to identify overdue visits quickly.",
    "Contacts rated green or blue are sent to the multi-agency hub for a decision.",  # a triage scale
    "Families cannot fully check that actions are completed.",  # work named as overdue, not the plan's
    "Providers report more often if targets are not met.",  # a condition
    "Managers check whether actions are completed.",
    "Actions were taken to secure posts and ensure risk assessments were completed.",
    "Assessments are completed within timescales for most children.",
])
def test_colours_and_status_words_that_rate_nothing_are_left_alone(text):
    assert progress_polarity(text) == ""


def test_the_rules_give_a_progress_rating_its_polarity():
    # both were neutral: an action reported under a plan's heading, whose rules' polarity needs a strong word
    section = "Progress against the improvement plan"
    assert classify_text("The sufficiency strategy is behind schedule.", section, "committee_minutes")[1] == "concern"
    assert classify_text("Recommendation 4 is on track.", section, "committee_minutes")[1] == "strength"
    assert classify_text("Officers explained that the duty rota would begin in January.", section,
                         "committee_minutes")[1] == "neutral"


def test_a_progress_rating_decides_over_the_learned_polarity():
    texts = ["The action on return home interviews has stalled since the spring.",
             "The action on management oversight has been completed.",
             "The Chair asked officers to bring the updated plan to the next meeting."]
    vectors = np.full((3, 384), 1 / np.sqrt(384), dtype=np.float32)
    table = pd.DataFrame({"text": texts, "doc_type": "committee_minutes", "section": "", "lead_in": ""})
    out = refine_classes(table, vectors, ClassifierModel.load())
    assert list(out["polarity"][:2]) == ["concern", "strength"]
    plain = refine_classes(table.iloc[2:], vectors[2:], ClassifierModel.load())
    assert out["polarity"].iloc[2] == plain["polarity"].iloc[0]  # a line with no rating keeps the model's class


@pytest.mark.parametrize("text, polarity", [
    ("The work on the edge-of-care offer has not yet \u017ftarted.", "concern"),  # a long s: the patterns match it
    ("The action on return home interviews is \u0130N PROGRESS and on track.", "strength"),
    ("Recommendation 2 is RED.", "concern"),
    ("The recommendation has been c\u043Empleted.", ""),  # a Cyrillic o: no pattern matches
    ("Visits to children are timely and their plans are reviewed.", ""),
])
def test_the_quick_word_test_never_leaves_out_a_rating(text, polarity):
    # _may_rate skips the patterns for text without their words; where it lets text through, the patterns decide
    from pipeline.progress_ratings import _may_rate

    assert progress_polarity(text) == polarity
    assert _may_rate(" ".join(text.split())) or polarity == ""
    assert not _may_rate("Visits to children are timely and their plans are reviewed.")
