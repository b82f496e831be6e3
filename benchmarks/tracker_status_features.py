"""What the tracker knows about one recommendation's matter in the next inspection report, as a few numbers: the
features of a learned next-inspection status (issue #18, status27; benchmarks/tracker_status_model.py fits and scores
models on them; not shipped: none beat the status rule cross-validated).

From the next report's lines ranked by score for the recommendation (cosine + shared rare words, a line naming none
of the recommendation's groups of children pushed far down: next_group), only the lines among whose closest
recommendations it is (next_rank):
    top, gap                  the closest line's score and how far it stands above the second
    strength_L, concern_L, neutral_L   the (strength, concern) weight of the lines scoring L or more
                              (evidence_weights: a line naming a shortfall is a concern), and the count of the
                              neutral ones, for L in LEVELS
    top_strength, top_concern the closest line's own side
    above                     how many lines reach next_threshold
    named_group, off_share    whether the recommendation names a group of children some of the report's lines do not
                              (any line pushed down by next_group), and the share of lines so pushed
    item_top, item_own        the best score of one of the next report's own recommendations ("What needs to
                              improve": status26's score) and whether this recommendation is that item's closest
    has_items, lines          whether the next report has recommendations, and log(1 + its lines): its scope (a short
                              visit letter judges few matters)
    graded_good, graded_weak  the next report's grade of the closest line's area: good or better, or worse
    rule_*                    the status TrackerParams' rule gives (one of STATUSES)

PARTED (track67, forty-fourth session: what the rule computes since status27 and the lines below next_threshold):
    top2, top3                the second and third lines' scores
    lines_L, share_L, sided_L log(1 + lines scoring L or more), their score-weighted strength share read as the rule
                              reads them (0.5 when none) and whether there are any, for L in FLOORS (below
                              next_threshold too: the readers' evidence often scores 0.35-0.5, track64)
    weighed, weighed_share    log(1 + lines the rule weighs: next_inspection.weighed) and their strength share
    weighed_first             the first weighed line's side (+1 strength, -1 concern)
    best_strength, best_concern   the best score of a strength and of a concern line
    has_parts, least_part     whether the recommendation has parts (pipeline.tracker.parts) and the least strength
                              share of a part (next_inspection.part_shares; 1 when none)
    asked_again               a weighed line is one of the next report's own recommendations
    summary_share             share of the weighed lines in a summary section
    rec_words                 log(1 + the recommendation's words)
"""

from __future__ import annotations

import math

import numpy as np

from pipeline.tracker.grades import section_grade
from pipeline.tracker.next_inspection import evidence_weights, part_shares, sides_of, weighed

LEVELS = (0.4, 0.5, 0.6)
STATUSES = ("improved", "mixed", "still a concern", "not mentioned")
OFF = -4.0  # a score below this was pushed down by the group rule (next_group)
FEATURES = (("top", "gap") + tuple(f"{side}_{level}" for level in LEVELS for side in ("strength", "concern", "neutral"))
            + ("top_strength", "top_concern", "above", "named_group", "off_share", "item_top", "item_own",
               "has_items", "lines", "graded_good", "graded_weak")
            + tuple(f"rule_{s.replace(' ', '_')}" for s in STATUSES))


def status_features(sims: np.ndarray, ranks: np.ndarray, picked: list[dict], params, asked, grades: tuple,
                    rule_status: str) -> dict[str, float]:
    """The features of one recommendation (FEATURES, in that order). `sims`, `ranks`: the scores of the next
    report's lines and the recommendation's rank among each line's closest; `picked`: the lines' records (kind,
    polarity, text, finding_id, section), in the same order; `asked`: the finding ids of reports' recommendations;
    `grades`: the next report's area_grades; `rule_status`: what the status rule decided from them."""
    sims = np.asarray(sims, dtype=float)
    order = [i for i in np.argsort(-sims, kind="stable") if ranks[i] <= params.next_rank and sims[i] > OFF]
    scores = [float(sims[i]) for i in order]
    sides = []
    for i in order:
        record = picked[i]
        polarity = "concern" if record["kind"] == "recommendation" else str(record["polarity"])
        sides.append(evidence_weights(str(record["text"]), polarity) + (float(polarity == "neutral"),))
    out = {"top": scores[0] if scores else 0.0, "gap": scores[0] - scores[1] if len(scores) > 1 else
           (scores[0] if scores else 0.0)}
    for level in LEVELS:
        chosen = [(s, w) for s, w in zip(scores, sides) if s >= level]
        out[f"strength_{level}"] = sum(s * w[0] for s, w in chosen)
        out[f"concern_{level}"] = sum(s * w[1] for s, w in chosen)
        out[f"neutral_{level}"] = float(sum(w[2] for _, w in chosen))
    out["top_strength"] = float(bool(sides) and sides[0][0] > sides[0][1])
    out["top_concern"] = float(bool(sides) and sides[0][1] > sides[0][0])
    out["above"] = float(sum(s >= params.next_threshold for s in scores))
    off = sims <= OFF
    out["named_group"] = float(off.any())
    out["off_share"] = float(off.mean()) if len(sims) else 0.0
    items = [i for i in range(len(sims)) if picked[i]["finding_id"] in asked]
    best = max(items, key=lambda i: sims[i]) if items else None
    out["item_top"] = max(float(sims[best]), 0.0) if best is not None else 0.0
    out["item_own"] = float(best is not None and ranks[best] == 1 and sims[best] > OFF)
    out["has_items"] = float(bool(items))
    out["lines"] = math.log1p(len(sims))
    grade = section_grade(str(picked[order[0]].get("section", "")), *grades) if order else None
    out["graded_good"] = float(grade is not None and grade <= 2)
    out["graded_weak"] = float(grade is not None and grade > 2)
    for status in STATUSES:
        out[f"rule_{status.replace(' ', '_')}"] = float(rule_status == status)
    return {name: float(out[name]) for name in FEATURES}


FLOORS = (0.35, 0.4, 0.45, 0.5, 0.55)
PARTED = (("top2", "top3") + tuple(f"{name}_{floor}" for floor in FLOORS for name in ("lines", "share", "sided"))
          + ("weighed", "weighed_share", "weighed_first", "best_strength", "best_concern", "has_parts", "least_part",
             "asked_again", "summary_share", "rec_words"))


def parted_features(rec_text: str, sims: np.ndarray, ranks: np.ndarray, picked: list[dict], params, asked,
                    overlap=None, vectors=None, parts=None) -> dict[str, float]:
    """The PARTED features of one recommendation: `sims`, `ranks`, `picked` as status_features takes them;
    `overlap`, `vectors`, `parts`: what the tracker passes next_inspection_links (its key-term shares, the lines'
    vectors, the parts' scores)."""
    sims = np.asarray(sims, dtype=float)
    order = [i for i in np.argsort(-sims, kind="stable") if ranks[i] <= params.next_rank and sims[i] > OFF]
    sides = {i: sides_of(["concern" if picked[i]["kind"] == "recommendation" else str(picked[i]["polarity"])])[0]
             for i in order}
    scores = [float(sims[i]) for i in order] + [0.0, 0.0, 0.0]
    out = {"top2": scores[1], "top3": scores[2]}

    def share(lines) -> tuple[float, bool]:
        strength = sum(sides[i][0] * sims[i] for i in lines)
        concern = sum(sides[i][1] * sims[i] for i in lines)
        return (strength / (strength + concern), True) if strength + concern > 0 else (0.5, False)

    for floor in FLOORS:
        lines = [i for i in order if sims[i] >= floor]
        out[f"lines_{floor}"] = math.log1p(len(lines))
        out[f"share_{floor}"], sided = share(lines)
        out[f"sided_{floor}"] = float(sided)
    keep = [i for i in weighed(sims, ranks, params, overlap, vectors)[0] if i in sides]
    out["weighed"] = math.log1p(len(keep))
    out["weighed_share"] = share(keep)[0]
    out["weighed_first"] = sides[keep[0]][0] - sides[keep[0]][1] if keep else 0.0
    out["best_strength"] = max([float(sims[i]) for i in order if sides[i][0] > 0], default=0.0)
    out["best_concern"] = max([float(sims[i]) for i in order if sides[i][1] > 0], default=0.0)
    shares = part_shares(parts, ranks, picked, list(range(len(picked))), params) if parts is not None else []
    out["has_parts"] = float(bool(shares))
    out["least_part"] = min(shares, default=1.0)
    out["asked_again"] = float(any(picked[i]["finding_id"] in asked for i in keep))
    out["summary_share"] = (float(np.mean(["summary" in str(picked[i].get("section", "")).lower() for i in keep]))
                            if keep else 0.0)
    out["rec_words"] = math.log1p(len(str(rec_text).split()))
    return {name: float(out[name]) for name in PARTED}
