import dataclasses

import numpy as np
import pandas as pd
import pytest

from pipeline.errors import ConfigError
from pipeline.runfolder import load_findings
from pipeline.schema import TOPIC_WORDS
from pipeline.stages import RunContext, themes as themes_stage
from pipeline.themes import EDITS_FILE, ThemeModel, save_run_model
from pipeline.themes.edits import apply_edits, read_edits
from pipeline.themes.discover import discover_themes
from tests.test_stages import run_dir  # noqa: F401  (the fixture: a small run folder made with the hashing embedder)
from tests.test_themes import _findings


@pytest.fixture
def saved(tmp_path):
    findings, vectors = _findings()
    result = discover_themes(findings, vectors, n_themes=4, n_broad=2)
    run = tmp_path / "run"
    run.mkdir()
    np.save(run / "centroids.npy", result.centroids)
    result.topic_words.save(run / TOPIC_WORDS)  # as the themes stage writes it
    result.themes.to_csv(run / "themes.csv", index=False)
    folder = save_run_model(run, tmp_path / "model", "test-model", {"n_themes": 4})
    return findings, vectors, result, folder


def test_applying_a_saved_model_reproduces_the_themes(saved):
    findings, vectors, result, folder = saved
    applied = ThemeModel.load(folder).predict(findings, vectors, "test-model")
    agreement = (applied.assignment["theme_id"].to_numpy() == result.assignment["theme_id"].to_numpy()).mean()
    assert agreement == 1.0  # themes are nearest-centre cells, so the saved centres give the same themes
    assert list(applied.themes["label"]) == list(result.themes["label"])


def test_a_saved_model_assigns_in_the_joined_space_it_was_fitted_in(saved):
    findings, vectors, result, folder = saved
    assert (folder / TOPIC_WORDS).exists()
    model = ThemeModel.load(folder)
    words = model.topic_words_
    texts = findings["text"].tolist()
    # the saved topic words give the fit's vectors exactly, and every finding is in its nearest joined centre
    assert np.array_equal(words.vectors(texts), result.topic_words.vectors(texts))
    joined = words.guided(words.join(vectors, texts), texts)  # with the field topics' guide, when fitted with one
    assert ((joined @ words.centres.T).argmax(axis=1) == result.assignment["theme_id"].to_numpy()).all()
    applied = model.predict(findings, vectors, "test-model")
    assert np.array_equal(applied.assignment["theme_confidence"].to_numpy(),
                          result.assignment["theme_confidence"].to_numpy())


def test_a_model_saved_before_topic_words_still_assigns_in_the_embedding(saved, tmp_path):
    findings, vectors, result, folder = saved
    (folder / TOPIC_WORDS).unlink()
    applied = ThemeModel.load(folder).predict(findings, vectors, "test-model")
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    assert (applied.assignment["theme_id"].to_numpy() == (unit @ result.centroids.T).argmax(axis=1)).all()


def test_researcher_edits_survive_saving_again(saved):
    findings, vectors, result, folder = saved
    edits = pd.DataFrame({"theme_id": [0, 1], "label": ["My name", ""], "merge_into": ["", "0"]})
    edits.to_csv(folder / "theme_edits.csv", index=False)
    before = (folder / "theme_edits.csv").read_text()
    save_run_model(folder.parent / "run", folder, "test-model", {})
    assert (folder / "theme_edits.csv").read_text() == before
    applied = ThemeModel.load(folder).predict(findings, vectors, "test-model")
    assert "My name" in set(applied.themes["label"])
    assert 1 not in set(applied.assignment["theme_id"]) and 1 not in set(applied.themes["theme_id"])


def test_a_model_refuses_vectors_of_another_embedding_model(saved):
    findings, vectors, _, folder = saved
    with pytest.raises(ConfigError, match="embedding model"):
        ThemeModel.load(folder).predict(findings, vectors, "another-model")


def test_not_a_model_folder(tmp_path):
    with pytest.raises(ConfigError, match="not a saved theme model"):
        ThemeModel.load(tmp_path).predict(pd.DataFrame(), np.zeros((0, 4)), "m")


def _write_run(folder, result):
    folder.mkdir(exist_ok=True)
    np.save(folder / "centroids.npy", result.centroids)
    result.themes.to_csv(folder / "themes.csv", index=False)
    return folder


@pytest.fixture
def coarse(tmp_path):
    """Two themes over four planted topics, so that each theme holds two topics a researcher may want apart."""
    findings, vectors = _findings()
    result = discover_themes(findings, vectors, n_themes=2, n_broad=2)
    return findings, vectors, result


def test_split_reclusters_one_theme_into_new_ids(coarse):
    findings, vectors, result = coarse
    edits = pd.DataFrame({"theme_id": ["0"], "label": [""], "merge_into": [""], "split_into": ["2"]})
    split = apply_edits(result, edits, findings, vectors)
    assert 0 not in set(split.assignment["theme_id"]) and 0 not in set(split.themes["theme_id"])
    assert set(split.themes.loc[split.themes.split_from == "0", "theme_id"]) == {2, 3}
    for child in (2, 3):  # each sub-theme is one planted topic
        assert findings.topic[split.assignment.theme_id == child].nunique() == 1
    untouched = result.assignment.theme_id == 1
    assert split.assignment.loc[untouched, "theme_id"].eq(1).all()
    assert split.themes.label.nunique() == len(split.themes)
    assert len(split.centroids) == 4 and split.assignment["theme_id"].notna().all()
    again = apply_edits(result, edits, findings, vectors)
    assert again.assignment.equals(split.assignment) and again.themes.equals(split.themes)


def test_a_saved_split_is_reproduced_by_apply_and_survives_saving_again(coarse, tmp_path):
    findings, vectors, result = coarse
    edits = pd.DataFrame({"theme_id": ["0", "3"], "label": ["", "My sub-theme"], "merge_into": ["", ""],
                          "split_into": ["2", ""]})
    edits_file = tmp_path / "edits.csv"
    edits.to_csv(edits_file, index=False)
    split = apply_edits(result, read_edits(edits_file), findings, vectors)
    run = _write_run(tmp_path / "run", split)
    folder = save_run_model(run, tmp_path / "model", "test-model", {}, edits_file=edits_file)
    assert read_edits(folder / "theme_edits.csv").equals(read_edits(edits_file))
    applied = ThemeModel.load(folder).predict(findings, vectors, "test-model")
    assert (applied.assignment["theme_id"].to_numpy() == split.assignment["theme_id"].to_numpy()).all()
    assert "My sub-theme" in set(applied.themes["label"])
    # Saving again (what `themes RUN --save-model FOLDER` does: refit, the model's edits applied) keeps the edits.
    refit = apply_edits(discover_themes(findings, vectors, n_themes=2, n_broad=2), read_edits(folder / "theme_edits.csv"),
                        findings, vectors)
    save_run_model(_write_run(tmp_path / "run", refit), folder, "test-model", {})
    assert read_edits(folder / "theme_edits.csv").equals(read_edits(edits_file))
    again = ThemeModel.load(folder).predict(findings, vectors, "test-model")
    assert again.assignment.equals(applied.assignment)


def test_a_split_added_after_saving_asks_to_save_again(saved):
    findings, vectors, _, folder = saved
    pd.DataFrame({"theme_id": ["1"], "label": [""], "merge_into": [""], "split_into": ["2"]}).to_csv(
        folder / "theme_edits.csv", index=False)
    with pytest.raises(ConfigError, match="save it again"):
        ThemeModel.load(folder).predict(findings, vectors, "test-model")


def test_edit_files_without_split_into_still_work_and_bad_splits_are_refused(tmp_path):
    old = tmp_path / "old.csv"
    old.write_text("theme_id,label,merge_into\n0,Caseloads,\n")
    assert list(read_edits(old).columns) == ["theme_id", "label", "merge_into", "split_into"]
    bad = tmp_path / "bad.csv"
    bad.write_text("theme_id,label,merge_into,split_into\n0,,,1\n")
    with pytest.raises(ConfigError, match="2 or more"):
        read_edits(bad)


def test_themes_stage_applies_a_split_from_the_edits_file(run_dir, hashing_embedder, tmp_path):
    out, config = run_dir
    before = load_findings(out)
    split, other = 0, 1
    edits = tmp_path / "theme_edits.csv"
    edits.write_text(f"theme_id,label,merge_into,split_into\n{split},,,2\n{other},Police at strategy discussions,,\n")
    ctx = RunContext(out, dataclasses.replace(config, edits_file=str(edits)), say=lambda m: None)
    ctx.use_embedder(hashing_embedder)
    themes_stage.run(ctx)
    after = load_findings(out)
    # The fixture's texts differ between councils only by the council's name, which the clustering text masks:
    # a theme here is one repeated text, so its sub-themes may be one (test_split_* split varied texts in two).
    assert set(after.theme_id[before.theme_id == split]) <= {4, 5} and 4 in set(after.theme_id)
    assert after.theme_id[before.theme_id != split].equals(before.theme_id[before.theme_id != split])
    folder = save_run_model(out, tmp_path / "model", hashing_embedder.model_id, {}, edits_file=edits)
    applied = ThemeModel.load(folder).predict(after, np.load(out / "vectors.npy"), hashing_embedder.model_id)
    assert (applied.assignment.theme_id.to_numpy() == after.theme_id.to_numpy()).all()
    assert "Police at strategy discussions" in set(applied.themes.label)


def test_a_model_folder_with_the_old_edits_file_name_is_refused_with_the_fix(tmp_path, run_dir, hashing_embedder):
    out, _ = run_dir
    folder = save_run_model(out, tmp_path / "model", hashing_embedder.model_id, {})
    (folder / EDITS_FILE).rename(folder / "labels.csv")
    with pytest.raises(ConfigError, match="rename that file to theme_edits.csv"):
        ThemeModel.load(folder)


@pytest.mark.parametrize("coding", ["scorer", "scorer with words", "thresholds"])
def test_applying_a_saved_codebook_model_gives_the_codes_of_the_fit(run_dir, hashing_embedder, tmp_path, coding):
    import shutil

    from pipeline.schema import CODER
    from pipeline.themes.code_words import CodeWords
    from pipeline.themes.codebook import CodeScorer, codebook_centres, load_codebook, scorer_file

    out, config = run_dir
    book = tmp_path / "book.yaml"
    book.write_text("themes:\n  - name: Caseloads\n    examples: [social workers carry high caseloads]\n"
                    "  - name: Police\n    examples: [police attendance at strategy discussions]\n"
                    "  - name: Chronologies\n    examples: [chronologies missing from case files]\n")
    if coding.startswith("scorer"):  # a scorer that weighs words beside the similarities: unlike thresholds
        themes = load_codebook(book)
        dim, k = hashing_embedder.dim, len(themes)
        # with words: a TF-IDF row of the findings' own words (fitted on their texts) weighs in too
        words = CodeWords.fit(load_findings(out)["text"].tolist()) if coding == "scorer with words" else None
        n_words = len(words) if words is not None else 0
        weights = np.random.default_rng(0).normal(0, 0.3, (dim + k + n_words + 1, k))
        weights[dim:dim + k] += np.eye(k)
        CodeScorer(tuple(t.name for t in themes), weights, np.full(k, 0.8), hashing_embedder.model_id,
                   words=words).save(scorer_file(book))
        assert len(codebook_centres(themes, hashing_embedder)) == k
    fitted = RunContext(out, dataclasses.replace(config, codebook=str(book), codebook_threshold=0.3),
                        say=lambda m: None)
    fitted.use_embedder(hashing_embedder)
    themes_stage.run(fitted)
    codes = pd.read_csv(out / "finding_codes.csv")
    assert len(codes) and (out / CODER).exists()
    folder = save_run_model(out, tmp_path / "model", hashing_embedder.model_id, {})
    assert ThemeModel.load(folder).coder_.kind == coding.split()[0]
    assert (ThemeModel.load(folder).coder_.words is not None) == (coding == "scorer with words")
    # apply: the saved model codes the same findings in another run folder, without the codebook file
    again = tmp_path / "again"
    shutil.copytree(out, again)
    for name in ("finding_codes.csv", "matrix_authority_code.csv", CODER):
        (again / name).unlink()
    book.unlink()
    scorer_file(book).unlink(missing_ok=True)
    applied = RunContext(again, config, say=lambda m: None, theme_model=folder)
    applied.use_embedder(hashing_embedder)
    themes_stage.run(applied)
    pd.testing.assert_frame_equal(pd.read_csv(again / "finding_codes.csv"), codes)
    assert load_findings(again)["theme_id"].equals(load_findings(out)["theme_id"])
