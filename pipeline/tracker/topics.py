"""The shared-topics term of the tracker's score: a council line that names the matter of a recommendation in other
words ("recruit", "churn", "retain permanent staff" for "the stability of the workforce") shares its topics, each
written in many words (pipeline/data/topic_concepts.csv and the field themes' terms, pipeline/data/field_themes.csv),
where it shares few of its words."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from pipeline.themes.concepts import read_concepts
from pipeline.themes.field import read_field_themes, term_pattern, term_uses


@lru_cache(maxsize=1)
def _topic_patterns() -> tuple:
    """One pattern per shipped topic and field theme (the user's field themes are not read: the weight of this term
    was calibrated on the shipped ones)."""
    topics = [terms for _, terms in read_concepts()] + [theme.terms for theme in read_field_themes()]
    return tuple(term_pattern(terms) for terms in topics if terms)


def topic_overlap(rec_texts: list[str], texts: list[str]) -> np.ndarray:
    """(n_texts, n_recs): the share of each recommendation's topics (those whose words it uses) that the text also
    names; 0 for a recommendation that names none."""
    if not len(rec_texts) or not len(texts):
        return np.zeros((len(texts), len(rec_texts)), dtype=np.float32)
    patterns = list(_topic_patterns())
    recs = term_uses(list(rec_texts), patterns).astype(np.float32)
    lines = term_uses(list(texts), patterns).astype(np.float32)
    return (lines @ recs.T) / np.maximum(recs.sum(axis=1), 1.0)[None, :]
