"""Label rules after blind reads 21-22: a field topic is counted by the words that say it, not by a word the field
writes about everything ("families"), and says only what its words say (no "parents" over findings on families);
a topic's commonest wording counts for it ("children who return home"), not another topic's term that holds its
words ("return home interviews"); a label of two words that are one word ("Sub group") is held to the test of a
lone word."""

import numpy as np

from pipeline.themes.concepts import Concepts, read_concepts
from pipeline.themes.coverage import Coverage
from pipeline.themes.subject_checks import one_word, usable_alone


def _share(texts: list[str], topic: str) -> float:
    return Concepts(texts).share(np.arange(len(texts)), topic)


def test_families_in_passing_are_no_work_with_families_and_never_parents():
    passing = ["The number of families in the borough has grown.", "Diverse families live in the area.",
               "Feedback from families is collected by the service.", "Leaders restructured services for families."]
    assert _share(passing, "Work with families") == 0.0
    assert _share(passing, "Parents and parenting") == 0.0
    assert _share(["Workers support families early.", "Practitioners work with families to reduce risk.",
                   "A whole family approach is used."], "Work with families") == 1.0
    # no shipped topic names parents and is counted by "families" alone
    for label, terms in read_concepts():
        if "parent" in label.lower():
            assert _share(["Families were seen."], label) == 0.0, label


def test_children_returning_home_counts_the_plain_wording_but_not_return_home_interviews():
    home = ["Children return home when it is safe to do so.",
            "Plans for children to return home are not always assessed.",
            "Children who cannot return home are adopted promptly."]
    assert _share(home, "Children returning home from care") == 1.0
    missing = ["Most children are offered a return home interview.",
               "Return home interviews are timely.", "Children who return home after being missing are seen."]
    assert _share(missing, "Children returning home from care") == 0.0
    assert _share(missing[:2], "Children missing from home or care") == 1.0


def _theme(texts: list[str]) -> Coverage:
    # the theme (0) and, so that no word is everyone's, findings on other things (1)
    other = [f"The {thing} was {state}." for thing in ("garden", "window", "ladder", "kettle", "carpet", "roof")
             for state in ("painted", "repaired", "counted", "moved", "cleaned", "checked")]
    return Coverage(texts + other, np.array([0] * len(texts) + [1] * len(other)))


def test_two_words_that_are_one_word_are_held_to_the_lone_word_test():
    assert one_word("Sub group") == "Sub-group"
    assert one_word("Co production") == "Co-production"
    assert one_word("Care leavers") == "Care leavers"
    assert one_word("Pre birth assessments") == "Pre birth assessments"  # three words: a phrase
    texts = ["The board's sub group met in May.", "Each sub group reports to the board.",
             "A sub group on neglect was set up.", "The sub group chair changed."]
    covers = _theme(texts)
    assert not usable_alone(covers, 0, "Sub group")  # "group" is a generic word: no subject alone
    assert usable_alone(covers, 0, "Board sub groups")


def _covers(themes: list[list[str]]) -> Coverage:
    filler = [f"The {thing} was {state}." for thing in ("garden", "window", "ladder", "kettle", "carpet", "roof")
              for state in ("painted", "repaired", "counted", "moved", "cleaned", "checked")]
    texts = [t for theme in themes for t in theme] + filler
    ids = np.concatenate([np.repeat(np.arange(len(themes)), [len(t) for t in themes]),
                          np.repeat(np.arange(len(themes), len(themes) + 6), 6)])
    return Coverage(texts, ids)


def test_a_minor_part_particular_to_the_theme_is_said_before_one_every_theme_has():
    from pipeline.themes.mixed_parts import topic_parts

    things = ("budget", "fleet", "estate", "canteen", "archive", "printer", "lift", "boiler", "phone", "desk",
              "van", "gate", "clock", "sign", "stair", "door", "lamp", "bench", "shelf", "rug")
    partners = [f"Partners agreed the {t}." for t in things[:4]]  # 4 in 20, and 6 in 20 of the other theme
    families = [f"Staff work with families on the {t}." for t in things[4:7]]  # 3 in 20, and nowhere else
    rest = [f"The {t} was sold." for t in things[7:]]
    other = [f"Partners agreed the {t} plan." for t in things[:6]] + [f"The {t} was bought." for t in things[6:]]
    strong, minor = topic_parts(_covers([partners + families + rest, other]), 0, "Mixed findings")
    assert not strong
    assert minor[0] == "Mixed findings, one in seven on work with families", minor
    assert any("multi-agency working" in part for part in minor[1:]), minor


def test_a_theme_mostly_mentioning_what_another_is_named_holds_further_findings_on_it():
    from pipeline.themes.naming import name_themes

    nouns = ["garden", "window", "ladder", "kettle", "carpet", "roof", "budget", "fleet", "estate", "canteen",
             "archive", "printer", "boiler", "phone", "desk", "van", "gate", "clock", "sign", "stair", "door", "lamp",
             "bench", "shelf", "rug", "tower", "bridge", "river", "field", "hedge", "barn", "mill", "wharf", "pier",
             "quay", "dock"]
    verbs = ["painted", "repaired", "counted", "moved", "cleaned", "checked", "sold", "bought", "lent", "weighed",
             "measured", "fixed"]
    named = [f"Social workers {v} the {n}." for v, n in zip(verbs * 3, nouns)]
    mixed = [f"Children said the {n} was {v} by social workers." for v, n in zip(verbs[::-1] * 3, nouns[::-1])]
    more = [f"Some {n}s were {v} as social workers watched." for v, n in zip(verbs[3:] + verbs[:3], nouns[5:29])]
    filler = [f"The {n} was {v}." for n in nouns[:24] for v in verbs]
    texts = named + mixed + more + filler
    ids = np.array([0] * len(named) + [1] * len(mixed) + [2] * len(more) + [3 + i // 24 for i in range(len(filler))])
    labels = dict(zip(*name_themes(texts, ids)[["theme_id", "label"]].T.values))
    assert labels[0] == "Social workers"
    assert labels[1] == "Mixed findings mentioning social workers"
    # not "Mixed findings, no common topic": every one of them is about social workers
    assert labels[2] == "Social workers, further findings"


def test_report_ends_a_phrase_after_a_word_that_names_a_theme():
    from pipeline.themes.naming import phrases_of

    shown = {surface for _, surface in phrases_of("The board's annual report was published late.")}
    assert "annual report" in shown and "board's annual report" in shown
    assert not any(surface.startswith("report") for _, surface in phrases_of("Reports to members were late."))
    assert "social care report" not in {s for _, s in phrases_of("The social care report was late.")}


def test_a_broad_label_that_leaves_out_its_largest_sub_theme_is_written_from_its_sub_themes():
    from pipeline.themes.broad_names import broad_from_children

    children = [("Early help", 96), ("Health, including mental health", 91)]
    assert broad_from_children("Health and wellbeing", children) == "Early help and health"
    # a label that names its largest sub-theme's subject stays
    assert broad_from_children("Early help and wellbeing", children) == "Early help and wellbeing"
    # so does one whose largest sub-theme is a small part of it
    many = [("Early help", 30), ("Health, including mental health", 40), ("Adoption", 35), ("Foster carers", 30)]
    assert broad_from_children("Health and wellbeing", many) == "Health and wellbeing"


def test_a_name_the_findings_write_with_a_capital_keeps_it_inside_a_label():
    from pipeline.themes.label_case import cased_as_written

    texts = (["Reports from Cafcass were late."] * 6 + ["The Health and Wellbeing Board met."] * 6
             + ["The court and Cafcass met.", "Social workers use the cafcass portal.", "The plan was good."])
    labels = ["Care proceedings, public law outline and cafcass", "Improvement, wellbeing and other boards",
              "Mixed findings, some on plan"]
    assert cased_as_written(labels, texts) == ["Care proceedings, public law outline and Cafcass",
                                               "Improvement, wellbeing and other boards",  # a word of a longer name
                                               "Mixed findings, some on plan"]


def test_a_part_that_holds_an_and_goes_last_in_a_listing():
    from pipeline.themes.label_text import joined_list

    assert joined_list(["timeliness and delay", "assessments"]) == "assessments, timeliness and delay"
    assert joined_list(["education", "housing and accommodation"]) == "education, housing and accommodation"
    assert joined_list(["care leavers", "accommodation", "employment"]) == "care leavers, accommodation and employment"
    assert joined_list(["adoption"]) == "adoption"
