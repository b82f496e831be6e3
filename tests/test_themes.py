import numpy as np
import pandas as pd
import pytest

from pipeline.errors import ConfigError
from pipeline.labels import ctfidf_terms, label_from_terms, tag, terms_of
from pipeline.themes import attach_themes, fit_themes

TOPICS = {
    "caseload": "social workers carry high caseloads and heavy workload pressure",
    "police": "police attendance at strategy discussions is poor and police involvement limited",
    "chronology": "chronologies are missing from case files and chronology records incomplete",
    "recruit": "recruitment and retention of permanent social workers agency staff turnover",
}


def _findings(n_per_topic=30, seed=0):
    rng = np.random.default_rng(seed)
    rows, centres = [], {}
    for t, (name, text) in enumerate(TOPICS.items()):
        centre = np.zeros(16)
        centre[t * 4:(t + 1) * 4] = 1
        centres[name] = centre
        for i in range(n_per_topic):
            rows.append({"finding_id": f"{name}-{i}", "text": f"{text} case {i}",
                         "authority": ["Walsall", "Wirral", "West Sussex"][i % 3], "topic": name})
    vectors = np.vstack([centres[r["topic"]] + rng.normal(0, 0.15, 16) for r in rows]).astype(np.float32)
    return pd.DataFrame(rows), vectors


def test_themes_recover_planted_topics_and_assign_everything():
    findings, vectors = _findings()
    result = fit_themes(findings, vectors, n_themes=4, n_broad=2)
    assert len(result.assignment) == len(findings)
    assert result.assignment["theme_id"].notna().all()
    for topic in TOPICS:
        assert result.assignment.loc[findings.topic == topic, "theme_id"].nunique() == 1
    assert result.assignment["theme_id"].nunique() == 4
    assert result.assignment["theme_confidence"].between(0, 1).all()


def test_broad_themes_nest_sub_themes():
    findings, vectors = _findings()
    result = fit_themes(findings, vectors, n_themes=4, n_broad=2)
    per_theme = result.assignment.groupby("theme_id")["parent_theme_id"].nunique()
    assert (per_theme == 1).all()
    assert result.broad["size"].sum() == len(findings)


def test_auto_number_of_themes_and_determinism():
    findings, vectors = _findings(n_per_topic=40)
    first = fit_themes(findings, vectors, n_themes="auto", seed=1)
    second = fit_themes(findings, vectors, n_themes="auto", seed=2)
    assert first.assignment.equals(second.assignment)
    assert first.themes.equals(second.themes)


def test_labels_name_the_topic_and_exemplars_belong_to_it():
    findings, vectors = _findings()
    result = fit_themes(findings, vectors, n_themes=4, n_broad=2)
    joined = " ".join(result.themes["label"]).lower() + " " + " ".join(result.themes["keywords"]).lower()
    for word in ("caseload", "police", "chronolog", "recruitment"):
        assert word in joined
    for theme in result.themes.itertuples():
        members = set(result.assignment.loc[result.assignment.theme_id == theme.theme_id, "finding_id"])
        assert set(theme.exemplars.split()) <= members


def test_attach_themes_adds_columns_without_mutating():
    findings, vectors = _findings()
    result = fit_themes(findings, vectors, n_themes=4, n_broad=2)
    before = findings.copy()
    out = attach_themes(findings, result)
    assert findings.equals(before)
    assert {"theme_id", "theme_label", "theme_confidence", "parent_theme_label"} <= set(out.columns)


@pytest.mark.parametrize("n_themes", [1, 10_000])
def test_impossible_theme_counts_are_refused(n_themes):
    findings, vectors = _findings()
    with pytest.raises(ConfigError, match="n_themes"):
        fit_themes(findings, vectors, n_themes=n_themes)


def test_corpus_wide_words_do_not_label_themes():
    texts = ["The council noted high caseloads in Walsall in March.", "The council saw police at strategy discussions.",
             "The council found chronologies missing.", "The council audit was late."] * 2
    terms = ctfidf_terms(tag(texts), np.array([0, 1, 2, 3] * 2))
    joined = " ".join(" ".join(t) for t in terms.values())
    assert "council" not in joined and "march" not in joined and "walsall" not in joined
    assert "strategy discussion" in terms[1]
    assert label_from_terms([]) == "Miscellaneous"


def test_phrases_join_only_adjacent_words():
    tokens = tag(["Social workers have high caseloads and management oversight is weak."])[0]
    terms = terms_of(tokens, set())
    assert "management oversight" in terms and "high caseload" in terms
    assert "caseload management" not in terms


@pytest.mark.parametrize("n", [3, 4, 9])
def test_a_tiny_corpus_still_gets_themes(n):
    rng = np.random.default_rng(n)
    findings = pd.DataFrame({"finding_id": [f"f{i}" for i in range(n)], "authority": "Wirral",
                             "text": [f"Social workers carry high caseloads in team {i}." for i in range(n)]})
    result = fit_themes(findings, rng.normal(size=(n, 16)).astype(np.float32))
    assert 2 <= len(result.themes) < n
    assert result.assignment["theme_id"].between(0, len(result.themes) - 1).all()
