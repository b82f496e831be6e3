import numpy as np
import pytest

from pipeline.embed import EmbeddingCache, embed_texts, text_key


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


def test_an_interrupted_chunk_is_ignored(tmp_path, hashing_embedder):
    cache = EmbeddingCache(tmp_path)
    embed_texts(["one two three"], hashing_embedder, cache)
    folder = next(tmp_path.iterdir())
    (folder / "chunk-broken.keys").write_text("abc\ndef")  # keys without vectors: a write that was cut short
    assert len(cache.load(hashing_embedder.model_id)) == 1


def test_no_texts(hashing_embedder):
    vectors, computed = embed_texts([], hashing_embedder, None)
    assert vectors.shape[0] == 0 and computed == 0
