"""How the themes stage scales, and how stable it is above the size where the Ward tree is built over findings.

    python benchmarks/themes_scale.py [--run outputs/big] [--sizes 10000 100000] [--seeds 5] [--no-embedder]

1. Time and peak memory of `discover_themes` (clustering, choice of k, labels, phrase embedding) at each size, each size
   in a fresh process. The findings are SYNTHETIC: the run's real findings repeated, each copy's vector moved by
   Gaussian noise (sd 0.01 per dimension) and renormalised, texts repeated. They time the method; their themes
   mean nothing. Memory: the process's peak resident set (ru_maxrss: Python, spaCy, the embedding model and the
   data included), and that peak minus the resident set just before the fit (what the fit itself added).
2. Stability on the run's REAL findings (use a run above 4,000 findings, the largest tree built directly, e.g.
   corpus/ plus ../shared/ofsted_reports): mean pairwise adjusted Rand index between fits with `--seeds` seeds,
   and between fits of the same findings in `--seeds` random row orders. The themes stage draws nothing at random
   (k-means starts from evenly spaced rows), so seeds agree by construction; the row order moves those starting
   rows and is the honest test of how much the themes depend on where micro-clustering began.
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import adjusted_rand_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.themes.cluster import N_MICRO  # noqa: E402
from pipeline.themes.discover import discover_themes  # noqa: E402


def synthetic(run: Path, n: int, seed: int = 0) -> tuple[pd.DataFrame, np.ndarray]:
    findings = pd.read_parquet(run / "findings.parquet", columns=["finding_id", "text", "authority"])
    vectors = np.asarray(np.load(run / "vectors.npy"), dtype=np.float32)
    rows = np.arange(n) % len(findings)
    noisy = vectors[rows] + np.random.default_rng(seed).normal(0, 0.01, (n, vectors.shape[1])).astype(np.float32)
    table = findings.iloc[rows].reset_index(drop=True)
    table["finding_id"] = [f"{f}#{i // len(findings)}" for i, f in enumerate(table["finding_id"])]
    return table, noisy / np.linalg.norm(noisy, axis=1, keepdims=True)


def one_size(run: Path, n: int, use_embedder: bool) -> dict:
    """Runs in its own process (see main) so that peak memory is this size's alone."""
    findings, vectors = synthetic(run, n)
    embedder = None
    if use_embedder:
        from pipeline.embed import SentenceTransformerEmbedder

        embedder = SentenceTransformerEmbedder()
        embedder.embed(["warm up"])  # loading the model is not the themes stage's cost (the embed stage loaded it)
    from pipeline.themes.naming import pos_tagger

    pos_tagger()  # likewise spaCy's model: loaded once per process
    before = _resident_mb()
    began = time.perf_counter()
    result = discover_themes(findings, vectors, embedder=embedder)
    seconds = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"findings": n, "themes": len(result.themes), "broad": len(result.broad), "seconds": round(seconds, 1),
            "peak RSS MB": round(peak), "added by the fit MB": round(max(peak - before, 0)),
            "unassigned": int(result.assignment["theme_id"].isna().sum())}


def _resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def stability(run: Path, seeds: int) -> dict:
    findings = pd.read_parquet(run / "findings.parquet", columns=["finding_id", "text", "authority"])
    vectors = np.asarray(np.load(run / "vectors.npy"), dtype=np.float32)
    by_seed, by_order, times = [], [], []
    for seed in range(seeds):
        began = time.perf_counter()
        by_seed.append(discover_themes(findings, vectors, seed=seed).assignment["theme_id"].to_numpy())
        times.append(time.perf_counter() - began)
        order = np.random.default_rng(seed).permutation(len(findings)) if seed else np.arange(len(findings))
        labels = np.empty(len(findings), dtype=np.int64)
        labels[order] = discover_themes(findings.iloc[order].reset_index(drop=True), vectors[order],
                                   seed=seed).assignment["theme_id"].to_numpy()
        by_order.append(labels)

    def mean_ari(runs):
        return round(float(np.mean([adjusted_rand_score(a, b) for a, b in itertools.combinations(runs, 2)])), 3)

    return {"findings": len(findings), "direct Ward limit": N_MICRO, "themes": int(len(set(by_seed[0]))),
            "seeds": seeds, "ARI between seeds": mean_ari(by_seed), "ARI between row orders": mean_ari(by_order),
            "seconds/fit (no phrase embedding)": round(float(np.mean(times)), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", type=Path, default=ROOT / "outputs/big")
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--no-embedder", action="store_true", help="time labels without embedding key phrases")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_size(args.run, args.one, not args.no_embedder)))
        return
    rows = []
    for n in args.sizes:
        command = [sys.executable, __file__, "--run", str(args.run), "--one", str(n)]
        command += ["--no-embedder"] if args.no_embedder else []
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(rows[-1], flush=True)
    print("\nTime and memory of discover_themes on SYNTHETIC findings (real findings repeated with noise):")
    print(pd.DataFrame(rows).to_string(index=False))
    if args.seeds:
        print(f"\nStability on the real findings of {args.run}:")
        print(pd.Series(stability(args.run, args.seeds)).to_string())


if __name__ == "__main__":
    main()
