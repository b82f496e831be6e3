"""Placeholder sub-theme labels on one subject said with the aspect of it their findings write about.

"X, various aspects" and "X, further findings" are left when a theme's findings are about X but share no phrase a
fifth of them write (`inside_names`). Blind reads 56 and 58 rejected these wordings while naming the subject
themselves from ten findings - "quality and timeliness of assessments", "scrutiny and challenge", "support for care
leavers": X with a word many of its findings write beside it. Such a word is seldom written in one phrase by a fifth
of them, but the findings that use it with X are many, and a few write the two joined ("the quality of
assessments", "scrutiny and challenge"), which says how a researcher would word them.

`aspect_labels` reads a placeholder's theme for its subject X (the label's X, its first part, or a word of that)
that HEAD of its findings use, and the aspect words beside it: a word ASPECT of the findings use, LIFT times as often
as all findings, with X in BOTH of them (the whole theme bears it out, not a core). An aspect names the theme as the
findings join it to X: as a term of the two ("performance management", "adoptive families") when TERM of them write
it, or two such terms PART each when PAIR write either; else as a phrase with "of", "for", "from", "with" or "and"
that at least SAID of them write ("quality of assessments", "scrutiny and challenge"), one that narrows X ("of",
"with") only when NARROW of them use the aspect with X. Two aspects joined alike are said together ("Quality and
timeliness of assessments"). For "X, further findings" the aspect must also be APART times as common as in the theme
named X. Otherwise the label stays; a new one passes the label checks and is no other theme's (nor a broad theme's);
membership never changes.

    aspect_names(labels, covers, keep, taken) -> labels with such placeholders said by X and its aspect
"""

from __future__ import annotations

import re
from collections import Counter

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.themes.capitals import capitalised
from pipeline.themes.label_text import inner, joined_list
from pipeline.themes.name_checks import FIELD_ITSELF, QUANTITY_WORDS, name_problems, noun_phrases
from pipeline.themes.vocabulary import fold, label_key, stem_of, straight

# Least share of the theme whose findings use the subject's words: X is what the theme is about.
HEAD = 0.6
# Least share of the theme that uses an aspect word, and how many times all findings' share that must be.
ASPECT = 0.15
LIFT = 2.0
# Least share of the theme that uses both the aspect and X: the whole theme, not a few, is about X's aspect.
BOTH = 0.15
# ... and when the aspect narrows X ("quality of assessments", not "scrutiny and challenge"): read 58 judged labels
# narrower than their findings wrong when about 2 in 10 bore the narrower part out.
NARROW = 0.22
# Least findings (and share of the theme) that write the aspect joined to X: the joining is theirs.
SAID = 3
SAID_SHARE = 0.01
# Least share of the theme that writes a term of X and the aspect ("performance management") for it to name the
# theme alone: a name must be about what 3 in 10 of its findings are about (`coverage.COVERAGE`); two terms PART of
# it writes each name it together when PAIR of it write either (as `inside_names`).
TERM = 0.3
PART = 0.2
PAIR = 0.45
# For "X, further findings": the aspect is this many times as common as in the theme named X.
APART = 1.25

_PLACE = re.compile(r"^(?P<x>.+), (?:various aspects|further findings)$")
# Words that say no aspect of a subject: whom the field serves, how much, how good, or what every finding says.
_NO_ASPECT = FIELD_ITSELF | QUANTITY_WORDS | {
    "work", "need", "needs", "good", "effective", "case", "cases", "area", "areas", "range", "number", "time",
    "example", "use", "way", "level", "part", "place", "practice", "issue", "issues", "result", "process",
    "manager", "managers", "leader", "leaders", "staff", "care", "inspector",
    "inspectors", "inspection", "plan", "plans", "information", "year", "years", "month", "months", "march",
    "all", "most", "some", "many", "other", "others", "new", "well", "further", "appropriate", "timely", "clear",
}
# Words of no aspect alone that a term with the subject makes one ("adoptive families", "performance management").
_IN_TERMS = FIELD_ITSELF | {"parent", "management", "information", "plan", "worker", "manager", "leader", "care"}
_JOIN = r"(?:\s+(?:the|their|its|a|an|all|these|those|this))?\s+"
_WORD = re.compile(r"[a-z][a-z'’-]{2,}")
_NEXT = re.compile(r"[ \t]+([a-z][a-z'’-]*)")  # the word right after a joining, on the same line


def _forms(word: str) -> str:
    """A pattern for a word in any ending of its stem ("assessment", "assessments")."""
    return re.escape(stem_of(fold(word))) + r"[a-z'’]*"


def _phrase_pattern(phrase: str) -> str:
    """A pattern for a phrase written with its words in order, each in any ending."""
    return r"[\s-]+".join(_forms(w) for w in re.findall(r"[A-Za-z][A-Za-z'’]*", phrase))


def _subject(covers, theme: int, label: str) -> str | None:
    """X of the placeholder, or its first part, when HEAD of the theme's findings use its words; else None."""
    match = _PLACE.match(label)
    if not match or label.startswith(("Statistics", "Context", "Mixed findings")):
        return None
    x = match.group("x")
    first = re.split(r",| and ", x)[0]
    # X, its first part, or a word of that the findings write alone ("performance" of "Performance data")
    words = [w for w in first.split() if w.lower() not in ENGLISH_STOP_WORDS | FIELD_ITSELF] if " " in first else []
    for subject in [x, first] + words:
        if len(subject.split()) <= 3 and covers.share(theme, subject) >= HEAD:
            return subject
    return None


def _aspects(covers, theme: int, subject: str, larger: int | None) -> list[str]:
    """Folded words ASPECT of the theme's findings use (LIFT times as often as all findings, APART as often as in
    `larger`), with the subject in BOTH, most used first."""
    texts = covers.texts_of(theme)
    own = {fold(w) for w in re.findall(r"[a-z]+", subject.lower())}
    counts = Counter(w for text in texts for w in {fold(w) for w in _WORD.findall(straight(text).lower())})
    out = []
    for word, n in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])):
        if n < ASPECT * len(texts):
            break
        if word in own or word in ENGLISH_STOP_WORDS or (word in _NO_ASPECT and word not in _IN_TERMS) \
                or "'" in word or len(word) < 4:
            continue
        share = covers.share(theme, word)
        if share < LIFT * covers.share_all(word) or covers.share(theme, f"{word} {subject}") < BOTH:
            continue
        if larger is not None and share < APART * covers.share(larger, word):
            continue
        out.append(word)
    return out


def _joinings(texts: list[str], subject: str, word: str) -> dict[tuple[str, str, str], set[int]]:
    """How the texts join `word` to the subject: (aspect as written, link, order) -> the texts that write it."""
    x, a = _phrase_pattern(subject), _forms(word)
    patterns = [(re.compile(rf"\b(?P<a>{a})\s+(?P<link>of|for|from|with){_JOIN}(?:{x})\b"), "before"),
                (re.compile(rf"\b(?P<a>{a})\s+(?P<link>and){_JOIN}(?:{x})\b"), "before"),
                (re.compile(rf"\b(?:{x})\s+(?P<link>and){_JOIN}(?P<a>{a})\b"), "after"),
                (re.compile(rf"\b(?:{x})\s+(?P<link>with|from|for){_JOIN}(?P<a>(?:[a-z’'-]+\s+)?{a})\b"), "after"),
                (re.compile(rf"\b(?P<a>(?:{x})[ -](?:{a}))(?P<link>)\b"), "term"),
                (re.compile(rf"\b(?P<a>(?:{a})[ -](?:{x}))(?P<link>)\b"), "term")]
    found: dict[tuple[str, str, str], set[int]] = {}
    for i, text in enumerate(texts):
        lower = straight(text).lower()
        for pattern, order in patterns:
            for m in pattern.finditer(lower):
                after = _NEXT.match(lower, m.end()) if order == "after" else None
                if after and after.group(1) not in ENGLISH_STOP_WORDS:
                    continue  # the aspect cut from a longer term: "post-adoption" of "post-adoption support"
                found.setdefault((m.group("a"), m.group("link"), order), set()).add(i)
    return found


def _said(subject: str, joining: tuple[str, str, str], second: str | None = None) -> str:
    """The label for a joining: "Quality of assessments", "Scrutiny and challenge", "Challenge and scrutiny"."""
    aspect, link, order = joining
    x = inner(subject)
    if order == "term":
        said = aspect
    elif order == "after":
        said = f"{x} {link} {aspect}"
    elif second:
        said = f"{aspect} and {second} {link} {x}"
    else:
        said = f"{aspect} {link} {x}"
    return _capital(said)


def _joined(covers, theme: int, subject: str, word: str) -> tuple[str, str, str, set[int]] | None:
    """The commonest way the theme's findings join `word` to the subject that enough of them write, as (aspect as
    written, link, order, the findings that write it): a term of the two ("performance management") PART of them,
    said whole; else a phrase with "of", "for", "from", "with" or "and" at least SAID (SAID_SHARE) of them, which
    narrows X only over NARROW of them. None when there is none."""
    texts = covers.texts_of(theme)
    joinings = _joinings(texts, subject, word)
    by_link: dict[tuple[str, str], set[int]] = {}
    for (_, link, order), rows in joinings.items():
        by_link.setdefault((link, order), set()).update(rows)
    least = max(SAID, int(SAID_SHARE * len(texts)))
    fits = [(len(rows), key) for key, rows in by_link.items()
            if (len(rows) >= PART * len(texts) if key[1] == "term" else len(rows) >= least and word not in _NO_ASPECT)]
    if not fits:
        return None
    _, (link, order) = max(fits)
    if link not in ("and", "") and covers.share(theme, f"{word} {subject}") < NARROW:
        return None  # "Relationships with personal advisers" over findings a fifth of which are on relationships
    forms = {k[0] for k in joinings if k[1:] == (link, order)}
    aspect = max((k for k in joinings if k[1:] == (link, order)), key=lambda k: (len(joinings[k]), k))[0]
    aspect = f"{aspect}s" if f"{aspect}s" in forms else aspect  # a plural some write says the many
    if order == "term":  # written apart when some write it so; said whole when mostly inside a longer term
        spaced = aspect.replace("-", " ")
        aspect = covers.whole(theme, spaced if spaced in forms else aspect)
    return (aspect, link, order, by_link[(link, order)]) if aspect and noun_phrases([aspect]) else None


def aspect_labels(covers, theme: int, label: str, larger: int | None = None) -> list[str]:
    """X said with each aspect of it the theme's findings write about, best borne out first; [] when none is."""
    subject = _subject(covers, theme, label)
    if subject is None:
        return []
    n = len(covers.members[theme])
    chosen: list[tuple[str, str, str]] = []
    terms: list[tuple[str, set[int]]] = []
    for word in _aspects(covers, theme, subject, larger):
        joined = _joined(covers, theme, subject, word)
        if joined is None or any(joined[0] == other[0] for other in chosen):
            continue
        if joined[2] == "term":  # a term names the theme when TERM write it, or with another when PAIR write either
            terms.append((joined[0], joined[3]))
            if len(joined[3]) < TERM * n:
                continue
        chosen.append(joined[:3])
    pairs = [(len(a | b), i, j) for i, (_, a) in enumerate(terms) for j, (_, b) in enumerate(terms) if i < j]
    best = max(pairs, key=lambda p: (p[0], -p[1], -p[2]), default=None)
    said = [_capital(joined_list([terms[best[1]][0], terms[best[2]][0]]))] if best and best[0] >= PAIR * n else []
    for i, joining in enumerate(chosen):
        # a second aspect joined the same way before X is said with the first ("Quality and timeliness of
        # assessments")
        second = next((j[0] for j in chosen[i + 1:] if j[1:] == joining[1:] and joining[2] == "before"
                       and joining[1] != "and"), None)
        said += [_said(subject, joining, second)] if second is None else [_said(subject, joining, second),
                                                                          _said(subject, joining)]
    return said


def _capital(text: str) -> str:
    return capitalised(text)


def aspect_names(labels: dict[int, str], covers, keep: set[int] = frozenset(), taken: set[str] = frozenset()
                 ) -> dict[int, str]:
    """`labels` with each "X, various aspects" / "X, further findings" said by X and its aspect (`aspect_labels`:
    the first that is no other theme's label nor one of `taken` (the broad themes') and passes the label checks);
    other labels as they are."""
    out = dict(labels)
    for theme in sorted(labels):
        label = out[theme]
        if theme in keep or not _PLACE.match(label):
            continue
        larger = None
        if label.endswith(", further findings"):
            named = label[:-len(", further findings")]
            larger = next((t for t, other in out.items() if other == named), None)
        have = {label_key(other) for t, other in out.items() if t != theme} | {label_key(other) for other in taken}
        said = next((text for text in aspect_labels(covers, theme, label, larger)
                     if label_key(text) not in have and not name_problems([text])), None)
        if said:
            out[theme] = said
    return out
