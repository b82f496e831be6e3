"""The field's topics as guides of the clustering: which of the shipped topics (pipeline/data/topic_concepts.csv,
`pipeline.themes.concepts`) each finding writes about, as a vector joined to the space the themes are found and
assigned in.

The sentence embedding and the topic words (`pipeline.themes.lexical`) see a finding's words one by one; a topic of
the field is written in many words ("views", "wishes and feelings", "consulted", "participation" all say the
child's voice), which neither joins. Here each finding gets one column per topic: 1 when it uses one of the topic's
terms (outside the topic's `not` phrases, as the namer counts them), weighted by the topic's inverse document
frequency over the findings fitted (a topic most findings use says little), the row scaled to length 1 (a finding
of no topic: a zero row), then `weight` times it joined to the (unit) joined rows and the whole made unit again:

    guide = TopicGuide.fit(texts, weight=0.4)        # texts: the clustering texts of the findings
    guide.join(joined_rows, texts)                     # (n, d + topics) unit rows

Fitted on the findings being clustered (the idf), and kept with the topic words (`TopicWords.guide`, saved in
topic_words.npz with the topics' terms and `not` phrases as fitted), so a saved model codes next year's findings in
the very space it was fitted in, whatever later versions of the topics file say. Deterministic: no draw.
"""

from __future__ import annotations

import numpy as np

from pipeline.themes.cluster import unit_rows
from pipeline.themes.concepts import read_concepts, read_exclusions, topic_uses

GUIDE = 0.4  # the topics' weight against the unit joined rows (0: off); chosen on the TUNING labels (README)


class TopicGuide:
    """Fitted topic guide: per topic its terms and `not` phrases ("; "-joined), its idf; the weight."""

    def __init__(self, labels, terms, exclusions, idf: np.ndarray, weight: float = GUIDE):
        self.labels, self.terms = [str(x) for x in labels], [str(x) for x in terms]
        self.exclusions = [str(x) for x in exclusions]
        self.idf, self.weight = np.asarray(idf, dtype=np.float64), float(weight)
        if not len(self.labels) == len(self.terms) == len(self.exclusions) == len(self.idf):
            raise ValueError(f"{len(self.labels)} topics but {len(self.terms)} term lists, {len(self.exclusions)} "
                             f"exclusion lists and {len(self.idf)} idf values; they must match.")

    @classmethod
    def fit(cls, texts: list[str], weight: float = GUIDE,
            concepts: list[tuple[str, tuple[str, ...]]] | None = None,
            exclusions: dict[str, tuple[str, ...]] | None = None) -> "TopicGuide | None":
        """The guide of `texts` (the shipped topics unless `concepts` is given, with `exclusions` then: label ->
        phrases), or None when it is off (weight <= 0), there are no topics or no text uses any."""
        if weight <= 0 or not len(texts):
            return None
        if concepts is None:
            concepts, exclusions = read_concepts(), read_exclusions() if exclusions is None else exclusions
        exclusions = exclusions or {}
        if not concepts:
            return None
        labels = [label for label, _ in concepts]
        guide = cls(labels, ["; ".join(terms) for _, terms in concepts],
                    ["; ".join(exclusions.get(label, ())) for label in labels], np.zeros(len(labels)), weight)
        used = guide.uses(texts).sum(axis=0)
        if not used.any():
            return None
        # log(n / (1 + df)), never below 0: a topic every finding uses weighs nothing
        guide.idf = np.maximum(np.log(len(texts) / (1.0 + used)), 0.0)
        return guide

    def _concepts(self) -> tuple[list, dict]:
        split = [tuple(t.strip() for t in cell.split(";") if t.strip()) for cell in self.terms]
        not_ = {label: tuple(t.strip() for t in cell.split(";") if t.strip())
                for label, cell in zip(self.labels, self.exclusions) if cell.strip()}
        return list(zip(self.labels, split)), not_

    def uses(self, texts: list[str]) -> np.ndarray:
        """(n, topics) booleans: which texts use which topic's terms (outside its `not` phrases)."""
        concepts, exclusions = self._concepts()
        return topic_uses(list(texts), concepts, exclusions)

    def vectors(self, texts: list[str]) -> np.ndarray:
        """(n, topics) float32 unit rows of the topics each text uses, by idf; zero rows for texts of none."""
        return unit_rows(self.uses(texts).astype(np.float32) * self.idf.astype(np.float32))

    def join(self, rows: np.ndarray, texts: list[str]) -> np.ndarray:
        """Unit rows of [rows (unit), weight * the texts' topic vectors]."""
        return unit_rows(np.hstack([unit_rows(rows), self.weight * self.vectors(texts)]))

    def arrays(self, prefix: str = "guide_") -> dict[str, np.ndarray]:
        """The fitted guide as arrays to save (names start with `prefix`)."""
        return {f"{prefix}labels": np.array(self.labels, dtype=str), f"{prefix}terms": np.array(self.terms, dtype=str),
                f"{prefix}not": np.array(self.exclusions, dtype=str), f"{prefix}idf": self.idf,
                f"{prefix}weight": np.array(self.weight)}

    @classmethod
    def from_arrays(cls, data, prefix: str = "guide_") -> "TopicGuide | None":
        """The guide saved by `arrays` in `data` (a mapping or an npz), or None when none was saved."""
        names = set(data.files if hasattr(data, "files") else data)
        if f"{prefix}idf" not in names:
            return None
        return cls(data[f"{prefix}labels"], data[f"{prefix}terms"], data[f"{prefix}not"], data[f"{prefix}idf"],
                   float(data[f"{prefix}weight"]))
