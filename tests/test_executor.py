"""A Dask LocalCluster of 2 worker processes gives the same documents, findings and vectors as a local run."""

import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from pipeline.embed import SentenceTransformerEmbedder, embed_texts
from pipeline.executor import LocalExecutor, make_executor
from pipeline.ingest import ingest
from pipeline.segment import segment

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def cluster():
    executor = make_executor("dask")
    yield executor
    executor.close()


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for name in ("000_db26e9c696b48691.txt", "004_2f1af03e5ce87715.txt", "wirral_2019-jul-29.pdf"):
        shutil.copy(CORPUS / name, folder / name)
    manifest = pd.read_csv(CORPUS / "manifest.csv")
    manifest[manifest.file.isin([p.name for p in folder.iterdir()])].to_csv(folder / "manifest.csv", index=False)
    (folder / "empty.txt").write_text("")
    return folder


def test_dask_ingest_and_segment_equal_local(cluster, small_corpus, tmp_path):
    local = ingest(small_corpus, text_cache=tmp_path / "a")
    remote = ingest(small_corpus, text_cache=tmp_path / "b", executor=cluster)
    pd.testing.assert_frame_equal(local.documents, remote.documents)
    assert local.inputs == remote.inputs
    pd.testing.assert_frame_equal(segment(local.documents).segments,
                                  segment(remote.documents, executor=cluster).segments)


def test_dask_embedding_equals_local(cluster, small_corpus):
    texts = segment(ingest(small_corpus).documents).segments["text"].tolist()[:600]
    embedder = SentenceTransformerEmbedder()
    local, _ = embed_texts(texts, embedder, None, executor=LocalExecutor())
    remote, computed = embed_texts(texts, embedder, None, executor=cluster)
    assert computed == len(set(texts))
    assert local.shape == remote.shape
    np.testing.assert_allclose(local, remote, atol=1e-5)
    assert (np.argmax(local @ local.T, axis=1) == np.argmax(remote @ remote.T, axis=1)).all()


def test_text_cache_reads_a_file_once(small_corpus, tmp_path, monkeypatch):
    first = ingest(small_corpus, text_cache=tmp_path)
    import pipeline.ingest as module

    read_again = []
    original = module.read_document
    monkeypatch.setattr(module, "read_document", lambda path: read_again.append(Path(path).name) or original(path))
    again = ingest(small_corpus, text_cache=tmp_path)
    assert read_again == ["empty.txt"]  # only the file that could not be used is tried again
    pd.testing.assert_frame_equal(first.documents, again.documents)


def test_unknown_executor_and_unreachable_scheduler():
    from pipeline.errors import ConfigError

    with pytest.raises(ConfigError, match="executor"):
        make_executor("spark")
    with pytest.raises(ConfigError, match="scheduler"):
        make_executor("dask", "tcp://127.0.0.1:9")


def test_local_executor_forks_for_long_lists_and_keeps_order():
    import os

    executor = LocalExecutor(processes=2, min_items=4)
    assert executor.forks
    pids = executor.map(_pid_and_square, range(12))
    assert [square for _, square in pids] == [i * i for i in range(12)]
    assert {pid for pid, _ in pids} != {os.getpid()}  # ran in worker processes
    short = LocalExecutor(processes=2, min_items=40).map(_pid_and_square, range(3))
    assert short == [(os.getpid(), 0), (os.getpid(), 1), (os.getpid(), 4)]


def test_segmenting_in_worker_processes_gives_the_same_table(tmp_path):
    from pipeline.segment import segment

    texts = [f"Walsall Council\n\n{i}. Social workers in team {i} have high caseloads. Managers review plans.\n\n"
             f"- Chronologies are not up to date in {i} cases.\n- Police attend strategy discussions.\n" for i in range(20)]
    documents = pd.DataFrame({"doc_id": [f"d{i}" for i in range(20)], "file": [f"d{i}.txt" for i in range(20)],
                              "authority": "Walsall", "doc_type": "scrutiny_report", "date": "2024-01-01",
                              "text": texts})
    here = segment(documents)
    forked = segment(documents, executor=LocalExecutor(processes=2, min_items=4))
    assert len(here.segments) >= 2 * len(documents)
    pd.testing.assert_frame_equal(here.segments, forked.segments)
    np.testing.assert_array_equal(here.cues, forked.cues)
    pd.testing.assert_frame_equal(here.judgements, forked.judgements)


def _pid_and_square(i):
    import os

    return os.getpid(), i * i


@pytest.mark.parametrize("processes,min_items", [(2, 1), (1, 16)])
def test_meanwhile_runs_here_once_while_the_items_are_mapped(processes, min_items):
    ran = []
    executor = LocalExecutor(processes=processes, min_items=min_items)
    results = executor.map(abs, [-3, 2, -1], meanwhile=lambda: ran.append(1))
    assert results == [3, 2, 1] and ran == [1]


def test_meanwhile_with_dask(cluster):
    ran = []
    assert cluster.map(abs, [-2, 5], meanwhile=lambda: ran.append(1)) == [2, 5] and ran == [1]
    assert cluster.map(abs, [], meanwhile=lambda: ran.append(1)) == [] and ran == [1, 1]
