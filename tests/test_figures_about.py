"""Tests for pipeline.themes.figures_about: figures labelled by their shape said by the groups of children they
count, read with the sentence each follows."""

import numpy as np
import pandas as pd

from pipeline.themes.figures_about import SHAPE, about_levels, read_figure_subjects, subjects_counted

NEED = "At 31 March 2015, 1,240 children had been identified as being formally in need of a specialist service."
PLANS = "At 31 March 2015, 309 children were the subject of a child protection plan."
PRIVATE = "At 31 March 2015, 16 children lived in a privately arranged fostering placement."
CHANGE = ["This is a reduction from 1,473 at 31 March 2014.", "This is an increase from 288 at 31 March 2014.",
          "This is an increase from 9 at 31 March 2014."]


def _figures(n: int):
    """n changes, each after one of the three counts in turn (texts, lead-ins)."""
    leads = [(NEED, PLANS, PRIVATE)[i % 3] for i in range(n)]
    return [CHANGE[i % 3] for i in range(n)], leads


def test_shape_labels_only():
    for label in ("Statistics: changes over time", "Statistics: changes over time and comparisons with national "
                  "averages", "Statistics, some on comparisons with national averages and similar areas",
                  "Assorted statistics, some on changes over time", "Context and statistics",
                  "Context and statistics, further findings"):
        assert SHAPE.match(label), label
    for label in ("Statistics on children looked after", "Statistics, some on adoption", "Changes over time"):
        assert not SHAPE.match(label), label


def test_subjects_counted_read_with_the_sentence_pointed_back_to():
    texts, leads = _figures(9)
    assert subjects_counted(texts, leads) == ["children in need", "child protection plans", "private fostering"]
    # without the lead-ins the changes count nothing
    assert subjects_counted(texts, [""] * 9) == []
    # a sentence that does not point back is read alone
    assert subjects_counted(["Staffing rose by 12 in 2014."] * 9, leads) == []


def test_one_subject_is_no_listing():
    texts, _ = _figures(6)
    assert subjects_counted(texts, [PLANS] * 6) == []
    assert ("child protection plans", ("child protection plan*", "protection plan*", "subject of a plan")) in \
        read_figure_subjects()


def test_about_levels_says_a_shape_label_by_its_counts():
    texts, leads = _figures(9)
    texts += ["Foster carers are trained well."] * 6
    leads += [""] * 6
    assignment = np.repeat([0, 1], [9, 6])
    parent_of = np.array([0, 1])
    named = pd.DataFrame({"label": ["Statistics: changes over time", "Foster carers"]}, index=[0, 1])
    broad = pd.DataFrame({"theme_id": [0, 1], "label": ["Statistics: changes over time", "Foster carers"]})
    new_named, new_broad = about_levels(named, broad, texts, leads, assignment, parent_of)
    said = "Statistics on children in need, child protection plans and private fostering"
    assert new_named["label"].tolist() == [said, "Foster carers"]
    assert new_broad["label"].tolist() == [said, "Foster carers"]  # a broad theme of one sub-theme carries its label
    # a kept (field) theme keeps its label
    assert about_levels(named, broad, texts, leads, assignment, parent_of, keep={0})[0]["label"].tolist()[0] == \
        "Statistics: changes over time"
