"""Next-inspection status: what the authority's next inspection report found on the matter of each recommendation.

Evidence: the next report's findings (not its graded-judgement lines, each text once) whose score (cosine + shared
words) reaches next_threshold while the recommendation is among the finding's closest ones, at most next_k (with
next_coherence, only those near the mean direction of them all: coherent). Status from their polarities weighted by
score: "improved", "still a concern", "mixed" or "not mentioned" - unless the closest line stands next_lead or more
above the next closest, when that line's side decides (led_by_closest); a matter the next report recommends again is
not "improved" but "mixed"."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from pipeline.tracker.grades import section_grade
from pipeline.tracker.params import TrackerParams
from pipeline.tracker.rows import link_row
from pipeline.tracker.words import tokens


def matter_rows(findings: pd.DataFrame, rows: np.ndarray, graded: set, own_voice: bool = False) -> np.ndarray:
    """The next report's findings that can say how a matter went: not its graded-judgement lines ("Children who
    need help and protection: requires improvement", which resemble every recommendation about help and
    protection), and each text once (summaries repeat the body word for word); with `own_voice`, only the
    inspectorate's own findings (not context lines, nor what children, staff or partners told inspectors)."""
    seen, keep = set(), []
    for row in rows:
        key = " ".join(tokens(findings.at[row, "text"]))
        if findings.at[row, "finding_id"] in graded or key in seen:
            continue
        voice = findings.at[row, "voice"] if "voice" in findings.columns else ""
        if own_voice and (findings.at[row, "kind"] == "context" or voice not in ("inspectorate", "")):
            continue
        seen.add(key)
        keep.append(row)
    return np.asarray(keep, dtype=int)


def status_from(polarities: list, similarities: list[float], params: TrackerParams,
                grade: float | None = None) -> str:
    """improved / still a concern / mixed / not mentioned from the polarities of the next inspection's findings on
    the matter (a polarity, or (strength, concern) weights: evidence_weights), weighted by similarity (neutral findings
    do not count), and the next report's grade (1 outstanding ..
    4 inadequate) of the area they sit in, one more vote of grade_weight x their mean similarity: good or better a
    strength, else a concern. Nothing on the matter -> "not mentioned", whatever the grade."""
    if not similarities:
        return "not mentioned"
    weights = sides_of(polarities)
    strength = sum(w[0] * s for w, s in zip(weights, similarities))
    concern = sum(w[1] * s for w, s in zip(weights, similarities))
    if grade is not None and params.grade_weight:
        vote = params.grade_weight * float(np.mean(similarities))
        if grade <= 2.5:
            strength += vote
        else:
            concern += vote
    if strength + concern <= 0:
        return "not mentioned"
    share = strength / (strength + concern)
    if share >= params.improved_share:
        return "improved"
    if share <= params.concern_share:
        return "still a concern"
    return "mixed"


# What a next report says is still short of the mark, in words the polarity rules read as praise or not at all
# ("The quality of plans requires strengthening so that they are clear", "could be further improved", "not precise
# enough", "sometimes lacks depth").
SHORTFALL = re.compile(
    r"\b((requires?|needs?|needed|required) (further |more |to be )?(strengthen(ing|ed)?|improv(e|ing|ed|ement)|"
    r"develop(ing|ed|ment)|address(ed|ing)?)|could (be |have been )?(further |more |better )"
    r"|not (yet |always |consistently |sufficiently )?\w+ enough|is not yet|are not yet|lacks? depth"
    r"|(was|is|are|were) (still )?(variable|inconsistent|mixed)|(remains?|still) (a )?(weak|concern|challenge|"
    r"inconsistent|variable|limited))\b", re.IGNORECASE)
CONTRAST = re.compile(r"\b(but|however|although|though|while|whilst|nevertheless|yet)\b", re.IGNORECASE)


def evidence_weights(text: str, polarity: str) -> tuple[float, float]:
    """(strength, concern) weight of a next-report finding: its polarity, except that a finding naming a shortfall
    (SHORTFALL) is a concern, and one that sets a strength against it ("Assessments are timely, but their quality is
    not consistently good") counts half to each."""
    text = " ".join(str(text).split())  # PDF text breaks lines anywhere
    if polarity == "neutral" and not SHORTFALL.search(text):
        return 0.0, 0.0
    if SHORTFALL.search(text):
        return (0.5, 0.5) if CONTRAST.search(text) and polarity == "strength" else (0.0, 1.0)
    return (1.0, 0.0) if polarity == "strength" else (0.0, 1.0)


def sides_of(polarity: list) -> list[tuple[float, float]]:
    """(strength, concern) weights of each piece of evidence: a polarity, or the pair evidence_weights gave it."""
    return [p if isinstance(p, tuple) else (float(p == "strength"), float(p == "concern")) for p in polarity]


def led_by_closest(scores: list[float], lead: float) -> bool:
    """Whether the closest line of the evidence (`scores`, best first) stands `lead` or more above the next closest.
    Such a line speaks of the recommendation's matter itself ("Too many care leavers are not in education, employment
    or training" for care leavers' EET), and the lines well below it of neighbouring matters its section also judges
    (the care leaver offer, housing): a reader takes the status from that line and reads the rest as context, where
    the weighed share calls the matter "mixed" (issue #18, status23: most "mixed" over-calls). Needs two lines."""
    return len(scores) >= 2 and scores[0] - scores[1] >= lead


def part_shares(parts: np.ndarray | None, ranks: np.ndarray, records, rows, params: TrackerParams) -> list[float]:
    """The strength share of each part of a recommendation asking for several things (`parts`: the next report's
    lines' scores for each part, parts.each_part_scores; `ranks`: the recommendation's rank among each line's
    closest), from the lines weighed for that part alone - its score reaching next_threshold, the recommendation
    among the line's next_rank closest, at most next_k -, weighted by score as status_from weighs them; a part with
    no such line of either side has none. [] for a recommendation of fewer than two parts."""
    if parts is None or parts.ndim != 2 or parts.shape[1] < 2:
        return []
    shares = []
    for k in range(parts.shape[1]):
        order = [i for i in np.argsort(-parts[:, k], kind="stable")
                 if parts[i, k] >= params.next_threshold and ranks[i] <= params.next_rank][:params.next_k]
        sides = sides_of(["concern" if records[rows[i]]["kind"] == "recommendation" else records[rows[i]]["polarity"]
                          for i in order])
        strength = sum(w[0] * float(parts[i, k]) for w, i in zip(sides, order))
        concern = sum(w[1] * float(parts[i, k]) for w, i in zip(sides, order))
        if strength + concern > 0:
            shares.append(strength / (strength + concern))
    return shares


def parted_status(status: str, shares: list[float], params: TrackerParams) -> str:
    """A whole's status set against its parts' strength shares (part_shares): an "improved" matter one of whose
    parts has a share of params.next_parts_mixed or less, or one "still a concern" one of whose parts has a share of
    params.next_parts_praised or more, is "mixed" - "the quality of assessments and care plans" where the next
    report praises assessments and finds plans variable: a reader calls the whole mixed (issue #18, track66)."""
    if status == "improved" and params.next_parts_mixed > 0 and any(share <= params.next_parts_mixed
                                                                    for share in shares):
        return "mixed"
    if status == "still a concern" and any(share >= params.next_parts_praised for share in shares):
        return "mixed"
    return status


def decided_first(weights: list[tuple[float, float]], status: str) -> list[int]:
    """The order in which a recommendation's evidence is listed (positions in `weights`, the (strength, concern)
    weights of each finding, best score first): the findings on the side that decided a one-sided status first -
    the strengths of an "improved" matter, the concerns of one "still a concern" -, then the rest, each part in score
    order, so that the status and the quotes shown first tell the same story (a status weighs all its evidence, and
    several weaker strengths can outweigh the closest concern). "mixed": score order."""
    side = {"improved": 0, "still a concern": 1}.get(status)
    if side is None:
        return list(range(len(weights)))
    return sorted(range(len(weights)), key=lambda i: (weights[i][side] <= weights[i][1 - side], i))


def coherent(keep: list[int], vectors: np.ndarray | None, floor: float) -> list[int]:
    """Of the evidence `keep` (positions in `vectors`, L2-normalised), those at least `floor` close (cosine) to the
    mean direction of them all: what most of the evidence speaks of. A line off that matter (a general summary
    sentence, a line on another matter that shares a word) is left out. All of `keep` when floor is 0 or there are
    no vectors."""
    if floor <= 0 or vectors is None or len(keep) < 2:
        return keep
    mean = vectors[keep].mean(axis=0)
    mean = mean / (np.linalg.norm(mean) or 1.0)
    return [i for i in keep if float(vectors[i] @ mean) >= floor]


# Why a next-report line is not weighed for a recommendation (weighed: the second part of the pair it returns).
WEIGHED, BELOW, NOT_CLOSEST, FEW_TERMS, BEYOND_K, OFF_COMMON = (
    "weighed", "below next_threshold", "not among its closest recommendations", "too few key terms",
    "beyond next_k", "off the common matter")


def weighed(sims: np.ndarray, ranks: np.ndarray, params: TrackerParams, overlap: np.ndarray | None = None,
            vectors: np.ndarray | None = None) -> tuple[list[int], list[str]]:
    """The evidence of one recommendation among the next report's lines (`sims`: their scores, `ranks`: the
    recommendation's rank among each line's closest, `overlap`: its key-term share, `vectors`: the lines' vectors,
    for next_coherence): (positions weighed, best score first; per line why it is or is not weighed: WEIGHED, BELOW,
    NOT_CLOSEST, FEW_TERMS, BEYOND_K or OFF_COMMON, the first test it fails in that order) - so that a benchmark can
    say which step left out the lines a reader weighed (benchmarks/status_causes.py)."""
    overlap = np.ones(len(sims), dtype=np.float32) if overlap is None else overlap
    sims, ranks = np.asarray(sims), np.asarray(ranks)
    reasons = np.select([sims < params.next_threshold, ranks > params.next_rank, overlap < params.next_overlap],
                        [BELOW, NOT_CLOSEST, FEW_TERMS], WEIGHED).astype(object).tolist()
    eligible = [i for i in np.argsort(-sims, kind="stable") if reasons[i] == WEIGHED]
    for i in eligible[params.next_k:]:
        reasons[i] = BEYOND_K
    keep = coherent(eligible[:params.next_k], vectors, params.next_coherence)
    for i in set(eligible[:params.next_k]) - set(keep):
        reasons[i] = OFF_COMMON
    return keep, reasons


GENERAL_ONLY = "only the general subject"


def only_general(keep: list[int], distinct: np.ndarray | None, whole: bool = False) -> bool:
    """Whether the evidence `keep` (positions in `distinct`) is only on the recommendation's general subject: none of
    its lines writes the recommendation's distinct matter (words.distinct_terms: "delegated authority" of a
    recommendation on foster carers' delegated authority, where a long report's lines on fostering all score above
    the threshold) - with `whole`, no line of the next report at all. The next report then does not say how that
    matter went: "not mentioned" (issue #18, status28)."""
    if distinct is None or not keep:
        return False
    return not (distinct.any() if whole else any(distinct[i] for i in keep))


def next_inspection_links(base, rows, sims, ranks, records, doc_type, params, asked: set = frozenset(),
                          grades: tuple = ([], None), overlap: np.ndarray | None = None,
                          vectors: np.ndarray | None = None, distinct: np.ndarray | None = None,
                          parts: np.ndarray | None = None) -> list[dict]:
    """The next_inspection rows of one recommendation (`base`: its columns) from the next report's findings at
    positions `rows` (matter_rows) with their scores `sims`, the recommendation's rank among each finding's closest
    (`ranks`) and its key-term share (`overlap`); `asked`: the findings that make up the reports' own
    recommendations; `grades`: the next report's area_grades; `vectors`: the findings' vectors (row i = rows[i]),
    for next_coherence; `distinct`: whether each finding carries the recommendation's distinct matter (None: the
    recommendation has none, or the rule is off): only_general; `parts`: the findings' scores for each part of the
    recommendation (parts.each_part_scores), for next_parts_mixed and next_parts_praised: parted_status. Every row
    carries the status; the rows are ranked as decided_first lists them."""
    keep = weighed(sims, ranks, params, overlap, vectors)[0]
    picked = [records[rows[i]] for i in keep]
    weights = [max(float(sims[i]) - params.next_base, 0.01) for i in keep]
    # A recommendation of the next report on the same matter asks for more: it counts as a concern.
    polarity = ["concern" if f["kind"] == "recommendation" else f["polarity"] for f in picked]
    if params.shortfall:
        polarity = [evidence_weights(str(f["text"]), p) for f, p in zip(picked, polarity)]
    found = [section_grade(str(f.get("section", "")), *grades) for f in picked]
    found = [g for g in found if g is not None]
    status = status_from(polarity, weights, params, float(np.mean(found)) if found else None)
    sides = sides_of(polarity)
    if led_by_closest([float(sims[i]) for i in keep], params.next_lead) and sum(sides[0]) > 0:
        status = status_from(polarity[:1], weights[:1], params)
    if params.parts_used():
        status = parted_status(status, part_shares(parts, ranks, records, rows, params), params)
    named_again = any(f["finding_id"] in asked for f in picked) or any(
        records[rows[i]]["finding_id"] in asked for i in np.flatnonzero(sims >= params.asked_threshold)
        if ranks[i] <= params.next_rank)
    if params.asked_again and status == "improved" and named_again:
        status = "mixed"
    match = "similar"
    if only_general(keep, distinct, params.next_distinct_whole) and status != "not mentioned":
        status, match = "not mentioned", GENERAL_ONLY
    if not keep:
        return [link_row(base, "next_inspection", 0, {}, doc_type, np.nan, "", status)]
    return [link_row(base, "next_inspection", rank, picked[k], doc_type, float(sims[keep[k]]), match, status)
            for rank, k in enumerate(decided_first(sides, status), start=1)]
