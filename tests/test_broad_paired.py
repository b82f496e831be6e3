"""A broad listing's part that is one of a sub-theme's pair of terms of one field topic is said as that topic, when
the broad theme's findings write the topic far more than the part (`pipeline.themes.broad_paired`)."""

import numpy as np

from pipeline.themes.broad_paired import topic_over_paired_term
from pipeline.themes.coverage import Coverage


def _covers(texts: list[str]) -> Coverage:
    """A Coverage of one broad theme (0) holding every text, and one other theme (1) so that shares have a base."""
    others = ["The annual budget was set for the year ahead."] * 10
    return Coverage(texts + others, np.array([0] * len(texts) + [1] * len(others)))


# a broad theme on the council's senior people (few write the chief executive) and on corporate parenting
LEADERS = (["The chief executive meets the director every month."] * 2
           + ["Councillors ask searching questions of officers at each meeting."] * 4
           + ["The lead member visits teams and knows their work."] * 3
           + ["Senior leaders have a clear view of what must improve."] * 3)
PARENTING = ["The corporate parenting panel hears from young people in care."] * 8
CHILDREN = [("Chief executive and DCS", 12), ("Corporate parenting", 8)]


def test_a_part_borrowed_from_a_pair_of_one_topic_is_said_as_that_topic():
    covers = _covers(LEADERS + PARENTING)
    # 2 of 20 write "chief executive"; 12 of 20 write a term of senior leadership and scrutiny
    said = topic_over_paired_term("Corporate parenting and chief executive", covers, 0, CHILDREN)
    assert said == "Corporate parenting and senior leadership"


def test_the_part_stays_when_most_findings_write_it():
    texts = ["The chief executive meets the director every month."] * 9 + ["Councillors ask questions."] * 3 + PARENTING
    label = "Corporate parenting and chief executive"
    assert topic_over_paired_term(label, _covers(texts), 0, CHILDREN) == label


def test_a_pair_not_of_one_topic_is_left():
    children = [("Chief executive and budgets", 12), ("Corporate parenting", 8)]
    label = "Corporate parenting and chief executive"
    assert topic_over_paired_term(label, _covers(LEADERS + PARENTING), 0, children) == label


def test_a_listing_already_saying_a_term_of_the_topic_is_left():
    label = "Senior managers, corporate parenting and chief executive"
    assert topic_over_paired_term(label, _covers(LEADERS + PARENTING), 0, CHILDREN) == label


def test_a_listing_saying_the_pairs_other_thing_is_left():
    label = "Chief executive and DCS"  # the sub-theme's own pair, both said
    children = [("Chief executive and DCS", 12), ("Corporate parenting", 8)]
    assert topic_over_paired_term(label, _covers(LEADERS + PARENTING), 0, children) == label


def test_other_forms_are_left():
    covers = _covers(LEADERS + PARENTING)
    for label in ["Chief executive", "Mixed findings: chief executive and corporate parenting",
                  "Chief executive, including corporate parenting"]:
        assert topic_over_paired_term(label, covers, 0, CHILDREN) == label


def test_a_label_to_avoid_is_not_given():
    covers = _covers(LEADERS + PARENTING)
    label = "Corporate parenting and chief executive"
    said = topic_over_paired_term(label, covers, 0, CHILDREN, avoid=lambda s: s.startswith("Corporate"))
    assert said == label


def test_a_catch_all_said_as_general_judgements_has_its_borrowed_part_said_as_the_topic():
    covers = _covers(LEADERS + PARENTING)
    said = topic_over_paired_term("General judgements on chief executive and corporate parenting", covers, 0, CHILDREN)
    assert said == "General judgements on senior leadership and corporate parenting"


def test_a_catch_all_whose_findings_write_the_part_keeps_it():
    texts = ["The chief executive meets the director every month."] * 9 + ["Councillors ask questions."] * 3 + PARENTING
    label = "General judgements on chief executive and corporate parenting"
    assert topic_over_paired_term(label, _covers(texts), 0, CHILDREN) == label
