import numpy as np
import pytest

from pipeline.config import RunConfig
from pipeline.errors import ConfigError
from tests.test_embed import FINDINGS



def test_int8_backend_is_close_to_fp32_with_its_own_model_id_and_graph(tmp_path, monkeypatch):
    pytest.importorskip("onnxruntime")
    onnx = pytest.importorskip("onnx")
    from pipeline.embed import SentenceTransformerEmbedder
    from pipeline.onnx_int8 import QUANTIZATION, weight_matmuls

    monkeypatch.setenv("COUNCIL_FINDINGS_ONNX_DIR", str(tmp_path / "onnx"))
    fp32 = SentenceTransformerEmbedder(backend="onnx", batch_size=4)
    int8 = SentenceTransformerEmbedder(backend="onnx-int8", batch_size=4)
    fp32_vectors, int8_vectors = fp32.embed(FINDINGS), int8.embed(FINDINGS)
    assert int8_vectors.dtype == np.float32 and int8_vectors.shape == fp32_vectors.shape
    np.testing.assert_allclose(np.linalg.norm(int8_vectors, axis=1), 1.0, atol=1e-5)
    cosine = (int8_vectors * fp32_vectors).sum(axis=1)
    assert cosine.min() >= 0.95 and cosine.max() < 1.0  # close, and really quantized
    assert int8.model_id == "all-MiniLM-L6-v2#onnx-int8" != fp32.model_id
    assert SentenceTransformerEmbedder(int8.model_id).backend == "onnx-int8"
    graphs = sorted(p.name for p in (tmp_path / "onnx").glob("*.onnx"))
    assert len(graphs) == 2 and any(QUANTIZATION in name for name in graphs)
    fp32_graph = onnx.load(str(fp32._onnx_model().graph))
    dense = weight_matmuls(fp32_graph)
    all_matmuls = [node.name for node in fp32_graph.graph.node if node.op_type == "MatMul"]
    # 6 layers: query, key, value, attention output, two feed-forward layers have weights; the two attention
    # products (scores, weighted values) of each layer have none and stay fp32.
    assert len(dense) == 36 and len(all_matmuls) == 48
    # Same texts, same batches: the same vectors (the int8 path is deterministic).
    np.testing.assert_array_equal(int8.embed(FINDINGS), int8_vectors)


def test_config_accepts_the_int8_backend_and_names_the_choices():
    assert RunConfig(backend="onnx-int8").backend == "onnx-int8"
    with pytest.raises(ConfigError, match="onnx-int8"):
        RunConfig(backend="int8")
