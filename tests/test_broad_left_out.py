"""A broad listing that leaves out the subject of a largest sub-theme holding a quarter of it says that subject first,
in place of the part that names the fewest findings (`pipeline.themes.broad_left_out`)."""

import numpy as np

from pipeline.themes.broad_left_out import largest_left_out, shared_subject
from pipeline.themes.coverage import Coverage


def _covers(texts: list[str]) -> Coverage:
    """A Coverage of one broad theme (0) holding every text, and one other theme (1) so that shares have a base."""
    others = ["Members agreed the annual budget for the year ahead."] * 10
    return Coverage(texts + others, np.array([0] * len(texts) + [1] * len(others)))


# a broad theme whose largest sub-theme is on children's wishes; smaller ones on grandparents, mentors and memory books
TEXTS = (["Children's wishes are recorded and their wishes shape the plans made for them."] * 9
         + ["Grandparents are helped to care for their grandchildren."] * 6
         + ["Mentors visit young people every week."] * 5
         + ["Memory books help children understand their past."] * 4
         + ["Workers visit regularly and write up each visit."] * 6)
CHILDREN = [("Wishes of children", 9), ("Grandparents", 6), ("Mentors", 5), ("Memory books", 4), ("Visits", 6)]


def test_a_largest_sub_theme_left_out_is_said_first_in_place_of_the_least_named_part():
    covers = _covers(TEXTS)
    # "Wishes of children" (9 of 30) is named by no part; "memory books" names the fewest findings (4) and gives way
    said = largest_left_out("Grandparents, mentors and memory books", covers, 0, CHILDREN)
    assert said == "Wishes of children, grandparents and mentors"


def test_a_listing_of_two_keeps_both_parts_after_the_subject():
    covers = _covers(TEXTS)
    said = largest_left_out("Grandparents and mentoring", covers, 0, CHILDREN)
    assert said == "Wishes of children, grandparents and mentoring"


def test_a_listing_that_names_its_largest_sub_theme_is_left_as_it_is():
    covers = _covers(TEXTS)
    label = "Wishes of children, grandparents and mentors"
    assert largest_left_out(label, covers, 0, CHILDREN) == label


def test_a_largest_sub_theme_under_a_quarter_is_not_put_in():
    covers = _covers(TEXTS)
    children = [("Wishes of children", 7), ("Grandparents", 6), ("Mentors", 6), ("Memory books", 5), ("Visits", 6)]
    label = "Grandparents, mentors and memory books"  # 7 of 30 is under a quarter
    assert largest_left_out(label, covers, 0, children) == label


def test_a_largest_sub_theme_no_larger_than_the_least_named_part_is_not_put_in():
    covers = _covers(TEXTS)
    children = [("Wishes of children", 9), ("Grandparents", 9), ("Mentors", 12)]
    label = "Grandparents and mentoring"  # the wishes' 9 do not outweigh the grandparents' 9
    assert largest_left_out(label, covers, 0, children) == label


def test_a_subject_few_of_its_findings_write_is_not_put_in():
    texts = [text for text in TEXTS if "wishes" not in text]
    label = "Grandparents, mentors and memory books"
    assert largest_left_out(label, _covers(texts), 0, CHILDREN) == label


def test_a_largest_sub_theme_of_figures_or_general_judgements_has_no_subject_to_say():
    covers = _covers(TEXTS)
    label = "Grandparents, mentors and memory books"
    for largest in ("Statistics on wishes of children", "General judgements on wishes of children"):
        children = [(largest, 9)] + CHILDREN[1:]
        assert largest_left_out(label, covers, 0, children) == label


def test_other_forms_and_avoided_labels_are_left_as_they_are():
    covers = _covers(TEXTS)
    for label in ("Grandparents, including mentors", "Mixed findings, some on grandparents", "Grandparents",
                  "General judgements on grandparents and mentors", "Statistics: grandparents and mentors"):
        assert largest_left_out(label, covers, 0, CHILDREN) == label
    label = "Grandparents, mentors and memory books"
    assert largest_left_out(label, covers, 0, CHILDREN, avoid=lambda said: True) == label


def test_the_sub_themes_topics_whole_when_its_first_topic_is_rarely_written():
    # the largest sub-theme's findings write "clubs", never "hobbies": its topics are said whole, and being two they
    # leave room for one more part, the one that names the most findings
    texts = ["Young people join clubs after school and enjoy the clubs."] * 9 + TEXTS[9:]
    children = [("Hobbies and clubs", 9)] + CHILDREN[1:]
    said = largest_left_out("Grandparents, mentors and memory books", _covers(texts), 0, children)
    assert said == "Grandparents, hobbies and clubs"


def test_the_people_served_alone_are_no_subject_to_say():
    texts = ["Young people and their families are seen often."] * 9 + TEXTS[9:]
    children = [("Young people and families", 9)] + CHILDREN[1:]
    label = "Grandparents, mentors and memory books"
    assert largest_left_out(label, _covers(texts), 0, children) == label


def test_the_part_the_fewest_findings_write_gives_way_not_the_smallest_sub_themes():
    # memory books are the smallest sub-theme, but the visits' findings write them too: mentors, written by five,
    # give way
    texts = TEXTS[:24] + ["Workers visit regularly and bring the child's memory books to each visit."] * 6
    said = largest_left_out("Grandparents, mentors and memory books", _covers(texts), 0, CHILDREN)
    assert said == "Wishes of children, grandparents and memory books"


# a broad theme two of whose sub-themes both name home visits, together more of it than its largest sub-theme
SHARED_TEXTS = (["Grandparents are helped to care for their grandchildren."] * 11
                + ["Workers make home visits to mentors each month."] * 7
                + ["Home visits are costed in the budgets for the year."] * 6
                + ["Memory books help children understand their past."] * 6)
SHARED = [("Grandparents", 11), ("Mentors and home visits", 7), ("Budgets and home visits", 6), ("Memory books", 6)]


def test_a_topic_several_sub_themes_share_is_found_with_the_findings_they_hold():
    assert shared_subject(SHARED) == ("Home visits", 13)
    # named by one sub-theme only, or by sub-themes holding no more than the largest: no shared subject
    assert shared_subject([("Grandparents", 11), ("Mentors and home visits", 7), ("Budgets", 6)]) is None
    assert shared_subject([("Grandparents", 13), ("Mentors and home visits", 7), ("Budgets and home visits", 6)]) \
        is None
    # figures name no topic of their own
    assert shared_subject([("Grandparents", 11), ("Statistics on home visits", 7), ("Budgets and home visits", 6)]) \
        is None


def test_a_shared_topic_left_out_is_said_first_as_a_largest_sub_theme_is():
    covers = _covers(SHARED_TEXTS)
    # home visits: 13 of 30 findings, in two sub-themes; "memory books" (6, written by 6) gives way
    said = largest_left_out("Grandparents, mentors and memory books", covers, 0, SHARED)
    assert said == "Home visits, grandparents and mentors"


def test_a_listing_that_names_the_shared_topic_is_left_as_it_is():
    covers = _covers(SHARED_TEXTS)
    label = "Grandparents, home visits and memory books"
    assert largest_left_out(label, covers, 0, SHARED) == label


def test_the_kinds_a_kinds_list_names_are_no_shared_topic():
    children = [("Grandparents", 11), ("Care, action and other plans", 7), ("Action, business and other plans", 6)]
    assert shared_subject(children) is None


def test_a_piece_that_refers_back_to_the_piece_before_it_is_no_shared_topic():
    """read 88: "Their judgements, earlier inspections and ..." from two sub-themes "Earlier inspections and their
    judgements": "their judgements" leans on its listing and says nothing alone."""
    children = [("Earlier inspections and their judgements", 98), ("Allegations against adults", 63),
                ("Earlier inspections and their judgements, further findings", 47)]
    assert shared_subject(children) == ("Earlier inspections", 145)


def test_people_with_a_subject_of_their_own_are_said_when_their_findings_write_them():
    # the largest sub-theme is on work with families: people words alone, but "families" is what its findings write
    # (a third of the broad theme, so that it is no catch-all of general statements: `broad_general.catch_all`)
    texts = ["Families are offered early support and their family's strengths are built on."] * 12 + TEXTS[9:]
    children = [("Work with families", 12)] + CHILDREN[1:]
    said = largest_left_out("Grandparents, mentors and memory books", _covers(texts), 0, children)
    assert said == "Work with families, grandparents and mentors"


def test_kin_written_only_as_corporate_parents_do_not_bear_parents_out():
    # "corporate parenting" is the council's duty, another sense: findings writing only it do not bear "Parents" out
    texts = ["The corporate parenting board met and corporate parents heard from members."] * 12 + TEXTS[9:]
    children = [("Parents", 12)] + CHILDREN[1:]
    label = "Grandparents, mentors and memory books"
    assert largest_left_out(label, _covers(texts), 0, children) == label
    texts = ["Parents are helped to attend meetings about their child."] * 12 + TEXTS[9:]
    assert largest_left_out(label, _covers(texts), 0, children) == "Parents, grandparents and mentors"
