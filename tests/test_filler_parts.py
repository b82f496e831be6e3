"""Filler sub-theme labels said by the parts most of their findings bear, and a label of one wording of a shared topic
said by the topic (`pipeline.themes.filler_parts`); near misses keep their labels."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.filler_parts import filler, filler_said, parts_borne

# twelve findings that share the word "group" in two senses: five on a steering group's complaints, five on a youth
# group's training, two on neither
GROUPS = ["The steering group reviews complaints from parents monthly.",
          "Complaints about the steering group were resolved.", "A steering group leaflet explains how to complain.",
          "Complaints are logged by the steering group.", "The steering group reads every complaint.",
          "Training for youth group leaders was delayed.", "The youth group attended a course on trauma.",
          "Youth group training on neglect was well received.", "New starters join a youth group induction.",
          "A youth group course covers first aid.", "The group met in the library.", "The group walked to town."]
# five findings on nothing the field names, each in words of its own
OTHER = ["The group met in the library.", "A reading group runs on Fridays.", "The art group painted a mural.",
         "Sibling groups wait longest.", "The football group won a cup."]
# ten findings that write "pupil premium" once, and complaints and training as above
PREMIUM = ["The pupil premium was spent on tutoring."] + GROUPS[:5] + GROUPS[5:9]
TOPICS = [("Changes too recent to show impact", ("early stage", "too early", "recently introduced"), ()),
          ("Pace of improvement", ("pace", "momentum"), ())]
# eight of ten say a change is too new to judge, three of them in the words "early stage"
NEW = ["The new panel is at an early stage.", "The hub is in its early stages.", "The scheme is at an early stage.",
       "It is too early to see the impact of the new model.", "It is too early to judge the new rota.",
       "The tool was recently introduced and is untested.", "The forum was recently introduced.",
       "It is too early to tell whether the audits help.", "Managers read every file.", "Visits are on time."]


def test_a_filler_label_is_said_by_the_parts_most_of_its_findings_bear():
    covers = covers_of([GROUPS, ELSEWHERE])
    parts = parts_borne(covers, 0, "Group, various aspects")
    assert [part.lower()[:8] for part in parts] == ["training", "complain"]
    said = filler_said({0: "Group, various aspects", 1: "Social workers"}, covers, topics=[])
    assert said[0] == "Training and complaints"
    # "X, further findings" and "Context and statistics" are fillers too
    for label in ("Youth work, further findings", "Context and statistics"):
        assert filler_said({0: label, 1: "Social workers"}, covers, topics=[])[0] == "Training and complaints"
    # a kept (field) theme, and a new label another theme has, stay
    assert filler_said({0: "Group, various aspects", 1: "Social workers"}, covers, keep={0}, topics=[])[0] \
        == "Group, various aspects"
    taken = {0: "Group, various aspects", 1: "Training and complaints"}
    assert filler_said(taken, covers, topics=[])[0] == "Group, various aspects"


def test_x_further_findings_whose_findings_bear_x_keeps_its_label():
    """read 88: 'Meetings and reviews, further findings' over reviews (ok) was said as parts without reviews (wrong);
    X borne by a fifth of the findings or more stays, X borne by fewer is a filler."""
    covers = covers_of([GROUPS, ELSEWHERE])
    assert filler(covers, 0, "Youth work, further findings")  # no finding writes youth work
    assert not filler(covers, 0, "Complaints, further findings")  # five of twelve write complaints
    assert filler_said({0: "Complaints, further findings", 1: "Social workers"}, covers, topics=[])[0] \
        == "Complaints, further findings"


def test_near_miss_various_aspects_over_a_word_of_its_own_is_no_filler():
    # readers accepted "X, various aspects" over a subject word ("Relationships", "Challenge"): kept
    covers = covers_of([GROUPS, ELSEWHERE])
    assert not filler(covers, 0, "Relationships, various aspects")
    assert filler_said({0: "Relationships, various aspects", 1: "Social workers"}, covers, topics=[])[0] \
        == "Relationships, various aspects"


def test_near_miss_one_part_or_parts_few_bear_keep_the_label():
    # only the complaints part: one part is no listing
    covers = covers_of([GROUPS[:5] + OTHER, ELSEWHERE])
    assert parts_borne(covers, 0, "Group, various aspects") == []
    # each part borne by one in ten: no part a reader of ten findings would find twice
    thin = [GROUPS[0], GROUPS[5], "The group chose a new name.", "A small group walked to town."] + OTHER[:4] \
        + ["The group sang.", "The group ate lunch."]
    covers = covers_of([thin, ELSEWHERE])
    assert parts_borne(covers, 0, "Group, various aspects") == []
    assert filler_said({0: "Group, various aspects", 1: "Social workers"}, covers, topics=[])[0] \
        == "Group, various aspects"


def test_a_mixed_listing_of_a_part_few_bear_is_said_by_the_parts_they_do():
    covers = covers_of([PREMIUM, ELSEWHERE])
    assert filler(covers, 0, "Mixed findings: pupil premium")
    assert filler_said({0: "Mixed findings: pupil premium", 1: "Social workers"}, covers, topics=[])[0] \
        in {"Training and complaints", "Complaints and training", "Training, complaints and feedback"}
    # near miss: the part is borne by three in ten, at least a fifth: no filler
    borne = PREMIUM[:1] * 3 + PREMIUM[3:]
    covers = covers_of([borne, ELSEWHERE])
    assert not filler(covers, 0, "Mixed findings: pupil premium")


def test_a_label_of_one_wording_of_a_shared_topic_is_said_by_the_topic():
    covers = covers_of([NEW, ELSEWHERE])
    said = filler_said({0: "Early stage", 1: "Social workers"}, covers, topics=TOPICS)
    assert said[0] == "Changes too recent to show impact"


def test_near_miss_a_label_no_term_of_the_topic_or_written_as_often_stays():
    covers = covers_of([NEW, ELSEWHERE])
    # not one of the topic's terms
    assert filler_said({0: "New models", 1: "Social workers"}, covers, topics=TOPICS)[0] == "New models"
    # most of them write the label's own words: it says what they write
    early = [f"The {w} is at an early stage." for w in "abcdefg"] + ["It is too early to judge.", "Visits are on time.",
                                                                    "Managers read every file."]
    covers = covers_of([early, ELSEWHERE])
    assert filler_said({0: "Early stage", 1: "Social workers"}, covers, topics=TOPICS)[0] == "Early stage"


def test_the_shipped_shared_topics_name_a_change_too_recent_to_judge():
    from pipeline.themes.shared_topic import read_shared_topics
    covers = covers_of([NEW, ELSEWHERE])
    assert filler_said({0: "Early stage", 1: "Social workers"}, covers, topics=read_shared_topics())[0] \
        == "Changes too recent to show impact"


def test_near_miss_a_frame_word_of_one_sense_is_no_filler():
    # every finding is on the one steering group: a subject, whatever parts they bear ('Board, various aspects' over
    # boards of one kind)
    one = [text.replace("youth group", "steering group") for text in GROUPS]
    covers = covers_of([one, ELSEWHERE])
    assert not filler(covers, 0, "Group, various aspects")
    assert filler(covers_of([GROUPS, ELSEWHERE]), 0, "Group, various aspects")


def test_the_shipped_topic_leaves_out_doing_something_early():
    # "resolved at an early stage" is early help, not a change too new to judge
    from pipeline.themes.shared_topic import read_shared_topics, topic_uses
    topics = read_shared_topics()
    column = [name for name, _, _ in topics].index("Changes too recent to show impact")
    texts = ["Problems are resolved at an early stage.", "Needs are identified at an early stage.",
             "The new hub is at an early stage.", "It is too early to judge the rota."]
    assert topic_uses(texts, topics)[:, column].tolist() == [False, False, True, True]


# twelve findings: five write permanence (none stability), five delay or drift, two neither
PERMANENCE = ["Permanence is secured for most children.", "The permanence panel meets monthly.",
              "Permanence is considered at the second review.", "Managers track permanence for every child.",
              "Routes to permanence are explored early.", "Delay in court hampers plans.", "Drift in casework persists.",
              "Some delay is seen in visits.", "Delay affects a few families.", "Drift was found in two files.",
              "The office moved in May.", "The newsletter is read widely."]


def test_a_topic_part_is_said_by_the_parts_of_its_label_the_findings_write():
    """read 88 rejected 'Timeliness and delay, permanence and stability' over findings a fifth of which write
    permanence and almost none stability: a topic listed as a part is said by the words of it they write."""
    covers = covers_of([PERMANENCE, ELSEWHERE])
    said = filler_said({0: "Context and statistics", 1: "Social workers"}, covers, topics=[])[0]
    assert "ermanence" in said and "stability" not in said.lower() and "timeliness" not in said.lower()
    assert "delay" in said.lower()


def test_near_miss_a_topic_part_whose_label_words_are_all_written_stays_whole():
    both = [text.replace("Permanence is", "Permanence and stability are") for text in PERMANENCE[:5]] \
        + PERMANENCE[5:]
    covers = covers_of([both, ELSEWHERE])
    said = filler_said({0: "Context and statistics", 1: "Social workers"}, covers, topics=[])[0]
    assert "permanence and stability" in said.lower()


def test_mixed_some_on_x_is_said_by_its_parts_when_two_bear_enough():
    """labels63: "Mixed findings, some on X" is a wording readers reject; said by two or more parts together borne
    by PAIR of its findings, else kept."""
    covers = covers_of([GROUPS, ELSEWHERE])
    assert filler(covers, 0, "Mixed findings, some on complaints")
    assert filler(covers, 0, "Mixed findings, one in ten on complaints")
    assert not filler(covers, 0, "Mixed findings, mostly on complaints")
    assert filler_said({0: "Mixed findings, some on complaints", 1: "Social workers"}, covers, topics=[])[0] \
        == "Training and complaints"
    # one part only: kept
    covers = covers_of([GROUPS[:5] + OTHER, ELSEWHERE])
    assert filler_said({0: "Mixed findings, some on complaints", 1: "Social workers"}, covers, topics=[])[0] \
        == "Mixed findings, some on complaints"
