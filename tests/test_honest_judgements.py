"""A "General judgements on ..." label stands only over findings that bear what it names
(`pipeline.themes.honest_judgements`)."""

import numpy as np

from pipeline.themes.coverage import Coverage
from pipeline.themes.honest_judgements import (PART, borne_listing, filler, judgements_said, options, own_topic,
                                               parts_of, verb_said)


def _covers(*themes: list[str]) -> Coverage:
    """A Coverage whose theme i holds themes[i], with a last theme of other statements so that shares have a base."""
    others = ["Members agreed the annual budget for the year ahead."] * 20
    texts = [t for theme in themes for t in theme] + others
    ids = [i for i, theme in enumerate(themes) for _ in theme] + [len(themes)] * len(others)
    return Coverage(texts, np.array(ids))


# overall statements on how well children are helped, a few on the local offer of early support
CHILDREN = (["Children get the right help at the right time from skilled staff."] * 8
            + ["Most children are safer because of the help they receive."] * 6
            + ["The early support offer is well used by schools."] * 2)
# general statements in the service's words: the service, its services and what they need; no people said
SERVICE = (["Services are improving and the offer is stronger than before."] * 3
           + ["The service knows its strengths and what it still needs to do."] * 3
           + ["The service is open about what it gets wrong."] * 4)
# the same overall tone, but nearly half on the senior leaders of the service (a field topic's words)
LEADERS = (["Senior leaders have a clear grip on what needs to improve."] * 7
           + ["Children get the right help at the right time from skilled staff."] * 9)


def test_the_parts_of_a_judgements_label():
    assert parts_of("General judgements on work with children") == ["work with children"]
    assert parts_of("General judgements on work with children and families") == ["work with children and families"]
    assert parts_of("General judgements on early help and children in care") == ["early help", "children in care"]
    assert parts_of("General judgements on quality, timeliness and the local offer") == ["quality", "timeliness",
                                                                                   "the local offer"]
    assert parts_of("Early help and children in care") == []


def test_a_label_whose_parts_are_borne_stays():
    covers = _covers(CHILDREN, SERVICE)
    assert options(covers, 0, "General judgements on work with children") == []
    assert judgements_said({0: "General judgements on work with children", 1: "Budgets"}, covers) \
        == {0: "General judgements on work with children", 1: "Budgets"}


def test_a_part_few_findings_bear_is_dropped():
    covers = _covers(CHILDREN, SERVICE)
    assert covers.share(0, "early support") < PART <= covers.share(0, "children")
    assert borne_listing(["work with children", "early support"], covers, 0) == ["work with children"]
    label = "General judgements on work with children and early support"
    assert options(covers, 0, label)[0] == "General judgements on work with children"


def test_a_filler_object_gives_way_to_the_people_the_findings_write():
    # "services" is written here no more often than in every theme: it names nothing of this one
    texts = SERVICE + ["Children say the service listens to them and acts on it."] * 12
    covers = _covers(texts, ["Services for families are stretched in every team."] * 20)
    assert filler(covers, 0, "services")
    assert not filler(covers, 0, "work with children")
    said = judgements_said({0: "General judgements on services", 1: "Family services"}, covers)
    assert said[0] == "General judgements on work with children"


def test_a_filler_object_with_nothing_to_give_way_to_stays():
    covers = _covers(SERVICE, ["Services for families are stretched in every team."] * 20)
    assert options(covers, 0, "General judgements on services") == []  # no people: nothing honest to say
    assert judgements_said({0: "General judgements on services"}, covers)[0] == "General judgements on services"


def test_findings_with_a_field_topic_of_their_own_are_said_by_it():
    covers = _covers(LEADERS, SERVICE)
    assert own_topic(covers, 0) == "Senior leadership and scrutiny"
    assert own_topic(covers, 1) is None
    said = judgements_said({0: "General judgements on work with children"}, covers)
    assert said[0] == "Mixed findings: senior leadership and scrutiny"


def test_a_taken_or_kept_label_is_not_given():
    covers = _covers(CHILDREN, SERVICE)
    label = "General judgements on work with children and early support"
    assert judgements_said({0: label}, covers, taken={"General judgements on work with children"})[0] == label
    assert judgements_said({0: label}, covers, keep={0})[0] == label
    assert judgements_said({0: "Early support"}, covers)[0] == "Early support"  # no such wording: as it is


def test_a_filler_object_gives_way_to_the_noun_nearly_all_findings_write():
    # statements on boards of every kind, few on children: "services" says nothing of them, "boards" does
    boards = (["The board sets clear priorities and holds partners to account."] * 6
              + ["Members of the health board challenge one another well."] * 5
              + ["The board's annual report is published and widely read."] * 5
              + ["Services are stronger where the boards work together."] * 4)
    covers = _covers(boards, ["Services for families are stretched in every team."] * 20)
    assert options(covers, 0, "General judgements on services") == ["General judgements on boards"]


def test_a_filler_object_alone_is_said_by_what_the_findings_judge_is_done_to_it():
    # "needs" is written in every theme; here most findings say whether carers and services meet them
    theme = (["Carers meet the individual needs of the young people they look after."] * 6
             + ["Services do not always meet the needs of older young people."] * 4
             + ["Staff are meeting complex needs with skill."] * 2 + ["The offer is varied and popular."] * 2)
    others = ["The panel needs more members and the budget needs review."] * 20
    covers = _covers(theme, others)
    assert filler(covers, 0, "needs")
    assert verb_said(covers, 0, "General judgements on needs") == ["General judgements on meeting needs"]
    assert "General judgements on meeting needs" in options(covers, 0, "General judgements on needs")
    # a part that is no filler, or a listing, is not said so
    assert verb_said(covers, 0, "General judgements on work with young people") == []


def test_a_filler_object_with_no_verb_of_its_own_has_no_such_wording():
    theme = (["The needs of the area are set out."] * 3 + ["Needs vary across the county."] * 3
             + ["Some needs are unmet."] * 3)
    covers = _covers(theme, ["The panel needs more members and the budget needs review."] * 20)
    assert verb_said(covers, 0, "General judgements on needs") == []


def test_a_lone_object_borne_by_its_findings_is_said_by_what_they_judge_is_done_to_it():
    # "needs" is this theme's own word (no other theme writes it), but alone it names nothing: the findings judge
    # whether needs are met
    theme = (["Carers meet the individual needs of the young people they look after."] * 6
             + ["Services do not always meet the needs of older young people."] * 4
             + ["Staff are meeting complex needs with skill."] * 2)
    covers = _covers(theme, ["The panel asked for more members."] * 20)
    assert not filler(covers, 0, "needs")
    assert options(covers, 0, "General judgements on needs") == ["General judgements on meeting needs"]
    assert judgements_said({0: "General judgements on needs", 1: "Panels"}, covers)[0] \
        == "General judgements on meeting needs"
