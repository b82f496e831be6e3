import numpy as np
import pandas as pd
from scipy import stats

from pipeline.uncertainty import benjamini_hochberg, document_shares, group_intervals, welch_test


def _shares():
    findings = pd.DataFrame({"doc_id": ["a", "a", "b", "c", "c", "c", "d", "e"],
                             "theme_id": [0, 1, 0, 1, 1, 0, 0, 1]})
    groups = pd.Series({"a": "X", "b": "X", "c": "Y", "d": "Y", "e": "Y"})
    return document_shares(findings), groups


def test_document_shares_sum_to_one_per_document():
    shares, _ = _shares()
    assert np.allclose(shares.sum(axis=1), 1) and shares.loc["a", 0] == 0.5


def test_welch_matches_scipy():
    rng = np.random.default_rng(1)
    mine, rest = rng.random((5, 3)), rng.random((7, 3))
    difference, low, high, p = welch_test(mine, rest)
    for j in range(3):
        expected = stats.ttest_ind(mine[:, j], rest[:, j], equal_var=False)
        assert np.isclose(p[j], expected.pvalue)
        assert low[j] < difference[j] < high[j]


def test_bootstrap_is_deterministic_for_a_seed_and_welch_has_no_interval_for_one_document():
    shares, groups = _shares()
    first = group_intervals(shares, groups, method="bootstrap", seed=3)
    again = group_intervals(shares, groups, method="bootstrap", seed=3)
    pd.testing.assert_frame_equal(first, again)
    single = group_intervals(shares, groups.replace({"b": "Z"}))
    assert single[single["group"] == "Z"]["difference_low"].isna().all()


def test_benjamini_hochberg():
    q = benjamini_hochberg(np.array([0.01, 0.04, np.nan, 0.03, 0.5]))
    assert np.isnan(q[2])
    assert np.allclose(q[[0, 1, 3, 4]], [0.04, 0.16 / 3, 0.16 / 3, 0.5])


def test_ratio_interval_resamples_documents_and_holds_the_pooled_share():
    from pipeline.uncertainty import ratio_interval

    junk, kept = np.array([0, 0, 5, 0, 1]), np.array([20, 20, 20, 20, 20])
    low, high = ratio_interval(junk, kept)
    assert low <= junk.sum() / kept.sum() <= high
    assert high <= 5 / 20 and low >= 0.0  # no resample can exceed the worst document's share
    assert ratio_interval(np.zeros(3), np.ones(3)) == (0.0, 0.0)
    assert ratio_interval(junk, kept, seed=1) == ratio_interval(junk, kept, seed=1)  # seeded
