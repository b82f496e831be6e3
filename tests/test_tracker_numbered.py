"""A council line that names a recommendation by its number answers it, and the lines after it speak of it
(pipeline.tracker.numbered; use39: an improvement board going through the recommendations by number was missed)."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from pipeline.recommendations import extract_recommendations
from pipeline.tracker import TrackerParams, track
from pipeline.tracker.numbered import named_numbers, report_numbers
from tests.tracker_corpus import report_and_minutes


@pytest.mark.parametrize("text, numbers", [
    ("Priority 3 (assessments and plans, recommendation 3): rated amber.", [3]),
    ("Priority 7 (permanence, recommendations 7 and 8) was discussed at length.", [7, 8]),
    ("Members asked about recommendations 9, 10 and 11 of the report.", [9, 10, 11]),
    ("Progress on recommendations 2-4 was reported as slower than planned.", [2, 3, 4]),
    ("Recommendation No. 5 on return home interviews is complete.", [5]),
    ("The inspection made 11 recommendations in 2016.", []),
    ("Recommendation 2019 of the review", []),
    # a committee paper's own numbered recommendations name none of the inspection's
    ("Recommendation 1: That the Cabinet notes the progress made on the improvement plan.", []),
    ("Recommendation 2 - to note the report of the Director.", []),
])
def test_the_numbers_a_line_names(text, numbers):
    assert named_numbers(text) == numbers


def _recs(starts, text):
    return report_numbers(pd.DataFrame({"rec_id": [f"r-R0{i + 1}" for i in range(len(starts))],
                                        "finding_id": [f"f{i}" for i in range(len(starts))]}),
                          {f"f{i}": s for i, s in enumerate(starts)}, text)


def test_a_report_s_printed_numbers_are_the_ones_a_council_cites():
    text = "Recommendations\n\n1. Ensure plans are clear.\n\n2. Improve supervision.\n\n136. Board: audit well.\n"
    starts = [text.index("Ensure"), text.index("Improve"), text.index("Board:")]
    assert _recs(starts, text) == {1: "r-R01", 2: "r-R02", 136: "r-R03"}


def test_an_unnumbered_list_is_cited_by_place_and_a_number_two_lists_share_names_neither():
    bullets = "What needs to improve?\n- Ensure plans are clear.\n- Improve supervision.\n"
    assert _recs([bullets.index("Ensure"), bullets.index("Improve")], bullets) == {1: "r-R01", 2: "r-R02"}
    twice = "Immediately\n\n1. Ensure plans.\n\nWithin three months\n\n1. Improve supervision.\n\n2. Audit files.\n"
    starts = [twice.index("Ensure"), twice.index("Improve"), twice.index("Audit")]
    assert _recs(starts, twice) == {2: "r-R03"}


REPORT = ("Areas for improvement\n\n"
          "- improve the timeliness of delegated authority for foster carers\n"
          "- improve the quality of chronologies in children's files\n"
          "- strengthen the challenge of independent reviewing officers\n")
MINUTES = ["The Board went through the recommendations of the inspection in turn.",
           "Priority 2 (recommendation 2): rated red.",
           "Only a third of the files audited in May held an up-to-date record of events.",
           "A new template will be in use by September.",
           "Officers would bring the revised framework to the next meeting of the Board."]


def _linked(params: TrackerParams, hashing_embedder) -> dict[str, list[tuple[str, str]]]:
    findings, documents = report_and_minutes(REPORT, MINUTES)
    recs = extract_recommendations(findings, documents)
    table = track(recs, hashing_embedder.embed(recs["text"].tolist()), documents, findings,
                  hashing_embedder.embed(findings["text"].tolist()), params, glossary={})
    rows = table[(table["part"] == "response") & (table["rank"] > 0)]
    out: dict[str, list[tuple[str, str]]] = {}
    for rec_id, quote, match in zip(rows["rec_id"], rows["quote"], rows["match"]):
        out.setdefault(rec_id, []).append((quote, match))
    return out


def test_a_line_naming_a_recommendation_by_number_and_the_lines_after_it_answer_it(hashing_embedder):
    # Thresholds out of reach: only the number links anything.
    params = TrackerParams(response_threshold=9.0, response_theme_threshold=9.0, response_clear=9.0,
                           response_beside=9.0, response_between=9.0)
    linked = _linked(params, hashing_embedder)
    assert set(linked) == {"rep1-R02"}
    assert linked["rep1-R02"][0] == (MINUTES[1], "names it by number")
    assert {quote for quote, match in linked["rep1-R02"][1:]} <= set(MINUTES[2:])
    assert all(match == "after its number" for _, match in linked["rep1-R02"][1:])
    assert _linked(replace(params, response_numbers=False), hashing_embedder) == {}


def test_a_line_listing_several_recommendations_by_number_answers_none():
    from pipeline.tracker.numbered import number_blocks

    numbers = {1: "r-R01", 2: "r-R02", 3: "r-R03"}
    texts = ["The Board would hear about recommendations 1, 2 and 3 today.", "Priority 2 (recommendation 2): amber.",
             "Audits found more plans of good quality.", "A new template is in use.", "Next item."]
    named, after = number_blocks(texts, ["Ofsted"] * 4 + ["Other"], numbers)
    assert named == {"r-R02": {1}}
    assert after == {"r-R02": {2, 3}}  # the next item's section is another


@pytest.mark.parametrize("line, progress", [
    ("Priority 4 (strategy discussions and core groups, recommendation 4): rated red.", "delayed or not started"),
    ("Priority 3 (assessments and plans, recommendation 3): rated amber.", "under way"),
    ("The Board noted that this priority had been red at each of its last three meetings.", "delayed or not started"),
    ("Priority 6: RAG status green.", "under way"),
])
def test_a_red_amber_green_rating_says_the_progress(line, progress):
    from pipeline.tracker.progress import progress_of

    assert progress_of(line) == progress
