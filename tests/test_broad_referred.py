"""A listing's part that is the first piece of a field topic "X and their Y" said "Y of X" when its findings write
the whole topic (`pipeline.themes.broad_referred`)."""

import numpy as np

from pipeline.themes.broad_referred import LIFT, WRITTEN, referred_said
from pipeline.themes.coverage import Coverage

GRADES = ["The council was judged to be good at its last visit by inspectors."] * 10
NAMED = ["Since the previous inspection, help for children has become stronger."]
ALLEGED = ["Allegations against adults who work with children are handled quickly by the designated officer."] * 6
OTHER = ["The car park was resurfaced."] * 3


def _covers(texts):
    others = ["Lunch was served in the hall."] * 4
    return Coverage(texts + others, np.array([0] * len(texts) + [1] * len(others)))


def test_a_piece_its_findings_write_whole_is_said_whole_and_leads():
    covers = _covers(GRADES + NAMED + ALLEGED + OTHER)
    # 11 of 20 write a term of "Earlier inspections and their judgements", 1 of 20 "earlier/previous inspection"
    assert 11 / 20 >= WRITTEN and 11 / 20 >= LIFT * 1 / 20
    assert referred_said("Allegations against adults and earlier inspections", covers, 0) == \
        "Judgements of earlier inspections and allegations against adults"


def test_a_piece_written_about_as_often_as_the_whole_stays():
    named = ["Since the previous inspection, the council was judged to be good."] * 8
    covers = _covers(named + ALLEGED + OTHER * 2)
    assert referred_said("Allegations against adults and earlier inspections", covers, 0) == \
        "Allegations against adults and earlier inspections"


def test_the_whole_topic_named_already_or_wording_avoided_leaves_the_label():
    covers = _covers(GRADES + NAMED + ALLEGED + OTHER)
    assert referred_said("Earlier inspections and their judgements", covers, 0) == \
        "Earlier inspections and their judgements"
    assert referred_said("Allegations against adults and earlier inspections", covers, 0,
                         avoid=lambda said: True) == "Allegations against adults and earlier inspections"
    # no part is such a piece
    assert referred_said("Allegations against adults and training", covers, 0) == \
        "Allegations against adults and training"
