"""One ONNX session on every core against one single-threaded session per core, in one run.

    python benchmarks/encoder_sessions.py --run outputs/bundled [--texts 4000] [--backend onnx-int8-static]
        [--rounds 2]

Encodes the same findings (evenly spaced over the run's findings.csv) (a) in this process with one session of one
thread per core, as the embed stage does, and (b) in one process per core, each a session of one thread
(COUNCIL_FINDINGS_ONNX_THREADS=1) encoding its share. The two are alternated `--rounds` times so the machine's
drift falls on both; prints findings per second of each, their ratio, the load average, and how far the vectors
of (a) and (b) differ (threads change the order of float sums, so vectors may differ in the last digits).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's pipeline, not an installed one

from pipeline.embed import SentenceTransformerEmbedder
from pipeline.schema import BACKENDS


def _encode_share(args: tuple[str, int, list[str]]) -> np.ndarray:
    """In a worker: its own single-threaded session, timed apart from loading it."""
    backend, batch_size, texts = args
    os.environ["COUNCIL_FINDINGS_ONNX_THREADS"] = "1"
    embedder = SentenceTransformerEmbedder(None, batch_size=batch_size, backend=backend)
    embedder.embed(texts[:8])  # load the session before the clock starts in the parent's barrier
    return embedder.embed(texts)


def one_session(backend: str, batch_size: int, texts: list[str]) -> tuple[float, np.ndarray]:
    embedder = SentenceTransformerEmbedder(None, batch_size=batch_size, backend=backend)
    embedder.embed(texts[:8])
    began = time.perf_counter()
    vectors = embedder.embed(texts)
    return time.perf_counter() - began, vectors


def sessions_per_core(backend: str, batch_size: int, texts: list[str], pool: ProcessPoolExecutor,
                      cores: int) -> tuple[float, np.ndarray]:
    """Seconds for the workers to encode their shares (each loads its session on a warm-up call first)."""
    list(pool.map(_encode_share, [(backend, batch_size, texts[:8])] * cores))  # sessions made, graph cached
    shares = [texts[i::cores] for i in range(cores)]
    began = time.perf_counter()
    parts = list(pool.map(_encode_share, [(backend, batch_size, share) for share in shares]))
    seconds = time.perf_counter() - began
    vectors = np.zeros((len(texts), parts[0].shape[1]), dtype=np.float32)
    for i, part in enumerate(parts):
        vectors[i::cores] = part
    return seconds, vectors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", type=Path, default=ROOT / "outputs" / "bundled")
    parser.add_argument("--texts", type=int, default=4000)
    parser.add_argument("--backend", choices=BACKENDS[1:], default="onnx-int8-static")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    findings = pd.read_csv(args.run / "findings.csv", usecols=["text"], keep_default_na=False)
    chosen = np.linspace(0, len(findings) - 1, min(args.texts, len(findings))).astype(int)
    texts = findings["text"].iloc[chosen].astype(str).tolist()
    cores = os.cpu_count() or 1
    times = {"one session": [], "one per core": []}
    with ProcessPoolExecutor(cores) as pool:
        for _ in range(args.rounds):
            seconds, a = one_session(args.backend, args.batch_size, texts)
            times["one session"].append(seconds)
            seconds, b = sessions_per_core(args.backend, args.batch_size, texts, pool, cores)
            times["one per core"].append(seconds)
    rates = {name: len(texts) / np.mean(values) for name, values in times.items()}
    cosine = (a * b).sum(axis=1)
    print(f"{len(texts)} findings, backend {args.backend}, {cores} cores, {args.rounds} rounds alternated; "
          f"load average {', '.join(f'{v:.1f}' for v in os.getloadavg())}")
    for name, rate in rates.items():
        print(f"  {name:13s} {rate:7.0f} findings/s  (rounds: {', '.join(f'{t:.1f}s' for t in times[name])})")
    print(f"  one per core / one session: x{rates['one per core'] / rates['one session']:.2f}")
    print(f"  vectors: max |a-b| {np.abs(a - b).max():.2e}, cosine min {cosine.min():.7f}")


if __name__ == "__main__":
    main()
