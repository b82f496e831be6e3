""""X, various aspects" said by the field topic its findings are on, when that topic is not X itself
(`pipeline.themes.aspect_topics`)."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.aspect_topics import aspect_topics, topic_said

# professionals named in every finding, most of them on allegations against them
ALLEGED = ["Allegations against professionals are handled promptly by the designated officer.",
           "The LADO gives clear advice to professionals who work with children.",
           "Allegations about professionals are tracked to a conclusion.",
           "Professionals understand how to raise an allegation.",
           "The designated officer's annual report reaches professionals in schools.",
           "Allegations are recorded and reviewed with professionals.",
           "Professionals in positions of trust are referred quickly.",
           "Professionals from health attend the meetings.",
           "Professionals describe the training as helpful.",
           "Professionals have access to a consultation line."]
# professionals named in every finding, on no one subject
VARIED = ["Professionals describe the training as helpful.", "Professionals have access to a consultation line.",
          "Professionals from health attend the meetings.", "Professionals know the children well.",
          "Professionals use the new tools.", "Professionals record visits on time.",
          "Professionals are clear about thresholds.", "Professionals meet every month.",
          "Professionals write good reports.", "Professionals speak highly of managers."]


def _covers(texts, others: int = 10):
    return covers_of([texts] + [ELSEWHERE] * others)


def test_a_placeholder_over_one_topic_is_said_by_it():
    assert topic_said(_covers(ALLEGED), 0, "Professionals, various aspects") == \
        "Allegations against adults and the LADO"
    # no topic other than the word itself ("professionals" is a term of multi-agency working): it stays
    assert topic_said(_covers(VARIED), 0, "Professionals, various aspects") is None
    # only the placeholder is read
    assert topic_said(_covers(ALLEGED), 0, "Professionals") is None


def test_a_topic_sharing_a_word_with_the_placeholder_names_it_already():
    assert topic_said(_covers(ALLEGED), 0, "Allegations, various aspects") is None


def test_aspect_topics_gives_a_free_label_only():
    labels = {0: "Professionals, various aspects", **{1 + i: f"Visits {i}" for i in range(10)}}
    assert aspect_topics(labels, _covers(ALLEGED))[0] == "Allegations against adults and the LADO"
    assert aspect_topics(labels, _covers(ALLEGED), keep={0})[0] == labels[0]
    assert aspect_topics(labels, _covers(ALLEGED), taken={"Allegations against adults and the LADO"})[0] == labels[0]
