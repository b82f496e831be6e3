"""A field topic a mixed label names as its part is said by the parts of it its findings write
(`pipeline.themes.borne_topics`), and so is a topic named over a theme sharing one word of it, not the topic
(`pipeline.themes.topic_words`)."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.borne_topics import said_borne, topic_parts_borne
from pipeline.themes.mixed_topics import WEAK_MIXED
from pipeline.themes.topic_words import shares_a_word, topic_words

# half write of meetings, none of reviews
MEETINGS = ["Partners attend the monthly meeting regularly.", "The meeting minutes are not always shared.",
            "Attendance at the strategy meeting is good.", "Schools rarely come to the meetings.",
            "The meetings are chaired by a senior manager.", "Thresholds are applied well at the front door.",
            "Contacts are screened quickly.", "The duty desk is busy.", "Managers check the referrals daily.",
            "Advice is given by telephone."]
# a fifth write of children's views or advocacy, none of voice or participation
VIEWS = ["The views of the child are recorded in the plan.", "An advocacy service is offered to every child.",
         "Services are good overall.", "The service was brought back in house.", "Capacity has grown this year.",
         "Staff turnover is low.", "Work is of a consistent quality.", "Managers are visible.",
         "The budget is under pressure.", "Partners describe the service as responsive."]
# sub-groups of every kind of body, none of the board
SUBGROUPS = ["The youth council has set up a new sub-group on bullying.", "Each sub-group reports to its chair.",
             "The corporate parenting sub-group meets monthly.", "A sub-group on health needs was formed.",
             "The sub-group for care leavers is active.", "Core group meetings are held on time.",
             "A family group conference was offered.", "Sub-group chairs meet twice a year.",
             "The practice sub-group reviews audits.", "The sub-group on housing reports progress."]
# the safeguarding board and its sub-groups
BOARD = ["The safeguarding board holds partners to account.", "The board's sub-groups report each quarter.",
         "The safeguarding board has an independent chair.", "The sub-group on neglect reports to the board.",
         "Partners attend the safeguarding board.", "The board's annual report is thorough.",
         "The safeguarding board audits multi-agency practice.", "The learning sub-group shares findings.",
         "The safeguarding board is well funded.", "The board challenges partners."]


def _covers(texts, others: int = 10):
    return covers_of([texts] + [ELSEWHERE] * others)


def test_a_topic_part_few_write_is_left_out():
    said = said_borne(_covers(MEETINGS), 0, "Mixed findings, some on meetings and reviews")
    assert said == "Mixed findings, some on meetings"


def test_a_topic_none_of_whose_parts_are_written_keeps_its_label():
    # "Mixed findings, no common topic" (or its tone alone) names no topic: read 52 and 87 called it a placeholder
    label = "Mixed findings, some on voice and participation of children"
    assert said_borne(_covers(VIEWS), 0, label) is None
    toned = "Mixed findings, mostly strengths, some on voice and participation of children"
    assert said_borne(_covers(VIEWS), 0, toned) is None
    assert WEAK_MIXED.search("Mixed findings, no common topic")


def test_a_label_is_not_made_smaller_than_a_fifth():
    # one in ten writes of meetings: "one in ten on meetings" would claim less than the label readers took
    few = MEETINGS[:1] + MEETINGS[5:] + ["Work is timely.", "Plans are clear.", "Audits are regular.",
                                         "Leaders are visible."]
    assert said_borne(_covers(few), 0, "Mixed findings, some on meetings and reviews") is None


def test_a_topic_whose_parts_are_written_stays():
    both = MEETINGS[:5] + ["The review of the plan is late.", "Reviews are held on time.",
                           "The reviewing officer checks progress.", "Each review is recorded.", "Reviews are good."]
    assert said_borne(_covers(both), 0, "Mixed findings, some on meetings and reviews") is None


def test_only_a_mixed_part_of_a_field_topic_is_read():
    assert said_borne(_covers(MEETINGS), 0, "Meetings and reviews") is None
    assert said_borne(_covers(MEETINGS), 0, "Mixed findings: meetings and reviews") is None
    assert said_borne(_covers(MEETINGS), 0, "Mixed findings, some on front doors and reviews") is None


def test_topic_parts_borne_gives_a_free_label_and_lets_the_plain_one_repeat():
    labels = {0: "Mixed findings, some on meetings and reviews", **{1 + i: f"Visits {i}" for i in range(10)}}
    assert topic_parts_borne(labels, _covers(MEETINGS))[0] == "Mixed findings, some on meetings"
    assert topic_parts_borne(labels, _covers(MEETINGS), keep={0})[0] == labels[0]
    assert topic_parts_borne(labels, _covers(MEETINGS), taken={"Mixed findings, some on meetings"})[0] == labels[0]
    views = {0: "Mixed findings, some on voice and participation of children", **{1 + i: f"Visits {i}" for i in range(10)}}
    assert topic_parts_borne(views, _covers(VIEWS))[0] == views[0]


def test_topic_words_are_the_parts_a_reader_looks_for():
    assert topic_words("Meetings and reviews") == ["meetings", "reviews"]
    assert topic_words("Safeguarding board and its sub-groups") == ["safeguarding board", "sub-groups"]


def test_a_theme_sharing_one_word_of_a_topic_is_said_by_that_word():
    topic = "Safeguarding board and its sub-groups"
    assert shares_a_word(_covers(SUBGROUPS), 0, topic)
    assert not shares_a_word(_covers(BOARD), 0, topic)
    assert said_borne(_covers(SUBGROUPS), 0, topic) == "Mixed findings, mostly on sub-groups"
    assert said_borne(_covers(BOARD), 0, topic) is None
    # findings that write the topic's lead ("governance") name it, though few write its other part
    governance = [f"The governance of the {w} is clear." for w in ("board", "service", "panel", "partnership",
                                                                    "trust", "council", "team", "forum", "hub", "unit")]
    assert not shares_a_word(_covers(governance), 0, "Governance and accountability")
