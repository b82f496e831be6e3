"""A name and a role set out as a list of who attended is furniture; a member's own words set after the name, as
question-and-answer minutes write them, are not (issue 15; pipeline.meeting_phrases). Own words."""

import pandas as pd
import pytest

from pipeline.classify import classify_segments
from pipeline.furniture_reasons import ATTENDANCE


def _kind_and_reason(text: str) -> tuple[str, str]:
    frame = pd.DataFrame({"text": [text], "section": [""], "doc_type": ["committee_minutes"], "lead_in": [""]})
    found = classify_segments(frame)
    return found["kind"].iloc[0], found["reason"].iloc[0]


@pytest.mark.parametrize("text", ["Cllr P Okafor – Cabinet Member for Children and Families",
                                  "Mrs J Lane – Head of Quality Assurance"])
def test_a_name_and_a_role_is_attendance(text):
    assert _kind_and_reason(text) == ("procedural", ATTENDANCE), text


@pytest.mark.parametrize("text", ["Cllr P Okafor – I welcome the three priorities, the first two matter most",
                                  "Cllr D Shah – we still hear that families wait too long for an assessment"])
def test_a_member_s_words_after_the_name_stay(text):
    kind, reason = _kind_and_reason(text)
    assert reason != ATTENDANCE and kind != "procedural", (text, kind, reason)
