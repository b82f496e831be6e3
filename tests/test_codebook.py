from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from pipeline.themes.codebook import CodebookTheme, code_with_codebook, codebook_centres, load_codebook
from pipeline.errors import ConfigError

SHIPPED = Path(__file__).resolve().parents[1] / "models" / "childrens_services_codebook.yaml"


def test_shipped_codebook_loads_and_covers_the_recurring_themes():
    names = {t.name.lower() for t in load_codebook(SHIPPED)}
    assert len(names) >= 20
    for word in ("caseload", "chronolog", "police", "recruitment", "management oversight", "voice of the child",
                 "threshold", "early help", "domestic abuse", "care leavers", "disabled", "health"):
        assert any(word in name for name in names), word


@pytest.mark.parametrize("text,problem", [("themes: []", "needs a list"), ("themes:\n  - description: x", "no name"),
                                          ("themes:\n  - name: A\n  - name: A", "twice"), ("themes: [", "YAML")])
def test_bad_codebooks_are_explained(tmp_path, text, problem):
    path = tmp_path / "book.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=problem):
        load_codebook(path)


def test_findings_fit_the_codebook_or_are_discovered(tmp_path, hashing_embedder):
    path = tmp_path / "book.yaml"
    path.write_text("themes:\n"
                    "  - name: caseloads\n    group: workforce\n    description: caseloads workload\n"
                    "    examples: [high caseloads heavy workload]\n"
                    "  - name: police\n    group: partners\n    description: police strategy discussions\n"
                    "    examples: [police attend strategy discussions]\n")
    book = load_codebook(path)
    texts = (["high caseloads heavy workload"] * 6 + ["police attend strategy discussions"] * 6
             + [f"adoption panel matching adopters {i}" for i in range(12)])
    findings = pd.DataFrame({"finding_id": [f"f{i}" for i in range(len(texts))], "text": texts,
                             "authority": ["Walsall", "Wirral"] * (len(texts) // 2)})
    vectors = hashing_embedder.embed(texts)
    result = code_with_codebook(findings, vectors, book, codebook_centres(book, hashing_embedder), threshold=0.5,
                               n_themes=2)
    ids = result.assignment["theme_id"].to_numpy()
    assert set(ids[:6]) == {0} and set(ids[6:12]) == {1}
    assert (ids[12:] >= 2).all()  # what the codebook misses is discovered, not dropped
    sources = result.themes.set_index("theme_id")["source"]
    assert sources[0] == "codebook" and (sources[sources.index >= 2] == "discovered").all()
    assert result.themes.loc[result.themes.source == "discovered", "label"].str.startswith("(discovered)").all()
    assert len(result.centroids) == len(result.themes)
    assert result.assignment["theme_id"].notna().all()


def test_threshold_must_be_a_similarity(hashing_embedder):
    with pytest.raises(ConfigError, match="threshold"):
        code_with_codebook(pd.DataFrame({"finding_id": ["a"], "text": ["x"], "authority": ["A"]}),
                          np.ones((1, 64), dtype=np.float32), [], np.ones((0, 64), dtype=np.float32), threshold=1.5)


def test_up_to_three_codes_per_finding_each_at_its_own_threshold():
    from pipeline.themes.codebook import code_findings

    similarity = np.array([[0.9, 0.5, 0.45, 0.44], [0.3, 0.2, 0.1, 0.0], [0.5, 0.55, 0.2, 0.2]])
    rows, codes, values = code_findings(similarity, np.array([0.6, 0.5, 0.4, 0.4]))
    assert list(zip(rows, codes)) == [(0, 0), (0, 1), (0, 2), (2, 1)]  # at most 3; row 2's code 0 is under 0.6
    assert list(values) == [0.9, 0.5, 0.45, 0.55]



def test_a_finding_just_below_every_threshold_gets_its_closest_code_as_a_second_chance():
    from pipeline.themes.codebook import code_findings

    score = np.array([[0.59, 0.48, 0.0], [0.50, 0.30, 0.0], [0.70, 0.49, 0.0], [0.10, 0.10, 0.39]])
    thresholds = np.array([0.6, 0.5, 0.4])
    assert list(zip(*code_findings(score, thresholds)[:2])) == [(2, 0)]
    rows, codes, values = code_findings(score, thresholds, second_chance=0.015)
    # row 0 is 0.01 below code 0 (0.02 below code 1): code 0; row 1 is 0.1 below: none; row 2 has its code already
    # and gets no second one; row 3 is 0.01 below code 2
    assert list(zip(rows, codes)) == [(0, 0), (2, 0), (3, 2)]
    assert list(values) == [0.59, 0.70, 0.39]


def test_coded_findings_weigh_more_in_a_code_s_regression():
    from pipeline.themes.codebook import fit_scorer_weights, scorer_inputs

    unit, similarity, truth = _labelled()
    inputs = scorer_inputs(unit, similarity)
    plain, weighted = fit_scorer_weights(inputs, truth), fit_scorer_weights(inputs, truth, positive_weight=2.0)
    ridge = np.eye(inputs.shape[1])
    ridge[-1, -1] = 0.0
    np.testing.assert_allclose(plain, np.linalg.solve(inputs.T @ inputs + ridge, inputs.T @ truth), atol=1e-10)
    for code in range(2):  # weight 2 = the code's coded findings counted twice in its regression
        twice = np.vstack([inputs, inputs[truth[:, code]]])
        target = np.concatenate([truth[:, code], truth[truth[:, code], code]]).astype(float)
        np.testing.assert_allclose(weighted[:, code], np.linalg.solve(twice.T @ twice + ridge, twice.T @ target),
                                   atol=1e-8)
        coded = inputs[truth[:, code]]
        assert (coded @ weighted[:, code]).mean() > (coded @ plain[:, code]).mean()


def test_a_codebook_coder_saves_and_loads_exactly(tmp_path):
    from pipeline.themes.codebook import CodebookCoder

    rng = np.random.default_rng(0)
    coder = CodebookCoder(("a", "b"), rng.normal(size=(2, 8)).astype(np.float32), np.array([0.3, 0.4], np.float32),
                          rng.normal(size=(11, 2)).astype(np.float32), 3, 0.02)
    coder.save(tmp_path / "coder.npz")
    loaded = CodebookCoder.load(tmp_path / "coder.npz")
    vectors = rng.normal(size=(50, 8)).astype(np.float32)
    assert loaded.kind == "scorer" and loaded.second_chance == 0.02 and loaded.codes == ("a", "b")
    got, want = loaded.code(*loaded.unit_and_similarity(vectors)), coder.code(*coder.unit_and_similarity(vectors))
    for a, b in zip(got, want):
        np.testing.assert_array_equal(a, b)
    (tmp_path / "coder.npz").write_bytes(b"no")
    with pytest.raises(ConfigError, match="coder.npz"):
        CodebookCoder.load(tmp_path / "coder.npz")

def test_a_scorer_with_words_codes_by_them_and_its_coder_saves_and_loads_exactly(tmp_path):
    from pipeline.themes.code_words import CodeWords
    from pipeline.themes.codebook import CodebookCoder, CodeScorer, scorer_inputs, scorer_scores

    texts = ["police at strategy discussions", "the police were not told", "chronologies are missing",
             "no chronologies on file", "caseloads are high", "high caseloads persist"] * 2
    words = CodeWords.fit(texts)
    rng = np.random.default_rng(0)
    unit = rng.normal(size=(len(texts), 8))
    unit /= np.linalg.norm(unit, axis=1, keepdims=True)
    centres = rng.normal(size=(2, 8)).astype(np.float32)
    weights = np.zeros((8 + 2 + len(words) + 1, 2))
    weights[8 + 2 + list(words.vocabulary).index("police"), 0] = 1.0  # "police" alone gives code a
    weights[8 + 2 + list(words.vocabulary).index("chronologies"), 1] = 1.0
    similarity = unit @ centres.T
    np.testing.assert_allclose(scorer_scores(weights, unit, similarity, words.rows(texts)),
                               scorer_inputs(unit, similarity, words.rows(texts)) @ weights, atol=1e-12)
    coder = CodebookCoder.of([CodebookTheme("a", "", ()), CodebookTheme("b", "", ())], centres, np.array([0.4]),
                             CodeScorer(("a", "b"), weights, np.array([0.3, 0.3]), "model", words=words))
    findings = pd.DataFrame({"finding_id": [f"f{i}" for i in range(len(texts))], "text": texts})
    coded = coder.apply(findings, unit)
    assert coded.first.tolist() == [0, 0, 1, 1, -1, -1] * 2
    coder.save(tmp_path / "coder.npz")
    loaded = CodebookCoder.load(tmp_path / "coder.npz")
    assert list(loaded.words.vocabulary) == list(words.vocabulary)
    pd.testing.assert_frame_equal(loaded.apply(findings, unit).codes, coded.codes)
    with pytest.raises(ValueError, match="texts"):
        loaded.code(unit, similarity)


def test_calibrated_thresholds_are_read_for_their_embedding_model_only(tmp_path):
    from pipeline.themes.codebook import load_thresholds

    book = tmp_path / "book.yaml"
    book.write_text("themes:\n  - name: caseloads\n    examples: [high caseloads]\n  - name: police\n")
    (tmp_path / "book_thresholds.csv").write_text("code,threshold,embedding_model\ncaseloads,0.55,model-a\n")
    themes = load_codebook(book)
    assert list(load_thresholds(book, themes, "model-a#onnx", 0.4)) == [0.55, 0.4]
    assert list(load_thresholds(book, themes, "model-b", 0.4)) == [0.4, 0.4]


def test_finding_codes_list_every_code_of_a_finding(hashing_embedder):
    themes = [CodebookTheme("caseloads", "", ("caseloads",)), CodebookTheme("workload", "", ("workload",))]
    texts = ["caseloads workload"] * 4 + ["unrelated adoption text"] * 12
    findings = pd.DataFrame({"finding_id": [f"f{i}" for i in range(16)], "text": texts, "authority": ["A"] * 16})
    result = code_with_codebook(findings, hashing_embedder.embed(texts), themes,
                                codebook_centres(themes, hashing_embedder), threshold=np.array([0.3, 0.3]))
    assert list(result.codes.columns) == ["finding_id", "code", "similarity"]
    assert set(result.codes.loc[result.codes.finding_id == "f0", "code"]) == {"caseloads", "workload"}
    assert (result.codes["similarity"] >= 0.3).all()


def _labelled(seed=0, n=1000, dim=16):
    """Findings whose code 0 is told by dimension 0 and code 1 by dimension 1; their similarities to two centres
    that say nothing (all zero), so only what is learned from the labels can code them."""
    rng = np.random.default_rng(seed)
    unit = rng.normal(size=(n, dim))
    unit /= np.linalg.norm(unit, axis=1, keepdims=True)
    truth = np.stack([unit[:, 0] > 0.2, unit[:, 1] > 0.2], axis=1)
    return unit, np.zeros((n, 2)), truth


def test_a_scorer_learns_codes_the_centres_miss_and_is_the_same_every_time():
    from pipeline.themes.codebook import calibrate_scores, fit_scorer_weights, scorer_inputs

    unit, similarity, truth = _labelled()
    weights = fit_scorer_weights(scorer_inputs(unit, similarity), truth)
    np.testing.assert_array_equal(weights, fit_scorer_weights(scorer_inputs(unit, similarity), truth))
    test_unit, test_similarity, test_truth = _labelled(seed=1)
    scores = scorer_inputs(test_unit, test_similarity) @ weights
    thresholds = calibrate_scores(scorer_inputs(unit, similarity) @ weights, truth)
    chosen = scores >= thresholds
    precision = (chosen & test_truth).sum(0) / chosen.sum(0)
    recall = (chosen & test_truth).sum(0) / test_truth.sum(0)
    assert (precision > 0.7).all() and (recall > 0.6).all()
    assert list(calibrate_scores(scores, np.zeros_like(test_truth))) == [0.5, 0.5]  # no labels: the midpoint


def test_codebook_mode_codes_by_the_scorer_and_reports_the_centre_similarity(hashing_embedder):
    from pipeline.themes.codebook import CodeScorer

    themes = [CodebookTheme("caseloads", "", ("caseloads",)), CodebookTheme("workload", "", ("workload",))]
    texts = ["caseloads workload"] * 4 + [f"unrelated adoption text {i}" for i in range(12)]
    findings = pd.DataFrame({"finding_id": [f"f{i}" for i in range(16)], "text": texts, "authority": ["A"] * 16})
    vectors = hashing_embedder.embed(texts)
    centres = codebook_centres(themes, hashing_embedder)
    dim = vectors.shape[1]
    weights = np.zeros((dim + 3, 2))
    weights[-1] = [1.0, 0.0]  # a scorer that gives every finding "caseloads" and none "workload"
    scorer = CodeScorer(("caseloads", "workload"), weights, np.array([0.5, 0.5]), "model")
    result = code_with_codebook(findings, vectors, themes, centres, threshold=np.array([0.3, 0.3]), scorer=scorer)
    assert set(result.codes["code"]) == {"caseloads"} and len(result.codes) == 16
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    np.testing.assert_allclose(result.codes["similarity"], np.round(unit @ centres[0], 4), atol=1e-4)


def test_a_scorer_is_used_only_for_its_own_codes_and_model_and_a_broken_one_is_explained(tmp_path):
    from pipeline.themes.codebook import CodeScorer, load_scorer, scorer_file

    book = tmp_path / "book.yaml"
    book.write_text("themes:\n  - name: caseloads\n    examples: [high caseloads]\n  - name: police\n")
    themes = load_codebook(book)
    CodeScorer(("caseloads", "police"), np.ones((8, 2)), np.array([0.4, 0.6]), "model-a#onnx").save(
        scorer_file(book))
    assert load_scorer(book, themes, "model-a#onnx-int8-static").codes == ("caseloads", "police")
    assert load_scorer(book, themes, "model-b") is None
    assert load_scorer(book, themes[:1], "model-a") is None  # the codebook changed: its codes differ
    scorer_file(book).write_bytes(b"not a scorer")
    with pytest.raises(ConfigError, match="book_scorer.npz"):
        load_scorer(book, themes, "model-a")


def test_the_shipped_codebook_has_a_scorer_for_the_default_model():
    from pipeline.embed import DEFAULT_MODEL
    from pipeline.themes.codebook import load_scorer

    scorer = load_scorer(SHIPPED, load_codebook(SHIPPED), f"{DEFAULT_MODEL}#onnx")
    assert scorer is not None and scorer.words is not None and "police" in set(scorer.words.vocabulary)
    assert scorer.weights.shape == (384 + len(scorer.codes) + len(scorer.words) + 1, len(scorer.codes))
