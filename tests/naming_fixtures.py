"""Shared fixtures of the naming tests: findings about something else, and a Coverage of groups of texts (one theme
a group, in order)."""

import numpy as np

from pipeline.themes.coverage import Coverage

ELSEWHERE = [f"Social workers {w}." for w in ("visit children", "write plans", "attend meetings", "know families",
                                               "record visits", "see children alone", "plan well", "work hard",
                                               "review cases", "meet managers", "use tools", "hold caseloads")]


def covers_of(groups):
    """A Coverage whose theme k holds the texts of groups[k]."""
    texts = [text for group in groups for text in group]
    return Coverage(texts, np.repeat(np.arange(len(groups)), [len(group) for group in groups]))
