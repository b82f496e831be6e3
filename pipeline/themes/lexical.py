"""Topic words of the findings as vectors: TF-IDF over content words and word pairs, reduced by a truncated SVD.

The sentence embedding carries sentence shape as well as topic ("The local authority has ...", "Inspectors
found that ..."): findings of one shape but different topics end up close. Words that name a subject are what
a researcher groups by, so themes (`pipeline.themes.discover`) are found and assigned in the embedding joined
with these vectors (`TopicWords.join`). Frame words (function words, judgements, reporting verbs, the generic
subjects of the field: `pipeline.themes.cluster_text.FRAME_WORDS`) are no features.

`TopicWords` is fitted on the findings being clustered and kept with the themes (the run folder's and a saved
model's `topic_words.npz`: vocabulary, idf, SVD components, the stop words, weight, and the theme centres in the
joined space), so a saved model codes next year's findings in the very space it was fitted in: the same
findings get exactly the same themes. Deterministic: the SVD's random start is seeded, and above `SVD_SAMPLE`
findings it is fitted on an evenly spaced sample, so time stays linear in n.

Option (`coherence` > 0; off by default, `COHERENCE`): each term's column weighted by how much its findings are
about one thing in the sentence embedding alone (`pipeline.themes.term_coherence`), so that a word used in many
senses loses its pull; the weights are saved with the rest. Tried as the default in the thirty-ninth session and
not kept: on the tuning runs it did not make sub-themes more coherent (docs/measurements.md, "words61").
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
from scipy import sparse
from threadpoolctl import threadpool_limits

from pipeline.themes.cluster import unit_rows
from pipeline.themes.topic_guide import TopicGuide

DIMENSIONS = 150     # SVD components kept
MIN_DF = 3           # a term in fewer findings than this is no feature (names, typing slips)
SVD_SAMPLE = 20_000  # most findings the SVD is fitted on
WEIGHT = 0.8         # the topic-word vector's weight against the (unit) sentence embedding; tuned on AMI
COHERENCE = 0.0      # terms weighted by their coherence in the embedding against this quantile (0: off; see README)


class TopicWords:
    """A fitted TF-IDF + SVD map from texts to unit topic-word vectors, and the themes' centres in the joined
    space (`centres`, row i = theme i, set by the themes' fit)."""

    def __init__(self, vocabulary: np.ndarray, idf: np.ndarray, components: np.ndarray, stop_words: np.ndarray,
                 weight: float = WEIGHT, centres: np.ndarray | None = None, term_weights: np.ndarray | None = None,
                 guide: TopicGuide | None = None):
        self.vocabulary, self.idf = np.asarray(vocabulary, dtype=str), np.asarray(idf, dtype=np.float64)
        self.term_weights = (np.ones(len(self.idf)) if term_weights is None
                             else np.asarray(term_weights, dtype=np.float64))
        self.components = np.asarray(components, dtype=np.float64)
        self.stop_words, self.weight = np.asarray(stop_words, dtype=str), float(weight)
        self.centres = None if centres is None else np.asarray(centres, dtype=np.float32)
        self.guide = guide  # the field's topics joined after the topic words (`pipeline.themes.topic_guide`), or None
        self._vectorizer = None
        self._last = None  # (texts, their TF-IDF rows) of the last texts read

    @classmethod
    def fit(cls, texts: list[str], dimensions: int = DIMENSIONS, weight: float = WEIGHT,
            vectors: np.ndarray | None = None, coherence: float = COHERENCE) -> "TopicWords | None":
        """The topic words of `texts`, or None when they share too few terms to give any. vectors: the texts'
        sentence embedding (row i = texts[i]); with `coherence` > 0 each term's column is weighted by how much its
        findings are about one thing in it (`pipeline.themes.term_coherence`), measured on the SVD's sample."""
        from sklearn.decomposition import TruncatedSVD
        from sklearn.preprocessing import normalize

        from pipeline.themes.cluster_text import FRAME_WORDS
        from pipeline.themes.term_coherence import term_weights

        n = len(texts)
        if n < 2 * MIN_DF or weight <= 0:
            return None
        stop = sorted(FRAME_WORDS)
        vectorizer = _vectorizer(stop, None)
        vectorizer.set_params(min_df=MIN_DF)
        try:
            tfidf = vectorizer.fit_transform(texts)
        except ValueError:  # no term in MIN_DF findings
            return None
        d = min(dimensions, tfidf.shape[1] - 1, n - 1)
        if d < 2:
            return None
        sample = np.unique(np.linspace(0, n - 1, num=min(n, SVD_SAMPLE)).astype(int))
        weights, rows = np.ones(tfidf.shape[1]), tfidf[sample]
        if vectors is not None and coherence > 0:  # an option, off by default: see the module
            weights = term_weights(rows, np.asarray(vectors)[sample], coherence)
            rows = normalize(rows @ sparse.diags(weights))
        # One BLAS thread: the SVD's many small QR and LU steps wait on a second thread more than it helps (on
        # 10,000 findings, two shared cores: 1.0-1.6 s against 3.6-4.0 s), and the components no longer depend
        # on the number of cores (two threads round them differently, by up to 2e-13).
        with warnings.catch_warnings(), threadpool_limits(limits=1, user_api="blas"):
            warnings.simplefilter("ignore", RuntimeWarning)  # explained variance of a degenerate tiny sample
            svd = TruncatedSVD(n_components=d, random_state=0).fit(rows)
        vocabulary = np.empty(len(vectorizer.vocabulary_), dtype=object)
        for term, column in vectorizer.vocabulary_.items():
            vocabulary[column] = term
        return cls(vocabulary.astype(str), vectorizer.idf_, svd.components_, np.array(stop), weight,
                   term_weights=weights)

    def vectors(self, texts: list[str]) -> np.ndarray:
        """(n, d) float32 unit topic-word rows of `texts`."""
        return unit_rows(np.asarray(self._tfidf(texts) @ (self.components * self.term_weights).T))

    def topic_counts(self, texts: list[str]) -> np.ndarray:
        """(n,) how many single-word terms of the vocabulary each text uses: how much topic its own words carry."""
        single = np.array([" " not in term for term in self.vocabulary.tolist()], dtype=bool)
        return np.asarray((self._tfidf(texts)[:, single] > 0).sum(axis=1)).ravel()

    def _tfidf(self, texts: list[str]):
        """The TF-IDF rows of `texts`; the last texts' kept (a fit reads its findings' for the joined space and
        again for how much topic each carries)."""
        if self._vectorizer is None:
            self._vectorizer = _vectorizer(self.stop_words.tolist(), self.vocabulary.tolist())
            self._vectorizer.idf_ = self.idf
        key = tuple(texts)
        last = getattr(self, "_last", None)
        if last is None or last[0] != key:
            last = self._last = (key, self._vectorizer.transform(texts))
        return last[1]

    def join(self, vectors: np.ndarray, texts: list[str]) -> np.ndarray:
        """Unit rows of [embedding, weight * topic-word vector]."""
        return unit_rows(np.hstack([unit_rows(vectors), self.weight * self.vectors(texts)]))

    def guided(self, joined: np.ndarray, texts: list[str]) -> np.ndarray:
        """The space themes are found and assigned in: `joined` (rows of `join`) with the texts' field topics
        joined after them (`guide`); `joined` itself when there is no guide."""
        return joined if self.guide is None else self.guide.join(joined, texts)

    def save(self, path: Path) -> Path:
        arrays = {"vocabulary": self.vocabulary, "idf": self.idf, "components": self.components,
                  "stop_words": self.stop_words, "weight": np.array(self.weight), "term_weights": self.term_weights}
        if self.centres is not None:
            arrays["centres"] = self.centres
        if self.guide is not None:
            arrays.update(self.guide.arrays())
        np.savez(path, **arrays)
        return Path(path)

    @classmethod
    def load(cls, path: Path) -> "TopicWords":
        """Saved topic words; one saved before the topic guide has none (its space is given exactly as it was)."""
        with np.load(path, allow_pickle=False) as data:
            return cls(data["vocabulary"], data["idf"], data["components"], data["stop_words"],
                       float(data["weight"]), data["centres"] if "centres" in data.files else None,
                       data["term_weights"] if "term_weights" in data.files else None, TopicGuide.from_arrays(data))

    def __getstate__(self):
        return {**self.__dict__, "_vectorizer": None, "_last": None}


def _vectorizer(stop_words: list[str], vocabulary: list[str] | None):
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(stop_words=stop_words, ngram_range=(1, 2), sublinear_tf=True, vocabulary=vocabulary)


def joined(vectors: np.ndarray, texts: list[str], weight: float = WEIGHT, coherence: float = COHERENCE
           ) -> np.ndarray:
    """Unit rows of [embedding, weight * topic-word vector]; the embedding alone when no topic words are found."""
    words = TopicWords.fit(texts, weight=weight, vectors=vectors, coherence=coherence)
    return unit_rows(vectors) if words is None else words.join(vectors, texts)
