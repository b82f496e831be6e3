"""Shared fixtures: a small deterministic embedder for unit tests (end-to-end tests use the real model)."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest


class HashingEmbedder:
    """Bag-of-words vectors from hashed lower-case words: texts sharing words are close. Unit tests only."""

    model_id = "test-hashing-64"

    batch_size = 64

    def __init__(self, dim: int = 64):
        self.dim = dim
        self.calls = 0

    def load(self) -> None:
        pass

    def dimension(self) -> int:
        return self.dim

    def embed(self, texts):
        self.calls += len(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)


@pytest.fixture
def hashing_embedder():
    return HashingEmbedder()


def run_small(corpus, out, config, embedder=None):
    """Every stage but the report over `corpus` into `out` (created), with `embedder` (default: hashing), as `run`
    does them; returns the run context for further stages."""
    from pipeline.stages import RunContext, run_stages

    out.mkdir(parents=True, exist_ok=True)
    ctx = RunContext(out, config, say=lambda message: None)
    ctx.use_embedder(embedder or HashingEmbedder())
    run_stages(ctx, corpus)
    return ctx
