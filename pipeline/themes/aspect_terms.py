""""X, various aspects" said by the field's term its findings write for X, when `aspect_names` found no aspect.

Blind reads 58 and 60 rejected every "X, various aspects" whose findings share a subject, and the readers named it
with a term the findings write themselves: "information sharing and consent", "adoption support" (a term of X and a
word beside it that a fifth to a third of the findings write), or "contacts, referrals and re-referrals", "scrutiny
and challenge by boards" (X with a word many of the findings use and a few join to X by "and", a word the rest of the
field seldom uses). `aspect_names` asks more of such a word (a third of the theme for a term; the word
beside X in 15% of the findings), so these stayed placeholders.

`term_labels` reads a theme whose label is "X, various aspects" and whose findings use X (HEAD of them) for:
- a term of X: a word written right before or after X ("senior managers", "information sharing") by TERM of the
  findings, the word used by WORD of them, read as a noun where they write it and not cut from a longer term (one
  word after it in CUT of its uses: "support fund"); said as most write it, in the plural some of them write;
- (labels59) a term fewer than ABOUT of the findings write is a part of the theme: said "X, including <term>"
  ("Adoption, including adoption support"), unless X alone fails the label checks (a lone generic word:
  "Information") or the theme gathered on the term's other word in other senses (`sense_terms.unborne`:
  "Recruitment strategy" stays);
- a partner of X: a word PARTNER of the findings use, LIFT times as often as all findings, that at least JOINED of
  them write joined to X by "and" (either order): said in the order most write ("Contacts and referrals").
The term comes first; a label taken by another theme (or a broad theme), or failing the label checks, is not given;
otherwise the placeholder stays (a weak label is better than a wrong one). Membership never changes.

    aspect_terms(labels, covers, keep, taken) -> labels with such placeholders said by the field's term
"""

from __future__ import annotations

import re
from collections import Counter

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.themes.about_terms import HALF
from pipeline.themes.capitals import capitalised
from pipeline.themes.name_checks import FIELD_ITSELF, NOUN_POS, QUANTITY_WORDS, name_problems, noun_phrases, pos_tagger
from pipeline.themes.sense_terms import unborne
from pipeline.themes.vocabulary import fold, label_key, stem_of, straight

# Least share of the theme that uses X: the theme is about X.
HEAD = 0.5
# A term of X: written by TERM of the findings, its other word used by WORD of them (the term, not a word of it).
TERM = 0.2
WORD = 0.3
# A partner of X: used by PARTNER of the findings, LIFT times as often as by all findings, joined to X by "and" in
# JOINED of them (and at least JOINED_LEAST findings).
PARTNER = 0.18
LIFT = 8.0
JOINED = 0.03
JOINED_LEAST = 3
# Least share of the findings that write the term for it to be said alone; under it the term is said as a part of X
# ("Adoption, including adoption support"): `about_terms.HALF` (reads 71-78 and 85, tuning).
ABOUT = HALF
# A term is cut from a longer one when one word follows it in this share of its uses ("adoption support fund").
CUT = 0.5

_PLACE = re.compile(r"^(?P<x>[A-Za-z][A-Za-z'-]*), various aspects$")
# Words that make no term of a subject: how much, how good, whom the field serves, or what any finding says.
NO_TERM = QUANTITY_WORDS | (FIELD_ITSELF - {"service", "services", "family", "families"}) | {
    "good", "effective", "appropriate", "timely", "clear", "new", "other", "more", "well", "further", "relevant",
    "strong", "regular", "important", "key", "positive", "robust", "right", "poor", "high", "low", "current",
    "work", "working", "need", "needs", "made", "make", "have", "has", "being", "been", "seen", "do", "does",
    "ensure", "within", "across", "where", "when", "which", "they", "their", "them", "also", "about",
}
_WORD = r"[a-z][a-z'-]*"


def stem_forms(word: str) -> str:
    return re.escape(stem_of(fold(word))) + r"[a-z']*"


def lowered_texts(texts: list[str]) -> list[str]:
    return [re.sub(r"\s+", " ", straight(text).lower().replace("’", "'")) for text in texts]


def _term_label(covers, theme: int, subject: str, texts: list[str]) -> str | None:
    """A term of X (a word beside it) TERM of the findings write, its word used by WORD of them; None if none."""
    n = len(texts)
    by_word: dict[tuple[str, str], set[int]] = {}
    written: dict[tuple[str, str], Counter] = {}
    x = stem_forms(subject)
    for i, text in enumerate(texts):
        for m in re.finditer(rf"\b({_WORD})[ -]({x})\b", text):
            key = (fold(m.group(1)), "before")
            by_word.setdefault(key, set()).add(i)
            written.setdefault(key, Counter())[m.group(0)] += 1
        for m in re.finditer(rf"\b({x})[ -]({_WORD})\b", text):
            key = (fold(m.group(2)), "after")
            by_word.setdefault(key, set()).add(i)
            written.setdefault(key, Counter())[m.group(0)] += 1
    own = fold(subject.lower())
    fits = sorted(((len(rows), key) for key, rows in by_word.items()
                   if len(rows) >= TERM * n and key[0] != own and key[0] not in NO_TERM
                   and key[0] not in ENGLISH_STOP_WORDS and len(key[0]) > 3 and "'" not in key[0]
                   and covers.share(theme, key[0]) >= WORD), reverse=True)
    if not fits:
        return None
    for _, key in fits:
        forms = written[key]  # said as most write it ("decision-making", "adoption support")
        said = max(forms, key=lambda form: (forms[form], form))
        rows = [texts[i] for i in sorted(by_word[key])]
        if not noun_as_written(said.replace("-", " "), rows) or cut_from_longer(said, rows):
            continue  # "staff feel", "adoption support" of "adoption support fund"
        plural = f"{said}s"
        said = plural if plural in forms and key[1] == "before" else said
        spread = unborne(covers, theme, said, kind="inside") if len(by_word[key]) < ABOUT * n else None
        if len(by_word[key]) < ABOUT * n and not name_problems([_capital(subject)]) \
                and (spread is None or stem_of(fold(spread)) == stem_of(own)):
            # a term under half of them write names a part of the theme, X the whole (labels59, read 85: "Adoption
            # support" over findings a third of which write it, "rest adoption services in general"); never when X
            # is a lone generic word ("Information": no label leads with one), nor when they gathered on the term's
            # other word in other senses ("strategy"), which `sense_terms` would drop, leaving X alone
            return f"{_capital(subject)}, including {said}"
        return _capital(said)
    return None


def cut_from_longer(term: str, texts: list[str]) -> bool:
    """Whether one word (no stop word) follows the term in CUT of the texts that write it."""
    after = Counter()
    for text in texts:
        after.update({m.group(1) for m in re.finditer(rf"\b{re.escape(term)}[ -]({_WORD})", text)
                      if m.group(1) not in ENGLISH_STOP_WORDS})
    return bool(after) and after.most_common(1)[0][1] >= CUT * len(texts)


def noun_as_written(term: str, texts: list[str], most: int = 9) -> bool:
    """Whether the term's last word is a noun in most of (the first `most` of) the texts that write it: "adoption
    support" is a noun phrase in "adoption support is good" although a tagger reads it alone as a clause."""
    nlp = pos_tagger()
    if nlp is None:
        return True
    first, last = term.split()[0], term.split()[-1]
    nouns = seen = 0
    for doc in nlp.pipe(texts[:most], batch_size=16):
        words = [t for t in doc if t.text != "-"]
        for before, token in zip(words, words[1:]):
            if before.lower_ == first and token.lower_ == last:
                seen += 1
                nouns += token.pos_ in NOUN_POS
                break
    return seen > 0 and 2 * nouns > seen


def _partner_label(covers, theme: int, subject: str, texts: list[str]) -> str | None:
    """X with a word PARTNER of the findings use (LIFT times as often as all), joined to X by "and" in JOINED of
    them, in the order most write; None if none."""
    n = len(texts)
    x = stem_forms(subject)
    counts = Counter(w for text in texts for w in {fold(w) for w in re.findall(_WORD, text)})
    own = fold(subject.lower())
    best: tuple[int, str] | None = None
    for word, used in counts.most_common():
        if used < PARTNER * n:
            break
        if word == own or word in NO_TERM or word in ENGLISH_STOP_WORDS or len(word) < 4 or "'" in word:
            continue
        if covers.share(theme, word) < LIFT * covers.share_all(word):
            continue
        w = stem_forms(word)
        forms: Counter = Counter()
        rows = set()
        for i, text in enumerate(texts):
            for m in re.finditer(rf"\b(?:{x}) and (?:{w})\b|\b(?:{w}) and (?:{x})\b", text):
                forms[m.group(0)] += 1
                rows.add(i)
        if len(rows) >= max(JOINED_LEAST, JOINED * n) and (best is None or len(rows) > best[0]):
            best = (len(rows), max(forms, key=lambda form: (forms[form], form)))
    return _capital(best[1]) if best else None


def term_labels(covers, theme: int, label: str) -> list[str]:
    """The field's terms for a theme labelled "X, various aspects", term first; [] when none is borne out."""
    match = _PLACE.match(label)
    if not match:
        return []
    subject = match.group("x")
    if covers.share(theme, subject) < HEAD:
        return []
    texts = lowered_texts(covers.texts_of(theme))
    said = [_term_label(covers, theme, subject, texts), _partner_label(covers, theme, subject, texts)]
    return [text for text in said if text and (" and " not in text or noun_phrases([text.lower()]))]


def _capital(text: str) -> str:
    return capitalised(text)


def aspect_terms(labels: dict[int, str], covers, keep: set[int] = frozenset(), taken: set[str] = frozenset()
                 ) -> dict[int, str]:
    """`labels` with each "X, various aspects" said by the field's term its findings write (`term_labels`: the
    first that is no other theme's label nor one of `taken` and passes the label checks); others as they are."""
    out = dict(labels)
    for theme in sorted(labels):
        label = out[theme]
        if theme in keep or not _PLACE.match(label):
            continue
        have = {label_key(other) for t, other in out.items() if t != theme} | {label_key(other) for other in taken}
        said = next((text for text in term_labels(covers, theme, label)
                     if label_key(text) not in have and not name_problems([text])), None)
        if said:
            out[theme] = said
    return out
