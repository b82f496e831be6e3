"""Response links: which findings of the council documents answering a report address each of its recommendations.

A finding that quotes the recommendation word for word ("quote"), one under such a quote or under a heading that
quotes it ("under quote"; a line about the inspection process itself only when it names the recommendation's matter,
with lent_process_words), and one whose score (cosine + shared words + shared topics, plus heading_weight under a
section heading that restates the recommendation in other words: "under heading") reaches the threshold while the
recommendation is among the finding's closest ones ("similar"; a lower threshold for a line of committee minutes,
which speak of a recommendation in other words, for one in a theme of the recommendation's own findings, and for one
whose score for this recommendation clearly exceeds its score for any other, response_clear_margin; a line
about the inspection process itself takes those lower thresholds only when it names the recommendation's matter:
pipeline.tracker.process); a line next to one linked by score, in the same document and section, from
response_beside when the recommendation is its closest too ("beside a match"); a short line of a list between two
lines linked to recommendations of the report, for its own closest one from response_between ("between matches");
at most top_k per recommendation, quotes first."""

from __future__ import annotations

from difflib import SequenceMatcher

import numpy as np
import pandas as pd

from pipeline.tracker.numbered import AFTER_NAMED, NAMED
from pipeline.tracker.params import TrackerParams
from pipeline.tracker.rows import link_row
from pipeline.tracker.words import content_words, lexical_texts, tokens


# The match of a linked council line that restates the inspection instead of answering it (pipeline.tracker.restated).
RESTATES = "restates the inspection"


def quotes(rec_text: str, text: str, params: TrackerParams = TrackerParams()) -> bool:
    """Whether `text` repeats `rec_text` word for word: one unbroken run of words shared by both covers at least
    quote_share of the shorter one (a heading may copy only the first line of a long recommendation, or join two)."""
    a, b = tokens(rec_text), tokens(text)
    shorter = min(len(a), len(b))
    # Cheap test first: a quote shares most of the shorter text's words at all.
    fewer = set(a if len(a) <= len(b) else b)
    if shorter < params.quote_min_words or len(set(a) & set(b)) < params.quote_share * len(fewer):
        return False
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= params.quote_min_words and match.size >= params.quote_share * shorter


def quote_blocks(doc_findings: pd.DataFrame, recs: pd.DataFrame, params: TrackerParams
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


def restating_headings(headings: list[str], rec_texts: list[str], idf: dict[str, float], share: float,
                       glossary: dict) -> dict[str, int]:
    """Section headings of a council document that restate one recommendation in other words -> that
    recommendation's position in `rec_texts` (lexical texts of one report's recommendations): the recommendation uses at
    least `share` of the heading's idf-weighted words, and no other recommendation of the report uses as many (a
    heading such as "Quality assurance" that fits two recommendations restates neither)."""
    if not headings or not rec_texts:
        return {}
    default = max(idf.values(), default=1.0)
    rec_words = [content_words(t) for t in rec_texts]
    out = {}
    for heading, text in zip(headings, lexical_texts(headings, glossary)):
        words = {w: idf.get(w, default) for w in content_words(text)}
        total = sum(words.values())
        if not total:
            continue
        shares = sorted(((sum(v for w, v in words.items() if w in rw) / total, j) for j, rw in enumerate(rec_words)),
                        reverse=True)
        if shares[0][0] >= share and (len(shares) == 1 or shares[1][0] < shares[0][0]):
            out[heading] = shares[0][1]
    return out


def same_theme(themes: dict, ids: np.ndarray, rows: np.ndarray, finding_ids) -> np.ndarray:
    """Whether each of `rows` (positions in the findings, whose ids are `ids`) sits in a theme (`themes`:
    finding_id -> theme_id) of the recommendation's own findings (`finding_ids`, space-separated); an outlier
    (theme_id < 0) shares no theme."""
    own = {themes.get(fid, -1) for fid in str(finding_ids or "").split()}
    own = {theme for theme in own if theme >= 0}
    if not own or not len(rows):
        return np.zeros(len(rows), dtype=bool)
    return np.asarray([themes.get(fid, -1) in own for fid in ids[rows]], dtype=bool)


def response_threshold(doc_type: str, themed: bool, params: TrackerParams) -> float:
    """The score from which a council finding (of a document of `doc_type`) answers a recommendation: the general
    threshold, or the lower of the theme's (the finding sits in a theme of the recommendation's own findings) and
    the minutes' (committee minutes speak of a recommendation in other words) where they apply."""
    threshold = params.response_threshold
    if themed:
        threshold = min(threshold, params.response_theme_threshold)
    if doc_type == "committee_minutes":
        threshold = min(threshold, params.response_minutes_threshold)
    return threshold


def beside_links(rows, sims, ranks, scored, records, low_allowed, params, off=None) -> list[tuple]:
    """Candidates (as response_links sorts them) next to a finding linked by score: the finding just before or after
    it in `rows` (council findings in text order), of the same document and section, with this recommendation its
    closest (rank response_rank or better) and a score of at least response_beside; a line about the inspection
    process only when `low_allowed` says it names the matter; none that `off` marks (it names none of the
    recommendation's groups of children). None when response_beside is off (9)."""
    if params.response_beside >= 9.0 or not scored:
        return []
    position = {int(row): k for k, row in enumerate(rows)}
    taken = {row for _, _, row, _ in scored}
    out = []
    for _, _, row, match in scored:
        if match not in ("similar", "under heading"):
            continue
        k = position[row]
        here = records[row]
        for j in (k - 1, k + 1):
            if not 0 <= j < len(rows) or int(rows[j]) in taken:
                continue
            there = records[rows[j]]
            if (there["doc_id"] != here["doc_id"] or there.get("section", "") != here.get("section", "")
                    or ranks[j] > params.response_rank or sims[j] < params.response_beside or not low_allowed[j]
                    or (off is not None and off[j])):
                continue
            taken.add(int(rows[j]))
            out.append((0, -float(sims[j]), int(rows[j]), "beside a match"))
    return out


def between_rows(rows, linked: set[int], ranks: np.ndarray, sims: np.ndarray, records, params,
                 low_allowed: np.ndarray | None = None) -> dict[int, set[int]]:
    """Lines of a list whose neighbours both answer recommendations: recommendation column -> the council rows
    (`rows`, in text order; `linked`: those linked to any recommendation of the report in a first pass) that are not
    linked themselves but stand between two linked lines of the same document and section, for their closest
    recommendation (`ranks`, `sims`: (len(rows), n_recs)) when they score response_between or more for it (and
    `low_allowed` allows it). A council that restates the inspection's areas for improvement in its own words
    ("Local management and supervisory oversight", "Care planning, recording and analysis", "Rigour and impact of
    the CPP") writes one item per recommendation; an item scoring low for its own one is still that one's. None when
    response_between is off (9)."""
    out: dict[int, set[int]] = {}
    if params.response_between >= 9.0 or not len(rows):
        return out
    place = [(records[int(r)]["doc_id"], records[int(r)].get("section", "")) for r in rows]
    for k in range(1, len(rows) - 1):
        row = int(rows[k])
        if (row in linked or len(tokens(records[row]["text"])) > params.response_between_words
                or int(rows[k - 1]) not in linked or int(rows[k + 1]) not in linked
                or not place[k - 1] == place[k] == place[k + 1]):
            continue
        column = int(np.argmin(ranks[k]))
        if sims[k, column] >= params.response_between and (low_allowed is None or low_allowed[k, column]):
            out.setdefault(column, set()).add(row)
    return out


def response_links(base, rows, sims, ranks, quoted, under, records, doc_types, params, headed=frozenset(),
                   in_theme: np.ndarray | None = None, low_allowed: np.ndarray | None = None,
                   restating: frozenset = frozenset(), margins: np.ndarray | None = None,
                   unanswering: frozenset = frozenset(), between: frozenset = frozenset(),
                   off: np.ndarray | None = None, named: frozenset = frozenset(),
                   after_named: frozenset = frozenset(), second: np.ndarray | None = None) -> list[dict]:
    """The response rows of one recommendation (`base`: its columns) from the council findings at positions `rows`
    with their scores `sims` and the recommendation's rank among each finding's closest (`ranks`); `quoted`, `under`,
    `headed`: the positions that quote it, stand under a quote of it, stand under a heading restating it; `in_theme`:
    whether each of `rows` sits in a theme of the recommendation's own findings (same_theme); `margins`: how far each
    one's score for this recommendation lies above its score for any other (rows.margin_over_others); `low_allowed`: whether
    each may be linked from a score below the general threshold (pipeline.tracker.process.low_score_allowed; all when
    None); `restating`: positions of lines that restate the inspection instead of answering it
    (pipeline.tracker.restated): with params.restated_out never a response unless they quote the recommendation,
    else linked as any other line with the match RESTATES; `unanswering`: positions of lines that can answer nothing
    (a heading, a question, a procedural lead-in, a line too slight: pipeline.tracker.answerable), never a response
    unless they quote the recommendation; `between`: positions of lines of a list between two linked lines that answer
    this recommendation (between_rows), linked as "between matches" unless linked otherwise; `off`: whether each of
    `rows` names none of the groups of children the recommendation names (pipeline.tracker.groups, with its lead-in
    and section heading; TrackerParams.response_group), never linked by score nor beside a match then; `named`,
    `after_named`: positions of lines that name the recommendation by its number and of the lines after such a line
    (pipeline.tracker.numbered.number_blocks): the first linked as NAMED before any line linked by score, as a quote
    is, the others as AFTER_NAMED among the lines linked by score, whatever their score (unless they restate the
    inspection or can answer nothing); `second`: whether each of `rows` answers this recommendation as its second
    closest (pipeline.tracker.second), linked by score as a line whose closest it is."""
    scored = []
    # A relative threshold: of the recommendation's candidates, only those near its best one.
    floor = float(np.max(sims)) - params.response_margin if len(sims) else 0.0
    in_theme = np.zeros(len(rows), dtype=bool) if in_theme is None else in_theme
    low_allowed = np.ones(len(rows), dtype=bool) if low_allowed is None else low_allowed
    margins = np.zeros(len(rows), dtype=np.float32) if margins is None else margins
    lowest = min(params.response_threshold, params.response_theme_threshold, params.response_minutes_threshold,
                 params.response_clear)
    off = np.zeros(len(rows), dtype=bool) if off is None else off
    second = np.zeros(len(rows), dtype=bool) if second is None else second
    for row, sim, rank, themed, low_ok, margin, away, also in zip(rows, sims, ranks, in_theme, low_allowed, margins,
                                                                  off, second):
        if row in quoted:
            match, order = "quote", 2
        elif row in named and not (row in restating and params.restated_out):
            match, order = NAMED, 2
        elif row in unanswering:
            continue
        elif row in restating and params.restated_out:
            continue
        elif row in under:
            match, order = "under quote", 1
        elif row in after_named:
            match, order = AFTER_NAMED, 0
        elif (rank <= params.response_rank or also) and sim >= max(lowest, floor) and not away:
            # The finding's own threshold is read only for the few that reach the lowest one.
            doc_type = doc_types.get(records[row]["doc_id"], "")
            threshold = response_threshold(doc_type, themed, params)
            if margin >= params.response_clear_margin:
                threshold = min(threshold, params.response_clear)
            if sim < max(threshold, floor):
                continue
            if sim < params.response_threshold and not low_ok:
                continue  # a line about the inspection process that does not name the matter
            match, order = ("under heading" if row in headed else "similar"), 0
        else:
            continue
        scored.append((-order, -float(sim), int(row), match))
    scored += [link for link in beside_links(rows, sims, ranks, scored, records, low_allowed, params, off)
               if not (params.restated_out and link[2] in restating) and link[2] not in unanswering]
    taken = {row for _, _, row, _ in scored}
    scored += [(0, -float(sims[k]), int(row), "between matches") for k, row in enumerate(rows)
               if int(row) in between and int(row) not in taken and int(row) not in unanswering
               and not (params.restated_out and int(row) in restating)]
    scored = [(order, sim, row, RESTATES if row in restating and match != "quote" else match)
              for order, sim, row, match in scored]
    scored.sort()
    if not scored:
        return [link_row(base, "response", 0, {}, "", np.nan, "", "none")]
    return [link_row(base, "response", rank, records[row], doc_types.get(records[row]["doc_id"], ""),
                     -negative_sim, match, "linked")
            for rank, (_, negative_sim, row, match) in enumerate(scored[:params.top_k], start=1)]
