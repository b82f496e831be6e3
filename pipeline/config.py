"""Run configuration in one place: defaults here, a TOML file may override them, CLI flags override both.

The whole configuration is written into run.json so that a run can be repeated and cited.
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from pipeline.errors import ConfigError


@dataclass(frozen=True)
class RunConfig:
    """Parameters of one run.

    model: "all-MiniLM-L6-v2" (bundled) or a local sentence-transformers folder or cached name.
    backend: "onnx" (default: the model's transformer exported locally and run by onnxruntime, about twice as
    fast on CPU, cosine 0.99999+ to torch), "onnx-int8" (that graph quantized to int8, pipeline.onnx_int8) or
    "torch" (sentence-transformers itself).
    n_themes / n_broad: int or "auto". seed: passed to every random step.
    kinds: segment kinds clustered into themes (procedural meeting business never is).
    cache_dir: embedding cache ("" = <out>/../.cache). strict: a bad input file fails the run.
    executor: "local" or "dask"; scheduler: a dask.distributed address, or "" for a local cluster.
    codebook: a codebook YAML file ("" = discover every theme); codebook_threshold: cosine similarity a finding
    needs to join a codebook theme. labels_file: researcher edits (theme_id, label, merge_into, split_into)
    applied after the themes are found.
    """

    model: str = "all-MiniLM-L6-v2"
    backend: str = "onnx"
    n_themes: int | str = "auto"
    n_broad: int | str = "auto"
    seed: int = 0
    batch_size: int = 64
    kinds: tuple[str, ...] = ("finding", "action", "recommendation", "context")
    cache_dir: str = ""
    strict: bool = False
    executor: str = "local"
    scheduler: str = ""
    codebook: str = ""
    codebook_threshold: float = 0.40
    labels_file: str = ""

    def __post_init__(self):
        for name in ("n_themes", "n_broad"):
            value = getattr(self, name)
            if value != "auto" and not (isinstance(value, int) and value >= 2):
                raise ConfigError(f"{name}={value!r} should be 'auto' or a whole number >= 2.")
        if self.executor not in ("local", "dask"):
            raise ConfigError(f"executor={self.executor!r} should be 'local' or 'dask'.")
        if self.backend not in ("torch", "onnx", "onnx-int8"):
            raise ConfigError(f"backend={self.backend!r} should be 'torch', 'onnx' or 'onnx-int8'.")
        if self.batch_size < 1:
            raise ConfigError(f"batch_size={self.batch_size} should be >= 1.")

    def to_dict(self) -> dict:
        return asdict(self)

    def with_overrides(self, **values) -> "RunConfig":
        """A copy with the given values, ignoring None (a CLI flag that was not given)."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


def parse_count(value: str | int | None) -> int | str | None:
    """ "auto", a whole number, or None, from a CLI or TOML value."""
    if value is None or value == "auto" or isinstance(value, int):
        return value
    try:
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
            data[name] = parse_count(data[name])
    if "kinds" in data:
        data["kinds"] = tuple(data["kinds"])
    return RunConfig(**data)
