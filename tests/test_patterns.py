"""Folded patterns: RE2 for long searches gives what re gives."""

from pathlib import Path

import pandas as pd
import pytest

import pipeline.classify as classify
import pipeline.structure as structure
from pipeline.patterns import Folded, re2

DATA = Path(__file__).parent / "data"
ALL_PATTERNS = [(name, value) for module in (classify, structure) for name, value in vars(module).items()
                if isinstance(value, Folded)]


def _labelled_texts() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("labelled_segments*.csv")):
        table = pd.read_csv(path, comment="#", dtype=str).fillna("")
        for column in ("text", "context", "section"):
            if column in table:
                texts.extend(table[column].tolist())
    return list(dict.fromkeys(texts))


EDGE_TEXTS = [
    "The café’s manager has been appointed.", "Résumé of the inspection took place", "naïve\u00a0plans to recruit",
    "Ofsted had found that “caseloads are high” – and rising", "The council will invest £2m\n",
    "This is an increase of 12%", "", "   ", "the chair thanked members for their questions:",
]


@pytest.mark.skipif(re2 is None, reason="google-re2 is not installed")
def test_long_rule_patterns_run_in_re2():
    fast = {name for name, pattern in ALL_PATTERNS if pattern._re2 is not None}
    assert {"ACTION", "CONTEXT", "PROCEDURAL"} <= fast
    assert "NOT_A_CONCERN" not in fast  # look-behind: re only


@pytest.mark.parametrize("name,pattern", ALL_PATTERNS, ids=[name for name, _ in ALL_PATTERNS])
def test_search_agrees_with_re(name, pattern):
    texts = _labelled_texts() + EDGE_TEXTS
    assert len(texts) > 1000
    expected = [pattern._compiled.search(text.lower()) is not None for text in texts]
    found = [pattern.search(text) is not None for text in texts]
    disagree = [text for text, a, b in zip(texts, expected, found) if a != b]
    assert not disagree, f"{name}: {disagree[:3]}"
    assert any(expected)  # the comparison means something: the pattern matches some of the texts
