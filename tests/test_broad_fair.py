"""Broad labels whose listed parts are borne out whole by a fair share of their findings, with no council's own name
among them (`pipeline.themes.broad_fair`)."""

import numpy as np

from pipeline.themes.broad_borne import BORNE, part_borne
from pipeline.themes.broad_fair import (content_words, fairly_borne, held_share, local_name, parts_fairly_borne,
                                        whole_rows)
from pipeline.themes.coverage import Coverage


def _covers(texts: list[str]) -> Coverage:
    """A Coverage of one broad theme (0) holding every text, and one other theme (1) so that shares have a base."""
    others = ["Members agreed the annual budget for the year ahead."] * 10
    return Coverage(texts + others, np.array([0] * len(texts) + [1] * len(others)))


# "home" and "education" are written, apart, by most of them; "home education" by one in twenty
HOMES = (["Children who go missing from home are seen by a worker within three days."] * 8
         + ["Pupils who miss education are found quickly by the attendance team."] * 6
         + ["Most children live in good homes close to their schools and friends."] * 5
         + ["Parents who choose home education are visited each year."] * 1)
HOMES_CHILDREN = [("Children missing from home or care", 8), ("Where children live", 5), ("Missing education", 6),
                  ("Home education", 1)]


def test_a_part_of_two_words_is_borne_by_findings_that_write_it_whole():
    covers = _covers(HOMES)
    # one word of it each finding writes apart: the older check counts them all
    assert part_borne(covers, 0, "home education", ["where children live"]) >= BORNE
    assert whole_rows(covers, 0, "home education").mean() < BORNE
    assert not fairly_borne(covers, 0, "home education", HOMES_CHILDREN)


def test_an_unborne_part_gives_way_to_a_whole_topic_of_its_sub_themes():
    covers = _covers(HOMES)
    assert parts_fairly_borne("Where children live and home education", covers, 0, HOMES_CHILDREN) == \
        "Where children live and children missing from home or care"


def test_a_part_written_whole_by_a_fair_share_keeps_the_label():
    texts = HOMES[:14] + ["Families who home educate their children are offered advice."] * 6
    covers = _covers(texts)
    label = "Where children live and home education"
    assert parts_fairly_borne(label, covers, 0, HOMES_CHILDREN) == label


def test_a_part_named_whole_by_large_sub_themes_is_borne_though_seldom_written():
    covers = _covers(HOMES)
    children = [("Children missing from home or care", 8), ("Home education and tuition", 12)]
    assert held_share("home education", children) >= 0.5
    assert fairly_borne(covers, 0, "home education", children)


def test_one_word_written_in_other_forms_is_left_to_the_older_check():
    covers = _covers(HOMES)
    assert content_words("Children in care") == []
    assert fairly_borne(covers, 0, "children in care", HOMES_CHILDREN)


PARTNERS = (["The tri-borough partnership shares one fostering service across three councils."] * 3
            + ["Multi-agency working in the hub is strong and decisions are quick."] * 9
            + ["Partnership working with schools and the police is well established."] * 6
            + ["Partner agencies attend the board and challenge one another."] * 2)
PARTNER_CHILDREN = [("Multi-agency working", 9), ("Tri-borough partnership", 3), ("Partnership", 6),
                    ("Partner agencies", 2)]


def test_a_councils_own_arrangement_is_no_part_of_a_broad_label():
    assert local_name("Tri-borough partnership")
    assert local_name("Bi-borough services")
    assert not local_name("Multi-agency working")
    assert not local_name("Reading and writing skills")  # a place's name only as a capitalised word after the first
    covers = _covers(PARTNERS)
    assert parts_fairly_borne("Tri-borough partnership and multi-agency working", covers, 0, PARTNER_CHILDREN) == \
        "Partnership and multi-agency working"


LEAVERS = (["Care leavers are helped into college, university or an apprenticeship."] * 8
           + ["Care leavers say their personal adviser visits them often."] * 3
           + ["Few care leavers know their health history when they leave care."] * 1
           + ["Care leavers are well supported by the service."] * 13)
LEAVERS_CHILDREN = [("Care leavers, further findings", 21), ("Health histories and care leavers", 4)]


def test_one_borne_part_of_two_is_said_by_the_field_topic_that_says_it_whole():
    covers = _covers(LEAVERS)
    # nothing of its sub-themes stands in for "health histories"; the field topic most of it writes names care leavers
    assert parts_fairly_borne("Care leavers and health histories", covers, 0, LEAVERS_CHILDREN) == \
        "Support for care leavers"


YOUTH = (["Pathway plans are written with the young person and reviewed often."] * 6
         + ["Young people see their personal adviser every month."] * 6
         + ["Young people who offend are seen quickly by the youth offending team."] * 8
         + ["Few young people know their health history."] * 1
         + ["Young people are well supported."] * 4)
YOUTH_CHILDREN = [("Pathway plans", 6), ("Personal advisers", 6), ("Health histories and young people", 3),
                  ("Young people", 10)]


def test_a_part_with_no_sub_theme_topic_gives_way_to_the_field_topic_most_of_it_writes():
    covers = _covers(YOUTH)
    assert parts_fairly_borne("Pathway plans, personal advisers and health histories", covers, 0, YOUTH_CHILDREN) == \
        "Pathway plans, personal advisers and youth justice"


def test_a_cut_piece_of_a_sub_theme_label_never_stands_in():
    texts = (["The board meets each quarter and its sub-groups report to it."] * 12
             + ["The board challenges its members with hard questions."] * 4
             + ["Few findings name a designated officer."] * 1)
    covers = _covers(texts)
    children = [("Safeguarding board and its sub-groups", 12), ("Challenge", 4), ("Designated officer", 1)]
    label = "Designated officer and challenge"
    # "its sub-groups" is the only topic left and points back to the board: nothing stands in, so nothing changes
    assert parts_fairly_borne(label, covers, 0, children) == label


def test_a_part_with_nothing_to_give_way_to_stays_rather_than_leave_one_part():
    texts = ["The information sent to the panel is clear and complete."] * 20
    covers = _covers(texts)
    children = [("Information, various aspects", 12), ("Panel", 8)]
    label = "Information, agency decision-maker and panel"
    assert parts_fairly_borne(label, covers, 0, children) == label


def test_a_grab_bag_most_of_whose_parts_are_unborne_keeps_its_listing():
    texts = (["Early help is offered to families quickly."] * 5
             + ["Leaders know their services well."] * 10 + ["Work with children is good."] * 10)
    covers = _covers(texts)
    children = [("Early help", 5), ("Leaders", 10), ("Work with children", 10)]
    label = "Early help, general judgements on practice and senior leadership"
    assert parts_fairly_borne(label, covers, 0, children) == label


def test_a_label_to_be_avoided_is_not_given():
    covers = _covers(PARTNERS)
    label = "Tri-borough partnership and multi-agency working"
    assert parts_fairly_borne(label, covers, 0, PARTNER_CHILDREN,
                              avoid=lambda said: said == "Partnership and multi-agency working") == label
