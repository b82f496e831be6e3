"""Broad labels whose listed parts are borne out by what their findings write (`pipeline.themes.broad_borne`) and
broad themes of one sub-theme of figures (`pipeline.themes.broad_figures.whole_of_one`)."""

import numpy as np

from pipeline.themes.broad_borne import (BORNE, kinds_borne, part_borne, parts_borne_out, plain_over_related)
from pipeline.themes.broad_figures import whole_of_one
from pipeline.themes.coverage import Coverage


def _covers(texts: list[str]) -> Coverage:
    """A Coverage of one broad theme (0) holding every text, and one other theme (1) so that shares have a base."""
    others = ["The council's budget was agreed by members."] * 10
    return Coverage(texts + others, np.array([0] * len(texts) + [1] * len(others)))


SCHOOLS = (["In primary schools the proportion is 24% (the national average is 16%)."] * 10
           + ["The attainment of children looked after at key stage 2 is above average."] * 6
           + ["Attainment in mathematics at key stage 4 remains below that of peers."] * 3
           + ["School attendance of children looked after is 96%."] * 1)
SCHOOL_CHILDREN = [("Statistics on schools, including primary schools", 10), ("School attendance and attainment", 10)]


def test_a_piece_of_a_field_topic_is_borne_out_by_its_own_words():
    covers = _covers(SCHOOLS)
    # "school attendance" opens the field topic "School attendance and attainment": its own word, "attendance", is
    # written by 1 in 20; "schools" is the other part and bears nothing of it
    assert part_borne(covers, 0, "school attendance", ["schools"]) < BORNE
    assert part_borne(covers, 0, "attainment", ["schools"]) >= BORNE


def test_an_unborne_part_is_said_by_the_topic_of_its_sub_themes_most_borne_out():
    covers = _covers(SCHOOLS)
    assert parts_borne_out("Statistics on schools and school attendance", covers, 0, SCHOOL_CHILDREN) == \
        "Statistics on schools and attainment"


def test_borne_parts_keep_the_label():
    covers = _covers(SCHOOLS[:10] + ["School attendance at secondary schools has improved."] * 10)
    assert parts_borne_out("Statistics on schools and school attendance", covers, 0, SCHOOL_CHILDREN) == \
        "Statistics on schools and school attendance"


CARE = (["Children looked after have stable placements."] * 10
        + ["Permanence is secured for children without delay through long-term fostering."] * 4
        + ["Children who go missing from home are offered a return interview."] * 3
        + ["Most decisions are recorded on the file."] * 3)
CARE_CHILDREN = [("Children looked after", 10), ("Permanence", 4), ("Children missing from home or care", 3),
                 ("Timeliness and delay", 3)]


def test_an_unborne_part_of_three_gives_way_to_a_borne_sub_theme_topic():
    covers = _covers(CARE)
    label = "Children looked after, children missing from home or care and timeliness"  # timeliness: none
    assert parts_borne_out(label, covers, 0, CARE_CHILDREN) == \
        "Children looked after, children missing from home or care and permanence"


def test_an_unborne_part_of_three_with_no_borne_topic_is_left_out():
    covers = _covers(CARE)
    children = [("Children looked after", 10), ("Children missing from home or care", 3), ("Timeliness", 3)]
    label = "Children looked after, children missing from home or care and timeliness"
    assert parts_borne_out(label, covers, 0, children) == "Children looked after and children missing from home or care"


def test_a_label_most_of_whose_parts_are_unborne_is_left_as_it_is():
    covers = _covers(CARE)
    label = "Children looked after, senior leadership and timeliness"  # two of three unborne: a grab-bag
    assert parts_borne_out(label, covers, 0, CARE_CHILDREN) == label


ASSESS = (["Assessments are thorough and analyse the history of the family."] * 13
          + ["The adoption panel gives feedback to social workers."] * 4
          + ["Decision making by the agency decision-maker is timely."] * 3)


def test_related_topics_said_plainly_when_most_findings_bear_the_topic_out():
    covers = _covers(ASSESS)
    assert plain_over_related("Safeguarding audits and related topics", covers, 0, []) == \
        "Safeguarding audits and related topics"  # none write it
    covers = _covers(["Safeguarding audits are completed monthly."] * 12 + ASSESS[-8:])
    assert plain_over_related("Safeguarding audits and related topics", covers, 0, []) == "Safeguarding audits"


def test_related_topics_whose_topic_alone_is_no_name_lists_the_borne_sub_theme_topics():
    covers = _covers(ASSESS)
    children = [("Assessments, various aspects", 13), ("Panel, including adoption panel", 4),
                ("Agency decision-maker and decision making", 3)]
    said = plain_over_related("Assessments and related topics", covers, 0, children,
                              avoid=lambda label: label == "Assessments")
    assert said.startswith("Assessments, ") and "adoption panel" in said and "decision" in said


def test_kinds_few_findings_write_give_way_to_the_kind_written():
    covers = _covers(["The child's care plan is clear and reviewed."] * 3 + ["Plans are detailed."] * 16
                     + ["The action plan is monitored."] * 1)
    assert kinds_borne("Care, action and other plans", covers, 0) == "Plans, including care plans"
    covers = _covers(["The care plan is clear."] * 5 + ["The action plan is monitored."] * 5)
    assert kinds_borne("Care, action and other plans", covers, 0) == "Care, action and other plans"


def test_figures_of_one_sub_theme_with_no_subject_are_named_by_what_they_say():
    texts = ["This is a reduction from 2,662 at 31 March 2016.", "The rate is above the national average.",
             "Referrals increased from 400 to 520.", "The rate is below that of statistical neighbours."]
    label = "Statistics, some on comparisons with national averages and similar areas"
    assert whole_of_one(label, texts) == "Statistics: changes over time and comparisons with national averages"
    assert whole_of_one(label, texts, avoid=lambda said: True) == label
    assert whole_of_one("Where children live", texts) == "Where children live"
