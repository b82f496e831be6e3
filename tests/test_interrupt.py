"""Interrupted runs: Ctrl-C or a killed process leaves the previous run and the caches intact and usable.

These run the real command line in a child process on the bundled corpus (real model, real spaCy), interrupt it
once it is part-way through, then check what is on disk and that a following run succeeds with the same caches.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.cache import Cache
from pipeline.runfolder import recover_interrupted, staged_folder

ROOT = Path(__file__).resolve().parents[1]
SMALL = ("Wirral Council Children Sub-Committee minutes, 12 October 2016.\n\n"
         "Ofsted had found that social workers carried high caseloads. The Director advised Members that "
         "recruitment of permanent social workers had begun. Chronologies were missing from many case files.\n")


def _previous_run(out: Path) -> str:
    """A stand-in for an earlier finished run: what matters is that it is left exactly as it was."""
    out.mkdir(parents=True)
    marker = "an earlier run"
    (out / "run.json").write_text(json.dumps({"marker": marker, "versions": {"council-findings": "0.1.0"}}))
    return marker


def _start(corpus: Path, out: Path, cache: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "pipeline", "run", "--corpus", str(corpus), "--out", str(out),
               "--cache", str(cache), "--no-report"]
    # A job started in the background by a shell ignores SIGINT, and Python keeps that: give the child the default.
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            env={**os.environ, "HF_HUB_OFFLINE": "1"}, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def _wait_for_segments(out: Path, child: subprocess.Popen, limit: float = 300) -> None:
    """Until the child's partial run folder holds its findings (so it is embedding), or fail."""
    began = time.monotonic()
    while time.monotonic() - began < limit:
        if any(out.parent.glob(f".{out.name}.partial-*/segments.parquet")):
            return
        if child.poll() is not None:
            pytest.fail(f"the run ended before it could be interrupted:\n{child.stdout.read().decode()}")
        time.sleep(0.2)
    child.kill()
    pytest.fail("the run did not reach the embed stage in time")


def _small_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "small"
    corpus.mkdir()
    (corpus / "minutes.txt").write_text(SMALL, encoding="utf-8")
    return corpus


@pytest.mark.slow
@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL], ids=["ctrl-c", "killed"])
def test_an_interrupted_run_keeps_the_previous_run_and_a_usable_cache(tmp_path, how):
    out, cache = tmp_path / "runs" / "bundled", tmp_path / "cache"
    marker = _previous_run(out)
    child = _start(ROOT / "corpus", out, cache)
    _wait_for_segments(out, child)
    os.killpg(child.pid, how)
    output = child.communicate(timeout=120)[0].decode()
    assert child.returncode != 0, output

    assert json.loads((out / "run.json").read_text())["marker"] == marker
    assert sorted(p.name for p in out.iterdir()) == ["run.json"]
    if how == signal.SIGINT:
        assert not any(p.name.startswith(".bundled.partial") for p in out.parent.iterdir())
    read_cache = Cache(cache / "text")
    cached = [read_cache.get(entry.stem) for entry in (cache / "text").glob("*.pickle")]
    assert cached and all(entry is not None and entry.text for entry in cached)  # every entry whole and readable

    # The same caches serve the next run, which replaces the earlier one and tidies what the killed run left.
    again = _start(_small_corpus(tmp_path), out, cache)
    output = again.communicate(timeout=600)[0].decode()
    assert again.returncode == 0, output
    record = json.loads((out / "run.json").read_text())
    assert record["counts"]["findings"] >= 2 and "marker" not in record
    assert not [p.name for p in out.parent.iterdir() if p.name.startswith(".bundled.")]


@pytest.mark.slow
def test_ctrl_c_while_worker_processes_segment(tmp_path):
    """Ctrl-C (SIGINT to the whole process group, as a terminal sends it) while the segment stage's worker
    processes run: the run stops soon, leaves no worker behind, the previous run and the caches stay usable."""
    corpus = tmp_path / "many"
    corpus.mkdir()
    text = (ROOT / "corpus" / "001_bb10acc712383fe1.txt").read_text(encoding="utf-8")
    for i in range(48):  # enough documents for the worker processes, and for several seconds of segmenting
        (corpus / f"minutes_{i:02d}.txt").write_text(f"Copy {i} of the minutes.\n\n{text}", encoding="utf-8")
    out, cache = tmp_path / "runs" / "many", tmp_path / "cache"
    marker = _previous_run(out)
    child = _start(corpus, out, cache)
    began = time.monotonic()
    while not any(out.parent.glob(f".{out.name}.partial-*/documents.parquet")):
        assert child.poll() is None and time.monotonic() - began < 300, "the run did not reach the segment stage"
        time.sleep(0.05)
    segmenting = not any(out.parent.glob(f".{out.name}.partial-*/segments.parquet"))
    os.killpg(child.pid, signal.SIGINT)
    stopped = time.monotonic()
    output = child.communicate(timeout=120)[0].decode()
    assert child.returncode != 0, output
    assert segmenting, "the interrupt came after segmenting; the test needs a larger corpus on this machine"
    assert time.monotonic() - stopped < 30, "the interrupted run went on segmenting the remaining documents"
    with pytest.raises(ProcessLookupError):
        os.killpg(child.pid, 0)  # no process of the run is left
    assert json.loads((out / "run.json").read_text())["marker"] == marker
    assert not [p.name for p in out.parent.iterdir() if p.name.startswith(".many.")]

    again = _start(corpus, out, cache)
    output = again.communicate(timeout=900)[0].decode()
    assert again.returncode == 0, output
    assert json.loads((out / "run.json").read_text())["counts"]["findings"] > 48


def test_what_a_killed_run_left_is_tidied_and_a_lost_previous_run_restored(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    out = tmp_path / "run"
    partial = tmp_path / f".run.partial-{pid}"
    previous = tmp_path / f".run.previous-{pid}"
    for folder in (partial, previous):
        folder.mkdir()
        (folder / "run.json").write_text("{}")
    live = tmp_path / f".run.partial-{os.getpid()}"  # a run still going (this process) is left alone
    live.mkdir()

    done = recover_interrupted(out)
    assert (out / "run.json").exists() and not previous.exists()
    assert not partial.exists() and live.exists()
    assert len(done) == 2 and all(str(tmp_path) in line for line in done)


def test_a_failed_stage_leaves_the_previous_run(tmp_path):
    out = tmp_path / "run"
    marker = _previous_run(out)
    with pytest.raises(RuntimeError):
        with staged_folder(out) as work:
            (work / "findings.csv").write_text("half")
            raise RuntimeError("a stage failed")
    assert json.loads((out / "run.json").read_text())["marker"] == marker
    assert [p.name for p in tmp_path.iterdir()] == ["run"]
