""""Mixed findings: X" over findings half of which write field topic X said "X" (`pipeline.themes.colon_topic`);
near misses keep their labels."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.colon_topic import colon_topic, colon_topics

# ten findings, six on where children live (the shipped topic's terms "live in", "live with"), four on other things
LIVE = ["Most children live in stable homes.", "Children live with kinship carers.", "Many live with relatives.",
        "Few children live in unregistered homes.", "Children live in homes near school.",
        "Some live with foster carers far away.", "The panel met in May.", "Files are audited.",
        "Leaders know the area.", "Training is offered."]


def test_mixed_findings_on_a_topic_half_of_them_write_is_said_by_the_topic():
    covers = covers_of([LIVE, ELSEWHERE])
    assert colon_topic(covers, 0, "Mixed findings: where children live") == "Where children live"
    said = colon_topics({0: "Mixed findings: where children live", 1: "Social workers"}, covers)
    assert said == {0: "Where children live", 1: "Social workers"}
    # a kept theme, and a topic another theme is named by, stay
    assert colon_topics({0: "Mixed findings: where children live", 1: "Social workers"}, covers, keep={0})[0] \
        == "Mixed findings: where children live"
    assert colon_topics({0: "Mixed findings: where children live", 1: "Where children live"}, covers)[0] \
        == "Mixed findings: where children live"


def test_near_miss_a_topic_under_half_of_them_write_or_no_topic_stays():
    covers = covers_of([LIVE[:4] + LIVE[6:] + ["Visits are late.", "Plans are clear."], ELSEWHERE])
    assert colon_topic(covers, 0, "Mixed findings: where children live") is None  # four in ten
    covers = covers_of([LIVE, ELSEWHERE])
    assert colon_topic(covers, 0, "Mixed findings: stable homes") is None  # no field topic
    assert colon_topic(covers, 0, "Mixed findings, some on where children live") is None  # another wording
