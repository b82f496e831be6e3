"""The twenty-seventh round's patterns of the readers' line (pipeline/readers_line_third.py), through the rules'
polarity.

Every sentence is written in our own words. The first table holds cases the patterns decide; the second holds near
misses that must keep their label.
"""

import pytest

from pipeline import readers_line_third
from pipeline.classify import classify_text
from pipeline.patterns import Column, Folded
from pipeline.polarity_blanks import NOT_A_CONCERN
from pipeline.polarity_patterns import CONCERN, STRENGTH


def polarity(text: str) -> str:
    return classify_text(text, doc_type="inspection_report")[1]


@pytest.mark.parametrize("text,expected", [
    # HARM_FOLLOWS: harm named as a consequence, a risk added
    ("This results in instability for some young people in foster homes.", "concern"),
    ("This is a further risk for babies born to these mothers.", "concern"),
    # SHOULD_SHOW: what practice or its record should show or include
    ("Case notes of visits should clearly show what the child said and how it shaped the plan.", "concern"),
    # RECORD_OR_HINDSIGHT: practice better than its record, hindsight, a practice left unchallenged
    ("Workers know their families better than is recorded in the case files.", "concern"),
    ("Best practice would have been to hold the meeting before the child moved.", "concern"),
    ("The use of these placements had gone unchallenged for many months.", "concern"),
    # NO_TIME_LOST, FEW_DECLINE, CHALLENGING_TO_IMPROVE, SHARE_ABOVE_AVERAGE, EXPERT_STAFF: strengths
    ("The new head of service lost no time in setting up a panel to review every plan.", "strength"),
    ("Almost every family accepts the offer, and very few parents refuse to take part.", "strength"),
    ("The partnership was challenging schools to improve how they report absence from lessons.", "strength"),
    ("A larger share of young adults leaving care are in employment than in comparable councils.", "strength"),
    ("The nurses who work with these teenagers are specialists in their field.", "strength"),
])
def test_twenty_sixth_round_patterns(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("text,expected", [
    # near misses that keep their label
    ("This has led to children being kept safe at home with their parents.", "strength"),  # a favourable effect
    ("Social workers carefully consider where children should live and with whom.", "strength"),  # not an ask
    ("Young people are told what they should expect from their personal adviser.", "neutral"),  # not an ask
])
def test_twenty_sixth_round_patterns_leave_alone(text, expected):
    assert polarity(text) == expected


def test_a_known_hazard_is_not_counted_as_a_concern():
    """KNOWN_HAZARD takes "known to cause concern" out of the concern count; the words count without it."""
    text = "workers check that the flat is not near a street known by police to cause concern"
    assert CONCERN.count_in(Column([text]), blank=NOT_A_CONCERN)[0] < CONCERN.count_in(Column([text]))[0]


@pytest.mark.parametrize("names,joined", [
    (("HARM_FOLLOWS", "SHOULD_SHOW", "RECORD_OR_HINDSIGHT"), "CONCERN_THIRD"),
    (("NO_TIME_LOST", "FEW_DECLINE", "CHALLENGING_TO_IMPROVE", "SHARE_ABOVE_AVERAGE", "EXPERT_STAFF"),
     "STRENGTH_THIRD"),
    (("NO_TIME_LOST", "FEW_DECLINE", "KNOWN_HAZARD", "CHALLENGING_TO_IMPROVE"), "NOT_A_CONCERN_THIRD"),
])
def test_each_pattern_compiles_and_is_joined(names, joined):
    for name in names:
        assert Folded(getattr(readers_line_third, name)).search("no words of any rule here") is None
        assert getattr(readers_line_third, name) in getattr(readers_line_third, joined)
    assert STRENGTH.count_in(Column(["She wasted no time in meeting every team."]))[0] >= 1
