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
