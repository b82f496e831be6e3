"""ThemeModel: the theme model in the scikit-learn manner, and its saved form.

    model = ThemeModel(n_themes="auto", n_broad="auto", embedder=embedder).fit(findings, vectors)
    model.assignment_, model.themes_, model.broad_, model.centroids_      # tables of `pipeline.themes.tables`
    model.edit(edits, findings, vectors)      # rename, merge, split (`pipeline.themes.edits`)
    model.save(folder, embedding_model="...", parameters={...})
    ThemeModel.load(folder).predict(findings, vectors, embedding_model="...")   # a ThemeResult

With `codebook` (CodebookTheme list) and `codebook_centres`, `fit` codes findings into the codebook's themes first
and clusters the rest (`pipeline.themes.codebook`). Without one, the field's named themes are seeded first (the
findings about each form one theme, `pipeline.themes.field`): `field_themes` None (the default) means the shipped
ones when an embedder is given (it places their descriptions), as `run` does; a FieldTheme list means those, []
none.

A saved model folder holds:
    centroids.npy   (n_themes, dim) float32, row i = theme i
    topic_words.npz the topic-word model and the themes' centres in the joined space (`pipeline.themes.lexical`),
                    when the themes were assigned in it (the default); absent in models saved before, which assign
                    in the embedding
    codebook_coder.npz  codebook mode: how the fit gave codes (`pipeline.themes.codebook.CodebookCoder`: the
                    learned scorer, or thresholds per code), so `predict` gives codes exactly as the fit did
    field_themes.npz    the seeded field themes (`pipeline.themes.field.FieldSeeds`: terms, centres, threshold),
                    when there were any: `predict` gives them by the same rule, themes 0..f-1
    themes.csv      the themes table it was fitted with
    model.json      embedding model id, dimension, parameters, source run, creation time
    theme_edits.csv      researcher edits (EDIT_COLUMNS), kept when the model is saved again
`predict` assigns each finding to the nearest centre (in the joined space when the model has topic words) with
the same confidence measure as `fit`, so next year's minutes land in the same columns, then applies the saved
edits. A codebook model codes findings as its fit did (its coder); findings given no code go to the nearest of its
discovered themes. A model with field themes gives a finding its field theme first, as the fit did; the others go
to the nearest of its discovered themes.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.errors import ConfigError
from pipeline.schema import CLUSTERING_TEXT, CODER, FIELD_SEEDS, TOPIC_WORDS
from pipeline.themes.cluster import N_MICRO, confidence, unit_rows
from pipeline.themes.codebook import DEFAULT_THRESHOLD, CodebookCoder, code_with_codebook
from pipeline.themes.discover import discover_themes
from pipeline.themes.field import FieldSeeds, read_field_themes
from pipeline.themes.lexical import TopicWords
from pipeline.themes.edits import EDIT_COLUMNS, apply_edits, assign_to_centroids, read_edits, split_children
from pipeline.themes.naming import LABEL_SAMPLE
from pipeline.themes.topic_guide import GUIDE
from pipeline.themes.tables import ThemeResult, assignment_table, broad_table, theme_table

EDITS_FILE = "theme_edits.csv"   # the researcher edits inside a saved model folder
OLD_EDITS_FILE = "labels.csv"    # its earlier name: such a folder is refused with the fix, not misread


class ThemeModel:
    """Parameters as `discover_themes` and `code_with_codebook` take them (codebook_threshold: one for every
    code, or one per code); fitted attributes end in `_` (codes_: CODE_COLUMNS in codebook mode, else None)."""

    def __init__(self, n_themes: int | str = "auto", n_broad: int | str = "auto", seed: int = 0,
                 n_micro: int = N_MICRO, label_sample: int = LABEL_SAMPLE, embedder=None, codebook=None,
                 codebook_centres: np.ndarray | None = None,
                 codebook_threshold: float | np.ndarray = DEFAULT_THRESHOLD, codebook_scorer=None, field_themes=None,
                 topic_guide: float = GUIDE):
        self.n_themes, self.n_broad, self.seed = n_themes, n_broad, seed
        self.n_micro, self.label_sample, self.embedder = n_micro, label_sample, embedder
        self.codebook, self.codebook_centres, self.codebook_threshold = codebook, codebook_centres, codebook_threshold
        self.codebook_scorer, self.field_themes, self.topic_guide = codebook_scorer, field_themes, topic_guide

    def fit(self, findings: pd.DataFrame, vectors: np.ndarray) -> "ThemeModel":
        """findings: finding_id, text, authority (row i matches vectors[i]); vectors: (n, dim)."""
        if self.codebook:
            result = code_with_codebook(findings, vectors, self.codebook, self.codebook_centres,
                                        threshold=self.codebook_threshold, n_themes=self.n_themes, seed=self.seed,
                                        scorer=self.codebook_scorer)
        else:
            result = discover_themes(findings, vectors, n_themes=self.n_themes, seed=self.seed, n_broad=self.n_broad,
                                     n_micro=self.n_micro, embedder=self.embedder, label_sample=self.label_sample,
                                     field_themes=self._field_themes(), topic_guide=self.topic_guide)
        return self._set(result)

    def _field_themes(self) -> list:
        if self.field_themes is not None:
            return list(self.field_themes)
        return read_field_themes() if self.embedder is not None else []

    def _set(self, result: ThemeResult) -> "ThemeModel":
        self.assignment_, self.themes_ = result.assignment, result.themes
        self.centroids_, self.broad_, self.codes_ = result.centroids, result.broad, result.codes
        self.topic_words_, self.coder_, self.field_seeds_ = result.topic_words, result.coder, result.field_seeds
        return self

    @property
    def result_(self) -> ThemeResult:
        return ThemeResult(self.assignment_, self.themes_, self.centroids_, self.broad_, getattr(self, "codes_", None),
                           getattr(self, "topic_words_", None), getattr(self, "coder_", None),
                           getattr(self, "field_seeds_", None))

    @classmethod
    def from_result(cls, result: ThemeResult, **parameters) -> "ThemeModel":
        return cls(**parameters)._set(result)

    def edit(self, edits: pd.DataFrame, findings: pd.DataFrame | None = None,
             vectors: np.ndarray | None = None) -> "ThemeModel":
        """Apply researcher edits (EDIT_COLUMNS: rename, merge, split); splitting needs findings and vectors."""
        return self._set(apply_edits(self.result_, edits, findings, vectors, self.embedder))

    def predict(self, findings: pd.DataFrame, vectors: np.ndarray, embedding_model: str | None = None) -> ThemeResult:
        """Code findings into this model's themes (nearest centroid; a split theme's findings go on to its
        sub-themes), with the model's saved edits applied. embedding_model: the id of the model that made
        `vectors`, checked against the one the model was fitted with when both are known."""
        made_with = getattr(self, "embedding_model_", None)
        where = getattr(self, "folder_", "theme model")
        if embedding_model is not None and made_with is not None and made_with != embedding_model:
            raise ConfigError(f"{where}: made with embedding model {made_with!r}, but these vectors come "
                              f"from {embedding_model!r}; embed with --model {made_with}.")
        centroids, themes = self.centroids_, self.themes_
        if vectors.shape[1] != centroids.shape[1]:
            raise ConfigError(f"{where}: centroids have {centroids.shape[1]} dimensions, vectors {vectors.shape[1]}.")
        unit = unit_rows(vectors)
        words, coder, codes = getattr(self, "topic_words_", None), getattr(self, "coder_", None), None
        seeds = getattr(self, "field_seeds_", None)
        texts = (findings[CLUSTERING_TEXT] if CLUSTERING_TEXT in findings.columns else findings["text"]
                 ).astype(str).tolist()
        if coder is not None:  # codes as the fit gave them; the rest to the nearest discovered theme
            ids, conf, codes = _code_and_assign(coder, findings, vectors, unit, centroids, split_children(themes))
        elif words is not None:  # assigned in the space the themes were fitted in: embedding and topic words
            joined = words.join(unit, texts)
            space = (words.guided(joined, texts), words.centres)
            field = None if seeds is None else seeds.members(joined, texts)  # field themes first, as in the fit
            ids = assign_to_centroids(unit, centroids, split_children(themes), joined=space,
                                      first=0 if seeds is None else len(seeds.labels), fixed=field)
            top = ids < len(words.centres)
            conf = confidence(unit, centroids, ids)
            conf[top] = confidence(space[0][top], space[1], ids[top])
        else:
            field = None if seeds is None else seeds.members(unit, texts)
            ids = assign_to_centroids(unit, centroids, split_children(themes),
                                      first=0 if seeds is None else len(seeds.labels), fixed=field)
            conf = confidence(unit, centroids, ids)
        parents = themes.set_index("theme_id")["parent_theme_id"] if "parent_theme_id" in themes else None
        assignment = assignment_table(findings["finding_id"], ids, np.round(conf, 4),
                                      ids if parents is None else parents.reindex(ids).to_numpy())
        themes = theme_table(themes, ids, findings["authority"].to_numpy())
        result = ThemeResult(assignment, themes, centroids, broad_table(themes), codes, words, coder, seeds)
        return apply_edits(result, getattr(self, "edits_", pd.DataFrame(columns=EDIT_COLUMNS)))

    def save(self, folder: Path, embedding_model: str, parameters: dict, source_run: str = "",
             edits_file: Path | None = None) -> Path:
        """Write centroids, themes and model.json into `folder`; an edits file already there is kept as it is, else
        it is a copy of `edits_file` (the edits the themes were made with) or an empty edit row per theme."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        np.save(folder / "centroids.npy", np.asarray(self.centroids_, dtype=np.float32))
        self.result_.save_fitted_parts(folder)
        self.themes_.to_csv(folder / "themes.csv", index=False)
        (folder / "model.json").write_text(json.dumps({
            "embedding_model": embedding_model, "dimension": int(self.centroids_.shape[1]),
            "n_themes": int(len(self.centroids_)), "parameters": parameters, "source_run": str(source_run),
            "created": datetime.now(timezone.utc).isoformat(timespec="seconds")}, indent=2))
        if not (folder / EDITS_FILE).exists():
            if edits_file is not None:
                read_edits(edits_file).to_csv(folder / EDITS_FILE, index=False)
            else:
                self.themes_.assign(label="", merge_into="", split_into="")[EDIT_COLUMNS].to_csv(
                    folder / EDITS_FILE, index=False)
        return folder

    @classmethod
    def load(cls, folder: Path) -> "ThemeModel":
        """A saved model: centroids_, themes_, broad_ (from the themes' parents), edits_, embedding_model_,
        metadata_ (model.json). ConfigError naming the folder when it is not a saved model."""
        folder = Path(folder)
        for name in ("centroids.npy", "themes.csv", "model.json"):
            if not (folder / name).exists():
                raise ConfigError(f"{folder}: not a saved theme model ({name} is missing); save one with "
                                  "`python -m pipeline themes RUN_DIR --save-model FOLDER`.")
        if (folder / OLD_EDITS_FILE).exists() and not (folder / EDITS_FILE).exists():
            raise ConfigError(f"{folder}: its researcher edits are in {OLD_EDITS_FILE}, the name earlier versions "
                              f"used; rename that file to {EDITS_FILE}.")
        model = cls.from_run(folder)  # a saved model holds the fitted files a run folder does, and more
        model.metadata_ = json.loads((folder / "model.json").read_text())
        model.embedding_model_ = model.metadata_["embedding_model"]
        model.folder_ = folder
        model.edits_ = read_edits(folder / EDITS_FILE)
        return model

    @classmethod
    def from_run(cls, run_dir: Path) -> "ThemeModel":
        """The themes a run folder (or a saved model's folder) holds: centroids.npy, themes.csv and the fitted parts
        (topic words, coder, field seeds), to save as a model."""
        run_dir = Path(run_dir)
        model = cls()
        model.centroids_ = np.load(run_dir / "centroids.npy")
        model.topic_words_, model.coder_, model.field_seeds_ = _fitted_parts(run_dir)
        model.themes_ = pd.read_csv(run_dir / "themes.csv", keep_default_na=False)
        model.broad_ = broad_table(model.themes_)
        model.assignment_ = None
        return model


def _code_and_assign(coder: CodebookCoder, findings: pd.DataFrame, vectors: np.ndarray, unit: np.ndarray,
                     centroids: np.ndarray, children: dict[int, list[int]]
                     ) -> tuple[np.ndarray, np.ndarray, pd.DataFrame]:
    """Theme id, confidence and codes (CODE_COLUMNS) of each finding under a codebook model: a coded finding's
    theme is its first code (confidence: its similarity to that code's centre, as in the fit), the others go to
    the nearest discovered theme (ids from the number of codes on)."""
    coded = coder.apply(findings, vectors)  # exactly as the fit computed them
    k = len(coder.codes)
    ids, conf = coded.first.copy(), coded.first_similarity.astype(np.float64)
    rest = np.flatnonzero(ids < 0)
    if len(rest):
        if len(centroids) <= k:
            raise ConfigError(f"a codebook model with no discovered theme cannot hold the {len(rest)} findings "
                              "that fit none of its codes; save it from a run whose findings did not all fit.")
        ids[rest] = assign_to_centroids(unit[rest], centroids, children, first=k)
        conf[rest] = confidence(unit[rest], centroids, ids[rest])
    return ids, conf, coded.codes


def _fitted_parts(folder: Path) -> tuple[TopicWords | None, CodebookCoder | None, FieldSeeds | None]:
    """The topic words, the coder and the field seeds a run or model folder holds (ThemeResult.save_fitted_parts),
    each None if absent."""
    words, coder, seeds = folder / TOPIC_WORDS, folder / CODER, folder / FIELD_SEEDS
    return (TopicWords.load(words) if words.exists() else None, CodebookCoder.load(coder) if coder.exists() else None,
            FieldSeeds.load(seeds) if seeds.exists() else None)


def save_run_model(run_dir: Path, folder: Path, embedding_model: str, parameters: dict,
                   edits_file: Path | None = None) -> Path:
    """Save a run folder's themes as a model folder (what `themes --save-model` does)."""
    return ThemeModel.from_run(run_dir).save(folder, embedding_model, parameters, str(run_dir), edits_file)


def code_texts(run_dir: Path, texts: list[str], vectors: np.ndarray, glossary: dict | None = None) -> np.ndarray:
    """The theme id a run's themes give each text (vectors: the embeddings of its clustering text), as `apply`
    codes unseen findings: nearest centre in the space the themes were fitted in."""
    from pipeline.themes.cluster_text import clustering_texts, read_glossary

    texts = [str(t) for t in texts]
    frame = pd.DataFrame({"finding_id": [f"t{i}" for i in range(len(texts))], "text": texts, "authority": "",
                          CLUSTERING_TEXT: clustering_texts(texts, glossary if glossary is not None
                                                            else read_glossary())})
    return ThemeModel.from_run(run_dir).predict(frame, vectors).assignment["theme_id"].to_numpy()
