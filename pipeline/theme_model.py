"""Saved theme models: code new documents into the same themes without refitting, and keep researcher edits.

A model folder holds:
    centroids.npy   (n_themes, dim) float32, row i = theme i
    themes.csv      the themes table of the run it came from
    model.json      embedding model id, dimension, parameters, source run, creation time
    labels.csv      researcher edits, kept when the model is saved again: theme_id, label (a new name, or empty),
                    merge_into (another theme_id, or empty), split_into (a number of sub-themes >= 2, or empty)
`apply_model` assigns each finding to the nearest centroid with the same confidence measure as the themes stage,
so next year's minutes land in the same columns. A split theme keeps its centroid row: a finding nearest to it
goes on to the nearest of its sub-themes' centroids, as in the run the model was saved from.

Edits apply in this order: splits (in file order; sub-themes take the next free ids, and are labelled from their
own key phrases), then new names (a sub-theme can be renamed by its new id), then merges.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.errors import ConfigError
from pipeline.labels import label_themes
from pipeline.themes import LABEL_SAMPLE, ThemeResult, build_tree, centres_of, confidence, nearest, \
    nearest_members, unit_rows, _cut, _renumber_by_size

EDIT_COLUMNS = ["theme_id", "label", "merge_into", "split_into"]
REQUIRED_EDIT_COLUMNS = ["theme_id", "label", "merge_into"]


def save_model(run_dir: Path, folder: Path, model_id: str, parameters: dict, edits_file: Path | None = None) -> Path:
    """Write a run's themes and centroids into `folder`; an existing labels.csv there is kept as it is, else it is
    a copy of `edits_file` (the edits the run was made with) or an empty edit row per theme."""
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
        if edits_file is not None:
            read_edits(edits_file).to_csv(folder / "labels.csv", index=False)
        else:
            blank = themes.assign(label="", merge_into="", split_into="")[EDIT_COLUMNS]
            blank.to_csv(folder / "labels.csv", index=False)
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
    """Researcher edits (theme_id, label, merge_into, split_into); an absent file means no edits. A file without
    split_into (made before splits existed) is read with that column empty."""
    path = Path(path)
    if not path.exists():
        return pd.DataFrame(columns=EDIT_COLUMNS)
    edits = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = set(REQUIRED_EDIT_COLUMNS) - set(edits.columns)
    if missing:
        raise ConfigError(f"{path}: lacks columns {sorted(missing)}; it needs theme_id, label, merge_into "
                          "(and optionally split_into).")
    if "split_into" not in edits.columns:
        edits = edits.assign(split_into="")
    for row in edits.itertuples():
        for column in ("theme_id", "merge_into", "split_into"):
            value = str(getattr(row, column)).strip()
            if value and not value.isdigit():
                raise ConfigError(f"{path}: {column}={value!r} in row {row.Index + 2} should be a whole number.")
        if str(row.split_into).strip() and int(row.split_into) < 2:
            raise ConfigError(f"{path}: split_into={row.split_into} in row {row.Index + 2}: a theme splits into 2 or "
                              "more sub-themes (leave it empty to keep the theme whole).")
    return edits


def _ids(column: pd.Series) -> list[int]:
    return [int(v) for v in column.astype(str) if v.strip()]


def split_children(themes: pd.DataFrame) -> dict[int, list[int]]:
    """Split theme id -> ids of its sub-themes, from the themes table's split_from column."""
    if "split_from" not in themes.columns:
        return {}
    children: dict[int, list[int]] = {}
    for theme_id, parent in zip(themes["theme_id"], themes["split_from"].astype(str)):
        if parent.strip():
            children.setdefault(int(float(parent)), []).append(int(theme_id))
    return children


def split_theme(result: ThemeResult, theme_id: int, n_parts: int, findings: pd.DataFrame, vectors: np.ndarray,
                embedder=None) -> ThemeResult:
    """A new result in which theme `theme_id` is re-clustered into `n_parts` sub-themes (ids from len(centroids)).

    Only that theme's findings are clustered, by the themes stage's own method (Ward tree, nearest centre), which
    uses no random draw: the same findings always split the same way. The split theme's row leaves the themes
    table but its centroid stays, so a saved model can send new findings first to it, then to its sub-themes.
    """
    members = np.flatnonzero(result.assignment["theme_id"].to_numpy() == theme_id)
    if len(members) < max(n_parts, 3):
        raise ConfigError(f"labels edit splits theme {theme_id} into {n_parts}, but it has {len(members)} findings.")
    unit = unit_rows(vectors[members])
    tree, leaves = build_tree(unit)
    cut = _cut(tree, leaves, n_parts)
    parts, _ = nearest(unit, centres_of(unit, cut, int(cut.max()) + 1))
    parts, old_of_new = _renumber_by_size(parts)
    sub_centres = centres_of(unit, cut, int(cut.max()) + 1)[old_of_new]
    first = len(result.centroids)
    sample = nearest_members(unit, parts, sub_centres, LABEL_SAMPLE)
    rows = np.concatenate(list(sample.values()))
    named = label_themes(findings["text"].iloc[members[rows]].tolist(), parts[rows], centroids=sub_centres,
                         embedder=embedder).set_index("theme_id")
    themes = result.themes.copy()
    if "split_from" not in themes.columns:
        themes["split_from"] = ""
    parent_row = themes.loc[themes.theme_id == theme_id].iloc[0]
    taken = {str(label).lower() for label in themes["label"] if str(label)}
    new_rows = []
    for part in range(len(old_of_new)):
        inside = members[parts == part]
        label = named.loc[part, "label"]
        if label.lower() in taken or label == "Miscellaneous":  # another theme has that name: its next key phrase
            phrases = [k for k in str(named.loc[part, "keywords"]).split("; ") if k and k.lower() not in taken]
            label = phrases[0][:1].upper() + phrases[0][1:] if phrases else f"{parent_row['label']}: part {part + 1}"
        taken.add(label.lower())
        new_rows.append({**parent_row.to_dict(), "theme_id": first + part, "label": label,
                         "keywords": named.loc[part, "keywords"], "size": len(inside),
                         "n_authorities": findings["authority"].iloc[inside].nunique(),
                         "exemplars": " ".join(findings["finding_id"].iloc[members[sample[part][:3]]]),
                         "split_from": str(theme_id)})
    themes = pd.concat([themes[themes.theme_id != theme_id], pd.DataFrame(new_rows)], ignore_index=True)
    assignment = result.assignment.copy()
    assignment.loc[members, "theme_id"] = first + parts
    assignment.loc[members, "theme_confidence"] = np.round(confidence(unit, sub_centres, parts), 4)
    return ThemeResult(assignment, themes, np.vstack([result.centroids, sub_centres]).astype(np.float32), result.broad)


def apply_edits(result: ThemeResult, edits: pd.DataFrame, findings: pd.DataFrame | None = None,
                vectors: np.ndarray | None = None, embedder=None) -> ThemeResult:
    """Split, rename and merge themes as the edits say (in that order); ids of merged themes point at the theme
    they were merged into. Splitting needs the findings and their vectors, unless the result already holds the
    sub-themes (a saved model that was saved with the split)."""
    if "split_into" not in edits.columns:
        edits = edits.assign(split_into="")
    for row in edits.itertuples():
        if not str(row.theme_id).strip() or not str(row.split_into).strip():
            continue
        theme_id, n_parts = int(row.theme_id), int(row.split_into)
        if theme_id in split_children(result.themes):
            continue  # already split when the model was saved; apply_model reproduces it from the centroids
        if theme_id not in set(result.themes["theme_id"].astype(int)):
            raise ConfigError(f"labels edit splits theme {theme_id}, which this model does not have.")
        if findings is None or vectors is None:
            raise ConfigError(f"labels edit splits theme {theme_id}, but this model was saved before that edit; save "
                              "it again (`python -m pipeline themes RUN_DIR --save-model FOLDER`) to fit the split.")
        result = split_theme(result, theme_id, n_parts, findings, vectors, embedder)
    themes = result.themes.copy()
    assignment = result.assignment.copy()
    known = set(range(len(result.centroids))) | set(themes["theme_id"].astype(int))
    for row in edits.itertuples():
        if not str(row.theme_id).strip():
            continue
        theme_id = int(row.theme_id)
        if theme_id not in known:
            raise ConfigError(f"labels edit names theme {theme_id}, which this model does not have.")
        if str(row.label).strip():
            themes.loc[themes.theme_id == theme_id, "label"] = str(row.label).strip()
    for row in edits.itertuples():
        if str(row.theme_id).strip() and str(row.merge_into).strip():
            theme_id, target = int(row.theme_id), int(row.merge_into)
            if target not in set(themes["theme_id"].astype(int)):
                raise ConfigError(f"labels edit merges theme {theme_id} into {target}, which does not exist.")
            assignment.loc[assignment.theme_id == theme_id, "theme_id"] = target
    sizes = assignment["theme_id"].value_counts()
    themes["size"] = themes["theme_id"].map(sizes).fillna(0).astype(int)
    themes = themes[themes["size"] > 0].reset_index(drop=True)
    if "parent_theme_id" in themes.columns:  # a merged finding takes the broad theme of the theme it joined
        parent = themes.set_index("theme_id")["parent_theme_id"]
        assignment["parent_theme_id"] = assignment["theme_id"].map(parent).to_numpy()
    return ThemeResult(assignment, themes, result.centroids, result.broad)


def assign_to_centroids(unit: np.ndarray, centroids: np.ndarray, children: dict[int, list[int]]) -> np.ndarray:
    """Nearest centroid of each row among the themes not made by a split; a row whose nearest is a split theme goes
    on to the nearest of its sub-themes (sub-themes of sub-themes likewise, as their ids are always larger)."""
    made_by_split = {c for kids in children.values() for c in kids}
    top = np.array([i for i in range(len(centroids)) if i not in made_by_split])
    ids = top[nearest(unit, centroids[top])[0]]
    for parent in sorted(children):
        rows = np.flatnonzero(ids == parent)
        if len(rows):
            kids = np.array(sorted(children[parent]))
            ids[rows] = kids[nearest(unit[rows], centroids[kids])[0]]
    return ids


def apply_model(findings: pd.DataFrame, vectors: np.ndarray, folder: Path, model_id: str) -> ThemeResult:
    """Code findings into a saved model's themes (nearest centroid), with its researcher edits applied."""
    centroids, themes, meta = load_model(folder)
    if meta["embedding_model"] != model_id:
        raise ConfigError(f"{folder}: made with embedding model {meta['embedding_model']!r}, but these vectors come "
                          f"from {model_id!r}; embed with --model {meta['embedding_model']}.")
    if vectors.shape[1] != centroids.shape[1]:
        raise ConfigError(f"{folder}: centroids have {centroids.shape[1]} dimensions, vectors {vectors.shape[1]}.")
    unit = unit_rows(vectors)
    ids = assign_to_centroids(unit, centroids, split_children(themes))
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
