"""A finding whose own words carry little topic is placed with the finding before it; themes the namer finds no topic
in are dissolved into the themes that have one (pipeline.themes.context, pipeline.themes.discover)."""

import numpy as np
import pandas as pd

from pipeline.themes.context import context_rows, context_weights, in_context
from pipeline.themes.discover import discover_themes

ADOPTION = "Adopters are approved promptly and adoption panels give adopters thorough support"
HOUSING = "Care leavers live in suitable housing and supported lodgings with tenancy support"
# Sentences whose topic lies in the sentence before them (as written in the bundled reports).
TOPICLESS = ["In a few cases, they have not been completed at all.", "This post will be re-advertised.",
             "There is more to do to ensure that this is consistently embedded.",
             "However, they are not yet good.", "This is no longer the case.",
             "Work has been slow to progress.", "A root and branch realignment was required.",
             "These remain areas for improvement."]


def _corpus(seed: int = 0):
    """Two topics of 30 findings each, and 16 topicless findings, each following a finding of one topic in its
    document: (findings, vectors, the topic each topicless finding's context is on)."""
    rng = np.random.default_rng(seed)
    rows, points, context_topic = [], [], []
    for topic, (text, axis) in enumerate(((ADOPTION, 0), (HOUSING, 1))):
        for i in range(30):
            doc = f"doc{topic}-{i}"
            rows.append({"finding_id": f"{doc}-a", "doc_id": doc, "section": "Findings", "start": 0, "end": 100,
                         "text": f"{text} ({i})", "authority": "Walsall"})
            points.append(np.eye(8)[axis] + rng.normal(0, 0.1, 8))
            if i < 8:  # the next sentence of the same paragraph has no topic of its own
                rows.append({"finding_id": f"{doc}-b", "doc_id": doc, "section": "Findings", "start": 101,
                             "end": 160, "text": TOPICLESS[i], "authority": "Walsall"})
                points.append(np.eye(8)[2] + rng.normal(0, 0.1, 8))
                context_topic.append(topic)
    return pd.DataFrame(rows), np.array(points, dtype=np.float32), np.array(context_topic)


def test_the_context_of_a_finding_is_the_one_before_it_in_its_document_and_section():
    findings = pd.DataFrame({"doc_id": ["a", "a", "a", "b", "a"], "section": ["S", "S", "T", "S", "S"],
                             "start": [0, 50, 120, 0, 2000], "end": [49, 110, 150, 40, 2100]})
    # row 1 follows row 0; row 2 opens another section; row 3 another document; row 4 is far from row 1
    assert context_rows(findings).tolist() == [-1, 0, -1, -1, -1]
    assert (context_rows(findings.drop(columns=["start"])) == -1).all()  # no positions: no context


def test_only_findings_with_little_topic_of_their_own_or_pointing_back_borrow_their_context():
    texts = ["Capacity for improvement is inadequate.", "They are not yet good.",
             "Adopters are approved promptly by a thorough adoption panel with support.",
             "These plans are reviewed with adopters, panels, carers and social workers."]
    weights = context_weights(texts, np.array([1, 0, 6, 4]))
    assert weights[0] > 0 and weights[1] > 0  # few topic words
    assert weights[2] == 0  # a topic of its own
    assert weights[3] > 0  # points back ("These ...") with few topic words


def test_a_topicless_point_moves_to_its_context_and_a_run_of_them_follows_the_last_topical_one():
    points = np.array([[1, 0, 0], [0, 0, 1], [0, 0, 1], [0, 1, 0]], dtype=np.float32)
    moved = in_context(points, np.array([0, 1.0, 1.0, 0]), np.array([-1, 0, 1, -1]))
    assert moved[1] @ points[0] > moved[1] @ points[3] and moved[2] @ points[0] > moved[2] @ points[3]
    assert np.allclose(moved[[0, 3]], points[[0, 3]])  # findings with a topic of their own stay where they are
    assert np.allclose(np.linalg.norm(moved, axis=1), 1)


def test_a_topicless_finding_joins_the_theme_of_the_finding_before_it_and_no_theme_is_called_mixed():
    findings, vectors, context_topic = _corpus()
    before = discover_themes(findings, vectors, n_themes=3, n_broad=2, dissolve_mixed=False)
    assert before.themes["label"].str.startswith("Mixed findings").any()  # the topicless ones form a theme
    result = discover_themes(findings, vectors, n_themes=3, n_broad=2)
    assert not result.themes["label"].str.startswith("Mixed findings").any()
    theme = result.assignment.set_index("finding_id")["theme_id"]
    topicless = findings["text"].isin(TOPICLESS).to_numpy()
    own = theme.loc[findings.loc[topicless, "finding_id"]].to_numpy()
    context = theme.loc[findings.loc[topicless, "finding_id"].str.replace("-b", "-a")].to_numpy()
    assert (own == context).all()  # each in the theme of the finding before it
    assert len(set(own[context_topic == 0]) | set(own[context_topic == 1])) == 2
    again = discover_themes(findings, vectors, n_themes=3, n_broad=2)
    assert again.assignment.equals(result.assignment) and again.themes.equals(result.themes)  # deterministic
