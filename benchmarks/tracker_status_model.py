"""A calibrated next-inspection status (issue #18, status27): features of every labelled recommendation, a small
model fitted on the labels, scored leave-one-set-out and leave-one-authority-out beside the status rule.

    python benchmarks/tracker_status_model.py BUNDLED_RUN PAIRS_RUN [--features CSV]

BUNDLED_RUN: a run of the bundled corpus; PAIRS_RUN: a run of the 40 reports of the five status sets (e.g. copies of
/work/wt/lead36/bundled_b500 and /work/wt/lead34/runpairs40: the tracker writes an embedding cache beside them). The
tracker runs once with TrackerParams() (the status rule), and the features of each recommendation
(pipeline.tracker.status_features) are taken where the rule decides; --features keeps them (and reads them when the
file exists). Prints, for the status rule and for each model of MODELS (a kind on a set of features):
- in-sample agreement per set, the five sets, all 299 and the second reading;
- LEAVE-ONE-SET-OUT: each of the five sets predicted by the model fitted on the other four and the bundled 57 (its
  regularisation chosen inside those, leaving one of their sets out at a time);
- LEAVE-ONE-AUTHORITY-OUT on all 299 (each authority's labels predicted by the model fitted on the others);
- 95% intervals resampling authorities (the documents' sampling unit), of each agreement and of the paired
  difference to the rule on the same labels; the confusion of the cross-validated predictions.
Kinds: "logistic" (multinomial logistic regression on standardised features, C from C_GRID), "tree" (a decision
tree of depth 1-3, leaves of 10 or more), "per rule" (one logistic model for each status the rule gives, fitted on
the labels it gave it), "corrector" (the rule, except that an "improved" a logistic model calls "mixed" with
probability 0.5 or more becomes "mixed"). Status27 measured them: none beats the rule (docs/measurements.md).
The "+ parted" models (track67) add tracker_status_features.PARTED: what the rule computes since status27 (the
parts' shares, the lines it weighs) and the lines below next_threshold (floors 0.35-0.55); also not kept. Each
leave-one-set-out prints its macro-F1 and the label x status matrix beside the rule's.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.tree import DecisionTreeClassifier

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import tracker_quality as tq  # noqa: E402
from pipeline.tracker import TrackerParams  # noqa: E402
from pipeline.tracker import table as tracker_table  # noqa: E402
from tracker_status_features import FEATURES, PARTED, STATUSES, parted_features, status_features  # noqa: E402

LABEL_FILES = (tq.LABELS, tq.FRESH, tq.MORE, tq.THIRD, tq.FOURTH, tq.FIFTH)
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)
SETS = tuple(name for name, _ in tq.STATUS_SETS)
RULE = tuple(f for f in FEATURES if f.startswith("rule_"))
LINES = tuple(f for f in FEATURES if not f.startswith("rule_"))
SHARES = tuple(f"share_{level}" for level in (0.4, 0.5, 0.6)) + tuple(f"any_{level}" for level in (0.4, 0.5, 0.6))
COMPACT = ("top", "gap", "share_0.5", "any_0.5", "item_top", "item_own", "graded_good", "graded_weak",
           "top_strength", "top_concern")
MODELS = (("logistic", "logistic", FEATURES), ("tree", "tree", FEATURES),
          ("logistic + shares", "logistic", FEATURES + SHARES), ("logistic, no rule", "logistic", LINES),
          ("logistic, no rule + shares", "logistic", LINES + SHARES), ("logistic, compact", "logistic", RULE + COMPACT),
          ("logistic, compact, no rule", "logistic", COMPACT), ("per rule", "per rule", LINES),
          ("corrector", "corrector", LINES),
          ("logistic + parted", "logistic", FEATURES + PARTED), ("logistic parted + rule", "logistic", RULE + PARTED),
          ("per rule + parted", "per rule", LINES + PARTED), ("corrector + parted", "corrector", LINES + PARTED))


def labelled_features(bundled: Path, pairs: Path) -> pd.DataFrame:
    """status_rows (every labelled status with the rule's prediction) with the features of each recommendation."""
    captured, tag = {}, [""]
    original, run_tracker = tracker_table.next_inspection_links, tq.run_tracker

    def capturing(base, rows, sims, ranks, records, doc_type, params, asked=frozenset(), grades=([], None),
                  *rest, **kwargs):
        links = original(base, rows, sims, ranks, records, doc_type, params, asked, grades, *rest, **kwargs)
        picked = [records[r] for r in rows]
        extra = dict(zip(("overlap", "vectors", "distinct", "parts"), rest)) | kwargs
        captured[(tag[0], base["rec_id"])] = {
            **status_features(sims, ranks, picked, params, asked, grades, links[0]["status"]),
            **parted_features(base["recommendation"], sims, ranks, picked, params, asked, extra.get("overlap"),
                              extra.get("vectors"), extra.get("parts"))}
        return links

    def tagged(run_dir, params, cache):
        tag[0] = str(run_dir)
        return run_tracker(run_dir, params, cache)

    tracker_table.next_inspection_links, tq.run_tracker = capturing, tagged
    try:
        rows = tq.status_rows(bundled, pairs, TrackerParams(), {}, {})
    finally:
        tracker_table.next_inspection_links, tq.run_tracker = original, run_tracker
    tags = np.where(rows["set"] == "bundled", str(bundled), str(pairs))
    found = [captured.get((t, r)) for t, r in zip(tags, rows["rec_id"])]
    rows["has_features"] = [f is not None for f in found]
    values = pd.DataFrame([f or {} for f in found], columns=list(FEATURES + PARTED)).fillna(0.0)
    return pd.concat([rows.reset_index(drop=True), values], axis=1)


def with_shares(data: pd.DataFrame) -> pd.DataFrame:
    """The strength share of the lines at each level (0.5 when none) and whether there are any: ratios a linear
    model cannot form from the weights."""
    data = data.copy()
    for level in (0.4, 0.5, 0.6):
        total = data[f"strength_{level}"] + data[f"concern_{level}"]
        data[f"share_{level}"] = (data[f"strength_{level}"] / total.where(total > 0)).fillna(0.5)
        data[f"any_{level}"] = (total > 0).astype(float)
    return data


def _logistic(X: np.ndarray, y: np.ndarray, c: float):
    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=5000).fit((X - mean) / scale, y)
    return lambda Z: model.predict_proba((Z - mean) / scale), list(model.classes_)


def fit(train: pd.DataFrame, kind: str, c: float, features: tuple):
    """A predictor (rows -> statuses) of `kind` fitted on `train`'s rows with features: C = c (logistic kinds) or
    depth c (tree). A row without features keeps the rule's status."""
    train = train[train["has_features"]]
    X, y, rule = train[list(features)].to_numpy(float), train["status"].to_numpy(), train["predicted"].to_numpy()
    if kind == "tree":
        tree = DecisionTreeClassifier(max_depth=int(c), min_samples_leaf=10, random_state=0).fit(X, y)
        decide = tree.predict
    elif kind == "logistic":
        proba, classes = _logistic(X, y, c)
        decide = lambda Z: np.asarray(classes, dtype=object)[proba(Z).argmax(axis=1)]  # noqa: E731
    elif kind == "per rule":
        parts = {s: _logistic(X[rule == s], y[rule == s], c) for s in STATUSES if len(set(y[rule == s])) > 1}
    else:  # corrector
        improved = rule == "improved"
        proba, classes = _logistic(X[improved], y[improved] == "mixed", c)

    def predict(data: pd.DataFrame) -> np.ndarray:
        out = data["predicted"].to_numpy(dtype=object).copy()
        has = data["has_features"].to_numpy(bool)
        Z = data[list(features)].to_numpy(float)
        if kind in ("tree", "logistic"):
            if has.any():
                out[has] = decide(Z[has])
        elif kind == "per rule":
            for s, (part, names) in parts.items():
                rows = has & (out == s)
                if rows.any():
                    out[rows] = np.asarray(names, dtype=object)[part(Z[rows]).argmax(axis=1)]
        else:
            rows = has & (out == "improved")
            if rows.any():
                out[np.flatnonzero(rows)[proba(Z[rows])[:, classes.index(True)] >= 0.5]] = "mixed"
        return out
    return predict


def grid_of(kind: str) -> tuple:
    return (1, 2, 3) if kind == "tree" else C_GRID


def chosen_setting(train: pd.DataFrame, kind: str, features: tuple) -> float:
    """The setting (C, or the tree's depth) with the most labels right leaving one of `train`'s sets out at a time
    (bundled counts as one; a tie keeps the first in grid_of: the strongest regularisation)."""
    best, best_right = None, -1
    for c in grid_of(kind):
        right = 0
        for g in dict.fromkeys(train["set"]):
            held = train[train["set"] == g]
            right += int((fit(train[train["set"] != g], kind, c, features)(held) == held["status"].to_numpy()).sum())
        if right > best_right:
            best, best_right = c, right
    return best


def leave_one_set_out(data: pd.DataFrame, kind: str, features: tuple) -> tuple[np.ndarray, list]:
    """Predictions of the five sets, each by the model fitted on every other labelled status (its setting chosen
    inside them); the bundled rows keep the rule's prediction (they are never held out here)."""
    out, chosen = data["predicted"].to_numpy(dtype=object).copy(), []
    for name in SETS:
        train, held = data[data["set"] != name], (data["set"] == name).to_numpy()
        c = chosen_setting(train, kind, features)
        out[held] = fit(train, kind, c, features)(data[held])
        chosen.append(c)
    return out, chosen


def leave_one_authority_out(data: pd.DataFrame, kind: str, c: float, features: tuple) -> np.ndarray:
    out = data["predicted"].to_numpy(dtype=object).copy()
    for authority in dict.fromkeys(data["authority"]):
        held = (data["authority"] == authority).to_numpy()
        out[held] = fit(data[~held], kind, c, features)(data[held])
    return out


def paired_interval(data: pd.DataFrame, ok_new: np.ndarray, ok_old: np.ndarray, n: int = 2000,
                    seed: int = 0) -> tuple:
    """95% bootstrap intervals resampling authorities: of the new agreement, and of the paired difference in labels
    right (new - old, scaled to the labels' count); and the share of draws with the difference at or below 0."""
    groups = [np.flatnonzero((data["authority"] == a).to_numpy()) for a in dict.fromkeys(data["authority"])]
    rng = np.random.default_rng(seed)
    shares, diffs = [], []
    for _ in range(n):
        idx = np.concatenate([groups[i] for i in rng.integers(0, len(groups), len(groups))])
        shares.append(ok_new[idx].mean())
        diffs.append((ok_new[idx].sum() - ok_old[idx].sum()) * len(data) / len(idx))
    return np.percentile(shares, [2.5, 97.5]), np.percentile(diffs, [2.5, 97.5]), float(np.mean(np.array(diffs) <= 0))


def per_set(data: pd.DataFrame, predicted: np.ndarray) -> str:
    ok = predicted == data["status"].to_numpy()
    parts = [f"{s} {int(ok[(data['set'] == s).to_numpy()].sum())}/{int((data['set'] == s).sum())}"
             for s in dict.fromkeys(data["set"])]
    five = (data["set"] != "bundled").to_numpy()
    twice = (data["second"] != "").to_numpy()
    second = int((predicted[twice] == data["second"].to_numpy()[twice]).sum())
    return (" ".join(parts) + f" | five sets {int(ok[five].sum())}/{int(five.sum())} all {int(ok.sum())}/{len(ok)}"
            f" | second reading {second}/{int(twice.sum())}")


def confusion(data: pd.DataFrame, predicted: np.ndarray, rows: np.ndarray) -> str:
    wrong = rows & (predicted != data["status"].to_numpy())
    counts = pd.Series(list(zip(data["status"].to_numpy()[wrong], predicted[wrong])), dtype=object).value_counts()
    return "; ".join(f"{a} -> {b} {n}" for (a, b), n in counts.items())


def macro_f1(truth: np.ndarray, predicted: np.ndarray) -> float:
    """The mean over STATUSES of each status's F1 (0 for a status neither labelled nor predicted right)."""
    scores = []
    for s in STATUSES:
        tp = int(((truth == s) & (predicted == s)).sum())
        wanted, given = int((truth == s).sum()), int((predicted == s).sum())
        scores.append(2 * tp / (wanted + given) if wanted + given else 0.0)
    return float(np.mean(scores))


def matrix(truth: np.ndarray, predicted: np.ndarray) -> str:
    """The label (rows) x status (columns) counts, STATUSES in order."""
    table = pd.crosstab(pd.Series(truth, name="label"), pd.Series(predicted, name="status")).reindex(
        index=list(STATUSES), columns=list(STATUSES), fill_value=0)
    return "      " + table.to_string().replace("\n", "\n      ")


def label_hashes() -> dict[str, str]:
    return {path.relative_to(ROOT).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()[:16]
            for path in LABEL_FILES}


def strongest(data: pd.DataFrame, c: float, n: int = 6) -> str:
    """The logistic model on every feature fitted on all labels: each status's largest coefficients (per standard
    deviation of the feature)."""
    train = data[data["has_features"]]
    X = train[list(FEATURES)].to_numpy(float)
    scale = X.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=5000).fit((X - X.mean(axis=0)) / scale, train["status"].to_numpy())
    lines = []
    for status, row in zip(model.classes_, model.coef_):
        top = np.argsort(-np.abs(row))[:n]
        lines.append(f"  {status}: " + ", ".join(f"{FEATURES[i]} {row[i]:+.2f}" for i in top))
    return "\n".join(lines)


def report(data: pd.DataFrame, name: str, kind: str, features: tuple) -> None:
    status, rule = data["status"].to_numpy(dtype=object), data["predicted"].to_numpy(dtype=object)
    five, rule_ok = (data["set"] != "bundled").to_numpy(), rule == status
    c_all = chosen_setting(data, kind, features)
    print(f"\n{name} ({len(features)} features): setting chosen on all labels {c_all}; IN-SAMPLE (not a measure):",
          per_set(data, fit(data, kind, c_all, features)(data)))
    loso, chosen = leave_one_set_out(data, kind, features)
    ok = loso == status
    (lo, hi), (dlo, dhi), below = paired_interval(data[five].reset_index(drop=True), ok[five], rule_ok[five])
    print(f"  LEAVE-ONE-SET-OUT (CROSS-VALIDATED; settings {chosen}):", per_set(data, loso))
    print(f"    five sets {int(ok[five].sum())}/{int(five.sum())} = {ok[five].mean():.3f} [{lo:.3f}, {hi:.3f}] against "
          f"the rule's {int(rule_ok[five].sum())}; paired difference {int(ok[five].sum() - rule_ok[five].sum()):+d} "
          f"[{dlo:+.1f}, {dhi:+.1f}], {below:.0%} of draws at or below 0")
    print("    wrong (label -> model):", confusion(data, loso, five))
    print(f"    macro-F1 {macro_f1(status[five], loso[five]):.3f} "
          f"(the rule's {macro_f1(status[five], rule[five]):.3f})")
    print(matrix(status[five], loso[five]))
    loao = leave_one_authority_out(data, kind, c_all, features)
    ok = loao == status
    (lo, hi), (dlo, dhi), below = paired_interval(data, ok, rule_ok)
    print(f"  LEAVE-ONE-AUTHORITY-OUT (all {len(data)}, setting {c_all} chosen on all):", per_set(data, loao))
    print(f"    all {int(ok.sum())}/{len(ok)} = {ok.mean():.3f} [{lo:.3f}, {hi:.3f}] against the rule's "
          f"{int(rule_ok.sum())}; paired difference {int(ok.sum() - rule_ok.sum()):+d} [{dlo:+.1f}, {dhi:+.1f}], "
          f"{below:.0%} of draws at or below 0")
    print("    wrong (label -> model):", confusion(data, loao, np.ones(len(data), bool)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bundled", type=Path)
    parser.add_argument("pairs", type=Path)
    parser.add_argument("--features", type=Path, help="CSV keeping the labelled features (read when it exists)")
    parser.add_argument("--models", default="", help="comma-separated names of MODELS to score (default: all)")
    args = parser.parse_args()
    if args.features and args.features.exists():
        data = pd.read_csv(args.features, keep_default_na=False)
        data["has_features"] = data["has_features"].astype(str) == "True"
    else:
        data = labelled_features(args.bundled, args.pairs)
        if args.features:
            data.to_csv(args.features, index=False)
    data = with_shares(data)
    status, rule = data["status"].to_numpy(dtype=object), data["predicted"].to_numpy(dtype=object)
    five, rule_ok = (data["set"] != "bundled").to_numpy(), rule == status
    print("label files (sha256, first 16):", label_hashes())
    print(f"labelled statuses: {len(data)}, with features {int(data['has_features'].sum())}; labels "
          f"{data['status'].value_counts().to_dict()}")
    print("rule (main, TrackerParams):", per_set(data, rule))
    for part, rows in (("five sets", five), ("all", np.ones(len(data), bool))):
        (lo, hi), _, _ = paired_interval(data[rows].reset_index(drop=True), rule_ok[rows], rule_ok[rows])
        print(f"  {part} {int(rule_ok[rows].sum())}/{int(rows.sum())} = {rule_ok[rows].mean():.3f} [{lo:.3f}, "
              f"{hi:.3f}]; wrong (label -> rule):", confusion(data, rule, rows))
    print(f"  five sets macro-F1 {macro_f1(status[five], rule[five]):.3f}")
    print(matrix(status[five], rule[five]))
    print("logistic on every feature, fitted on all labels (C 0.03), largest coefficients:")
    print(strongest(data, 0.03))
    wanted = [m.strip() for m in args.models.split(",") if m.strip()]
    for name, kind, features in MODELS:
        if not wanted or name in wanted:
            report(data, name, kind, features)


if __name__ == "__main__":
    main()
