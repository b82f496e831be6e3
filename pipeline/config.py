"""Run configuration in one place: defaults here, a TOML file may override them, CLI flags override both.

The whole configuration is written into run.json so that a run can be repeated and cited.
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from pipeline.errors import ConfigError
from pipeline.schema import BACKENDS, FINDING_KINDS, KINDS


@dataclass(frozen=True)
class RunConfig:
    """Parameters of one run.

    model: "all-MiniLM-L6-v2" (bundled) or a local sentence-transformers folder or cached name.
    backend: "onnx" (default: the model's transformer exported locally and run by onnxruntime, about twice as
    fast on CPU, cosine 0.99999+ to torch), "onnx-int8" / "onnx-int8-static" (that graph quantized to int8
    with activation scales per batch / fixed in advance, pipeline.onnx_int8) or "torch" (sentence-transformers
    itself).
    n_themes / n_broad: int or "auto". seed: passed to every random step.
    kinds: segment kinds clustered into themes (procedural meeting business never is).
    cache_dir: embedding cache ("" = <out>/../.cache). strict: a bad input file fails the run.
    executor: "local" or "dask"; scheduler: a dask.distributed address, or "" for a local cluster.
    codebook: a codebook YAML file ("" = discover every theme); codebook_threshold: cosine similarity a finding
    needs to join a codebook theme. edits_file: researcher edits (theme_id, label, merge_into, split_into)
    applied after the themes are found. follow_links: read files behind links that leave the corpus folder.
    review_file: reviewed quotes downloaded from report.html (pipeline.review); the quotes it rejects are left out
    of the matrices.
    glossary: a CSV (abbreviation, expansion, plural) extending the shipped glossary of abbreviations expanded in
    the text that themes are clustered on.
    field_themes: a CSV (label, terms, description) extending the shipped field themes
    (pipeline/data/field_themes.csv) that are seeded beside the discovered themes, or "off" for none; not used with
    a codebook.
    topic_guide: the weight of the field's topics (pipeline/data/topic_concepts.csv) each finding writes about,
    joined to the space themes are found and assigned in (pipeline.themes.topic_guide; 0 = off).
    near_duplicate, restatement_similarity, restatement_terms, restatement_low_similarity, restatement_low_terms,
    body_restatement_similarity, body_restatement_terms: when a finding repeats an earlier one of its document and is
    counted once (pipeline.themes.repeats.RepeatRule; figures must agree, and not both in a context part: earlier
    inspections, the area's statistics): cosine similarity >= near_duplicate (0.95); or, one in a summary part and
    the other in another section, similarity >= restatement_similarity (0.75) with >= restatement_terms (0.6) of the
    shorter's key terms shared, or similarity >= restatement_low_similarity with >= restatement_low_terms of its
    distinctive terms (key terms but for the words every report uses); or, any sections, similarity >=
    body_restatement_similarity with >= body_restatement_terms of its distinctive terms. The last two are off as
    shipped (similarity 1.0): chosen on the TUNE halves of two draws of hand-labelled pairs (0.70 / 0.6, 0.80 / 0.75;
    tests/data/restatement_pairs.csv, restatement_pairs_second.csv), they lowered precision on the CHECK halves for
    little recall (README "Repetition is marked"). restatement_similarity = 1 marks near-duplicates only.
    """

    model: str = "all-MiniLM-L6-v2"
    backend: str = "onnx"
    n_themes: int | str = "auto"
    n_broad: int | str = "auto"
    seed: int = 0
    batch_size: int = 64
    kinds: tuple[str, ...] = FINDING_KINDS
    cache_dir: str = ""
    strict: bool = False
    executor: str = "local"
    scheduler: str = ""
    codebook: str = ""
    codebook_threshold: float = 0.40
    edits_file: str = ""
    follow_links: bool = False
    review_file: str = ""
    glossary: str = ""
    field_themes: str = ""
    topic_guide: float = 0.4  # pipeline.themes.topic_guide.GUIDE (not imported: config stays light to import)
    near_duplicate: float = 0.95
    restatement_similarity: float = 0.75
    restatement_terms: float = 0.6
    restatement_low_similarity: float = 1.0
    restatement_low_terms: float = 0.6
    body_restatement_similarity: float = 1.0
    body_restatement_terms: float = 0.75

    def __post_init__(self):
        """Every value checked by type and range, each error naming its key (values come from TOML and flags)."""
        for name in ("model", "backend", "cache_dir", "executor", "scheduler", "codebook", "edits_file",
                     "review_file", "glossary", "field_themes"):
            _expect(name, getattr(self, name), isinstance(getattr(self, name), str), "a string")
        for name in ("strict", "follow_links"):
            _expect(name, getattr(self, name), isinstance(getattr(self, name), bool), "true or false")
        for name in ("n_themes", "n_broad"):
            value = getattr(self, name)
            _expect(name, value, value == "auto" or (_whole(value) and value >= 2), "'auto' or a whole number >= 2")
        _expect("seed", self.seed, _whole(self.seed) and 0 <= self.seed < 2**32, "a whole number from 0 to 2**32 - 1")
        _expect("batch_size", self.batch_size, _whole(self.batch_size) and 1 <= self.batch_size <= 4096,
                "a whole number from 1 to 4096")
        threshold = self.codebook_threshold
        _expect("codebook_threshold", threshold,
                isinstance(threshold, (int, float)) and not isinstance(threshold, bool) and -1 <= threshold <= 1,
                "a number from -1 to 1 (a cosine similarity)")
        for name in ("near_duplicate", "restatement_similarity", "restatement_terms", "restatement_low_similarity",
                     "restatement_low_terms", "body_restatement_similarity", "body_restatement_terms"):
            value = getattr(self, name)
            _expect(name, value, isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1,
                    "a number from 0 to 1")
        _expect("topic_guide", self.topic_guide, isinstance(self.topic_guide, (int, float))
                and not isinstance(self.topic_guide, bool) and 0 <= self.topic_guide <= 10, "a number from 0 to 10")
        _expect("kinds", self.kinds, isinstance(self.kinds, tuple) and len(self.kinds) > 0
                and all(kind in KINDS for kind in self.kinds), f"a non-empty list of kinds from {list(KINDS)}")
        _expect("executor", self.executor, self.executor in ("local", "dask"), "'local' or 'dask'")
        _expect("backend", self.backend, self.backend in BACKENDS, f"one of {', '.join(BACKENDS)}")

    def to_dict(self) -> dict:
        return asdict(self)

    def with_overrides(self, **values) -> "RunConfig":
        """A copy with the given values, ignoring None (a CLI flag that was not given)."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


def _whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _expect(name: str, value, ok: bool, what: str) -> None:
    if not ok:
        raise ConfigError(f"{name}={value!r} should be {what}.")


def parse_count(value: str | int | None) -> int | str | None:
    """ "auto", a whole number, or None, from a CLI or TOML value."""
    if value is None or value == "auto" or isinstance(value, int):
        return value
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        return int(value)
    except ValueError as error:
        raise ConfigError(f"{value!r} should be 'auto' or a whole number.") from error


def load_config(path: Path | str | None) -> RunConfig:
    """Defaults, overridden by a TOML file's keys (top level or under [run])."""
    if not path:
        return RunConfig()
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: cannot be read as TOML ({error})") from error
    data = data.get("run", data)
    known = {f.name for f in fields(RunConfig)}
    unknown = set(data) - known
    if unknown:
        raise ConfigError(f"{path}: unknown keys {sorted(unknown)}; known keys are {sorted(known)}.")
    for name in ("n_themes", "n_broad"):
        if name in data:
            try:
                data[name] = parse_count(data[name])
            except ConfigError as error:
                raise ConfigError(f"{path}: {name}={error}") from error
    if isinstance(data.get("kinds"), list):
        data["kinds"] = tuple(data["kinds"])
    try:
        return RunConfig(**data)
    except ConfigError as error:
        raise ConfigError(f"{path}: {error}") from error
