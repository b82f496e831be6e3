"""A label part cut from the longer phrase its findings write, written whole (`whole_parts`: "Home interviews and case
recording" over findings that write "return home interviews" -> "Return home interviews and case recording").

A part of a label is a run of two words or more between its commas and joining words (`vocabulary.JOINING`). When
most of the part's uses in the theme's findings (CUT_SHARE of them, in at least CUT_FINDINGS findings) come directly
after one same word, and that word is no joining word, determiner, stop word or judgement ("the", "their", "good"),
the part the findings write is the longer phrase, and the label is read as a cut of it: the word is put back (and the
word before that one while the phrase is still cut: "privately arranged fostering placements"). A final pass over
both levels (`whole_levels`), after every other naming; a label it would make the same as another label is left.
"""

from __future__ import annotations

import logging
import re
from collections import Counter

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.themes.label_case import cased_as_written
from pipeline.themes.vocabulary import EVALUATIVE, JOINING, as_shown, fold, label_key, straight

log = logging.getLogger(__name__)

# Share of a part's uses written directly after one same word at which the part is read as cut from the longer
# phrase; TUNING: 93% of "home interviews"' uses in a broad theme of run 9747 follow "return" (read 80 rejected the
# cut label); a part used alone in more than a fifth of its uses is a term of its own and is left alone.
CUT_SHARE = 0.8
# Least findings that write the longer phrase: a few findings are no evidence of how the field writes a term.
CUT_FINDINGS = 5

# Words that may come before a term without being part of it: joining words, determiners and other stop words
# ("all", "these"), and judgements ("good home visits" is a judgement on home visits).
_NOT_PART = frozenset(JOINING | ENGLISH_STOP_WORDS | EVALUATIVE)
# A stretch of a finding inside which words are read in order: a stop or other mark ends a stretch, so that the
# last word of one sentence is never read as the word before the next.
_STRETCH = re.compile(r"[A-Za-z'-]+(?:[ \t\n-]+[A-Za-z'-]+)*")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# A label's parts: runs of words between its commas, colons, brackets and joining words.
_LABEL_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*|[,;:()]")


def _parts(label: str) -> list[tuple[int, int]]:
    """(first, last + 1) word positions in `_LABEL_WORD.findall(label)` of each part of two words or more."""
    tokens = _LABEL_WORD.findall(label)
    parts, start = [], None
    for i, token in enumerate(tokens + [","]):
        breaks = not token[0].isalnum() or token.lower() in JOINING
        if breaks:
            if start is not None and i - start >= 2:
                parts.append((start, i))
            start = None
        elif start is None:
            start = i
    return parts


def split_words(text: str) -> list[tuple[list[str], list[str]]]:
    """Each stretch (`_STRETCH`) of `text` as (its words, their folded forms)."""
    stretches = []
    for stretch in _STRETCH.findall(straight(text)):
        words = [w for w in re.split(r"[ \t\n-]+", stretch) if w]
        stretches.append((words, [fold(w) for w in words]))
    return stretches


class Written:
    """The findings' words, split once for every part looked up in them: each stretch of each finding as (finding
    row, its words, their folded forms). `splits`: the findings' `split_words`, when they are split already."""

    def __init__(self, texts: list[str] = (), splits: list | None = None):
        splits = [split_words(text) for text in texts] if splits is None else splits
        self.stretches = [(row, words, folds) for row, stretches in enumerate(splits) for words, folds in stretches]


def word_before(part: list[str], texts: list[str] | Written) -> tuple[str, int, int] | None:
    """(the word written directly before `part` in most of its uses in `texts`, as written there most often; the
    findings that write it so; all uses of the part) when that word is CUT_SHARE of the uses in CUT_FINDINGS findings
    and may be part of a term (`_NOT_PART`), else None. The part's words match in any plural form ("interview",
    "interviews"), with spaces or hyphens between them."""
    written = texts if isinstance(texts, Written) else Written(texts)
    want = tuple(fold(w) for w in part)
    befores, forms, rows = Counter(), {}, Counter()
    for row, words, folds in written.stretches:
        if want and want[0] not in folds:
            continue
        for i in range(len(words) - len(want) + 1):
            if tuple(folds[i:i + len(want)]) == want:
                before = words[i - 1].lower() if i > 0 else ""
                befores[before] += 1
                forms.setdefault(before, Counter())[words[i - 1] if i > 0 else ""] += 1
                if before:
                    rows[(before, row)] = 1
    uses = sum(befores.values())
    if not uses:
        return None
    word, count = befores.most_common(1)[0]
    found = sum(1 for (w, _row) in rows if w == word)
    if (not word or not _WORD.fullmatch(word) or word in _NOT_PART or count < CUT_SHARE * uses
            or found < CUT_FINDINGS or fold(word) in want):
        return None
    return forms[word].most_common(1)[0][0], found, uses


# Most words put back before one part: a phrase cut again after the word put back ("arranged fostering placement"
# of "privately arranged fostering placement") is put back whole, up to this many words.
MOST_WORDS = 3


def words_before(part: list[str], texts: list[str] | Written) -> list[str]:
    """The words (as written) that `part` is cut from in `texts`: `word_before` again and again, while the longer
    phrase is itself cut (at most MOST_WORDS); [] when the part is written whole."""
    written = texts if isinstance(texts, Written) else Written(texts)
    added = []
    while len(added) < MOST_WORDS:
        found = word_before(added + list(part), written)
        if found is None:
            break
        added.insert(0, found[0])
    return added


def whole_label(label: str, texts: list[str] | Written) -> str:
    """`label` with each part its findings (`texts`) write as the tail of a longer phrase written whole
    (`words_before`); the label as it was when none is cut. The first word is capitalised as a label's is."""
    tokens = _LABEL_WORD.findall(label)
    spans = [m.span() for m in _LABEL_WORD.finditer(label)]
    out, at, written = [], 0, None
    for first, last in _parts(label):
        written = written or (texts if isinstance(texts, Written) else Written(texts))
        added = words_before(tokens[first:last], written)
        if not added:
            continue
        word = " ".join(as_shown(w) for w in added)  # a name among them is cased after (`cased_as_written`)
        start = spans[first][0]
        if start == 0:  # the label's first word: the restored word leads it, the old first word as a label writes it
            word = word[:1].upper() + word[1:]
            out.append(label[at:start] + word + " " + as_shown(tokens[first]))
            at = spans[first][1]
        else:
            out.append(label[at:start] + word + " ")
            at = start
    return "".join(out) + label[at:] if out else label


def whole_parts(labels: dict[int, str], texts_of, others: set[str] = frozenset(),
                keep: set[int] = frozenset()) -> dict[int, str]:
    """Each label (theme -> label) with its cut parts written whole (`whole_label`), read against its theme's
    findings (`texts_of(theme)`); a label changed to the same label (`label_key`) as another label of this level or
    of `others` (another level's labels) is left as it was; themes in `keep` keep theirs."""
    taken = {label_key(label) for label in labels.values()} | {label_key(label) for label in others}
    said = {}
    for theme, label in labels.items():
        whole = label if theme in keep else whole_label(label, texts_of(theme))
        if whole != label and label_key(whole) not in taken:
            log.info("cut part written whole: %r -> %r (theme %s)", label, whole, theme)
            taken.add(label_key(whole))
            said[theme] = whole
        else:
            said[theme] = label
    return said


def whole_levels(named: pd.DataFrame, broad_named: pd.DataFrame, texts: list[str], assignment: np.ndarray,
                 parent_of: np.ndarray, keep: set[int] = frozenset()) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(named, broad_named) with their labels' cut parts written whole (`whole_parts`), as new tables.

    named: sub-theme labels indexed by theme id; broad_named: theme_id and label of each broad theme; texts: every
    finding's text (row i has theme assignment[i]); parent_of: each sub-theme's broad theme; keep: sub-themes that
    keep their labels (the field's). A broad theme of one sub-theme that carried its sub-theme's label carries the new
    one; one the broad passes named apart keeps its label.
    Labels are cased as written (`cased_as_written`) after the word put back."""
    rows = pd.Series(np.arange(len(assignment))).groupby(assignment).apply(list).to_dict()
    broad_rows = pd.Series(np.arange(len(assignment))).groupby(parent_of[assignment]).apply(list).to_dict()
    kids = pd.Series(np.arange(len(parent_of))).groupby(parent_of).apply(list).to_dict()
    only = {int(b): int(ts[0]) for b, ts in kids.items() if len(ts) == 1}
    splits = [split_words(text) for text in texts]  # each finding split once, for both levels
    subs = whole_parts(named["label"].to_dict(), lambda t: Written(splits=[splits[i] for i in rows.get(t, [])]),
                       others=set(broad_named["label"]), keep=keep)
    before = named["label"].to_dict()
    named = named.copy()
    changed = [t for t in named.index if subs[t] != named.at[t, "label"]]
    cased = dict(zip(changed, cased_as_written([subs[t] for t in changed], texts)))
    named["label"] = [cased.get(t, named.at[t, "label"]) for t in named.index]
    own = {int(b): label for b, label in zip(broad_named["theme_id"], broad_named["label"]) if int(b) not in only}
    broad = whole_parts(own, lambda b: Written(splits=[splits[i] for i in broad_rows.get(b, [])]),
                        others=set(named["label"]))
    broad = {b: label for b, label in broad.items() if label == own[b]} | dict(zip(
        [b for b in broad if broad[b] != own[b]], cased_as_written([broad[b] for b in broad if broad[b] != own[b]],
                                                                  texts)))
    broad_named = broad_named.copy()
    broad_named["label"] = [named.at[only[b], "label"] if b in only and label == before[only[b]]
                            else broad.get(b, label)
                            for b, label in zip(broad_named["theme_id"].astype(int), broad_named["label"])]
    return named, broad_named
