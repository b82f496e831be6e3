"""The words of findings as inputs of a codebook's learned scorer: TF-IDF rows over content words and word pairs.

Many codes are named by a word the sentence embedding weighs little beside the sentence's shape ("police",
"chronology", "core group", "agency staff"), so the scorer (`pipeline.themes.codebook.CodeScorer`) weighs a
finding's TF-IDF row beside its embedding. `CodeWords` is fitted on the scorer's training texts and kept with the
scorer and with a run's coder (vocabulary, idf, stop words, weight), so a saved model turns next year's findings
into the very same rows: later changes to the frame words (`pipeline.themes.cluster_text.FRAME_WORDS`) do not
change them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

# A term in fewer training texts than MIN_DF is no input (names, typing slips); WEIGHT is the rows' length against
# the unit sentence embedding. Looked at by 5-fold cross-validation over the random training rows of the codebook
# benchmark (benchmarks/themes_codebook.py, macro precision / recall; without words 0.81 / 0.70): weight 0.5, 0.7,
# 1, 1.4, 2: 0.82 / 0.73, 0.83 / 0.74, 0.84 / 0.74, 0.82 / 0.75, 0.82 / 0.74; MIN_DF 3 as 2 (0.84 / 0.74); single
# words without pairs 0.81 / 0.73.
MIN_DF = 2
WEIGHT = 1.0


@dataclass(frozen=True, eq=False)
class CodeWords:
    """A fitted TF-IDF map (unigrams and word pairs, sublinear counts, unit rows times `weight`)."""

    vocabulary: np.ndarray
    idf: np.ndarray
    stop_words: np.ndarray
    weight: float = WEIGHT

    @classmethod
    def fit(cls, texts: list[str], weight: float = WEIGHT, min_df: int = MIN_DF) -> "CodeWords":
        """The words of `texts` in at least `min_df` of them; frame words are none."""
        from pipeline.themes.cluster_text import FRAME_WORDS

        stop = sorted(FRAME_WORDS)
        vectorizer = _vectorizer(stop, None, min_df)
        vectorizer.fit(texts)
        vocabulary = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
        return cls(np.array(vocabulary, dtype=str), np.asarray(vectorizer.idf_, np.float64), np.array(stop, dtype=str),
                   float(weight))

    def __len__(self) -> int:
        return len(self.vocabulary)

    def rows(self, texts: list[str]) -> sparse.csr_matrix:
        """(n, len(self)) float64: each text's unit TF-IDF row times the weight."""
        vectorizer = _vectorizer(self.stop_words.tolist(), self.vocabulary.tolist(), 1)
        vectorizer.idf_ = self.idf
        return sparse.csr_matrix(vectorizer.transform(list(texts)) * self.weight, dtype=np.float64)

    def arrays(self) -> dict[str, np.ndarray]:
        """What `from_arrays` reads back, to save beside other arrays in one .npz."""
        return {"word_vocabulary": self.vocabulary, "word_idf": self.idf, "word_stop_words": self.stop_words,
                "word_weight": np.array(self.weight)}

    @classmethod
    def from_arrays(cls, data) -> "CodeWords | None":
        """The CodeWords saved by `arrays` in an opened .npz, None when it has none (a scorer without words)."""
        if "word_vocabulary" not in data.files:
            return None
        return cls(data["word_vocabulary"].astype(str), data["word_idf"].astype(np.float64),
                   data["word_stop_words"].astype(str), float(data["word_weight"]))


def _vectorizer(stop_words: list[str], vocabulary: list[str] | None, min_df: int):
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(stop_words=stop_words, ngram_range=(1, 2), sublinear_tf=True, vocabulary=vocabulary,
                           min_df=min_df)
