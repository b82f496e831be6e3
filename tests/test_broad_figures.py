"""Broad themes of figures named by their subject (`pipeline.themes.broad_figures`)."""

import pytest

from pipeline.themes.broad_figures import figures_named


def test_statistics_label_takes_the_subject_most_of_its_sub_themes_share():
    children = [("Statistics, some on children looked after", 90), ("Statistics, mixed topics", 60),
                ("Statistics on children looked after, further findings", 50)]
    assert figures_named("Statistics, mixed topics", children, 0.64) == "Statistics on children looked after"


def test_a_subject_of_a_minority_leaves_the_statistics_label_as_it_is():
    children = [("Comparisons with national averages", 100), ("Statistics, one in six on audits", 85),
                ("Statistics, mixed topics", 60)]
    label = "Statistics, some on comparisons with national averages"
    assert figures_named(label, children, 0.6) == label


def test_an_acronym_and_its_expansion_are_one_subject():
    children = [("Statistics on LAC", 40), ("Statistics, some on looked after children", 45), ("Adoption", 30)]
    assert figures_named("Statistics, mixed topics", children, 0.7) == "Statistics on looked after children"  # the largest one's words


@pytest.mark.parametrize("figures, expected", [
    (0.65, "Statistics on educational attainment and schools"),
    (0.38, "Educational attainment and schools"),  # a third figures: the topic label stands (read 31)
])
def test_a_topic_label_over_mostly_figures_says_they_are_figures(figures, expected):
    children = [("Educational attainment", 89), ("Statistics on schools, including primary schools", 81)]
    assert figures_named("Educational attainment and schools", children, figures) == expected


def test_labels_that_already_say_figures_or_a_mixture_are_kept():
    children = [("Statistics on schools", 50), ("Schools", 40)]
    assert figures_named("Statistics on schools", children, 0.9) == "Statistics on schools"
    assert figures_named("Mixed findings: schools and homes", children, 0.9) == "Mixed findings: schools and homes"
    assert figures_named("Ethnic groups", [("Ethnic groups", 68)], 0.9) == "Ethnic groups"  # one sub-theme: its name


def test_a_topic_label_over_figures_its_subject_holds_less_than_half_of_lists_the_subjects():
    children = [("Statistics on child protection plans", 60), ("Statistics on children looked after", 50),
                ("Statistics on children in need", 30)]
    assert figures_named("Child protection plans", children, 0.85) == \
        "Statistics on child protection plans, children looked after and children in need"


def test_a_statistics_label_a_sub_theme_holds_already_lists_the_subjects():
    children = [("Statistics on child protection plans", 80), ("Statistics on children looked after", 50)]
    taken = {"statistics on child protection plans"}
    assert figures_named("Child protection plans", children, 0.85) == "Statistics on child protection plans"
    assert figures_named("Child protection plans", children, 0.85, avoid=lambda said: said.lower() in taken) == \
        "Statistics on child protection plans and children looked after"


FIGURES = ["This is an increase from 24 at 31 March 2013.", "Referrals have reduced from 900 to 640.",
           "This is better than the national average of 12%.", "The rate is in line with statistical neighbours.",
           "Re-referrals rose to 22% over the last year.", "In 2014, the total was 40.",
           "The average time was 496 days.", "There were 77 children at the end of March."]


def test_figures_with_no_common_subject_are_named_by_what_most_of_them_say():
    children = [("Context and statistics", 80), ("Comparisons with national averages", 90),
                ("Statistics, mixed topics", 80)]  # no subject holds half
    label = "Statistics, some on comparisons with national averages"
    # 3 of 8 a change over time, 3 of 8 compared (the average of "The average time" too): 6 of 8 one or the other
    assert figures_named(label, children, 0.6, texts=FIGURES) == \
        "Statistics: changes over time and comparisons with national averages"
    assert figures_named(label, children, 0.6) == label  # its findings not read: as it is


def test_a_topic_label_over_figures_no_subject_holds_half_of_is_said_by_kinds_before_a_listing():
    # sub-theme subjects each held by a minority: what most of its figures say, not a listing of the minor parts
    children = [("Statistics: changes over time", 130), ("Comparisons with national averages", 130),
                ("Educational attainment", 115), ("Statistics, some on improvement plans", 80)]
    label = "Comparisons with national averages and educational attainment"
    assert figures_named(label, children, 0.55, texts=FIGURES) == \
        "Statistics: changes over time and comparisons with national averages"
    # figures that mostly say neither kind: the listing, as before
    neither = ["There were 77 children at the end of March.", "The total was 40.", "It was 496 days.",
               "Some 310 pupils sat the tests."]
    assert figures_named(label, children, 0.55, texts=neither) == \
        "Statistics on changes over time, comparisons with national averages and educational attainment"
    # most of its figures write a listed subject (the terms of the field topic "Educational attainment" too): the
    # listing, as before
    attained = FIGURES[:4] + ["Attainment at key stage 2 rose to 61%.", "GCSE results fell to 48% in 2016.",
                              "Pupils' attainment at 16 improved by 9%.", "Key stage 4 attainment was 52%."]
    assert figures_named(label, children, 0.55, texts=attained) == \
        "Statistics on changes over time, comparisons with national averages and educational attainment"
    # the kinds label to be avoided (taken): the listing
    assert figures_named(label, children, 0.55, texts=FIGURES, avoid=lambda said: said.startswith("Statistics:")) \
        == "Statistics on changes over time, comparisons with national averages and educational attainment"


def test_a_shared_subject_a_minority_of_its_figures_write_is_not_named():
    # the largest sub-theme is itself "some on" the subject: the figures mostly change over time
    children = [("Statistics, some on comparisons with national averages", 200), ("Statistics, mixed topics", 150)]
    label = "Statistics, one in six on comparisons with national averages"
    assert figures_named(label, children, 0.7, texts=FIGURES) == \
        "Statistics: changes over time and comparisons with national averages"
    # most of them compare (a field topic's terms count: "statistical neighbours", "national average")
    compared = ["The rate is above the national average of 40.", "It is in line with statistical neighbours at 31.",
                "At 62 it is below the national average.", "This is a decrease from 58 in 2014."]
    assert figures_named(label, children, 0.7, texts=compared) == "Statistics on comparisons with national averages"
    assert figures_named(label, children, 0.7) == "Statistics on comparisons with national averages"  # not read
    # a broad theme of one sub-theme: as before (`whole_of_one` says it by its sub-theme)
    one = [("Statistics, some on comparisons with national averages", 200)]
    assert figures_named(label, one, 0.7, texts=FIGURES) == "Statistics on comparisons with national averages"


def test_figures_that_mostly_say_neither_keep_their_label():
    children = [("Statistics, mixed topics", 100), ("Statistics on adoption", 60)]
    texts = FIGURES[:1] + ["There were 77 children at the end of March.", "The total was 40.", "It was 496 days."]
    assert figures_named("Statistics, mixed topics", children, 0.6, texts=texts) == "Statistics, mixed topics"


# Figures left with a fragment of a part for their subject (`assorted_figures`): fixtures in our own words.
ASSORTED_TEXTS = [
    "The number of children in care has risen from 210 to 245 since 2019.",
    "Referrals fell by 8% over the past year.",
    "There were 410 contacts in the quarter to June.",
    "Some 1,300 pupils attend the two special schools.",
    "The rate of repeat plans is 14 in every hundred.",
    "Average caseloads are 17 children per worker.",
]


def test_figures_with_a_fragment_for_subject_are_said_to_be_assorted_with_the_kind_a_third_say():
    from pipeline.themes.broad_figures import assorted_figures

    # two of six say a change over time (a third), none compares with other areas
    assert assorted_figures("Statistics, one in ten on population", ASSORTED_TEXTS) == \
        "Assorted statistics, some on changes over time"
    assert assorted_figures("Statistics, mixed topics", ASSORTED_TEXTS) == \
        "Assorted statistics, some on changes over time"


def test_assorted_figures_no_kind_under_a_third():
    from pipeline.themes.broad_figures import assorted_figures

    texts = ASSORTED_TEXTS[2:]  # none of these four says a change or a comparison
    assert assorted_figures("Statistics, one in seven on caseloads", texts) == "Assorted statistics"


@pytest.mark.parametrize("label", ["Statistics on children looked after", "Statistics: changes over time",
                                   "Statistics, some on children looked after",  # a part a fair share are on
                                   "Mixed findings, one in ten on population", "Caseloads and workload"])
def test_figures_with_a_subject_or_no_figures_label_keep_it(label):
    from pipeline.themes.broad_figures import assorted_figures

    assert assorted_figures(label, ASSORTED_TEXTS) == label


def test_assorted_label_to_be_avoided_leaves_the_label():
    from pipeline.themes.broad_figures import assorted_figures

    label = "Statistics, one in nine on population"
    assert assorted_figures(label, ASSORTED_TEXTS, avoid=lambda said: said.startswith("Assorted")) == label
    assert assorted_figures(label, []) == label


def test_a_broad_theme_of_one_figures_sub_theme_with_no_kind_held_by_half_is_assorted():
    from pipeline.themes.broad_figures import whole_of_one

    assert whole_of_one("Statistics, one in eight on model", ASSORTED_TEXTS) == \
        "Assorted statistics, some on changes over time"
