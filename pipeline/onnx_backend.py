"""The ONNX backend of the embedder: a sentence-transformers model's transformer exported once on this machine
(from the local weights, no hub) and run by onnxruntime, with the model's own mean pooling and L2 normalisation.

On two CPU cores it encodes about 1.4 times as many findings per second as torch, with vectors at cosine
1.000000 to torch's (benchmarks/scale.py; tests/test_embed.py checks >= 0.99). Once the graph exists, a run
imports neither torch nor sentence-transformers.
"""

from __future__ import annotations

import hashlib
import json
import os
import warnings
from pathlib import Path

import numpy as np

from pipeline.cache import code_digest
from pipeline.errors import ConfigError


def session_threads() -> int:
    """Threads of one ONNX session: COUNCIL_FINDINGS_ONNX_THREADS, else one per core."""
    return int(os.environ.get("COUNCIL_FINDINGS_ONNX_THREADS") or os.cpu_count() or 1)


def onnx_dir() -> Path:
    """Where exported ONNX graphs are kept (COUNCIL_FINDINGS_ONNX_DIR, else ~/.cache/council-findings/onnx)."""
    return Path(os.environ.get("COUNCIL_FINDINGS_ONNX_DIR") or Path.home() / ".cache" / "council-findings" / "onnx")


def remove_older_graphs(kept: Path, family: str, say=print) -> list[Path]:
    """Remove the graphs in kept's folder whose names start with `family` (the same model and backend, made by other
    code or from other ranges) but for `kept` and the graphs made from it (named "<kept's stem>.*.onnx"); returns
    them. Only "*.onnx" files named so are touched: no other file, and no graph being written (".<name>.<pid>.onnx").
    Says what it removed. A graph another process removed first, or one that cannot be removed, is passed over."""
    folder = kept.parent
    older = sorted(path for path in folder.glob("*.onnx") if path.name.startswith(family) and path != kept
                   and not path.name.startswith(f"{kept.stem}.")) if folder.is_dir() else []
    removed, size = [], 0
    for path in older:
        try:
            bytes_ = path.stat().st_size
            path.unlink()
        except OSError:
            continue
        removed.append(path)
        size += bytes_
    if removed:
        say(f"{folder}: removed {len(removed)} older ONNX graph(s) of this model and backend "
            f"({', '.join(p.name for p in removed)}; {size / 1e6:.0f} MB)")
    return removed


class OnnxTransformer:
    """A sentence-transformers folder whose transformer runs in onnxruntime: tokenizer.json through `tokenizers`,
    mean pooling over the attention mask, L2 normalisation. Needs a folder laid out like all-MiniLM-L6-v2
    (Transformer, mean Pooling, Normalize); the graph is exported from the torch model on first use only, so
    later runs import neither torch nor sentence-transformers. A graph exported replaces the model's older graphs
    in onnx_dir() (made by other export code, with the int8 graphs made from them): they are removed, and `say` is
    told which, so the folder holds one graph per model and backend instead of one per version of the code.
    """

    def __init__(self, folder: str, load_torch_model, say=print):
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
        # The graph is named "<model>-<code>.onnx": by the model's folder and weights, and by the code that exports it.
        # Other export code makes a new graph, and the model's older ones are removed then (remove_older_graphs).
        model = f"{folder_path.resolve()}\x00" + "".join(f"{w}:{(folder_path / w).stat().st_size}" for w in weights)
        self.say = say
        self.model_key = hashlib.sha256(model.encode()).hexdigest()[:16]
        self.graph = onnx_dir() / f"{self.model_key}-{code_digest(('onnx_backend.py',))[:16]}.onnx"
        try:
            import onnxruntime
            from tokenizers import Tokenizer

            if not self.graph.exists():
                export_onnx(load_torch_model(), self.graph)
                remove_older_graphs(self.graph, f"{self.model_key}-", say)
        except ImportError as error:
            raise ConfigError(f"backend 'onnx' needs onnxruntime and onnx ({error}): pip install onnxruntime onnx, "
                              "or use --backend torch.") from error

        self.tokenizer = Tokenizer.from_file(str(folder_path / "tokenizer.json"))
        self.tokenizer.enable_truncation(self.max_length)
        self.tokenizer.no_padding()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = session_threads()
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


def export_onnx(encoder, graph: Path) -> None:
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
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")  # the exporter's deprecation and tracer warnings are not the user's concern
        torch.onnx.export(_Hidden(transformer), (example, example, torch.zeros_like(example)), str(tmp),
                          input_names=names, output_names=["last_hidden_state"], opset_version=17, dynamo=False,
                          dynamic_axes={name: {0: "batch", 1: "length"} for name in names + ["last_hidden_state"]})
    tmp.replace(graph)
