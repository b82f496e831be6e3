import re

import numpy as np
import pandas as pd
import pytest

from pipeline.errors import ConfigError
from pipeline.themes.coverage import Coverage
from pipeline.themes.naming import ctfidf_phrases, key_phrases, name_from_terms, name_problems, name_themes, phrases_of
from pipeline.themes import attach_themes
from pipeline.themes.discover import discover_themes

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
    result = discover_themes(findings, vectors, n_themes=4, n_broad=2)
    assert len(result.assignment) == len(findings)
    assert result.assignment["theme_id"].notna().all()
    for topic in TOPICS:
        assert result.assignment.loc[findings.topic == topic, "theme_id"].nunique() == 1
    assert result.assignment["theme_id"].nunique() == 4
    assert result.assignment["theme_confidence"].between(0, 1).all()


def test_broad_themes_nest_sub_themes():
    findings, vectors = _findings()
    result = discover_themes(findings, vectors, n_themes=4, n_broad=2)
    per_theme = result.assignment.groupby("theme_id")["parent_theme_id"].nunique()
    assert (per_theme == 1).all()
    assert result.broad["size"].sum() == len(findings)


def test_auto_number_of_themes_and_determinism():
    findings, vectors = _findings(n_per_topic=40)
    first = discover_themes(findings, vectors, n_themes="auto", seed=1)
    second = discover_themes(findings, vectors, n_themes="auto", seed=2)
    assert first.assignment.equals(second.assignment)
    assert first.themes.equals(second.themes)


def test_labels_name_the_topic_and_exemplars_belong_to_it():
    findings, vectors = _findings()
    result = discover_themes(findings, vectors, n_themes=4, n_broad=2)
    joined = " ".join(result.themes["label"]).lower() + " " + " ".join(result.themes["keywords"]).lower()
    for word in ("caseload", "police", "chronolog", "recruitment"):
        assert word in joined
    for theme in result.themes.itertuples():
        members = set(result.assignment.loc[result.assignment.theme_id == theme.theme_id, "finding_id"])
        assert set(theme.exemplars.split()) <= members


def test_attach_themes_adds_columns_without_mutating():
    findings, vectors = _findings()
    result = discover_themes(findings, vectors, n_themes=4, n_broad=2)
    before = findings.copy()
    out = attach_themes(findings, result)
    assert findings.equals(before)
    assert {"theme_id", "theme_label", "theme_confidence", "parent_theme_label"} <= set(out.columns)


@pytest.mark.parametrize("n_themes", [1, 10_000])
def test_impossible_theme_counts_are_refused(n_themes):
    findings, vectors = _findings()
    with pytest.raises(ConfigError, match="n_themes"):
        discover_themes(findings, vectors, n_themes=n_themes)


def test_corpus_wide_words_do_not_label_themes():
    texts = ["The council noted high caseloads in Walsall in March.", "The council saw police at strategy discussions.",
             "The council found chronologies missing.", "The council audit was late."] * 2
    terms, shown = ctfidf_phrases(texts, np.array([0, 1, 2, 3] * 2))
    joined = " ".join(" ".join(t) for t in terms.values())
    assert "council" not in joined and "march" not in joined and "walsall" not in joined
    assert "strategy discussion" in terms[1] and shown["strategy discussion"] == "strategy discussions"
    assert name_from_terms([]) == "Miscellaneous"


def test_phrases_join_only_adjacent_words_and_drop_judgements():
    keys = {key for key, _ in phrases_of("Social workers have high caseloads and management oversight is weak.")}
    assert "management oversight" in keys and "caseload" in keys
    assert "caseload management" not in keys and "high caseload" not in keys  # "high" judges, it does not name


def test_phrases_across_of_in_for_keep_the_written_form():
    found = dict(phrases_of("Police involvement in strategy discussions is limited; the voice of the child is heard "
                            "and CAMHS waiting lists are long."))
    assert found["police involvement in strategy discussion"] == "police involvement in strategy discussions"
    assert found["voice of child"] == "voice of the child"
    assert found["camhs waiting list"] == "CAMHS waiting lists"


@pytest.mark.parametrize("terms, expected", [
    (["recruitment", "retention"], "Recruitment and retention"),
    (["police involvement in strategy discussions", "police"], "Police involvement in strategy discussions"),
    (["care leavers", "care leaver accommodation"], "Care leavers"),
    (["adoption", "adopters"], "Adoption"),  # one root is one idea, not "Adoption and adopters"
])
def test_labels_are_short_noun_phrases(terms, expected):
    assert name_from_terms(terms) == expected


def test_labels_never_dangle_or_judge():
    texts = (["Assessments lack rigour and a rigorous assessment of risk is rare."] * 3
             + ["Police involvement in strategy discussions is poor."] * 3)
    table = name_themes(texts, np.array([0, 0, 0, 1, 1, 1]))
    for label in table["label"]:
        assert not label.lower().endswith((" and", " lack", " and lack")) and "rigorous" not in label.lower()
    assert table.loc[1, "label"] == "Police involvement in strategy discussions"


def test_key_phrases_are_noun_phrases():
    texts = ["Members noted the caseload report.", "Members noted caseloads are high.",
             "Foster carers were recruited.", "Foster carers need support."]
    phrases = key_phrases(texts, np.array([0, 0, 1, 1]))
    assert "foster carers" in phrases[1]
    assert not any("noted" in p for p in phrases[0])


def test_above_the_micro_cluster_limit_every_finding_is_assigned_and_seeds_agree():
    findings, vectors = _findings(n_per_topic=40)
    first = discover_themes(findings, vectors, n_themes=4, n_broad=2, n_micro=40, seed=1)
    second = discover_themes(findings, vectors, n_themes=4, n_broad=2, n_micro=40, seed=7)
    assert first.assignment.equals(second.assignment)
    assert len(first.assignment) == len(findings) and first.assignment["theme_id"].between(0, 3).all()
    for topic in TOPICS:
        assert first.assignment.loc[findings.topic == topic, "theme_id"].nunique() == 1
    assert (first.assignment.groupby("theme_id")["parent_theme_id"].nunique() == 1).all()


def test_every_finding_goes_to_its_nearest_theme_centre():
    findings, vectors = _findings()
    result = discover_themes(findings, vectors, n_themes=4, n_broad=2)
    # nearest in the space the themes are found in: the embedding joined with the findings' topic words and the
    # field topics they write about
    texts = findings["text"].tolist()
    joined = result.topic_words.guided(result.topic_words.join(vectors, texts), texts)
    assert ((joined @ result.topic_words.centres.T).argmax(axis=1) == result.assignment["theme_id"].to_numpy()).all()
    plain = discover_themes(findings, vectors, n_themes=4, n_broad=2, assign_joined=False)
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    assert plain.topic_words is None
    assert ((unit @ plain.centroids.T).argmax(axis=1) == plain.assignment["theme_id"].to_numpy()).all()


@pytest.mark.parametrize("n", [3, 4, 9])
def test_a_tiny_corpus_still_gets_themes(n):
    rng = np.random.default_rng(n)
    findings = pd.DataFrame({"finding_id": [f"f{i}" for i in range(n)], "authority": "Wirral",
                             "text": [f"Social workers carry high caseloads in team {i}." for i in range(n)]})
    result = discover_themes(findings, rng.normal(size=(n, 16)).astype(np.float32))
    assert 2 <= len(result.themes) < n
    assert result.assignment["theme_id"].between(0, len(result.themes) - 1).all()


@pytest.mark.parametrize("seed, k", [(0, 2), (1, 5), (2, 17), (3, 40)])
def test_cosine_silhouette_equals_scikit_learn(seed, k):
    from sklearn.metrics import silhouette_score

    from pipeline.themes.cluster import cosine_silhouette

    rng = np.random.default_rng(seed)
    points = rng.normal(size=(300, 12)).astype(np.float32)
    points[10] = points[11]  # a duplicate: distance 0, not a small negative number
    points /= np.linalg.norm(points, axis=1, keepdims=True)
    labels = rng.integers(0, k, size=300)
    labels[:3] = k + np.arange(3)  # three clusters of one point each
    assert cosine_silhouette(points, labels) == pytest.approx(
        silhouette_score(points, labels, metric="cosine"), abs=1e-5)


@pytest.mark.parametrize("n, block", [(2, 256), (3, 2), (300, 64), (257, 256)])
def test_condensed_distances_equal_the_full_matrix_bit_for_bit(n, block):
    from scipy.spatial.distance import squareform

    from pipeline.themes.cluster import condensed_distances

    points = np.random.default_rng(n).normal(size=(n, 24)).astype(np.float32)
    points[1] = points[0]  # a zero distance, where rounding could go below 0
    squares = np.einsum("ij,ij->i", points, points)
    square = squares[:, None] + squares[None, :] - 2.0 * (points @ points.T)
    np.fill_diagonal(square, 0.0)
    square = np.sqrt(np.clip(square, 0.0, None))
    # Equal to the last bit: the Ward tree is built from these numbers and must not change.
    expected = squareform(square, checks=False).astype(np.float64)
    assert np.array_equal(condensed_distances(points, block=block), expected)


def test_usual_form_is_the_most_frequent_and_the_first_seen_on_a_tie():
    from pipeline.themes.naming import usual_forms

    found = [[("care leaver", "Care leavers"), ("camhs", "CAMHS")],
             [("care leaver", "care leavers"), ("camhs", "camhs")],
             [("care leaver", "care leavers")]]
    assert usual_forms(found) == {"care leaver": "care leavers", "camhs": "CAMHS"}


def test_phrases_do_not_depend_on_the_stop_words_seen_before():
    text = "Care leavers lack suitable accommodation in the area."
    default = phrases_of(text)
    assert phrases_of(text, frozenset({"in", "the"})) != default  # "lack", "area" now join runs
    assert phrases_of(text) == default  # each stop-word set keeps its own token table


def _coverage_fixture():
    """Theme 0: eight findings on pathway plans, two of them also on special guardianship orders; themes 1 and 2:
    other topics, also mentioning pathway plans (so c-TF-IDF alone prefers the rarer phrase for theme 0)."""
    theme0 = [f"Pathway plans are reviewed late for {name}." for name in ("Ann", "Bob", "Cy", "Di", "Ed", "Flo")] + [
        "Special guardianship orders are made and pathway plans are updated.",
        "Special guardianship orders are granted after pathway plans are agreed."] + [
        "Housing advice is helpful.", "Visits happen."]
    theme1 = ["Pathway plans and foster carers: foster carers are trained well."] * 10
    theme2 = ["Management oversight of strategy discussions and pathway plans is weak."] * 10
    return theme0 + theme1 + theme2, np.repeat([0, 1, 2], 10)


def test_a_label_names_what_a_good_share_of_its_findings_are_about():
    texts, themes = _coverage_fixture()
    assert key_phrases(texts, themes)[0][0].startswith("special guardianship")  # the most distinctive: 2 of 10
    label = name_themes(texts, themes).set_index("theme_id").loc[0, "label"]
    assert "guardianship" not in label.lower() and "pathway plan" in label.lower()


def test_labels_taken_elsewhere_are_not_reused_and_no_label_has_a_suffix():
    texts, themes = _coverage_fixture()
    first = name_themes(texts, themes).set_index("theme_id")["label"]
    again = name_themes(texts, themes, taken=set(first.str.lower()), max_parts=3)["label"]
    assert not set(again.str.lower()) & set(first.str.lower())
    assert not any(":" in label for label in first)


def test_broad_labels_are_written_for_the_broad_theme_not_copied_from_a_child():
    findings, vectors = _findings(n_per_topic=20)
    result = discover_themes(findings, vectors, n_themes=4, n_broad=2)
    sub = set(result.themes["label"].str.lower())
    assert len(sub) == 4
    # (a broad theme of one sub-theme carries its name: test_a_broad_theme_of_one_sub_theme_carries_its_name)
    several = result.themes.groupby("parent_theme_id").size().loc[lambda n: n > 1].index
    assert len(several) and not set(result.broad.set_index("theme_id").loc[several, "label"].str.lower()) & sub
    assert set(result.themes["parent_label"]) == set(result.broad["label"])


@pytest.mark.parametrize("name", ["Involvement", "Guidance", "Safety", "Age", "Reliability", "Briefings",
                                  "Practitioners", "Appointment", "Template", "Judgement", "Safeguard",
                                  "National proportion", "Homeless 16- and 17-year-olds"])
def test_lone_generic_words_and_fragments_are_flagged(name):
    from pipeline.themes.naming import name_problems

    assert name_problems([name])


def test_a_generic_word_every_theme_uses_is_no_label():
    texts = ([f"Relationships with foster carers are warm in case {i}." for i in range(6)]
             + [f"Relationships with personal advisers are trusting in case {i}." for i in range(6)]
             + [f"Relationships with independent reviewing officers are strong in case {i}." for i in range(6)])
    labels = name_themes(texts, np.repeat([0, 1, 2], 6))["label"]
    assert not any(label.lower() == "relationships" for label in labels)
    assert list(labels) == ["Foster carers", "Personal advisers", "Independent reviewing officers"]


def test_a_cut_term_is_made_whole_and_the_tail_of_an_and_term_is_dropped():
    texts = ([f"The quality assurance framework is used in case {i}." for i in range(5)]
             + [f"Strengths and difficulties questionnaires are done late in case {i}." for i in range(5)]
             + [f"Return home interviews are offered in case {i}." for i in range(5)])
    labels = name_themes(texts, np.repeat([0, 1, 2], 5))["label"]
    assert labels[0] == "Quality assurance framework"
    assert "Difficulties questionnaires" not in list(labels)


def test_a_broad_theme_of_one_sub_theme_carries_its_name():
    findings, vectors = _findings(n_per_topic=20)
    result = discover_themes(findings, vectors, n_themes=4, n_broad=3)
    children = result.themes.groupby("parent_theme_id")["label"].agg(list)
    single = {b: labels[0] for b, labels in children.items() if len(labels) == 1}
    assert single  # 4 sub-themes in 3 broad themes: at least one broad theme holds one sub-theme
    broad = result.broad.set_index("theme_id")["label"]
    assert all(broad[b] == label for b, label in single.items())
    assert not {broad[b] for b in children.index if b not in single} & set(result.themes["label"])


def test_auto_broad_themes_stay_readable_on_any_corpus():
    from pipeline.themes.discover import MAX_BROAD, auto_broad

    assert auto_broad(50) == 20
    assert auto_broad(140) == MAX_BROAD == 30  # a 42,000-finding corpus: 140 themes, still 30 broad ones
    assert auto_broad(3) == 2


def test_a_label_covers_the_whole_theme_not_only_the_sample_read():
    texts, themes = _coverage_fixture()
    # the sample read (theme 1's first 10) all use "foster carers"; of the theme's 40 findings, 30 use other words
    others = ["Visits happened on time and were recorded."] * 30
    every = (texts + others, np.concatenate([themes, np.ones(30, dtype=int)]))
    alone = name_themes(texts, themes).set_index("theme_id")["label"]
    whole = name_themes(texts, themes, every=every).set_index("theme_id")["label"]
    assert "foster" in alone[1].lower()
    assert "foster" not in whole[1].lower() or "mixed" in whole[1].lower()


def test_themes_without_a_common_topic_are_said_to_be_mixed_without_numbers_or_empty_topics():
    rng = np.random.default_rng(3)
    words = ["budget", "garden", "window", "ladder", "kettle", "pencil", "violin", "carpet", "tunnel", "saddle",
             "anchor", "basket", "candle", "helmet", "marble", "needle", "pepper", "rocket", "statue", "timber"]
    texts = [f"The {a} and the {b} were noted." for a, b in rng.choice(words, size=(40, 2))]
    texts += ["Return home interviews are offered to missing children."] * 10
    themes = np.repeat([0, 1, 2], [20, 20, 10])
    labels = name_themes(texts, themes).set_index("theme_id")["label"]
    assert labels[2].lower().startswith("return home interview")
    assert labels[0] != labels[1] and not name_problems(list(labels))
    covers = Coverage(texts, themes)
    for theme in (0, 1):
        assert labels[theme].startswith("Mixed findings")
        if ":" in labels[theme]:  # "Mixed findings: X, Y and Z" only when they are what a fair part of it mentions
            parts = re.split(r", | and ", labels[theme].split(": ", 1)[1])
            assert covers.union(theme, parts) >= 0.2 and all(covers.share(theme, p) >= 0.1 for p in parts)


def test_coverage_reads_a_hyphenated_word_as_its_parts():
    covers = Coverage(["Life-story work is done well.", "Life story books are late.", "Visits are on time."],
                      np.zeros(3, dtype=int))
    assert covers.share(0, "life story") == covers.share(0, "life-story") == 2 / 3


def test_a_theme_most_of_whose_findings_name_one_field_subject_is_named_by_it_not_called_mixed():
    from pipeline.themes.fallback_names import dominant_phrase

    subject = [f"Social workers in team {i} visit children {w}." for i, w in enumerate(
        ["weekly", "often", "late", "rarely", "when asked", "at home"])]
    subject += ["Early help is offered by the family centre.", "Plans are reviewed monthly.",
                "Children looked after are placed near home."]
    elsewhere = [f"The panel met on {d}." for d in ("Monday", "Tuesday", "Friday", "time", "the day", "site")]
    covers = Coverage(subject + elsewhere, np.array([0] * len(subject) + [1] * len(elsewhere)))
    assert dominant_phrase(covers, 0) == "Social workers"  # 6 of 9, a field term used whole, not cut
    assert dominant_phrase(covers, 1) is None  # "panel met": no noun phrase
    care = [f"Children looked after by the council {w}." for w in ("thrive", "move rarely", "attend school",
                                                                    "see family", "are heard")]
    covers = Coverage(care + elsewhere, np.array([0] * len(care) + [1] * len(elsewhere)))
    assert dominant_phrase(covers, 0) == "Children looked after"
    common = [f"Children and families {w}." for w in ("are seen", "are heard", "wait", "move", "stay")]
    covers = Coverage(common + common, np.array([0] * 5 + [1] * 5))  # as common everywhere: names neither
    assert dominant_phrase(covers, 0) is None
