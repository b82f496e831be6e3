import numpy as np

from pipeline.themes.code_words import CodeWords

TEXTS = ["Police attend strategy discussions promptly.", "Strategy discussions are held without the police.",
         "Chronologies are missing from case files.", "Case files lack chronologies and the recording is poor.",
         "Social workers carry high caseloads.", "Caseloads are high in the assessment teams."]


def test_words_of_two_texts_or_more_are_inputs_and_frame_words_are_not():
    words = CodeWords.fit(TEXTS)
    vocabulary = set(words.vocabulary)
    assert {"police", "strategy discussions", "chronologies", "caseloads"} <= vocabulary
    assert "social" not in vocabulary and "files" in vocabulary and "promptly" not in vocabulary  # in one text only
    rows = words.rows(["The police were not at the strategy discussion.", "Nothing here."]).toarray()
    assert rows.shape == (2, len(words))
    np.testing.assert_allclose(np.linalg.norm(rows, axis=1), [1.0, 0.0])
    assert rows[0, list(words.vocabulary).index("police")] > 0


def test_words_are_weighed_and_read_back_exactly(tmp_path):
    words = CodeWords.fit(TEXTS, weight=0.5)
    np.savez(tmp_path / "words.npz", other=np.zeros(2), **words.arrays())
    with np.load(tmp_path / "words.npz") as data:
        loaded = CodeWords.from_arrays(data)
    assert loaded.weight == 0.5 and list(loaded.vocabulary) == list(words.vocabulary)
    texts = TEXTS + ["A new finding about police and caseloads."]
    np.testing.assert_array_equal(loaded.rows(texts).toarray(), words.rows(texts).toarray())
    np.testing.assert_allclose(np.linalg.norm(words.rows(texts[:1]).toarray()), 0.5)
    np.savez(tmp_path / "none.npz", other=np.zeros(2))
    with np.load(tmp_path / "none.npz") as data:
        assert CodeWords.from_arrays(data) is None
