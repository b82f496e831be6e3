"""Recommendation tracker: what an inspection asked for -> what the council said it did -> what the next inspection
found.

Input: the run's documents (doc_id, file, authority, doc_type, date), findings (finding_id, doc_id, section, start,
text, kind, polarity, ...) with their vectors (row i = findings row i, L2-normalised), the recommendations table
(`pipeline.recommendations`) and the recommendations' vectors from the same model.

A council document (any doc_type but inspection_report) answers the most recent inspection report of its authority
dated on or before it (a year-only date such as "2019" counts as its last day, so minutes dated "2019" answer a report
of May 2019); the next inspection of a report is the authority's first inspection report dated after it.

Output `tracker.csv`, long: one row per link, TRACKER_COLUMNS:
    rec_id, authority, report_file, report_date, recommendation
    part         "response" (council documents) or "next_inspection"
    rank         1.. within (rec_id, part); 0 on a row that only carries a status
    file, doc_type, date, finding_id, quote   the linked finding ("" on a status-only row)
    similarity   cosine of the finding and the recommendation (float, rounded to 3 places)
    kind, polarity   of the linked finding
    match        "quote" (the finding repeats the recommendation word for word), "under quote" (it stands under a
                 heading or line that quotes it), "similar" (similarity at or above the threshold)
    status       response rows: "linked", "none" (nothing addresses it), "no council documents" (none in the window);
                 next_inspection rows: "improved", "still a concern", "mixed", "not mentioned", "no later inspection"
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from difflib import SequenceMatcher

import numpy as np
import pandas as pd

TRACKER_COLUMNS = [
    "rec_id", "authority", "report_file", "report_date", "recommendation", "part", "rank", "file", "doc_type", "date",
    "finding_id", "similarity", "kind", "polarity", "match", "status", "quote",
]
STATUSES = ("improved", "still a concern", "mixed", "not mentioned")
PARTS = ("response", "next_inspection")


@dataclass(frozen=True)
class TrackerParams:
    """Thresholds of the tracker, calibrated on the tuning half of tests/data/tracker_links.csv
    (benchmarks/tracker_quality.py --calibrate)."""
    top_k: int = 3                  # response links kept per recommendation
    response_threshold: float = 0.60  # cosine at or above which a council finding counts as addressing a recommendation
    next_threshold: float = 0.55    # cosine at or above which a next-inspection finding is on the same matter
    next_k: int = 5                 # next-inspection findings weighed at most
    improved_share: float = 0.60    # strength share of the weighed findings at or above which the matter "improved"
    concern_share: float = 0.30     # at or below which it is "still a concern" (between: "mixed")
    quote_share: float = 0.8        # share of the shorter text's words in one run to count as a word-for-word quote
    quote_min_words: int = 6

    def to_dict(self) -> dict:
        return asdict(self)


def date_range(value) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """"2019-05-08" -> that day twice; "2019-05" -> its first and last day; "2019" -> 1 Jan and 31 Dec; else None."""
    text = str(value or "").strip()
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text[:10])
    if not match:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        if day:
            day_ = pd.Timestamp(int(year), int(month), int(day))
            return day_, day_
        if month:
            first = pd.Timestamp(int(year), int(month), 1)
            return first, first + pd.offsets.MonthEnd(0)
        return pd.Timestamp(int(year), 1, 1), pd.Timestamp(int(year), 12, 31)
    except ValueError:
        return None


def windows(documents: pd.DataFrame) -> tuple[dict[str, list[str]], dict[str, str | None]]:
    """(report doc_id -> council doc_ids answering it, report doc_id -> next report's doc_id or None)."""
    answers: dict[str, list[str]] = {}
    following: dict[str, str | None] = {}
    for _, docs in documents.groupby("authority", sort=True):
        dated = [(row["doc_id"], row["doc_type"], date_range(row["date"])) for row in docs.to_dict("records")]
        reports = sorted((span[0], doc_id) for doc_id, kind, span in dated if kind == "inspection_report" and span)
        for i, (_, doc_id) in enumerate(reports):
            answers[doc_id] = []
            following[doc_id] = reports[i + 1][1] if i + 1 < len(reports) else None
        for doc_id, kind, span in dated:
            if kind == "inspection_report" or not span:
                continue
            before = [rid for start, rid in reports if start <= span[1]]
            if before:
                answers[before[-1]].append(doc_id)
    return answers, following


_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(str(text).lower().replace("’", "'"))


def quotes(rec_text: str, text: str, params: TrackerParams = TrackerParams()) -> bool:
    """Whether `text` repeats `rec_text` word for word: one unbroken run of words shared by both covers at least
    quote_share of the shorter one (a heading may copy only the first line of a long recommendation, or join two)."""
    a, b = _words(rec_text), _words(text)
    shorter = min(len(a), len(b))
    if shorter < params.quote_min_words:
        return False
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= params.quote_min_words and match.size >= params.quote_share * shorter


def _quote_blocks(doc_findings: pd.DataFrame, recs: pd.DataFrame, params: TrackerParams
                  ) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
    """For one council document (findings in text order, positional index): rec_id -> positions of findings that
    quote it, and rec_id -> positions of findings under such a quote (after a quoting line until the next quote of
    any recommendation or a new heading; or sharing a heading that quotes it)."""
    texts, sections = doc_findings["text"].tolist(), doc_findings["section"].tolist()
    quoted: dict[str, set[int]] = {}
    anchors: list[tuple[int, str]] = []
    section_quotes: dict[str, set[str]] = {}
    for rec_id, rec_text in zip(recs["rec_id"], recs["text"]):
        hits = {i for i, text in enumerate(texts) if quotes(rec_text, text, params)}
        if hits:
            quoted[rec_id] = hits
            anchors += [(i, rec_id) for i in hits]
        heads = {s for s in set(sections) if s and quotes(rec_text, s, params)}
        if heads:
            section_quotes[rec_id] = heads
    starts = sorted(i for i, _ in anchors)
    under: dict[str, set[int]] = {}
    for i, rec_id in anchors:
        later = [s for s in starts if s > i]
        stop = later[0] if later else len(texts)
        block = {j for j in range(i + 1, stop) if sections[j] == sections[i]}
        under.setdefault(rec_id, set()).update(block)
    for rec_id, heads in section_quotes.items():
        # A heading that quotes the recommendation: the findings under it, up to the next line that quotes one
        # (headings the segmenter did not recognise as such stay inside the section).
        positions = [j for j, section in enumerate(sections) if section in heads]
        stop = next((s for s in starts if s > positions[0]), len(texts))
        under.setdefault(rec_id, set()).update(j for j in positions if j < stop and j not in quoted.get(rec_id, ()))
    return quoted, under


def track(recs: pd.DataFrame, rec_vectors: np.ndarray, documents: pd.DataFrame, findings: pd.DataFrame,
          vectors: np.ndarray, params: TrackerParams = TrackerParams()) -> pd.DataFrame:
    """recommendations (REC_COLUMNS) + their vectors (n_recs, dim) + documents + findings with vectors
    (n_findings, dim) -> tracker table (TRACKER_COLUMNS)."""
    answers, following = windows(documents)
    vectors = np.asarray(vectors, dtype=np.float32)
    rec_vectors = np.asarray(rec_vectors, dtype=np.float32)
    positions = pd.Series(np.arange(len(findings)), index=findings.index)
    by_doc = {doc_id: group.sort_values("start") for doc_id, group in findings.groupby("doc_id", sort=False)}
    doc_types = dict(zip(documents["doc_id"], documents["doc_type"]))
    rows: list[dict] = []
    rec_row = {rec_id: i for i, rec_id in enumerate(recs["rec_id"])}
    for report_id, report_recs in recs.groupby("doc_id", sort=False):
        council = [d for d in answers.get(report_id, []) if d in by_doc]
        blocks = {d: _quote_blocks(by_doc[d].reset_index(drop=True), report_recs, params) for d in council}
        next_id = following.get(report_id)
        for rec in report_recs.to_dict("records"):
            rv = rec_vectors[rec_row[rec["rec_id"]]]
            base = {"rec_id": rec["rec_id"], "authority": rec["authority"], "report_file": rec["file"],
                    "report_date": rec["date"], "recommendation": rec["text"]}
            rows += _responses(base, rec["rec_id"], rv, council, blocks, by_doc, positions, vectors, doc_types, params)
            rows += _next_inspection(base, rv, by_doc.get(next_id) if next_id else None, next_id, positions, vectors,
                                     doc_types, params)
    table = pd.DataFrame(rows, columns=TRACKER_COLUMNS)
    return table.astype({"rank": "int64"})


def _link(base: dict, part: str, rank: int, finding: dict, doc_type: str, similarity: float, match: str,
          status: str) -> dict:
    return {**base, "part": part, "rank": rank, "file": finding.get("file", ""), "doc_type": doc_type,
            "date": str(finding.get("date", "")), "finding_id": finding.get("finding_id", ""),
            "similarity": round(float(similarity), 3) if finding else np.nan, "kind": finding.get("kind", ""),
            "polarity": finding.get("polarity", ""), "match": match, "status": status,
            "quote": finding.get("text", "")}


def _responses(base, rec_id, rv, council, blocks, by_doc, positions, vectors, doc_types, params) -> list[dict]:
    if not council:
        return [_link(base, "response", 0, {}, "", np.nan, "", "no council documents")]
    scored = []
    for doc_id in council:
        doc = by_doc[doc_id].reset_index()
        quoted, under = blocks[doc_id]
        sims = vectors[positions.loc[doc["index"]].to_numpy()] @ rv
        for j, finding in enumerate(doc.to_dict("records")):
            if j in quoted.get(rec_id, ()):
                match, order = "quote", 2
            elif j in under.get(rec_id, ()):
                match, order = "under quote", 1
            elif sims[j] >= params.response_threshold:
                match, order = "similar", 0
            else:
                continue
            scored.append((-order, -float(sims[j]), doc_id, j, finding, float(sims[j]), match))
    scored.sort(key=lambda item: item[:4])
    if not scored:
        return [_link(base, "response", 0, {}, "", np.nan, "", "none")]
    return [_link(base, "response", rank, finding, doc_types.get(doc_id, ""), sim, match, "linked")
            for rank, (_, _, doc_id, _, finding, sim, match) in enumerate(scored[:params.top_k], start=1)]


def status_from(polarities: list[str], similarities: list[float], params: TrackerParams) -> str:
    """improved / still a concern / mixed / not mentioned from the polarities of the next inspection's findings on
    the matter, weighted by similarity (neutral findings do not count)."""
    strength = sum(s for p, s in zip(polarities, similarities) if p == "strength")
    concern = sum(s for p, s in zip(polarities, similarities) if p == "concern")
    if strength + concern <= 0:
        return "not mentioned"
    share = strength / (strength + concern)
    if share >= params.improved_share:
        return "improved"
    if share <= params.concern_share:
        return "still a concern"
    return "mixed"


def _next_inspection(base, rv, doc, next_id, positions, vectors, doc_types, params) -> list[dict]:
    if doc is None:
        return [_link(base, "next_inspection", 0, {}, "", np.nan, "", "no later inspection")]
    sims = vectors[positions.loc[doc.index].to_numpy()] @ rv
    order = [i for i in np.argsort(-sims, kind="stable") if sims[i] >= params.next_threshold][:params.next_k]
    picked = doc.iloc[order]
    # A recommendation of the next report on the same matter asks for more: it counts as a concern.
    polarity = [("concern" if kind == "recommendation" else pol) for kind, pol in zip(picked["kind"], picked["polarity"])]
    status = status_from(polarity, [float(sims[i]) for i in order], params)
    if not order:
        return [_link(base, "next_inspection", 0, {}, doc_types.get(next_id, ""), np.nan, "", status)]
    return [_link(base, "next_inspection", rank, finding, doc_types.get(next_id, ""), float(sims[i]), "similar", status)
            for rank, (i, finding) in enumerate(zip(order, picked.to_dict("records")), start=1)]
