"""A council line that answers two recommendations at once ("It was found that case recording was sometimes poor and
assessments and plans were not sufficiently focussed ...": case records and assessments and plans): besides its
closest recommendation of the report it answers its second closest when the evidence is as good for that one as the
response step asks of any line - its score for it reaches the general threshold - and nearly as good as for the
closest (within TrackerParams.response_second of it), and the line names that recommendation's matter in words of
its own: it shares a content word with it that the closest recommendation does not use (else the line is only near
both, on the closest one's matter)."""

from __future__ import annotations

import numpy as np

from pipeline.tracker.words import content_words


def second_answers(sims: np.ndarray, ranks: np.ndarray, line_texts: list[str], rec_texts: list[str],
                   threshold: float, margin: float) -> np.ndarray:
    """(n_lines, n_recs) booleans: the recommendations each line answers as its second closest. `sims`, `ranks`:
    (n_lines, n_recs) scores and ranks among the line's recommendations (1 = closest; a recommendation whose groups of
    children the line does not name is ranked last already); `line_texts`, `rec_texts`: lexical texts (abbreviations
    spelt out) of the lines and of the recommendations' matters; `threshold`: the score the second one must reach;
    `margin`: how far below the closest one's score it may lie (0: none answered)."""
    out = np.zeros(sims.shape, dtype=bool)
    if margin <= 0 or sims.shape[1] < 2 or not len(sims):
        return out
    closest = np.argmin(ranks, axis=1)
    best = sims[np.arange(len(sims)), closest]
    for i, j in zip(*np.nonzero((ranks == 2) & (sims >= threshold) & (sims >= best[:, None] - margin))):
        words = content_words(line_texts[i])
        own = (words & content_words(rec_texts[j])) - content_words(rec_texts[closest[i]])
        out[i, j] = bool(own)
    return out
