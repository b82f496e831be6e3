"""Label rules after blind reads 46 and 47: a topic label that shows a verb's lemma as a noun phrase ("Home educate",
judged meaningless) is said as the noun phrase the run writes with its words ("Elective home education")."""

import numpy as np

from pipeline.themes.coverage import Coverage
from pipeline.themes.written_phrase import as_written

EDUCATED = ["Children who are home educated are visited by the team.",
            "Support for children home educated is effective.",
            "Families of children home educated receive advice.",
            "The number of children home educated has risen.",
            "Vulnerable children home educated are identified quickly.",
            "Parents who choose to home educate are offered a visit.",
            "The elective home education team works with schools.",
            "Elective home education registers are checked monthly.",
            "The elective home education officer visits families."]
OTHER = [f"The {thing} was {state}." for thing in ("garden", "window", "ladder", "kettle", "carpet", "roof")
         for state in ("painted", "repaired", "counted", "moved", "cleaned", "checked")]


def _covers(theme: list[str]) -> Coverage:
    return Coverage(theme + OTHER, np.array([0] * len(theme) + [1] * len(OTHER)))


def test_a_verb_lemma_label_is_said_as_the_noun_phrase_its_findings_write():
    covers = _covers(EDUCATED)
    labels = {0: "Home educate", 1: "Mixed findings, no common topic"}
    assert as_written(labels, covers)[0] == "Elective home education"
    # a theme kept as it is (a field theme's) keeps its label
    assert as_written(labels, covers, keep={0})[0] == "Home educate"
    # another theme has that name: the label stays rather than duplicate it
    assert as_written({**labels, 1: "Elective home education"}, covers)[0] == "Home educate"


def test_a_label_written_as_shown_or_no_lemma_is_kept():
    covers = _covers(EDUCATED)
    for label in ("Home education", "Elective home education", "Mixed findings: home educate",
                  "Home educate and visits"):
        assert as_written({0: label}, covers)[0] == label
    # the lemma as often written as the participle: how the findings write it
    lemma = _covers(EDUCATED[:2] + [f"Parents who home educate {x} are visited." for x in ("here", "there")])
    assert as_written({0: "Home educate"}, lemma)[0] == "Home educate"


FOSTERING = [f"Foster carers are {w}." for w in ("trained well", "visited often", "recruited", "paid", "heard",
                                                 "valued", "kind", "local", "supported", "reviewed")]


def test_a_kind_of_a_two_word_term_most_of_the_theme_writes_is_said_as_part_of_that_term():
    from pipeline.themes.fallback_names import widened

    homes = ([f"Unregistered children's homes {w}." for w in ("are used rarely", "are checked", "are avoided")]
             + [f"Children's homes {w}." for w in ("are good", "are local", "are inspected", "have staff",
                                                     "are small", "are full")]
             + ["Placements are found."])
    covers = Coverage(homes + FOSTERING, np.repeat([0, 1], 10))
    assert widened(covers, 0, "Unregistered children's homes") \
        == "Children's homes, including unregistered children's homes"
    # the kind is most of it: the label stays
    most = homes[:3] * 2 + homes[3:5] + ["Placements are found."] * 2
    assert widened(Coverage(most + FOSTERING, np.repeat([0, 1], 10)), 0, "Unregistered children's homes") \
        == "Unregistered children's homes"
    # a compound term of nouns is no kind of its last two words ("child protection plans" of "protection plans")
    plans = ([f"Child protection plans {w}." for w in ("are timely", "are reviewed", "are shared")]
             + [f"Protection plans {w}." for w in ("are good", "are local", "are clear", "are signed", "are long",
                                                    "are read")] + ["Visits happen."])
    assert widened(Coverage(plans + FOSTERING, np.repeat([0, 1], 10)), 0, "Child protection plans") \
        == "Child protection plans"


def test_a_statistics_or_various_aspects_label_with_no_word_of_its_own_is_near_alike():
    from pipeline.themes.alike_labels import near_alike

    # read 47: "Statistics on population" beside "Statistics on local population" read as a duplicate
    assert near_alike("Statistics on population", "Statistics on local population")
    assert near_alike("Decisions, various aspects", "Decision making")
    # a word of its own, or figures beside findings, tells them apart
    assert not near_alike("Statistics on local population", "Statistics on population")
    assert not near_alike("Statistics on population", "Population")
    # a kind of the word is no duplicate of its various aspects
    assert not near_alike("Plans, various aspects", "Child protection plans")
    # topic labels keep the earlier rule: an added word tells them apart
    assert not near_alike("Permanence", "Child permanence")


def test_a_broad_label_never_leads_with_a_word_of_figures():
    from pipeline.themes.broad_parts import general_head_label
    from tests.test_naming_broad_parts import ELSEWHERE, covers_of

    average = [f"{w} is above the national average." for w in (
        "Attendance", "Attainment at key stage 2", "Progress in reading", "The rate of exclusions",
        "Timeliness of adoption", "The share of care leavers in work", "Stability", "The number of referrals")] + [
        "Primary schools report good attendance.", "Secondary schools report lower attendance.",
        "Primary schools offer breakfast clubs.", "Pupils in secondary schools sit GCSEs."]
    children = ["Statistics on schools, including primary schools", "Comparisons with national averages"]
    # 8 of 12 write "average", yet "Averages" names a form of figures, not what they are on (read 47: meaningless)
    assert general_head_label("Primary schools and secondary schools", covers_of([average, ELSEWHERE * 3]), 0,
                              children) == "Primary schools and secondary schools"
