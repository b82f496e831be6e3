"""Lines of a council document about the inspection and its follow-up themselves ("progress with the action plan was
reported", "the report made six recommendations", "members were disappointed with the judgement"): they sit close
to every recommendation in score, because they share the inspection's vocabulary ("plan", "progress", "report"),
without answering any of them. Such a line is linked below the general threshold only when it also names the
recommendation's matter ("... for example, the arrangements for tracking children missing from education")."""

from __future__ import annotations

import re

import numpy as np

from pipeline.tracker.words import content_words

# The inspection, its report, its recommendations and the council's plan answering them.
_PROCESS = re.compile(
    r"\b(ofsted|inspect(ion|ions|ors?|ed)|action plans?|improvement plans?|recommendations?|judge?ments?|"
    r"areas? (for|of) (improvement|development)|self[- ](assessment|evaluation))\b", re.IGNORECASE)

# Words a process line shares with any recommendation through the process itself, or through the words every
# children's services recommendation uses ("social work practice", "services"), not through its matter.
PROCESS_WORDS = content_words(
    "ofsted inspection inspections inspector inspectors inspected report reports recommendation recommendations "
    "action actions plan plans improvement judgement judgment judged area areas progress outcome outcomes findings "
    "develop development service services practice work social")


def speaks_of_process(text: str) -> bool:
    """Whether a line speaks of the inspection or its follow-up (report, recommendations, action plan, judgement)."""
    return bool(_PROCESS.search(str(text)))


def shared_matter(rec_texts: list[str], texts: list[str]) -> np.ndarray:
    """(n_texts, n_recs): how many of each recommendation's content words (PROCESS_WORDS left out) a text also uses;
    read from `lexical_texts` output, so abbreviations are spelt out."""
    recs = [content_words(t) - PROCESS_WORDS for t in rec_texts]
    out = np.zeros((len(texts), len(recs)), dtype=np.int32)
    for i, text in enumerate(texts):
        words = content_words(text)
        for j, rec in enumerate(recs):
            out[i, j] = len(words & rec)
    return out


def low_score_allowed(rec_texts: list[str], texts: list[str], lexical: list[str], min_words: int) -> np.ndarray:
    """(n_texts, n_recs) bool: whether a line may be linked to a recommendation from a score below the general
    threshold: always, unless the line (`texts`, as written) speaks of the inspection process and shares fewer than
    `min_words` of the recommendation's matter words (`lexical`: the same lines as lexical texts)."""
    allowed = np.ones((len(texts), len(rec_texts)), dtype=bool)
    process = np.asarray([speaks_of_process(t) for t in texts], dtype=bool)
    if min_words <= 0 or not process.any():
        return allowed
    rows = np.flatnonzero(process)
    allowed[rows] = shared_matter(rec_texts, [lexical[i] for i in rows]) >= min_words
    return allowed


def keep_lent(rec_text: str, rows, texts: list[str], lexical: list[str], min_words: int) -> set[int]:
    """Of the council rows (`rows`; `texts` as written, `lexical` as lexical texts, both indexed by row) that stand
    under a quote of a recommendation (`rec_text`: its lexical text), those kept: all but the lines about the
    inspection process that share fewer than `min_words` of its matter words (all when `min_words` is 0)."""
    if min_words <= 0:
        return set(rows)
    return {row for row in rows if not speaks_of_process(texts[row])
            or shared_matter([rec_text], [lexical[row]])[0, 0] >= min_words}
