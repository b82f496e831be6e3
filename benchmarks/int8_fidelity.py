"""The int8 encoder (backend onnx-int8, pipeline/onnx_int8.py) against the fp32 one (backend onnx): speed and fidelity,
measured in one run.

    HF_HUB_OFFLINE=1 python benchmarks/int8_fidelity.py [--findings 10000] [--bundled outputs/bundled]
        [--shared ../shared] [--workdir /tmp/council-int8] [--rounds 10]

  1. speed: the same real findings (ingested and segmented from ../shared/ofsted_reports and authority_reports,
     procedural segments dropped, distinct texts, the first --findings in file order) encoded by both graphs in
     --rounds interleaved parts (fp32 first in even rounds, int8 first in odd ones), so the shared machine's drift
     hits both alike; prints both rates and their ratio (total, and the median of the per-round ratios);
  2. cosine between the int8 and fp32 vector of each of those findings (min, 1st percentile, mean);
  3. batch dependence of int8: the activation scale is per batch, so a sample of findings is encoded one at a time
     too and compared with its in-batch vector (fp32 as the control);
  4. themes (pipeline.themes.fit_themes, seed 0) of those findings on int8 and on fp32 vectors: ARI between them,
     and for scale the ARI between fp32 themes and fp32 themes of the same findings in another order;
  5. agreement with the hand-labelled themes (tests/data/labelled_themes.csv, AMI and V-measure) of themes fitted on
     the findings of a bundled run folder (--bundled, made by `make run`) with each backend's vectors;
  6. learned kind and polarity macro-F1 on the hand-labelled segments, 5-fold CV grouped by document
     (benchmarks/classify_quality.py): trained and tested on fp32 (today), trained on fp32 and tested on int8 (what
     a run with the shipped model does), trained and tested on int8.
Nothing here was tuned on these figures except the recipe's choice (see pipeline/onnx_int8.py), made on the
labelled segments' texts (which step 6 also uses).
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import numpy as np
import pandas as pd
from labelled_set import load_labelled  # also puts this checkout first on sys.path
from sklearn.metrics import adjusted_mutual_info_score, adjusted_rand_score, f1_score, v_measure_score

ROOT = Path(__file__).resolve().parents[1]
BACKENDS = ("onnx", "onnx-int8")


def real_findings(shared: Path, workdir: Path, n: int) -> pd.DataFrame:
    """Up to n distinct non-procedural findings of the shared Ofsted reports, in file order (finding_id, text,
    authority, file, ...)."""
    from pipeline.classify import classify_segments
    from pipeline.ingest import ingest
    from pipeline.segment import segment

    corpus = workdir / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for pdf in sorted(shared.glob("ofsted_reports/*.pdf")) + sorted(shared.glob("authority_reports/*.pdf")):
        if not (corpus / pdf.name).exists():
            os.symlink(pdf.resolve(), corpus / pdf.name)
    segments = segment(ingest(corpus, text_cache=workdir / "text").documents)
    kinds = classify_segments(segments[["text", "section", "doc_type", "context"]])["kind"]
    segments = segments[(kinds != "procedural").to_numpy()].drop_duplicates("text")
    return segments.head(n).reset_index(drop=True)


CALIBRATION_TEXTS = 512


def calibrate(bundled: Path) -> None:
    """Write pipeline/data/int8_ranges.json: the activation range of every dense layer of the fp32 graph over
    CALIBRATION_TEXTS distinct findings of a bundled run folder (evenly spaced in file order), each encoded alone.
    Calibration data (the bundled corpus) and the reported fidelity data (../shared/ofsted_reports) do not overlap."""
    import json

    from pipeline.embed import SentenceTransformerEmbedder
    from pipeline.onnx_int8 import RANGES_FILE, STATIC_QUANTIZATION, activation_ranges

    texts = pd.read_parquet(bundled / "findings.parquet")["text"].drop_duplicates().tolist()
    texts = [texts[i] for i in np.linspace(0, len(texts) - 1, min(CALIBRATION_TEXTS, len(texts))).astype(int)]
    fp32 = SentenceTransformerEmbedder(backend="onnx")._onnx_model()
    ranges = activation_ranges(fp32.graph, fp32.tokenizer, texts)
    RANGES_FILE.write_text(json.dumps({
        "about": f"activation ranges (lowest, highest) of the dense layers of all-MiniLM-L6-v2's ONNX export over "
                 f"{len(texts)} findings of the bundled corpus; made by benchmarks/int8_fidelity.py --calibrate; "
                 f"recipe {STATIC_QUANTIZATION}",
        "ranges": {node: [round(low, 5), round(high, 5)] for node, (low, high) in ranges.items()}}, indent=1) + "\n")
    print(f"wrote {RANGES_FILE}: {len(ranges)} layers from {len(texts)} findings of {bundled}")


def embedders():
    from pipeline.embed import SentenceTransformerEmbedder

    made = {backend: SentenceTransformerEmbedder(backend=backend) for backend in BACKENDS}
    for embedder in made.values():
        embedder.embed(["Load the model (and make the int8 graph) outside the timings."])
    return made


def speed_and_vectors(texts: list[str], made: dict, rounds: int) -> dict[str, np.ndarray]:
    parts = [texts[i::rounds] for i in range(rounds)]
    seconds = {backend: [] for backend in BACKENDS}
    vectors = {backend: [] for backend in BACKENDS}
    for r, part in enumerate(parts):
        for backend in (BACKENDS if r % 2 == 0 else BACKENDS[::-1]):
            began = time.perf_counter()
            vectors[backend].append(made[backend].embed(part))
            seconds[backend].append(time.perf_counter() - began)
    order = np.concatenate([np.arange(len(texts))[i::rounds] for i in range(rounds)])
    out = {}
    for backend in BACKENDS:
        out[backend] = np.empty((len(texts), vectors[backend][0].shape[1]), dtype=np.float32)
        out[backend][order] = np.vstack(vectors[backend])
    fp32, int8 = (np.array(seconds[b]) for b in BACKENDS)
    print(f"\n== speed on {len(texts)} findings, {rounds} interleaved rounds (shared machine: ratios, not rates, "
          f"are the figure)")
    print(f"fp32 {len(texts) / fp32.sum():.0f} findings/s, int8 {len(texts) / int8.sum():.0f} findings/s: "
          f"x{fp32.sum() / int8.sum():.2f} in total, median per-round ratio x{np.median(fp32 / int8):.2f} "
          f"(range {np.min(fp32 / int8):.2f}-{np.max(fp32 / int8):.2f}; aim >= 1.8)")
    return out


def cosine_report(vectors: dict[str, np.ndarray]) -> None:
    cosine = (vectors["onnx"] * vectors["onnx-int8"]).sum(axis=1)
    print(f"\n== cosine int8 vs fp32 over {len(cosine)} findings: min {cosine.min():.4f}, 1st percentile "
          f"{np.percentile(cosine, 1):.4f}, median {np.median(cosine):.4f}, mean {cosine.mean():.4f} (aim mean >= 0.99)")


def batch_dependence(texts: list[str], made: dict, sample: int = 200) -> None:
    chosen = [texts[i] for i in np.linspace(0, len(texts) - 1, min(sample, len(texts))).astype(int)]
    line = []
    for backend in BACKENDS:
        batched = made[backend].embed(chosen)
        alone = np.vstack([made[backend].embed([text]) for text in chosen])
        cosine = (batched * alone).sum(axis=1)
        line.append(f"{backend}: min {cosine.min():.5f}, mean {cosine.mean():.5f}")
    print(f"\n== same text alone vs in a batch of {len(chosen)} (sorted by length, batches of 64): " + "; ".join(line))


def themes_agreement(findings: pd.DataFrame, vectors: dict[str, np.ndarray]) -> None:
    from pipeline.themes import fit_themes

    themes = {b: fit_themes(findings, vectors[b], seed=0).assignment["theme_id"].to_numpy() for b in BACKENDS}
    order = np.random.default_rng(0).permutation(len(findings))
    moved = fit_themes(findings.iloc[order].reset_index(drop=True), vectors["onnx"][order], seed=0)
    back = np.empty(len(findings), dtype=np.int64)
    back[order] = moved.assignment["theme_id"].to_numpy()
    # Control: fp32 vectors moved in a random direction by as much as int8 moves each of them. If these themes agree
    # with fp32 no better than int8's, the themes' sensitivity, not int8's particular error, is what ARI measures.
    fp32 = vectors["onnx"]
    size = np.linalg.norm(vectors["onnx-int8"] - fp32, axis=1, keepdims=True)
    noise = np.random.default_rng(0).standard_normal(fp32.shape)
    noisy = fp32 + noise / np.linalg.norm(noise, axis=1, keepdims=True) * size
    noisy = (noisy / np.linalg.norm(noisy, axis=1, keepdims=True)).astype(np.float32)
    control = fit_themes(findings, noisy, seed=0).assignment["theme_id"].to_numpy()
    print(f"\n== themes of {len(findings)} findings: {len(set(themes['onnx']))} on fp32, "
          f"{len(set(themes['onnx-int8']))} on int8; ARI int8 vs fp32 "
          f"{adjusted_rand_score(themes['onnx'], themes['onnx-int8']):.3f} (aim >= 0.90); for scale, fp32 vs fp32 "
          f"with the findings in another order {adjusted_rand_score(themes['onnx'], back):.3f}, fp32 vs fp32 moved "
          f"at random by int8's error per finding (cosine mean {(noisy * fp32).sum(axis=1).mean():.4f}) "
          f"{adjusted_rand_score(themes['onnx'], control):.3f}")


def labelled_themes(bundled: Path, made: dict) -> None:
    from themes_vs_bertopic import reference

    from pipeline.themes import fit_themes

    findings = pd.read_parquet(bundled / "findings.parquet")
    rows, truth = reference(findings)
    texts = findings["text"].tolist()
    print(f"\n== hand-labelled themes: {len(rows)} labelled of {len(findings)} findings of {bundled}")
    scores = {}
    for backend in BACKENDS:
        labels = fit_themes(findings, made[backend].embed(texts), seed=0).assignment["theme_id"].to_numpy()
        scores[backend] = adjusted_mutual_info_score(truth, labels[rows])
        print(f"{backend:10s} themes {len(set(labels)):3d}  AMI {scores[backend]:.4f}  "
              f"V-measure {v_measure_score(truth, labels[rows]):.4f}")
    print(f"AMI int8 - fp32: {scores['onnx-int8'] - scores['onnx']:+.4f} (aim within 0.01)")


def classifier_agreement(corpus: Path, made: dict) -> None:
    from classify_quality import learned_predictions, rules_predictions
    from sklearn.model_selection import GroupKFold

    from pipeline.classify_model import LABELS, cue_matrix, fit_classifier

    labelled = load_labelled(corpus)
    rules = rules_predictions(labelled)
    cues = cue_matrix(labelled)
    lead_in_texts = [" ".join(str(v).split()) for v in labelled["context"].fillna("")]
    has_lead_in = np.array([bool(v) for v in lead_in_texts])[:, None]
    vectors, lead_ins = {}, {}
    for backend in BACKENDS:
        vectors[backend] = made[backend].embed(labelled["text"].tolist())
        lead_ins[backend] = np.where(has_lead_in, made[backend].embed([v or "-" for v in lead_in_texts]), 0)
    folds = list(GroupKFold(n_splits=5).split(cues, groups=labelled["doc"]))
    rows = {}
    for train_on, test_on in (("onnx", "onnx"), ("onnx", "onnx-int8"), ("onnx-int8", "onnx-int8")):
        out = rules.copy()
        for train, test in folds:
            model = fit_classifier(vectors[train_on][train], lead_ins[train_on][train], cues[train],
                                   labelled.iloc[train])
            part = learned_predictions(labelled.iloc[test], rules.iloc[test], vectors[test_on][test],
                                       lead_ins[test_on][test], cues[test], model)
            for label in LABELS:
                out.iloc[test, out.columns.get_loc(label)] = part[label].to_numpy()
        rows[f"trained on {train_on}, tested on {test_on}"] = {
            label: f1_score(labelled[label], out[label].astype(str), average="macro", zero_division=0)
            for label in LABELS}
    table = pd.DataFrame(rows).T
    print(f"\n== learned kind and polarity, held-out macro-F1 (5-fold CV grouped by document, {len(labelled)} "
          f"segments; aim within 0.01 of fp32)\n{table.round(4).to_string()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--findings", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--bundled", type=Path, default=ROOT / "outputs/bundled")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/council-int8"))
    parser.add_argument("--skip", nargs="*", default=[], choices=["themes", "labelled", "classify", "batch"])
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    findings = real_findings(args.shared, args.workdir, args.findings)
    if findings.empty:
        raise SystemExit(f"no findings: no PDF in {args.shared}/ofsted_reports or authority_reports (--shared)")
    print(f"{len(findings)} findings of {findings['file'].nunique()} reports")
    made = embedders()
    vectors = speed_and_vectors(findings["text"].tolist(), made, args.rounds)
    cosine_report(vectors)
    np.savez(args.workdir / "vectors.npz", **{b.replace("-", "_"): v for b, v in vectors.items()})
    if "batch" not in args.skip:
        batch_dependence(findings["text"].tolist(), made)
    if "themes" not in args.skip:
        themes_agreement(findings, vectors)
    if "labelled" not in args.skip:
        labelled_themes(args.bundled, made)
    if "classify" not in args.skip:
        classifier_agreement(args.corpus, made)


if __name__ == "__main__":
    main()
