"""What the parts of a broad theme's label stand on: the share of the broad theme's own findings that write each part.

A broad label is read over ten of the broad theme's findings, not over its sub-themes' labels. A part of it that
few of those findings write ("houses of multiple occupation" over 6% of a broad theme whose sub-theme of that name
holds 18% of it; "scrutiny" of a field topic's label "Senior leadership and scrutiny" over 1% of it) is absent from
what a reader finds (read 31), so a broad label names a part only when at least `naming.BROAD_PART` of its findings
write it:

    part_share(covers, theme, part) -> share of the theme's findings that write `part`
    own_label_stands(covers, theme, label) -> whether every part of a broad theme's own label stands on its findings
"""

from __future__ import annotations

import re

import numpy as np

from pipeline.themes.fallback_names import _is_topic
from pipeline.themes.field import term_pattern

# Least share of a broad theme's findings that must write one part of its label (the same tenth a further part of a
# broad label must add: `naming.BROAD_PART`).
PART_FLOOR = 0.1

STATISTICS_ON = re.compile(r"^Statistics on ", re.IGNORECASE)


def part_share(covers, theme: int, part: str) -> float:
    """Share of the theme's findings (a `naming.Coverage`) that write `part` (`part_uses`)."""
    uses = part_uses(covers, theme, part)
    return float(uses.mean()) if len(uses) else 0.0


def part_uses(covers, theme: int, part: str) -> np.ndarray:
    """Which of the theme's findings (a `naming.Coverage`) write `part`: a part that is, or begins, the label of a
    field topic (`concepts`: "Where children live"; "Court work" of "Court work and care proceedings") or of a field
    theme (`field_themes.csv`: "Workforce churn") by any of its words, as the label was given; any other part as
    written (all its content words, `Coverage.of`); a part "Statistics on X" by X."""
    part = STATISTICS_ON.sub("", part).strip()
    rows = covers.members[theme]
    if not part or not len(rows):
        return np.zeros(len(rows), dtype=bool)
    concepts = covers.concepts()
    topic = next((label for label in concepts.labels if _begins(label.lower(), part.lower())), None)
    if topic is not None:  # counted as the topic is, without the phrases that are not it
        return concepts.uses[rows, concepts.labels.index(topic)].astype(bool)
    terms = _field_terms(part.lower())
    if terms:
        pattern = term_pattern(terms)
        return np.array([bool(pattern.search(covers.texts[i])) for i in rows], dtype=bool)
    return covers.of(theme, part.lower())


def _begins(label: str, part: str) -> bool:
    """Whether `part` is `label` or its first part ("court work" of "court work and care proceedings")."""
    return label == part or (label.startswith(part) and re.match(r", | and ", label[len(part):]) is not None)


def _field_terms(part: str) -> tuple[str, ...]:
    """The words of the field theme (`field_themes.csv`) whose label `part` (lower case) is or begins, or ()."""
    from pipeline.themes.field import read_field_themes

    return next((tuple(theme.terms) for theme in read_field_themes() if _begins(theme.label.lower(), part)), ())


def label_parts(label: str) -> list[str]:
    """The parts a label lists ("Senior leadership and scrutiny" -> "Senior leadership", "scrutiny"), without a
    "Statistics on" or "Mixed findings: " lead."""
    text = re.sub(r"^(?:Mixed findings|Statistics)(?::\s*|, (?:some|mostly) on )", "", label)
    text = STATISTICS_ON.sub("", text)
    return [part for part in re.split(r", | and ", text) if part.strip()]


def own_label_stands(covers, theme: int, label: str) -> bool:
    """Whether a broad theme's own topic label names only parts its findings write: each part at least PART_FLOOR
    of them as written, or, for a part of the label of a field topic, its last word ("Court work" of "Court work and
    care proceedings" by "work"; "scrutiny" of "Senior leadership and scrutiny" over 1 finding in 140 stands on
    nothing), and none a kind of its first word that the theme's uses of that word mostly are not (`_other_sense`).
    A label that is a field topic's whole label of one part stands on the topic's words; a mixed label is
    judged elsewhere."""
    if not _is_topic(label) or label.endswith((", various aspects", ", further findings")):
        return True
    parts = label_parts(label)
    if len(parts) < 2:
        return True
    concepts = covers.concepts()
    topic = any(name.lower() == label.lower() for name in concepts.labels)
    for part in parts:
        if _other_sense(covers, theme, part):
            return False
        if covers.share(theme, part.lower()) >= PART_FLOOR:
            continue
        head = part.split()[-1].lower()
        if topic and covers.share(theme, head) >= PART_FLOOR:
            continue
        return False
    return True


# Least share of a theme's findings that use a part's first word, and the most of those uses the part may hold, for
# the part to name another kind of that word than the theme's (`_other_sense`).
WORD_SHARE = 0.4
KIND_OF_USES = 0.5


def _other_sense(covers, theme: int, part: str) -> bool:
    """Whether a part of several words names a kind of its first word that fewer than KIND_OF_USES of the theme's
    uses of the word are, the word being used by WORD_SHARE of its findings or more (read 31: "Missing education",
    16% of a broad theme 52% of whose findings say "missing", of children missing from home or care); never by a word
    of the people served ("children looked after")."""
    from pipeline.themes.vocabulary import _POPULATION, DOMAIN_STOP_WORDS, fold

    words = part.lower().split()
    if len(words) < 2 or fold(words[0]) in _POPULATION | DOMAIN_STOP_WORDS or words[0] in _POPULATION:
        return False
    word = covers.share(theme, words[0])
    return word >= WORD_SHARE and covers.share(theme, part.lower()) < KIND_OF_USES * word
