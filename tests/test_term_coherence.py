"""A topic word's coherence in the sentence embedding (`pipeline.themes.term_coherence`) and the topic words weighted
by it (`pipeline.themes.lexical.TopicWords`, coherence > 0)."""

from __future__ import annotations

import numpy as np

from pipeline.themes.lexical import TopicWords
from pipeline.themes.term_coherence import term_coherence, term_weights

SUBJECTS = ["kinship carers assessed", "tribunal hearings listed", "ferry timetables printed", "orchard pruning done"]


def _findings(n: int = 120):
    """n findings over four subjects; each subject has its own direction in the embedding, and a word of many
    senses ("bundle": of papers, of sticks, of services ...) is written in a third of the findings of every
    subject."""
    rng = np.random.default_rng(5)
    directions = np.eye(24)[:4]
    texts, vectors = [], []
    for i in range(n):
        subject = i % 4
        extra = " within the bundle" if i % 3 == 0 else ""
        lantern = " by lantern" if i % 5 == 0 else ""  # a word written without regard to subject
        texts.append(f"{SUBJECTS[subject]}{extra}{lantern}")
        vectors.append(directions[subject] + rng.normal(0, 0.25, 24))
    return texts, np.array(vectors, dtype=np.float32)


def _column(words: TopicWords, term: str) -> int:
    return int(np.flatnonzero(words.vocabulary == term)[0])


def test_a_word_of_many_senses_is_less_coherent_than_a_subject_word():
    texts, vectors = _findings()
    words = TopicWords.fit(texts, vectors=vectors, coherence=0.5)
    coherence = term_coherence(words._tfidf(texts), vectors)
    assert coherence[_column(words, "bundle")] < 0.1 < coherence[_column(words, "tribunal")]
    # a term on findings drawn without regard to subject holds about nothing above chance
    assert abs(coherence[_column(words, "lantern")]) < 0.1


def test_the_many_sense_word_loses_its_weight_and_subject_words_keep_theirs():
    texts, vectors = _findings()
    words = TopicWords.fit(texts, vectors=vectors, coherence=0.5)
    assert words.term_weights[_column(words, "bundle")] < 0.3
    assert all(words.term_weights[_column(words, term)] > 0.9 for term in ("kinship", "tribunal", "ferry", "orchard"))
    # off: every term keeps its weight, and so does a fit without the embedding
    assert np.all(TopicWords.fit(texts, vectors=vectors, coherence=0).term_weights == 1.0)
    assert np.all(TopicWords.fit(texts).term_weights == 1.0)
    assert np.all(term_weights(words._tfidf(texts), vectors, 0) == 1.0)


def test_findings_sharing_only_the_many_sense_word_are_drawn_together_less():
    texts, vectors = _findings()
    bundle = [i for i, text in enumerate(texts) if "bundle" in text]
    a, b = next((i, j) for i in bundle for j in bundle if i % 4 != j % 4)
    similarity = {}
    for coherence in (0, 0.5):
        topic = TopicWords.fit(texts, vectors=vectors, coherence=coherence).vectors(texts)
        similarity[coherence] = float(topic[a] @ topic[b])
    assert similarity[0.5] < similarity[0]


def test_weighted_topic_words_round_trip_through_the_saved_file(tmp_path):
    texts, vectors = _findings()
    words = TopicWords.fit(texts, vectors=vectors, coherence=0.5)
    loaded = TopicWords.load(words.save(tmp_path / "topic_words.npz"))
    assert np.array_equal(loaded.term_weights, words.term_weights)
    new = ["kinship carers assessed within the bundle", "ferry timetables printed by lantern"]
    assert np.array_equal(loaded.vectors(new), words.vectors(new))
    # deterministic: fitted again, the same map
    again = TopicWords.fit(texts, vectors=vectors, coherence=0.5)
    assert np.array_equal(again.vectors(texts), words.vectors(texts))


def test_a_file_saved_before_term_weights_loads_with_every_term_weighted_one(tmp_path):
    texts, vectors = _findings()
    words = TopicWords.fit(texts)
    path = tmp_path / "old.npz"
    np.savez(path, vocabulary=words.vocabulary, idf=words.idf, components=words.components,
             stop_words=words.stop_words, weight=np.array(words.weight))
    loaded = TopicWords.load(path)
    assert np.all(loaded.term_weights == 1.0)
    assert np.array_equal(loaded.vectors(texts), words.vectors(texts))
