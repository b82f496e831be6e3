"""The learned meeting furniture model (pipeline.minutes_model) with the real embedding model: what it moves out of
the findings of committee minutes, what it keeps, what it leaves alone, and that its training command gives the
shipped weights."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from pipeline.embed import SentenceTransformerEmbedder
from pipeline.minutes_model import (LEARNED_REASON, MODEL_PATH, FurnitureModel, move_furniture, shipped_model,
                                    uses_model)
from pipeline.schema import FINDING_KINDS, REASON

ROOT = Path(__file__).resolve().parents[1]

# Written for these tests, in none of the training files.
FURNITURE = [
    "The Chair thanked the Assistant Director for her clear presentation and for answering questions.",
    "Councillor Imrie was welcomed to her first meeting as a co-opted member of the panel.",
    "The presentation slides will be sent to all members of the committee after the meeting.",
]
SERVICE = [
    "Members asked about caseloads in the children with disabilities team, which had risen to 24 per worker.",
    "The committee resolved that the improvement plan be monitored monthly until the next inspection.",
    "The Director reported that agency staff had fallen to 12% of the social work workforce in the spring.",
    "Inspectors found that plans for care leavers were not updated when their circumstances changed.",
]


@pytest.fixture(scope="module")
def embed():
    embedder = SentenceTransformerEmbedder()
    return lambda texts: embedder.embed(list(texts))


def _segments(texts, doc_type="committee_minutes", kind="finding"):
    return pd.DataFrame({"doc_type": doc_type, "kind": kind, REASON: "", "text": texts})


def test_the_shipped_model_loads_with_its_threshold_and_embedding_model():
    model = shipped_model()
    assert model.dimension == 384 and model.embedding_model == "all-MiniLM-L6-v2"
    assert 0.5 < model.threshold < 1 and "own-words" in model.trained_on
    assert uses_model("all-MiniLM-L6-v2#onnx") and uses_model("default") and not uses_model("hashing-64")


def test_furniture_is_moved_with_its_reason_and_service_that_uses_meeting_words_stays(embed):
    moved = move_furniture(_segments(FURNITURE + SERVICE), FINDING_KINDS, embed)
    assert moved["kind"].tolist() == ["procedural"] * len(FURNITURE) + ["finding"] * len(SERVICE)
    assert moved[REASON].tolist() == [LEARNED_REASON] * len(FURNITURE) + [""] * len(SERVICE)
    assert moved["text"].tolist() == FURNITURE + SERVICE  # the text is never changed


def test_ofsted_reports_scrutiny_reports_and_rows_already_left_out_are_not_read(embed):
    read = []

    def counting(texts):
        read.extend(texts)
        return embed(texts)

    segments = pd.concat([_segments(FURNITURE, "inspection_report"), _segments(FURNITURE, "scrutiny_report"),
                          _segments(FURNITURE, "committee_minutes", kind="procedural")], ignore_index=True)
    assert move_furniture(segments, FINDING_KINDS, counting).equals(segments)
    assert read == []


def test_the_model_is_deterministic(embed):
    vectors = embed(FURNITURE + SERVICE)
    first = shipped_model().probability(vectors)
    again = FurnitureModel.load(MODEL_PATH).probability(vectors)
    assert np.array_equal(first, again)
    segments = _segments(FURNITURE + SERVICE)
    assert move_furniture(segments, FINDING_KINDS, embed).equals(move_furniture(segments, FINDING_KINDS, embed))


def test_what_the_meeting_asked_for_is_never_moved():
    """(furniture15k) However sure the model is, a sentence asking for something stays where the rules put it;
    "as requested by the panel" only recalls a request."""
    sure = FurnitureModel(coef=np.zeros(4), intercept=10.0, threshold=0.5)
    texts = ["The Chair asked that an update on the recruitment drive be e-mailed to members before the next meeting.",
             "Members requested a breakdown of the agency staff in each team.",
             "The Chair thanked the Head of Service for her clear presentation.",
             "As requested by the panel, the Minister had been invited to a future meeting.",
             # (after held-out set K was scored) a resolution's wording and the agenda's note to members ask nothing
             "Resolved that: there will be a report from the youth forum at the next meeting.",
             "Members are requested to declare any interests at the start of the item."]
    moved = move_furniture(_segments(texts), FINDING_KINDS, lambda t: np.zeros((len(t), 4)), sure)
    assert moved["kind"].tolist() == ["finding", "finding"] + ["procedural"] * 4


@pytest.mark.slow
def test_the_training_command_reproduces_the_shipped_weights(tmp_path):
    out = tmp_path / "model.npz"
    subprocess.run([sys.executable, "benchmarks/train_furniture_model.py", "--out", str(out)], cwd=ROOT,
                   check=True, capture_output=True, env={"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"})
    rebuilt, shipped = np.load(out), np.load(MODEL_PATH)
    assert sorted(rebuilt.files) == sorted(shipped.files)
    for name in shipped.files:
        if rebuilt[name].dtype.kind == "f" and name != "threshold":
            # the vectors come through the embedding cache, whose entries may have been embedded in other batches
            # (padding moves the last float bits): equal up to that rounding, not bit for bit
            assert np.allclose(rebuilt[name], shipped[name], rtol=0, atol=1e-5), name
        else:
            assert np.array_equal(rebuilt[name], shipped[name]), name
