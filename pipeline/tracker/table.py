"""The tracker table: what an inspection asked for -> what the council said it did -> what the next inspection found.

Input: the run's documents (doc_id, file, authority, doc_type, date), findings (finding_id, doc_id, section, start,
text, kind, polarity, ...) with their vectors (row i = findings row i, L2-normalised), the recommendations table
(`pipeline.recommendations`) and the recommendations' vectors from the same model.

Which council documents answer a report and which report is its next inspection: pipeline.tracker.windows; the
response links: pipeline.tracker.responses; the next-inspection status: pipeline.tracker.next_inspection.

Output `tracker.csv`, long: one row per link, TRACKER_COLUMNS:
    rec_id, authority, report_file, report_date, recommendation
    report_grade, next_grade   the report's and the next inspection's graded judgements (pipeline.judgements):
                 the overall effectiveness when judged, else every judged area ("help and protection: Inadequate; ...")
    next_file, next_date       the next inspection report ("" when there is none in the corpus)
    part         "response" (council documents) or "next_inspection"
    rank         1.. within (rec_id, part); 0 on a row that only carries a status. Responses by score (quotes first);
                 next-inspection evidence as decided_first lists it: the side that decided a one-sided status first
    file, doc_type, date, finding_id, quote   the linked finding ("" on a status-only row)
    similarity   cosine of the finding and the recommendation (without its purpose clause: recommendation_core), plus
                 lexical_weight x their shared rare words (abbreviations spelt out by the glossary, or by the
                 finding's own document where it defines them: pipeline.tracker.defined), plus heading_weight
                 when the finding's section heading restates the recommendation (float, rounded to 3 places)
    kind, polarity   of the linked finding
    match        "quote" (the finding repeats the recommendation word for word), "under quote" (it stands under a
                 heading or line that quotes it), "under heading" (similarity, with the bonus of a section heading
                 that restates the recommendation in other words, at or above the threshold), "similar"
                 (similarity at or above the threshold; a lower one for a line of committee minutes, in the theme
                 of the recommendation's own findings, or clearly closer to this recommendation than to any other), "beside a match" (the line just before or after one linked by
                 similarity, in its section, from response_beside when the recommendation is its closest too),
                 "between matches" (a short line of a list between two lines linked to recommendations of the report,
                 for its own closest one from response_between: pipeline.tracker.responses.between_rows),
                 "names it by number" (a council line naming the recommendation by the report's number for it,
                 "recommendation 3": pipeline.tracker.numbered), "after its number" (one of the few lines after such
                 a line in its section, where the progress on it is told),
                 "restates the inspection" (linked as any of the above but a quote would be, but the line says what
                 the inspection found rather than what the council did: pipeline.tracker.restated; the view says so);
                 on a next_inspection status row, "next framework does not review the Board" (a recommendation of
                 a report's Board part when the next report reviews no Board: pipeline.tracker.board); on a
                 next_inspection evidence row, "only the general subject" when none of the lines writes the
                 recommendation's distinct matter (TrackerParams.next_distinct, off by default)
    status       response rows: "linked", "none" (nothing addresses it), "no council documents" (none in the window);
                 next_inspection rows: "improved", "still a concern", "mixed", "not mentioned" (also for a Board
                 recommendation the next report's framework cannot speak to), "no later inspection"
    progress     response rows with a line: what the line says of the action on the recommendation - "done",
                 "under way", "planned", "delayed or not started", "none said" (pipeline.tracker.progress: its
                 tense, aspect, modal and negation); "" on the other rows
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from pipeline.judgements import own_judgements
from pipeline.schema import TRACKER_COLUMNS
from pipeline.themes.cluster_text import read_glossary
from pipeline.tracker.answerable import unanswering_rows
from pipeline.tracker.board import NOT_REVIEWED, board_recommendations, reviews_board
from pipeline.tracker.defined import document_lexical
from pipeline.tracker.grades import area_grades, grade_summary
from pipeline.tracker.groups import off_group
from pipeline.tracker.matter import matched_text, matter_words
from pipeline.tracker.next_inspection import matter_rows, next_inspection_links
from pipeline.tracker.numbered import number_blocks, report_numbers
from pipeline.tracker.params import TrackerParams
from pipeline.tracker.parts import each_part_scores, part_scores
from pipeline.tracker.process import keep_lent, low_score_allowed
from pipeline.tracker.progress import response_progress
from pipeline.tracker.responses import (between_rows, quote_blocks, response_links, restating_headings,
                                        same_theme)
from pipeline.tracker.restated import restating_rows
from pipeline.tracker.rows import FindingRecords, link_row, margin_over_others, rank_among_recs
from pipeline.tracker.second import second_answers
from pipeline.tracker.topics import topic_overlap
from pipeline.tracker.windows import windows
from pipeline.tracker.words import distinct_carried, findings_lexical, idf_weights, lexical_overlap, lexical_texts


def track(recs: pd.DataFrame, rec_vectors: np.ndarray, documents: pd.DataFrame, findings: pd.DataFrame,
          vectors: np.ndarray, params: TrackerParams = TrackerParams(),
          judgements: pd.DataFrame | None = None, glossary: dict | None = None,
          part_vectors: dict[str, np.ndarray] | None = None) -> pd.DataFrame:
    """recommendations (REC_COLUMNS) + their vectors (n_recs, dim) + documents + findings with vectors
    (n_findings, dim) [+ judgements, for the grades; + glossary (pipeline.themes.cluster_text.read_glossary), the
    shipped one when None; + the vectors of the recommendations' parts by their text, for next_parts
    (pipeline.tracker.parts; a part without one is scored by the whole's cosine)] -> tracker table (TRACKER_COLUMNS)."""
    answers, following = windows(documents)
    vectors = np.asarray(vectors, dtype=np.float32)
    rec_vectors = np.asarray(rec_vectors, dtype=np.float32)
    findings, recs = findings.reset_index(drop=True), recs.reset_index(drop=True)
    rows_of = {doc_id: group.sort_values("start", kind="stable").index.to_numpy()
               for doc_id, group in findings.groupby("doc_id", sort=False)}
    doc_types = dict(zip(documents["doc_id"], documents["doc_type"]))
    doc_rows = {row["doc_id"]: row for row in documents.to_dict("records")}
    graded = set(judgements["finding_id"]) if judgements is not None and "finding_id" in judgements else set()
    judgements = own_judgements(judgements)  # a previous inspection's grades quoted in a report are not its own
    # The findings that make up the reports' own recommendations.
    asked = {fid for ids in recs["finding_ids"] for fid in str(ids).split()} if "finding_ids" in recs else set()
    records = FindingRecords(findings, ("finding_id", "doc_id", "file", "date", "text", "kind", "polarity", "section",
                                        "voice"))
    glossary = read_glossary() if glossary is None else glossary
    lexical = (np.asarray(document_lexical(findings, findings_lexical(findings, glossary), glossary), dtype=object)
               if params.lexical_weight or params.heading_weight or params.topic_weight
               or params.response_process_words or params.lent_process_words else None)
    idf = idf_weights(lexical.tolist()) if lexical is not None else {}
    sections = findings["section"].fillna("").astype(str).to_numpy() if "section" in findings else None
    ids = findings["finding_id"].to_numpy()
    row_of_id = {fid: i for i, fid in enumerate(ids)}
    themes = (dict(zip(ids, pd.to_numeric(findings["theme_id"], errors="coerce").fillna(-1).astype(int)))
              if "theme_id" in findings and params.response_theme_threshold < params.response_threshold else {})
    texts = findings["text"].astype(str).tolist()
    lexical_list = lexical.tolist() if lexical is not None else texts
    # A line with its lead-in and section heading, as read for the groups of children it names.
    contexts = [lexical_list, findings["lead_in"].fillna("").astype(str).tolist() if "lead_in" in findings else
                [""] * len(texts), sections.tolist() if sections is not None else [""] * len(texts)]
    restating = restating_rows(findings, documents)
    unanswering = (unanswering_rows(findings, documents, params.response_min_words) if params.answerable_only
                   else frozenset())
    starts = dict(zip(ids, findings["start"])) if "start" in findings else {}

    def areas_of(doc_id) -> list:
        return [] if judgements is None else judgements.loc[judgements["doc_id"] == doc_id, "area"].tolist()

    rows: list[dict] = []
    for report_id, report_recs in recs.groupby("doc_id", sort=False):
        rec_rows = report_recs.index.to_numpy()
        council = [d for d in answers.get(report_id, []) if d in rows_of]
        next_id = following.get(report_id)
        next_doc = doc_rows.get(next_id, {}) if next_id else {}
        grades = (grade_summary(judgements, report_id), grade_summary(judgements, next_id))
        next_grades = area_grades(judgements, next_id)
        # Recommendations to the Board, when the next report reviews none (pipeline.tracker.board).
        unreviewed = (board_recommendations(report_recs, starts, str(doc_rows.get(report_id, {}).get("text", "")),
                                            areas_of(report_id))
                      if params.board_scope and next_id and not reviews_board(str(next_doc.get("text", "")),
                                                                              areas_of(next_id)) else set())
        # Similarities of every candidate finding to every recommendation of this report: a finding counts for a
        # recommendation only when it is among the finding's closest ones, so a general line ("staffing was a
        # problem") does not answer every recommendation at once.
        council_rows = np.concatenate([rows_of[d] for d in council]) if council else np.zeros(0, dtype=int)
        next_rows = matter_rows(findings, rows_of.get(next_id, np.zeros(0, dtype=int)) if next_id else
                                np.zeros(0, dtype=int), graded, params.next_voice)
        council_sims = vectors[council_rows] @ rec_vectors[rec_rows].T
        next_cosine = next_sims = vectors[next_rows] @ rec_vectors[rec_rows].T
        matter = [matter_words(matched_text(t, params)) for t in report_recs["text"]]
        rec_texts = lexical_texts(matter, glossary) if lexical is not None else []
        next_overlap = (lexical_overlap(rec_texts, lexical[next_rows].tolist(), idf) if lexical is not None
                        else np.ones(next_sims.shape, dtype=np.float32))
        if params.lexical_weight:
            council_sims = council_sims + params.lexical_weight * lexical_overlap(
                rec_texts, lexical[council_rows].tolist(), idf)
            next_sims = next_sims + params.lexical_weight * next_overlap
            # A recommendation asking for several things: a line on one of them scores for that part too.
            each_part = (each_part_scores(next_cosine, vectors[next_rows], lexical[next_rows].tolist(), matter,
                                          glossary, idf, params, part_vectors)
                         if params.parts_used() else [None] * len(matter))
            next_sims = part_scores(next_sims, each_part, params.next_parts) if params.next_parts < 9 else next_sims
        if params.topic_weight:
            council_sims = council_sims + params.topic_weight * topic_overlap(rec_texts,
                                                                              lexical[council_rows].tolist())
        headed: dict[int, set[int]] = {}  # recommendation column -> council rows under a heading restating it
        if params.heading_weight and sections is not None and len(council_rows):
            heads = sections[council_rows]
            restated = restating_headings(sorted(set(heads)), rec_texts, idf, params.heading_share, glossary)
            for i, head in enumerate(heads):
                if head in restated:
                    council_sims[i, restated[head]] += params.heading_weight
                    headed.setdefault(restated[head], set()).add(int(council_rows[i]))
        council_off = np.zeros(council_sims.shape, dtype=bool)
        if params.response_group and len(council_rows):
            # A council line answering a recommendation on a group of children by its score names the group, in
            # itself, its lead-in or its section heading (pipeline.tracker.groups); the recommendation is then not
            # among its closest either. A list's items between matches keep their plain ranks (between_rows).
            council_off = off_group(lexical_texts(report_recs["text"].astype(str).tolist(), glossary),
                                    [" | ".join(context[r] for context in contexts) for r in council_rows],
                                    populations=True)
        plain_rank = rank_among_recs(council_sims)
        council_rank = rank_among_recs(council_sims - 9.0 * council_off) if council_off.any() else plain_rank
        council_margin = margin_over_others(council_sims - 9.0 * council_off)
        # One line answering two recommendations: its second closest too, on as good evidence (pipeline.tracker.second).
        council_second = (second_answers(council_sims, council_rank, lexical[council_rows].tolist(), rec_texts,
                                         params.response_threshold, params.response_second)
                          if params.response_second > 0 and lexical is not None and len(council_rows)
                          else np.zeros(council_sims.shape, dtype=bool))
        lower = min(params.response_theme_threshold, params.response_minutes_threshold,
                    params.response_clear) < params.response_threshold
        low_allowed = (low_score_allowed(rec_texts, findings["text"].to_numpy()[council_rows].tolist(),
                                         lexical[council_rows].tolist(), params.response_process_words)
                       if params.response_process_words and lower and lexical is not None and len(council_rows)
                       else None)
        if params.next_group:
            # A line of the next report on a recommendation's matter names its group of children, in the line or
            # its section heading (pipeline.tracker.groups).
            whole = report_recs["text"].astype(str).tolist() if params.next_group_whole else matter
            line_texts = lexical_list if lexical is not None else texts
            heads = sections[next_rows] if params.next_group_section and sections is not None else None
            lines = [line_texts[r] + ("" if heads is None else " | " + heads[i]) for i, r in enumerate(next_rows)]
            next_sims = next_sims - params.next_group * off_group(lexical_texts(whole, glossary), lines)
        next_rank = rank_among_recs(next_sims)
        # Which next-report lines write each recommendation's distinct matter (next_inspection.only_general).
        carried, distinct = (distinct_carried(rec_texts, lexical[next_rows].tolist(), idf, params.next_distinct)
                             if params.next_distinct and lexical is not None else (None, np.zeros(len(rec_rows), bool)))
        quoted, under, named, after_named = {}, {}, {}, {}
        # The report's recommendations by the numbers a council cites them by (pipeline.tracker.numbered).
        numbers = (report_numbers(report_recs, starts, str(doc_rows.get(report_id, {}).get("text", "")))
                   if params.response_numbers and council else {})
        for doc_id in council:
            lines = findings.loc[rows_of[doc_id]].reset_index(drop=True)
            blocks = (*quote_blocks(lines, report_recs, params),
                      *number_blocks(lines["text"].tolist(), lines["section"].fillna("").tolist(), numbers))
            for found, block in zip((quoted, under, named, after_named), blocks):
                for rec_id, hits in block.items():
                    found.setdefault(rec_id, set()).update(rows_of[doc_id][sorted(hits)])
        report_list = report_recs.to_dict("records")

        def responses(column: int, rec: dict, base: dict, between: frozenset = frozenset()) -> list[dict]:
            return response_links(base, council_rows, council_sims[:, column], council_rank[:, column],
                                  quoted.get(rec["rec_id"], set()),
                                  keep_lent(rec_texts[column] if len(rec_texts) else "",
                                            under.get(rec["rec_id"], set()), texts, lexical_list,
                                            params.lent_process_words), records,
                                  doc_types, params, headed.get(column, set()),
                                  same_theme(themes, ids, council_rows, rec.get("finding_ids", "")),
                                  None if low_allowed is None else low_allowed[:, column], restating,
                                  council_margin[:, column], unanswering, between, council_off[:, column],
                                  frozenset(named.get(rec["rec_id"], ())),
                                  frozenset(after_named.get(rec["rec_id"], ())), council_second[:, column])

        bases = [{"rec_id": rec["rec_id"], "authority": rec["authority"], "report_file": rec["file"],
                  "report_date": rec["date"], "report_grade": grades[0], "recommendation": rec["text"],
                  "next_file": next_doc.get("file", ""), "next_date": str(next_doc.get("date", "")),
                  "next_grade": grades[1]} for rec in report_list]
        first: dict[int, list[dict]] = {}
        between: dict[int, set[int]] = {}
        if council and params.response_between < 9.0:
            # A first pass finds the lines linked to any recommendation; a line of a list between two of them
            # answers its own closest one (between_rows). A recommendation no such line answers keeps its first pass.
            first = {column: responses(column, rec, bases[column]) for column, rec in enumerate(report_list)}
            linked = {row_of_id[link["finding_id"]] for links in first.values() for link in links if link["rank"] > 0}
            between = between_rows(council_rows, linked, plain_rank, council_sims, records, params, low_allowed)
        for column, rec in enumerate(report_list):
            base = bases[column]
            if not council:
                rows.append(link_row(base, "response", 0, {}, "", np.nan, "", "no council documents"))
            elif column in first and column not in between:
                rows += first[column]
            else:
                rows += responses(column, rec, base, frozenset(between.get(column, ())))
            if not next_id:
                rows.append(link_row(base, "next_inspection", 0, {}, "", np.nan, "", "no later inspection"))
            elif rec["rec_id"] in unreviewed:
                rows.append(link_row(base, "next_inspection", 0, {}, doc_types.get(next_id, ""), np.nan,
                                     NOT_REVIEWED, "not mentioned"))
            else:
                rows += next_inspection_links(base, next_rows, next_sims[:, column], next_rank[:, column],
                                              records, doc_types.get(next_id, ""), params, asked, next_grades,
                                              next_overlap[:, column], vectors[next_rows],
                                              carried[:, column] if distinct[column] else None,
                                              each_part[column] if params.lexical_weight else None)
    table = pd.DataFrame(rows, columns=TRACKER_COLUMNS)
    # What each response line says of the action on its recommendation (pipeline.tracker.progress).
    table["progress"] = response_progress(table)
    return table.astype({"rank": "int64"})
