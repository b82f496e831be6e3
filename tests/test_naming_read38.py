"""Sub-theme labels after blind read 38: a mixed label over findings most of which are nearest one field topic in
meaning, though few write its words, is said by that topic, or as further findings on it when another theme has it."""

import numpy as np

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.whole_topic import nearest_topics

# findings on families in many words; the field topic's centre lies along the first axis, another's along the second
KIN = ["Relatives step in when parents struggle.", "Grandparents care for two siblings.",
       "Parents get help with routines.", "A mother and her son see a worker weekly.",
       "Brothers and sisters stay together.", "Carers praise the new building."]
CENTRES = (["Work with families", "Caseloads and workload"], np.array([[1.0, 0.0], [0.0, 1.0]]))


def _vectors(first: int, second: int) -> np.ndarray:
    """Rows of unit vectors: `first` along the first axis, then `second` along the second."""
    return np.array([[1.0, 0.1]] * first + [[0.1, 1.0]] * second)


def test_a_mixed_label_over_findings_mostly_nearest_one_topic_is_said_by_it():
    covers = covers_of([KIN, ELSEWHERE])
    vectors = _vectors(5, 1 + len(ELSEWHERE))  # five of six kin findings nearest work with families
    label = "Mixed findings, no common topic"
    assert nearest_topics({0: label, 1: "Social workers"}, covers, vectors, CENTRES)[0] == "Work with families"
    # another theme named by it: further findings on it; both taken, or a field theme: kept
    said = nearest_topics({0: label, 1: "Work with families"}, covers, vectors, CENTRES)
    assert said[0] == "Work with families, further findings"
    taken = {0: label, 1: "Work with families", 2: "Work with families, further findings"}
    assert nearest_topics(taken, covers_of([KIN, ELSEWHERE, ELSEWHERE]), _vectors(5, 1 + 2 * len(ELSEWHERE)),
                          CENTRES)[0] == label
    assert nearest_topics({0: label, 1: "Social workers"}, covers, vectors, CENTRES, keep={0})[0] == label
    # a label that is not mixed stays
    assert nearest_topics({0: "Kinship care", 1: "Social workers"}, covers, vectors, CENTRES)[0] == "Kinship care"


def test_a_mixed_label_stays_when_few_are_nearest_one_topic_or_everything_is():
    covers = covers_of([KIN, ELSEWHERE])
    label = "Mixed findings, no common topic"
    # two of six nearest work with families: still mixed
    few = np.vstack([_vectors(2, 4), _vectors(0, len(ELSEWHERE))])
    assert nearest_topics({0: label, 1: "Social workers"}, covers, few, CENTRES)[0] == label
    # nearly all the run's findings nearest it: a topic of everything names nothing apart
    everything = _vectors(len(KIN) + len(ELSEWHERE), 0)
    assert nearest_topics({0: label, 1: "Social workers"}, covers, everything, CENTRES)[0] == label


# findings most of which write about audits (a field topic's words) but lie nearest earlier inspections in meaning
AUDITS = ["Managers audit case files each month.", "The audit programme shows weaker plans.",
          "Audits of strategy meetings found gaps.", "A themed audit looked at neglect.",
          "Practice has improved since then.", "Leaders know what needs to change."]
EARLIER = (["Earlier inspections and their judgements", "Caseloads and workload"], CENTRES[1])


def test_a_mixed_label_whose_findings_write_another_topic_is_not_said_by_the_topic_nearest_in_meaning():
    # four of six write about audits (performance data and quality assurance), none about earlier inspections:
    # they share the written topic, not the near one (read 39)
    covers = covers_of([AUDITS, ELSEWHERE])
    vectors = _vectors(6, len(ELSEWHERE))
    label = "Mixed findings, some on audits"
    assert nearest_topics({0: label, 1: "Social workers"}, covers, vectors, EARLIER)[0] == label


def test_near_miss_few_writing_another_topic_still_takes_the_nearest_topic():
    # two of six write about audits (under concepts.LEAST): the nearest topic still names them
    few = AUDITS[:2] + ["Practice has improved since then.", "Leaders know what needs to change.",
                        "The service was judged inadequate before.", "Progress is steady."]
    covers = covers_of([few, ELSEWHERE])
    vectors = _vectors(6, len(ELSEWHERE))
    said = nearest_topics({0: "Mixed findings, some on audits", 1: "Social workers"}, covers, vectors, EARLIER)
    assert said[0] == "Earlier inspections and their judgements"
