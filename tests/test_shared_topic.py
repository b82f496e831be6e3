"""A mixed sub-theme whose findings mostly write about one listed topic no field topic names is said by it
(`pipeline.themes.shared_topic`); fewer than half, or two topics alike, and it stays mixed."""

import numpy as np

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.shared_topic import read_shared_topics, shared_topic, shared_topics, topic_uses

TOPICS = [("Access to services", ("access", "waiting list*"), ("access to records",)),
          ("Pace of improvement", ("pace", "slow", "momentum"), ())]
MIXED = "Mixed findings, no common topic"
# four of six write about getting to a service
ACCESS = ["Families can access help in the evening.", "Waiting lists for therapy are long.",
          "Young people access support through a drop-in.", "Parents find it hard to access advice.",
          "Carers praise the new building.", "The team meets each week."]


def test_a_mixed_label_over_findings_most_of_which_write_one_listed_topic_is_said_by_it():
    covers = covers_of([ACCESS, ELSEWHERE])
    assert shared_topics({0: MIXED, 1: "Social workers"}, covers, topics=TOPICS)[0] == "Access to services"
    # another theme has it: further findings on it
    said = shared_topics({0: MIXED, 1: "Access to services"}, covers, topics=TOPICS)
    assert said[0] == "Access to services, further findings"
    # a kept (field) theme and a label that is not mixed stay
    assert shared_topics({0: MIXED, 1: "Social workers"}, covers, keep={0}, topics=TOPICS)[0] == MIXED
    assert shared_topics({0: "Therapy", 1: "Social workers"}, covers, topics=TOPICS)[0] == "Therapy"


def test_near_miss_fewer_than_half_keeps_its_mixed_label():
    # two of six write about access: mixed is true
    few = ACCESS[:1] + ACCESS[2:3] + ["Carers praise the new building.", "The team meets each week.",
                                       "Plans are reviewed on time.", "Managers sign off visits."]
    covers = covers_of([few, ELSEWHERE])
    assert shared_topics({0: MIXED, 1: "Social workers"}, covers, topics=TOPICS)[0] == MIXED


def test_near_miss_two_topics_alike_keeps_its_mixed_label():
    # three write about access, three about pace: no one topic
    both = ACCESS[:3] + ["The pace of change is slow.", "Momentum has been lost.", "Progress is at a good pace."]
    covers = covers_of([both, ELSEWHERE])
    assert shared_topic(topic_uses(covers.texts, TOPICS), covers.members[0], [t[0] for t in TOPICS]) is None
    assert shared_topics({0: MIXED, 1: "Social workers"}, covers, topics=TOPICS)[0] == MIXED


def test_a_term_in_a_not_phrase_is_not_counted():
    texts = ["Staff have access to records.", "Parents access advice.", "Nothing here."]
    uses = topic_uses(texts, TOPICS)
    assert uses[:, 0].tolist() == [False, True, False]


def test_a_topic_of_everything_names_nothing_apart():
    # every finding of the run writes about access: no lift
    everywhere = [f"{text} Access is good." for text in ELSEWHERE]
    covers = covers_of([ACCESS, everywhere])
    assert shared_topics({0: MIXED, 1: "Social workers"}, covers, topics=TOPICS)[0] == MIXED


def test_the_shipped_list_reads_and_names_no_field_topic():
    from pipeline.themes.concepts import read_concepts

    shipped = read_shared_topics()
    assert len(shipped) >= 5 and all(terms for _, terms, _ in shipped)
    assert not {label for label, _, _ in shipped} & {label for label, _ in read_concepts()}
    assert np.asarray(topic_uses(["Families wait to access help."], shipped)).any()


def test_the_shipped_list_says_a_mixed_theme_on_vulnerable_groups():
    # five of six write of people at risk by the word "vulnerable" (labels38, read 62: "findings mostly about
    # 'vulnerable children'" under "Mixed findings, some on senior leadership and scrutiny")
    at_risk = ["Leaders fund services for vulnerable children.", "Outreach reaches the most vulnerable families.",
               "Vulnerable adults are discussed at the panel.", "Partners know the vulnerabilities of care leavers.",
               "Vulnerable young people are offered mentors.", "The board meets each quarter."]
    covers = covers_of([at_risk, ELSEWHERE])
    said = shared_topics({0: "Mixed findings, some on senior leadership and scrutiny", 1: "Social workers"}, covers)
    assert said[0] == "Vulnerable children and groups"
