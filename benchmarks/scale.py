"""Speed, memory and incrementality at scale, measured in one run.

    python benchmarks/scale.py [--findings 10000] [--backend onnx|onnx-int8|onnx-int8-static|torch]
        [--workdir /tmp/council-scale] [--shared ../shared] [--encode-sample N] [--quick]

Builds a corpus from ../shared/ofsted_reports and ../shared/authority_reports (PDF); when more findings are asked
for than those reports hold, adds text copies of them in which every sentence is changed, so the caches cannot
help. Then, in this process:
  1. a cold run of the whole pipeline as `run` does it (every stage and the report, same executor, fresh caches)
     and its time per stage,
  2. pure encoding of the same findings with the same model (no cache) - the floor - and, for another backend
     than onnx, with the fp32 onnx model too: the issue-20 figure is the end-to-end rate against that fp32 rate,
  3. a warm rerun of the unchanged corpus,
  4. a rerun after adding one document (not with --quick),
  5. pure encoding again (the machine's speed drifts; the ratio is taken against the mean of 2 and 5),
and prints the ratios, findings per second per stage, the load average and the peak resident memory; then
  6. the agreement (cosine) and speed of the ONNX and torch backends on a sample of the same findings.
--encode-sample N times pure encoding on N evenly spaced findings instead of all (a 100,000-finding run: the rate,
not the total, is compared). The exported ONNX graphs are kept per machine (~/.cache/council-findings/onnx), like an
installed model, so they are made before the cold run and not counted in it.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's pipeline, not an installed one

import pipeline  # noqa: F401 - first: it sets how the numeric libraries' threads wait (pipeline.threads)
import numpy as np

from pipeline.cli import _context
from pipeline.config import RunConfig
from pipeline.embed import SentenceTransformerEmbedder
from pipeline.readers import read_text
from pipeline.runfolder import load_findings, read_record, staged_folder
from pipeline.schema import BACKENDS
from pipeline.stages import report, run_stages

FINDINGS_PER_REPORT = 210  # measured on the shared reports; only decides how many files to use


def build_corpus(shared: Path, folder: Path, findings: int) -> int:
    """Copy the reports, and changed text copies of them until about `findings` findings; returns files written."""
    folder.mkdir(parents=True, exist_ok=True)
    reports = sorted(shared.glob("ofsted_reports/*.pdf")) + sorted(shared.glob("authority_reports/*.pdf"))
    wanted = max(1, findings // FINDINGS_PER_REPORT)
    for pdf in reports[:wanted]:
        shutil.copy(pdf, folder / pdf.name)
    copies = 0
    if wanted > len(reports):
        texts = {pdf.stem: read_text(pdf) for pdf in reports}
        while len(reports) + copies < wanted:
            round_number = copies // len(reports) + 1
            stem = list(texts)[copies % len(reports)]
            changed = re.sub(r"\.(\s)", f" (copy {round_number}).\\1", texts[stem])
            (folder / f"{stem}_copy{round_number}.txt").write_text(changed, encoding="utf-8")
            copies += 1
    return min(wanted, len(reports)) + copies


def pipeline_run(corpus: Path, out: Path, config: RunConfig) -> tuple[float, dict]:
    """What `python -m pipeline run` does (pipeline.cli._run_into) but quiet: every stage and the report into a
    staged folder, with the executor the configuration asks for; (seconds, run.json)."""
    began = time.perf_counter()
    with staged_folder(out, inputs=(corpus,)) as work, _context(work, config) as ctx:
        ctx.say = lambda message: None
        run_stages(ctx, corpus)
        report.run(ctx, previous=out)
    return time.perf_counter() - began, read_record(out)


def agreement(texts: list[str], sample: int, config: RunConfig) -> None:
    """Cosine between the ONNX and torch vectors of an evenly spaced sample of the findings, and their speeds."""
    chosen = [texts[i] for i in np.linspace(0, len(texts) - 1, min(sample, len(texts))).astype(int)]
    vectors, speeds = {}, {}
    for backend in ("torch", "onnx"):
        embedder = SentenceTransformerEmbedder(config.model, batch_size=config.batch_size, backend=backend)
        embedder.embed(chosen[:16])
        began = time.perf_counter()
        vectors[backend] = embedder.embed(chosen)
        speeds[backend] = len(chosen) / (time.perf_counter() - began)
    cosine = (vectors["torch"] * vectors["onnx"]).sum(axis=1)
    print(f"\nonnx vs torch on {len(chosen)} findings: cosine min {cosine.min():.6f}, mean {cosine.mean():.6f} "
          f"(needed >= 0.99); torch {speeds['torch']:.0f}/s, onnx {speeds['onnx']:.0f}/s "
          f"(x{speeds['onnx'] / speeds['torch']:.2f})")


def pure_encoding(embedder: SentenceTransformerEmbedder, texts: list[str]) -> float:
    """Seconds to encode `texts` with the model alone (no cache, no other stage)."""
    began = time.perf_counter()
    embedder.embed(texts)
    return time.perf_counter() - began


def load() -> str:
    return "load average " + ", ".join(f"{v:.1f}" for v in os.getloadavg())


def peak_memory_gb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory of this process (or, with RUSAGE_CHILDREN, of its largest worker process), in GB."""
    return resource.getrusage(who).ru_maxrss / 1024 / 1024  # Linux reports KB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--findings", type=int, default=10_000)
    parser.add_argument("--backend", choices=BACKENDS, default="onnx")
    parser.add_argument("--agreement-sample", type=int, default=2000)
    parser.add_argument("--encode-sample", type=int, default=0, help="time pure encoding on this many findings")
    parser.add_argument("--quick", action="store_true", help="no added-document rerun, no second pure encoding, "
                                                               "no torch agreement")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/council-scale"))
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    if args.workdir.exists():
        shutil.rmtree(args.workdir)
    corpus = args.workdir / "corpus"
    files = build_corpus(args.shared, corpus, args.findings)
    config = RunConfig(cache_dir=str(args.workdir / "cache"), backend=args.backend)
    print(f"corpus: {files} files in {corpus}; backend {args.backend}; {os.cpu_count()} cores; {load()}")
    embedder = SentenceTransformerEmbedder(config.model, batch_size=config.batch_size, backend=config.backend)
    embedder.embed(["Load the model and make the ONNX graph outside the timings."])
    fp32 = embedder
    if config.backend != "onnx":
        fp32 = SentenceTransformerEmbedder(config.model, batch_size=config.batch_size, backend="onnx")
        fp32.embed(["Load the fp32 model outside the timings."])

    cold, record = pipeline_run(corpus, args.workdir / "run", config)
    n = record["counts"]["findings"]
    timings = record["timings"]
    print(f"\ncold run: {n} findings in {cold:.1f} s ({n / cold:.0f} findings/s end to end); peak memory so far "
          f"{peak_memory_gb():.2f} GB; {load()}")
    for stage, seconds in timings.items():
        print(f"  {stage:8s} {seconds:8.1f} s   {n / max(seconds, 1e-9):10.0f} findings/s")
    print(f"  other    {cold - sum(timings.values()):8.1f} s   (outside the stages: staging, executor start)")

    texts = load_findings(args.workdir / "run")["text"].tolist()
    sample = texts
    if args.encode_sample and args.encode_sample < len(texts):
        sample = [texts[i] for i in np.linspace(0, len(texts) - 1, args.encode_sample).astype(int)]
    encodes = [pure_encoding(embedder, sample) * len(texts) / len(sample)]
    fp32_encode = encodes[0] if fp32 is embedder else pure_encoding(fp32, sample) * len(texts) / len(sample)
    what = "the same" if sample is texts else f"{len(sample)} evenly spaced of the"
    print(f"\npure encoding of {what} {len(texts)} findings: {embedder.model_id} {len(texts) / encodes[0]:.0f} "
          f"findings/s; fp32 onnx {len(texts) / fp32_encode:.0f} findings/s; {load()}")
    print(f"whole cold pipeline {n / cold:.0f} findings/s = x{fp32_encode / cold:.2f} the fp32 pure-encoding rate "
          f"(issue 20 aim >= 1.6); {embedder.model_id} pure encoding x{fp32_encode / encodes[0]:.2f} fp32")

    warm, record = pipeline_run(corpus, args.workdir / "run", config)
    print(f"\nwarm rerun of the unchanged corpus: {warm:.1f} s = {warm / cold:.1%} of the cold run (target < 10%)")
    print("  " + ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in record["timings"].items()))

    if not args.quick:
        extra = next(iter(sorted(args.shared.glob("authority_reports/*.pdf"))))
        text = re.sub(r"\.(\s)", " (added).\\1", read_text(extra))
        (corpus / "added_document.txt").write_text(text, encoding="utf-8")
        added, record = pipeline_run(corpus, args.workdir / "run", config)
        print(f"after adding one document: {added:.1f} s; embedded {record['counts']['embedded']} new findings, "
              f"{record['counts']['from_cache']} from cache")
        # The machine's speed drifts by several per cent within minutes: the floor is timed twice, minutes apart.
        encodes.append(pure_encoding(embedder, sample) * len(texts) / len(sample))
        print(f"\npure encoding again: {encodes[1]:.1f} s; mean of the two {sum(encodes) / 2:.1f} s")
    encode = sum(encodes) / len(encodes)
    print(f"everything else on top of pure encoding ({embedder.model_id}): {cold / encode - 1:+.1%} against the "
          f"mean of {len(encodes)} timing(s) (target at most +25%)")
    if not args.quick:
        agreement(texts, args.agreement_sample, config)
    print(f"\npeak resident memory of the whole benchmark: {peak_memory_gb():.2f} GB in the main process, "
          f"{peak_memory_gb(resource.RUSAGE_CHILDREN):.2f} GB in its largest worker process (target at most 4 GB); "
          f"{load()}")


if __name__ == "__main__":
    main()
