"""Every part a broad label lists is borne out whole by a fair share of its findings, and none is one council's own
name (`parts_fairly_borne`).

Reads 62, 64 and 65 (twenty-ninth session) judged wrong broad listings with a part few of their findings are on:
"Care leavers and health histories" (4 in 100 write "health histories"), "Home education and education" ("home"
of children missing from home), "Personal advisors and care experienced young people", "Information, agency
decision-maker and panel"; and one that names one council's own arrangement, "Tri-borough partnership and
multi-agency working" ("no tri-borough findings"). `broad_borne.part_borne` counts a finding that writes any one
word of such a part as bearing it ("health", "home", "personal"), so each passed its check. Here a part of two words
or more (people words aside) is borne by the findings that write it whole or by a term of the field topic it
names (`whole_rows`), or by the sub-themes whose labels name it whole (`held_share`); a part with one such word is
left to `broad_borne`.

What an unborne part becomes was weighed against read 65, which rejected broad37's rewordings of the same fault:
"Mixed findings, one in six on early help", a cut piece of a sub-theme's label ("Its sub-groups and challenge"), a
part left out ("Information and panel", "two generic words"). So an unborne part gives way to a whole topic of its
sub-themes' labels that is borne out; a listing of two whose other part is said whole by a field topic most of its
findings write is said by that topic ("Care leavers and health histories" -> "Support for care leavers"); else the
part gives way to the field topic a fifth of its findings write. A listing most of whose parts are unborne (a
grab-bag whose readers accepted its listing: "Early help, general judgements on work with children and senior
leadership") and one with a part that has nothing to give way to stay as they are. A council's own name gives way to
what is left of the part without it ("Tri-borough partnership" -> "Partnership").
"""

from __future__ import annotations

import re
from typing import Callable

import numpy as np

from pipeline.themes.broad_borne import (BORNE, FIGURE_KINDS, KINDS, PLAIN, cut_of_pair, part_borne, terms_of_own,
                                        whole_terms)
from pipeline.themes.broad_names import part_stems
from pipeline.themes.broad_parts import label_parts
from pipeline.themes.capitals import capitalised
from pipeline.themes.field import term_pattern
from pipeline.themes.label_text import inner, joined_list, listed_text
from pipeline.themes.name_checks import name_problems
from pipeline.themes.vocabulary import DETERMINERS, JOINING, POPULATION, fold, place_words, stem_of

# Least share of a broad theme's findings that its sub-themes whose labels name a part whole must hold for the part to
# be borne by them when fewer than BORNE of its findings write it: a reader of ten of its findings meets that
# sub-theme's subject about twice (read 64: "Health histories" 13% of its broad theme and "Home education" 11%, both
# judged absent; read 65: "General judgements on work with children" 21%, "Learning reviews" 24%, judged present).
HELD = 1 / 5
# A partnership of named councils ("Tri-borough partnership", "bi-borough services"): one or two councils' own
# arrangement, which a reader of other councils' findings never meets.
LOCAL_NAME = re.compile(r"\b(?:bi|tri|quad|two|three|four)[- ]?boroughs?\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# a word a listed topic never opens with: what it points back to is in the sub-theme's label, not in the piece
_POINTING = DETERMINERS | {"this", "these", "those", "his", "her", "our", "other", "further", "various"}


def content_words(part: str) -> list[str]:
    """The words of `part` that name a thing, hyphenated words apart ("multi-agency working" -> multi, agency,
    working): people words and joining words aside."""
    words = [w for word in _WORD.findall(part) for w in word.split("-") if w]
    return [w for w in words if fold(w) not in POPULATION | JOINING and w.lower() not in POPULATION | JOINING]


def local_name(part: str) -> bool:
    """Whether `part` names one council's own arrangement ("Tri-borough partnership") or place ("practice in
    Leeds": a place's name, capitalised after the part's first word, where a word of the field is not)."""
    places = place_words()
    return bool(LOCAL_NAME.search(part)) \
        or any(word[:1].isupper() and word.lower() in places for word in _WORD.findall(part)[1:])


def _whole_pattern(part: str) -> re.Pattern:
    """A part's content words in order, each by its stem in any form, with at most one other word between two of
    them ("return interview" in "return home interviews", "placed for adoption")."""
    stems = [re.escape(stem_of(fold(w.lower()))) + r"[a-z'’]*" for w in content_words(part)]
    return re.compile(r"(?<![a-z])" + r"[\s-]+(?:[a-z'’]+[\s-]+)?".join(stems), re.IGNORECASE)


def whole_rows(covers, theme: int, part: str) -> np.ndarray:
    """(n members of `theme`,) bool: which of its findings bear `part` out whole: that write its content words in
    order (`_whole_pattern`), or the abbreviation of a glossary term that holds them all ("MASH" for "safeguarding
    hub"), or a term of the field topic it names (as `broad_borne.borne_rows` reads one)."""
    from pipeline.themes.named_parts import known_terms

    rows = np.zeros(len(covers.members[theme]), dtype=bool)
    for piece in part.split(" and "):  # "timeliness and plans": either thing it joins
        words = content_words(piece)
        if not words:
            continue
        forms = [_whole_pattern(piece).pattern]
        needed = {stem_of(fold(w.lower())) for w in words}
        forms += [r"(?<![A-Za-z])" + re.escape(a.upper()) + r"s?(?![A-Za-z])"
                  for a, expansion in covers.expansions.items() if needed <= expansion]
        terms = whole_terms(piece, covers)
        if terms is None:
            known = known_terms(piece, covers)
            terms = terms_of_own(known, [w.lower() for w in words]) if known else None
        pattern = re.compile("|".join(forms), re.IGNORECASE)
        found = term_pattern(terms) if terms else None
        rows |= np.array([bool(pattern.search(covers.texts[int(i)]))
                          or bool(found and found.search(covers.texts[int(i)])) for i in covers.members[theme]],
                         dtype=bool)
    return rows


def held_share(part: str, children: list[tuple[str, int]]) -> float:
    """Share of the broad theme's findings held by the sub-themes whose labels name `part` whole (all its content
    words, by stem). children: (label, size) of its sub-themes."""
    total = sum(size for _, size in children)
    needed = {stem_of(fold(w.lower())) for w in content_words(part)}
    if not total or not needed:
        return 0.0
    held = 0.0
    for child, size in children:
        pieces = _pieces(child)
        naming = [piece for piece in pieces if needed <= {stem_of(fold(w.lower())) for w in content_words(piece)}]
        if naming:
            held += size
    return held / total


def fairly_borne(covers, theme: int, part: str, children: list[tuple[str, int]]) -> bool:
    """Whether `part` may stay in the broad theme's label: not a council's own name, and, when it has two content
    words or more, written whole by BORNE of its findings (`whole_rows`) or named whole by sub-themes holding HELD of
    them (`held_share`); a part of one content word is left to `broad_borne.part_borne`."""
    if local_name(part):
        return False
    if sum(len(content_words(piece)) > 1 for piece in part.split(" and ")) == 0:
        return True
    rows = whole_rows(covers, theme, part)
    return (float(rows.mean()) if len(rows) else 0.0) >= BORNE or held_share(part, children) >= HELD


def _pieces(child: str) -> list[str]:
    """The topics a sub-theme's label names ("Safeguarding board and its sub-groups" -> "Safeguarding board",
    "its sub-groups"; "Mixed findings: A, B and C" -> A, B, C)."""
    pieces = []
    for item in re.split(r", including |, ", listed_text(child)):
        joined = item.split(" and ")
        # "voice and participation of children": one topic whose words after "of" are said of both
        pieces += [item] if len(joined) == 2 and " of " in joined[1] and " " not in joined[0].strip() else joined
    return [piece.strip() for piece in pieces if piece.strip()]


def said_whole(piece: str) -> bool:
    """Whether a piece of a sub-theme's label is a topic said whole: not opening with a word that points back to
    the rest of the label ("its sub-groups", "their judgements"), and no name problem when said on its own."""
    words = _WORD.findall(piece)
    return bool(words) and words[0].lower() not in _POINTING and not name_problems([capitalised(piece)])


def _instead(covers, theme: int, part: str, kept: list[str], children: list[tuple[str, int]]) -> str:
    """What an unborne `part` gives way to: a council's own name without its local word when what is left is a
    topic ("Tri-borough partnership" -> "Partnership"), else the whole topic of its sub-themes' labels (largest
    sub-theme first, each holding BORNE of it) that says nothing `kept` says and is borne out; "" when none is."""
    seen = set().union(*(part_stems(other) for other in kept)) if kept else set()
    options = []
    if local_name(part):
        bare = LOCAL_NAME.sub("", part)
        bare = " ".join(w for w in bare.split() if w.lower() not in place_words())
        options.append(capitalised(bare.strip()))
    total = sum(size for _, size in children)
    for child, size in sorted(children, key=lambda item: -item[1]):
        if size >= BORNE * total and not cut_of_pair(covers, theme, child):  # no "Brothers" of "Brothers and sisters"
            options += _pieces(child)
    for option in options:
        stems = part_stems(option)
        if not option or not stems or stems & seen or option.lower() == part.lower() or local_name(option) \
                or " and " in option or not said_whole(option) or not content_words(option):
            continue
        if fairly_borne(covers, theme, option, children) and _share(covers, theme, option) >= BORNE:
            return option
    return ""


def _field_topics(covers, theme: int) -> list[tuple[float, str]]:
    """(share, label) of the field topics whose terms HELD of the theme's findings write, the most written first;
    none whose label points back ("... and its sub-groups")."""
    texts = covers.texts_of(theme)
    written = []
    for topic, terms in covers.concepts().terms.items():
        if not said_whole(topic) or set(_WORD.findall(topic.lower())) & _POINTING:
            continue
        pattern = term_pattern(terms)
        share = sum(bool(pattern.search(text)) for text in texts) / max(len(texts), 1)
        if share >= HELD:
            written.append((share, topic))
    return sorted(written, key=lambda item: (-item[0], item[1]))


def _field_instead(covers, theme: int, part: str, kept: list[str]) -> str:
    """The field topic most written (`_field_topics`) that says nothing `kept` says, for an unborne `part` no topic
    of its sub-themes stands in for; "" when none is."""
    seen = set().union(*(part_stems(other) for other in kept)) if kept else set()
    # one that lists things itself ("Education, employment and training") would run into the listing
    return next((topic for _, topic in _field_topics(covers, theme) if not part_stems(topic) & seen
                 and topic.lower() != part.lower() and not re.search(r",| and ", topic)), "")


def field_whole(covers, theme: int, part: str) -> str:
    """The field topic that says `part` with more words ("Support for care leavers" for "Care leavers") and whose
    terms PLAIN of the theme's findings write: what a listing of `part` and an unborne part is about; "" when none."""
    stems = part_stems(part)
    return next((topic for share, topic in _field_topics(covers, theme)
                 if share >= PLAIN and stems <= part_stems(topic) and part_stems(topic) - stems), "")


def _share(covers, theme: int, part: str) -> float:
    """Share of the theme's findings that bear `part` out: whole when it has two content words or more, else by
    `broad_borne.part_borne`."""
    if sum(len(content_words(piece)) > 1 for piece in part.split(" and ")) == 0:
        return part_borne(covers, theme, part, [])
    rows = whole_rows(covers, theme, part)
    return float(rows.mean()) if len(rows) else 0.0


def parts_fairly_borne(label: str, covers, theme: int, children: list[tuple[str, int]],
                       avoid: Callable[[str], bool] = lambda said: False) -> str:
    """`label` ("A and B", "A, B and C", "Statistics on A and B") with each part that is not `fairly_borne` said by
    what it gives way to (`_instead`: "Tri-borough partnership and multi-agency working" -> "Partnership and
    multi-agency working"), a listing of two by the field topic that says its borne part whole (`field_whole`), or
    the part by the field topic most written (`_field_instead`); `label` as it is when most of its parts are unborne
    (none of them a council's own name),
    when an unborne part has nothing to give way to (read 65 judged "Information and panel", a part left out of
    "Information, agency decision-maker and panel", two generic words), or when the new label is to be avoided.
    children: (label, size) of its sub-themes; avoid: whether a label may not be given."""
    if KINDS.match(label) or FIGURE_KINDS.match(label):
        return label
    opening, parts = label_parts(label)
    statistics = re.match(r"Statistics on (.+)$", label)
    if statistics:
        opening, parts = "Statistics on ", label_parts(capitalised(statistics.group(1)))[1]
    if len(parts) < 2 or opening.startswith("Mixed findings"):
        return label
    short = [part for part in parts if not fairly_borne(covers, theme, part, children)]
    if not short or (len(short) > len(parts) / 2 and not any(local_name(part) for part in short)):
        return label  # a grab-bag whose listing a swap of parts would not mend
    kept = list(parts)
    for i, part in enumerate(parts):
        if part not in short:
            continue
        kept[i] = _instead(covers, theme, part, [p for j, p in enumerate(kept) if j != i and p], children)
    if not all(kept) and len(parts) == 2 and not opening:
        # the one part borne said by the field topic most of its findings write that says it whole (read 64, "Care
        # leavers and health histories": "all about care leavers; general care leaver support")
        whole = field_whole(covers, theme, next(part for part in kept if part))
        if whole and not avoid(whole) and not name_problems([whole]):
            return whole
    for i, part in enumerate(kept):
        if not part:
            kept[i] = _field_instead(covers, theme, parts[i], [p for j, p in enumerate(kept) if j != i and p])
    if not all(kept):
        return label
    text = joined_list([inner(part) for part in kept])
    said = opening + text if opening else capitalised(text)
    return label if avoid(said) or name_problems([said]) else said
