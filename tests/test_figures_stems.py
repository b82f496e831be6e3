"""Figures listed under a stem said by what the stem counts (`pipeline.themes.figures_stems`)."""

import numpy as np
import pandas as pd

from pipeline.themes.figures_stems import continues, stem, stems_levels, stems_said

MEALS = ("\uf06e About a quarter of children live in low-income homes.\n"
         "\uf06e The share of pupils eligible for free school meals:\n\uf02d ")
LANGUAGE = "\uf06e The share of pupils with English as an additional\nlanguage:\n\uf02d "
LISTED = ["in primary schools is 31% (the national average is 18%)",
          "in secondary schools is 27% (the national average is 15%)"]


def test_a_stem_is_the_last_piece_of_its_lead_in():
    assert stem(MEALS) == "The share of pupils eligible for free school meals:"
    assert stem(LANGUAGE) == "The share of pupils with English as an additional language:"
    assert stem("Caseloads are high. Leaders know this.") == "Leaders know this."
    assert continues(LISTED[0], MEALS)
    assert not continues("In primary schools the rate is 31%.", MEALS)  # a sentence of its own
    assert not continues(LISTED[0], "Caseloads are high.")  # no list before it


def _theme(meals: int, language: int, other: int) -> tuple[list[str], list[str]]:
    texts = [LISTED[i % 2] for i in range(meals + language)] + ["The number of children in care rose to 412."] * other
    leads = [MEALS] * meals + [LANGUAGE] * language + ["Children in care."] * other
    return texts, leads


def test_figures_most_of_whose_stems_count_a_topic_are_said_by_it():
    texts, leads = _theme(6, 2, 2)  # 6 of 10 under the free school meals stem (a term of deprivation and poverty)
    out = stems_said({0: "Statistics on schools, including primary schools"}, lambda t: texts, lambda t: leads)
    assert out == {0: "Statistics on free school meals"}


def test_figures_few_of_whose_stems_count_a_topic_stay():
    texts, leads = _theme(4, 4, 2)  # 4 of 10
    label = "Statistics on schools, including primary schools"
    assert stems_said({0: label}, lambda t: texts, lambda t: leads) == {0: label}
    texts, leads = _theme(6, 2, 2)
    # a label that is no figures label, or names the topic already, or is taken elsewhere, stays
    for label in ["Schools and attendance", "Statistics on deprivation and poverty"]:
        assert stems_said({0: label}, lambda t: texts, lambda t: leads) == {0: label}
    assert stems_said({0: "Statistics on schools"}, lambda t: texts, lambda t: leads,
                      taken={"Statistics on free school meals"}) == {0: "Statistics on schools"}


def test_both_levels_and_a_broad_theme_of_one_sub_theme_follows():
    texts, leads = _theme(6, 2, 2)
    other = ["Leaders know their services well."] * 6
    every, lead_ins = texts + other, leads + [""] * 6
    assignment = np.array([0] * 10 + [1] * 6)
    parent_of = np.array([0, 1])
    named = pd.DataFrame({"label": ["Statistics on schools", "Senior leadership"]}, index=[0, 1])
    broad = pd.DataFrame({"theme_id": [0, 1], "label": ["Statistics on schools", "Senior leadership"]})
    named2, broad2 = stems_levels(named, broad, every, lead_ins, assignment, parent_of)
    assert named2["label"].tolist() == ["Statistics on free school meals", "Senior leadership"]
    assert broad2["label"].tolist() == ["Statistics on free school meals", "Senior leadership"]
    assert named["label"].tolist() == ["Statistics on schools", "Senior leadership"]  # input unchanged
