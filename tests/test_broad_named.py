"""Broad listings whose parts name the sub-themes of fewer than half of their findings take in the topic of their
largest unnamed sub-themes (`pipeline.themes.broad_named`)."""

import numpy as np

from pipeline.themes.broad_named import NAMED, named_by_parts, named_share
from pipeline.themes.coverage import Coverage


def _covers(texts: list[str]) -> Coverage:
    """A Coverage of one broad theme (0) holding every text, and one other theme (1) so that shares have a base."""
    others = ["Members agreed the annual budget for the year ahead."] * 10
    return Coverage(texts + others, np.array([0] * len(texts) + [1] * len(others)))


# a broad theme of meetings about risk, sharing of records, decisions on cases, and referral routes
TEXTS = (["Meetings about risk are held quickly, with the police present at most of them."] * 6
         + ["Records are shared promptly between the school nurse and the duty team."] * 4
         + ["Case decisions on whether to act are made quickly and written on the file."] * 6
         + ["Referrals reach the right team through a single front door."] * 4)
CHILDREN = [("Risk meetings and police attendance", 6), ("Record sharing", 4), ("Case decisions", 6),
            ("Referral routes and the front door", 4)]


def test_the_share_named_counts_the_sub_themes_a_part_shares_a_word_with():
    assert named_share(["Risk meetings", "record sharing"], CHILDREN) == 10 / 20
    assert named_share(["Referral routes"], CHILDREN) == 4 / 20
    assert named_share(["timeliness"], CHILDREN) == 0.0
    # a word and a longer form of it are the same word ("decision" of "decisions")
    assert named_share(["decision"], CHILDREN) == 6 / 20


def test_a_listing_naming_under_half_takes_in_its_largest_unnamed_topic():
    covers = _covers(TEXTS)
    children = CHILDREN + [("Timeliness", 2)]
    assert named_share(["Risk meetings", "record sharing"], children) < NAMED
    said = named_by_parts("Risk meetings and record sharing", covers, 0, children)
    # 10 of 22 named: the case decisions (6) are the largest unnamed part, said in the order of what each names
    assert said == "Risk meetings, case decisions and record sharing"


def test_a_listing_of_three_swaps_a_part_that_names_no_sub_theme():
    covers = _covers(TEXTS)
    children = [("Risk meetings and police attendance", 6), ("Record sharing", 4), ("Case decisions", 6),
                ("Referral routes and the front door", 4), ("Timeliness", 2)]
    said = named_by_parts("Risk meetings, record sharing and replies", covers, 0, children)
    assert "replies" not in said
    assert said.lower().count(",") == 1 and said.count(" and ") == 1
    assert "case decisions" in said


def test_a_listing_naming_half_or_more_is_left_as_it_is():
    covers = _covers(TEXTS)
    label = "Risk meetings and case decisions"  # 12 of 20
    assert named_by_parts(label, covers, 0, CHILDREN) == label


def test_a_listing_of_three_whose_parts_each_name_a_sub_theme_is_not_shortened_or_lengthened():
    covers = _covers(TEXTS)
    children = CHILDREN + [("Timeliness", 30)]
    label = "Risk meetings, record sharing and referral routes"
    assert named_share(["Risk meetings", "record sharing", "referral routes"], children) < NAMED
    assert named_by_parts(label, covers, 0, children) == label


def test_a_topic_its_findings_do_not_write_is_not_taken_in():
    # the case decisions sub-theme's findings never write "case" or "decision"
    texts = TEXTS[:10] + ["Whether to act is settled quickly and written on the file."] * 6 + TEXTS[16:]
    covers = _covers(texts)
    children = CHILDREN + [("Timeliness", 2)]
    said = named_by_parts("Risk meetings and record sharing", covers, 0, children)
    assert "decisions" not in said


def test_other_forms_are_left_as_they_are():
    covers = _covers(TEXTS)
    for label in ("Mixed findings: risk meetings and record sharing", "Plans, including care plans",
                  "Statistics: changes over time and comparisons with national averages", "Risk meetings"):
        assert named_by_parts(label, covers, 0, CHILDREN + [("Timeliness", 30)]) == label


def test_a_label_to_be_avoided_is_not_given():
    covers = _covers(TEXTS)
    children = CHILDREN + [("Timeliness", 2)]
    label = "Risk meetings and record sharing"
    assert named_by_parts(label, covers, 0, children, avoid=lambda said: True) == label


def test_a_part_that_joins_two_things_counts_as_two_parts():
    covers = _covers(TEXTS)
    children = CHILDREN + [("Timeliness", 2)]
    # "files and records" is one part of the listing but two things to a reader: a third part would list four
    label = "Risk meetings, files and records"
    assert named_share(["Risk meetings", "files and records"], children) < NAMED
    assert named_by_parts(label, covers, 0, children) == label
