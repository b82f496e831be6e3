"""The fourteenth round's patterns of the readers' line (pipeline/readers_line.py), through the rules' polarity.

Every sentence is written in our own words. The first table holds one or more cases per pattern that the rules
before the round labelled otherwise; the second holds near misses that must keep their label.
"""

import pytest

from pipeline.classify import classify_text
from pipeline.patterns import Folded
from pipeline import readers_line


def polarity(text: str) -> str:
    return classify_text(text, doc_type="inspection_report")[1]


@pytest.mark.parametrize("text,expected", [
    # FAVOURABLE_EFFECT: what practice leads to for children
    ("Joint work with the police is leading to children being protected from exploitation.", "strength"),
    ("Family meetings held early have resulted in more young people being kept safe at home.", "strength"),
    # HELP_GIVEN: help given to children, named by who gives it
    ("The school nurse provides young people with advice about their health.", "strength"),
    ("A dedicated worker gives foster carers with complex placements support in the evenings.", "strength"),
    # FAVOURABLE_ABSENCE: no child in a place where none should be
    ("There are no care leavers in bed and breakfast accommodation.", "strength"),
    ("At present, no young people are in unregulated settings.", "strength"),
    # INCONSISTENCY: the noun
    ("There is some inconsistency in how often plans are reviewed.", "concern"),
    ("Inconsistencies remain in the recording of visits.", "concern"),
    # AREAS_TO_IMPROVE: areas for improvement said to remain
    ("Leaders know there is more to do, and there remain areas for improvement to ensure that all plans are good.",
     "concern"),
    # DONE_WRONGLY
    ("Two referrals were closed inappropriately before any assessment.", "concern"),
    ("The case should have been escalated to a manager.", "concern"),
    ("Some young people live in unsuitable flats.", "concern"),
    # UNMET_NEED: a need of the service said outright
    ("Although the panel has some help, it needs dedicated support from an officer to plan its work.", "concern"),
    # NOT_WORRY: "the people concerned"; HARDSHIP_BACKDROP: "despite the challenges, ..."
    ("Strategy meetings share what is known about the families concerned and agree timely action.", "strength"),
    ("Despite the pressures on the service, visits to children are timely.", "strength"),
    # the narrowed gap, read over a longer subject
    ("The gap between the results of children in care and those of their classmates has narrowed.", "strength"),
    # MORE_PRAISE
    ("The new triage team is making a real difference to families.", "strength"),
    ("Personal advisers have a detailed knowledge of each young person.", "strength"),
    ("Children are seen alone during every assessment.", "strength"),
    ("The peer reviews have been valuable in spreading learning.", "strength"),
    ("Complaints from children are robustly followed up.", "strength"),
    ("There is an extensive range of activities for care leavers.", "strength"),
    ("Children in care have been active in shaping the pledge.", "strength"),
    ("Most care leavers live in suitable homes.", "strength"),
    # FAVOURABLE_RISE
    ("This year there has been an increase in the number of foster carers approved.", "strength"),
])
def test_fourteenth_round_patterns(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an effect aimed at or denied is no effect
    ("The strategy aims to lead to children being protected sooner.", "neutral"),
    ("Poor recording is not leading to children being safer.", "concern"),
    # plain provision offered stays neutral; help not given is a shortfall
    ("Children are offered a return home interview.", "neutral"),
    ("The service does not provide care leavers with advice about housing.", "concern"),
    # a fact that is no favourable absence
    ("No looked after children are home educated.", "concern"),
    # "concerned about" is worry; a shortfall after the backdrop stays a shortfall
    ("Teachers were concerned about the delays in visits.", "concern"),
    ("Despite the challenges, the timeliness of assessments remains poor.", "concern"),
    # areas for improvement as a topic, met or known
    ("Leaders have made good progress in the areas for improvement identified at the last inspection.", "strength"),
    # a need of children is no shortfall of the service
    ("Children who need more support are referred to the specialist team promptly.", "strength"),
    # a gap that widened is still a shortfall
    ("The gap between the attainment of children in care and other children has widened.", "concern"),
    # a difference only hoped for; unsuitable homes
    ("The new team is expected to make a real difference.", "neutral"),
    ("Some care leavers live in accommodation that is not suitable.", "concern"),
    # limiting words on praise keep it a strength ("most", "some", "many"); only "a small number" hedges it
    ("Most children are visited regularly and seen on their own.", "strength"),
    ("Some care leavers receive effective help to find apprenticeships.", "strength"),
    ("For many children, plans are reviewed promptly.", "strength"),
    ("In a small number of cases, good practice was seen.", "concern"),
])
def test_fourteenth_round_patterns_leave_alone(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("name", ["FAVOURABLE_EFFECT", "HELP_GIVEN", "FAVOURABLE_ABSENCE", "INCONSISTENCY",
                                  "AREAS_TO_IMPROVE", "NOT_WORRY", "HARDSHIP_BACKDROP", "MORE_PRAISE",
                                  "FAVOURABLE_RISE", "DONE_WRONGLY", "UNMET_NEED"])
def test_each_pattern_compiles_as_a_folded_pattern(name):
    assert Folded(getattr(readers_line, name)).search("no words of any rule here") is None
