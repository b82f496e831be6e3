import numpy as np
import pytest

from pipeline.cache import EmbeddingCache, text_key
from pipeline.embed import cached_as, embed_texts


def test_cache_embeds_each_text_once(tmp_path, hashing_embedder):
    cache = EmbeddingCache(tmp_path)
    texts = ["caseloads are high", "chronologies are rarely used", "caseloads are high"]
    first, computed = embed_texts(texts, hashing_embedder, cache)
    assert computed == 2 and hashing_embedder.calls == 2
    assert first.dtype == np.float32 and first.shape == (3, hashing_embedder.dim)
    np.testing.assert_array_equal(first[0], first[2])
    again, computed = embed_texts(texts + ["police attend strategy discussions"], hashing_embedder, cache)
    assert computed == 1 and hashing_embedder.calls == 3
    np.testing.assert_array_equal(again[:3], first)


def test_cache_keys_depend_on_model(tmp_path, hashing_embedder):
    assert text_key("a", "same text") != text_key("b", "same text")
    cache = EmbeddingCache(tmp_path)
    embed_texts(["x y z"], hashing_embedder, cache)
    assert cache.load("another-model") == {}


def test_vectors_made_by_other_embedding_code_are_not_reused(tmp_path, hashing_embedder, monkeypatch):
    """The embedding cache is keyed by the code that computes the vectors as well as the model and the text: after a
    change of embed.py, the ONNX backends or the int8 ranges, every text is embedded again."""
    import pipeline.embed as embedding

    cache = EmbeddingCache(tmp_path)
    texts = ["caseloads are high", "chronologies are rarely used"]
    assert embed_texts(texts, hashing_embedder, cache)[1] == 2
    assert embed_texts(texts, hashing_embedder, cache)[1] == 0
    monkeypatch.setattr(embedding, "code_digest", lambda names: "the embedding code after a change")
    assert embed_texts(texts, hashing_embedder, cache)[1] == 2
    assert embed_texts(texts, hashing_embedder, cache)[1] == 0


def test_an_interrupted_chunk_is_ignored(tmp_path, hashing_embedder):
    cache = EmbeddingCache(tmp_path)
    embed_texts(["one two three"], hashing_embedder, cache)
    folder = next(tmp_path.iterdir())
    (folder / "chunk-broken.keys").write_text("abc\ndef")  # keys without vectors: a write that was cut short
    assert len(cache.load(cached_as(hashing_embedder.model_id))) == 1


def test_no_texts(hashing_embedder):
    vectors, computed = embed_texts([], hashing_embedder, None)
    assert vectors.shape[0] == 0 and computed == 0


FINDINGS = [
    "Social workers carry high caseloads, and some children have had several changes of worker.",
    "Management oversight of casework is not consistently recorded.",
    "Care leavers live in suitable accommodation and are supported well by their personal advisers.",
    "The local authority should improve the timeliness of initial child protection conferences.",
    "Police attendance at strategy discussions is poor.",
    "ok",
]


def test_onnx_backend_agrees_with_torch_and_has_its_own_model_id(tmp_path, monkeypatch):
    pytest.importorskip("onnxruntime")
    pytest.importorskip("onnx")
    from pipeline.embed import SentenceTransformerEmbedder

    monkeypatch.setenv("COUNCIL_FINDINGS_ONNX_DIR", str(tmp_path / "onnx"))
    torch_vectors = SentenceTransformerEmbedder(backend="torch").embed(FINDINGS)
    onnx = SentenceTransformerEmbedder(backend="onnx", batch_size=4)
    onnx_vectors = onnx.embed(FINDINGS)
    assert onnx_vectors.dtype == np.float32 and onnx_vectors.shape == torch_vectors.shape
    assert (onnx_vectors * torch_vectors).sum(axis=1).min() >= 0.99
    assert onnx.model_id == "all-MiniLM-L6-v2#onnx"
    assert SentenceTransformerEmbedder(onnx.model_id).backend == "onnx"
    assert list((tmp_path / "onnx").glob("*.onnx"))


def test_exporting_a_graph_removes_the_models_older_graphs_and_nothing_else(tmp_path, monkeypatch):
    """The graph cache holds one graph per model and backend: a graph exported by other export code replaces the
    model's older ones (and the int8 graphs made from them); other models' graphs, graphs being written, graphs
    named as before and any other file stay. Never the real ~/.cache: the folder is a temporary one."""
    pytest.importorskip("onnxruntime")
    pytest.importorskip("onnx")
    import shutil

    from pipeline import onnx_backend
    from pipeline.embed import SentenceTransformerEmbedder

    folder = tmp_path / "onnx"
    monkeypatch.setenv("COUNCIL_FINDINGS_ONNX_DIR", str(folder))
    said = []
    first = SentenceTransformerEmbedder(backend="onnx", say=said.append)
    first.load()
    graph, model = first._onnx.graph, first._onnx.model_key
    assert graph.parent == folder and graph.name.startswith(f"{model}-") and said == []  # nothing older to remove
    older = [folder / f"{model}-0123456789abcdef.onnx", folder / f"{model}-0123456789abcdef.dyn-s8w-v0.onnx"]
    others = [folder / "fedcba9876543210-0123456789abcdef.onnx", folder / "0123456789abcdef.onnx",
              folder / f".{model}-0123456789abcdef.4242.onnx", folder / "notes.txt"]
    for path in older + others:
        path.write_bytes(b"graph")
    # Other export code: the graph is exported again under a new name (a copy of the real one stands for the export).
    monkeypatch.setattr(onnx_backend, "code_digest", lambda names: "feedfacefeedface")
    monkeypatch.setattr(onnx_backend, "export_onnx", lambda encoder, target: shutil.copyfile(graph, target))
    second = SentenceTransformerEmbedder(backend="onnx", say=said.append)
    vectors = second.embed(FINDINGS[:2])
    assert second._onnx.graph == folder / f"{model}-feedfacefeedface.onnx" and second._onnx.graph.exists()
    assert vectors.shape == (2, 384)
    assert not any(path.exists() for path in older + [graph]) and all(path.exists() for path in others)
    assert len(said) == 1 and "removed 3 older ONNX graph(s) of this model and backend" in said[0]


def test_a_new_int8_graph_removes_older_ones_of_its_backend_only(tmp_path):
    from pipeline.onnx_backend import remove_older_graphs

    fp32 = "0123456789abcdef-feedfacefeedface"
    older, static = tmp_path / f"{fp32}.dyn-s8w-v0.onnx", tmp_path / f"{fp32}.static-s8w-v1.0badc0de.onnx"
    new, kept = tmp_path / f"{fp32}.dyn-s8w-v1.onnx", tmp_path / f"{fp32}.onnx"
    for path in (older, static, new, kept):
        path.write_bytes(b"graph")
    said = []
    assert remove_older_graphs(new, f"{fp32}.dyn-", said.append) == [older]
    assert not older.exists() and static.exists() and new.exists() and kept.exists() and len(said) == 1
    assert remove_older_graphs(new, f"{fp32}.dyn-", said.append) == [] and len(said) == 1  # nothing more to say
    assert remove_older_graphs(tmp_path / "absent" / "x.onnx", "x", said.append) == []  # no folder yet


def test_unknown_backend_is_refused():
    from pipeline.embed import SentenceTransformerEmbedder
    from pipeline.errors import ConfigError

    with pytest.raises(ConfigError, match="backend"):
        SentenceTransformerEmbedder(backend="tensorflow")


def test_embedding_interrupted_part_way_keeps_what_was_embedded(tmp_path, hashing_embedder, monkeypatch):
    import pipeline.embed as embed

    monkeypatch.setattr(embed, "DISTRIBUTED_BATCH", 2)
    monkeypatch.setattr(embed, "SAVE_EVERY", 1)
    texts = [f"finding number {i} about caseloads" for i in range(7)]
    real_embed, done = hashing_embedder.embed, []

    def stop_at_third_batch(batch):
        if len(done) == 2:
            raise KeyboardInterrupt
        done.append(batch)
        return real_embed(batch)

    monkeypatch.setattr(hashing_embedder, "embed", stop_at_third_batch)
    cache = EmbeddingCache(tmp_path)
    with pytest.raises(KeyboardInterrupt):
        embed_texts(texts, hashing_embedder, cache)
    assert len(cache.load(cached_as(hashing_embedder.model_id))) == 4
    monkeypatch.setattr(hashing_embedder, "embed", real_embed)
    vectors, computed = embed_texts(texts, hashing_embedder, cache)
    assert computed == 3 and vectors.shape == (7, hashing_embedder.dim)
