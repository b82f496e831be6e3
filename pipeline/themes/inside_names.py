"""Placeholder sub-theme labels said by what their findings are about, when the findings bear a name out.

Blind reads 54 and 56 judged the naming's placeholder wordings wrong or meaningless more often than any other:
"X, various aspects" (a theme named by one word when no phrase fits), "X, further findings" (a smaller theme on a
larger one's subject), "Mixed findings, some on X" / "Mixed findings: X", "Context and statistics" and "A, B and
other Cs" listings built on one word of several senses. A reader wants the few words a researcher would write: for
"X, further findings" what sets the theme apart from the theme named X, for "various aspects" the sub-topics most of
its findings fall into.

`said_inside` reads each such label's theme for the phrases of its own findings (`phrases_of`, and the kinds of the
placeholder's own word: "care plans" of "Plans, various aspects") that at least PART of them write as terms
(`Coverage.written`, hyphenated too), LIFT times as often as all findings do, and - for "further findings" - APART
times as often as the larger theme named X does (never X itself). The label becomes the two phrases, of different
heads, most of them write between them, when that is at least PAIR of them and the second adds PART ("Information
sharing and consent"); else the phrase most of them write, when ALONE of them do ("Permanence"); else, for "X,
various aspects", X with the kind of X that KIND of them write ("Information, including information sharing", as
the naming says a head with its part). Figures are "Statistics on A". Otherwise the label stays: an honest
placeholder is better than a name that misleads. A new label passes the label checks (`name_problems`: no lone
generic word, no cut phrase) and is no other theme's; membership never changes.

    said_inside(labels, covers, keep) -> labels with such placeholders said by what is inside
"""

from __future__ import annotations

import re

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.themes.capitals import capitalised
from pipeline.themes.fallback_names import too_common
from pipeline.themes.label_text import head_noun, inner, joined_list
from pipeline.themes.name_checks import GENERIC_NAMES, LONE_GENERIC, name_problems, noun_phrases
from pipeline.themes.naming import usual_forms
from pipeline.themes.phrases import phrases_of
from pipeline.themes.vocabulary import fold

# Least share of a theme's findings that must write a phrase for it to name a part of the theme.
PART = 0.2
# ... and at least this many times the share of all findings that use it: the theme's own phrase, not everyone's.
LIFT = 2.0
# A phrase this share of the theme writes names it alone (read 54 judged "X, further findings" ok over findings half
# of which were on audits: one phrase half of them write would narrow it).
ALONE = 0.6
# Two phrases that this share of the theme writes between them name it together.
PAIR = 0.45
# For "X, further findings": the phrase is written this many times as often as in the theme named X.
APART = 2.0
# Share of "X, various aspects" that must write one kind of X ("information sharing") for it to be said.
KIND = 0.3
# A phrase most of whose uses follow the placeholder's own word is said with it.
JOINED = 0.6
# Findings read for candidate phrases per theme (spread over the theme; their shares are then counted on all).
READ = 120

_FURTHER = ", further findings"
_ASPECTS = ", various aspects"
# Words that with X make no kind of it ("decision making" of "Decisions" says "decisions" again).
_LIGHT = frozenset({"making", "maker", "taking", "taker"})
_PLACEHOLDER = re.compile(r"(?:, various aspects|, further findings)$|^Mixed findings|^Context and statistics"
                          r"|^Statistics, |\band other \w+$")


def placeholder(label: str) -> bool:
    """Whether `label` is one of the wordings readers rejected as saying nothing of what is inside."""
    return bool(_PLACEHOLDER.search(label))


def _candidates(covers, theme: int) -> list[str]:
    """Phrases (their usual written form) a good part of the read findings of `theme` use, most used first."""
    texts = covers.texts_of(theme)
    step = max(1, len(texts) // READ)
    found = [phrases_of(text) for text in texts[::step]]
    shown = usual_forms(found)
    counts: dict[str, int] = {}
    for phrases in found:
        for key in {key for key, _ in phrases}:
            counts[key] = counts.get(key, 0) + 1
    floor = 0.08 * len(found)
    keys = sorted((k for k, n in counts.items() if n >= floor), key=lambda k: (-counts[k], k))
    return [shown[k] for k in keys]


def _usable(phrase: str, own: set[str]) -> bool:
    """A noun phrase that is no lone generic word, passes the label checks, and is not the placeholder's own word."""
    words = phrase.split()
    if len(words) == 1 and (fold(phrase.lower()) in GENERIC_NAMES | LONE_GENERIC | own or too_common(phrase)):
        return False
    return not name_problems([capitalised(phrase)]) and bool(noun_phrases([phrase.lower()]))


def _parts(covers, theme: int, larger: int | None, label: str = "") -> list[tuple[str, float]]:
    """(phrase, share of the theme writing it) of the theme's own phrases, most written first; not the words of
    `label` alone."""
    own = {fold(w) for w in re.findall(r"[a-z]+", _own_words(label).lower())}
    # the first part of X ("Care leavers", "Planning" of "Planning, including care, ... planning, further findings")
    first = re.split(r",| and ", label[:-len(_FURTHER)])[0] if label.endswith(_FURTHER) else ""
    further = _words(first)
    out = []
    heads = re.findall(r"[A-Za-z]+", _own_words(label).lower())
    seen: set[str] = set()
    for cut in _candidates(covers, theme) + _kinds_of(covers.texts_of(theme), heads[-1:]):
        phrase = _completed(covers, theme, cut.replace("-", " "), heads)
        if phrase is None or phrase in seen or not _usable(phrase, own):
            continue
        share = _share(covers, theme, phrase)
        if share < PART or covers.share(theme, phrase) < LIFT * covers.share_all(phrase):
            continue
        if further and _words(phrase) <= further:
            continue  # X itself sets nothing apart from the theme named X
        if larger is not None and _share(covers, larger, phrase) * APART > share:
            continue
        seen.add(phrase)
        out.append((phrase, share))
    return sorted(_longest(out), key=lambda pair: (-pair[1], pair[0]))


def own_parts(covers, theme: int) -> list[tuple[str, float]]:
    """(phrase, share of the theme writing it) of the theme's own noun phrases (PART of it, LIFT times as often as
    all findings), most written first."""
    return _parts(covers, theme, None)


def _kinds_of(texts: list[str], heads: list[str]) -> list[str]:
    """The kinds of a placeholder's own word its findings write ("improvement plans", "care plans" of "Plans, various
    aspects"), most written first: the word with the word before it, in at least a tenth of the texts."""
    if not heads or not texts:
        return []
    pattern = re.compile(r"\b([a-z][a-z'’-]+) (" + re.escape(fold(heads[0])) + r"s?)\b")
    counts: dict[str, int] = {}
    for text in texts:
        for kind in {m.group(0) for m in pattern.finditer(text.lower()) if m.group(1) not in ENGLISH_STOP_WORDS}:
            counts[kind] = counts.get(kind, 0) + 1
    return sorted((k for k, n in counts.items() if n >= 0.1 * len(texts)), key=lambda k: (-counts[k], k))


def _completed(covers, theme: int, phrase: str, heads: list[str]) -> str | None:
    """`phrase` as the findings write it whole: after the placeholder's own word when most of its uses follow it
    ("sharing" of "Information, various aspects": "information sharing"), else with the word most of its uses have
    beside it (`Coverage.whole`); None when it is cut from a longer term."""
    for head in heads:
        joined = f"{head} {phrase}"
        if phrase.lower() not in head and covers.written(theme, joined) >= JOINED * covers.written(theme, phrase):
            return joined
    return covers.whole(theme, phrase)


def _own_words(label: str) -> str:
    """The word(s) a placeholder is built on, which alone say nothing new: X of "X, various aspects", the Cs of
    "A, B and other Cs"; none for "further findings" and mixed labels (what sets a theme
    apart may share a word with them: "Permanence" beside "Planning, including ... permanence ...")."""
    if label.endswith(_ASPECTS):
        return label[:-len(_ASPECTS)]
    listing = re.search(r"\band other (\w+)$", label)
    if listing:
        return listing.group(1)
    return ""


def _longest(parts: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """Parts without a phrase whose words a longer part holds, written by nearly as many ("houses" beside "houses of
    multiple occupation"): the longer says what the findings write."""
    return [(p, s) for p, s in parts
            if not any(_words(p) < _words(q) and t >= 0.9 * s for q, t in parts)]


def _words(phrase: str) -> set[str]:
    """The folded words of a phrase."""
    return {fold(w) for w in phrase.lower().split()}


def _same_thing(a: str, b: str) -> bool:
    """Two phrases that name one thing: one head, or the words of one within the other."""
    wa, wb = _words(a), _words(b)
    return head_noun(a) == head_noun(b) or wa <= wb or wb <= wa


def phrase_rows(covers, theme: int, phrase: str):
    """Which of the theme's findings write `phrase` as a term, hyphenated too ("information-sharing")."""
    rows = covers.written_rows(theme, phrase)
    return rows | covers.written_rows(theme, phrase.replace(" ", "-")) if " " in phrase else rows


def _share(covers, theme: int, phrase: str) -> float:
    rows = phrase_rows(covers, theme, phrase)
    return float(rows.mean()) if len(rows) else 0.0


def _union(covers, theme: int, a: str, b: str) -> float:
    rows = phrase_rows(covers, theme, a) | phrase_rows(covers, theme, b)
    return float(rows.mean()) if len(rows) else 0.0


def inside_label(covers, theme: int, larger: int | None = None, label: str = "") -> str | None:
    """What the findings of `theme` are about, as a label, or None when no phrase of theirs bears one out."""
    parts = _parts(covers, theme, larger, label)
    if not parts:
        return None
    first, share = parts[0]
    said = first if share >= ALONE else None
    # a second part of its own (adding PART of the theme) is said beside the first, when the two hold PAIR of it
    pairs = [(_union(covers, theme, first, other), other) for other, _ in parts[1:] if not _same_thing(first, other)]
    pairs = [(union, other) for union, other in pairs if union >= max(PAIR, share + PART)]
    if pairs:
        best = max(pairs, key=lambda pair: pair[0])[1]  # the first of the most held, in the parts' order
        said = joined_list([first, inner(best)])
    if said is None:
        return _with_kind(label, parts)
    said = capitalised(said)
    return f"Statistics on {inner(said)}" if covers.statistics(theme) else said


def _with_kind(label: str, parts: list[tuple[str, float]]) -> str | None:
    """"X, various aspects" said with the kind of X a fair part (KIND) of its findings write, as the naming says a
    head with its part ("Information, including information sharing"); else None."""
    if not label.endswith(_ASPECTS):
        return None
    word = label[:-len(_ASPECTS)]
    head = fold(word.lower().split()[-1])
    kinds = [phrase for phrase, share in parts if share >= KIND and phrase.lower() != word.lower()
             and head in _words(phrase) and not _words(phrase) - {head} <= _LIGHT]
    return f"{word}, including {inner(kinds[0])}" if kinds else None


def said_inside(labels: dict[int, str], covers, keep: set[int] = frozenset()) -> dict[int, str]:
    """`labels` with each placeholder (`placeholder`) said by what its findings are about (`inside_label`), when
    they bear a label out that is no other theme's and passes the label checks; other labels as they are."""
    out = dict(labels)
    for theme in sorted(labels):
        label = out[theme]
        if theme in keep or not placeholder(label):
            continue
        larger = None
        if label.endswith(_FURTHER):
            named = label[:-len(_FURTHER)]
            larger = next((t for t, other in out.items() if other == named), None)
        said = inside_label(covers, theme, larger, label)
        taken = {other.lower() for t, other in out.items() if t != theme}
        if said and said.lower() not in taken and not name_problems([said]):
            out[theme] = said
    return out
