"""Topic words of the findings as vectors: TF-IDF over content words and word pairs, reduced by a truncated SVD.

The sentence embedding carries sentence shape as well as topic ("The local authority has ...", "Inspectors
found that ..."): findings of one shape but different topics end up close. Words that name a subject are what
a researcher groups by, so the Ward tree of `pipeline.themes.discover` is built over the embedding joined with
these vectors (`joined`). Frame words (function words, judgements, reporting verbs, the generic subjects of the
field: `pipeline.themes.cluster_text.FRAME_WORDS`) are no features.

Fitted on the findings being clustered, used only while building the tree (the themes are nearest-centre cells
of the embedding, so a saved model needs none of this). Deterministic: the SVD's random start is seeded, and
above `SVD_SAMPLE` findings it is fitted on an evenly spaced sample, so time stays linear in n.
"""

from __future__ import annotations

import warnings

import numpy as np

from pipeline.themes.cluster import unit_rows

DIMENSIONS = 150     # SVD components kept
MIN_DF = 3           # a term in fewer findings than this is no feature (names, typing slips)
SVD_SAMPLE = 20_000  # most findings the SVD is fitted on
WEIGHT = 0.8         # the topic-word vector's weight against the (unit) sentence embedding; tuned on AMI


def topic_word_vectors(texts: list[str], dimensions: int = DIMENSIONS) -> np.ndarray | None:
    """(n, d) float32 unit rows, d <= `dimensions`, or None when the texts share too few terms to give any."""
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer

    from pipeline.themes.cluster_text import FRAME_WORDS

    n = len(texts)
    if n < 2 * MIN_DF:
        return None
    vectorizer = TfidfVectorizer(stop_words=sorted(FRAME_WORDS), min_df=MIN_DF, ngram_range=(1, 2),
                                 sublinear_tf=True)
    try:
        tfidf = vectorizer.fit_transform(texts)
    except ValueError:  # no term in MIN_DF findings
        return None
    d = min(dimensions, tfidf.shape[1] - 1, n - 1)
    if d < 2:
        return None
    sample = np.unique(np.linspace(0, n - 1, num=min(n, SVD_SAMPLE)).astype(int))
    with warnings.catch_warnings():  # explained variance of a degenerate tiny sample: not used here
        warnings.simplefilter("ignore", RuntimeWarning)
        svd = TruncatedSVD(n_components=d, random_state=0).fit(tfidf[sample])
    return unit_rows(svd.transform(tfidf))


def joined(vectors: np.ndarray, texts: list[str], weight: float = WEIGHT) -> np.ndarray:
    """Unit rows of [embedding, weight * topic-word vector]; the embedding alone when no topic words are found."""
    words = topic_word_vectors(texts) if weight > 0 else None
    if words is None:
        return unit_rows(vectors)
    return unit_rows(np.hstack([unit_rows(vectors), weight * words]))
