"""What the response step's "same theme" admission (TrackerParams.response_theme_threshold: a council line in a theme
of the recommendation's own findings is linked from 0.65 instead of 0.85) is worth, and what it costs to judge it
without the run's themes (issue #18, track64). All figures TUNING (tests/data/tracker_links.csv: Walsall; West
Sussex + Wirral).

    python benchmarks/response_themes.py BUNDLED_RUN [--themes-from OTHER_RUN ...] [--kmeans K] [--seeds 0,1,2]

BUNDLED_RUN: a finished run of the bundled corpus. For each source of "same theme" the top-3 response links'
true links / returned and the recall numerator / denominator, per half:
- the run's own themes (`theme_id`, as shipped) and their broad parents;
- no theme admission at all (response_theme_threshold off);
- the nearest of the run's theme centres by the finding's vector alone (centroids.npy);
- the cosine to the recommendation's own findings at or above 0.4-0.6 (similarity alone);
- k-means on the findings' vectors with K clusters (the run's number of themes when not given), one per seed;
- the themes of each OTHER_RUN (a copy of BUNDLED_RUN whose themes were redone, e.g. with `topic_guide = 0`: the
  findings are the same, so their ids match).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import tracker_quality as tq  # noqa: E402
from pipeline.tracker import TrackerParams  # noqa: E402
from pipeline.tracker import table as tracker_table  # noqa: E402


def figures(run: Path, params: TrackerParams, cache: dict) -> str:
    labels = tq.load_labels()
    table, recs, findings = tq.run_tracker(run, params, cache)
    scores = tq.score(labels, table, tq.match_recs(labels, recs), findings)
    parts = []
    for half, name in (("tuning", "Walsall"), ("held_out", "West Sussex + Wirral")):
        s = scores[scores["half"] == half]
        tp, returned, wanted = int(s["tp"].sum()), int(s["returned"].sum()), int(s["wanted"].sum())
        found = int(s["tp"].clip(upper=s["wanted"]).sum())
        parts.append(f"{name} precision {tp}/{returned} = {tp / max(returned, 1):.2f}, "
                     f"recall@3 {found}/{wanted} = {found / max(wanted, 1):.2f}")
    return "; ".join(parts)


def with_themes(cache: dict, original: pd.DataFrame, theme_of) -> None:
    """Put `theme_of` (finding_id -> theme, or an array in the findings' order) in the cached findings."""
    themes = (original["finding_id"].map(theme_of).fillna(-1).astype(int) if isinstance(theme_of, dict)
              else np.asarray(theme_of, dtype=int))
    cache["findings"] = original.assign(theme_id=themes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("run_dir", type=Path)
    parser.add_argument("--themes-from", type=Path, action="append", default=[])
    parser.add_argument("--kmeans", type=int, default=0, help="clusters of the k-means source (0: the run's themes)")
    parser.add_argument("--seeds", default="0,1,2")
    args = parser.parse_args()
    params, cache = TrackerParams(), {}
    tq.run_tracker(args.run_dir, params, cache)
    original, vectors = cache["findings"], cache["vectors"]
    row_of = {fid: i for i, fid in enumerate(original["finding_id"])}
    print("run's themes (shipped):", figures(args.run_dir, params, cache))
    with_themes(cache, original, original["parent_theme_id"])
    print("run's broad themes:", figures(args.run_dir, params, cache))
    with_themes(cache, original, original["theme_id"])
    print("no theme admission:", figures(args.run_dir, TrackerParams(response_theme_threshold=9.0), cache))
    centroids = np.load(args.run_dir / "centroids.npy")
    with_themes(cache, original, np.argmax(vectors @ centroids.T, axis=1))
    print("nearest theme centre by the vector alone:", figures(args.run_dir, params, cache))
    with_themes(cache, original, original["theme_id"])
    same_theme = tracker_table.same_theme
    for floor in (0.4, 0.5, 0.6):
        def by_cosine(themes, ids, rows, finding_ids, floor=floor):
            own = [row_of[f] for f in str(finding_ids or "").split() if f in row_of]
            if not own or not len(rows):
                return np.zeros(len(rows), dtype=bool)
            return (vectors[rows] @ vectors[own].T).max(axis=1) >= floor
        tracker_table.same_theme = by_cosine
        print(f"cosine to the recommendation's own findings >= {floor}:", figures(args.run_dir, params, cache))
    tracker_table.same_theme = same_theme
    k = args.kmeans or int(original["theme_id"].max()) + 1
    for seed in (int(s) for s in args.seeds.split(",")):
        with_themes(cache, original, KMeans(k, random_state=seed, n_init=1).fit_predict(vectors))
        print(f"k-means k={k} seed {seed}:", figures(args.run_dir, params, cache))
    for other in args.themes_from:
        other_themes = pd.read_parquet(other / "findings.parquet", columns=["finding_id", "theme_id"])
        with_themes(cache, original, dict(zip(other_themes["finding_id"], other_themes["theme_id"])))
        print(f"themes of {other}:", figures(args.run_dir, params, cache))


if __name__ == "__main__":
    main()
