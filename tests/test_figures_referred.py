"""Tests for pipeline.themes.figures_referred: figures read with the sentence a "This is ..." follows."""

import numpy as np
import pandas as pd

from pipeline.themes.figures_referred import bearing, referred_levels, referred_said, subject_pattern

# pairs of a count and its change, the change saying what it counts only through "This"
COUNTS = [
    "At 31 March 2020, 410 children were looked after by the council (a rate of 80 per 10,000 children).",
    "This is an increase from 380 (74 per 10,000 children) at 31 March 2019.",
    "At 30 June 2021, 120 children were looked after (a rate of 40 per 10,000 children).",
    "This is a fall from 131 at 31 March 2020.",
    "The rate of referrals rose by 6% in 2019 to 512 per 10,000.",
    "Children looked after: 5% were placed more than 20 miles away in 2020.",
]
LEADS = ["", COUNTS[0], "", COUNTS[2], "Referrals are checked daily.", ""]


def test_subject_pattern_takes_a_topics_terms_or_the_words():
    assert subject_pattern("Children looked after").search("the number of children in care rose")
    assert subject_pattern("Local population").search("the census counts minority ethnic groups")  # a topic's term
    assert subject_pattern("secure units").search("two secure units closed")  # no topic: its own words
    assert subject_pattern("secure units").search("one secure unit closed")
    assert not subject_pattern("secure units").search("the unit is secure")


def test_bearing_reads_the_lead_in_only_for_a_sentence_that_points_back():
    pattern = subject_pattern("Children looked after")
    assert bearing(COUNTS, LEADS, pattern) == 5 / 6
    assert bearing(COUNTS, [""] * 6, pattern) == 3 / 6
    # a sentence that does not point back is not read by its lead-in
    assert bearing(["Referrals fell to 300."], ["Children looked after rose."], pattern) == 0.0


def test_referred_said_names_figures_most_of_which_count_the_part():
    texts = {0: COUNTS, 1: COUNTS}
    leads = {0: LEADS, 1: [""] * 6}
    labels = {0: "Statistics, some on children looked after", 1: "Statistics, one in six on children looked after"}
    out = referred_said(labels, texts.get, leads.get)
    # theme 1's changes have no lead-ins: half bear the topic, which is enough; theme 0 takes the label first
    assert out[0] == "Statistics on children looked after"
    assert out[1] == labels[1]  # the same label is not given twice
    out = referred_said({1: labels[1]}, texts.get, {1: [""] * 6}.get)
    assert out[1] == "Statistics on children looked after"


def test_referred_said_leaves_findings_without_figures_and_other_labels():
    words = ["Children looked after are visited often."] * 6
    labels = {0: "Mixed findings, some on children looked after", 1: "Children looked after"}
    assert referred_said(labels, {0: words, 1: words}.get, {0: [""] * 6, 1: [""] * 6}.get) == labels
    few = COUNTS[4:] + ["The rate of referrals fell.", "Referrals: 300 in 2020.", "Referrals: 280 in 2021."]
    assert referred_said({0: "Statistics, some on children looked after"}, {0: few}.get,
                         {0: [""] * 5}.get) == {0: "Statistics, some on children looked after"}


def test_referred_levels_changes_a_lone_sub_themes_broad_theme_too():
    texts = COUNTS + ["Plans are clear."] * 6
    leads = LEADS + [""] * 6
    named = pd.DataFrame({"label": ["Statistics, some on children looked after", "Plans"]}, index=[0, 1])
    broad = pd.DataFrame({"theme_id": [0, 1], "label": ["Statistics, some on children looked after", "Plans"]})
    new_named, new_broad = referred_levels(named, broad, texts, leads, np.repeat([0, 1], 6), np.array([0, 1]))
    assert new_named["label"].tolist() == ["Statistics on children looked after", "Plans"]
    assert new_broad["label"].tolist() == ["Statistics on children looked after", "Plans"]
