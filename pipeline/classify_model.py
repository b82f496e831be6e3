"""Learned refinement of kind and polarity: one logistic regression per label over a finding's embedding, the
embedding of its lead-in and the rules' cues, trained on the hand-labelled segments in tests/data. Voice stays with
the rules, which score higher than a learned voice (benchmarks/README.md).

Features of a finding, in this order (`features`):
    its vector from the embedding model the classifier was trained with (all-MiniLM-L6-v2: 384 floats, rows
    L2-normalised), multiplied by the label's embedding_weight so it is not drowned by the 0/1 cues under one
    penalty; the vector of its lead-in (the `lead_in` column: the sentence before, or the line introducing its
    list; zeros when there is none), multiplied by the label's lead_in_weight; the vector of its section heading
    (the `section` column, e.g. "Areas for improvement", "Leadership, management and governance are good"; zeros
    when there is none), multiplied by the label's section_weight; then `pipeline.classify.rule_cues`
    (CUE_NAMES: which rule patterns fire on text, section and lead-in, the rules' own kind / polarity / voice, and
    the document type).

Decision (`ClassifierModel.predict`): the learned class replaces the rules' class only when its probability exceeds
the probability the model gives the rules' class by at least the label's margin (0 = always the learned class); the
rules' class is read from the cues. Kinds outside allowed_kinds are never chosen. Polarity's neutral score is moved by
finding_neutral_shift where the kind decided first is "finding", and by action_neutral_shift where it is "action".
`refine_classes` then gives a plan's progress rating ("rated red", "stalled", "on track", "completed":
`pipeline.progress_ratings`) its polarity over the learned one, and a council document's line the rules made the
council's action for rating its plan's progress the kind `action` (council63).

The shipped model is pipeline/data/classify_model.npz (`ClassifierModel.save` / `load`): for each target in
TARGETS, `<target>_classes` (n_classes,), `<target>_coef` (n_classes, n_features), `<target>_intercept` (n_classes,)
and `<target>_settings` (6,: embedding_weight, lead_in_weight, margin, section_weight, finding_neutral_shift,
action_neutral_shift; a file with 4 has no shift, one with 5 no action shift); `cue_names`,
`embedding_model` and `trained_on` (what it was fitted on). n_features = 3 * dimension + len(cue_names). Prediction
is plain numpy (a linear score and a softmax), so it is deterministic and needs scikit-learn only for
`fit_classifier`. `benchmarks/train_classifier.py` refits it from tests/data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from pipeline.classify import CUE_NAMES, cue_table
from pipeline.errors import PipelineError
from pipeline.judged_areas import section_as_read
from pipeline.patterns import Column
from pipeline.progress_ratings import progress_polarities, progress_rated
from pipeline.schema import FINDING_KINDS, LEAD_IN, OFSTED_TYPES, SECTION

TARGETS = ("kind", "polarity")
MODEL_PATH = Path(__file__).resolve().parent / "data" / "classify_model.npz"
EMBEDDING_MODEL = "all-MiniLM-L6-v2"


class LabelSettings(NamedTuple):
    """How one label is learned and decided."""

    C: float  # inverse strength of the L2 penalty (fit only)
    embedding_weight: float  # scale of the finding's vector against the 0/1 cues
    lead_in_weight: float  # scale of the lead-in's vector (0: not used)
    margin: float  # probability the learned class must gain over the rules' class to replace it
    section_weight: float = 0.0  # scale of the section heading's vector (0: not used)
    # added to the neutral score of a finding whose predicted kind is "finding" (polarity only; 0: not used)
    finding_neutral_shift: float = 0.0
    # the same where the predicted kind is "action" (a step taken; polarity only; 0: not used)
    action_neutral_shift: float = 0.0


# Chosen by 5-fold cross-validation grouped by document (benchmarks/classify_quality.py); how they were chosen, and
# what was tried instead, is in benchmarks/README.md. Polarity's C went from 0.03 to 0.1 in issue 17's ninth round
# (tuning documents, three fold draws: 0.895 -> 0.900, better in each; a neutral intercept shift, C 0.01 and a
# margin of 0.1 were no better). The tenth round compared other decisions on the same probabilities (per-class
# thresholds chosen by an inner grouped CV, a two-step neutral-vs-polar decision, a stacked second layer, rule cues
# weighted x2, unweighted classes): none was better on all training labels, so the argmax stays.
SETTINGS = {"kind": LabelSettings(C=0.03, embedding_weight=6.0, lead_in_weight=2.0, margin=0.35),
            "polarity": LabelSettings(C=0.1, embedding_weight=4.0, lead_in_weight=0.0, margin=0.0,
                                      section_weight=1.0, finding_neutral_shift=-1.5,
                                      action_neutral_shift=-1.0)}
# Polarity's finding_neutral_shift (issue 17, seventeenth round): on the readers' line a finding that judges nothing is
# rare (2 of 350 reader rows of kind finding are neutral; 23 of 23 context rows are), while the developer's files,
# which make up most of the fit, call approval without a praise word neutral. So the neutral score of a segment the
# kind model calls a finding is lowered by 1.5 (chosen by grouped CV on the reader files, benchmarks/polarity_reader.py
# --finding-shifts: 0 / -1 / -1.5 / -2 / no neutral finding). Its action_neutral_shift (twenty-first round): on the
# readers' line a step taken is mostly approved (20 of the 32 reader rows of kind action are strengths, 10 neutral),
# so the neutral score of a segment the kind model calls an action is lowered by 1 (grouped CV by document on the
# eight reader files, --action-shifts 0 / -1 / -2; -1 chosen alike with each reader file left out of the choice).


def cue_matrix(segments: pd.DataFrame) -> np.ndarray:
    """(n, len(CUE_NAMES)) float32 of rule cues; segments needs text and may have section, doc_type, lead_in."""
    return cue_table(segments)


def _flat(value) -> str:
    return " ".join(str(value or "").split())


PREDICT_BLOCK = 8192  # findings per block of features in `ClassifierModel.predict`


def lead_in_vectors(findings: pd.DataFrame, vectors: np.ndarray, embedder=None) -> np.ndarray:
    """(n, dim) float32: the vector of each finding's lead-in (`lead_in`), zeros where it has none.

    A lead-in is usually the text of the finding before it, so its vector is taken from `vectors` when some row's
    text is the same (white space aside); the others are embedded with `embedder` (anything with
    `embed(texts) -> (m, dim)`, the model that made `vectors`), each distinct lead-in once, or left as zeros when no
    embedder is given."""
    return _context_vectors(findings, LEAD_IN, vectors, embedder)


def section_vectors(findings: pd.DataFrame, vectors: np.ndarray, embedder=None) -> np.ndarray:
    """(n, dim) float32: the vector of each finding's section heading (`section`), zeros where it has none; found
    and embedded as `lead_in_vectors` finds and embeds lead-ins (a heading is seldom a finding's text, so it is
    zeros without an embedder)."""
    if SECTION in findings.columns:  # a judged area's part read alone, as in training (judged_areas.section_as_read)
        findings = findings.assign(**{SECTION: findings[SECTION].fillna("").astype(str).map(section_as_read)})
    return _context_vectors(findings, SECTION, vectors, embedder)


def _context_vectors(findings: pd.DataFrame, column: str, vectors: np.ndarray, embedder=None) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    out = np.zeros_like(vectors)
    if column not in findings.columns or not len(findings):
        return out
    lead_ins = [_flat(value) for value in findings[column].fillna("")]
    row_of = {}
    for i, text in enumerate(_flat(value) for value in findings["text"].fillna("")):
        row_of.setdefault(text, i)
    missing = sorted({c for c in lead_ins if c and c not in row_of})
    embedded = {}
    if missing and embedder is not None:
        new = np.asarray(embedder.embed(missing), dtype=np.float32)
        if new.shape != (len(missing), vectors.shape[1]):
            raise ValueError(f"the embedder gave {new.shape} vectors for {len(missing)} {column} texts; "
                             f"({len(missing)}, {vectors.shape[1]}) are needed (the model that made the vectors).")
        embedded = dict(zip(missing, new))
    for i, lead_in in enumerate(lead_ins):
        if lead_in in row_of:
            out[i] = vectors[row_of[lead_in]]
        elif lead_in in embedded:
            out[i] = embedded[lead_in]
    return out


def features(vectors: np.ndarray, lead_ins: np.ndarray, cues: np.ndarray, settings: LabelSettings,
             sections: np.ndarray | None = None) -> np.ndarray:
    """[vectors * embedding_weight, lead_ins * lead_in_weight, sections * section_weight, cues] as one
    (n, 3 * dim + n_cues) float64 matrix (sections None: zeros)."""
    vectors, lead_ins, sections = _float_blocks(vectors, lead_ins, cues, sections)
    return np.hstack([vectors * settings.embedding_weight, lead_ins * settings.lead_in_weight,
                      sections * settings.section_weight, np.asarray(cues, dtype=np.float64)])


def _float_blocks(vectors: np.ndarray, lead_ins: np.ndarray, cues: np.ndarray,
                  sections: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """vectors, lead_ins and sections (None: zeros) as float64, after checking there is one of each per segment
    (row of cues)."""
    sections = np.zeros_like(vectors) if sections is None else sections
    if not len(vectors) == len(lead_ins) == len(sections) == len(cues):
        raise ValueError(f"{len(vectors)} vectors, {len(lead_ins)} lead-in and {len(sections)} section vectors for "
                         f"{len(cues)} segments: one of each per segment is needed.")
    return (np.asarray(vectors, dtype=np.float64), np.asarray(lead_ins, dtype=np.float64),
            np.asarray(sections, dtype=np.float64))


def _softmax(scores: np.ndarray) -> np.ndarray:
    shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


@dataclass(frozen=True)
class ClassifierModel:
    """Per label: class names, coefficients (n_classes, n_features), intercepts (n_classes,) and settings."""

    classes: dict[str, tuple[str, ...]]
    coef: dict[str, np.ndarray]
    intercept: dict[str, np.ndarray]
    settings: dict[str, LabelSettings]
    embedding_model: str = EMBEDDING_MODEL
    cue_names: tuple[str, ...] = tuple(CUE_NAMES)
    trained_on: str = ""
    dimension: int = field(init=False, default=0)

    def __post_init__(self):
        n_features = {self.coef[label].shape[1] for label in TARGETS}
        n_vector_features = max(n_features) - len(self.cue_names)
        if len(n_features) != 1 or n_vector_features <= 0 or n_vector_features % 3:
            raise PipelineError(f"classifier model is inconsistent: feature counts {sorted(n_features)} per label "
                                f"for {len(self.cue_names)} cues; retrain it with benchmarks/train_classifier.py.")
        object.__setattr__(self, "dimension", n_vector_features // 3)

    def scores(self, label: str, x: np.ndarray) -> np.ndarray:
        """(n, n_classes) linear scores of one label."""
        return x @ self.coef[label].T + self.intercept[label]

    def _scores_in_parts(self, label: str, vectors: np.ndarray, lead_ins: np.ndarray, cues: np.ndarray,
                         sections: np.ndarray | None = None) -> np.ndarray:
        """`scores(label, features(...))` as one product per block of features, without building the
        (n, 3 * dim + n_cues) float64 feature matrix (most of the prediction's time)."""
        settings, coef, dim = self.settings[label], self.coef[label], self.dimension
        vectors, lead_ins, sections = _float_blocks(vectors, lead_ins, cues, sections)
        scores = ((vectors * settings.embedding_weight) @ coef[:, :dim].T
                  + np.asarray(cues, np.float64) @ coef[:, 3 * dim:].T)
        if settings.lead_in_weight:
            scores += (lead_ins * settings.lead_in_weight) @ coef[:, dim:2 * dim].T
        if settings.section_weight:
            scores += (sections * settings.section_weight) @ coef[:, 2 * dim:3 * dim].T
        return scores + self.intercept[label]

    def predict(self, vectors: np.ndarray, cues: np.ndarray, lead_ins: np.ndarray | None = None,
                allowed_kinds=None, sections: np.ndarray | None = None) -> dict[str, np.ndarray]:
        """Labels per finding: {label: array of class names}. lead_ins: (n, dim) vectors of the lead-ins
        (`lead_in_vectors`; None: zeros). allowed_kinds: kinds a finding may be given (the ones the segment stage
        kept); the others are never chosen. sections: (n, dim) vectors of the section headings (`section_vectors`;
        None: zeros)."""
        if tuple(CUE_NAMES) != self.cue_names:
            raise PipelineError("the classifier model was trained with other rule cues than pipeline.classify has "
                                "now; retrain it with benchmarks/train_classifier.py.")
        vectors = np.asarray(vectors)
        if vectors.ndim != 2 or vectors.shape[1] != self.dimension:
            raise PipelineError(f"the classifier model needs {self.dimension}-dimensional vectors from "
                                f"{self.embedding_model}, got shape {vectors.shape}.")
        lead_ins = np.zeros_like(vectors) if lead_ins is None else lead_ins
        sections = np.zeros_like(vectors) if sections is None else sections
        cues = np.asarray(cues)
        if len(vectors) > PREDICT_BLOCK:  # the float64 features of 100,000 findings would take gigabytes at once
            parts = [self.predict(vectors[i:i + PREDICT_BLOCK], cues[i:i + PREDICT_BLOCK],
                                  lead_ins[i:i + PREDICT_BLOCK], allowed_kinds, sections[i:i + PREDICT_BLOCK])
                     for i in range(0, len(vectors), PREDICT_BLOCK)]
            return {label: np.concatenate([part[label] for part in parts]) for label in TARGETS}
        out = {}
        for label in TARGETS:
            classes = np.asarray(self.classes[label], dtype=object)
            scores = self._scores_in_parts(label, vectors, lead_ins, cues, sections)
            if label == "kind" and allowed_kinds is not None:
                blocked = np.array([c not in allowed_kinds for c in classes])
                scores = np.where(blocked, -np.inf, scores)
            shifts = {"finding": self.settings[label].finding_neutral_shift,
                      "action": self.settings[label].action_neutral_shift}
            for kind, shift in shifts.items():
                if shift and "kind" in out and "neutral" in classes:
                    scores[out["kind"] == kind, list(classes).index("neutral")] += shift
            probability = _softmax(scores)
            best = probability.argmax(axis=1)
            # the rules' class, from the cues; -1 where it is not one of the model's classes
            rule = np.full(len(cues), -1)
            for j, name in enumerate(classes):
                column = f"rule_{label}={name}"
                if column in self.cue_names:
                    rule[cues[:, self.cue_names.index(column)] > 0] = j
            rows = np.arange(len(cues))
            rule_probability = np.where(rule >= 0, probability[rows, np.maximum(rule, 0)], 0.0)
            keep_rule = (rule >= 0) & (probability[rows, best] - rule_probability < self.settings[label].margin)
            out[label] = classes[np.where(keep_rule, rule, best)]
        return out

    def save(self, path: Path) -> None:
        arrays = {"cue_names": np.array(self.cue_names), "embedding_model": np.array(self.embedding_model),
                  "trained_on": np.array(self.trained_on)}
        for label in TARGETS:
            s = self.settings[label]
            arrays[f"{label}_classes"] = np.array(self.classes[label])
            arrays[f"{label}_coef"] = self.coef[label].astype(np.float32)
            arrays[f"{label}_intercept"] = self.intercept[label].astype(np.float32)
            arrays[f"{label}_settings"] = np.array([s.embedding_weight, s.lead_in_weight, s.margin, s.section_weight,
                                                    s.finding_neutral_shift, s.action_neutral_shift],
                                                   dtype=np.float64)
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "ClassifierModel":
        try:
            data = np.load(path, allow_pickle=False)
            settings = {label: LabelSettings(SETTINGS[label].C, *map(float, data[f"{label}_settings"]))
                        for label in TARGETS}
        except (OSError, ValueError, KeyError) as error:
            raise PipelineError(f"cannot read the classifier model {path}: {error}; "
                                "retrain it with benchmarks/train_classifier.py.") from error
        return cls(classes={label: tuple(str(c) for c in data[f"{label}_classes"]) for label in TARGETS},
                   coef={label: data[f"{label}_coef"].astype(np.float64) for label in TARGETS},
                   intercept={label: data[f"{label}_intercept"].astype(np.float64) for label in TARGETS},
                   settings=settings, embedding_model=str(data["embedding_model"]),
                   cue_names=tuple(str(c) for c in data["cue_names"]), trained_on=str(data["trained_on"]))


@lru_cache(maxsize=1)
def shipped_model() -> ClassifierModel:
    """The model in pipeline/data/classify_model.npz (read once per process)."""
    return ClassifierModel.load(MODEL_PATH)


def fit_classifier(vectors: np.ndarray, lead_ins: np.ndarray, cues: np.ndarray, labels: pd.DataFrame,
                   settings: dict[str, LabelSettings] | None = None, trained_on: str = "",
                   embedding_model: str = EMBEDDING_MODEL, sections: np.ndarray | None = None,
                   row_weights: dict[str, np.ndarray] | None = None) -> ClassifierModel:
    """Fit one multinomial logistic regression per label (columns kind and polarity of `labels`), with classes
    weighted inversely to their frequency so rare classes (context, recommendation) are not ignored. sections:
    the section headings' vectors (`section_vectors`; None: zeros). row_weights: per target, one weight per row
    (multiplying the class weight; e.g. the rows of a blind reader's file counted more for polarity); a target
    without one weighs every row 1."""
    from sklearn.linear_model import LogisticRegression

    settings = {**SETTINGS, **(settings or {})}
    classes, coef, intercept = {}, {}, {}
    for label in TARGETS:
        y = labels[label].astype(str).to_numpy()
        if len(set(y)) < 2:
            raise ValueError(f"{label}: the labelled set has only the class {set(y)}; at least two are needed.")
        model = LogisticRegression(C=settings[label].C, class_weight="balanced", max_iter=5000)
        weights = (row_weights or {}).get(label)
        if weights is not None and len(weights) != len(y):
            raise ValueError(f"{label}: {len(weights)} row weights were given for {len(y)} labelled rows.")
        model.fit(features(vectors, lead_ins, cues, settings[label], sections), y, sample_weight=weights)
        classes[label] = tuple(str(c) for c in model.classes_)
        if len(model.classes_) == 2:  # scikit-learn keeps one row for two classes: score = [0, w.x + b]
            coef[label] = np.vstack([np.zeros_like(model.coef_[0]), model.coef_[0]])
            intercept[label] = np.array([0.0, model.intercept_[0]])
        else:
            coef[label], intercept[label] = model.coef_.copy(), model.intercept_.copy()
    return ClassifierModel(classes=classes, coef=coef, intercept=intercept, settings=settings,
                           embedding_model=embedding_model, trained_on=trained_on)


def refine_classes(findings: pd.DataFrame, vectors: np.ndarray, model: ClassifierModel | None = None,
                   allowed_kinds=FINDING_KINDS, embedder=None,
                   cues: np.ndarray | None = None, sections: np.ndarray | None = None) -> pd.DataFrame:
    """A new findings table with kind and polarity from the learned model (voice is left as it is).

    findings: text, and section, doc_type, lead_in where known (row i has vector i); vectors: (n, dim) from the
    model's embedding model. embedder (optional): that model, to embed lead-ins that are not the text of another
    finding (without it their vectors are zeros, which costs a little accuracy). Findings keep a kind from
    allowed_kinds, so what the segment stage kept stays kept. cues: `cue_matrix(findings)` when the caller has it
    already (the segment stage computes it with the rules' classes). sections: `section_vectors(findings, vectors,
    an embedder)` when the caller has them (the classify stage embeds the headings through the embedding cache);
    otherwise they are found with `embedder` (without one, headings that are not a finding's text get zeros).
    """
    model = model or shipped_model()
    out = findings.copy()
    if findings.empty:
        return out
    vectors = np.asarray(vectors)
    cues = cue_matrix(findings) if cues is None else cues
    sections = section_vectors(findings, vectors, embedder) if sections is None else sections
    predicted = model.predict(vectors, cues, lead_in_vectors(findings, vectors, embedder),
                              allowed_kinds=set(allowed_kinds), sections=sections)
    for label in TARGETS:
        out[label] = predicted[label].astype(str)
    # a plan's progress rating ("rated red", "stalled", "completed") decides polarity over the learned class
    texts = Column(np.array([_flat(text) for text in findings["text"]], dtype=object))
    rated = progress_polarities(texts)
    out["polarity"] = np.where(rated != "", rated, out["polarity"].to_numpy(dtype=object)).astype(str)
    # and, where the rules made such a line of a council document the council's action, its kind (council63): the
    # rules' kind is read from the cues
    if "rule_kind=action" in CUE_NAMES and "action" in allowed_kinds:
        by_rules = cues[:, CUE_NAMES.index("rule_kind=action")] > 0
        council = ~findings.get("doc_type", pd.Series("", index=findings.index)).fillna("").astype(str).isin(
            OFSTED_TYPES).to_numpy()
        progress = by_rules & council & progress_rated(texts)
        out["kind"] = np.where(progress, "action", out["kind"].to_numpy(dtype=object)).astype(str)
    return out
