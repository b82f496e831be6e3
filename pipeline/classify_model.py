"""Learned refinement of kind and polarity: one logistic regression per label over a finding's embedding and the
rules' cues, trained on the hand-labelled segments in tests/data. Voice stays with the rules: on the 965 labelled
segments a learned voice (same recipe) scored macro-F1 0.86-0.87 in 5-fold cross-validation grouped by document,
below the rules' 0.88, so it is not shipped. C and EMBEDDING_WEIGHT were chosen by that grouped cross-validation.

Features of a finding, in this order (`features`):
    its vector from the embedding model the classifier was trained with (all-MiniLM-L6-v2: 384 floats, rows
    L2-normalised), multiplied by EMBEDDING_WEIGHT so it is not drowned by the 0/1 cues under one penalty;
    then `pipeline.classify.rule_cues` (CUE_NAMES: which rule patterns fire on text, section and lead-in, the
    rules' own kind / polarity / voice, and the document type).

The shipped model is pipeline/data/classify_model.npz (`ClassifierModel.save` / `load`): for each label in LABELS,
`<label>_classes` (n_classes,), `<label>_coef` (n_classes, n_features) and `<label>_intercept` (n_classes,);
`cue_names`, `embedding_model`, `embedding_weight` and `trained_on` (what it was fitted on). Prediction is plain
numpy (argmax of a linear score), so it is deterministic and needs scikit-learn only for `fit_classifier`.
`benchmarks/train_classifier.py` refits it from tests/data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.classify import CUE_NAMES, cue_table
from pipeline.errors import PipelineError

LABELS = ("kind", "polarity")
EMBEDDING_WEIGHT = 4.0
C = 0.1
MODEL_PATH = Path(__file__).resolve().parent / "data" / "classify_model.npz"
EMBEDDING_MODEL = "all-MiniLM-L6-v2"


def cue_matrix(segments: pd.DataFrame) -> np.ndarray:
    """(n, len(CUE_NAMES)) float32 of rule cues; segments needs text and may have section, doc_type, context."""
    return cue_table(segments)


def features(vectors: np.ndarray, cues: np.ndarray, embedding_weight: float = EMBEDDING_WEIGHT) -> np.ndarray:
    """[vectors * embedding_weight, cues] as one (n, dim + n_cues) float64 matrix."""
    vectors = np.asarray(vectors, dtype=np.float64)
    if len(vectors) != len(cues):
        raise ValueError(f"{len(vectors)} vectors for {len(cues)} segments: one vector per segment is needed.")
    return np.hstack([vectors * embedding_weight, np.asarray(cues, dtype=np.float64)])


@dataclass(frozen=True)
class ClassifierModel:
    """Per label: class names, coefficients (n_classes, n_features) and intercepts (n_classes,)."""

    classes: dict[str, tuple[str, ...]]
    coef: dict[str, np.ndarray]
    intercept: dict[str, np.ndarray]
    embedding_model: str = EMBEDDING_MODEL
    embedding_weight: float = EMBEDDING_WEIGHT
    cue_names: tuple[str, ...] = tuple(CUE_NAMES)
    trained_on: str = ""
    dimension: int = field(init=False, default=0)

    def __post_init__(self):
        n_features = {self.coef[label].shape[1] for label in LABELS}
        if len(n_features) != 1:
            raise PipelineError(f"classifier model is inconsistent: feature counts {sorted(n_features)} per label.")
        object.__setattr__(self, "dimension", n_features.pop() - len(self.cue_names))

    def scores(self, label: str, x: np.ndarray) -> np.ndarray:
        """(n, n_classes) linear scores of one label."""
        return x @ self.coef[label].T + self.intercept[label]

    def predict(self, vectors: np.ndarray, cues: np.ndarray, allowed_kinds=None) -> dict[str, np.ndarray]:
        """Labels per finding: {label: array of class names}. allowed_kinds: kinds a finding may be given (the
        ones the segment stage kept); the others are never chosen."""
        if tuple(CUE_NAMES) != self.cue_names:
            raise PipelineError("the classifier model was trained with other rule cues than pipeline.classify has "
                                "now; retrain it with benchmarks/train_classifier.py.")
        if vectors.shape[1] != self.dimension:
            raise PipelineError(f"the classifier model needs {self.dimension}-dimensional vectors from "
                                f"{self.embedding_model}, got {vectors.shape[1]}.")
        x = features(vectors, cues, self.embedding_weight)
        out = {}
        for label in LABELS:
            scores = self.scores(label, x)
            if label == "kind" and allowed_kinds is not None:
                blocked = np.array([c not in allowed_kinds for c in self.classes[label]])
                scores = np.where(blocked, -np.inf, scores)
            out[label] = np.asarray(self.classes[label], dtype=object)[scores.argmax(axis=1)]
        return out

    def save(self, path: Path) -> None:
        arrays = {"cue_names": np.array(self.cue_names), "embedding_model": np.array(self.embedding_model),
                  "embedding_weight": np.array(self.embedding_weight), "trained_on": np.array(self.trained_on)}
        for label in LABELS:
            arrays[f"{label}_classes"] = np.array(self.classes[label])
            arrays[f"{label}_coef"] = self.coef[label].astype(np.float32)
            arrays[f"{label}_intercept"] = self.intercept[label].astype(np.float32)
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "ClassifierModel":
        try:
            data = np.load(path, allow_pickle=False)
        except (OSError, ValueError) as error:
            raise PipelineError(f"cannot read the classifier model {path}: {error}; "
                                "retrain it with benchmarks/train_classifier.py.") from error
        return cls(classes={label: tuple(str(c) for c in data[f"{label}_classes"]) for label in LABELS},
                   coef={label: data[f"{label}_coef"].astype(np.float64) for label in LABELS},
                   intercept={label: data[f"{label}_intercept"].astype(np.float64) for label in LABELS},
                   embedding_model=str(data["embedding_model"]), embedding_weight=float(data["embedding_weight"]),
                   cue_names=tuple(str(c) for c in data["cue_names"]), trained_on=str(data["trained_on"]))


@lru_cache(maxsize=1)
def shipped_model() -> ClassifierModel:
    """The model in pipeline/data/classify_model.npz (read once per process)."""
    return ClassifierModel.load(MODEL_PATH)


def fit_classifier(vectors: np.ndarray, cues: np.ndarray, labels: pd.DataFrame, C: float = C,
                   embedding_weight: float = EMBEDDING_WEIGHT, trained_on: str = "",
                   embedding_model: str = EMBEDDING_MODEL) -> ClassifierModel:
    """Fit one multinomial logistic regression per label (columns kind and polarity of `labels`), with
    classes weighted inversely to their frequency so rare classes (other voice, context) are not ignored."""
    from sklearn.linear_model import LogisticRegression

    x = features(vectors, cues, embedding_weight)
    classes, coef, intercept = {}, {}, {}
    for label in LABELS:
        y = labels[label].astype(str).to_numpy()
        if len(set(y)) < 2:
            raise ValueError(f"{label}: the labelled set has only the class {set(y)}; at least two are needed.")
        model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
        model.fit(x, y)
        classes[label] = tuple(str(c) for c in model.classes_)
        if len(model.classes_) == 2:  # scikit-learn keeps one row for two classes: score = [0, w.x + b]
            coef[label] = np.vstack([np.zeros_like(model.coef_[0]), model.coef_[0]])
            intercept[label] = np.array([0.0, model.intercept_[0]])
        else:
            coef[label], intercept[label] = model.coef_.copy(), model.intercept_.copy()
    return ClassifierModel(classes=classes, coef=coef, intercept=intercept, embedding_model=embedding_model,
                           embedding_weight=embedding_weight, trained_on=trained_on)


def refine_classes(findings: pd.DataFrame, vectors: np.ndarray, model: ClassifierModel | None = None,
                   allowed_kinds=("finding", "action", "recommendation", "context")) -> pd.DataFrame:
    """A new findings table with kind and polarity from the learned model (voice is left as it is).

    findings: text, and section, doc_type, context where known (row i has vector i); vectors: (n, dim) from the
    model's embedding model. Findings keep a kind from allowed_kinds, so what the segment stage kept stays kept.
    """
    model = model or shipped_model()
    out = findings.copy()
    if findings.empty:
        return out
    predicted = model.predict(np.asarray(vectors), cue_matrix(findings), allowed_kinds=set(allowed_kinds))
    for label in LABELS:
        out[label] = predicted[label].astype(str)
    return out
