"""Sub-theme labels after blind read 37: a label that misses the one topic nearly all its findings are on is said by
that topic, or by the part of it the theme holds; a lone generic word is said as further findings on the sibling
term it is short for; a topic whose left-out sense the label names is said with it."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.topic_renames import topic_of_word
from pipeline.themes.whole_topic import sibling_terms, whole_topic, whole_topics

LOOKED_AFTER = [f"Children looked after {w}." for w in (
    "have stable homes", "see their social workers often", "are visited by their carers", "keep in touch with family",
    "know why they moved", "have health checks on time", "are heard at their reviews", "enjoy clubs and hobbies")] + [
    "School attendance of children looked after is improving.", "Attendance at school by children in care is high."]

LEAVING = [f"{n} young people ceased to be looked after and moved to independent living." for n in (
    "Six", "Nine", "Twelve", "Four")] + [
    f"{n} young people ceased to be looked after and live in houses of multiple occupation." for n in (
        "Two", "Three", "Five")] + [
    f"{n} children ceased to be looked after and went home." for n in ("Eleven", "Fifteen", "Twenty")]


def test_a_mixed_label_over_findings_nearly_all_on_one_topic_is_said_by_it():
    covers = covers_of([LOOKED_AFTER, ELSEWHERE * 3, ELSEWHERE])
    assert whole_topic(covers, 0) == "Children looked after"
    label = "Mixed findings, mostly on children looked after"
    # the topic free: said as the topic
    assert whole_topics({0: label, 1: "Social workers"}, covers)[0] == "Children looked after"
    # another theme named by it (or a synonym): further findings on it
    assert whole_topics({0: label, 1: "Children in care"}, covers)[0] == "Children looked after, further findings"
    # both taken: the topic and the part of it this theme holds
    taken = {0: label, 1: "Children in care", 2: "Children looked after, further findings"}
    assert whole_topics(taken, covers)[0] == "Children looked after, including school attendance and attainment"
    # a field theme keeps its label
    assert whole_topics({0: label, 1: "Social workers"}, covers, keep={0})[0] == label


def test_a_theme_only_partly_on_a_topic_stays_mixed():
    half = covers_of([LOOKED_AFTER[:5] + ELSEWHERE[:5], ELSEWHERE * 3])
    assert whole_topic(half, 0) is None
    label = "Mixed findings, one in eight on children looked after"
    assert whole_topics({0: label, 1: "Social workers"}, half)[0] == label


def test_a_minor_part_named_as_the_whole_gives_way_to_the_topic():
    covers = covers_of([LEAVING, ELSEWHERE * 3, ELSEWHERE])
    labels = {0: "Houses of multiple occupation", 1: "Children in care", 2: "Children looked after, further findings"}
    # three in ten on houses of multiple occupation, all ten on children ceasing to be looked after
    assert whole_topics(labels, covers)[0] == "Children looked after, including houses of multiple occupation"
    # a label half or more of the theme writes is no minor part
    most = covers_of([[text.replace("went home", "live in houses of multiple occupation")
                       .replace("moved to independent living", "live in houses of multiple occupation")
                       for text in LEAVING], ELSEWHERE * 3, ELSEWHERE])
    assert whole_topics(labels, most)[0] == "Houses of multiple occupation"
    # a label that holds one of the topic's own terms is a kind of it, and a label of figures names their topic
    for label in ("Children in care who return home", "Statistics on independent living"):
        assert whole_topics({**labels, 0: label}, covers)[0] == label


BOARD = [f"The board {w}." for w in (
    "is well chaired", "has the right members", "challenges partners", "publishes a clear annual report",
    "hears from young people", "tracks its priorities", "meets every quarter", "funds training",
    "scrutinises data", "reviews its business plan")]
PLANS = [f"{w} plans are clear." for w in ("Care", "Child protection", "Child in need", "Care", "Safety")] + [
    f"Plans {w}." for w in ("are reviewed", "say what must change", "are shared", "are updated", "lack detail")]
ASSESSMENTS = [f"{w} assessments are thorough." for w in ("Single", "Early help", "Pre-birth", "Adopter", "Risk")] + [
    "The self-assessment is accurate.", "Assessment of need is timely.", "Assessments consider history.",
    "Assessed needs are met.", "Assessments are updated."]


def test_a_lone_generic_word_is_said_as_further_findings_on_the_term_it_is_short_for():
    covers = covers_of([BOARD, ELSEWHERE * 3, ["The safeguarding children board is strong."] * 5])
    labels = {0: "Board, various aspects", 1: "Social workers", 2: "Safeguarding children board"}
    assert sibling_terms(labels, covers, {0: 10, 1: 36, 2: 5})[0] == "Safeguarding children board, further findings"
    # no sibling named by a term of the word: kept
    assert sibling_terms({**labels, 2: "Partnership"}, covers, {})[0] == "Board, various aspects"
    # the label taken already: kept
    taken = {**labels, 1: "Safeguarding children board, further findings"}
    assert sibling_terms(taken, covers, {})[0] == "Board, various aspects"


def test_plans_of_many_kinds_are_no_further_findings_on_one_kind():
    covers = covers_of([PLANS, ELSEWHERE * 3, ["Pathway plans are written with care leavers."] * 5])
    labels = {0: "Plans, various aspects", 1: "Social workers", 2: "Pathway plans"}
    assert sibling_terms(labels, covers, {})[0] == "Plans, various aspects"


def test_a_mixed_label_over_findings_all_writing_a_siblings_word_holds_further_findings_on_it():
    covers = covers_of([ASSESSMENTS, ELSEWHERE * 3, ["Assessments are good."] * 5])
    labels = {0: "Mixed findings: common assessment framework", 1: "Social workers", 2: "Assessments, various aspects"}
    assert sibling_terms(labels, covers, {})[0] == "Assessments, further findings"
    # fewer than nine in ten write it: still mixed
    few = covers_of([ASSESSMENTS[:6] + ELSEWHERE[:4], ELSEWHERE * 3, ["Assessments are good."] * 5])
    assert sibling_terms(labels, few, {})[0] == "Mixed findings: common assessment framework"


def test_a_topic_whose_left_out_sense_the_label_names_is_said_with_it():
    missing = [f"Children missing education {w}." for w in ("are tracked", "are found", "get tuition", "are few")] + [
        "Children missing from home get return interviews.", "Children missing from care are found quickly.",
        "Missing episodes are recorded.", "Those missing overnight are safe.", "Missing reports are shared.",
        "Runaways are found."]
    covers = covers_of([missing, ELSEWHERE * 3])
    assert topic_of_word(covers, 0, "Missing education") == \
        "Children missing from home or care and missing education"
    # a label no sense left out of the topic: the topic alone
    episodes = covers_of([[text.replace("missing education", "missing at night") for text in missing],
                          ELSEWHERE * 3])
    assert topic_of_word(episodes, 0, "Missing episodes") == "Children missing from home or care"


ARRANGEMENTS = [f"Governance arrangements {w}." for w in ("are clear", "are reviewed", "are sound", "are new")] + [
    "Contact arrangements suit children.", "Step down arrangements are safe.", "Arrangements are in place.",
    "These arrangements work well.", "Out of hours arrangements are effective.", "Such arrangements are unsuitable."]
ACTIONS = [f"{w} action is taken to protect children." for w in ("Decisive", "Immediate", "Swift", "Prompt")] + [
    "Action is taken when risk rises.", "Leaders have taken action.", "Action followed the audit.",
    "No further action was needed.", "Action was slow.", "The action taken was right."]


def test_a_mixed_label_with_no_sibling_is_said_by_the_kinds_of_its_shared_word():
    covers = covers_of([ARRANGEMENTS, ELSEWHERE * 3])
    labels = {0: "Mixed findings, some on governance and accountability", 1: "Social workers"}
    assert sibling_terms(labels, covers, {})[0] == "Governance and other arrangements"
    # kinds said by adjectives say how, not what: still mixed
    actions = covers_of([ACTIONS, ELSEWHERE * 3])
    label = "Mixed findings, one in ten on child protection"
    assert sibling_terms({0: label, 1: "Social workers"}, actions, {})[0] == label
