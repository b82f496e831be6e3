"""Broad themes group sub-themes by what sets them apart (`discover.broad_groups`, issue 16): sub-themes written
mostly in what every finding of the field says, each leaning to a different topic, go with their topics, not
together into one broad theme of no common topic (held-out read 51's "Mixed findings: early help and children in
care")."""

import numpy as np

from pipeline.themes.discover import broad_groups

TOPICS = 6


def _unit(v):
    return v / np.linalg.norm(v)


def _centres(shared=2.0, lean=0.6):
    """Two sub-themes on each of TOPICS topics, then two sub-themes mostly on what all of them share (axis 0), the
    first leaning to topic 0, the second to topic 1."""
    e = np.eye(1 + TOPICS + 2 * TOPICS + 2)
    centres = [_unit(e[0] + 0.8 * e[1 + t] + 0.15 * e[1 + TOPICS + 2 * t + s]) for t in range(TOPICS) for s in (0, 1)]
    centres.append(_unit(shared * e[0] + lean * e[1] + 0.1 * e[-2]))
    centres.append(_unit(shared * e[0] + lean * e[2] + 0.1 * e[-1]))
    return np.array(centres)


def test_sub_themes_mostly_on_what_all_share_go_with_the_topic_each_leans_to():
    groups = broad_groups(_centres(), TOPICS)
    assert groups[12] == groups[0] and groups[13] == groups[2] and groups[12] != groups[13]
    # the topics' own sub-themes stay paired, one broad theme per topic
    assert all(groups[2 * t] == groups[2 * t + 1] for t in range(TOPICS))
    assert len(set(groups.tolist())) == TOPICS


def test_broad_groups_are_deterministic_and_cover_every_sub_theme():
    centres = _centres()
    first, second = broad_groups(centres, 4), broad_groups(centres, 4)
    assert (first == second).all() and len(first) == len(centres) and set(first.tolist()) <= set(range(4))
    # as many broad themes as sub-themes: each alone; fewer than three sub-themes: nothing to group
    assert broad_groups(centres, len(centres)).tolist() == list(range(len(centres)))
    assert broad_groups(centres[:2], 1).tolist() == [0, 0]
