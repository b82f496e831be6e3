"""Listed broad labels without parts few of their findings are about (`pipeline.themes.broad_weighted`)."""

from pipeline.themes.broad_weighted import (largest_subject_named, largest_topics_named, minor_parts_dropped,
                                           part_weights)

BOARD = [("Safeguarding children board", 400), ("Strategy discussions and police involvement", 200),
         ("Safeguarding children board, further findings", 150), ("Chief executive", 80),
         ("Safeguarding board and its sub-groups", 90), ("Challenge, various aspects", 80)]


def test_a_part_weighs_every_sub_theme_that_names_it():
    assert part_weights(["Safeguarding children board", "strategy discussions", "chief executive"], BOARD) == \
        [640, 200, 80]


def test_a_part_under_a_tenth_of_the_broad_theme_is_left_out():
    label = "Safeguarding children board, strategy discussions and chief executive"  # 80 of 1,000: 8%
    assert minor_parts_dropped(label, BOARD) == "Safeguarding children board and strategy discussions"


def test_parts_a_tenth_or_more_hold_stay():
    children = [("Child protection", 300), ("Children looked after", 250), ("Risk to children", 120),
                ("Decisions, various aspects", 330)]
    label = "Child protection, children looked after and risk to children"  # risk 12%
    assert minor_parts_dropped(label, children) == label


def test_a_part_no_sub_theme_names_stays_and_two_parts_remain():
    children = [("Adoption", 500), ("Foster carers", 40), ("Private fostering", 30), ("Mixed findings", 430)]
    # "permanence" is written from the findings, not from a sub-theme: it is not weighed
    assert minor_parts_dropped("Adoption, permanence and foster carers", children) == "Adoption and permanence"
    # two small parts of three: the label keeps two
    assert minor_parts_dropped("Adoption, private fostering and foster carers", children) == \
        "Adoption, private fostering and foster carers"


def test_a_part_written_from_a_sub_themes_first_name_is_weighed_by_that_sub_theme():
    # the broad label's parts come from first names; the largest sub-theme's final label says its staff as their work
    first = [("Social workers", 470), ("Workforce churn", 313), ("Caseloads and workload", 242),
             ("Mixed findings mentioning social worker", 79)]
    final = [("Social work with children", 470)] + first[1:]
    label = "Social workers, workforce churn and caseloads"
    assert minor_parts_dropped(label, final) == "Workforce churn and caseloads"  # by final names alone: 79 of 1,104
    both = [((name, said), size) for (name, size), (said, _) in zip(first, final)]
    assert part_weights(["Social workers"], both) == [549]
    assert minor_parts_dropped(label, both) == label


def test_mixed_and_two_part_labels_are_kept():
    assert minor_parts_dropped("Mixed findings: safeguarding children board, chief executive and challenge",
                               BOARD) == "Mixed findings: safeguarding children board, chief executive and challenge"
    assert minor_parts_dropped("Safeguarding children board and chief executive", BOARD) == \
        "Safeguarding children board and chief executive"


FRONT_DOOR = [("Thresholds and the front door, allegations against adults and the LADO", 160),
              ("Strategic planning and commissioning", 100), ("Adoption panel", 90),
              ("Agency decision-maker and decision making", 90)]


def test_a_large_sub_theme_that_lists_two_topics_gives_the_label_both():
    label = "Thresholds, strategic planning and adoption panel"  # the largest: 36% of it, half on allegations
    assert largest_topics_named(label, FRONT_DOOR) == "Thresholds, allegations against adults and strategic planning"
    assert largest_topics_named("Thresholds and adoption panel", FRONT_DOOR) == \
        "Thresholds, allegations against adults and adoption panel"


def test_the_second_topic_is_not_added_when_the_sub_theme_is_small_or_says_one_topic():
    small = [(FRONT_DOOR[0][0], 100)] + FRONT_DOOR[1:]  # 100 of 380: under a third
    assert largest_topics_named("Thresholds, strategic planning and adoption panel", small) == \
        "Thresholds, strategic planning and adoption panel"
    various = [("Thresholds, various aspects", 300), ("Adoption panel", 100)]
    assert largest_topics_named("Thresholds and adoption panel", various) == "Thresholds and adoption panel"
    # a label that does not open with the largest sub-theme's first topic is left to `broad_lead`
    assert largest_topics_named("Strategic planning and adoption panel", FRONT_DOOR) == \
        "Strategic planning and adoption panel"


PROTECTION = [("Child protection plans, enquiries and investigations", 314),
              ("Risk to children and responses to it", 287),
              ("Risk to children and responses to it, further findings", 162), ("Child protection conferences", 118),
              ("Child death overview panels", 56)]


def test_one_topic_over_more_findings_on_another_is_said_with_it_the_larger_first():
    # child protection: 432 of 937 (46%); risk to children: 449 (48%)
    assert largest_subject_named("Child protection", PROTECTION) == "Risk to children and child protection"


def test_one_topic_that_holds_half_or_no_large_other_subject_keeps_its_label():
    most = [(PROTECTION[0][0], 600)] + PROTECTION[1:]  # child protection 718 of 1,223
    assert largest_subject_named("Child protection", most) == "Child protection"
    scattered = [("Child protection plans", 300), ("Domestic abuse", 200), ("Neglect", 200), ("Adoption", 200)]
    assert largest_subject_named("Child protection", scattered) == "Child protection"  # others under a third
    assert largest_subject_named("Child protection and neglect", scattered) == "Child protection and neglect"
