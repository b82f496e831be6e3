import numpy as np
import pandas as pd
import pytest

from pipeline.errors import ConfigError
from pipeline.theme_model import apply_model, read_edits, save_model
from pipeline.themes import fit_themes
from tests.test_themes import _findings


@pytest.fixture
def saved(tmp_path):
    findings, vectors = _findings()
    result = fit_themes(findings, vectors, n_themes=4, n_broad=2)
    run = tmp_path / "run"
    run.mkdir()
    np.save(run / "centroids.npy", result.centroids)
    result.themes.to_csv(run / "themes.csv", index=False)
    folder = save_model(run, tmp_path / "model", "test-model", {"n_themes": 4})
    return findings, vectors, result, folder


def test_applying_a_saved_model_reproduces_the_themes(saved):
    findings, vectors, result, folder = saved
    applied = apply_model(findings, vectors, folder, "test-model")
    agreement = (applied.assignment["theme_id"].to_numpy() == result.assignment["theme_id"].to_numpy()).mean()
    assert agreement == 1.0  # themes are nearest-centre cells, so the saved centres give the same themes
    assert list(applied.themes["label"]) == list(result.themes["label"])


def test_researcher_edits_survive_saving_again(saved):
    findings, vectors, result, folder = saved
    edits = pd.DataFrame({"theme_id": [0, 1], "label": ["My name", ""], "merge_into": ["", "0"]})
    edits.to_csv(folder / "labels.csv", index=False)
    save_model(folder.parent / "run", folder, "test-model", {})
    assert read_edits(folder / "labels.csv").equals(edits.astype(str))
    applied = apply_model(findings, vectors, folder, "test-model")
    assert "My name" in set(applied.themes["label"])
    assert 1 not in set(applied.assignment["theme_id"]) and 1 not in set(applied.themes["theme_id"])


def test_a_model_refuses_vectors_of_another_embedding_model(saved):
    findings, vectors, _, folder = saved
    with pytest.raises(ConfigError, match="embedding model"):
        apply_model(findings, vectors, folder, "another-model")


def test_not_a_model_folder(tmp_path):
    with pytest.raises(ConfigError, match="not a saved theme model"):
        apply_model(pd.DataFrame(), np.zeros((0, 4)), tmp_path, "m")
