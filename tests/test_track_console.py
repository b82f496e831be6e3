"""The track stage's console line counts recommendations a council answered, not those it only restated."""

import pandas as pd

from pipeline.stages.track import responses_said
from pipeline.tracker.responses import RESTATES


def _links(*rows):
    return pd.DataFrame(rows, columns=["rec_id", "part", "status", "match"])


def test_a_recommendation_whose_only_council_line_restates_the_inspection_is_not_counted_as_answered():
    table = _links(("R1", "response", "linked", "similar"), ("R2", "response", "linked", RESTATES),
                   ("R3", "response", "linked", RESTATES), ("R3", "response", "linked", "quoted"),
                   ("R4", "response", "none", ""), ("R1", "next_inspection", "linked", "similar"))
    assert responses_said(table) == ("2 with council responses "
                                     "(1 more with council lines that only restate the inspection)")


def test_without_restating_lines_the_line_says_the_count_alone():
    table = _links(("R1", "response", "linked", "similar"), ("R2", "response", "none", ""))
    assert responses_said(table) == "1 with council responses"
