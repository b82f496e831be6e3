"""The encoder in int8: onnxruntime's dynamic quantization of the locally exported fp32 ONNX graph.

Backend "onnx-int8" (model id "<model>#onnx-int8", so its vectors are cached apart from fp32 ones). The int8 graph
is made once per machine from the fp32 graph that `pipeline.onnx_backend.OnnxTransformer` exports from the bundled
weights (no hub, no calibration data) and kept beside it in `pipeline.onnx_backend.onnx_dir()`.

Recipe (QUANTIZATION, chosen on the 1,135 hand-labelled segments' texts, benchmarks/int8_fidelity.py):
  - weights of every MatMul that has a weight (a constant initializer) as int8, one scale per output channel
    (per-tensor weight scales gave cosine to fp32 of only 0.96 on average: a few channels have large weights);
  - activations quantized dynamically to uint8 per tensor at run time (onnxruntime's DynamicQuantizeMatMul, u8 x s8,
    the kernels with VNNI/AVX2 support);
  - the attention products (query x key, weights x value: two activations, no weight) stay fp32, as do embeddings,
    layer norms, softmax and GELU.
On those texts mean cosine to fp32 was 0.992 (min 0.984) at 1.7-1.9x the fp32 speed (shared, loaded 2-core machine).
Also keeping the feed-forward output MatMuls in fp32 (their input is the GELU output, whose outliers cost most
precision) gave mean 0.996 but only 1.4x: not the default.

Caveat: the activation scale is per tensor over a whole batch, so a finding's int8 vector depends slightly on the
other texts (and padding) in its batch; the fidelity benchmark measures how much (alone vs in a batch).
"""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.onnx_backend import OnnxTransformer
from pipeline.errors import ConfigError

INT8_BACKEND = "onnx-int8"
# Part of the int8 graph's file name: a changed recipe makes a new graph instead of reusing an old one.
QUANTIZATION = "dyn-s8w-perchannel-u8a-v1"


def weight_matmuls(graph) -> list[str]:
    """Names of the MatMul nodes of an onnx ModelProto with a constant initializer as one input (the dense layers);
    MatMuls of two activations (attention scores, weighted values) are left out."""
    constants = {init.name for init in graph.graph.initializer}
    constants |= {node.output[0] for node in graph.graph.node if node.op_type == "Constant"}
    return [node.name for node in graph.graph.node
            if node.op_type == "MatMul" and any(name in constants for name in node.input)]


def quantize_graph(fp32_graph: Path, int8_graph: Path) -> Path:
    """Write the int8 version of an fp32 encoder graph (recipe QUANTIZATION); returns int8_graph.

    Written to a temporary name and renamed, so an interrupted run never leaves half a graph under the real name."""
    try:
        import onnx
        from onnxruntime.quantization import QuantType, quantize_dynamic
    except ImportError as error:
        raise ConfigError(f"backend '{INT8_BACKEND}' needs onnxruntime and onnx ({error}): "
                          "pip install onnxruntime onnx, or use --backend onnx.") from error
    nodes = weight_matmuls(onnx.load(str(fp32_graph), load_external_data=False))
    if not nodes:
        raise ConfigError(f"backend '{INT8_BACKEND}': {fp32_graph} has no MatMul with weights to quantize; "
                          "use --backend onnx.")
    int8_graph.parent.mkdir(parents=True, exist_ok=True)
    tmp = int8_graph.with_name(f".{int8_graph.stem}.{os.getpid()}.onnx")
    import logging

    # The quantizer logs a suggestion to pre-process the graph with shape inference: not the user's concern.
    quiet = logging.getLogger().level
    logging.getLogger().setLevel(logging.ERROR)
    try:
        quantize_dynamic(str(fp32_graph), str(tmp), weight_type=QuantType.QInt8, per_channel=True,
                         op_types_to_quantize=["MatMul"], nodes_to_quantize=nodes)
    finally:
        logging.getLogger().setLevel(quiet)
    tmp.replace(int8_graph)
    return int8_graph


class Int8Transformer(OnnxTransformer):
    """`OnnxTransformer` running the int8 graph: same tokenizer, pooling and normalisation; the fp32 graph is
    exported first if needed (it is what is quantized), then quantized once per machine."""

    def runtime_graph(self) -> Path:
        int8_graph = self.graph.with_name(f"{self.graph.stem}.{QUANTIZATION}.onnx")
        if not int8_graph.exists():
            quantize_graph(self.graph, int8_graph)
        return int8_graph
