"""Minutes furniture found by what a sentence lacks (issue 15, seventh round): in committee minutes, a sentence whose
subject is the meeting's (its people, bodies, papers) and which names nothing of the children's service outside
names, roles and paper titles is furniture, whatever new shape it comes in - a seat passing between groups, an
interest outside the service, a rule on leaving the room, a letter of thanks, an item moved between agendas. What
names the service, judges, gives a figure, asks for something or undertakes work stays (pipeline/service_words.py,
pipeline/meeting_talk.py).

The fixture (tests/data/minutes_service) is written in our own words in the shape of a ModernGov page with
"Minutes:" lines."""

from pathlib import Path

import pandas as pd
import pytest

from tests.minutes_segments import KEPT, row as _row, segments_of


SERVICE = Path(__file__).parent / "data" / "minutes_service"


@pytest.fixture(scope="module")
def segments() -> pd.DataFrame:
    return segments_of(SERVICE)


@pytest.mark.parametrize("words", [
    "one seat on the Committee had passed from the Independent group",  # a seat after a change of balance
    "she had rowed in the same club as the public speaker",  # a tie outside the service, with a that-clause
    "not obliged to leave the room where the Standards Committee",  # the rule on staying in the room
    "had stepped down in May and proposed that the Committee write to thank her",  # a letter of thanks
    "the item had been moved from the April agenda",  # an item moved between agendas
])
def test_a_sentence_naming_nothing_of_the_service_is_furniture(segments, words):
    row = _row(segments, words)
    assert row["kind"] not in KEPT and row["reason"] != "", (row["section"], row["kind"], row["reason"])


@pytest.mark.parametrize("words", [
    "welcomed the encouraging report",  # a judgement of what was reported
    "42% of child protection reviews had been held on time",  # a figure
    "agreed to carry out an audit of personal education plans",  # work undertaken
    "the front door was not yet consistent in its decisions",  # what is not yet done
    "That the Children's Improvement Plan be endorsed",  # a decision on the plan
])
def test_what_names_the_service_stays(segments, words):
    row = _row(segments, words)
    assert row["kind"] in KEPT and row["reason"] == "", (row["section"], row["kind"], row["reason"])
