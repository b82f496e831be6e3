"""A member's question in council minutes judges nothing; a member's stated concern or praise does (thirty-sixth
session). Texts written for these tests."""

import pytest

from pipeline.classify import CUE_NAMES, classify_text, rule_cues

MINUTES = "committee_minutes"


def _cue(text: str, name: str, doc_type: str = MINUTES) -> float:
    return rule_cues(text, "", doc_type)[CUE_NAMES.index(name)]


@pytest.mark.parametrize("text", [
    "Councillor Amber asked how soon the service hoped to be judged good again.",
    "Cllr Birch asked about the stability of the social work workforce.",
    "A member queried whether the strong progress on adoption could be kept up.",
    "The Vice-Chair sought assurance that placements were safe and successful.",
])
def test_a_members_question_is_a_neutral_finding_whatever_its_topic_words(text):
    kind, polarity, _ = classify_text(text, "", MINUTES)
    assert (kind, polarity) == ("finding", "neutral")
    # its praise or shortfall words are the topic asked about: no cue tells the learned classifier otherwise
    for name in ("strength", "strength_2plus", "concern", "concern_2plus", "strong_concern", "strong_strength"):
        assert _cue(text, name) == 0, name


def test_a_why_question_states_its_premise_and_keeps_its_weight():
    for verb in ("asked", "queried"):
        text = f"Members {verb} why so many children waited too long for a review."
        assert classify_text(text, "", MINUTES)[1] == "concern"
        assert _cue(text, "concern") == 1


def test_a_question_about_a_step_is_no_step():
    assert classify_text("A member asked whether the new plan would be reviewed in the spring.", "", MINUTES)[0] == \
        "finding"
    # the same step stated is an action
    assert classify_text("The new plan would be reviewed in the spring.", "", MINUTES)[0] == "action"


@pytest.mark.parametrize("text, polarity", [
    ("Councillor Cedar raised concern about the number of children living far from home.", "concern"),
    ("Members expressed concern that visits to children were not happening on time.", "concern"),
    ("Councillor Dale praised the team for the quality of its assessments.", "strength"),
    ("Councillor Fir welcomed the improvement in the timeliness of assessments.", "strength"),
])
def test_a_member_saying_plainly_what_is_wrong_or_good_judges(text, polarity):
    kind, found, _ = classify_text(text, "", MINUTES)
    assert (kind, found) == ("finding", polarity)
    # the stated concern or praise counts as a second word of its kind, which the learned classifier weighs
    assert _cue(text, f"{polarity}_2plus") == 1


def test_a_question_answered_in_the_same_sentence_is_read_as_the_answer():
    text = ("Councillor Elm asked about waiting times and the Director explained that waits had fallen and were now "
            "well within target.")
    assert classify_text(text, "", MINUTES)[1] == "strength"


def test_a_request_is_not_a_question():
    text = "A member asked that the committee receive a report on the workforce at its next meeting."
    assert _cue(text, "strength") == _cue(text.replace("A member asked that", "That"), "strength")
    assert classify_text(text, "", MINUTES)[0] != "context"


def test_inspection_reports_are_left_as_they_were():
    # an inspection report minutes no member; the same words keep their counts there
    text = "Members asked about the stability of the workforce, which is good."
    assert _cue(text, "strength", "inspection_report") == 1
    assert _cue(text, "strength") == 0


@pytest.mark.parametrize("doc_type", [MINUTES, "inspection_report"])
def test_leaders_knowing_where_practice_falls_short_is_a_strength(doc_type):
    text = ("Leaders know the service well and have a realistic view of where practice is not yet consistently "
            "good.")
    assert classify_text(text, "", doc_type)[1] == "strength"
    assert _cue(text, "hedge", doc_type) == 0
    # a shortfall stated outright, not as the object of leaders' knowledge, still weighs
    plain = "Leaders know the service well, but practice is not yet consistently good."
    assert classify_text(plain, "", doc_type)[1] == "concern"


def test_leaders_without_that_view_is_a_concern():
    for text in ("Leaders do not have a clear understanding of where practice is weak.",
                 "Senior leaders lack a realistic view of where practice falls short."):
        assert classify_text(text, "", "inspection_report")[1] == "concern"
