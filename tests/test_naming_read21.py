"""Label rules after blind read 21: a topic's share counts only the findings that write about it - not a stock
phrase that holds one of its words ("children and families"), not a word of it used in another sense ("long-term
consequences", "a stable workforce", "care experienced young people") - and a mixed label says that share rounded
down, so it never claims more of a topic than a reader finds."""

import numpy as np

from pipeline.themes.concepts import Concepts, read_concepts
from pipeline.themes.coverage import Coverage
from pipeline.themes.mixed_parts import portion, topic_parts

# Findings on nothing in particular, spread over several themes so that no word or topic is everyone's.
FILLER = [f"The {thing} was {state}." for thing in ("garden", "window", "ladder", "kettle", "carpet", "roof")
          for state in ("painted", "repaired", "counted", "moved", "cleaned", "checked")]


def _share(texts: list[str], topic: str) -> float:
    return Concepts(texts).share(np.arange(len(texts)), topic)


def test_the_stock_phrase_children_and_families_is_no_work_with_families():
    stock = ["Services for children and families were restructured.",
             "The director wrote to children and their families in May.",
             "Support for children, young people and families moved online.",
             "The Children and Families Act came into force."]
    assert _share(stock, "Work with families") == 0.0
    # the same word used of the work itself still counts
    work = ["Workers build trusting relationships with families.", "Family support is offered early."]
    assert _share(work, "Work with families") == 1.0


def test_a_topic_word_in_another_sense_is_not_counted_for_the_topic():
    other = ["Neglect has long-term consequences for children.", "The workforce is stable and vacancies are low.",
             "A stable workforce has been built.", "Permanent exclusions from school have fallen.",
             "Permanent social workers now fill most posts."]
    assert _share(other, "Permanence and stability") == 0.0
    own = ["Children live in stable homes.", "Permanence is secured through special guardianship orders.",
           "Placement stability has improved.", "Children are matched with long-term foster carers."]
    assert _share(own, "Permanence and stability") == 1.0
    # read 21: "children's lives and experiences" over care experienced young people and experienced workers
    experienced = ["Care experienced young people receive help with housing.", "An experienced social worker chairs it.",
                   "Staff have five years' experience."]
    assert _share(experienced, "Children's lives and experiences") == 0.0
    assert _share(["Children's experiences of care are recorded.", "It improves their lives."],
                  "Children's lives and experiences") == 1.0
    # "participate in activities" or "in education" is no voice of children; "participate in reviews" is
    assert _share(["Children participate in a wide range of activities.", "Members heard that the budget rose.",
                   "Participation in education is high."], "Voice and participation of children") == 0.0
    assert _share(["Children participate in their reviews."], "Voice and participation of children") == 1.0


def test_the_excluded_phrases_are_read_from_the_shipped_table_and_only_narrow_its_own_topic():
    from pipeline.themes.concepts import read_exclusions

    exclusions = read_exclusions()
    assert "children and families" in exclusions["Work with families"]
    assert set(exclusions) <= set(dict(read_concepts()))
    # a caller's own topics are read as given, with no exclusions
    topics = [("Families", ("families",))]
    assert Concepts(["Children and families were seen."], topics).share(np.arange(1), "Families") == 1.0


def test_a_share_is_said_rounded_down():
    # read 21: a label claiming more of a topic than a reader of ten findings sees was judged wrong
    assert [portion(s) for s in (0.14, 0.125, 0.17, 0.1, 0.34)] == \
        ["one in eight", "one in eight", "one in six", "one in ten", "some"]


def test_a_mixed_theme_is_not_said_to_be_partly_on_families_for_a_stock_phrase():
    stock = [f"Services for children and families were {w}." for w in ("moved", "renamed", "audited", "costed")]
    mixed = stock + [f"The {x} report was {y}." for x, y in (("annual", "late"), ("budget", "agreed"),
                                                             ("staffing", "noted"), ("estates", "filed"),
                                                             ("fleet", "sold"), ("catering", "read"))]
    covers = _covers([mixed])
    strong, minor = topic_parts(covers, 0, "Mixed findings")
    assert not any("families" in text for text in strong + minor), (strong, minor)


def _covers(themes: list[list[str]]) -> Coverage:
    texts = [t for theme in themes for t in theme] + FILLER
    ids = np.concatenate([np.repeat(np.arange(len(themes)), [len(t) for t in themes]),
                          np.repeat(np.arange(len(themes), len(themes) + 6), 6)])
    return Coverage(texts, ids)
