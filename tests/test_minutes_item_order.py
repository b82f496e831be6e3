"""Issue 15 (forty-first session, set Y37): a remark on the order of the agenda's items is meeting procedure; a
sentence that takes parts of the service's plan together stays. Our own words, in the shape of real minutes."""

from pipeline.furniture import PROCEDURE
from tests.minutes_segments import exclusion_reasons_of as _reasons


def test_items_taken_together_or_reordered_are_procedure():
    texts = ["The Director informed the Panel that the next two items could be taken together.",
             "The Chair proposed that the order of the agenda be varied and the order of business was changed.",
             "It was agreed that both agenda items would be considered jointly."]
    assert _reasons(texts) == [PROCEDURE] * 3


def test_the_service_taking_things_together_stays():
    texts = ["Members asked that recruitment and retention of social workers be taken together in one strategy.",
             "The service had considered the audit findings together with the views of young people."]
    assert _reasons(texts) == ["", ""]
