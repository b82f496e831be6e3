"""Refit the learned minutes furniture model (pipeline/data/minutes_furniture_model.npz) from units written in our
own words, and print how it does under cross-validation.

    HF_HUB_OFFLINE=1 python benchmarks/train_furniture_model.py [--out PATH] [--compare]

Reads tests/data/minutes_units_own_words.csv (meeting, section, text, label furniture/service, reason) and the
council segments (committee minutes, scrutiny reports, motions of the bundled corpus) of the hand-labelled
tests/data/labelled_segments*.csv, `procedural` there counting as furniture and every other kind as service; embeds
the texts with all-MiniLM-L6-v2 through the pipeline's cache, and cross-validates a logistic regression in 5 folds
grouped by meeting or document (none is in both the fit and the units it scores). The threshold is chosen on
those out-of-fold probabilities: the lowest (rounded up to 0.001) at which at most MAX_SERVICE_LOST of the service
units would be moved. The shipped model is then fitted on every unit with that threshold. --compare prints the
same figures for other penalties too. Deterministic: the same units give the same weights.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import numpy as np
import pandas as pd
from labelled_set import FILES, OWN_WORDS_FILE, ROOT, THIRTEENTH_FILE, labelled_vectors

from pipeline.minutes_model import C, MAX_SERVICE_LOST, MODEL_PATH, fit_furniture_model
from pipeline.schema import COUNCIL_DOC_TYPES

UNITS = ROOT / "tests/data/minutes_units_own_words.csv"
FOLDS = 5


def load_units(path: Path = UNITS) -> pd.DataFrame:
    units = pd.read_csv(path, dtype=str, keep_default_na=False, comment="#")
    if not set(units["label"]) <= {"furniture", "service"}:
        raise ValueError(f"{path}: labels must be furniture or service, found {sorted(set(units['label']))}")
    return units


def council_segments() -> pd.DataFrame:
    """The labelled segments of council documents as units (meeting = the document, label from the kind)."""
    # the own-words sentences written for kind and polarity (issue 17, fifth round) and the files after the twelfth
    # (issue 17, eighth round: their council rows are mostly a polarity check half) are not read: the furniture model
    # keeps the training set it was measured with
    tables = [pd.read_csv(path, comment="#", dtype=str, keep_default_na=False)
              for path in FILES[:FILES.index(THIRTEENTH_FILE)] if path != OWN_WORDS_FILE]
    segments = pd.concat([t[["doc", "doc_type", "section", "text", "kind"]] for t in tables], ignore_index=True)
    segments = segments[segments["doc_type"].isin(COUNCIL_DOC_TYPES)]
    return pd.DataFrame({"meeting": segments["doc"], "section": segments["section"], "text": segments["text"],
                         "label": segments["kind"].map(lambda kind: "furniture" if kind == "procedural" else "service"),
                         "reason": ""}).reset_index(drop=True)


def out_of_fold(vectors: np.ndarray, furniture: np.ndarray, meetings: np.ndarray, penalty: float) -> np.ndarray:
    """(n,) furniture probability of each unit from a model fitted without its meeting."""
    from sklearn.model_selection import GroupKFold

    probability = np.zeros(len(furniture))
    for fit, held in GroupKFold(FOLDS).split(vectors, furniture, meetings):
        model = fit_furniture_model(vectors[fit], furniture[fit], threshold=0.5, C=penalty)
        probability[held] = model.probability(vectors[held])
    return probability


def choose_threshold(probability: np.ndarray, furniture: np.ndarray) -> float:
    """The lowest threshold (a multiple of 0.001) moving at most MAX_SERVICE_LOST of the service units."""
    service = np.sort(probability[~furniture])[::-1]
    allowed = int(MAX_SERVICE_LOST * len(service))
    return math.floor(service[allowed] * 1000) / 1000 + 0.001


def report(name: str, probability: np.ndarray, furniture: np.ndarray, threshold: float) -> str:
    moved = probability >= threshold
    return (f"{name}: threshold {threshold:.3f} moves {moved[furniture].sum()}/{furniture.sum()} furniture units "
            f"({moved[furniture].mean():.1%}) and {moved[~furniture].sum()}/{(~furniture).sum()} service units "
            f"({moved[~furniture].mean():.1%}), out of fold")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--compare", action="store_true", help="cross-validate other penalties as well")
    args = parser.parse_args()
    own = load_units()
    units = pd.concat([own, council_segments()], ignore_index=True)
    vectors = labelled_vectors(units["text"].tolist(), masked=False).astype(np.float64)
    furniture = (units["label"] == "furniture").to_numpy()
    meetings = units["meeting"].to_numpy()
    for penalty in (0.3, 3.0, 10.0, 30.0) if args.compare else ():
        probability = out_of_fold(vectors, furniture, meetings, penalty)
        print(report(f"C={penalty:g}", probability, furniture, choose_threshold(probability, furniture)))
    probability = out_of_fold(vectors, furniture, meetings, C)
    threshold = choose_threshold(probability, furniture)
    print(report(f"C={C:g} (shipped)", probability, furniture, threshold))
    model = fit_furniture_model(vectors, furniture, threshold=threshold, C=C,
                                trained_on=f"{len(own)} own-words minutes units of {own['meeting'].nunique()} invented "
                                           f"meetings and {len(units) - len(own)} labelled council segments "
                                           f"({furniture.sum()} furniture in all)")
    model.save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB), trained on {model.trained_on}")


if __name__ == "__main__":
    main()
