"""Learned meeting furniture: a logistic regression over a minutes unit's embedding that moves the meeting business
the rules kept (a report introduced, an invitation, thanks, an announcement, a deferral, ...) out of the findings.

The rules (pipeline.furniture, meeting_talk, minutes_layout) decide first; this model sees only the segments of
committee minutes whose kind the run keeps, and moves one to `procedural` with the reason LEARNED_REASON when its
probability of being furniture is at least the model's threshold, so it lands in excluded.csv with the rules'
reasons. Ofsted reports, scrutiny reports and motions are left alone.

Features: the unit's all-MiniLM-L6-v2 vector (rows L2-normalised), nothing else. The shipped model is
pipeline/data/minutes_furniture_model.npz: `coef` (dim,), `intercept` (), `threshold` (), `C` (), `embedding_model`
and `trained_on`. Prediction is plain numpy (a dot product and a logistic), so it is deterministic and needs
scikit-learn only for `fit_furniture_model`. `benchmarks/train_furniture_model.py` refits it from
tests/data/minutes_units_own_words.csv (units written in our own words, no council text) and chooses the threshold
by cross-validation grouped by invented meeting: the lowest probability at which at most MAX_SERVICE_LOST of the
service units would be moved.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd

from pipeline.errors import PipelineError
from pipeline.meeting_verdicts import asks_for_something, tells_of_the_service
from pipeline.furniture import JUDGED_LEAD_IN, MOTION_LEAD_IN
from pipeline.committee_returns import committee_return
from pipeline.inspection_record import tells_of_the_inspection
from pipeline.meeting_arrangements import amends_the_motion
from pipeline.minutes_remarks import members_question, members_remark
from pipeline.schema import LEAD_IN, REASON

MODEL_PATH = Path(__file__).resolve().parent / "data" / "minutes_furniture_model.npz"
EMBEDDING_MODEL = "all-MiniLM-L6-v2"
LEARNED_REASON = "meeting furniture (learned)"
APPLIES_TO = ("committee_minutes",)  # document types whose kept segments the model reads
C = 1.0  # inverse strength of the L2 penalty: of 0.3, 1, 3, 10, 30 the one moving most furniture in cross-validation
MAX_SERVICE_LOST = 0.01  # share of service units the cross-validated threshold may move


@dataclass(frozen=True)
class FurnitureModel:
    """Coefficients (dim,), intercept and the probability threshold at which a unit is moved."""

    coef: np.ndarray
    intercept: float
    threshold: float
    C: float = C
    embedding_model: str = EMBEDDING_MODEL
    trained_on: str = ""

    @property
    def dimension(self) -> int:
        return len(self.coef)

    def probability(self, vectors: np.ndarray) -> np.ndarray:
        """(n,) probability that each unit is meeting furniture."""
        vectors = np.asarray(vectors, dtype=np.float64)
        if vectors.ndim != 2 or vectors.shape[1] != self.dimension:
            raise PipelineError(f"the minutes furniture model needs {self.dimension}-dimensional vectors from "
                                f"{self.embedding_model}, got shape {vectors.shape}.")
        return 1.0 / (1.0 + np.exp(-(vectors @ self.coef + self.intercept)))

    def is_furniture(self, vectors: np.ndarray) -> np.ndarray:
        """(n,) bool: the units the model moves out of the findings."""
        return self.probability(vectors) >= self.threshold

    def save(self, path: Path) -> None:
        np.savez_compressed(path, coef=self.coef.astype(np.float32), intercept=np.float64(self.intercept),
                            threshold=np.float64(self.threshold), C=np.float64(self.C),
                            embedding_model=np.array(self.embedding_model), trained_on=np.array(self.trained_on))

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "FurnitureModel":
        try:
            data = np.load(path, allow_pickle=False)
            return cls(coef=data["coef"].astype(np.float64), intercept=float(data["intercept"]),
                       threshold=float(data["threshold"]), C=float(data["C"]),
                       embedding_model=str(data["embedding_model"]), trained_on=str(data["trained_on"]))
        except (OSError, ValueError, KeyError) as error:
            raise PipelineError(f"cannot read the minutes furniture model {path}: {error}; "
                                "retrain it with benchmarks/train_furniture_model.py.") from error


@lru_cache(maxsize=1)
def shipped_model() -> FurnitureModel:
    """The model in pipeline/data/minutes_furniture_model.npz (read once per process)."""
    return FurnitureModel.load(MODEL_PATH)


def fit_furniture_model(vectors: np.ndarray, furniture: np.ndarray, threshold: float, C: float = C,
                        trained_on: str = "", embedding_model: str = EMBEDDING_MODEL) -> FurnitureModel:
    """A logistic regression of furniture (1) against service (0), classes weighted inversely to frequency."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
    model.fit(np.asarray(vectors, dtype=np.float64), np.asarray(furniture, dtype=int))
    return FurnitureModel(coef=model.coef_[0].copy(), intercept=float(model.intercept_[0]), threshold=threshold,
                          C=C, embedding_model=embedding_model, trained_on=trained_on)


def uses_model(model_id: str, model: FurnitureModel | None = None) -> bool:
    """Whether vectors of the embedding model `model_id` (as run.json writes it: "name" or "name#backend") are
    the ones the furniture model was trained on (the ONNX backends compute the same model's vectors)."""
    model = model or shipped_model()
    return model_id.split("#", 1)[0] in (model.embedding_model, "default")


def move_furniture(segments: pd.DataFrame, kept_kinds, embed: Callable[[list[str]], np.ndarray],
                   model: FurnitureModel | None = None) -> pd.DataFrame:
    """A new segments table where the kept segments of committee minutes that the model calls furniture are
    `procedural` with the reason LEARNED_REASON; every other row is unchanged. embed: texts -> (n, dim) vectors
    of the model's embedding model (the segment stage passes the run's model through the embedding cache)."""
    model = model or shipped_model()
    out = segments.copy()
    # (a clause of a council's motion, pipeline.furniture.MOTION_LEAD_IN, says what the council resolves: the rules
    # decide it)
    lead_ins = out[LEAD_IN].fillna("").astype(str) if LEAD_IN in out else pd.Series("", index=out.index)
    clause = lead_ins.map(lambda value: MOTION_LEAD_IN.search(value) is not None).astype(bool)
    candidates = (out["doc_type"].isin(APPLIES_TO) & out["kind"].isin(set(kept_kinds)) & ~clause).to_numpy()
    if not candidates.any():
        return out
    rows = np.flatnonzero(candidates)
    moved = rows[model.is_furniture(embed(out["text"].iloc[rows].tolist()))]
    if len(moved):  # what the meeting asked for, and what someone said of the service, stays, as the rules keep it
        texts = out["text"].iloc[moved].tolist()
        # (and a member's remark that names the inspection or the service: pipeline.minutes_remarks, furniture64)
        # (and a member's question about the service, a request that a report on it come to the committee: furniture66)
        # (and a promise or date of the plan, the inspection's dates, a recommendation to approve the plan: furniture67)
        # (and what they record of the inspection and its oversight, what an amendment changes: furniture68)
        # (and a list's lead-in that says what the inspection found or judged, "The Ofsted judgements received were as
        # follows:", which the rules keep for what it says: pipeline.furniture.JUDGED_LEAD_IN; the lead's set Y42)
        remarks = np.array([members_remark(text) or members_question(text) or committee_return(text) != ""
                            or tells_of_the_inspection(text) or amends_the_motion(text)
                            or text.rstrip().endswith(":") and JUDGED_LEAD_IN.search(text) is not None
                            for text in texts], dtype=bool)
        moved = moved[~(asks_for_something(texts) | tells_of_the_service(texts) | remarks)]
    out.loc[out.index[moved], "kind"] = "procedural"
    out.loc[out.index[moved], REASON] = LEARNED_REASON
    return out
