"""Does the next report's own list of what to improve name a recommendation's matter again? Detectors scored on
every labelled next-inspection status (TUNING material; docs/measurements.md, status21).

    python benchmarks/status_named_again.py BUNDLED_RUN PAIRS_RUN

BUNDLED_RUN: a run of the bundled corpus (Walsall, West Sussex + Wirral: tests/data/tracker_links.csv). PAIRS_RUN: a
run of the 40 reports of the status sets (tests/data/tracker_next_fresh.csv, _more.csv, _third.csv; fresh_pairs.py
makes the corpus). Statuses are scored against the first labels of every half and, where it exists, the blind second
reading (tracker_next_second_reading.csv). The fourth set (tracker_next_fourth.csv) is never read here.

The tracker already calls a matter named again when one of the next report's list items is among the findings it
weighs (asked_again: "improved" becomes "mixed"). Each detector here looks at every item of the list instead and says
"named again" when its best item reaches a threshold; the rule then turns the tracker's "improved" into "mixed".
Detectors (the item and the recommendation without their opening imperatives, matter_words):
- cos: cosine of the item and the recommendation (the vectors the tracker matches);
- rec_share / item_share: idf-weighted share of the recommendation's content words the item uses, and of the item's
  the recommendation uses (abbreviations spelt out by the glossary, as the tracker's shared-words term);
- matter_cos: cosine of the two texts without their imperatives, embedded afresh;
- clause_cos: the best cosine of one clause of the item (split at commas, "and", "including", "so that", ...) with
  the recommendation, alone or with the clause sharing a content word or a topic (pipeline/data/topic_concepts.csv,
  field_themes.csv) with the recommendation.
Prints, per detector and threshold, the change in statuses agreeing with the first labels (all sets, then per set)
and with the second reading.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "benchmarks"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import tracker_quality as quality  # noqa: E402
from pipeline.themes.cluster_text import read_glossary  # noqa: E402
from pipeline.themes.field import term_uses  # noqa: E402
from pipeline.tracker import TrackerParams  # noqa: E402
from pipeline.tracker.matter import matter_words  # noqa: E402
from pipeline.tracker.topics import _topic_patterns  # noqa: E402
from pipeline.tracker.windows import windows  # noqa: E402
from pipeline.tracker.words import content_words, findings_lexical, idf_weights, lexical_texts  # noqa: E402

DATA = ROOT / "tests" / "data"
PAIR_SETS = (("fresh", "tuning"), ("fresh", "held_out"), ("more", "tune"), ("more", "check"), ("third", "held_out"))
CLAUSE = re.compile(r",|;|\band\b|\bincluding\b|\bso that\b|\bto ensure\b|\bensuring\b|\bparticularly\b|"
                    r"\bespecially\b|\bwhich\b|\bwhen\b|\bwith\b|\bto make sure\b", re.IGNORECASE)


def labelled(bundled: Path, pairs: Path, params: TrackerParams, caches: tuple[dict, dict]) -> pd.DataFrame:
    """One row per labelled recommendation: set, run ("bundled"/"pairs"), rec_id, label, second, predicted."""
    rows = []
    table, recs, findings = quality.run_tracker(bundled, params, caches[0])
    labels = quality.load_labels()
    for r in quality.score(labels, table, quality.match_recs(labels, recs), findings).itertuples(index=False):
        rows.append({"set": "walsall" if r.half == "tuning" else "west-sussex-wirral", "run": "bundled",
                     "rec_id": r.rec_id, "label": r.status, "second": None, "predicted": r.predicted})
    table, recs, _ = quality.run_tracker(pairs, params, caches[1])
    second = quality.load_fresh(DATA / "tracker_next_second_reading.csv")
    second_of = {(r.report_file, int(r.item)): r.status for r in second.itertuples(index=False)}
    for name, half in PAIR_SETS:
        labels = quality.load_fresh(DATA / f"tracker_next_{name}.csv")
        labels = labels[labels["half"] == half]
        scored = quality.score_fresh(labels, table, quality.match_fresh(labels, recs))
        for label, r in zip(labels.itertuples(index=False), scored.itertuples(index=False)):
            rows.append({"set": f"{name} {half}", "run": "pairs", "rec_id": r.rec_id, "label": label.status,
                         "second": second_of.get((label.report_file, int(label.item))), "predicted": r.predicted})
    return pd.DataFrame(rows)


def clauses(text: str) -> list[str]:
    return [part.strip(" .") for part in CLAUSE.split(text) if content_words(part.strip(" ."))]


def detectors(rows: pd.DataFrame, params: TrackerParams, caches: tuple[dict, dict]) -> pd.DataFrame:
    """Each row's best value of every detector over the next report's list items (0 when it has none)."""
    glossary, patterns = read_glossary(), list(_topic_patterns())
    out = []
    for run, cache in zip(("bundled", "pairs"), caches):
        _, rec_vectors = cache[("vectors", params.masked, params.core, params.core_min_words)]
        recs, embedder = cache["recs"], cache["embedder"]
        idf = idf_weights(findings_lexical(cache["findings"], glossary))
        file_of = dict(zip(cache["documents"]["doc_id"], cache["documents"]["file"]))
        _, next_of = windows(cache["documents"])
        position = {rec_id: i for i, rec_id in enumerate(recs["rec_id"])}
        for row in rows[rows["run"] == run].itertuples(index=False):
            best = dict.fromkeys(("cos", "rec_share", "item_share", "matter_cos", "clause_cos", "clause_word",
                                  "clause_topic"), 0.0)
            if row.rec_id:
                i = position[row.rec_id]
                next_file = file_of.get(next_of.get(recs["doc_id"].iloc[i]), "")
                items = recs[recs["file"] == next_file]
                matter = matter_words(recs["text"].iloc[i])
                words = {w: idf.get(w, 9.0) for w in content_words(lexical_texts([matter], glossary)[0])}
                topics = term_uses([matter], patterns)[0].astype(bool)
                if len(items):
                    texts = [matter_words(t) for t in items["text"]]
                    best["cos"] = float((rec_vectors[[position[r] for r in items["rec_id"]]] @ rec_vectors[i]).max())
                    fresh = embedder.embed(texts + [matter])
                    best["matter_cos"] = float((fresh[:-1] @ fresh[-1]).max())
                    for text in texts:
                        own = {w: idf.get(w, 9.0) for w in content_words(lexical_texts([text], glossary)[0])}
                        shared = set(words) & set(own)
                        best["rec_share"] = max(best["rec_share"],
                                                sum(words[w] for w in shared) / (sum(words.values()) or 1.0))
                        best["item_share"] = max(best["item_share"],
                                                 sum(own[w] for w in shared) / (sum(own.values()) or 1.0))
                    parts = [c for t in texts for c in clauses(t)]
                    if parts:
                        cosines = embedder.embed(parts) @ rec_vectors[i]
                        uses = term_uses(parts, patterns).astype(bool)
                        for part, cosine, used in zip(parts, cosines, uses):
                            cosine = float(cosine)
                            best["clause_cos"] = max(best["clause_cos"], cosine)
                            if set(words) & content_words(lexical_texts([part], glossary)[0]):
                                best["clause_word"] = max(best["clause_word"], cosine)
                            if (used & topics).any():
                                best["clause_topic"] = max(best["clause_topic"], cosine)
            out.append(best)
    return pd.concat([rows.reset_index(drop=True), pd.DataFrame(out)], axis=1)


def change(rows: pd.DataFrame, named: pd.Series) -> tuple[int, int, dict[str, int]]:
    """(change in statuses agreeing with the first labels, with the second reading, per set) when `named` turns
    "improved" into "mixed"."""
    after = rows["predicted"].where(~(named & (rows["predicted"] == "improved")), "mixed")
    gain = (after == rows["label"]).astype(int) - (rows["predicted"] == rows["label"]).astype(int)
    read = rows["second"].notna()
    second = int((after[read] == rows["second"][read]).sum() - (rows["predicted"][read] == rows["second"][read]).sum())
    return int(gain.sum()), second, {s: int(g.sum()) for s, g in gain.groupby(rows["set"], sort=False)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bundled_run", type=Path)
    parser.add_argument("pairs_run", type=Path)
    args = parser.parse_args()
    params, caches = TrackerParams(), ({}, {})
    rows = detectors(labelled(args.bundled_run, args.pairs_run, params, caches), params, caches)
    ok = rows["predicted"] == rows["label"]
    read = rows["second"].notna()
    print(f"main: {int(ok.sum())} of {len(rows)} first labels, "
          f"{int((rows['predicted'][read] == rows['second'][read]).sum())} of {int(read.sum())} second reading; "
          + ", ".join(f"{s} {int(g.sum())}/{len(g)}" for s, g in ok.groupby(rows["set"], sort=False)))
    improved = rows[rows["predicted"] == "improved"]
    print(f"tracker 'improved': {len(improved)}, labelled {improved['label'].value_counts().to_dict()}")
    for name in ("cos", "rec_share", "item_share", "matter_cos", "clause_cos", "clause_word", "clause_topic"):
        print(f"{name}: median by first label", rows.groupby("label")[name].median().round(3).to_dict())
        for threshold in np.round(np.quantile(rows[name], (0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97)), 3):
            first, second, per_set = change(rows, rows[name] >= threshold)
            print(f"  >= {threshold:.3f}: first {first:+d}, second reading {second:+d}; "
                  + " ".join(f"{s}:{g:+d}" for s, g in per_set.items()))


if __name__ == "__main__":
    main()
