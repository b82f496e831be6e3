"""Settling theme centres (`cluster.settle`) and clustering findings in an order of their content."""
import numpy as np
import pandas as pd

from pipeline.themes.cluster import content_keys, content_order, nearest, settle
from pipeline.themes.consensus import consensus_centres
from pipeline.themes.discover import discover_themes


def _on_circle(degrees):
    radians = np.radians(np.asarray(degrees, dtype=np.float64))
    return np.stack([np.cos(radians), np.sin(radians)], axis=1).astype(np.float32)


def test_settling_moves_centres_to_their_means_until_nothing_moves():
    points = _on_circle([0, 10, 20, 35, 80, 90])
    start = _on_circle([0, 25])
    once, _ = settle(points, start, rounds=0)
    assert once.tolist() == [0, 0, 1, 1, 1, 1]  # nearest of the given centres only
    ids, centres = settle(points, start)
    # centre 1 drifts towards 80-90 and gives up 20, then 35
    assert ids.tolist() == [0, 0, 0, 0, 1, 1]
    assert (nearest(points, centres)[0] == ids).all()  # the centres returned code the rows as returned
    angles = np.degrees(np.arctan2(centres[:, 1], centres[:, 0]))
    assert np.allclose(angles, [16.25, 85.0], atol=0.1)


def test_a_centre_left_without_rows_keeps_its_place():
    points = _on_circle([0, 5, 10])
    ids, centres = settle(points, _on_circle([5, 180]))
    assert ids.tolist() == [0, 0, 0]
    assert np.allclose(centres[1], _on_circle([180])[0])


def test_content_order_does_not_depend_on_the_order_read():
    texts = ["Caseloads are high.", "Chronologies are missing.", "Caseloads are high.", "Police attend.", "Plans drift."]
    order = content_order(content_keys(texts))
    assert sorted(order.tolist()) == list(range(len(texts)))
    backwards = texts[::-1]
    assert [backwards[i] for i in content_order(content_keys(backwards))] == [texts[i] for i in order]


def _overlapping(n=150, seed=3):
    """Findings on five subjects whose vectors overlap, so that where a clustering starts matters."""
    rng = np.random.default_rng(seed)
    subjects = ["foster carers recruited", "care leavers housing", "strategy meetings police",
                "supervision of managers", "health assessments delayed"]
    rows, vectors = [], []
    for i in range(n):
        s = i % len(subjects)
        rows.append({"finding_id": f"f{i}", "text": f"The {subjects[s]} in area {i % 7} case {i}.",
                     "authority": ["Leeds", "Derby"][i % 2]})
        centre = np.zeros(12)
        centre[s * 2:s * 2 + 3] = 1.0
        vectors.append(centre + rng.normal(0, 0.6, 12))
    return pd.DataFrame(rows), np.asarray(vectors, dtype=np.float32)


def test_the_same_findings_in_another_order_get_the_same_themes():
    findings, vectors = _overlapping()
    first = discover_themes(findings, vectors, n_themes=6, n_broad=2, n_micro=30)
    order = np.random.default_rng(0).permutation(len(findings))
    second = discover_themes(findings.iloc[order].reset_index(drop=True), vectors[order], n_themes=6, n_broad=2,
                             n_micro=30)
    a = first.assignment.set_index("finding_id").sort_index()
    b = second.assignment.set_index("finding_id").sort_index()
    assert (a["theme_id"] == b["theme_id"]).all()
    assert first.themes["label"].tolist() == second.themes["label"].tolist()


def test_fits_agree_on_the_planted_centres():
    rng = np.random.default_rng(5)
    planted = np.eye(6, dtype=np.float32)[:3]
    points = np.vstack([centre + rng.normal(0, 0.1, 6) for centre in planted for _ in range(40)]).astype(np.float32)
    keys = content_keys([f"finding {i}" for i in range(len(points))])
    centres = consensus_centres(points, points, keys, k=3, fits=4)
    assert centres.shape == (3, 6)
    # each agreed centre lies on one planted centre, and every planted centre has one
    assert sorted((centres @ planted.T).argmax(axis=1).tolist()) == [0, 1, 2]
    assert ((centres @ planted.T).max(axis=1) > 0.95).all()
    assert np.array_equal(centres, consensus_centres(points, points, keys, k=3, fits=4))


def test_too_few_findings_per_fold_give_no_agreed_centres():
    points = np.eye(5, dtype=np.float32)
    assert consensus_centres(points, points, content_keys(list("abcde")), k=2, fits=5) is None


def test_themes_from_several_fits_assign_every_finding_whatever_the_order():
    findings, vectors = _overlapping()
    first = discover_themes(findings, vectors, n_themes=6, n_broad=2, n_micro=30, fits=3)
    order = np.random.default_rng(1).permutation(len(findings))
    second = discover_themes(findings.iloc[order].reset_index(drop=True), vectors[order], n_themes=6, n_broad=2,
                             n_micro=30, fits=3)
    a = first.assignment.set_index("finding_id").sort_index()
    b = second.assignment.set_index("finding_id").sort_index()
    assert len(a) == len(findings) and a["theme_id"].notna().all()
    assert (a["theme_id"] == b["theme_id"]).all()
