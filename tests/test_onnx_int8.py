import numpy as np
import pytest

from pipeline.config import RunConfig
from pipeline.errors import ConfigError
from tests.test_embed import FINDINGS


@pytest.fixture(scope="module")
def onnx_dir(tmp_path_factory):
    """One folder of exported and quantized graphs for this module's tests (the fp32 export is made once)."""
    pytest.importorskip("onnxruntime")
    pytest.importorskip("onnx")
    folder = tmp_path_factory.mktemp("onnx")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COUNCIL_FINDINGS_ONNX_DIR", str(folder))
        yield folder


@pytest.fixture(scope="module")
def fp32(onnx_dir):
    from pipeline.embed import SentenceTransformerEmbedder

    embedder = SentenceTransformerEmbedder(backend="onnx", batch_size=4)
    return embedder, embedder.embed(FINDINGS)


def test_int8_backend_is_close_to_fp32_with_its_own_model_id_and_graph(onnx_dir, fp32):
    import onnx

    from pipeline.embed import SentenceTransformerEmbedder
    from pipeline.onnx_int8 import QUANTIZATION, weight_matmuls

    fp32, fp32_vectors = fp32
    int8 = SentenceTransformerEmbedder(backend="onnx-int8", batch_size=4)
    int8_vectors = int8.embed(FINDINGS)
    assert int8_vectors.dtype == np.float32 and int8_vectors.shape == fp32_vectors.shape
    np.testing.assert_allclose(np.linalg.norm(int8_vectors, axis=1), 1.0, atol=1e-5)
    cosine = (int8_vectors * fp32_vectors).sum(axis=1)
    assert cosine.min() >= 0.95 and cosine.max() < 1.0  # close, and really quantized
    assert int8.model_id == "all-MiniLM-L6-v2#onnx-int8" != fp32.model_id
    assert SentenceTransformerEmbedder(int8.model_id).backend == "onnx-int8"
    assert any(QUANTIZATION in p.name for p in onnx_dir.glob("*.onnx"))
    fp32_graph = onnx.load(str(fp32._onnx_model().graph))
    dense = weight_matmuls(fp32_graph)
    all_matmuls = [node.name for node in fp32_graph.graph.node if node.op_type == "MatMul"]
    # 6 layers: query, key, value, attention output, two feed-forward layers have weights; the two attention
    # products (scores, weighted values) of each layer have none and stay fp32.
    assert len(dense) == 36 and len(all_matmuls) == 48
    # Same texts, same batches: the same vectors (the int8 path is deterministic).
    np.testing.assert_array_equal(int8.embed(FINDINGS), int8_vectors)


def test_static_int8_vectors_do_not_depend_on_the_batch(onnx_dir, fp32):
    import onnx

    from pipeline.embed import SentenceTransformerEmbedder
    from pipeline.onnx_int8 import KEEP_FP32, STATIC_QUANTIZATION, read_ranges

    fp32, fp32_vectors = fp32
    static = SentenceTransformerEmbedder(backend="onnx-int8-static", batch_size=4)
    vectors = static.embed(FINDINGS)
    assert static.model_id == "all-MiniLM-L6-v2#onnx-int8-static"
    assert SentenceTransformerEmbedder(static.model_id).backend == "onnx-int8-static"
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    cosine = (vectors * fp32_vectors).sum(axis=1)
    assert cosine.min() >= 0.95 and cosine.max() < 1.0  # the lowest is the two-letter "ok"
    # Each text alone, and in batches of other sizes (other neighbours, other padding): the same vector.
    alone = np.vstack([static.embed([text]) for text in FINDINGS])
    np.testing.assert_allclose(alone, vectors, atol=1e-5)
    mixed = SentenceTransformerEmbedder(backend="onnx-int8-static", batch_size=3).embed(FINDINGS[::-1])[::-1]
    np.testing.assert_allclose(mixed, vectors, atol=1e-5)
    graph = next(p for p in onnx_dir.glob("*.onnx") if STATIC_QUANTIZATION in p.name)
    kinds = [node.op_type for node in onnx.load(str(graph), load_external_data=False).graph.node]
    kept = [name for name in read_ranges() if KEEP_FP32.search(name)]
    # One weight dequantization per quantized dense layer; query, key and value share their input's.
    assert kinds.count("DequantizeLinear") == 36 - len(kept) + kinds.count("QuantizeLinear")
    assert kinds.count("QuantizeLinear") == 4 * 6 - len(kept)


def test_static_quantization_refuses_a_graph_the_ranges_do_not_cover(onnx_dir, fp32, tmp_path):
    from pipeline.onnx_int8 import quantize_static_graph, read_ranges

    ranges = read_ranges()
    del ranges[next(iter(ranges))]
    with pytest.raises(ConfigError, match="no range"):
        quantize_static_graph(fp32[0]._onnx_model().graph, tmp_path / "static.onnx", ranges)
    assert not (tmp_path / "static.onnx").exists()


def test_config_accepts_the_int8_backends_and_names_the_choices():
    assert RunConfig(backend="onnx-int8").backend == "onnx-int8"
    assert RunConfig(backend="onnx-int8-static").backend == "onnx-int8-static"
    with pytest.raises(ConfigError, match="onnx-int8"):
        RunConfig(backend="int8")
