"""A field topic's label its findings seldom write, over findings most of which write one term of the topic, is said
by that term as a noun (`pipeline.themes.written_term`); near misses keep their labels."""

import pytest

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.name_checks import pos_tagger
from pipeline.themes.written_term import written_terms

pytestmark = pytest.mark.skipif(pos_tagger() is None, reason="needs the POS tagger to tell a noun form")

# Eight findings on older teenagers without a home: 7 write "homeless" or "homelessness", 1 writes "accommodation".
HOMELESS = ["Sixteen-year-olds who present as homeless get a quick assessment.",
            "Older teenagers who are homeless are told of their rights.",
            "The service works to prevent homelessness among older teenagers.",
            "Homelessness among seventeen-year-olds is rising.",
            "Few teenagers at risk of homelessness are offered care.",
            "Homeless teenagers are not always offered to become looked after.",
            "Two young people presented as homeless this year.",
            "Suitable accommodation is found on the same day."]
LABELS = {0: "Housing and accommodation", 1: "Social workers"}


def test_a_topic_label_its_findings_seldom_write_is_said_by_the_term_they_write():
    covers = covers_of([HOMELESS, ELSEWHERE + ELSEWHERE])
    said = written_terms(LABELS, covers)
    assert said[0] == "Homelessness"  # the noun form, not the adjective "homeless" more of them write
    assert said[1] == "Social workers"
    # a kept (field) theme's label stays, and so does one another theme (or `taken`) has
    assert written_terms(LABELS, covers, keep={0})[0] == LABELS[0]
    assert written_terms(LABELS, covers, taken={"Homelessness"})[0] == LABELS[0]


def test_near_misses_keep_their_labels():
    # the label's own words written by a fifth or more (3 of 8 write "housing")
    housed = HOMELESS[:5] + ["Housing officers see them the same day.", "Housing is found quickly.",
                             "Housing for care leavers is good."]
    assert written_terms(LABELS, covers_of([housed, ELSEWHERE + ELSEWHERE]))[0] == LABELS[0]
    # the term written by fewer than most (4 of 8)
    few = HOMELESS[:4] + ["Care leavers live near their families.", "Care leavers have personal advisers.",
                          "Visits are regular.", "Plans are updated."]
    assert written_terms(LABELS, covers_of([few, ELSEWHERE + ELSEWHERE]))[0] == LABELS[0]
    # no noun form of the term written by three of them: the adjective alone says no subject
    adjective = [text.replace("homelessness", "being homeless").replace("Homelessness", "Being homeless")
                 for text in HOMELESS]
    assert written_terms(LABELS, covers_of([adjective, ELSEWHERE + ELSEWHERE]))[0] == LABELS[0]
    # another topic written by half as many or more (children looked after, 7 of 8): the term is no subject of its own
    looked_after = [text.rstrip(".") + " when looked after." for text in HOMELESS[:7]] + HOMELESS[7:]
    assert written_terms(LABELS, covers_of([looked_after, ELSEWHERE + ELSEWHERE]))[0] == LABELS[0]
    # a label that is no field topic's
    assert written_terms({0: "Older teenagers", 1: "Social workers"},
                         covers_of([HOMELESS, ELSEWHERE + ELSEWHERE]))[0] == "Older teenagers"
