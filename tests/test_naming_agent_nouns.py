"""A candidate name whose word its findings write in another sense - an agent noun for its activity or the reverse - is
put as they write it (`pipeline.themes.agent_nouns`)."""

import pytest

from tests.naming_fixtures import covers_of

from pipeline.themes.agent_nouns import is_agent, same_sense, written_as

# buying services: most write "commissioning" or "commissioned", one the commissioners who do it
BUYING = ["Commissioning of placements is strong.", "Joint commissioning arrangements are sound.",
          "Commissioning is informed by a needs assessment.", "Children use commissioned services.",
          "The commissioning strategy is being rewritten.", "Commissioning functions were strengthened.",
          "Commissioners understand local needs.", "Commissioned advocacy is valued.",
          "Commissioning of residential care improved.", "The sufficiency strategy is late."]
# the government's commissioner: most write "commissioner"
APPOINTED = ["The commissioner visited the service.", "The commissioner's report was published.",
             "The commissioner recommended a trust.", "The commissioner met the leader.",
             "Commissioners were appointed by the minister.", "The commissioner reviewed the plan.",
             "The commissioning of placements was noted.", "The commissioner chaired the board.",
             "The board met the commissioner monthly.", "The budget was set."]
# managers, as written, over a candidate "management"
MANAGERS = ["Managers oversee plans.", "Managers check visits.", "Team managers sign off assessments.",
            "Managers give direction.", "Managers review cases weekly.", "Managers know children well.",
            "Management oversight is weak.", "Managers are stable.", "Managers audit files.", "Budgets are set."]
# half write management, half managers: no form dominates
BOTH = ["Management oversight is weak.", "Management oversight is recorded.", "Management grip has improved.",
        "Management decisions are clear.", "Management direction is timely.", "Managers check visits.",
        "Managers give direction.", "Managers review cases weekly.", "Managers audit files.", "Budgets are set."]


@pytest.mark.parametrize("word, agent", [
    ("commissioner", True), ("manager", True), ("planner", True), ("committee", True), ("specialist", True),
    ("inspector", True), ("leadership", True),  # what leaders are together
    ("commissioning", False), ("management", False), ("planning", False), ("commitment", False),
    ("foster", False), ("register", False), ("order", False), ("oversee", False), ("partner", True), ("partnership", True)])
def test_is_agent(word, agent):
    assert is_agent(word) is agent


@pytest.mark.parametrize("label_word, written, same", [
    ("commissioner", "commissioning", False), ("commissioning", "commissioner", False),
    ("commissioning", "commissioned", True), ("commissioner", "commission", False),
    ("management", "manager", False), ("manager", "manage", False), ("planning", "planner", False),
    ("commitment", "committee", False),
    ("foster", "fostering", True), ("fostering", "foster", True), ("leadership", "leader", True),
    ("partner", "partnership", True), ("register", "registration", True), ("oversee", "oversight", True)])
def test_same_sense(label_word, written, same):
    assert same_sense(label_word, written) is same


def test_agent_noun_over_its_activity_put_as_written():
    covers = covers_of([BUYING, APPOINTED])
    assert written_as(covers, 0, "commissioner") == "commissioning"
    assert written_as(covers, 0, "Commissioner") == "commissioning"


def test_agent_noun_its_findings_write_kept():
    covers = covers_of([BUYING, APPOINTED])
    assert written_as(covers, 1, "commissioner") is None
    # the activity over findings on the commissioner: the reverse, put as they write it
    assert written_as(covers, 1, "commissioning") == "commissioner"


def test_activity_over_agents_put_as_written_in_a_phrase():
    covers = covers_of([MANAGERS, BOTH])
    assert written_as(covers, 0, "management oversight") is None  # "Management oversight" is written by the one
    # finding that uses both words
    assert written_as(covers, 0, "management") == "managers"


def test_no_form_dominates_kept():
    covers = covers_of([MANAGERS, BOTH])
    assert written_as(covers, 1, "management") is None
    assert written_as(covers, 1, "managers") is None


def test_words_of_their_own_sense_untouched():
    covers = covers_of([BUYING, APPOINTED])
    assert written_as(covers, 0, "sufficiency strategy") is None
    assert written_as(covers, 0, "JSNA") is None
