"""What the themes stage works out once and reuses gives what working it out each time gave."""

from __future__ import annotations

import random
import re

import numpy as np


def _by_alternation(words, text):
    pattern = re.compile(r"(?<=[a-z,;] )((?i:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                         + r"))(?![A-Za-z'’-])( +[A-Z])?")
    return [(m.group(1), bool(m.group(2))) for m in pattern.finditer(text)]


def test_uses_after_lower_case_of_several_word_sets_over_one_text_are_the_alternations():
    from pipeline.themes.label_case import uses_after_lower

    # a matched word's capital is read with it, so a listed word that the capital begins is not read again
    text = ("the cafcass Team met, a board Member and the team Board; x cafcass  Panel, so panel Team and "
            "then team, board and Cafcass said; lead Board Team")
    for words in ({"cafcass", "team"}, {"team", "board", "member"}, {"panel", "team"}, {"board"}, {"absent"}):
        assert list(uses_after_lower(words, text)) == _by_alternation(words, text)


def test_texts_writing_a_word_are_counted_as_a_search_of_each_text_counts_them():
    from pipeline.themes.written_phrase import _Lowered

    texts = ["Fostered children", "children were fostered.", "unfostered", "fostereds", "it's fostered’", "",
             "FOSTERED and fostered", "a\nfostered", "fostered"]
    lowered = _Lowered(texts)
    for word in ("fostered", "ostered", "fostere", "children", "it's", "absent", "a"):
        expected = sum(1 for text in texts if re.search(r"(?<![a-z])" + re.escape(word) + r"(?![a-z])", text.lower()))
        for least in (1, 2, 3, 100):
            assert lowered.writing(word, least) == min(expected, least)


def test_stem_index_rows_are_the_intersection_of_the_stems_texts():
    from pipeline.themes.stem_index import StemIndex

    rng = random.Random(0)
    letters = "abcdefghij"
    stems = [set(rng.sample(letters, rng.randint(0, 6))) for _ in range(300)]
    index = StemIndex(stems)
    for _ in range(200):
        needed = set(rng.sample(letters, rng.randint(1, 4))) | ({"z"} if rng.random() < 0.1 else set())
        expected = [row for row, held in enumerate(stems) if needed <= held]
        assert index.rows(needed).tolist() == expected


def test_shipped_lists_are_read_alike_each_time_and_given_as_new_lists():
    from pipeline.themes.field import read_field_themes
    from pipeline.themes.shared_topic import read_shared_topics

    for read in (read_field_themes, read_shared_topics):
        first, second = read(), read()
        assert first and first == second and first is not second
        first.clear()
        assert read() == second


def test_topic_words_read_the_same_texts_again_alike():
    from pipeline.themes.lexical import TopicWords

    texts = [f"placement stability for children in care, review {i % 7}" for i in range(40)] + \
            [f"supervision of social workers and caseloads {i % 5}" for i in range(40)]
    words = TopicWords.fit(texts)
    first = words.vectors(texts)
    counts = words.topic_counts(texts)
    assert np.array_equal(words.vectors(texts), first)
    assert np.array_equal(TopicWords.fit(texts).topic_counts(texts), counts)
    other = texts[::-1]
    assert np.array_equal(words.vectors(other), first[::-1])
