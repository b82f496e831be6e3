"""A label of one phrase its findings seldom write, over findings nearly all on its head word, is said by the kinds
of that word they name (`pipeline.themes.part_kinds`); a mass noun's, or a label most of them write, stays."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.part_kinds import part_kinds

TEAMS = ["The duty team responds to contacts quickly.", "The duty team screens referrals well.",
         "A specialist team supports children at risk of exploitation.",
         "The specialist team works with families on the edge of care.",
         "The emergency duty team responds well at night.", "The duty team keeps good records.",
         "The specialist team has grown this year.", "Other teams refer to the specialist team."]
PLANNING = ["Care planning is timely for most children.", "Contingency planning is weak in some cases.",
            "Care planning involves parents.", "Contingency planning starts early.",
            "Parallel planning is in place.", "Planning for permanence is clear.",
            "Care planning drifts for a few children.", "Contingency planning is reviewed."]


def test_a_label_naming_one_kind_of_what_nearly_all_its_findings_write_is_said_by_their_kinds():
    covers = covers_of([TEAMS, ELSEWHERE + ELSEWHERE])
    said = part_kinds({0: "Emergency duty team", 1: "Social workers"}, covers)
    assert said[0] == "Duty, specialist and other teams"
    # a kept (field) theme stays
    assert part_kinds({0: "Emergency duty team", 1: "Social workers"}, covers, keep={0})[0] == "Emergency duty team"


def test_near_misses_keep_their_labels():
    covers = covers_of([TEAMS, ELSEWHERE + ELSEWHERE])
    # a label most of the findings write ("duty team": 4 of 8 write it) is no part
    assert part_kinds({0: "Duty team", 1: "Social workers"}, covers)[0] == "Duty team"
    # a mass noun the run never writes in the plural: "Care, contingency and other plannings" would read as nothing
    covers = covers_of([PLANNING, ELSEWHERE + ELSEWHERE])
    assert part_kinds({0: "Parallel planning", 1: "Social workers"}, covers)[0] == "Parallel planning"


# Most, not all, of these write a team: 7 of 8 (read 70: "Leadership team" over findings 85% on teams, judged wrong).
MOSTLY_TEAMS = TEAMS[:5] + TEAMS[6:] + ["Managers there know their caseloads well."]
HALF_TEAMS = TEAMS[:5] + ["Managers know their caseloads.", "Leaders visit often.", "Cases are reviewed monthly."]


def test_a_label_naming_one_kind_of_what_most_of_its_findings_write_is_said_by_their_kinds():
    covers = covers_of([MOSTLY_TEAMS, ELSEWHERE + ELSEWHERE])
    assert part_kinds({0: "Emergency duty team", 1: "Social workers"}, covers)[0] == "Specialist, duty and other teams"
    # a head written by fewer than most of them (5 of 8) names no whole the label is a part of
    covers = covers_of([HALF_TEAMS, ELSEWHERE + ELSEWHERE])
    assert part_kinds({0: "Emergency duty team", 1: "Social workers"}, covers)[0] == "Emergency duty team"
