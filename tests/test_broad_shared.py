"""A broad listing none of whose parts a third of its findings bear takes in the topic of its sub-themes that a third
of them do bear (`pipeline.themes.broad_shared`)."""

import numpy as np

from pipeline.themes.broad_shared import SHARED, borne_share, shared_subject_named
from pipeline.themes.coverage import Coverage

# one broad theme (0) of twenty findings in four sub-themes, and another theme (1) so that shares have a base
PLAY = ["A young person spoke about the hobbies and friendships that fill their week."] * 8  # 8 of 20: 40%
RESULTS = ["Attainment at key stage four rose for the cohort in the latest results."] * 4
COURSES = ["Parenting courses were offered to every family on the list."] * 4
OTHER = ["The duty rota was rewritten in the spring."] * 4
OTHERS = ["Members agreed the annual budget for the year ahead."] * 10


def _theme(texts: list[str], sizes: list[tuple[str, int]]):
    """(covers, children): a Coverage of theme 0 holding `texts` (then theme 1) and its sub-themes, each the next
    `size` of its findings, as (label, rows)."""
    covers = Coverage(texts + OTHERS, np.array([0] * len(texts) + [1] * len(OTHERS)))
    children, start = [], 0
    for label, size in sizes:
        children.append((label, np.arange(start, start + size)))
        start += size
    return covers, children


SUBS = [("Hobbies, various aspects", 8), ("Educational attainment", 4), ("Parenting courses", 4), ("Duty rota", 4)]
LABEL = "Educational attainment, parenting courses and duty rota"


def test_a_part_is_borne_by_the_findings_that_write_it_or_by_the_sub_theme_that_names_it():
    covers, children = _theme(PLAY + RESULTS + COURSES + OTHER, SUBS)
    # "hobbies" is written by the eight findings of the sub-theme named by it
    assert borne_share("Hobbies", covers, 0, children) == 8 / 20
    # "educational attainment" is never written whole, but its sub-theme names it: those four bear it
    assert borne_share("Educational attainment", covers, 0, children) == 4 / 20
    # a part neither written nor named by a sub-theme is borne by none
    assert borne_share("Adoption panels", covers, 0, children) == 0.0


def test_a_listing_none_of_whose_parts_a_third_bear_leads_with_the_borne_subject_of_its_sub_themes():
    covers, children = _theme(PLAY + RESULTS + COURSES + OTHER, SUBS)
    said = shared_subject_named(LABEL, covers, 0, children)
    # the subject 40% bear comes first, in place of the least borne part (the last of three tied ones)
    assert said == "Hobbies, educational attainment and parenting courses"


def test_a_listing_with_a_part_a_third_bear_stays():
    # the duty rota now a third of the findings and more: one part is borne
    covers, children = _theme(PLAY[:6] + RESULTS[:3] + COURSES[:3] + OTHER + OTHER[:4],
                              [("Hobbies, various aspects", 6), ("Educational attainment", 3),
                               ("Parenting courses", 3), ("Duty rota", 8)])
    assert borne_share("Duty rota", covers, 0, children) >= SHARED
    assert shared_subject_named(LABEL, covers, 0, children) == LABEL


def test_a_grab_bag_with_no_subject_a_third_bear_stays():
    # no sub-theme holds a third, none of their topics written by more: nothing it shares to say
    texts = PLAY[:5] + RESULTS + COURSES + OTHER + ["Panel minutes were filed late."] * 3
    subs = [("Hobbies, various aspects", 5), ("Educational attainment", 4), ("Parenting courses", 4),
            ("Duty rota", 4), ("Panel minutes", 3)]
    covers, children = _theme(texts, subs)
    assert shared_subject_named(LABEL, covers, 0, children) == LABEL


def test_a_catch_all_sub_theme_is_no_subject_and_other_kinds_of_label_stay():
    texts = PLAY + RESULTS + COURSES + OTHER
    covers, children = _theme(texts, [("General judgements on work with children", 8)] + SUBS[1:])
    assert shared_subject_named(LABEL, covers, 0, children) == LABEL
    covers, children = _theme(texts, SUBS)
    # figures, a mixture, "X, including Y", one topic and parts "work with P" are not listings read here
    for label in ("Statistics: educational attainment and duty rota", "Mixed findings: duty rota and attainment",
                  "Duty rota, including parenting courses", "Duty rota",
                  "General judgements on work with families and duty rota"):
        assert shared_subject_named(label, covers, 0, children) == label
    # a label the run has given already is not given again
    said = shared_subject_named(LABEL, covers, 0, children)
    assert shared_subject_named(LABEL, covers, 0, children, avoid=lambda s: s == said) == LABEL


def test_a_subject_is_borne_by_the_sub_themes_it_is_the_topic_of():
    # eight findings in a sub-theme whose label names hobbies only beside its own topic, none writing the word
    texts = ["The youth club opened on Saturdays for the older group."] * 8 + RESULTS + COURSES + OTHER
    subs = [("Weekend clubs and hobbies", 8), ("Educational attainment", 4), ("Parenting courses", 4), ("Duty rota", 4)]
    covers, children = _theme(texts, subs)
    # read as a part of a listing, the sub-theme that names it bears it; as a subject, only its own sub-themes do
    assert borne_share("Hobbies", covers, 0, children) == 8 / 20
    assert borne_share("Hobbies", covers, 0, children, own=True) == 0.0
    assert borne_share("Weekend clubs", covers, 0, children, own=True) == 8 / 20


def test_a_mixed_sub_theme_only_some_of_which_is_on_its_subject_does_not_bear_it_whole():
    # eight findings in a sub-theme said to be only partly on hobbies: two write a hobby, six are on other things
    texts = (["A young person spoke about a hobby that fills their week."] * 2
             + ["The office moved to a new building in the town centre."] * 6 + RESULTS + COURSES + OTHER)
    mostly = [("Mixed findings, mostly on hobbies", 8)] + SUBS[1:]
    some = [("Mixed findings, some on hobbies", 8)] + SUBS[1:]
    covers, children = _theme(texts, mostly)
    # "mostly on" says most of it is on its subject: the sub-theme bears it, 40%, and it is taken in
    assert borne_share("Hobbies", covers, 0, children, own=True) == 8 / 20
    assert shared_subject_named(LABEL, covers, 0, children).startswith("Hobbies")
    covers, children = _theme(texts, some)
    # "some on" says it is not: only the two that write it bear it, under a third, and the listing stays
    assert borne_share("Hobbies", covers, 0, children, own=True) == 2 / 20
    assert shared_subject_named(LABEL, covers, 0, children) == LABEL
