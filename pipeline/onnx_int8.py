"""The encoder in int8, two recipes over the locally exported fp32 ONNX graph.

Backend "onnx-int8-static" (below, `StaticInt8Transformer`): activation scales fixed in advance from ranges measured
once on findings of the bundled corpus (pipeline/data/int8_ranges.json, numbers only), so a text's vector does not
depend on the other texts or the padding of its batch, and cached vectors equal what a fresh run computes. On the
first 10,000 findings of the shared Ofsted reports (benchmarks/int8_fidelity.py, one run on a loaded 2-core
machine): x1.64 the fp32 speed (dynamic x1.63), cosine to fp32 mean 0.9939, min 0.981 (dynamic 0.9928, 0.981).

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

import hashlib
import json
import os
import re
from pathlib import Path

import numpy as np

from pipeline.cache import code_digest
from pipeline.onnx_backend import OnnxTransformer, remove_older_graphs
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
            remove_older_graphs(int8_graph, f"{self.graph.stem}.{QUANTIZATION.split('-')[0]}-", self.say)
        return int8_graph


# --- Static int8 (backend "onnx-int8-static"): activation scales fixed in advance, so vectors do not depend on
# the batch. ---------------------------------------------------------------------------------------------------------
STATIC_BACKEND = "onnx-int8-static"
STATIC_QUANTIZATION = "static-s8w-perchannel-u8a-v1"
# Activation ranges measured on findings of the bundled corpus (benchmarks/int8_fidelity.py --calibrate writes it):
# for each dense MatMul (by node name), the lowest and highest value of its activation input. Numbers only.
RANGES_FILE = Path(__file__).parent / "data" / "int8_ranges.json"
# Dense MatMuls left in fp32: the first feed-forward layer of layers 0-2. Its input (the attention block's layer
# norm output) has a few channels 20-40 times larger than the rest, so one fixed scale for the whole tensor costs
# most precision there (chosen on 400 shared Ofsted findings: all quantized, mean cosine 0.989; these three in
# fp32, 0.992; all six feed-forward inputs in fp32, 0.995 but a third of the work in fp32).
KEEP_FP32 = re.compile(r"/layer\.[0-2]/intermediate/")


def activation_ranges(fp32_graph: Path, tokenizer, texts: list[str]) -> dict[str, list[float]]:
    """{dense MatMul node name: [lowest, highest]} of its activation input over `texts`, each run alone (no
    padding), through the fp32 graph."""
    import onnx
    import onnxruntime
    from onnx import helper

    model = onnx.load(str(fp32_graph))
    inputs = _activation_inputs(model)
    for tensor in sorted(set(inputs.values())):
        model.graph.output.append(helper.make_tensor_value_info(tensor, onnx.TensorProto.FLOAT, None))
    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL  # keep the tensors
    session = onnxruntime.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
    names = [output.name for output in session.get_outputs()]
    low, high = {}, {}
    for text in texts:
        ids = np.asarray([tokenizer.encode(text).ids], dtype=np.int64)
        values = dict(zip(names, session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids),
                                                    "token_type_ids": np.zeros_like(ids)})))
        for tensor in set(inputs.values()):
            low[tensor] = min(low.get(tensor, 0.0), float(values[tensor].min()))
            high[tensor] = max(high.get(tensor, 0.0), float(values[tensor].max()))
    return {node: [low[tensor], high[tensor]] for node, tensor in sorted(inputs.items())}


def _activation_inputs(model) -> dict[str, str]:
    """{dense MatMul node name: name of its activation (non-constant) input}."""
    constants = {init.name for init in model.graph.initializer}
    dense = set(weight_matmuls(model))
    return {node.name: next(name for name in node.input if name not in constants)
            for node in model.graph.node if node.name in dense}


def quantize_static_graph(fp32_graph: Path, int8_graph: Path, ranges: dict[str, list[float]]) -> Path:
    """Write the static int8 version of an fp32 encoder graph; returns int8_graph.

    Every dense MatMul (but KEEP_FP32) becomes QuantizeLinear(activation, fixed uint8 scale and zero point from
    `ranges`) -> DequantizeLinear -> MatMul <- DequantizeLinear(int8 weights, one scale per output channel): the
    QDQ form that onnxruntime runs as an integer MatMul with float output (MatMulIntegerToFloat). Layer norms,
    softmax, GELU, attention products and biases stay fp32. Activations sharing a tensor (query, key, value)
    share one quantization.
    """
    import onnx
    from onnx import helper, numpy_helper

    model = onnx.load(str(fp32_graph))
    inputs = _activation_inputs(model)
    missing = sorted(set(inputs) - set(ranges))
    if missing:
        raise ConfigError(f"backend '{STATIC_BACKEND}': {RANGES_FILE} has no range for {len(missing)} of the "
                          f"graph's dense layers (e.g. {missing[0]}): the exported graph names its nodes "
                          "differently; use --backend onnx.")
    weights = {init.name: init for init in model.graph.initializer}
    added, quantized = [], {}
    for node in model.graph.node:
        if node.name not in inputs or KEEP_FP32.search(node.name):
            continue
        tensor = inputs[node.name]
        if tensor not in quantized:
            low, high = min(ranges[node.name][0], 0.0), max(ranges[node.name][1], 0.0)
            scale = np.float32(max(high - low, 1e-8) / 255.0)
            zero = np.uint8(np.clip(np.round(-low / scale), 0, 255))
            stem = f"{tensor}_u8"
            model.graph.initializer.extend([numpy_helper.from_array(np.array(scale), f"{stem}_scale"),
                                            numpy_helper.from_array(np.array(zero), f"{stem}_zero")])
            added += [helper.make_node("QuantizeLinear", [tensor, f"{stem}_scale", f"{stem}_zero"], [stem],
                                       name=f"{stem}_quantize"),
                      helper.make_node("DequantizeLinear", [stem, f"{stem}_scale", f"{stem}_zero"], [f"{stem}_dq"],
                                       name=f"{stem}_dequantize")]
            quantized[tensor] = f"{stem}_dq"
        weight_name = next(name for name in node.input if name in weights)
        weight = numpy_helper.to_array(weights[weight_name]).astype(np.float32)  # (in, out)
        scale = (np.maximum(np.abs(weight).max(axis=0), 1e-8) / 127.0).astype(np.float32)
        q = np.clip(np.round(weight / scale), -127, 127).astype(np.int8)
        stem = f"{node.name}_s8w"
        model.graph.initializer.extend([numpy_helper.from_array(q, f"{stem}_q"),
                                        numpy_helper.from_array(scale, f"{stem}_scale"),
                                        numpy_helper.from_array(np.zeros(len(scale), np.int8), f"{stem}_zero")])
        added.append(helper.make_node("DequantizeLinear", [f"{stem}_q", f"{stem}_scale", f"{stem}_zero"],
                                      [f"{stem}_dq"], name=f"{stem}_dequantize", axis=1))
        node.input[list(node.input).index(tensor)] = quantized[tensor]
        node.input[list(node.input).index(weight_name)] = f"{stem}_dq"
    nodes = _in_order(list(model.graph.node) + added, {i.name for i in model.graph.input} |
                      {init.name for init in model.graph.initializer})
    del model.graph.node[:]
    model.graph.node.extend(nodes)
    read = {name for node in nodes for name in node.input}
    kept = [init for init in model.graph.initializer if init.name in read]  # not the replaced fp32 weights
    del model.graph.initializer[:]
    model.graph.initializer.extend(kept)
    int8_graph.parent.mkdir(parents=True, exist_ok=True)
    tmp = int8_graph.with_name(f".{int8_graph.stem}.{os.getpid()}.onnx")
    onnx.save(model, str(tmp))
    tmp.replace(int8_graph)
    return int8_graph


def _in_order(nodes: list, available: set[str]) -> list:
    """Nodes in an order where each comes after what it reads (ONNX requires a topologically sorted graph)."""
    producer = {output: node for node in nodes for output in node.output}
    ordered, seen = [], set()

    def visit(node):
        stack = [(node, False)]
        while stack:
            current, expanded = stack.pop()
            if id(current) in seen:
                continue
            if expanded:
                seen.add(id(current))
                ordered.append(current)
                continue
            stack.append((current, True))
            for name in current.input:
                before = producer.get(name)
                if name and name not in available and before is not None and id(before) not in seen:
                    stack.append((before, False))

    for node in nodes:
        visit(node)
    return ordered


def read_ranges() -> dict[str, list[float]]:
    if not RANGES_FILE.exists():
        raise ConfigError(f"backend '{STATIC_BACKEND}' needs {RANGES_FILE} (made by benchmarks/int8_fidelity.py "
                          "--calibrate); use --backend onnx.")
    return json.loads(RANGES_FILE.read_text())["ranges"]


class StaticInt8Transformer(OnnxTransformer):
    """`OnnxTransformer` running the static int8 graph, made once per machine from the fp32 graph and the shipped
    activation ranges (their digest and the quantizing code's are in the file name, so new ranges or code make a new
    graph)."""

    def runtime_graph(self) -> Path:
        # Named by the ranges and the code that quantizes (the fp32 graph's name already names its own export code).
        ranges = RANGES_FILE.read_bytes() if RANGES_FILE.exists() else b"none"
        stamp = hashlib.sha256(ranges + code_digest(("onnx_int8.py",)).encode()).hexdigest()[:8]
        int8_graph = self.graph.with_name(f"{self.graph.stem}.{STATIC_QUANTIZATION}.{stamp}.onnx")
        if not int8_graph.exists():
            quantize_static_graph(self.graph, int8_graph, read_ranges())
            remove_older_graphs(int8_graph, f"{self.graph.stem}.{STATIC_QUANTIZATION.split('-')[0]}-", self.say)
        return int8_graph
