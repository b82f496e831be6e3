"""Saved theme models: code new documents into the same themes without refitting, and keep researcher edits.

A model folder holds:
    centroids.npy   (n_themes, dim) float32, row i = theme i
    themes.csv      the themes table of the run it came from
    model.json      embedding model id, dimension, parameters, source run, creation time
    labels.csv      researcher edits, kept when the model is saved again: theme_id, label (a new name, or empty),
                    merge_into (another theme_id, or empty)
`apply_model` assigns each finding to the nearest centroid with the same confidence measure as the themes stage,
so next year's minutes land in the same columns.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.errors import ConfigError
from pipeline.themes import ThemeResult, confidence

EDIT_COLUMNS = ["theme_id", "label", "merge_into"]


def save_model(run_dir: Path, folder: Path, model_id: str, parameters: dict) -> Path:
    """Write a run's themes and centroids into `folder`; an existing labels.csv there is kept as it is."""
    run_dir, folder = Path(run_dir), Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    centroids = np.load(run_dir / "centroids.npy")
    np.save(folder / "centroids.npy", centroids.astype(np.float32))
    themes = pd.read_csv(run_dir / "themes.csv", keep_default_na=False)
    themes.to_csv(folder / "themes.csv", index=False)
    (folder / "model.json").write_text(json.dumps({
        "embedding_model": model_id, "dimension": int(centroids.shape[1]), "n_themes": int(len(centroids)),
        "parameters": parameters, "source_run": str(run_dir),
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds")}, indent=2))
    if not (folder / "labels.csv").exists():
        themes.assign(label="", merge_into="")[EDIT_COLUMNS].to_csv(folder / "labels.csv", index=False)
    return folder


def load_model(folder: Path) -> tuple[np.ndarray, pd.DataFrame, dict]:
    folder = Path(folder)
    for name in ("centroids.npy", "themes.csv", "model.json"):
        if not (folder / name).exists():
            raise ConfigError(f"{folder}: not a saved theme model ({name} is missing); save one with "
                              "`python -m pipeline themes RUN_DIR --save-model FOLDER`.")
    meta = json.loads((folder / "model.json").read_text())
    return np.load(folder / "centroids.npy"), pd.read_csv(folder / "themes.csv", keep_default_na=False), meta


def read_edits(path: Path) -> pd.DataFrame:
    """Researcher edits (theme_id, label, merge_into); an absent file means no edits."""
    path = Path(path)
    if not path.exists():
        return pd.DataFrame(columns=EDIT_COLUMNS)
    edits = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = set(EDIT_COLUMNS) - set(edits.columns)
    if missing:
        raise ConfigError(f"{path}: lacks columns {sorted(missing)}; it needs theme_id, label, merge_into.")
    return edits


def apply_edits(result: ThemeResult, edits: pd.DataFrame) -> ThemeResult:
    """Rename and merge themes as the edits say; ids of merged themes point at the theme they were merged into."""
    themes = result.themes.copy()
    assignment = result.assignment.copy()
    known = set(themes["theme_id"].astype(int))
    for row in edits.itertuples():
        if not str(row.theme_id).strip():
            continue
        theme_id = int(row.theme_id)
        if theme_id not in known:
            raise ConfigError(f"labels edit names theme {theme_id}, which this model does not have.")
        if str(row.label).strip():
            themes.loc[themes.theme_id == theme_id, "label"] = str(row.label).strip()
        if str(row.merge_into).strip():
            target = int(row.merge_into)
            if target not in known:
                raise ConfigError(f"labels edit merges theme {theme_id} into {target}, which does not exist.")
            assignment.loc[assignment.theme_id == theme_id, "theme_id"] = target
    sizes = assignment["theme_id"].value_counts()
    themes["size"] = themes["theme_id"].map(sizes).fillna(0).astype(int)
    themes = themes[themes["size"] > 0].reset_index(drop=True)
    return ThemeResult(assignment, themes, result.centroids, result.broad)


def apply_model(findings: pd.DataFrame, vectors: np.ndarray, folder: Path, model_id: str) -> ThemeResult:
    """Code findings into a saved model's themes (nearest centroid), with its researcher edits applied."""
    centroids, themes, meta = load_model(folder)
    if meta["embedding_model"] != model_id:
        raise ConfigError(f"{folder}: made with embedding model {meta['embedding_model']!r}, but these vectors come "
                          f"from {model_id!r}; embed with --model {meta['embedding_model']}.")
    if vectors.shape[1] != centroids.shape[1]:
        raise ConfigError(f"{folder}: centroids have {centroids.shape[1]} dimensions, vectors {vectors.shape[1]}.")
    unit = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    ids = (unit @ centroids.T).argmax(axis=1)
    parents = themes.set_index("theme_id")["parent_theme_id"] if "parent_theme_id" in themes else None
    assignment = pd.DataFrame({
        "finding_id": findings["finding_id"].to_numpy(), "theme_id": ids,
        "theme_confidence": np.round(confidence(unit, centroids, ids), 4),
        "parent_theme_id": ids if parents is None else parents.reindex(ids).to_numpy()})
    sizes = assignment["theme_id"].value_counts()
    themes = themes.assign(size=themes["theme_id"].map(sizes).fillna(0).astype(int))
    themes["n_authorities"] = themes["theme_id"].map(
        findings.assign(t=ids).groupby("t")["authority"].nunique()).fillna(0).astype(int)
    broad = pd.DataFrame(columns=["theme_id", "label", "keywords", "size"])
    if "parent_theme_id" in themes:
        broad = (themes.groupby(["parent_theme_id", "parent_label"], as_index=False)["size"].sum()
                 .rename(columns={"parent_theme_id": "theme_id", "parent_label": "label"}).assign(keywords=""))
    result = ThemeResult(assignment, themes, centroids, broad[["theme_id", "label", "keywords", "size"]])
    return apply_edits(result, read_edits(Path(folder) / "labels.csv"))
