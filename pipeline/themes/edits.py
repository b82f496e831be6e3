"""Researcher edits of themes: rename, merge and split, read from an edits file.

An edits file (CSV) has one row per edited theme: theme_id, label (a new name, or empty), merge_into (another
theme_id, or empty), split_into (a number of sub-themes >= 2, or empty).
Edits apply in this order: splits (in file order; sub-themes take the next free ids, and are named from their own
key phrases), then new names (a sub-theme can be renamed by its new id), then merges.
A split theme keeps its centroid row: a finding nearest to it goes on to the nearest of its sub-themes'
centroids (`assign_to_centroids`), as in the run the model was saved from.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.errors import ConfigError
from pipeline.themes.capitals import capitalised
from pipeline.themes.cluster import EXEMPLARS, build_tree, centres_of, confidence, cut_tree, label_members, nearest, \
    renumber_by_size, unit_rows
from pipeline.themes.naming import LABEL_SAMPLE, name_themes
from pipeline.themes.tables import ThemeResult, theme_table
from pipeline.schema import EDIT_COLUMNS, REQUIRED_EDIT_COLUMNS



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
    cut = cut_tree(tree, leaves, n_parts)
    parts, _ = nearest(unit, centres_of(unit, cut, int(cut.max()) + 1))
    parts, old_of_new = renumber_by_size(parts)
    sub_centres = centres_of(unit, cut, int(cut.max()) + 1)[old_of_new]
    first = len(result.centroids)
    sample = label_members(unit, parts, sub_centres, LABEL_SAMPLE)
    rows = np.concatenate(list(sample.values()))
    named = name_themes(findings["text"].iloc[members[rows]].tolist(), parts[rows], centroids=sub_centres,
                         embedder=embedder).set_index("theme_id")
    themes = result.themes.copy()
    if "split_from" not in themes.columns:
        themes["split_from"] = ""
    parent_row = themes.loc[themes.theme_id == theme_id].iloc[0]
    taken = {str(label).lower() for label in themes["label"] if str(label)}
    new_rows = []
    for part in range(len(old_of_new)):
        label = named.loc[part, "label"]
        if label.lower() in taken or label == "Miscellaneous":  # another theme has that name: its next key phrase
            phrases = [k for k in str(named.loc[part, "keywords"]).split("; ") if k and k.lower() not in taken]
            label = capitalised(phrases[0]) if phrases else f"{parent_row['label']}: part {part + 1}"
        taken.add(label.lower())
        new_rows.append({**parent_row.to_dict(), "theme_id": first + part, "label": label,
                         "keywords": named.loc[part, "keywords"],
                         "exemplars": " ".join(findings["finding_id"].iloc[members[sample[part][:EXEMPLARS]]]),
                         "split_from": str(theme_id)})
    assignment = result.assignment.copy()
    assignment.loc[members, "theme_id"] = first + parts
    assignment.loc[members, "theme_confidence"] = np.round(confidence(unit, sub_centres, parts), 4)
    themes = theme_table(pd.concat([themes[themes.theme_id != theme_id], pd.DataFrame(new_rows)], ignore_index=True),
                         assignment["theme_id"].to_numpy(), findings["authority"].to_numpy())
    return ThemeResult(assignment, themes, np.vstack([result.centroids, sub_centres]).astype(np.float32), result.broad,
                       result.codes, result.topic_words, result.coder, result.field_seeds)


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
    themes = theme_table(themes, assignment["theme_id"].to_numpy())
    themes = themes[themes["size"] > 0].reset_index(drop=True)
    if "parent_theme_id" in themes.columns:  # a merged finding takes the broad theme of the theme it joined
        parent = themes.set_index("theme_id")["parent_theme_id"]
        assignment["parent_theme_id"] = assignment["theme_id"].map(parent).to_numpy()
    return ThemeResult(assignment, themes, result.centroids, result.broad, result.codes, result.topic_words,
                       result.coder, result.field_seeds)


def assign_to_centroids(unit: np.ndarray, centroids: np.ndarray, children: dict[int, list[int]],
                        joined: tuple[np.ndarray, np.ndarray] | None = None, first: int = 0,
                        fixed: np.ndarray | None = None) -> np.ndarray:
    """Nearest centroid of each row among the themes not made by a split; a row whose nearest is a split theme goes
    on to the nearest of its sub-themes (sub-themes of sub-themes likewise, as their ids are always larger).
    joined: (rows, centres) in the space the themes were fitted in (embedding and topic words, centre i = theme
    i), which then decides among the themes not made by a split; sub-themes of a split are in the embedding.
    first: only themes from this id on (a codebook model's discovered themes follow its codes, a model's discovered
    themes its field themes). fixed: a theme id given in advance per row (-1: none), a field theme's, which then
    goes on to a sub-theme of it when it was split."""
    made_by_split = {c for kids in children.values() for c in kids}
    top = np.array([i for i in range(first, len(centroids)) if i not in made_by_split])
    if joined is not None:
        top = top[top < len(joined[1])]
        ids = top[nearest(joined[0], joined[1][top])[0]]
    else:
        ids = top[nearest(unit, centroids[top])[0]]
    if fixed is not None:
        ids = np.where(fixed >= 0, fixed, ids)
    for parent in sorted(children):
        rows = np.flatnonzero(ids == parent)
        if len(rows):
            kids = np.array(sorted(children[parent]))
            ids[rows] = kids[nearest(unit[rows], centroids[kids])[0]]
    return ids
