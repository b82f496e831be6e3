"""Shared fixtures: a small deterministic embedder for unit tests (end-to-end tests use the real model)."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest


class HashingEmbedder:
    """Bag-of-words vectors from hashed lower-case words: texts sharing words are close. Unit tests only."""

    model_id = "test-hashing-64"

    def __init__(self, dim: int = 64):
        self.dim = dim
        self.calls = 0

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
