import numpy as np
import pytest

from pipeline.themes.lexical import TopicWords
from pipeline.themes.topic_guide import TopicGuide

# two topics of our own, each written in several words; the second has a phrase in which its word says something else
TOPICS = [("Children's views", ("views", "wishes and feelings", "consult*")),
          ("Money", ("budget*", "spend*", "funding"))]
NOT = {"Money": ("spending time",)}
TEXTS = [
    "Workers record the wishes and feelings of each child.",
    "Children are consulted about their plans and their views shape them.",
    "The budget for placements is overspent and funding is short.",
    "Spending time with children builds trust.",
    "Visits happen on time.",
    "Young people's views are heard at the council.",
]


def _guide(weight=0.5):
    return TopicGuide.fit(TEXTS, weight=weight, concepts=TOPICS, exclusions=NOT)


def test_uses_follow_the_terms_and_leave_out_the_not_phrases():
    uses = _guide().uses(TEXTS)
    assert uses[:, 0].tolist() == [True, True, False, False, False, True]
    # "Spending time" is no use of the money topic; "overspent" is no "spend*" (whole words from their start)
    assert uses[:, 1].tolist() == [False, False, True, False, False, False]


def test_vectors_are_unit_rows_weighted_by_idf_and_zero_for_no_topic():
    guide = _guide()
    # 3 of 6 texts use the first topic, 1 of 6 the second: log(6/4) and log(6/2)
    assert np.allclose(guide.idf, [np.log(6 / 4), np.log(6 / 2)])
    rows = guide.vectors(TEXTS)
    assert rows.shape == (6, 2) and rows.dtype == np.float32
    assert np.allclose(np.linalg.norm(rows[[0, 1, 2, 5]], axis=1), 1.0)
    assert not rows[3].any() and not rows[4].any()


def test_a_topic_every_text_uses_weighs_nothing():
    guide = TopicGuide.fit(["views one", "views two", "views three"], concepts=TOPICS[:1])
    assert guide.idf.tolist() == [0.0]
    assert not guide.vectors(["views again"]).any()


def test_off_or_topicless_gives_no_guide():
    assert TopicGuide.fit(TEXTS, weight=0, concepts=TOPICS) is None
    assert TopicGuide.fit(["Visits happen on time.", "Nothing here."], concepts=TOPICS) is None
    assert TopicGuide.fit([], concepts=TOPICS) is None


def test_join_brings_texts_on_one_topic_in_other_words_closer():
    guide = _guide(weight=0.5)
    rng = np.random.default_rng(3)
    rows = rng.normal(size=(len(TEXTS), 8)).astype(np.float32)  # unrelated sentence vectors
    joined = guide.join(rows, TEXTS)
    assert joined.shape == (6, 10)
    assert np.allclose(np.linalg.norm(joined, axis=1), 1.0, atol=1e-6)
    unit = rows / np.linalg.norm(rows, axis=1, keepdims=True)
    # texts 0 and 1 share the voice topic in different words: closer joined than apart
    assert joined[0] @ joined[1] > unit[0] @ unit[1]
    # a text of no topic keeps its direction: only scaled
    assert np.allclose(joined[4, :8], unit[4]) and not joined[4, 8:].any()


def test_mismatched_parts_are_refused():
    with pytest.raises(ValueError, match="2 topics but 1 term lists"):
        TopicGuide(["a", "b"], ["x"], ["", ""], np.ones(2))


def test_the_guide_is_saved_and_loaded_with_the_topic_words(tmp_path):
    texts = [f"{text} Case {i} review of plans." for i in range(3) for text in TEXTS]
    words = TopicWords.fit(texts)
    words.guide = TopicGuide.fit(texts, weight=0.4, concepts=TOPICS, exclusions=NOT)
    rows = np.random.default_rng(0).normal(size=(len(texts), 8)).astype(np.float32)
    path = words.save(tmp_path / "words.npz")
    loaded = TopicWords.load(path)
    assert loaded.guide.labels == words.guide.labels and loaded.guide.exclusions == words.guide.exclusions
    assert loaded.guide.weight == 0.4
    joined = words.join(rows, texts)
    assert np.array_equal(loaded.guided(loaded.join(rows, texts), texts), words.guided(joined, texts))
    # topic words saved without a guide (before it existed) give the joined space as it was
    words.guide = None
    assert TopicWords.load(words.save(tmp_path / "old.npz")).guide is None
    assert words.guided(joined, texts) is joined


def test_the_config_default_is_the_guide_default_and_checked():
    from pipeline.config import RunConfig
    from pipeline.errors import ConfigError
    from pipeline.themes.topic_guide import GUIDE

    assert RunConfig().topic_guide == GUIDE
    assert RunConfig(topic_guide=0).topic_guide == 0
    with pytest.raises(ConfigError, match="topic_guide"):
        RunConfig(topic_guide=-1)
    with pytest.raises(ConfigError, match="topic_guide"):
        RunConfig(topic_guide="high")


def test_discovered_themes_keep_their_guide_and_can_go_without():
    from pipeline.themes.discover import discover_themes
    from tests.test_themes import _findings

    findings, vectors = _findings()
    guided = discover_themes(findings, vectors, n_themes=4, n_broad=2)
    assert guided.topic_words.guide is not None and guided.topic_words.guide.weight == 0.4
    texts = findings["text"].tolist()
    space = guided.topic_words.guided(guided.topic_words.join(vectors, texts), texts)
    assert space.shape[1] == guided.topic_words.centres.shape[1]  # the centres are in the guided space
    plain = discover_themes(findings, vectors, n_themes=4, n_broad=2, topic_guide=0)
    assert plain.topic_words.guide is None
    assert plain.topic_words.centres.shape[1] == space.shape[1] - len(guided.topic_words.guide.labels)
