"""Rejected placeholder wordings said by the act most of a theme's findings write, or by the one group of people
nearly all of them name.

A "General judgements on X" or "Mixed findings, some on X" theme (`rejected_forms.REJECTED`) whose findings share no
noun phrase may still share an act, written as a verb: "decisions that children come into care", "children told
inspectors they feel safe", "children are visited". A researcher names such a theme by the act as a noun, with what
the findings write with it:
- a verb ACT of whose findings write it (any regular form), LIFT times as often as all findings, followed in ONE of
  its findings by the same complement (a preposition and its noun, "into care") is said by its -ing form and that
  complement, after the group of people PEOPLE of them write: "Children coming into care";
- one followed in ONE of its findings by some adjective or participle, none of them alone, by its -ing form and the
  three they write most: "Feeling safe, supported and valued";
- one written mostly as a plural noun ("visits", more findings than write it as a verb) by that noun and the group of
  people PEOPLE of them write, to whom the acts are done: "Visits to children" (the noun alone is a lone generic
  word the label checks refuse: it needs its object).
ACT is the line under which a named subject was judged wrong in blind reads 71-73 (about four in ten, TUNING): a
wording rejected nearly every time gives way to an act that many of its findings write, never fewer.

A "General judgements on work with A and B" theme nearly all of whose findings (`head_kinds.ALL`) write one of the
groups, B, and fewer the other, is about work with that group: "Work with families" (read 71: "filler label over
generic 'children and families' statements", over findings 95% of which write "families").

    act_said(covers, theme, label) -> "Children coming into care" | None
    group_said(covers, theme, label) -> "Work with families" | None
"""

from __future__ import annotations

import re
from collections import Counter

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.themes.capitals import capitalised
from pipeline.themes.head_kinds import ALL
from pipeline.themes.name_checks import NOUN_POS, pos_tagger
from pipeline.themes.subject_checks import tagged_tokens

# Least share of the theme's findings that write the act (see the module).
ACT = 0.4
# Least times the act is written more often in the theme than in all findings.
LIFT = 5.0
# Least share of the act's findings that write one complement (or, for a list, any) after it.
ONE = 0.5
# Least share of the act's findings that write the group of people it is said with.
PEOPLE = 0.5
# Most findings of a theme tagged to read how the act is written (bounded cost).
READ = 150
# The groups of people findings on children's services are about, as a label names them (plural).
GROUPS = ("children", "young people", "families", "parents", "carers", "care leavers", "staff")
LISTED = 3

_WORD = re.compile(r"[a-z][a-z'’-]*")
_WORK_WITH = re.compile(r"^General judgements on work with (.+)$")


def _stem(base: str) -> str:
    """What -ed and -ing join: "come" -> "com", "foster" -> "foster", "agree" -> "agree"."""
    return base[:-1] if base.endswith("e") and not base.endswith("ee") else base


def forms_of(base: str) -> set[str]:
    """The regular forms of a verb: "come" -> come, comes, coming, ...; "identify" -> identifies, identified."""
    stem = _stem(base)
    forms = {base, base + "s", base + "es", stem + "ed", stem + "ing", base + base[-1] + "ed", base + base[-1] + "ing"}
    if re.search(r"[^aeiou]y$", base):
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    return forms


def _bases(word: str) -> set[str]:
    """The verbs `word` may be a regular form of."""
    cuts = {word, word[:-1], word[:-2], word[:-3], word[:-3] + "e", word[:-2] + "e", word[:-3] + "y", word[:-4]}
    bases = {b for b in cuts if len(b) >= 3 and word in forms_of(b)}
    return {b for b in bases if b.endswith("y")} if re.search(r"[^aeiou]ie[sd]$", word) and len(word) > 5 else bases


def ing_of(base: str, written: set[str]) -> str:
    """The -ing form of a verb as the findings write it, else by the regular rule."""
    ings = sorted(f for f in forms_of(base) if f.endswith("ing"))
    return next((f for f in ings if f in written), _stem(base) + "ing")


def _share_writing(texts: list[set[str]], forms: set[str]) -> float:
    return sum(1 for words in texts if words & forms) / len(texts) if texts else 0.0


def _group(texts: list[str]) -> str | None:
    """The group of people PEOPLE of `texts` write, the most written."""
    shares = [(sum(1 for t in texts if re.search(rf"\b{g}\b", t)) / len(texts), g) for g in GROUPS] if texts else []
    best = max(shares, default=(0.0, ""))
    return best[1] if best[0] >= PEOPLE else None


def _act(covers, lowered: list[str], tagged) -> str | None:
    """The verb ACT of the theme's findings (`lowered`) write, LIFT times as often as all findings, the most written."""
    words = [set(_WORD.findall(t)) for t in lowered]
    verbs = {t.text for tokens in tagged for t in tokens if t.pos == "VERB" and t.is_alpha}
    best = (0.0, "")
    for base in sorted({b for v in verbs for b in _bases(v)}):
        share = 0.0 if base in ENGLISH_STOP_WORDS else _share_writing(words, forms_of(base))
        if share >= max(ACT, best[0]) and share > best[0] and share >= LIFT * _share_everywhere(covers, base):
            best = (share, base)
    return best[1] or None


def _share_everywhere(covers, base: str) -> float:
    """Share of all the findings writing a form of `base`, worked out once per run (`Coverage.pattern_shares`)."""
    pattern = re.compile(r"(?<![a-z'’-])(?:" + "|".join(sorted(forms_of(base))) + r")(?![a-z'’-])")
    if pattern not in covers.pattern_shares:
        hits = sum(1 for i in range(len(covers.texts)) if pattern.search(covers.lower(i)))
        covers.pattern_shares[pattern] = hits / max(len(covers.texts), 1)
    return covers.pattern_shares[pattern]


def _complements(tagged, forms: set[str]) -> tuple[Counter, Counter, int, int, int]:
    """(per finding: each "preposition noun" written after a verb form; each adjective or participle written after
    one, adverbs skipped; findings writing any such word; findings writing a form as a verb; findings writing the
    plural noun form)."""
    phrases, words, worded, verbal, nominal = Counter(), Counter(), 0, 0, 0
    for tokens in tagged:
        found_p, found_w, as_verb, as_noun = set(), set(), False, False
        for i, token in enumerate(tokens):
            if token.text not in forms:
                continue
            if token.pos in NOUN_POS:
                as_noun = as_noun or token.text.endswith("s")
                continue
            if token.pos != "VERB":
                continue
            as_verb = True
            j = i + 1
            while j < len(tokens) and tokens[j].pos == "ADV":
                j += 1
            if j < len(tokens) and tokens[j].pos == "ADP" and j + 1 < len(tokens) and tokens[j + 1].pos in NOUN_POS:
                found_p.add(f"{tokens[j].text} {tokens[j + 1].text}")
            elif j < len(tokens) and (tokens[j].pos == "ADJ"
                                      or tokens[j].pos == "VERB" and tokens[j].text.endswith("ed")):
                found_w.add(tokens[j].text)
        phrases.update(found_p)
        words.update(found_w)
        worded += bool(found_w)
        verbal += as_verb
        nominal += as_noun
    return phrases, words, worded, verbal, nominal


def act_said(covers, theme: int, label: str) -> str | None:
    """The act most of a theme's findings write said as a noun with what they write with it (see the module), for a
    theme whose label `rejected_forms.REJECTED` matches (the caller asks); None for no such act, no spaCy English
    model or nothing written with it."""
    nlp = pos_tagger()
    if nlp is None:
        return None
    rows = [int(i) for i in covers.members[theme]]
    lowered = [covers.lower(i) for i in rows]
    read = [covers.texts[i] for i in rows[:READ]]
    tagged = tagged_tokens(nlp, read)
    base = _act(covers, lowered, tagged)
    if base is None:
        return None
    forms = forms_of(base)
    acting = [t for t in lowered if set(_WORD.findall(t)) & forms]
    phrases, words, worded, verbal, nominal = _complements(tagged, forms)
    written = {w for t in acting for w in _WORD.findall(t)}
    group = _group(acting)
    if nominal > verbal:
        plural = base + "es" if base + "es" in written else base + "s"
        return capitalised(f"{plural} to {group}") if group else None
    with_act = sum(1 for t in read if set(_WORD.findall(t.lower())) & forms)
    if not with_act:
        return None
    ing = ing_of(base, written)
    top = phrases.most_common(1)
    if top and top[0][1] >= ONE * with_act:
        return capitalised(f"{group} {ing} {top[0][0]}" if group else f"{ing} {top[0][0]}")
    if len(words) >= 2 and worded >= ONE * with_act:
        listed = [w for w, _ in sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:LISTED]]
        return capitalised(f"{ing} {', '.join(listed[:-1])} and {listed[-1]}")
    return None


def group_said(covers, theme: int, label: str) -> str | None:
    """"Work with B" for "General judgements on work with A and B" nearly all of whose findings write B and fewer
    write A; None otherwise."""
    found = _WORK_WITH.match(label)
    if not found:
        return None
    named = [g.strip() for g in re.split(r",| and ", found.group(1)) if g.strip()]
    texts = [covers.lower(int(i)) for i in covers.members[theme]]
    if len(named) < 2 or not texts:
        return None
    shares = sorted(((sum(1 for t in texts if re.search(rf"\b{re.escape(g)}\b", t)) / len(texts), g) for g in named),
                    reverse=True)
    return f"Work with {shares[0][1]}" if shares[0][0] >= ALL > shares[1][0] else None
