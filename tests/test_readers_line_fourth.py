"""The twenty-eighth round's patterns of the readers' line (pipeline/readers_line_fourth.py), through the rules'
polarity.

Every sentence is written in our own words. The first table holds cases the patterns decide; the second holds near
misses that must keep their label.
"""

import pytest

from pipeline import readers_line_fourth
from pipeline.classify import classify_text
from pipeline.patterns import Column, Folded
from pipeline.polarity_blanks import NOT_A_CONCERN
from pipeline.polarity_patterns import CONCERN, STRENGTH


def polarity(text: str) -> str:
    return classify_text(text, doc_type="inspection_report")[1]


@pytest.mark.parametrize("text,expected", [
    # IMPROVED_ON_LAST: an improvement on the last inspection, a strength even where the kind is context
    ("That is a clear improvement on the previous inspection of fostering.", "strength"),
    # PROBLEM_REMAINS: a problem said to remain
    ("Although the council has tried hard to cut exclusions, this remains a problem in two schools.", "concern"),
    # CONTRACTED_SHORTFALL: a shortfall with a contracted negation and a typeset apostrophe
    ("Young people leaving care don’t have copies of their health records.", "concern"),
    # DELAY_MINIMISED, GAP_BEING_MET: a delay kept down, a gap found and being filled
    ("Joint visits mean that delay in starting the work is kept to a minimum.", "strength"),
    ("A gap in advice for kinship carers was found last year and is now being filled.", "strength"),
])
def test_twenty_eighth_round_patterns(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("text,expected", [
    # near misses that keep their label
    ("Managers meet weekly to ensure that delays are minimised.", "concern"),  # an aim, not a result: as before
    ("The last inspection of the service was in March 2019.", "neutral"),  # a date, no improvement
])
def test_twenty_eighth_round_patterns_leave_alone(text, expected):
    assert polarity(text) == expected


def test_mixed_examples_and_a_service_no_longer_wanted_are_not_counted_as_concerns():
    """GOOD_AND_POOR and NO_LONGER_WANTED take "poor" and "no longer" out of the concern count."""
    for text in ("the panel reads good and poor examples of practice every quarter",
                 "advisers stay in touch until they no longer want any help"):
        assert CONCERN.count_in(Column([text]), blank=NOT_A_CONCERN)[0] < CONCERN.count_in(Column([text]))[0]


@pytest.mark.parametrize("names,joined", [
    (("PROBLEM_REMAINS", "CONTRACTED_SHORTFALL"), "CONCERN_FOURTH"),
    (("IMPROVED_ON_LAST", "DELAY_MINIMISED", "GAP_BEING_MET"), "STRENGTH_FOURTH"),
    (("DELAY_MINIMISED", "GAP_BEING_MET", "GOOD_AND_POOR", "NO_LONGER_WANTED"), "NOT_A_CONCERN_FOURTH"),
])
def test_each_pattern_compiles_and_is_joined(names, joined):
    for name in names:
        assert Folded(getattr(readers_line_fourth, name)).search("no words of any rule here") is None
        assert getattr(readers_line_fourth, name) in getattr(readers_line_fourth, joined)
    assert STRENGTH.count_in(Column(["This was an improvement on the last inspection."]))[0] >= 1
