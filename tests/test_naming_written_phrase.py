"""Label rules after blind read 28: a sub-theme whose findings mostly write one phrase as a verb or adverb ("privately
fostered") is named by the noun phrase the run writes with those words ("Private fostering"), not called mixed; a
word whose uses mostly wait for their object ("access to", "response to") is no subject of "X, various aspects"."""

import numpy as np

from pipeline.themes.fallback_names import needs_object
from pipeline.themes.coverage import Coverage
from pipeline.themes.written_phrase import key_phrase, noun_forms, written_phrase_names

FOSTERED = ["Children who are privately fostered are visited within timescales.",
            "Checks on adults where children are privately fostered are thorough.",
            "Few children are privately fostered in the area.",
            "Children privately fostered have their needs assessed.",
            "Social workers see children who are privately fostered alone.",
            "Arrangements for children privately fostered are reviewed."]
OTHER = [f"The {thing} was {state}." for thing in ("garden", "window", "ladder", "kettle", "carpet", "roof")
         for state in ("painted", "repaired", "counted", "moved", "cleaned", "checked")]
NOUN_FORM = ["Awareness of private fostering is raised in schools.", "The private fostering team is small.",
             "Private fostering notifications are low."]


def _covers(theme: list[str], rest: list[str] = NOUN_FORM) -> Coverage:
    # theme 0, a theme that writes the noun form (1) and findings on other things (2)
    return Coverage(theme + rest + OTHER, np.array([0] * len(theme) + [1] * len(rest) + [2] * len(OTHER)))


def test_a_mixed_theme_is_named_by_the_noun_form_of_the_phrase_most_of_it_writes():
    covers = _covers(FOSTERED)
    assert key_phrase(covers, 0) == (1.0, "privately fostered")
    assert noun_forms(covers, "privately fostered") == ["private fostering"]
    named = {0: "Mixed findings, one in seven on where children live", 1: "Awareness", 2: "Mixed findings, no common topic"}
    assert written_phrase_names(named, covers, set(), further=True)[0] == "Private fostering"
    # another theme has the name: further findings on it
    named[1] = "Private fostering"
    assert written_phrase_names(named, covers, set(), further=True)[0] == "Private fostering, further findings"
    assert written_phrase_names(named, covers, set(), further=False)[0] == named[0]


def test_no_name_when_the_phrase_is_not_most_of_the_theme_or_not_particular_to_it_or_never_a_noun():
    named = {0: "Mixed findings, no common topic", 1: "Awareness", 2: "Mixed findings, mixed topics"}
    # a topic label is kept: only a mixed one gives way
    assert written_phrase_names({**named, 0: "Visits to children"}, _covers(FOSTERED), set(), True)[0] \
        == "Visits to children"
    # fewer than half of it write the phrase
    few = FOSTERED[:2] + [f"Leaders {verb} the plan." for verb in ("review", "agree", "sign", "change", "share")]
    assert key_phrase(_covers(few), 0) is None
    assert written_phrase_names(named, _covers(few), set(), True)[0] == named[0]
    # as common in all findings: what everyone writes says nothing of this theme
    everywhere = FOSTERED + [f"Some children are privately fostered near the {thing}." for thing in
                             ("garden", "window", "ladder", "kettle", "carpet", "roof")] * 2
    covers = Coverage(FOSTERED + everywhere[6:] + NOUN_FORM + OTHER,
                      np.array([0] * 6 + [2] * 12 + [1] * 3 + [2] * len(OTHER)))
    assert key_phrase(covers, 0) is None
    # no finding of the run writes the words as a noun phrase
    covers = _covers(FOSTERED, ["Awareness is raised in schools.", "The team is small.", "Notifications are low."])
    assert noun_forms(covers, "privately fostered") == []
    assert written_phrase_names(named, covers, set(), True)[0] == named[0]


def test_a_word_that_waits_for_its_object_is_no_subject():
    access = ["Children have access to advocacy.", "Access to legal advice is timely.",
              "Carers have access to training.", "Access for parents is limited by distance."]
    assert needs_object(access, "access")
    response = ["The response to concerns is swift.", "Responses to neglect are slow.", "A response from the team."]
    assert needs_object(response, "response")
    # a subject of its own: relationships are "with" someone, assessments stand alone
    assert not needs_object(["Relationships with children are strong.", "Relationships with carers last."],
                            "relationships")
    assert not needs_object(["Assessments are thorough.", "Assessments of need are timely.",
                             "Assessments consider history.", "Most assessments are up to date."], "assessments")
    assert not needs_object(["Nothing here."], "access")


PLANNING = ["Care planning is thorough for most children.", "Safety planning with families is clear.",
            "Planning for children's futures is timely.", "Care planning reviews are prompt.",
            "Safety planning involves partners.", "Planning is informed by assessment.",
            "Planning starts early.", "Planning is weak in some teams.", "Planning meetings are well attended.",
            "Planning is not always specific."]
# the same kinds written in 6 of 10
PLANNING_KINDS = PLANNING[:6] + ["Care planning is weak in some teams.", "Safety planning meetings are well attended.",
                                 "Planning for families is not always specific.", "Planning starts early."]


def test_a_mixed_label_of_kinds_of_one_word_most_of_the_theme_writes_is_named_by_those_kinds():
    from pipeline.themes.written_phrase import shared_head_names

    covers = _covers(PLANNING_KINDS)
    named = {0: "Mixed findings: care planning", 1: "Awareness", 2: "Mixed findings, no common topic"}
    assert shared_head_names(named, covers, set())[0] == "Care and safety planning"
    # the kinds written in fewer than half of it (4 of 10): parts of the head, not its name (read 30)
    assert shared_head_names(named, _covers(PLANNING), set())[0] == "Planning, including care and safety planning"
    covers = _covers(PLANNING)
    # a named thing of three words is no kind of its head; labels of other forms are kept
    for label in ("Mixed findings: emergency care planning", "Mixed findings, some on care planning",
                  "Care planning", "Mixed findings: care planning and safeguarding"):
        assert shared_head_names({**named, 0: label}, covers, set())[0] == label
    # the head is not nearly all of the theme
    half = PLANNING[:4] + [f"Leaders {verb} the budget." for verb in ("review", "agree", "sign", "change", "share")]
    assert shared_head_names(named, _covers(half), set())[0] == named[0]
    # one kind only: nothing to list
    one = [text.replace("Safety planning", "Care planning") for text in PLANNING]
    assert shared_head_names(named, _covers(one), set())[0] == named[0]


def test_a_mixed_sub_theme_of_a_word_that_waits_for_its_object_gives_that_word_to_its_broad_label():
    from pipeline.themes.topic_renames import object_word_part

    response = ["The response to concerns is swift.", "Responses to neglect are slow.", "A response from the team.",
                "The response to domestic abuse is strong.", "Response to missing children is quick.",
                "Out of hours the response to risk is good."]
    covers = _covers(response, ["Awareness is raised in schools.", "The team is small.", "Notifications are low."])
    assert object_word_part(covers, 0, "Mixed findings, one in six on proportionate response") \
        == "Response, various aspects"
    assert object_word_part(covers, 0, "Response times") == "Response times"  # a topic label is its own part
    covers = _covers(PLANNING)
    assert object_word_part(covers, 0, "Mixed findings: care planning") == "Mixed findings: care planning"
