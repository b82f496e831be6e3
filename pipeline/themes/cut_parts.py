"""A label part cut from the longer phrase its findings write, written whole (`whole_parts`: "Home interviews and case
recording" over findings that write "return home interviews" -> "Return home interviews and case recording").

A part of a label is a run of two words or more between its commas and joining words (`vocabulary.JOINING`). When
most of the part's uses in the theme's findings (CUT_SHARE of them, in at least CUT_FINDINGS findings) come directly
after one same word, and that word is no joining word, determiner, stop word or judgement ("the", "their", "good"),
the part the findings write is the longer phrase, and the label is read as a cut of it: the word is put back (and the
word before that one while the phrase is still cut: "privately arranged fostering placements"). A final pass over
both levels (`whole_levels`), after every other naming; a label it would make the same as another label is left.

The mirror (labels54): when most uses of a part come directly before one same such word, the part is the head of the
longer phrase cut before the words its findings write after it ("Partners and joint strategic" over findings that
write "joint strategic needs assessment"), and is written with them (`words_after`) - unless the label writes that
word itself, shared by its parts ("child death overview and other panels"), or when under a tenth of the theme's
findings write the longer phrase (`TAIL_SHARE`: the part then names a wider subject). A label so made must be free and pass
the label checks (`name_checks.name_problems`), else the part is dropped from a label that lists others (`headless`),
else the label is left. The shipped glossary's abbreviations count as uses of their terms ("LSCB" writes "local
safeguarding children board"), as they do in the clustering texts.

A fixed expression of the field joined by "and" (labels57: "bed and breakfast") is one part: when CUT_SHARE of a
part's uses, in CUT_FINDINGS findings, are followed (or preceded) by "and" and one same word that may be part of a
term, the part is cut from that expression and is written with it ("Bed" -> "Bed and breakfast"). This holds for a
part of one word too: a lone word so cut is the expression cut to one of its words (read 83: "Bed", "a cut phrase",
over 41 findings in which all 35 uses of "bed" are "bed and breakfast", 28 of them "... accommodation"). Other tails
are put back on parts of two words or more only; words joined by "and" to a different word each time are a listing,
never taken.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.themes.broad_parts import label_parts
from pipeline.themes.cluster_text import expander, read_glossary
from pipeline.themes.label_case import cased_as_written
from pipeline.themes.label_text import joined_list
from pipeline.themes.name_checks import name_problems
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
# The one joining word a fixed expression of the field may hold ("bed and breakfast"): the word beside a part is read
# through it.
_AND = "and"


def _parts(label: str, least: int = 2) -> list[tuple[int, int]]:
    """(first, last + 1) word positions in `_LABEL_WORD.findall(label)` of each part of `least` words or more."""
    tokens = _LABEL_WORD.findall(label)
    parts, start = [], None
    for i, token in enumerate(tokens + [","]):
        breaks = not token[0].isalnum() or token.lower() in JOINING
        if breaks:
            if start is not None and i - start >= least:
                parts.append((start, i))
            start = None
        elif start is None:
            start = i
    return parts


@lru_cache(maxsize=1)
def _expanded_by_glossary():
    """The shipped glossary's expander (`cluster_text.expander`), made once per process."""
    return expander(read_glossary())


def _expanded(text: str) -> str:
    """`text` with the shipped glossary's abbreviations written as their expansions, as the clustering texts write
    them (`cluster_text.clustering_texts`): an abbreviation is a use of the whole term it stands for."""
    return _expanded_by_glossary()(text)


def split_words(text: str) -> list[tuple[list[str], list[str]]]:
    """Each stretch (`_STRETCH`) of `text` as (its words, their folded forms), the glossary's abbreviations written
    out (`_expanded`)."""
    stretches = []
    for stretch in _STRETCH.findall(straight(_expanded(text))):
        words = [w for w in re.split(r"[ \t\n-]+", stretch) if w]
        stretches.append((words, [fold(w) for w in words]))
    return stretches


class Written:
    """The findings' words, split once for every part looked up in them: each stretch of each finding as (finding
    row, its words, their folded forms). `splits`: the findings' `split_words`, when they are split already."""

    def __init__(self, texts: list[str] = (), splits: list | None = None):
        splits = [split_words(text) for text in texts] if splits is None else splits
        self.size = len(splits)
        self.stretches = [(row, words, folds) for row, stretches in enumerate(splits) for words, folds in stretches]


def word_before(part: list[str], texts: list[str] | Written) -> tuple[str, int, int] | None:
    """(the word written directly before `part` in most of its uses in `texts`, as written there most often; the
    findings that write it so; all uses of the part) when that word is CUT_SHARE of the uses in CUT_FINDINGS findings
    and may be part of a term (`_NOT_PART`), else None. The part's words match in any plural form ("interview",
    "interviews"), with spaces or hyphens between them. A word joined to the part by "and" is read with it ("bed and"
    before "breakfast")."""
    return _word_beside(part, texts, after=False)


def word_after(part: list[str], texts: list[str] | Written) -> tuple[str, int, int] | None:
    """As `word_before`, for the word written directly after `part` ("joint strategic" -> "needs"; "bed" ->
    "and breakfast")."""
    return _word_beside(part, texts, after=True)


def _word_beside(part: list[str], texts: list[str] | Written, after: bool,
                 joined: bool = False) -> tuple[str, int, int] | None:
    """`word_before` (after=False) or `word_after`; joined: only a word joined to the part by "and"."""
    written = texts if isinstance(texts, Written) else Written(texts)
    want = tuple(fold(w) for w in part)
    besides, forms, rows = Counter(), {}, Counter()
    step = 1 if after else -1
    for row, words, folds in written.stretches:
        if want and want[0] not in folds:
            continue
        for i in range(len(words) - len(want) + 1):
            if tuple(folds[i:i + len(want)]) == want:
                at = i + len(want) if after else i - 1
                beside = words[at] if 0 <= at < len(words) else ""
                if beside.lower() == _AND and 0 <= at + step < len(words):  # "bed and breakfast": one expression
                    beside = f"{beside} {words[at + step]}" if after else f"{words[at + step]} {beside}"
                besides[beside.lower()] += 1
                forms.setdefault(beside.lower(), Counter())[beside] += 1
                if beside:
                    rows[(beside.lower(), row)] = 1
    uses = sum(besides.values())
    if not uses:
        return None
    words_, count = besides.most_common(1)[0]
    word = words_.split()[-1 if after else 0] if words_ else ""
    found = sum(1 for (w, _row) in rows if w == words_)
    if (not word or not _WORD.fullmatch(word) or word in _NOT_PART or count < CUT_SHARE * uses
            or found < CUT_FINDINGS or fold(word) in want or joined and " " not in words_):
        return None
    return forms[words_].most_common(1)[0][0], found, uses


# Least share of a theme's findings that write the longer phrase for a part's tail to be written: under it, the part
# stands for a wider subject than the term it is the head of; TUNING: "child permanence" of "child permanence
# reports" in 3% of a broad theme on permanence of every kind (read 82: "permanence and SGOs"), "senior leadership"
# of "senior leadership team" in 7-9%, against "joint strategic" of "joint strategic needs assessment" in 12% of a
# theme read 82 rejected as "a cut phrase"; a reader of ten of its findings meets the term about once.
TAIL_SHARE = 0.1
# Most words put back before one part: a phrase cut again after the word put back ("arranged fostering placement"
# of "privately arranged fostering placement") is put back whole, up to this many words.
MOST_WORDS = 3


def words_before(part: list[str], texts: list[str] | Written) -> list[str]:
    """The words (as written) that `part` is cut from in `texts`: `word_before` again and again, while the longer
    phrase is itself cut (at most MOST_WORDS, "and" not counted); [] when the part is written whole. A part of one
    word is cut only from an expression joined by "and" ("breakfast" -> "bed and")."""
    written = texts if isinstance(texts, Written) else Written(texts)
    added = []
    while len(added) - added.count(_AND) < MOST_WORDS:
        found = _word_beside(added + list(part), written, after=False, joined=len(added) + len(part) < 2)
        if found is None:
            break
        added[:0] = found[0].split()
    return added


def words_after(part: list[str], texts: list[str] | Written) -> list[str]:
    """The words (as written) that `part` is cut before in `texts`: `word_after` again and again while the longer
    phrase is itself cut ("joint strategic" -> "needs assessment"), at most MOST_WORDS ("and" not counted); [] when
    it is written whole. A part of one word is cut only before an expression joined by "and" ("bed" ->
    "and breakfast")."""
    written = texts if isinstance(texts, Written) else Written(texts)
    added = []
    while len(added) - added.count(_AND) < MOST_WORDS:
        found = _word_beside(list(part) + added, written, after=True, joined=len(added) + len(part) < 2)
        if found is None:
            break
        added.extend(found[0].split())
    return added


def _cuts(label: str, written: Written) -> list[tuple[int, int, list[str], list[str]]]:
    """(first, last + 1 word position, words cut before, words cut after) of each part of `label` cut from a longer
    phrase its findings write (`words_before`, then `words_after` of the part with those words)."""
    tokens = _LABEL_WORD.findall(label)
    folded = [fold(w.lower()) for w in tokens]
    cuts = []
    for first, last in _parts(label, least=1):
        before = words_before(tokens[first:last], written)
        if before and [fold(w.lower()) for w in before] == folded[max(0, first - len(before)):first]:
            before = []  # the label writes the expression whole already: "Bed and breakfast"
        after = words_after(before + tokens[first:last], written)
        tail = [fold(w.lower()) for w in after if w.lower() != _AND]
        if tail and tail[0] in set(folded[:first] + folded[last:]):
            after = []  # the label writes it, shared by its parts: "child death overview and other panels"
        if after and word_after(before + tokens[first:last], written)[1] < TAIL_SHARE * written.size:
            after = []  # too few findings write the longer phrase: the part names the namer's subject, not the term
        if before or after:
            cuts.append((first, last, before, after))
    return cuts


def whole_label(label: str, texts: list[str] | Written) -> str:
    """`label` with each part its findings (`texts`) write as the tail or the head of a longer phrase written whole
    (`words_before`, `words_after`); the label as it was when none is cut. The first word is capitalised as a
    label's is."""
    written = texts if isinstance(texts, Written) else Written(texts)
    tokens = _LABEL_WORD.findall(label)
    spans = [m.span() for m in _LABEL_WORD.finditer(label)]
    out, at = [], 0
    for first, last, before, after in _cuts(label, written):
        if before:
            word = " ".join(as_shown(w) for w in before)  # a name among them is cased after (`cased_as_written`)
            start = spans[first][0]
            if start == 0:  # the label's first word: the restored word leads it, the old first word as written
                word = word[:1].upper() + word[1:]
                out.append(label[at:start] + word + " " + as_shown(tokens[first]))
                at = spans[first][1]
            else:
                out.append(label[at:start] + word + " ")
                at = start
        if after:
            end = spans[last - 1][1]
            out.append(label[at:end] + " " + " ".join(as_shown(w) for w in after))
            at = end
    return "".join(out) + label[at:] if out else label


def headless(label: str, texts: list[str] | Written) -> str | None:
    """`label` without its parts cut before the words their findings write after them (`words_after`), when it
    lists other parts too (`broad_parts.label_parts`: "Partners and joint strategic" -> "Partners"); None when no
    part is so cut or none would be left."""
    written = texts if isinstance(texts, Written) else Written(texts)
    tokens = _LABEL_WORD.findall(label)
    cut = {" ".join(tokens[first:last]).lower() for first, last, _before, after in _cuts(label, written) if after}
    opening, parts = label_parts(label)
    kept = [part for part in parts if " ".join(_LABEL_WORD.findall(part)).lower() not in cut]
    if not cut or len(kept) == len(parts) or not kept:
        return None
    left = opening + joined_list(kept)
    return left[:1].upper() + left[1:]


def whole_parts(labels: dict[int, str], texts_of, others: set[str] = frozenset(),
                keep: set[int] = frozenset(), raw_of=None) -> dict[int, str]:
    """Each label (theme -> label) with its cut parts written whole (`whole_label`), read against its theme's
    findings (`texts_of(theme)`); a label changed to the same label (`label_key`) as another label of this level or
    of `others` (another level's labels) is left as it was; themes in `keep` keep theirs. A label with a part cut
    before its tail (`words_after`) must also pass the label checks (`name_problems` over `raw_of(theme)`, the
    findings' texts); when it is taken or fails, the cut part is dropped from a label that lists others
    (`headless`), else the label is left."""
    taken = {label_key(label) for label in labels.values()} | {label_key(label) for label in others}
    said = {}
    for theme, label in labels.items():
        said[theme] = label
        if theme in keep:
            continue
        written = texts_of(theme)
        written = written if isinstance(written, Written) else Written(written)
        whole = whole_label(label, written)
        if whole == label:
            continue
        tailed = any(after for *_, after in _cuts(label, written))
        checked = not tailed or raw_of is None or not name_problems([whole], raw_of(theme))
        if label_key(whole) not in taken and checked:
            log.info("cut part written whole: %r -> %r (theme %s)", label, whole, theme)
        elif tailed and (left := headless(label, written)) and label_key(left) not in taken:
            log.info("cut part dropped: %r -> %r (theme %s)", label, left, theme)
            whole = left
        else:
            continue
        taken.add(label_key(whole))
        said[theme] = whole
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
                       others=set(broad_named["label"]), keep=keep,
                       raw_of=lambda t: [texts[i] for i in rows.get(t, [])])
    before = named["label"].to_dict()
    named = named.copy()
    changed = [t for t in named.index if subs[t] != named.at[t, "label"]]
    cased = dict(zip(changed, cased_as_written([subs[t] for t in changed], texts)))
    named["label"] = [cased.get(t, named.at[t, "label"]) for t in named.index]
    own = {int(b): label for b, label in zip(broad_named["theme_id"], broad_named["label"]) if int(b) not in only}
    broad = whole_parts(own, lambda b: Written(splits=[splits[i] for i in broad_rows.get(b, [])]),
                        others=set(named["label"]), raw_of=lambda b: [texts[i] for i in broad_rows.get(b, [])])
    broad = {b: label for b, label in broad.items() if label == own[b]} | dict(zip(
        [b for b in broad if broad[b] != own[b]], cased_as_written([broad[b] for b in broad if broad[b] != own[b]],
                                                                  texts)))
    broad_named = broad_named.copy()
    broad_named["label"] = [named.at[only[b], "label"] if b in only and label == before[only[b]]
                            else broad.get(b, label)
                            for b, label in zip(broad_named["theme_id"].astype(int), broad_named["label"])]
    return named, broad_named
