"""Two sibling sub-theme labels a reader cannot tell apart, the weaker-claimed one led by a keyword that sets its
findings apart (`pipeline.themes.sub_twins`)."""

import numpy as np

from pipeline.themes.coverage import Coverage
from pipeline.themes.sub_twins import apart_from, as_written, sibling_twins, sub_twins_told_apart, subject_parts
from pipeline.themes.broad_twins import twins

# sub-theme 0: where children live; sub-theme 1: more on where children live, some on poverty; sub-theme 2 (another
# broad theme): placements
LIVE = ["Children live in residential children's homes close to where they grew up and children live locally."] * 10
POOR = ["About 12% of the council's children are living in poverty, and where children live matters."] * 4
REST = ["Children live out of area in a few cases."] * 4
PLACED = ["Placements are stable and children live in them long term."] * 5
LABELS = {0: "Where children live", 1: "Where children live, further findings", 2: "Where children live and placements"}
PARENTS = {0: 7, 1: 7, 2: 8}
KEYWORDS = {0: "residential children's homes", 1: "living in poverty; out of area", 2: "placements"}


def _covers():
    texts = LIVE + POOR + REST + PLACED
    return Coverage(texts, np.array([0] * len(LIVE) + [1] * (len(POOR) + len(REST)) + [2] * len(PLACED)))


def test_only_siblings_are_read_as_twins():
    assert sibling_twins(LABELS, PARENTS) == [(0, 1)]
    assert sibling_twins(LABELS, {0: 7, 1: 8, 2: 9}) == []
    assert sibling_twins(LABELS, PARENTS, keep={0}) == []  # a field theme's label stays


def test_subject_parts_of_other_forms():
    assert subject_parts("Learning and staff development, further findings") == ["Learning", "staff development"]
    assert subject_parts("Where children live, further findings") == ["Where children live"]
    assert subject_parts("Adoption, various aspects") == ["Adoption"]
    assert subject_parts("Care leavers and accommodation") == ["Care leavers", "accommodation"]


def test_the_weaker_claimed_sibling_is_led_by_its_own_keyword():
    covers = _covers()
    said = apart_from(LABELS[1], LABELS[0], KEYWORDS[1], covers, 1, 0)
    assert said == "Living in poverty and where children live"
    told = sub_twins_told_apart(LABELS, KEYWORDS, covers, PARENTS)
    assert told == {**LABELS, 1: said}
    assert sibling_twins(told, PARENTS) == []


def test_a_keyword_its_findings_write_only_in_another_form_does_not_lead():
    covers = _covers()
    assert as_written(covers, 1, "living in poverty") == 0.5
    assert as_written(covers, 1, "poverties") == 0.0
    assert apart_from(LABELS[1], LABELS[0], "poverties", covers, 1, 0) is None


def test_twins_stay_when_nothing_sets_them_apart_or_the_wording_is_taken():
    covers = _covers()
    # a keyword as many of the sibling's findings write, a filler word, a figure, a stem of the labels
    for keywords in ["children", "further", "12%", "live"]:
        assert sub_twins_told_apart(LABELS, {**KEYWORDS, 1: keywords}, covers, PARENTS) == LABELS
    taken = {"Living in poverty and where children live"}
    assert sub_twins_told_apart(LABELS, KEYWORDS, covers, PARENTS, taken=taken) == LABELS


def test_the_part_an_including_label_names_leads_when_it_sets_apart():
    texts = ["Children looked after are visited."] * 6 + \
        ["Young people ceased to be looked after and live in houses of multiple occupation."] * 3 + \
        ["Young people ceased to be looked after and moved on to independent living."] * 4
    covers = Coverage(texts, np.array([0] * 6 + [1] * 7))
    labels = {0: "Children looked after", 1: "Children looked after, including houses of multiple occupation"}
    assert twins(labels[0], labels[1])
    told = sub_twins_told_apart(labels, {1: "independent living"}, covers, {0: 3, 1: 3})
    assert told[1] == "Houses of multiple occupation and children looked after"
