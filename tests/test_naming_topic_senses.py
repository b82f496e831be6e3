"""A field topic's label said with the sense of its word the topic leaves out, when a fair part of the findings write
it so (`pipeline.themes.topic_senses`)."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.topic_senses import sense_phrases, sense_said, topic_senses

TOPIC = "Children missing from home or care"
# "missing" in both senses: three of ten write children missing education
BOTH = ["Children who go missing from home are offered a return interview.",
        "Return home interviews are timely after a child goes missing.",
        "The police share missing episodes with the team each day.",
        "A coordinator tracks young people who are missing from care.",
        "Children missing education are known to the tracking officer.",
        "The list of children missing from education is kept up to date.",
        "Schools report children missing education promptly.",
        "Missing children are discussed at a weekly meeting.",
        "Young people who go missing are seen by a worker.",
        "Whereabouts of a missing child are checked quickly."]
# "missing" in the topic's own sense only
HOME = [text for text in BOTH if "education" not in text] + [
    "Episodes of going missing are recorded well.", "Missing young people get help from a mentor.",
    "Carers report missing children at once."]


def _covers(texts, others: int = 10):
    return covers_of([texts] + [ELSEWHERE] * others)


def test_sense_phrases_hold_a_one_word_term_of_the_topic():
    # "missing education" and "missing from education" hold "missing", which the topic counts alone
    assert "missing education" in sense_phrases(TOPIC, ("missing", "runaway"))
    # a topic whose one-word terms no `not` phrase holds has none
    assert sense_phrases(TOPIC, ("runaway",)) == []


def test_the_topic_is_said_with_the_sense_it_leaves_out():
    covers = _covers(BOTH)
    assert sense_said(covers, 0, TOPIC) == f"{TOPIC} and missing education"
    # the findings in the topic's own sense only, or a label that is no topic's, stay
    assert sense_said(_covers(HOME), 0, TOPIC) is None
    assert sense_said(covers, 0, "Missing episodes") is None


def test_topic_senses_gives_a_free_label_only():
    labels = {0: TOPIC, **{1 + i: f"Visits {i}" for i in range(10)}}
    assert topic_senses(labels, _covers(BOTH))[0] == f"{TOPIC} and missing education"
    assert topic_senses(labels, _covers(BOTH), keep={0})[0] == TOPIC
    assert topic_senses(labels, _covers(BOTH), taken={f"{TOPIC} and missing education"})[0] == TOPIC
