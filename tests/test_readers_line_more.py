"""The twenty-fourth round's patterns of the readers' line (pipeline/readers_line_more.py), through the rules'
polarity.

Every sentence is written in our own words. The first table holds one case per pattern that the rules before the
round labelled otherwise; the second holds near misses that must keep their label.
"""

import pytest

from pipeline import readers_line_more
from pipeline.classify import classify_text
from pipeline.patterns import Folded


def polarity(text: str) -> str:
    return classify_text(text, doc_type="inspection_report")[1]


@pytest.mark.parametrize("text,expected", [
    # HOME_NOT_POSSIBLE: children for whom home is not an option, in a condition
    ("Timely plans for adoption are made when it is not possible for babies to stay with their mothers.", "strength"),
    # ACTION_TAKEN: a step taken against a problem
    ("Since the audit, steps have been taken to address this.", "strength"),
    ("Managers took swift action to respond to the gaps the review found.", "strength"),
    # HELPS_PREVENT: delay kept away, said as help
    ("Weekly tracking meetings help to prevent drift in plans for permanence.", "strength"),
    # REQUIRES_DEVELOPMENT: a shortfall said as what a service requires
    ("Children attend school regularly, but the offer of tutoring requires further development.", "concern"),
    ("Return home interviews have been identified as an area for improvement by leaders.", "concern"),
])
def test_twenty_fourth_round_patterns(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("text,expected", [
    # near misses that keep their label
    ("No action has been taken to address the delays in assessments.", "concern"),  # denied
    ("Managers have not taken action to address the gaps in supervision.", "concern"),  # denied
    ("It is not possible for inspectors to see the impact of plans, which lack detail.", "concern"),  # no child
    ("Delays in planning have not been prevented, and drift remains.", "concern"),  # no help to prevent
    ("Early help was identified as an area of strength at the last inspection.", "strength"),  # a strength
])
def test_twenty_fourth_round_patterns_leave_alone(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("text", [
    "The board provides challenge to partners when weaknesses are identified.",
    "Despite these weaknesses, most children are settled and doing well at school.",
])
def test_problems_in_a_condition_or_conceded_are_no_concern(text):
    """PROBLEM_WHEN_FOUND and WEAKNESS_BACKDROP take the problem words out of the concern count: not a concern."""
    assert polarity(text) != "concern"


@pytest.mark.parametrize("name", ["HOME_NOT_POSSIBLE", "PROBLEM_WHEN_FOUND", "WEAKNESS_BACKDROP", "ACTION_TAKEN",
                                  "HELPS_PREVENT", "REQUIRES_DEVELOPMENT"])
def test_each_twenty_fourth_round_pattern_compiles_as_a_folded_pattern(name):
    assert Folded(getattr(readers_line_more, name)).search("no words of any rule here") is None


@pytest.mark.parametrize("text,expected", [
    # AWARE_AND_ACTING: leaders know of a problem and act on it in the same sentence
    ("Leaders are aware of this and are introducing a new panel to track these plans.", "strength"),
    # EFFORT_MADE: large work or effort said as done
    ("Considerable work has been undertaken to review the plans of all children in care.", "strength"),
    # WORKING_TO_IMPROVE: a body trying or looking to improve or widen what it offers
    ("The council is seeking, with two colleges, to widen the courses open to care leavers.", "strength"),
    # TOO_SOON: impact too soon or too recent to show
    ("The new duty rota is welcome, but it is too soon to show any difference for families.", "concern"),
    ("The revised panel was too recently established to measure its effect.", "concern"),
    # LIMITS_ABILITY: something limits what a service can do
    ("Long distances between towns limit the ability of the team to visit children at home.", "concern"),
    # NEITHER_NOR_GROUP: a group described by what it is not
    ("Personal advisers give warm and reliable help to young adults who are neither in work nor at college.",
     "strength"),
    # CAUSES_ADDRESSED: the causes of a problem as what help addresses
    ("Family workers give effective practical help to address the underlying reasons that caused concerns about the "
     "children.", "strength"),
])
def test_twenty_fifth_round_patterns(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Leaders are aware of this but there has been no progress in reducing the backlog.", "concern"),  # no action
    ("Leaders have recognised this, but no plan is yet in place.", "concern"),  # no step
    ("Plans are reviewed soon after children come into care, to see what is working well.", "strength"),  # not "too"
    ("Managers are trying to improve recruitment, but too many posts are still vacant.", "concern"),  # a shortfall
])
def test_twenty_fifth_round_patterns_leave_alone(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("name", ["AWARE_AND_ACTING", "EFFORT_MADE", "WORKING_TO_IMPROVE", "TOO_SOON",
                                  "LIMITS_ABILITY", "NEITHER_NOR_GROUP", "CAUSES_ADDRESSED"])
def test_each_twenty_fifth_round_pattern_compiles_and_is_joined(name):
    pattern = getattr(readers_line_more, name)
    assert Folded(pattern).search("no words of any rule here") is None
    assert pattern in (*readers_line_more.STRENGTH_MORE, *readers_line_more.CONCERN_MORE,
                       *readers_line_more.NOT_A_CONCERN_MORE)


@pytest.mark.parametrize("text,expected", [
    # WEAKNESSES_ADDRESSED: earlier weaknesses said to have been dealt with
    ("The shortfalls named at the last visit, and in the later monitoring letter, have been mostly addressed.",
     "strength"),
    ("Good progress has been made on the recommendations of the previous inspection.", "strength"),
    # ENJOY_WORKING: staff enjoy or are proud of working for the service
    ("Family support workers told us that they enjoy working for the council.", "strength"),
    # VISIBLE_LEADERS: leaders said to be visible
    ("The director and her heads of service are highly visible to front-line teams.", "strength"),
    # PROBLEMATIC: something said to be problematic
    ("Finding enough local foster homes for teenagers has been problematic.", "concern"),
])
def test_twenty_sixth_round_patterns(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The weaknesses found at the last inspection have not been addressed.", "concern"),  # denied
    ("Areas for improvement remain, and plans for care leavers are weak.", "concern"),  # not dealt with
])
def test_twenty_sixth_round_patterns_leave_alone(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("name,joined", [("WEAKNESSES_ADDRESSED", ("STRENGTH_MORE", "NOT_A_CONCERN_MORE")),
                                         ("ENJOY_WORKING", ("STRENGTH_MORE",)),
                                         ("VISIBLE_LEADERS", ("STRENGTH_MORE",)),
                                         ("PROBLEMATIC", ("CONCERN_MORE",))])
def test_each_twenty_sixth_round_pattern_compiles_and_is_joined(name, joined):
    pattern = getattr(readers_line_more, name)
    assert Folded(pattern).search("no words of any rule here") is None
    for group in joined:
        assert pattern in getattr(readers_line_more, group)


def test_problematic_denied_is_not_matched():
    assert Folded(readers_line_more.PROBLEMATIC).search("Finding homes for teenagers is not problematic.") is None
