"""Hostile and careless input: every case ends in a finished run with each input's fate recorded, or in one
line and exit 1; never a traceback, never a file written or deleted outside the run folder and the caches."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

import pipeline.segment
from pipeline.cache import Cache, EmbeddingCache
from pipeline.cli import main
from pipeline.config import RunConfig, load_config
from pipeline.corpus import walk_corpus
from pipeline.errors import ConfigError
from pipeline.ingest import ingest
from pipeline.readers import decode_text
from pipeline.runfolder import write_table
from pipeline.stages import summary

ROOT = Path(__file__).resolve().parents[1]
FINDING = "Social workers said that their caseloads had risen sharply over the last year in every team.\n\n"


def _corpus(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _tree(folder: Path) -> dict[str, float]:
    """Every path below `folder` with its modification time, links not followed."""
    return {str(p): p.lstat().st_mtime for p in folder.rglob("*")}


# --- 2. long blocks and documents that cannot be segmented -------------------------------------------------

def test_a_block_longer_than_spacy_takes_is_segmented_in_pieces(monkeypatch):
    nlp = pipeline.segment._sentencizer()
    monkeypatch.setattr(nlp, "max_length", 3000)
    monkeypatch.setattr(pipeline.segment, "PIECE", 2500)
    text = "Walsall Council\n" + "".join(f"Managers in team {i} do not record their oversight of plans.\n"
                                         for i in range(400))  # one block of 24,000 characters, no blank line
    rows = pipeline.segment.segment_document({"doc_id": "d", "file": "long.txt", "authority": "Walsall",
                                              "doc_type": "other", "date": "", "text": text})
    assert len(rows) >= 390
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)


def test_a_document_that_cannot_be_segmented_is_skipped_and_the_others_kept(monkeypatch):
    real = pipeline.segment.segment_document

    def fails_on_one(doc):
        if doc["file"] == "bad.txt":
            raise ValueError("something in this text breaks the segmenter")
        return real(doc)

    monkeypatch.setattr(pipeline.segment, "segment_document", fails_on_one)
    documents = pd.DataFrame([{"doc_id": name, "file": f"{name}.txt", "authority": "Wirral", "doc_type": "other",
                               "date": "", "text": FINDING * 3} for name in ("good", "bad")])
    segmented = pipeline.segment.segment(documents)
    assert set(segmented.segments["file"]) == {"good.txt"}
    assert list(segmented.problems) == ["bad.txt"] and "could not be segmented" in segmented.problems["bad.txt"]


# --- 3. configuration and caches -------------------------------------------------------------------------

@pytest.mark.parametrize("text,key", [('batch_size = "big"', "batch_size"), ('seed = "x"', "seed"),
                                      ('kinds = "finding"', "kinds"), ("strict = 1", "strict"),
                                      ('kinds = ["finding", "gossip"]', "kinds"), ("codebook_threshold = 7", "codebook"),
                                      ("n_themes = true", "n_themes"), ("batch_size = 0", "batch_size")])
def test_a_config_value_of_the_wrong_type_or_range_is_one_line_naming_the_key(tmp_path, text, key):
    path = tmp_path / "run.toml"
    path.write_text(text + "\n")
    with pytest.raises(ConfigError, match=rf"run.toml: {key}\w*=.* should be"):
        load_config(path)
    result = CliRunner().invoke(main, ["ingest", "--corpus", str(tmp_path), str(tmp_path / "run"),
                                       "--config", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output and key in result.output


def test_a_valid_config_still_loads(tmp_path):
    path = tmp_path / "run.toml"
    path.write_text('kinds = ["finding", "action"]\nseed = 3\ncodebook_threshold = 0.5\n')
    config = load_config(path)
    assert config.kinds == ("finding", "action") and config.seed == 3 and config == RunConfig(**{
        "kinds": ("finding", "action"), "seed": 3, "codebook_threshold": 0.5})


def test_a_truncated_cache_entry_is_recomputed_with_a_warning(tmp_path):
    said = []
    cache = Cache(tmp_path, say=said.append)
    cache.put("k", {"themes": list(range(1000))})
    cache.path("k").write_bytes(cache.path("k").read_bytes()[:50])
    assert cache.get("k") is None and "could not be read" in said[0]
    cache.put("k", "again")
    assert cache.get("k") == "again"


def test_a_truncated_embedding_chunk_is_dropped_and_embedded_again(tmp_path, hashing_embedder):
    from pipeline.embed import cached_as, embed_texts

    said = []
    cache = EmbeddingCache(tmp_path, say=said.append)
    texts = ["Chronologies are missing.", "Police attend strategy discussions."]
    first, _ = embed_texts(texts, hashing_embedder, cache)
    chunk = next(cache.model_folder(cached_as(hashing_embedder.model_id)).glob("chunk-*.npy"))
    chunk.write_bytes(chunk.read_bytes()[:40])
    again, computed = embed_texts(texts, hashing_embedder, cache)
    assert computed == 2 and np.allclose(first, again) and "could not be read" in said[0]
    third, computed = embed_texts(texts, hashing_embedder, EmbeddingCache(tmp_path))
    assert computed == 0


def test_a_cache_folder_that_cannot_be_written_is_reported_once_and_the_run_goes_on(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    said = []
    cache = Cache(blocker / "themes", say=said.append)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") is None and len(said) == 1 and "cannot be written" in said[0]


# --- 4. every entry of the corpus folder has a fate ----------------------------------------------------------

def test_links_loops_pipes_and_odd_folders_each_have_a_fate(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("A private note that is not part of the corpus.\n")
    corpus = _corpus(tmp_path / "corpus", {"minutes.txt": FINDING, ".hidden.txt": FINDING})
    (corpus / "x.txt").mkdir()
    (corpus / "x.txt" / "inner.txt").write_text(FINDING)
    (corpus / "broken.txt").symlink_to(tmp_path / "gone.txt")
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    (corpus / "escape.txt").symlink_to(outside)
    (corpus / "again.txt").symlink_to(corpus / "minutes.txt")
    os.mkfifo(corpus / "pipe.txt")
    fates = {entry.rel: (entry.status, entry.reason) for entry in walk_corpus(corpus)}
    assert fates["minutes.txt"][0] == fates["again.txt"][0] == fates["x.txt/inner.txt"][0] == "file"
    assert fates["x.txt/"][0] == "folder" and fates[".hidden.txt"][0] == "ignored"
    assert fates["broken.txt"] == ("skipped", "broken link (its target does not exist)")
    assert fates["loop.txt"] == ("skipped", "link loop")
    assert fates["escape.txt"][0] == "skipped" and "outside the corpus" in fates["escape.txt"][1]
    assert fates["pipe.txt"][0] == "skipped" and "FIFO" in fates["pipe.txt"][1]
    assert {e.rel: e.status for e in walk_corpus(corpus, follow_links=True)}["escape.txt"] == "file"

    result = ingest(corpus)
    recorded = {entry["file"]: entry["status"] for entry in result.inputs}
    assert set(recorded) == set(fates)
    assert "A private note" not in " ".join(result.documents["text"])
    run = CliRunner().invoke(main, ["ingest", "--corpus", str(corpus), str(tmp_path / "run"), "--strict"])
    assert run.exit_code == 1 and "Traceback" not in run.output


# --- 5. outputs never silently wrong ------------------------------------------------------------------------

def test_control_characters_keep_the_qda_project_well_formed():
    from pipeline.report.qdpx import _attribute, _element, _text

    xml = _element("Code", {"name": "Bell\x07 and escape\x1b"}, _text("quote with \x1b[31m colour"))
    parsed = ElementTree.fromstring(xml)
    assert "\ufffd" in parsed.get("name") and parsed.text.startswith("quote with")
    assert _attribute("plain") == "plain"


def test_invalid_manifest_dates_are_not_passed_on(tmp_path):
    corpus = _corpus(tmp_path / "c", {"a.txt": "Walsall Council minutes, 12 March 2019\n\n" + FINDING,
                                      "b.txt": "Wirral Council minutes, 4 May 2016\n\n" + FINDING,
                                      "manifest.csv": "file,authority,date\na.txt,Walsall,31/02/2019\n"
                                                      "b.txt,Wirral,next year\n"})
    result = ingest(corpus)
    assert sorted(result.documents["date"]) == ["2016-05-04", "2019-03-12"]
    assert sum("is not a date" in note for note in result.notes) == 2


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text_files_are_read(encoding):
    text = "Wirral Council\n\nCaseloads are too high – members asked for a plan.\n"
    assert decode_text(text.encode(encoding), "minutes.txt") == text


def test_csv_cells_that_a_spreadsheet_would_run_are_made_inert(tmp_path):
    table = pd.DataFrame({"text": ['=HYPERLINK("http://x","click")', "+cmd", "- a bullet", "-5% fewer", "plain"],
                          "n": range(5)})
    write_table(table, tmp_path, "t", parquet=True)
    written = pd.read_csv(tmp_path / "t.csv")["text"].tolist()
    assert written == ["'=HYPERLINK(\"http://x\",\"click\")", "'+cmd", "- a bullet", "-5% fewer", "plain"]
    assert pd.read_parquet(tmp_path / "t.parquet")["text"].tolist() == table["text"].tolist()


def test_the_summary_says_how_many_more_were_skipped(tmp_path):
    inputs = [{"file": f"f{i}.bin", "status": "skipped", "reason": "unsupported"} for i in range(13)]
    (tmp_path / "run.json").write_text(json.dumps({"inputs": inputs}))
    assert "and 3 more skipped" in summary(tmp_path)


# --- 6. workers end when the main process is killed -------------------------------------------------------

def test_workers_exit_when_the_main_process_is_killed(tmp_path):
    # Each worker leaves a file named by its pid (two workers writing one pipe could interleave their lines).
    script = textwrap.dedent(f"""
        import os, time
        from pathlib import Path
        from pipeline.executor import LocalExecutor

        def slow(item):
            Path({str(tmp_path)!r}, f"worker-{{os.getpid()}}").touch()
            time.sleep(60)

        LocalExecutor(processes=2, min_items=2).map(slow, list(range(16)))
    """)
    child = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
    began = time.monotonic()
    while len(list(tmp_path.glob("worker-*"))) < 2:
        assert time.monotonic() - began < 120 and child.poll() is None, "the workers did not start"
        time.sleep(0.1)
    workers = {int(p.name.split("-")[1]) for p in tmp_path.glob("worker-*")}
    child.send_signal(signal.SIGKILL)
    child.wait()
    deadline = time.monotonic() + 15
    alive = set(workers)
    while alive and time.monotonic() < deadline:
        for pid in list(alive):
            try:
                os.kill(pid, 0)
                with open(f"/proc/{pid}/stat") as handle:
                    if handle.read().split()[2] == "Z":
                        alive.discard(pid)
            except (ProcessLookupError, FileNotFoundError):
                alive.discard(pid)
        time.sleep(0.2)
    assert not alive, f"workers {alive} outlived their killed parent"


# --- 7. one line for every usage mistake ----------------------------------------------------------------

@pytest.mark.parametrize("args,message", [
    (["run", "--out", "OUT"], "Missing option '--corpus'"),
    (["run", "--corpus", "CORPUS", "--out", "OUT", "--model", "/nonexistent/model"], "no such folder"),
    (["run", "--corpus", "CORPUS", "--out", "FILE"], "FILE"),
    (["run", "--corpus", "CORPUS", "--out", "OUT", "--themes", "100000"], "n_themes=100000 is more than"),
])
def test_usage_mistakes_are_one_line_and_exit_1(tmp_path, args, message):
    corpus = _corpus(tmp_path / "corpus", {"a.txt": "Walsall Council\n\n" + FINDING * 4})
    (tmp_path / "file.csv").write_text("x\n")
    names = {"CORPUS": str(corpus), "OUT": str(tmp_path / "out"), "FILE": str(tmp_path / "file.csv")}
    before = _tree(tmp_path)
    result = subprocess.run([sys.executable, "-m", "pipeline", *[names.get(a, a) for a in args]], cwd=ROOT,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 1, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert len(errors) == 1 and message.replace("FILE", names["FILE"]) in errors[0], result.stderr
    assert result.stderr.strip().splitlines()[-1] == errors[0] and "Traceback" not in result.stderr
    after = _tree(tmp_path)
    assert not (tmp_path / "out").exists()
    assert {k for k in after if k not in before} <= {str(p) for p in (tmp_path / ".cache").rglob("*")} | {
        str(tmp_path / ".cache")}
    assert all(after[k] == v for k, v in before.items())
