"""pipeline.polarity_encoder with the real bundled MiniLM: a tiny fit is seeded (the same labels give the same
weights), saved weights give the same probabilities, and the cached lower states give what the full pass gives."""

import numpy as np
import pytest

from pipeline.embed import default_model_path
from pipeline.polarity_encoder import FinetuneSettings, PolarityEncoder, fit_polarity_encoder, lower_states

# Sentences written for this test, in the style of inspection findings.
TEXTS = ["Plans are not always clear about what needs to happen.", "Caseloads are manageable and staff feel valued.",
         "The Board meets every six weeks.", "Supervision is infrequent and lacks reflection.",
         "Children are seen quickly and their views shape their plans.", "There are 320 children in care.",
         "Too many children experience changes of social worker.", "Leaders know their services well.",
         "The service moved to a new building in 2021."]
LABELS = ["concern", "strength", "neutral"] * 3
CONTEXTS = ["inspection report: Summary"] * len(TEXTS)
SETTINGS = FinetuneSettings(epochs=2, trainable_layers=1, max_length=32, batch_size=4)


@pytest.fixture(scope="module")
def fitted():
    cues = np.eye(len(TEXTS), 3, dtype=np.float32)
    model = fit_polarity_encoder(TEXTS, CONTEXTS, LABELS, default_model_path(), SETTINGS, cues=cues,
                                 cue_names=("a", "b", "c"))
    return model, cues


def test_probabilities_are_distributions_over_the_labels_classes(fitted):
    model, cues = fitted
    probabilities = model.probabilities(TEXTS, CONTEXTS, cues=cues)
    assert model.classes == ("concern", "neutral", "strength")
    assert probabilities.shape == (len(TEXTS), 3)
    assert np.allclose(probabilities.sum(axis=1), 1.0)
    assert list(model.predict(TEXTS, CONTEXTS, cues)) == [model.classes[i] for i in probabilities.argmax(axis=1)]


def test_fit_is_seeded_and_saved_weights_give_the_same_probabilities(fitted, tmp_path):
    model, cues = fitted
    again = fit_polarity_encoder(TEXTS, CONTEXTS, LABELS, default_model_path(), SETTINGS, cues=cues,
                                 cue_names=("a", "b", "c"))
    expected = model.probabilities(TEXTS, CONTEXTS, cues=cues)
    assert np.array_equal(again.probabilities(TEXTS, CONTEXTS, cues=cues), expected)
    model.save(tmp_path / "polarity")
    loaded = PolarityEncoder.load(tmp_path / "polarity", default_model_path())
    assert loaded.cue_names == ("a", "b", "c")
    assert np.allclose(loaded.probabilities(TEXTS, CONTEXTS, cues=cues), expected, atol=1e-6)


def test_cached_lower_states_give_the_full_pass_and_missing_cues_are_refused(fitted):
    model, cues = fitted
    states = lower_states(default_model_path(), TEXTS, CONTEXTS, SETTINGS)
    assert all(s.shape[1] == 384 for s in states)
    assert np.allclose(model.probabilities(TEXTS, CONTEXTS, states, cues),
                       model.probabilities(TEXTS, CONTEXTS, cues=cues), atol=1e-5)
    with pytest.raises(ValueError, match="rule cues"):
        model.probabilities(TEXTS, CONTEXTS)
