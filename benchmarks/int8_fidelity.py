"""The int8 encoders (backends onnx-int8 and onnx-int8-static, pipeline/onnx_int8.py) against the fp32 one (backend
onnx): speed and fidelity, measured in one run.

    HF_HUB_OFFLINE=1 python benchmarks/int8_fidelity.py [--findings 10000] [--bundled outputs/bundled]
        [--shared ../shared] [--workdir /tmp/council-int8] [--rounds 10] [--skip ...]
    python benchmarks/int8_fidelity.py --calibrate [--bundled outputs/bundled]   # writes pipeline/data/int8_ranges.json

  1. speed: the same real findings (ingested and segmented from ../shared/ofsted_reports, procedural segments
     dropped, distinct texts, the first --findings in file order) encoded by every backend in --rounds interleaved
     parts (the order of the backends alternates), so the shared machine's drift hits all alike; prints the rates
     and each int8 backend's ratio to fp32 (total, and the median of the per-round ratios);
  2. cosine between each int8 vector and the fp32 vector of the same finding (min, 1st percentile, mean);
  3. batch dependence: a sample of findings encoded one at a time too and compared with its in-batch vector;
  4. themes: the themes stage's inputs (pipeline.themes.cluster_text.theme_inputs) and a ThemeModel fit on them,
     for the --findings set and for the whole bundled run: ARI of each int8 backend's themes against fp32's, beside
     the noise floor - fp32 vectors moved in a random direction to cosine 0.99999, 0.9999 and 0.999, and the same
     with the number of themes held at fp32's (is the themes stage itself stable to tiny changes?);
  5. agreement with the hand-labelled themes (tests/data/labelled_themes.csv, AMI and V-measure) of themes fitted on
     the findings of a bundled run folder (--bundled, made by `make run`) with each backend's vectors;
  6. learned kind and polarity macro-F1 on the hand-labelled segments, 5-fold CV grouped by document
     (benchmarks/classify_quality.py): trained and tested on fp32 (today), trained on fp32 and tested on int8 (what
     a run with the shipped model does), trained and tested on int8.
Tuning and reported data: the static recipe's activation ranges come from 512 findings of the bundled corpus
(--calibrate); which layers stay fp32 was chosen on 400 of the first 2,000 shared Ofsted findings (which step 1-4
also use); the dynamic recipe was chosen on the labelled segments' texts (which steps 5-6 also use).
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

from pipeline import schema

ROOT = Path(__file__).resolve().parents[1]
BACKENDS = ("onnx", "onnx-int8", "onnx-int8-static")
INT8 = BACKENDS[1:]
NOISE = (0.99999, 0.9999, 0.999)


def real_findings(shared: Path, workdir: Path, n: int) -> pd.DataFrame:
    """Up to n distinct non-procedural findings of the shared Ofsted reports, in file order (finding_id, text,
    authority, file, ...)."""
    from pipeline.ingest import ingest
    from pipeline.segment import segment

    corpus = workdir / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for pdf in sorted(shared.glob("ofsted_reports/*.pdf")):
        if not (corpus / pdf.name).exists():
            os.symlink(pdf.resolve(), corpus / pdf.name)
    segments = segment(ingest(corpus, text_cache=workdir / "text", follow_links=True).documents).segments
    segments = segments[segments["kind"] != "procedural"].drop_duplicates("text")
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
    fp32 = np.array(seconds["onnx"])
    print(f"\n== speed on {len(texts)} findings, {rounds} interleaved rounds (shared machine, load average "
          f"{os.getloadavg()[0]:.1f}: ratios, not rates, are the figure); fp32 {len(texts) / fp32.sum():.0f} findings/s")
    for backend in INT8:
        int8 = np.array(seconds[backend])
        print(f"{backend:17s} {len(texts) / int8.sum():.0f} findings/s: x{fp32.sum() / int8.sum():.2f} fp32 in total, "
              f"median per-round ratio x{np.median(fp32 / int8):.2f} (range {np.min(fp32 / int8):.2f}-"
              f"{np.max(fp32 / int8):.2f}; aim >= 1.8)")
    return out


def cosine_report(vectors: dict[str, np.ndarray]) -> None:
    print(f"\n== cosine to fp32 over {len(vectors['onnx'])} findings (aim mean >= 0.99)")
    for backend in INT8:
        cosine = (vectors["onnx"] * vectors[backend]).sum(axis=1)
        print(f"{backend:17s} min {cosine.min():.4f}, 1st percentile {np.percentile(cosine, 1):.4f}, median "
              f"{np.median(cosine):.4f}, mean {cosine.mean():.4f}")


def batch_dependence(texts: list[str], made: dict, sample: int = 200) -> None:
    chosen = [texts[i] for i in np.linspace(0, len(texts) - 1, min(sample, len(texts))).astype(int)]
    print(f"\n== same text alone vs in a batch of {len(chosen)} (sorted by length, batches of 64)")
    for backend in BACKENDS:
        batched = made[backend].embed(chosen)
        alone = np.vstack([made[backend].embed([text]) for text in chosen])
        cosine = (batched * alone).sum(axis=1)
        print(f"{backend:17s} cosine min {cosine.min():.6f}, mean {cosine.mean():.6f}; largest difference "
              f"{np.abs(batched - alone).max():.2e}")


def theme_vectors(findings: pd.DataFrame, vectors: np.ndarray, embedder, workdir: Path):
    """What the themes stage fits on: (vectors of the clustering texts, the findings with repeats marked), from
    `vectors` of the exact texts (this benchmark embeds findings.text with each backend)."""
    from pipeline.themes.cluster_text import clustering_vectors, theme_inputs

    _, coded = theme_inputs(findings, vectors)
    return clustering_vectors(coded, vectors, embedder, workdir / "cache"), coded


def fit_labels(findings: pd.DataFrame, vectors: np.ndarray, n_themes="auto") -> np.ndarray:
    from pipeline.themes import ThemeModel

    return ThemeModel(n_themes=n_themes).fit(findings, vectors).result_.assignment["theme_id"].to_numpy()


def moved(vectors: np.ndarray, cosine: float, seed: int) -> np.ndarray:
    """Unit rows turned by exactly `cosine` towards random directions perpendicular to each."""
    noise = np.random.default_rng(seed).standard_normal(vectors.shape).astype(np.float32)
    noise -= (noise * vectors).sum(axis=1, keepdims=True) * vectors
    noise /= np.linalg.norm(noise, axis=1, keepdims=True)
    return (cosine * vectors + np.sqrt(1 - cosine ** 2) * noise).astype(np.float32)


def themes_agreement(name: str, findings: pd.DataFrame, vectors: dict[str, np.ndarray], made: dict,
                     workdir: Path, seeds: int = 2) -> None:
    """ARI of int8 themes against fp32 themes, beside fp32 against fp32 moved by tiny random noise."""
    inputs = {}
    for backend in BACKENDS:
        inputs[backend], coded = theme_vectors(findings, vectors[backend], made[backend], workdir)
    fp32 = inputs["onnx"] / np.linalg.norm(inputs["onnx"], axis=1, keepdims=True)
    reference = fit_labels(coded, fp32)
    k = len(set(reference))
    print(f"\n== themes of {name} ({len(findings)} findings): {k} themes on fp32 vectors")
    for cosine in NOISE:
        for seed in range(seeds):
            noisy = moved(fp32, cosine, seed)
            free, held = fit_labels(coded, noisy), fit_labels(coded, noisy, k)
            print(f"fp32 moved to cosine {cosine} (seed {seed}): {len(set(free))} themes, ARI "
                  f"{adjusted_rand_score(reference, free):.3f}; at fp32's {k} themes ARI "
                  f"{adjusted_rand_score(reference, held):.3f}")
    for backend in INT8:
        cosine = (inputs[backend] * inputs["onnx"]).sum(axis=1)
        free, held = fit_labels(coded, inputs[backend]), fit_labels(coded, inputs[backend], k)
        print(f"{backend:17s} (cosine mean {cosine.mean():.4f}): {len(set(free))} themes, ARI "
              f"{adjusted_rand_score(reference, free):.3f} (aim >= 0.90); at fp32's {k} themes ARI "
              f"{adjusted_rand_score(reference, held):.3f}")


def bundled_vectors(bundled: Path, made: dict) -> tuple[pd.DataFrame, dict[str, np.ndarray]]:
    findings = pd.read_parquet(bundled / "findings.parquet")
    texts = findings["text"].tolist()
    return findings, {backend: made[backend].embed(texts) for backend in BACKENDS}


def labelled_themes(bundled: Path, findings: pd.DataFrame, vectors: dict[str, np.ndarray], made: dict,
                    workdir: Path) -> None:
    from themes_vs_bertopic import reference

    rows, truth = reference(findings)
    print(f"\n== hand-labelled themes: {len(rows)} labelled of {len(findings)} findings of {bundled}")
    scores = {}
    for backend in BACKENDS:
        inputs, coded = theme_vectors(findings, vectors[backend], made[backend], workdir)
        labels = fit_labels(coded, inputs)
        scores[backend] = adjusted_mutual_info_score(truth, labels[rows])
        print(f"{backend:17s} themes {len(set(labels)):3d}  AMI {scores[backend]:.4f}  "
              f"V-measure {v_measure_score(truth, labels[rows]):.4f}")
    for backend in INT8:
        print(f"AMI {backend} - fp32: {scores[backend] - scores['onnx']:+.4f} (aim within 0.01)")


def classifier_agreement(corpus: Path, made: dict) -> None:
    from classify_quality import learned_predictions, rules_predictions
    from sklearn.model_selection import GroupKFold

    from pipeline.classify_model import TARGETS, cue_matrix, fit_classifier

    labelled = load_labelled(corpus)
    rules = rules_predictions(labelled)
    cues = cue_matrix(labelled)
    lead_in_texts = [" ".join(str(v).split()) for v in labelled[schema.LEAD_IN].fillna("")]
    has_lead_in = np.array([bool(v) for v in lead_in_texts])[:, None]
    vectors, lead_ins = {}, {}
    for backend in BACKENDS:
        vectors[backend] = made[backend].embed(labelled["text"].tolist())
        lead_ins[backend] = np.where(has_lead_in, made[backend].embed([v or "-" for v in lead_in_texts]), 0)
    folds = list(GroupKFold(n_splits=5).split(cues, groups=labelled["doc"]))
    rows = {}
    pairs = [("onnx", "onnx")] + [pair for backend in INT8 for pair in (("onnx", backend), (backend, backend))]
    for train_on, test_on in pairs:
        out = rules.copy()
        for train, test in folds:
            model = fit_classifier(vectors[train_on][train], lead_ins[train_on][train], cues[train],
                                   labelled.iloc[train])
            part = learned_predictions(labelled.iloc[test], rules.iloc[test], vectors[test_on][test],
                                       lead_ins[test_on][test], cues[test], model)
            for label in TARGETS:
                out.iloc[test, out.columns.get_loc(label)] = part[label].to_numpy()
        rows[f"trained on {train_on}, tested on {test_on}"] = {
            label: f1_score(labelled[label], out[label].astype(str), average="macro", zero_division=0)
            for label in TARGETS}
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
    parser.add_argument("--calibrate", action="store_true", help="write pipeline/data/int8_ranges.json and stop")
    parser.add_argument("--skip", nargs="*", default=[],
                        choices=["themes", "bundled-themes", "labelled", "classify", "batch"])
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.calibrate:
        calibrate(args.bundled)
        return
    findings = real_findings(args.shared, args.workdir, args.findings)
    if findings.empty:
        raise SystemExit(f"no findings: no PDF in {args.shared}/ofsted_reports (--shared)")
    print(f"{len(findings)} findings of {findings['file'].nunique()} reports")
    made = embedders()
    vectors = speed_and_vectors(findings["text"].tolist(), made, args.rounds)
    cosine_report(vectors)
    np.savez(args.workdir / "vectors.npz", **{b.replace("-", "_"): v for b, v in vectors.items()})
    if "batch" not in args.skip:
        batch_dependence(findings["text"].tolist(), made)
    if "themes" not in args.skip:
        themes_agreement(f"the first {len(findings)} shared findings", findings, vectors, made, args.workdir)
    if not {"bundled-themes", "labelled"} <= set(args.skip):
        bundled, bundled_vecs = bundled_vectors(args.bundled, made)
        if "bundled-themes" not in args.skip:
            themes_agreement(f"the bundled run {args.bundled}", bundled, bundled_vecs, made, args.workdir)
        if "labelled" not in args.skip:
            labelled_themes(args.bundled, bundled, bundled_vecs, made, args.workdir)
    if "classify" not in args.skip:
        classifier_agreement(args.corpus, made)


if __name__ == "__main__":
    main()
