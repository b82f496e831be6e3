"""Codebook mode: findings assigned to a researcher's named themes by similarity; the rest clustered.

A codebook is a YAML file:  themes: [{name, group (optional broad theme), description, examples: [...]}].
Each theme's centre is the normalised mean embedding of its name, description and examples. A finding gets the
codes whose centre its cosine similarity reaches the code's threshold; or, when the codebook has a scorer learned
from hand-coded findings (`CodeScorer`, <codebook>_scorer.npz beside it), the codes whose learned score reaches
the code's calibrated threshold. Either way the rule is kept as a `CodebookCoder`, saved with the run and a theme
model saved from it, so `apply` codes next year's findings by the same rule. Findings that fit no theme are
clustered into discovered themes (pipeline.themes.discover), so the researcher sees what the codebook misses.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from pipeline.errors import ConfigError
from pipeline.schema import CLUSTERING_TEXT
from pipeline.themes.code_words import CodeWords
from pipeline.themes.discover import discover_themes
from pipeline.themes.tables import CODE_COLUMNS, ThemeResult, assignment_table, broad_table, theme_table

DEFAULT_THRESHOLD = 0.40
MAX_CODES = 3            # codes one finding can have
# A learned scorer's inputs: the finding's unit vector, its similarity to every centre and (since issue 16) its words
# (pipeline.themes.code_words), the similarities weighed this much more (so the codebook's own wording counts beside
# the labelled findings); its ridge penalty; how much more a code's coded findings weigh than the others in its
# regression (each code has few of them); the F-beta its thresholds are calibrated for (beta < 1 favours precision:
# a code given is a code a reader accepts); how many coded findings' worth each code's threshold is pulled towards
# the one threshold best for all codes together (calibrate_scores); and the second chance: a finding that reaches
# no code's threshold still gets the code it comes closest to when its score is at most this far below that code's
# threshold (0: none). Penalty, centre weight and up to 3 codes were chosen on the bundled findings of
# tests/data/codebook_coded.csv; positive weight 2 with a second chance of 0.02 raised recall but lowered held-out
# precision, so both are off (benchmarks/README.md). With the words, beta 0.8 and shrink 15 were chosen by 5-fold
# cross-validation over every random training row: of beta 0.7 / 0.8 / 0.9 and shrink 0 / 5 / 15 / 30, the one
# whose smaller margin over the aims (precision 0.80, recall 0.70) was largest.
SCORER_CENTRE_WEIGHT = 3.0
SCORER_PENALTY = 1.0
SCORER_POSITIVE_WEIGHT = 1.0
SCORER_BETA = 0.8
SCORER_SECOND_CHANCE = 0.0
SCORER_SHRINK = 15.0


@dataclass(frozen=True)
class CodebookTheme:
    name: str
    description: str
    examples: tuple[str, ...]
    group: str = ""

    def texts(self) -> list[str]:
        return [self.name, self.description, *self.examples] if self.description else [self.name, *self.examples]


def load_codebook(path: Path | str) -> list[CodebookTheme]:
    """Themes of a codebook YAML file; ConfigError naming the file and the problem when it is not usable."""
    import yaml

    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ConfigError(f"{path}: cannot be read as a YAML codebook ({error})") from error
    entries = data.get("themes") if isinstance(data, dict) else data
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{path}: needs a list 'themes' of entries with name, description and examples.")
    themes, seen = [], set()
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not str(entry.get("name", "")).strip():
            raise ConfigError(f"{path}: theme {number} has no name.")
        name = str(entry["name"]).strip()
        if name in seen:
            raise ConfigError(f"{path}: theme name {name!r} appears twice.")
        seen.add(name)
        examples = entry.get("examples") or []
        if not isinstance(examples, list):
            raise ConfigError(f"{path}: examples of {name!r} should be a list of phrases.")
        themes.append(CodebookTheme(name, str(entry.get("description", "")).strip(),
                                    tuple(str(e) for e in examples), str(entry.get("group", "")).strip()))
    return themes


def codebook_centres(themes: list[CodebookTheme], embedder) -> np.ndarray:
    """(n_themes, dim) float32: normalised mean embedding of each theme's texts."""
    centres = []
    for theme in themes:
        vectors = embedder.embed(theme.texts())
        vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        centre = vectors.mean(axis=0)
        centres.append(centre / max(np.linalg.norm(centre), 1e-12))
    return np.vstack(centres).astype(np.float32)


def code_with_codebook(findings: pd.DataFrame, vectors: np.ndarray, themes: list[CodebookTheme], centres: np.ndarray,
                       threshold: float | np.ndarray = DEFAULT_THRESHOLD, n_themes: int | str = "auto",
                       seed: int = 0, max_codes: int = MAX_CODES, scorer: "CodeScorer | None" = None) -> ThemeResult:
    """Codebook themes first (ids 0..k-1, in codebook order), discovered themes after them.

    threshold: one cosine similarity for every code, or one per code (`load_thresholds`). A finding gets up to
    `max_codes` codes, those whose threshold it reaches, most similar first (ThemeResult.codes: CODE_COLUMNS, with
    the cosine similarity to the code's centre); its theme is the first of them. With a `scorer`, its scores and
    thresholds choose and order the codes instead. themes.csv gains a `source` column: codebook | discovered.
    theme_confidence is the cosine similarity for codebook themes and the clustering confidence for discovered
    ones.
    """
    raw = np.atleast_1d(np.asarray(threshold, dtype=np.float64))
    if not ((raw > 0) & (raw < 1)).all():
        raise ConfigError(f"codebook threshold={threshold} should be between 0 and 1.")
    coder = CodebookCoder.of(themes, centres, raw, scorer, max_codes)
    unit, similarity, theme_ids, confidence, finding_codes = coder.apply(findings, vectors)
    coded = theme_ids >= 0
    k = len(themes)
    groups = sorted({t.group or t.name for t in themes})
    group_id = {g: i for i, g in enumerate(groups)}
    parent = np.array([group_id[themes[t].group or themes[t].name] if t >= 0 else -1 for t in theme_ids])
    rows = []
    for index, theme in enumerate(themes):
        members = np.flatnonzero(theme_ids == index)
        nearest = members[np.argsort(-similarity[members, index], kind="stable")[:3]]
        rows.append({"theme_id": index, "label": theme.name, "keywords": "; ".join(theme.examples[:5]),
                     "exemplars": " ".join(findings["finding_id"].iloc[nearest]),
                     "parent_theme_id": group_id[theme.group or theme.name],
                     "parent_label": theme.group or theme.name, "source": "codebook"})
    centroids = [centres]
    rest = np.flatnonzero(~coded)
    if len(rest) >= 10:
        # assigned in the embedding, where the codebook's centres are: a saved codebook model reapplies them there
        discovered = discover_themes(findings.iloc[rest].reset_index(drop=True), vectors[rest], n_themes=n_themes,
                                     seed=seed, n_broad=1 if n_themes == "auto" or int(n_themes) < 3 else "auto",
                                     assign_joined=False)
        offset, broad_offset = k, len(groups)
        theme_ids[rest] = discovered.assignment["theme_id"].to_numpy() + offset
        confidence[rest] = discovered.assignment["theme_confidence"].to_numpy()
        parent[rest] = broad_offset
        for row in discovered.themes.to_dict("records"):
            rows.append({**row, "theme_id": row["theme_id"] + offset, "label": f"(discovered) {row['label']}",
                         "parent_theme_id": broad_offset, "parent_label": "Not in the codebook",
                         "source": "discovered"})
        centroids.append(discovered.centroids)
    elif len(rest):
        theme_ids[rest] = k
        parent[rest] = len(groups)
        rows.append({"theme_id": k, "label": "(discovered) other", "keywords": "",
                     "exemplars": " ".join(findings["finding_id"].iloc[rest[:3]]),
                     "parent_theme_id": len(groups), "parent_label": "Not in the codebook", "source": "discovered"})
        centre = unit[rest].mean(axis=0, keepdims=True)
        centroids.append((centre / np.linalg.norm(centre)).astype(np.float32))
    table = theme_table(rows, theme_ids, findings["authority"].to_numpy(), extra=("source",))
    assignment = assignment_table(findings["finding_id"], theme_ids, np.round(confidence, 4), parent)
    return ThemeResult(assignment, table, np.vstack(centroids), broad_table(table), finding_codes, coder=coder)


class Coded(NamedTuple):
    """What a CodebookCoder gives findings: unit vectors, similarity to every code's centre (n, k), each finding's
    first code (-1: none) and its similarity, and every code given (CODE_COLUMNS)."""

    unit: np.ndarray
    similarity: np.ndarray
    first: np.ndarray
    first_similarity: np.ndarray
    codes: pd.DataFrame


@dataclass(frozen=True)
class CodebookCoder:
    """How a codebook fit gave codes, kept so that `apply` gives the same codes: the codes (names), their centres
    (k, dim), a threshold per code (on similarity, or on the scorer's score when `weights` is given: the
    CodeScorer's), the most codes a finding gets, the scorer's second chance and its words (None: a scorer of
    vectors alone). Saved with a run and a theme model (pipeline.schema.CODER)."""

    codes: tuple[str, ...]
    centres: np.ndarray
    thresholds: np.ndarray
    weights: np.ndarray | None = None
    max_codes: int = MAX_CODES
    second_chance: float = 0.0
    words: CodeWords | None = None

    @classmethod
    def of(cls, themes: list[CodebookTheme], centres: np.ndarray, threshold: np.ndarray,
           scorer: "CodeScorer | None" = None, max_codes: int = MAX_CODES) -> "CodebookCoder":
        names = tuple(t.name for t in themes)
        if scorer is not None:
            return cls(names, np.asarray(centres, np.float32), np.asarray(scorer.thresholds), scorer.weights, max_codes,
                       scorer.second_chance, scorer.words)
        return cls(names, np.asarray(centres, np.float32), np.broadcast_to(threshold, (len(names),)).copy(),
                   None, max_codes)

    @property
    def kind(self) -> str:
        return "scorer" if self.weights is not None else "thresholds"

    def unit_and_similarity(self, vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        unit = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return unit, unit @ self.centres.T

    def code(self, unit: np.ndarray, similarity: np.ndarray, texts: list[str] | None = None
             ) -> tuple[np.ndarray, np.ndarray]:
        """(row, code) of every code given, by row and, within a row, best first. texts: the findings' clustering
        texts, needed by a scorer with words."""
        if self.weights is None:
            score = similarity
        elif self.words is None:
            score = scorer_inputs(unit, similarity) @ self.weights
        else:
            if texts is None:
                raise ValueError("this codebook's scorer weighs the findings' words: give their texts.")
            score = scorer_scores(self.weights, unit, similarity, self.words.rows(texts))
        rows, codes, _ = code_findings(score, self.thresholds, self.max_codes, self.second_chance)
        return rows, codes

    def apply(self, findings: pd.DataFrame, vectors: np.ndarray) -> "Coded":
        """Every code given to the findings (finding_id, and the clustering text or else text; `vectors` their
        embeddings), with each finding's first code (-1: none) and its cosine similarity to that code's centre (0:
        none): what a fit and `apply` both read."""
        unit, similarity = self.unit_and_similarity(vectors)
        finding_ids = findings["finding_id"]
        rows, codes = self.code(unit, similarity, coding_texts(findings) if self.words is not None else None)
        first = np.full(len(unit), -1)
        at = np.unique(rows, return_index=True)[1]  # in row order, each row's codes best first
        first[rows[at]] = codes[at]
        first_similarity = np.where(first >= 0, similarity[np.arange(len(unit)), np.maximum(first, 0)], 0.0)
        table = pd.DataFrame({"finding_id": np.asarray(finding_ids)[rows], "code": [self.codes[c] for c in codes],
                              "similarity": np.round(similarity[rows, codes], 4)}, columns=CODE_COLUMNS)
        return Coded(unit, similarity, first, first_similarity, table)

    def save(self, path: Path | str) -> None:
        arrays = {"codes": np.array(self.codes), "centres": self.centres, "thresholds": self.thresholds,
                  "max_codes": np.array(self.max_codes), "second_chance": np.array(self.second_chance)}
        if self.weights is not None:
            arrays["weights"] = self.weights
        if self.words is not None:
            arrays.update(self.words.arrays())
        with open(path, "wb") as handle:  # np.savez would add ".npz" to a name without it
            np.savez_compressed(handle, **arrays)

    @classmethod
    def load(cls, path: Path | str) -> "CodebookCoder":
        try:
            with np.load(path, allow_pickle=False) as data:
                return cls(tuple(str(c) for c in data["codes"]), data["centres"], data["thresholds"],
                           data["weights"] if "weights" in data.files else None, int(data["max_codes"]),
                           float(data["second_chance"]), CodeWords.from_arrays(data))
        except (OSError, ValueError, KeyError) as error:
            raise ConfigError(f"{path}: cannot be read as a codebook's coding ({error}).") from error


def coding_texts(findings: pd.DataFrame) -> list[str]:
    """The texts a coder reads the findings' words in: the clustering text (the embedded one) where the findings
    have it, else their text."""
    column = CLUSTERING_TEXT if CLUSTERING_TEXT in findings.columns else "text"
    return findings[column].astype(str).tolist()


def code_findings(similarity: np.ndarray, thresholds: np.ndarray, max_codes: int = MAX_CODES,
                  second_chance: float = 0.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, code, similarity) of every code a finding reaches the threshold of, at most `max_codes` per finding,
    ordered by row and, within a row, most similar first. similarity: (n, k) cosine or scores; thresholds: (k,).
    second_chance > 0: a row that reaches no threshold gets the one code it comes closest to reaching, when it is
    at most that far below it."""
    thresholds = np.asarray(thresholds)
    order = np.argsort(-similarity, axis=1, kind="stable")[:, :max_codes]
    top = np.take_along_axis(similarity, order, axis=1)
    passes = top >= thresholds[order]
    rows = np.repeat(np.arange(len(similarity)), order.shape[1]).reshape(order.shape)
    rows, codes, values = rows[passes], order[passes], top[passes]
    if second_chance > 0:
        margin = similarity - thresholds
        closest = margin.argmax(axis=1)
        near = np.arange(len(similarity))
        near = near[~passes.any(axis=1) & (margin[near, closest] >= -second_chance)]
        rows, codes = np.concatenate([rows, near]), np.concatenate([codes, closest[near]])
        values = np.concatenate([values, similarity[near, closest[near]]])
        by_row = np.argsort(rows, kind="stable")
        rows, codes, values = rows[by_row], codes[by_row], values[by_row]
    return rows, codes, values


def thresholds_file(codebook: Path | str) -> Path:
    """The per-code thresholds calibrated for a codebook: <codebook stem>_thresholds.csv beside it."""
    codebook = Path(codebook)
    return codebook.with_name(f"{codebook.stem}_thresholds.csv")


def load_thresholds(codebook: Path | str, themes: list[CodebookTheme], embedding_model: str,
                    default: float = DEFAULT_THRESHOLD) -> np.ndarray:
    """(k,) threshold of each code: calibrated ones from `thresholds_file` (columns code, threshold,
    embedding_model) when they were calibrated with this embedding model, else `default`."""
    path = thresholds_file(codebook)
    out = np.full(len(themes), float(default))
    if not path.exists():
        return out
    table = pd.read_csv(path, keep_default_na=False)
    base = embedding_model.removesuffix("#onnx")
    table = table[table["embedding_model"].astype(str).str.removesuffix("#onnx") == base]
    calibrated = dict(zip(table["code"], table["threshold"].astype(float)))
    return np.array([calibrated.get(t.name, out[i]) for i, t in enumerate(themes)])


def calibrate_thresholds(similarity: np.ndarray, truth: np.ndarray, grid: np.ndarray | None = None,
                         default: float = DEFAULT_THRESHOLD) -> np.ndarray:
    """(k,) threshold per code with the best F1 on labelled findings (similarity: (n, k); truth: each finding's
    code index, -1 for none of them). A code with no labelled finding keeps `default`."""
    grid = np.round(np.arange(0.20, 0.75, 0.01), 2) if grid is None else grid
    out = np.full(similarity.shape[1], float(default))
    for code in range(similarity.shape[1]):
        positive = truth == code
        if not positive.any():
            continue
        best = (-1.0, default)
        for t in grid:
            chosen = similarity[:, code] >= t
            hits = int((chosen & positive).sum())
            f1 = 2 * hits / max(int(chosen.sum()) + int(positive.sum()), 1)
            if f1 > best[0]:
                best = (f1, float(t))
        out[code] = best[1]
    return out


def code_matrix(findings: pd.DataFrame, codes: pd.DataFrame) -> pd.DataFrame:
    """Code x authority counts of findings with each code (a finding counts once under each of its codes);
    findings: finding_id, authority (the findings to count); codes: CODE_COLUMNS."""
    joined = codes.merge(findings[["finding_id", "authority"]], on="finding_id")
    return pd.crosstab(joined["code"], joined["authority"]).rename_axis(index="code", columns="authority")


@dataclass(frozen=True)
class CodeScorer:
    """A linear score per code learned from hand-coded findings: [unit vector, SCORER_CENTRE_WEIGHT x similarity
    to every centre, the finding's word row (`words`, when given), 1] @ weights, (dim + k + len(words) + 1, k); a
    code is given when its score reaches its threshold (or, for a finding that reaches none, when it is the closest
    and at most `second_chance` below it)."""

    codes: tuple[str, ...]
    weights: np.ndarray
    thresholds: np.ndarray
    embedding_model: str
    second_chance: float = 0.0
    words: CodeWords | None = None

    def save(self, path: Path | str) -> None:
        words = self.words.arrays() if self.words is not None else {}
        np.savez_compressed(path, codes=np.array(self.codes), weights=self.weights.astype(np.float32),
                            thresholds=self.thresholds.astype(np.float32),
                            embedding_model=np.array(self.embedding_model), second_chance=np.array(self.second_chance),
                            **words)


def scorer_inputs(unit: np.ndarray, similarity: np.ndarray, word_rows=None) -> np.ndarray:
    """What a CodeScorer weighs: each finding's unit vector, its weighted similarities to the centres, its word row
    (CodeWords.rows, when the scorer has words) and a 1; dense (n, dim + k [+ words] + 1), for fitting."""
    words = [] if word_rows is None else [word_rows.toarray() if hasattr(word_rows, "toarray") else word_rows]
    return np.hstack([unit, SCORER_CENTRE_WEIGHT * similarity, *words, np.ones((len(unit), 1))]).astype(np.float64)


def scorer_scores(weights: np.ndarray, unit: np.ndarray, similarity: np.ndarray, word_rows) -> np.ndarray:
    """(n, k) scores of a scorer with words: scorer_inputs(unit, similarity, word_rows) @ weights, the sparse word
    rows kept sparse (a corpus's findings times a vocabulary of thousands would not fit in memory dense)."""
    dense = np.hstack([unit, SCORER_CENTRE_WEIGHT * similarity]).astype(np.float64)
    d = dense.shape[1]
    weights = np.asarray(weights, np.float64)
    return dense @ weights[:d] + np.asarray(word_rows @ weights[d:-1]) + weights[-1]


def fit_scorer_weights(inputs: np.ndarray, truth: np.ndarray, penalty: float = SCORER_PENALTY,
                       positive_weight: float = SCORER_POSITIVE_WEIGHT) -> np.ndarray:
    """Ridge regression of each code's 0/1 label on `inputs` (scorer_inputs), the code's coded findings weighing
    `positive_weight` times the others, the constant unpenalised: closed form, so the same labelled findings always
    give the same weights."""
    ridge = penalty * np.eye(inputs.shape[1])
    ridge[-1, -1] = 0.0
    gram = inputs.T @ inputs + ridge
    if positive_weight == 1.0:  # every row alike: one solve for all codes
        return np.linalg.solve(gram, inputs.T @ truth.astype(np.float64))
    weights = np.empty((inputs.shape[1], truth.shape[1]))
    for code in range(truth.shape[1]):
        positive = inputs[truth[:, code].astype(bool)]
        weights[:, code] = np.linalg.solve(gram + (positive_weight - 1) * positive.T @ positive,
                                           positive_weight * positive.sum(axis=0))
    return weights


def calibrate_scores(scores: np.ndarray, truth: np.ndarray, beta: float = SCORER_BETA,
                     shrink: float = SCORER_SHRINK) -> np.ndarray:
    """(k,) threshold per code with the best F-beta of "score >= threshold" (scores out of fold), pulled towards
    the one threshold with the best F-beta over every code's findings together by shrink / (the code's coded
    findings + shrink): the threshold of a code coded a handful of times is mostly noise. A code with no labelled
    finding gets 0.5, the midpoint of its 0/1 target."""
    grid = np.round(np.arange(-0.2, 1.0, 0.02), 2)
    out = np.full(scores.shape[1], 0.5)
    positive = truth.astype(bool)
    has = positive.any(axis=0)
    if not has.any():
        return out
    common = _best_threshold(scores[:, has], positive[:, has], beta, grid)
    for code in np.flatnonzero(has):
        own, n = _best_threshold(scores[:, code], positive[:, code], beta, grid), positive[:, code].sum()
        out[code] = (n * own + shrink * common) / (n + shrink)
    return out


def _best_threshold(scores: np.ndarray, positive: np.ndarray, beta: float, grid: np.ndarray) -> float:
    """The threshold of `grid` with the best F-beta of "score >= threshold" over every cell of `scores`."""
    chosen = (scores[..., None] >= grid).reshape(-1, len(grid))
    hits = (chosen & positive.reshape(-1, 1)).sum(axis=0)
    f_beta = (1 + beta ** 2) * hits / np.maximum(beta ** 2 * positive.sum() + chosen.sum(axis=0), 1)
    return float(grid[int(np.argmax(f_beta))])


def scorer_file(codebook: Path | str) -> Path:
    """The learned scorer of a codebook: <codebook stem>_scorer.npz beside it."""
    codebook = Path(codebook)
    return codebook.with_name(f"{codebook.stem}_scorer.npz")


def load_scorer(codebook: Path | str, themes: list[CodebookTheme], embedding_model: str) -> CodeScorer | None:
    """The codebook's learned scorer when there is one for exactly these codes and this embedding model (any of
    its backends: their vectors agree to cosine 0.99), else None (then per-code similarity thresholds)."""
    path = scorer_file(codebook)
    if not path.exists():
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            scorer = CodeScorer(tuple(str(c) for c in data["codes"]), data["weights"], data["thresholds"],
                                str(data["embedding_model"]),
                                float(data["second_chance"]) if "second_chance" in data.files else 0.0,
                                CodeWords.from_arrays(data))
    except (OSError, ValueError, KeyError) as error:
        raise ConfigError(f"{path}: cannot be read as a codebook scorer ({error}); remove it or rebuild it with "
                          "benchmarks/themes_codebook.py --write") from error
    same_model = scorer.embedding_model.split("#")[0] == embedding_model.split("#")[0]
    if scorer.codes != tuple(t.name for t in themes) or not same_model:
        return None
    return scorer
