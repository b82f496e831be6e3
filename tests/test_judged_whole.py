"""Tests for pipeline.themes.judged_whole: "General judgements on X" over findings nearly all on X said by X."""

import numpy as np
import pandas as pd

from pipeline.themes.judged_whole import judged_whole_levels, whole_said, whole_word

ADOPTION = ["Adopters are approved quickly.", "Adoption support is good.", "Children are adopted without delay.",
            "The adoption panel is thorough.", "Adopters are well prepared.", "Adoptive families get help."]


def test_whole_word_needs_nearly_all_findings_on_a_subject_of_its_own():
    assert whole_word("General judgements on adoption", ADOPTION) == "adoption"
    # one finding in six without it: under nine in ten
    assert whole_word("General judgements on adoption", ADOPTION[:5] + ["Carers are visited."]) is None
    # a frame word is no subject of its own; nor is a listing
    assert whole_word("General judgements on services", ["Services are good."] * 6) is None
    assert whole_word("General judgements on adoption and fostering", ADOPTION) is None


def test_whole_said_sub_and_broad():
    labels = {0: "General judgements on adoption", 1: "Fostering"}
    texts = {0: ADOPTION, 1: ["Foster carers are trained."] * 6}
    assert whole_said(labels, texts.get) == {0: "Adoption", 1: "Fostering"}
    # broad: with the first part of its largest sub-theme that is no word of X
    children = {0: ["Adoption support", "Adopters, including approval", "Statistics on adoption"], 1: []}
    assert whole_said(labels, texts.get, children_of=children.get)[0] == "Adoption and adopters"
    # taken: left as it is
    assert whole_said(labels, texts.get, taken={"Adoption"}) == labels


def test_judged_whole_levels_broad_theme_named_with_its_sub_themes():
    texts = ADOPTION * 2 + ["Foster carers are trained."] * 6
    assignment = np.repeat([0, 1, 2], 6)
    parent_of = np.array([0, 0, 1])
    named = pd.DataFrame({"label": ["Adoption", "Adopters", "Fostering"]}, index=[0, 1, 2])
    broad = pd.DataFrame({"theme_id": [0, 1], "label": ["General judgements on adoption", "Fostering"]})
    new_named, new_broad = judged_whole_levels(named, broad, texts, assignment, parent_of)
    assert new_named["label"].tolist() == ["Adoption", "Adopters", "Fostering"]
    assert new_broad["label"].tolist() == ["Adoption and adopters", "Fostering"]
