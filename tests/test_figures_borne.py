"""Tests for pipeline.themes.figures_borne: a "Statistics on X" label few of whose figures show X said otherwise."""

import numpy as np
import pandas as pd

from pipeline.themes.figures_borne import borne_levels, borne_said, named_parts, shown, written

# assorted performance figures, most compared with England or a change over time, one on secure units
ASSORTED = [
    "At 31 March 2022, 61% of vacancies for social workers were filled, below the national average of 70%.",
    "Adoptions rose from 21 in 2020 to 30 in 2022.",
    "Two young people were held in custody overnight in 2022, fewer than the England rate of 4 per 10,000.",
    "The rate of re-referrals is 19%, in line with similar areas (20%).",
    "Sickness absence among staff fell to 4% in 2022, from 7% the year before.",
    "Timeliness of initial assessments is 88%, better than the national average of 83%.",
    "One secure unit holds 12 young people, 3 from this area.",
    "Agency staff make up 28% of the workforce, higher than the national average of 16%.",
]
# counts of one subject, shown in the sentence itself in half of them
SECURE = [
    "At 31 March 2022, 14 young people were in secure units, a rate of 3 per 10,000.",
    "This is an increase from 11 at 31 March 2021.",
    "Secure units in the region had 40 places in 2022.",
    "This is a fall from 44 places in 2021.",
    "Two secure units closed in 2021, leaving 3 in the region.",
    "Of 90 referrals to the panel, 12% were from schools in 2022.",
]


def test_named_parts_reads_a_listing_and_the_head_of_an_including():
    assert named_parts("Statistics on secure units and comparisons with national averages") == [
        "Secure units", "comparisons with national averages"]
    assert named_parts("Statistics on schools, including primary schools") == ["Schools"]
    assert named_parts("Statistics: changes over time") == []
    assert named_parts("Secure units") == []


def test_written_takes_the_parts_words_by_stem_in_any_order():
    assert written("Children looked after", "214 children were being looked after by the council.")
    assert written("houses in multiple occupation", "3 care leavers live in houses of multiple occupation.")
    assert written("secure units", "One secure unit holds 12 young people.")
    assert not written("secure units", "Units of 12 beds are checked each week.")  # "secure" not written
    assert shown(["secure units"], SECURE) == 3 / 6  # the "This is ..." sentences do not show it


def test_a_subject_few_figures_show_gives_way_to_what_they_say():
    labels = {0: "Statistics on secure units and comparisons with national averages",
              1: "Statistics on secure units"}
    out = borne_said(labels, {0: ASSORTED, 1: ASSORTED}.get)
    # 1 in 8 on secure units; 4 of 8 compare, 3 say a change over time
    assert out[0] == "Statistics: comparisons with national averages and changes over time"
    # the same label is not given twice, and no placeholder is given instead: it stays
    assert out[1] == labels[1]
    assert borne_said({1: labels[1]}, {1: ASSORTED}.get)[1] == out[0]


def test_a_subject_a_third_of_the_figures_show_stays_and_a_minor_part_goes():
    labels = {0: "Statistics on secure units", 1: "Statistics on secure units and adoption"}
    out = borne_said(labels, {0: SECURE, 1: SECURE}.get)
    assert out[0] == labels[0]
    assert out[1] == labels[1]
    assert borne_said({1: labels[1]}, {1: SECURE}.get)[1] == "Statistics on secure units"


def test_other_labels_and_words_without_figures_stay():
    words = ["Secure units are visited by the team.", "Managers check the visits."] * 3
    labels = {0: "Statistics on adoption", 1: "Mixed findings: secure units and adoption", 2: "Adoption"}
    assert borne_said(labels, {0: words, 1: ASSORTED, 2: ASSORTED}.get) == labels


def test_borne_levels_changes_both_levels():
    texts = ASSORTED + SECURE
    assignment = np.array([0] * len(ASSORTED) + [1] * len(SECURE))
    parent_of = np.array([0, 0])
    named = pd.DataFrame({"label": ["Statistics on adoption", "Statistics on secure units"]}, index=[0, 1])
    broad = pd.DataFrame({"theme_id": [0], "label": ["Statistics on adoption and staff sickness"]})
    new_named, new_broad = borne_levels(named, broad, texts, assignment, parent_of)
    # 1 of 8 on adoption; the broad theme's 14: adoption 1, sickness 1, the sub-theme took what they say
    assert new_named.at[0, "label"] == "Statistics: comparisons with national averages and changes over time"
    assert new_named.at[1, "label"] == "Statistics on secure units"
    assert new_broad.at[0, "label"] == broad.at[0, "label"]  # its kinds' wording taken: stays, no placeholder
    assert named.at[0, "label"] == "Statistics on adoption"  # input tables untouched
    named.at[0, "label"] = "Workforce"
    new_named, new_broad = borne_levels(named, broad, texts, assignment, parent_of)
    assert new_named.at[0, "label"] == "Workforce"
    assert new_broad.at[0, "label"].startswith("Statistics: ")
