"""The run context: what every stage of one run shares (run folder, configuration, where messages go, the
executor, the caches, the embedding model), so stage signatures stay `run(ctx)`."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.cache import Cache, EmbeddingCache
from pipeline.config import RunConfig
from pipeline.embed import SentenceTransformerEmbedder
from pipeline.runfolder import update_record


@dataclass
class RunContext:
    """One run's shared state.

    run_dir: the run folder the stages read and write. say: where one-line messages go.
    executor: runs per-file and per-document work (pipeline.executor), or None for this process.
    theme_model: a saved theme model folder; when set the themes stage codes findings into its themes instead
    of fitting new ones (`apply`).
    """

    run_dir: Path
    config: RunConfig = field(default_factory=RunConfig)
    say: Callable[[str], None] = print
    executor: object | None = None
    theme_model: Path | None = None
    _embedder: object | None = field(default=None, repr=False)
    _others: dict = field(default_factory=dict, repr=False)
    _meanwhile: list = field(default_factory=list, repr=False)

    def __post_init__(self):
        self.run_dir = Path(self.run_dir)

    @property
    def cache_root(self) -> Path:
        """The caches' folder: config.cache_dir, else .cache beside the run folder."""
        return Path(self.config.cache_dir) if self.config.cache_dir else self.run_dir.resolve().parent / ".cache"

    def cache(self, name: str) -> Cache:
        """The content-addressed cache called `name` (segments, classes, theme_inputs, themes, tracker, matrix)."""
        return Cache(self.cache_root / name, say=self.say)

    def embedding_cache(self) -> EmbeddingCache:
        """The embedding cache every stage that embeds reads and fills (vectors by model and text)."""
        return EmbeddingCache(self.cache_root / "embeddings", say=self.say)

    def embedder(self, model_id: str | None = None):
        """The run's embedding model (config.model and backend), or the one that made `model_id`; each made
        once and loaded on first use, so the embed and themes stages share it."""
        if self._embedder is None:
            self._embedder = SentenceTransformerEmbedder(self.config.model, batch_size=self.config.batch_size,
                                                         show_progress=sys.stderr.isatty(), backend=self.config.backend,
                                                         say=self.say)
        if model_id is None or model_id == self._embedder.model_id:
            return self._embedder
        if model_id not in self._others:
            self._others[model_id] = SentenceTransformerEmbedder(model_id, batch_size=self.config.batch_size,
                                                                 say=self.say)
        return self._others[model_id]

    def use_embedder(self, embedder) -> None:
        """Give the run a ready embedding model (tests and benchmarks pass a small or preloaded one)."""
        self._embedder = embedder

    def while_workers_work(self, task: Callable[[], None]) -> None:
        """Queue `task` for the next stage whose worker processes do work: it runs in this process meanwhile."""
        self._meanwhile.append(task)

    def take_meanwhile(self) -> Callable[[], None] | None:
        """The queued tasks as one callable (None when none are queued); the queue is emptied."""
        tasks, self._meanwhile = self._meanwhile, []
        if not tasks:
            return None

        def run_all() -> None:
            for task in tasks:
                task()
        return run_all

    @contextmanager
    def timed(self, stage: str):
        """Record the stage's wall time in run.json under timings."""
        began = time.perf_counter()
        yield
        update_record(self.run_dir, timings={stage: round(time.perf_counter() - began, 3)})
