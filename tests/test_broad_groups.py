"""Broad themes from sub-themes: Ward's groups, an oversized group split (`pipeline.themes.broad_groups`)."""

import numpy as np
import pytest

from pipeline.themes.broad_groups import SPLIT_RATIO, broad_groups


def _centres() -> np.ndarray:
    """Ten sub-theme centres: four pairs, each pair near one axis, and a cluster of two close pairs near a fifth
    axis (sub-themes 6-7 and 8-9), apart from each other but nearer than any other pair is."""
    axes = np.eye(6)
    rows = []
    for axis in range(3):
        rows += [axes[axis] + 0.05 * axes[5], axes[axis] - 0.05 * axes[5]]
    rows += [axes[3] + 0.3 * axes[4] + 0.02 * axes[5], axes[3] + 0.3 * axes[4] - 0.02 * axes[5],
             axes[3] - 0.3 * axes[4] + 0.02 * axes[5], axes[3] - 0.3 * axes[4] - 0.02 * axes[5]]
    centres = np.array(rows)
    return centres / np.linalg.norm(centres, axis=1, keepdims=True)


def test_without_sizes_ward_groups_stand():
    groups = broad_groups(_centres(), 4)
    assert len(set(groups)) == 4
    assert len(set(groups[6:])) == 1  # the four near the fourth axis are one group
    assert groups[0] == groups[1] and groups[2] == groups[3] and groups[4] == groups[5]


def test_a_group_far_larger_than_the_rest_is_split_into_its_two_halves():
    sizes = np.array([10, 10, 10, 10, 10, 10, 300, 300, 300, 300])
    groups = broad_groups(_centres(), 4, sizes)
    held = np.bincount(groups, weights=sizes)
    assert len(set(groups)) <= 4  # never more broad themes than asked
    assert held.max() <= SPLIT_RATIO * sizes.sum() / 4
    assert groups[6] == groups[7] and groups[8] == groups[9] and groups[6] != groups[8]
    # the room was made by joining two of the small pairs, not by breaking one
    assert groups[0] == groups[1] and groups[2] == groups[3] and groups[4] == groups[5]


def test_a_large_group_of_one_topic_within_the_limit_is_kept():
    sizes = np.array([100, 100, 100, 100, 100, 100, 60, 60, 60, 60])
    assert len(set(broad_groups(_centres(), 4, sizes)[6:])) == 1


@pytest.mark.parametrize("n_broad", [2, 3, 4, 5])
def test_groups_are_numbered_from_zero_and_repeatable(n_broad):
    sizes = np.array([10, 10, 10, 10, 10, 10, 300, 300, 300, 300])
    first, again = broad_groups(_centres(), n_broad, sizes), broad_groups(_centres(), n_broad, sizes)
    assert np.array_equal(first, again)
    assert sorted(set(first)) == list(range(len(set(first))))
    assert len(set(first)) <= n_broad


def test_few_sub_themes():
    assert list(broad_groups(np.eye(2), 2)) == [0, 1]
    assert list(broad_groups(np.eye(2), 1)) == [0, 0]
