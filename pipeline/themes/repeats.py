"""Repetition among findings: repeats within a document and stock text across documents.

A summary that restates the body, or a paragraph pasted twice, would count one finding twice in the matrices;
text that recurs word for word in three or more documents (a template's sentence, an inspection framework's
standard wording) says nothing particular about any one council. Both are kept in findings.csv and marked:
    duplicate_of: finding_id of the earlier finding of the same document it repeats ("" when none)
    stock: True when the same text (names masked, case and spacing folded) is in >= STOCK_DOCUMENTS documents.
`views.countable` drops both from the counts.

A later finding repeats an earlier one of its document (RepeatRule, `repeats`) when their figures agree (no
number of one missing from the other when both have numbers: "in primary schools is 6%" and "... is 3%" are two
statistics, not one), they are not both in a part giving the report's context (earlier inspections, the area's
statistics: "The local authority was judged to be good" of two earlier inspections is two facts), and either
  - their vectors' cosine similarity is >= near_duplicate (0.95: the same sentence, reworded a little), or
  - one is in a summary part of the report (a section headed Summary, Executive summary, What needs to improve,
    Recommendations, Overall effectiveness, "... is good because", strengths, "Children's services in X are
    good"), the other in another section, and either their similarity is >= restatement (0.75) and the shorter
    shares >= shared_terms (0.6) of its key terms (words of three or more letters outside a stop list, compared on
    their first five letters) with the other, or their similarity is >= low_restatement and the shorter shares >=
    low_terms of its distinctive terms (key terms but for the words every report uses: children, care, social
    workers, services ...): the summary restating the body in other words ("Caseloads are manageable" and
    "Caseloads are manageable, averaging 18"), or
  - (any two sections, or one) their similarity is >= body_restatement and the shorter shares >= body_terms of its
    distinctive terms: a section's opening sentence, or the summary for children, restating another part of the body.
The last two arms are off as shipped (low_restatement = body_restatement = 1): chosen on the TUNE pairs (0.70 / 0.6,
0.80 / 0.75: recall 0.36 -> 0.53 at precision 0.93), they did not hold on the CHECK pairs (the low arm found none of
their restatements and marked a "different" pair of the heaviest band; the body arm's added pairs were half
restatements).
The settings are the run's `near_duplicate`, `restatement_similarity`, `restatement_terms`,
`restatement_low_similarity`, `restatement_low_terms`, `body_restatement_similarity` and `body_restatement_terms`; the
shipped values were chosen on hand-labelled pairs of half of the shared and bundled reports and measured on the other
half (tests/data/restatement_pairs.csv and restatement_pairs_second.csv, README "Repetition is marked").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
from threadpoolctl import threadpool_limits

from pipeline.schema import REPEAT_COLUMNS

NEAR_DUPLICATE = 0.95     # cosine similarity of two findings of one document that makes the later a repeat
RESTATEMENT = 0.75        # ... when one is in a summary part and the other in another section, and they share terms
SHARED_TERMS = 0.6        # share of the shorter finding's key terms the other must have for a restatement
# Off as shipped (1.0: only the same vector would do): chosen on TUNE at 0.70 / 0.6 and 0.80 / 0.75, they did not hold
# on the CHECK pairs (README "Repetition is marked"); a run may set them.
LOW_RESTATEMENT = 1.0     # ... from this similarity when they share distinctive terms (key terms less WIDE_TERMS)
LOW_TERMS = 0.6           # share of the shorter finding's distinctive terms the other must have from LOW_RESTATEMENT
BODY_RESTATEMENT = 1.0    # similarity of two findings of any sections that makes the later a restatement ...
BODY_TERMS = 0.75         # ... when the other has this share of the shorter's distinctive terms
STOCK_DOCUMENTS = 3       # documents a text must recur in to be stock text

# Section headings of a report's summary parts: where the body's findings are restated.
SUMMARY_PART = re.compile(r"summary|what needs to improve|recommendation|areas? for (improvement|development)|"
                          r"priority action|overall effectiveness|because|strengths|key judgement|"
                          r"^children.s services in .* (is|are|require)", re.IGNORECASE)
# Section headings of the parts giving a report's context, where two like sentences are two facts: earlier
# inspections and their judgements, the area's statistics ("Children living in this area").
CONTEXT_PART = re.compile(r"(other|previous) ofsted inspections|in this area", re.IGNORECASE)
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_WORD = re.compile(r"[a-z]+")
_STOP_WORDS = frozenset(
    "about across after all also and are been being between but can could did does during from had has have however "
    "into its may might more most not other over should some such than that the their them there these they this "
    "those through under was were when where which while who whom whose will with within would very well".split())
# Key terms (first five letters) nearly every finding of a children's services report uses: sharing them says little
# about whether two findings make one claim.
WIDE_TERMS = frozenset("child young peopl famil care leave socia worke servi local autho board safeg plans manag "
                       "effec".split())


@dataclass(frozen=True)
class RepeatRule:
    """When a later finding of a document repeats an earlier one (module doc): cosine similarities and a share of
    key terms, each from 0 to 1."""

    near_duplicate: float = NEAR_DUPLICATE
    restatement: float = RESTATEMENT
    shared_terms: float = SHARED_TERMS
    low_restatement: float = LOW_RESTATEMENT
    low_terms: float = LOW_TERMS
    body_restatement: float = BODY_RESTATEMENT
    body_terms: float = BODY_TERMS

    @property
    def lowest(self) -> float:
        """The least similarity at which a pair can be a repeat."""
        return min(self.near_duplicate, self.restatement, self.low_restatement, self.body_restatement)

    def repeats(self, similarity: float, earlier: tuple[str, str], later: tuple[str, str]) -> bool:
        """Whether `later` (section, text) repeats `earlier` (section, text), their vectors' cosine `similarity`."""
        if similarity < self.lowest or _figures_differ(earlier[1], later[1]) or \
                (_in_context(earlier[0]) and _in_context(later[0])):
            return False
        if similarity >= self.near_duplicate:
            return True
        distinct = distinctive_terms(earlier[1], later[1])
        if similarity >= self.body_restatement and distinct >= self.body_terms:
            return True
        if earlier[0] == later[0] or not (_in_summary(earlier[0]) or _in_summary(later[0])):
            return False
        return ((similarity >= self.restatement and shared_terms(earlier[1], later[1]) >= self.shared_terms)
                or (similarity >= self.low_restatement and distinct >= self.low_terms))


def _in_summary(section: str) -> bool:
    return bool(SUMMARY_PART.search(" ".join(str(section).split())))


def _in_context(section: str) -> bool:
    return bool(CONTEXT_PART.search(" ".join(str(section).split())))


def _figures_differ(first: str, second: str) -> bool:
    """Both texts give numbers, and not the same ones."""
    a, b = set(_FIGURE.findall(str(first))), set(_FIGURE.findall(str(second)))
    return bool(a) and bool(b) and a != b


def key_terms(text: str) -> frozenset[str]:
    """Words of three or more letters outside the stop list, by their first five letters ("manageable" and
    "manager" alike: loose on purpose, the similarity has already matched the two sentences)."""
    return frozenset(w[:5] for w in _WORD.findall(str(text).lower()) if len(w) > 2 and w not in _STOP_WORDS)


def shared_terms(first: str, second: str) -> float:
    """The share of the shorter text's key terms (fewer terms) that the other has; 0 when either has none."""
    a, b = key_terms(first), key_terms(second)
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def distinctive_terms(first: str, second: str) -> float:
    """shared_terms counting only key terms outside WIDE_TERMS (the words every report uses); 0 when either has none."""
    a, b = key_terms(first) - WIDE_TERMS, key_terms(second) - WIDE_TERMS
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _folded(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(text).lower()).strip()


def mark_repeats(findings: pd.DataFrame, vectors: np.ndarray, texts: list[str] | None = None,
                 rule: RepeatRule = RepeatRule()) -> pd.DataFrame:
    """duplicate_of and stock (REPEAT_COLUMNS) for each findings row, in row order.

    findings: finding_id, doc_id, text and, for restatements, section (without it only near-duplicates are found);
    vectors: (n, dim), row i = findings row i; texts: the texts compared for stock text (the clustering texts, names
    masked, so the same sentence about two councils matches), default findings.text."""
    unit = np.asarray(vectors, dtype=np.float32)
    unit = unit / np.maximum(np.linalg.norm(unit, axis=1, keepdims=True), 1e-12)
    ids = findings["finding_id"].astype(str).to_numpy()
    duplicate_of = np.full(len(findings), "", dtype=object)
    with threadpool_limits(limits=1, user_api="blas"):
        _mark_duplicates(findings, unit, ids, duplicate_of, rule)
    folded = pd.Series([_folded(t) for t in (texts if texts is not None else findings["text"])])
    documents = pd.DataFrame({"key": folded, "doc": findings["doc_id"].to_numpy()})
    spread = documents.groupby("key")["doc"].nunique()
    stock = folded.map(spread).to_numpy() >= STOCK_DOCUMENTS
    stock &= folded.str.len().to_numpy() > 0
    return pd.DataFrame({"duplicate_of": duplicate_of, "stock": stock})


def _mark_duplicates(findings: pd.DataFrame, unit: np.ndarray, ids: np.ndarray, duplicate_of: np.ndarray,
                     rule: RepeatRule) -> None:
    """Fill duplicate_of (row order) with the first earlier finding of the same document each finding repeats.
    The products are small, one per document: one BLAS thread does them without waiting for another (OpenBLAS
    shares a product's rows and columns between threads, not its sums: the same bits on the 47 documents of a
    10,000-finding run)."""
    texts = findings["text"].astype(str).to_numpy()
    sections = findings["section"].fillna("").astype(str).to_numpy() if "section" in findings \
        else np.full(len(findings), "", dtype=object)
    for rows in findings.groupby("doc_id", sort=False).indices.values():
        rows = np.sort(rows)
        if len(rows) < 2:
            continue
        similarity = unit[rows] @ unit[rows].T
        # each finding's candidates earlier in the document (below the diagonal), checked in order; the first repeated
        candidates = np.tril(similarity >= rule.lowest, k=-1)
        for position in np.flatnonzero(candidates.any(axis=1)):
            later = (sections[rows[position]], texts[rows[position]])
            for before in np.flatnonzero(candidates[position]):
                if rule.repeats(float(similarity[position, before]), (sections[rows[before]], texts[rows[before]]),
                                later):
                    first = rows[before]
                    # a repeat of a repeat points at the first finding it repeats (filled in row order, already set)
                    duplicate_of[rows[position]] = duplicate_of[first] or ids[first]
                    break
