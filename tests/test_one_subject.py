"""Sub-themes a reader cannot tell apart ("X" and "X, further findings" under one broad theme, both on X) made one,
and "X, further findings" with no X under a broad theme on X said X (`pipeline.themes.one_subject`)."""

import numpy as np
import pandas as pd

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.cluster import centres_of
from pipeline.themes.one_subject import Themes, joined_pairs, one_subject, said_as_subject, subject_share

ADOPTION = ["Adoption is considered early for children.", "Adoption panels are well run.",
            "Adoption support is offered to families.", "Adopters are prepared well for adoption.",
            "Adoption timeliness has improved.", "Adoption plans are tracked.", "Adoption work is strong.",
            "Adoption leaders know their performance."]
# further findings on adoption: six in eight write it
ADOPTION_MORE = ["Adoption orders are made without delay.", "Adoption breakdowns are rare.",
                 "Adoption records are thorough.", "Adoption matching is careful.", "Adoption reports are clear.",
                 "Adoption staff are trained.", "Parents are told about decisions in writing.",
                 "Reports for the court are thorough."]
# a theme labelled as further findings on adoption, that is on something else: one in eight writes it
NOT_ADOPTION = ["Caseloads are high in one team.", "Supervision is regular.", "Chronologies are out of date.",
                "Training is well attended.", "Advocacy is offered to children.", "Consent is sought from parents.",
                "Adoption is rarely mentioned here.", "Managers visit teams."]


def test_share_counts_findings_that_write_the_subject():
    covers = covers_of([ADOPTION, ADOPTION_MORE, NOT_ADOPTION])
    assert subject_share(covers, 0, "Adoption") == 1.0
    assert subject_share(covers, 1, "Adoption") == 0.75
    assert subject_share(covers, 2, "Adoption") == 0.125


def test_further_findings_on_x_join_the_theme_labelled_x_under_the_same_broad_theme():
    covers = covers_of([ADOPTION, ADOPTION_MORE, ELSEWHERE])
    labels = {0: "Adoption", 1: "Adoption, further findings", 2: "Social workers"}
    sizes = {0: 8, 1: 8, 2: 12}
    assert joined_pairs(labels, {0: 0, 1: 0, 2: 1}, sizes, covers) == {1: 0}
    # the smaller joins the larger, whichever holds the placeholder
    assert joined_pairs(labels, {0: 0, 1: 0, 2: 1}, {0: 5, 1: 8, 2: 12}, covers) == {0: 1}


def test_no_join_across_broad_themes_for_a_field_theme_or_over_findings_not_on_x():
    covers = covers_of([ADOPTION, ADOPTION_MORE, NOT_ADOPTION])
    labels = {0: "Adoption", 1: "Adoption, further findings", 2: "Social workers"}
    sizes = {0: 8, 1: 8, 2: 8}
    assert joined_pairs(labels, {0: 0, 1: 1, 2: 1}, sizes, covers) == {}
    assert joined_pairs(labels, {0: 0, 1: 0, 2: 1}, sizes, covers, keep={0}) == {}
    labels = {0: "Adoption", 1: "Social workers", 2: "Adoption, further findings"}
    assert joined_pairs(labels, {0: 0, 1: 1, 2: 0}, sizes, covers) == {}


def test_further_findings_with_no_x_said_x_under_a_broad_theme_on_x():
    covers = covers_of([ADOPTION_MORE, NOT_ADOPTION, ELSEWHERE])
    labels = {0: "Adoption, further findings", 1: "Adoption, more findings", 2: "Social workers"}
    parents = {0: 0, 1: 0, 2: 1}
    assert said_as_subject(labels, parents, {0: "Adoption and adopters", 1: "Social work"}, covers) == {0: "Adoption"}
    assert said_as_subject(labels, parents, {0: "Adoption", 1: "Social work"}, covers) == {0: "Adoption"}
    # a broad label that does not start with X, or starts with a longer word
    assert said_as_subject(labels, parents, {0: "Permanence and adoption", 1: "Social work"}, covers) == {}
    assert said_as_subject(labels, parents, {0: "Adoptions", 1: "Social work"}, covers) == {}
    # another theme labelled X; the theme kept; findings not on X
    assert said_as_subject({**labels, 2: "Adoption"}, parents, {0: "Adoption and adopters"}, covers) == {}
    assert said_as_subject(labels, parents, {0: "Adoption and adopters"}, covers, keep={0}) == {}
    labels = {0: "Social workers", 1: "Adoption, further findings", 2: "Support"}
    assert said_as_subject(labels, {0: 1, 1: 0, 2: 1}, {0: "Adoption and adopters"}, covers) == {}


def _model(groups, labels, parents):
    covers = covers_of(groups)
    assignment = np.repeat(np.arange(len(groups)), [len(g) for g in groups])
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(len(assignment), 6)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    centres = centres_of(vectors, assignment, len(groups))
    sample = {t: np.flatnonzero(assignment == t) for t in range(len(groups))}
    named = pd.DataFrame({"label": labels, "keywords": [f"k{t}" for t in range(len(groups))]},
                         index=pd.RangeIndex(len(groups), name="theme_id"))
    broad = pd.DataFrame({"theme_id": [0, 1], "label": ["Adoption and adopters", "Social work"],
                          "keywords": ["b0", "b1"]})
    return Themes(assignment, centres, centres, sample, np.array(parents), named, broad), covers, vectors


def test_one_subject_keeps_the_theme_model_consistent():
    # theme 0 a field theme; 1 "Adoption, further findings" (8), 2 "Adoption" (6) and 3 other, under broad 0; 4 alone
    groups = [ELSEWHERE[:9], ADOPTION_MORE, ADOPTION[:6], NOT_ADOPTION[:7], ELSEWHERE[:5]]
    labels = ["Visits", "Adoption, further findings", "Adoption", "Workforce", "Social workers"]
    themes, covers, vectors = _model(groups, labels, [1, 0, 0, 0, 1])
    out = one_subject(themes, covers, vectors, vectors, first=1, label_sample=40)
    # 2 joined 1 (the larger, 14 findings, labelled "Adoption"); ids by size after the field theme
    assert out.named["label"].tolist() == ["Visits", "Adoption", "Workforce", "Social workers"]
    assert np.bincount(out.assignment).tolist() == [9, 14, 7, 5]
    assert (out.assignment[themes.assignment == 2] == 1).all() and (out.assignment[themes.assignment == 1] == 1).all()
    assert out.named.at[1, "keywords"] == "k1" and out.parent_of.tolist() == [1, 0, 0, 1]
    joined = vectors[out.assignment == 1].mean(axis=0)
    assert np.allclose(out.centroids[1], joined / np.linalg.norm(joined), atol=1e-6)
    assert np.array_equal(out.centres[0], themes.centres[0]) and np.array_equal(out.centres[2], themes.centres[3])
    assert sorted(out.sample[1].tolist()) == np.flatnonzero(out.assignment == 1).tolist()
    assert out.broad_named["label"].tolist() == ["Adoption and adopters", "Social work"]


def test_a_broad_theme_left_with_one_sub_theme_takes_its_name():
    groups = [ADOPTION, ADOPTION_MORE, ELSEWHERE]
    themes, covers, vectors = _model(groups, ["Adoption", "Adoption, further findings", "Social workers"], [0, 0, 1])
    out = one_subject(themes, covers, vectors, vectors)
    assert out.named["label"].tolist() == ["Adoption", "Social workers"]
    assert out.broad_named["label"].tolist() == ["Adoption", "Social work"]
    assert out.broad_named["keywords"].tolist() == ["k0", "b1"]


def test_nothing_to_join_leaves_the_model_as_it_was():
    groups = [ADOPTION, NOT_ADOPTION, ELSEWHERE]
    themes, covers, vectors = _model(groups, ["Adoption", "Adoption, further findings", "Social workers"], [0, 0, 1])
    out = one_subject(themes, covers, vectors, vectors)
    assert out.named["label"].tolist() == ["Adoption", "Adoption, further findings", "Social workers"]
    assert np.array_equal(out.assignment, themes.assignment) and out.broad_named.equals(themes.broad_named)
