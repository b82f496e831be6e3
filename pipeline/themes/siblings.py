"""What the placeholder passes (`head_kinds`, `term_part`, `judged_aspects`, `judged_subjects`) share: the texts of a
sub-theme's siblings (the other sub-themes of its broad theme), the share of texts a pattern matches, and a new label
given only when it is free and passes the label checks.

    sibling_texts(labels, covers, parents, theme) -> the texts of the theme's siblings, in theme order
    share_matching(pattern, texts) -> share of texts the pattern matches (0.0 for none)
    relabelled(out, theme, said, taken, texts) -> whether `said` was given to `theme` in `out`
    each_relabelled(labels, covers, say, keep, taken, least) -> `labels` with what `say` says of each theme given
"""

from __future__ import annotations

import re

from pipeline.themes.name_checks import name_problems
from pipeline.themes.vocabulary import label_key


def sibling_texts(labels: dict[int, str], covers, parents: dict[int, int], theme: int) -> list[str]:
    """The texts of the sub-themes under the same broad theme as `theme` (parents: sub-theme -> broad theme)."""
    return [text for other in sorted(labels) if other != theme and parents.get(other) == parents.get(theme)
            for text in covers.texts_of(other)]


def share_matching(pattern: re.Pattern, texts: list[str]) -> float:
    return sum(1 for text in texts if pattern.search(text)) / len(texts) if texts else 0.0


def relabelled(out: dict[int, str], theme: int, said: str, taken: set[str], texts: list[str]) -> bool:
    """Give `said` to `theme` in `out` when no other theme (nor `taken`) has it and it passes the label checks."""
    have = {label_key(other) for t, other in out.items() if t != theme} | {label_key(other) for other in taken}
    if label_key(said) in have or name_problems([said], texts):
        return False
    out[theme] = said
    return True


def each_relabelled(labels: dict[int, str], covers, say, keep: set[int] = frozenset(),
                    taken: set[str] = frozenset(), least: int = 5) -> dict[int, str]:
    """`labels` with each theme's label given what `say(covers, theme, label)` says of it, when it says something
    (`relabelled`); others as they are. keep: themes whose labels stay (the field themes'); taken: labels no
    sub-theme may be given; least: themes of fewer findings keep their labels."""
    out = dict(labels)
    for theme in sorted(labels):
        said = None if theme in keep or (least and len(covers.members.get(theme, ())) < least) \
            else say(covers, theme, labels[theme])
        if said:
            relabelled(out, theme, said, taken, covers.texts_of(theme))
    return out
