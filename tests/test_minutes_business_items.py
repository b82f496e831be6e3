"""The opening business of a minutes page, set Y43's cases (issue 15, the lead's forty-sixth session;
pipeline.meeting_record_phrases, pipeline.furniture).

The code of conduct's text on what to state when declaring an interest, a table of declared interests (member,
minute, interest), and a query on the accuracy of the previous minutes under their approval are the meeting's
business; a request about the service under the same item, and the accuracy of practice reported under another item,
are not. The fixture is in our own words."""

from pathlib import Path

import pandas as pd
import pytest

from pipeline.classify import classify_segments
from pipeline.furniture_reasons import DECLARATIONS, PREVIOUS_MINUTES
from tests.minutes_segments import exclusion_reasons_of, flat, row, segments_of

FOLDER = Path(__file__).parent / "data" / "minutes_business_items"


@pytest.fixture(scope="module")
def classified() -> pd.DataFrame:
    return classify_segments(segments_of(FOLDER))


@pytest.mark.parametrize("text", [
    "(1) the type of interest concerned, that is whether it is a personal or a prejudicial interest",
    "Councillor Hollis 214 Family member employed in the fostering service",
    "Councillor Amadi216Governor of a primary school",
])
def test_declaring_an_interest_is_the_meetings_business(text):
    assert exclusion_reasons_of([text]) == [DECLARATIONS]


@pytest.mark.parametrize("text", [
    "Councillor Hollis said 214 families had waited for an assessment.",
    "Councillor Amadi asked how many of the 30 employees who had left were social workers.",
])
def test_a_members_remark_with_a_number_is_no_declaration(text):
    assert exclusion_reasons_of([text]) != [DECLARATIONS]


def test_a_query_on_the_accuracy_of_the_minutes_is_their_approval(classified):
    query = row(classified, "queried the accuracy of the figure")
    assert query["kind"] == "procedural" and query["reason"] == PREVIOUS_MINUTES


def test_a_request_about_the_service_under_the_minutes_item_stays(classified):
    asked = row(classified, "Members asked for the agency figure")
    assert asked["kind"] != "procedural", flat(asked["text"])


def test_accuracy_of_practice_under_another_item_stays(classified):
    reported = row(classified, "accuracy of case recording had improved")
    assert reported["kind"] != "procedural" and reported["reason"] == ""
