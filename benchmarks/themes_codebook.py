"""Codebook mode against findings hand-coded against the codebook: per-code thresholds, the learned scorer,
precision and recall.

    PYTHONPATH=. python benchmarks/themes_codebook.py [--write]

Data: tests/data/codebook_coded.csv (copied from the labels16 branch, commit 2c90dd4; 0-3 codes per finding,
coded blind): its 342 findings of the bundled corpus are TUNING data (the thresholds are fitted on them), its
525 findings of the shared Ofsted reports (105 documents) are the old HELD-OUT data, scored only. Each finding's text is
turned into the clustering text (names masked, abbreviations expanded) and embedded as the themes stage does.

Per code: a threshold on cosine similarity to the code's centre with the best F1 on the tuning findings; a finding
gets up to three codes, those whose threshold it reaches, most similar first. Prints per-code precision and
recall on tuning (in-sample, and leave one document out) and held-out findings, macro means over codes with at
least one coded finding, and the same for the old rule (one code, uniform threshold 0.40).

The learned scorer (pipeline.themes.codebook.CodeScorer): a ridge regression per code on the finding's vector, its
similarities to the centres and its words (a TF-IDF row, pipeline.themes.code_words.CodeWords, weighed
--word-weight; vocabulary and idf fitted on the training texts, labels unused), the code's coded findings weighed x
SCORER_POSITIVE_WEIGHT, trained on the coded findings, the training half of the fresh sample
(tests/data/codebook_coded_fresh.csv, set = training: its random rows as the coded ones, its keyword-found rows
training only), the keyword-targeted supplements (tests/data/codebook_coded_targeted.csv, _targeted_bundled.csv,
_targeted_weak.csv: training only, never scored) and the codebook's own texts, thresholds at the best F-beta of
out-of-fold scores, and a second chance for a finding that reaches no threshold (SCORER_SECOND_CHANCE). Scored by
5-fold cross-validation grouped by document (a document's rows, random or targeted, are never both trained on and
scored), per code and as macro means with 90% intervals from a bootstrap over documents, apart for: the bundled
findings (TUNING), the shared reports' coded findings (the old held-out rows, looked at for 7 settings: no longer
untouched), the fresh training half's random rows, and all of these together (training: issue 16's words were
chosen on them); with --score-fresh also the fresh HELD-OUT half (set = heldout: never trained on, in any fold or
by --write; its keyword-found rows give per-code recall only), with --score-heldout2 the second held-out sample
(tests/data/codebook_coded_heldout2.csv: never trained on; 95% intervals), with --score-heldout3 the third
(tests/data/codebook_coded_heldout3.csv, the same 54 documents: never trained on; 95% intervals) and with --pooled
the random rows of all three held-out samples together (documents are the sampling unit of the intervals: 54).
--shipped also scores the scorer file as it is on disk (models/<codebook>_scorer.npz, trained on every training
row, the held-out documents' 5 old rows included) on the held-out sets asked for, before any --write. Each figure
twice: with words and without them (the scorer before issue 16's words, same training rows; --skip-before-words
leaves it out). --penalty, --positive-weight, --beta,
--second-chance, --word-weight try other settings (look at the training rows only while choosing).

--write saves the thresholds (models/<codebook>_thresholds.csv) and the scorer fitted on every coded finding but
the held-out ones (models/<codebook>_scorer.npz, thresholds from 5-fold out-of-fold scores) beside the
codebook, where the themes stage reads them.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.embed import EmbeddingCache, SentenceTransformerEmbedder, embed_texts
from pipeline.themes.code_words import WEIGHT as WORD_WEIGHT
from pipeline.themes.code_words import CodeWords
from pipeline.themes.codebook import (MAX_CODES, SCORER_BETA, SCORER_PENALTY, SCORER_POSITIVE_WEIGHT,
                                     SCORER_SECOND_CHANCE, SCORER_SHRINK, CodebookCoder, CodeScorer, calibrate_scores,
                                     code_findings, codebook_centres, fit_scorer_weights, load_codebook, load_scorer,
                                     scorer_file, scorer_inputs, thresholds_file)
from pipeline.themes.cluster_text import clustering_texts, read_glossary

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "corpus"
GRID = np.round(np.arange(0.20, 0.75, 0.01), 2)
DEFAULT_SETTING = {"penalty": SCORER_PENALTY, "positive_weight": SCORER_POSITIVE_WEIGHT, "beta": SCORER_BETA,
                   "second_chance": SCORER_SECOND_CHANCE, "word_weight": WORD_WEIGHT, "shrink": SCORER_SHRINK}
# The scorer shipped before issue 16's words (codebook16f), trained without the two supplements added with them.
BEFORE_WORDS = {**DEFAULT_SETTING, "beta": 0.7, "second_chance": 0.0, "word_weight": 0.0, "shrink": 0.0}
HELD_OUT = ["FRESH HELD-OUT", "HELD-OUT 2", "HELD-OUT 3"]  # scored, never trained on
NINETY_FIVE = {"HELD-OUT 2", "HELD-OUT 3", "POOLED"}  # the sets given 95% intervals (the aim's figures)
SUPPLEMENTS = {"codebook_coded_targeted": "targeted", "codebook_coded_targeted_bundled": "targeted since words",
               "codebook_coded_targeted_weak": "targeted since words"}


def chosen_codes(similarity: np.ndarray, thresholds: np.ndarray, max_codes: int = MAX_CODES) -> np.ndarray:
    rows, codes, _ = code_findings(similarity, thresholds, max_codes)
    chosen = np.zeros_like(similarity, dtype=bool)
    chosen[rows, codes] = True
    return chosen


def calibrate(similarity: np.ndarray, truth: np.ndarray, default: float = 0.40) -> np.ndarray:
    """Per code, the threshold with the best F1 of "similarity >= threshold" against the coded findings."""
    out = np.full(truth.shape[1], default)
    for c in range(truth.shape[1]):
        if not truth[:, c].any():
            continue
        f1 = [2 * (((similarity[:, c] >= t) & truth[:, c]).sum()) / max((similarity[:, c] >= t).sum()
                                                                          + truth[:, c].sum(), 1) for t in GRID]
        out[c] = GRID[int(np.argmax(f1))]
    return out


def counts(chosen: np.ndarray, truth: np.ndarray) -> np.ndarray:
    """(k, 3): hits, chosen, true per code."""
    return np.stack([(chosen & truth).sum(0), chosen.sum(0), truth.sum(0)], axis=1).astype(float)


def macro(table: np.ndarray) -> tuple[float, float]:
    has = table[:, 2] > 0
    precision = np.where(table[:, 1] > 0, table[:, 0] / np.maximum(table[:, 1], 1), 0.0)[has]
    recall = (table[:, 0] / np.maximum(table[:, 2], 1))[has]
    return float(precision.mean()), float(recall.mean())


def groups_of(docs: np.ndarray, n: int) -> list[np.ndarray]:
    """Documents dealt into n groups in a fixed order (sorted names, every n-th), as index arrays of rows."""
    names = sorted(set(docs))
    return [np.flatnonzero(np.isin(docs, names[i::n])) for i in range(n)]


def fit_scorer(inputs: np.ndarray, truth: np.ndarray, docs: np.ndarray, scored: np.ndarray, extra: np.ndarray,
               extra_truth: np.ndarray, setting: dict | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(weights, thresholds) from the rows `scored` (random sample, thresholds calibrated on their 4-fold
    out-of-fold scores, grouped by document) plus training-only rows `extra` (targeted and codebook texts).
    setting: penalty, positive_weight, beta (the module's SCORER_* when absent)."""
    setting = {**DEFAULT_SETTING, **(setting or {})}
    fit = lambda x, y: fit_scorer_weights(x, y, setting["penalty"], setting["positive_weight"])  # noqa: E731
    out_of_fold = np.zeros((len(scored), truth.shape[1]))
    for part in groups_of(docs[scored], 4):
        left_out = set(docs[scored][part])
        train = np.array([i for i in range(len(docs)) if docs[i] not in left_out])
        weights = fit(np.vstack([inputs[train], extra]), np.vstack([truth[train], extra_truth]))
        out_of_fold[part] = inputs[scored][part] @ weights
    thresholds = calibrate_scores(out_of_fold, truth[scored], setting["beta"], setting["shrink"])
    return fit(np.vstack([inputs, extra]), np.vstack([truth, extra_truth])), thresholds


def scorer_cross_validation(inputs, truth, docs, scored, trainable, calibrating, extra, extra_truth,
                            setting: dict | None = None) -> np.ndarray:
    """Codes chosen for each `scored` row by a scorer fitted without its document (documents dealt into 5
    groups): trained on the `trainable` rows of the other documents, thresholds calibrated on those of them that
    are `calibrating` (random) rows. Rows scored but not trainable (held out) never train any fold."""
    setting = {**DEFAULT_SETTING, **(setting or {})}
    chosen = np.zeros_like(truth, dtype=bool)
    for part in groups_of(docs[scored], 5):
        test = np.flatnonzero(scored)[part]
        train = np.flatnonzero(trainable & ~np.isin(docs, docs[test]))
        weights, thresholds = fit_scorer(inputs[train], truth[train], docs[train],
                                         np.flatnonzero(calibrating[train]), extra, extra_truth, setting)
        rows, codes, _ = code_findings(inputs[test] @ weights, thresholds, second_chance=setting["second_chance"])
        chosen[test[rows], codes] = True
    return chosen


def bootstrap_macro(chosen: np.ndarray, truth: np.ndarray, docs: np.ndarray, draws: int = 1000, seed: int = 0,
                    level: float = 90):
    """`level`% interval of macro precision and recall, documents resampled."""
    rng = np.random.default_rng(seed)
    names = np.array(sorted(set(docs)))
    rows_of = {name: np.flatnonzero(docs == name) for name in names}
    samples = []
    for _ in range(draws):
        rows = np.concatenate([rows_of[n] for n in rng.choice(names, len(names))])
        samples.append(macro(counts(chosen[rows], truth[rows])))
    return np.percentile(np.array(samples), [(100 - level) / 2, (100 + level) / 2], axis=0)


def shipped_scorer(codebook_path: Path, codebook, embedder, vectors: np.ndarray, texts: list[str],
                   truth: np.ndarray, docs: np.ndarray, sets: list, names: list[str]) -> None:
    """Per code and macro precision / recall of the scorer file on disk (what a --codebook run uses) on each of
    `sets` (short name, description, rows), 95% intervals over documents."""
    scorer = load_scorer(codebook_path, codebook, embedder.model_id)
    if scorer is None:
        print(f"no usable scorer at {scorer_file(codebook_path)}")
        return
    digest = hashlib.sha256(scorer_file(codebook_path).read_bytes()).hexdigest()
    coder = CodebookCoder.of(codebook, codebook_centres(codebook, embedder), np.full(len(names), 0.4), scorer)
    rows, codes = coder.code(*coder.unit_and_similarity(vectors), texts)
    chosen = np.zeros_like(truth, dtype=bool)
    chosen[rows, codes] = True
    per_code = pd.DataFrame({"code": [name[:28] for name in names]})
    for short, _, part in sets:
        t = counts(chosen[part], truth[part])
        per_code[f"{short} n"], per_code[f"{short} P"] = t[:, 2].astype(int), t[:, 0] / np.maximum(t[:, 1], 1)
        per_code[f"{short} R"] = t[:, 0] / np.maximum(t[:, 2], 1)
    print(f"SHIPPED scorer file (sha256 {digest[:12]}...), per code:")
    print(per_code.round(2).to_string(index=False))
    for short, name, part in sets:
        p, r = macro(counts(chosen[part], truth[part]))
        (p_low, r_low), (p_high, r_high) = bootstrap_macro(chosen[part], truth[part], docs[part], level=95)
        print(f"SHIPPED scorer file: macro precision {p:.2f} ({p_low:.2f}-{p_high:.2f}), recall {r:.2f} "
              f"({r_low:.2f}-{r_high:.2f}, 95%): {short} ({name}), {int(part.sum())} findings, "
              f"{len(set(docs[part]))} documents")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--codebook", type=Path, default=ROOT / "models/childrens_services_codebook.yaml")
    parser.add_argument("--model", default="all-MiniLM-L6-v2")
    parser.add_argument("--backend", default="onnx", help="the embed stage's default backend")
    parser.add_argument("--cache", type=Path, default=ROOT / "outputs/.cache")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--score-fresh", action="store_true",
                        help="also score the fresh held-out rows (only once a setting has been chosen)")
    parser.add_argument("--score-heldout2", action="store_true",
                        help="also score the second held-out sample (only once a setting has been chosen)")
    parser.add_argument("--score-heldout3", action="store_true",
                        help="also score the third held-out sample (only once a setting has been chosen)")
    parser.add_argument("--pooled", action="store_true",
                        help="also score the random rows of the three held-out samples together (95%% intervals)")
    parser.add_argument("--shipped", action="store_true",
                        help="also score the scorer file on disk on the held-out sets asked for")
    parser.add_argument("--skip-before-words", action="store_true",
                        help="leave out the scorer shipped before issue 16's words (faster)")
    for key, value in DEFAULT_SETTING.items():
        parser.add_argument(f"--{key.replace('_', '-')}", type=float, default=value, help="scorer setting (exploring)")
    args = parser.parse_args()
    coded = pd.read_csv(ROOT / "tests/data/codebook_coded.csv", comment="#", keep_default_na=False)
    codebook = load_codebook(args.codebook)
    names = [t.name for t in codebook]
    truth = np.array([[name in str(codes).split("|") for name in names] for codes in coded["codes"]])
    embedder = SentenceTransformerEmbedder(args.model, backend=args.backend)
    texts = clustering_texts(coded["text"].tolist(), read_glossary())
    vectors, _ = embed_texts(texts, embedder, EmbeddingCache(args.cache / "embeddings"))
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    similarity = unit @ codebook_centres(codebook, embedder).T
    bundled = {p.name for p in BUNDLED.iterdir()} if BUNDLED.exists() else set()
    tuning = coded["doc"].isin(bundled).to_numpy()
    print(f"{int(tuning.sum())} tuning findings ({coded.loc[tuning, 'doc'].nunique()} documents), "
          f"{int((~tuning).sum())} held-out ({coded.loc[~tuning, 'doc'].nunique()} documents)")
    thresholds = calibrate(similarity[tuning], truth[tuning])
    in_sample = counts(chosen_codes(similarity[tuning], thresholds), truth[tuning])
    docs = coded["doc"].to_numpy()
    loo = np.zeros_like(in_sample)
    for doc in np.unique(docs[tuning]):
        inside = docs == doc
        fitted = calibrate(similarity[tuning & ~inside], truth[tuning & ~inside])
        loo += counts(chosen_codes(similarity[inside], fitted), truth[inside])
    held = counts(chosen_codes(similarity[~tuning], thresholds), truth[~tuning])
    old = counts(chosen_codes(similarity[~tuning], np.full(len(names), 0.40), max_codes=1), truth[~tuning])
    rate = lambda t: (t[:, 0] / np.maximum(t[:, 1], 1), t[:, 0] / np.maximum(t[:, 2], 1))  # noqa: E731
    table = pd.DataFrame({"code": names, "threshold": thresholds, "tuning n": in_sample[:, 2].astype(int),
                          "P tuning": rate(in_sample)[0], "R tuning": rate(in_sample)[1],
                          "P leave-doc-out": rate(loo)[0], "R leave-doc-out": rate(loo)[1],
                          "held-out n": held[:, 2].astype(int), "P held-out": rate(held)[0],
                          "R held-out": rate(held)[1]})
    print(table.round(2).to_string(index=False))
    for name, t in (("tuning, in-sample", in_sample), ("tuning, leave one document out", loo),
                    ("HELD-OUT, calibrated thresholds, up to 3 codes", held),
                    ("HELD-OUT, old rule (one code, similarity >= 0.40)", old)):
        p, r = macro(t)
        print(f"macro precision {p:.2f}, recall {r:.2f}: {name}")
    # The learned scorer. Rows: the coded findings (random; scored and trained on), the fresh sample's training half
    # (random rows as the coded ones, keyword rows training only), the targeted supplement (training only), the
    # fresh sample's held-out half and the second held-out sample (scored, never trained on) and the codebook's texts
    # (training only, every fold).
    fresh = pd.read_csv(ROOT / "tests/data/codebook_coded_fresh.csv", comment="#", keep_default_na=False)
    targeted = pd.concat([pd.read_csv(ROOT / f"tests/data/{name}.csv", comment="#", keep_default_na=False).assign(
        kind=kind) for name, kind in SUPPLEMENTS.items()], ignore_index=True)
    second = pd.read_csv(ROOT / "tests/data/codebook_coded_heldout2.csv", comment="#", keep_default_na=False)
    third = pd.read_csv(ROOT / "tests/data/codebook_coded_heldout3.csv", comment="#", keep_default_na=False)
    fresh_training = fresh["set"].eq("training").to_numpy()
    rows = pd.concat([coded[["doc", "text", "codes"]], fresh[["doc", "text", "codes"]],
                      targeted[["doc", "text", "codes"]], second[["doc", "text", "codes"]],
                      third[["doc", "text", "codes"]]], ignore_index=True)
    kind = np.concatenate([np.full(len(coded), "coded"), np.where(fresh_training, "fresh training", "FRESH HELD-OUT"),
                           targeted["kind"].to_numpy(), np.full(len(second), "HELD-OUT 2"),
                           np.full(len(third), "HELD-OUT 3")])
    random = np.concatenate([np.ones(len(coded), bool), fresh["drawn"].eq("random").to_numpy(),
                             np.zeros(len(targeted), bool), np.ones(len(second), bool), np.ones(len(third), bool)])
    codebook_texts = [t for theme in codebook for t in theme.texts()]
    all_texts = clustering_texts(rows["text"].tolist(), read_glossary()) + codebook_texts
    all_truth = np.array([[name in str(c).split("|") for name in names] for c in rows["codes"]]
                         + [[theme.name == name for name in names] for theme in codebook for _ in theme.texts()])
    all_vectors, _ = embed_texts(all_texts, embedder, EmbeddingCache(args.cache / "embeddings"))
    all_unit = all_vectors / np.linalg.norm(all_vectors, axis=1, keepdims=True)
    all_similarity = all_unit @ codebook_centres(codebook, embedder).T
    n = len(rows)
    held = np.isin(kind, HELD_OUT)
    trainable = ~held  # a document's rows, random or targeted, are never both trained on and scored
    # The words' vocabulary and idf come from the training texts (labels unused); held-out texts are not read.
    setting = {key: getattr(args, key) for key in DEFAULT_SETTING}
    words = CodeWords.fit([t for t, keep in zip(all_texts, np.append(trainable, np.ones(len(codebook_texts), bool)))
                           if keep], setting["word_weight"]) if setting["word_weight"] > 0 else None
    all_docs = rows["doc"].to_numpy()
    scored = (random & ~held) | held  # random rows out of fold; held-out keyword rows for recall
    print(f"scorer setting: {setting}" + (f", {len(words)} words" if words is not None else ""))
    in_bundled = np.isin(all_docs, sorted(bundled))
    sets = [("TUNING", "bundled findings; settings chosen on them", (kind == "coded") & in_bundled),
            ("old held-out", "shared reports' coded findings; looked at for 7 settings, no longer untouched",
             (kind == "coded") & ~in_bundled),
            ("fresh train", "fresh training half, random rows, out of fold", (kind == "fresh training") & random),
            ("training", "every random training row above, out of fold", random & trainable)]
    if args.score_fresh:
        sets += [("FRESH HELD-OUT", "fresh held-out half, random rows, never trained on", (kind == "FRESH HELD-OUT")
                  & random), ("fresh kw", "fresh held-out half, keyword rows: recall only", held & ~random)]
    if args.score_heldout2:
        sets += [("HELD-OUT 2", "second held-out sample, random rows, never trained on", kind == "HELD-OUT 2")]
    if args.score_heldout3:
        sets += [("HELD-OUT 3", "third held-out sample, random rows, never trained on", kind == "HELD-OUT 3")]
    if args.pooled:
        sets += [("POOLED", "the three held-out samples' random rows together, never trained on", held & random)]
    if args.shipped:
        shipped_scorer(args.codebook, codebook, embedder, all_vectors[:n], all_texts[:n],
                       all_truth[:n], all_docs, [s for s in sets if s[0] in HELD_OUT + ["POOLED"]], names)
    # The scorer of this setting, and the scorer shipped before issue 16's words (its setting and training rows).
    scorers = {"of this setting": (words, setting, trainable)}
    if not args.skip_before_words:
        scorers["before words"] = (None, BEFORE_WORDS, trainable & (kind != "targeted since words"))
    for label, (scorer_words, scorer_setting, scorer_trainable) in scorers.items():
        word_rows = scorer_words.rows(all_texts) if scorer_words is not None else None
        all_inputs = scorer_inputs(all_unit, all_similarity, word_rows)
        inputs, truth_all, extra, extra_truth = all_inputs[:n], all_truth[:n], all_inputs[n:], all_truth[n:]
        chosen = scorer_cross_validation(inputs, truth_all, all_docs, scored, scorer_trainable,
                                         random & scorer_trainable, extra, extra_truth, scorer_setting)
        per_code = pd.DataFrame({"code": [name[:28] for name in names]})
        for short, _, part in sets:
            t = counts(chosen[part], truth_all[part])
            per_code[f"{short} n"], per_code[f"{short} P"], per_code[f"{short} R"] = t[:, 2].astype(int), *rate(t)
        per_code = per_code.drop(columns=["fresh kw P"], errors="ignore")  # keyword-found rows: no precision
        print(f"learned scorer {label}, 5-fold grouped by document, per code:")
        print(per_code.round(2).to_string(index=False))
        for short, name, part in sets:
            if short == "fresh kw":
                continue
            p, r = macro(counts(chosen[part], truth_all[part]))
            level = 95 if short in NINETY_FIVE else 90
            (p_low, r_low), (p_high, r_high) = bootstrap_macro(chosen[part], truth_all[part], all_docs[part],
                                                               level=level)
            print(f"learned scorer {label}: macro precision {p:.2f} ({p_low:.2f}-{p_high:.2f}), recall {r:.2f} "
                  f"({r_low:.2f}-{r_high:.2f}, {level}%): {short} ({name}), {int(part.sum())} findings, "
                  f"{len(set(all_docs[part]))} documents")
    if args.write:
        path = thresholds_file(args.codebook)
        table.loc[table["tuning n"] > 0, ["code", "threshold"]].assign(
            embedding_model=embedder.model_id, labelled=table.loc[table["tuning n"] > 0, "tuning n"]).to_csv(
            path, index=False)
        print(f"thresholds -> {path}")
        all_inputs = scorer_inputs(all_unit, all_similarity, words.rows(all_texts) if words is not None else None)
        inputs, truth_all, extra, extra_truth = all_inputs[:n], all_truth[:n], all_inputs[n:], all_truth[n:]
        weights, thresholds = fit_scorer(inputs[trainable], truth_all[trainable], all_docs[trainable],
                                         np.flatnonzero(random[trainable]), extra, extra_truth, setting)
        CodeScorer(tuple(names), weights, thresholds, embedder.model_id, setting["second_chance"], words).save(
            scorer_file(args.codebook))
        print(f"scorer -> {scorer_file(args.codebook)}")


if __name__ == "__main__":
    main()
