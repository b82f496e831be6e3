"""What a council's response line says of the action on a recommendation (pipeline.tracker.progress): two small
own-words fixtures (tests/data/progress: a scrutiny panel hearing progress on numbered recommendations, an action
plan's promises and progress column), the rules' parts, and tracker.csv's column."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.meeting_text import parser
from pipeline.tracker.progress import (DELAYED, DONE, NONE_SAID, PLANNED, PROGRESS, UNDER_WAY, cues_progress,
                                       progress_of, response_progress)
from pipeline.tracker.responses import RESTATES

FIXTURES = Path(__file__).parent / "data" / "progress"


def _lines(name: str) -> list[tuple[str, str]]:
    """A fixture's (progress a reader gives, line) pairs."""
    rows = []
    for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            want, text = line.split(" | ", 1)
            rows.append((want, text))
    return rows


@pytest.fixture(scope="module")
def nlp():
    return parser()


@pytest.mark.parametrize("want,text", _lines("panel_hearing.txt"))
def test_panel_hearing(nlp, want, text):
    assert progress_of(text, parser=nlp) == want


@pytest.mark.parametrize("want,text", _lines("action_plan.txt"))
def test_action_plan(nlp, want, text):
    assert progress_of(text, parser=nlp) == want


def test_fixtures_hold_every_class():
    said = {want for name in ("panel_hearing.txt", "action_plan.txt") for want, _ in _lines(name)}
    assert said == set(PROGRESS)


def test_a_delay_outweighs_a_plan_in_the_same_line(nlp):
    text = "The review had not yet been started; a new manager would be in post by June."
    assert progress_of(text, parser=nlp) == DELAYED


def test_a_quoted_recommendation_is_not_the_councils_words(nlp):
    # The quotation is the recommendation's imperative; what the line adds decides.
    quoted = 'On recommendation 3, "Ensure that every plan is reviewed on time", the Director said that a new ' \
             'tracker would start in May.'
    assert progress_of(quoted, parser=nlp) == PLANNED
    assert progress_of('Recommendation 3 asked the council to "ensure that every plan is reviewed on time".',
                       parser=nlp) == NONE_SAID


def test_delay_as_the_aim_is_not_a_delay(nlp):
    assert progress_of("The new panel has reduced delay for children waiting for a decision.", parser=nlp) == DONE
    assert progress_of("The audit has been delayed until March.", parser=nlp) == DELAYED


def test_presenting_a_paper_is_the_meetings_business(nlp):
    assert progress_of("The Director presented the report, which set out the plan agreed in June.",
                       parser=nlp) == NONE_SAID


def test_a_purpose_says_no_action_but_its_main_clause_does(nlp):
    assert progress_of("Systems are in place to ensure that notifications are sent.", parser=nlp) == DONE
    assert progress_of("Services to ensure that notifications are sent to health colleagues.",
                       parser=nlp) == NONE_SAID


def test_restating_the_inspection_says_none_without_reading(nlp):
    assert progress_of("Two officers had been appointed.", restates=True, parser=nlp) == NONE_SAID


@pytest.mark.parametrize("cues,want", [(set(), NONE_SAID), ({DONE}, DONE), ({PLANNED}, PLANNED),
                                       ({DONE, PLANNED}, UNDER_WAY), ({UNDER_WAY, DONE}, UNDER_WAY),
                                       ({DELAYED, DONE, PLANNED}, DELAYED)])
def test_cues_combine(cues, want):
    assert cues_progress(cues) == want


def test_response_progress_reads_response_rows_with_a_line_only(nlp):
    table = pd.DataFrame({"part": ["response", "response", "response", "next_inspection"],
                          "quote": ["A named nurse was appointed in March.", "", "The nurse was appointed.",
                                    "Assessments are timely."],
                          "match": ["similar", "", RESTATES, "similar"]})
    assert response_progress(table, nlp) == [DONE, "", NONE_SAID, ""]


def test_workbook_tracker_sheet_has_the_column_and_says_what_it_means(tmp_path):
    from pipeline.report.methods import TRACKER_PROGRESS, tracker_progress_note
    from pipeline.report.workbook import _sheets
    from pipeline.schema import TRACKER_COLUMNS

    row = dict.fromkeys(TRACKER_COLUMNS, "")
    row.update(rec_id="r1-R01", part="response", rank=1, status="linked", progress=DELAYED,
               quote="The review has not yet started.")
    pd.DataFrame([row], columns=TRACKER_COLUMNS).to_csv(tmp_path / "tracker.csv", index=False)
    sheets = _sheets(tmp_path)
    assert list(sheets["Tracker"]["progress"]) == [DELAYED]
    note = sheets["Contents"].set_index("sheet").loc["Tracker", "note"]
    assert "progress" in note and TRACKER_PROGRESS["check"] in note
    assert TRACKER_PROGRESS["check"] in tracker_progress_note()
