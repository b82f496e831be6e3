"""A sub-theme label cut before its object, said with the object its findings write after it (issue 16).

A phrase the namer picks may be, where the findings write it, only the first half of a longer one: "children in need"
written as "children in need of help and protection" (the inspection framework's words for children who need help).
Cut there, it names something else - the statutory group "children in need" - and blind read 88 (tuning) rejected
'Children in need' over findings most of which say children get "the help they need": 23% of that theme's findings
(mixture 9741, tuning) write "children in need", 92% of those go on "of help and protection", and 84% write "help".

So a label of one phrase of two words or more (no listing, no "X, ..." form) whose findings write it followed by "of" in
OF_SHARE of their uses (FLOOR of the theme's findings at least writing it) is said with the object most of those uses
write after "of" - its first word, or "A and B" when OBJECT_SHARE of them write the pair ("Children in need of help and
protection") - when that object is written by OBJECT_SHARE of the uses with "of", the new label passes the label checks
and no other theme (nor a broad theme) has it. A phrase written on its own in most uses ("children in need" as a
group of children) stays. Membership never changes.

    objects_said(labels, covers, keep, taken) -> labels cut before their object said with it
"""

from __future__ import annotations

import re
from collections import Counter

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.themes.fallback_names import FLOOR
from pipeline.themes.siblings import each_relabelled

# Least share of a label's uses in its theme that go on with "of": the phrase is mostly the head of a longer one.
OF_SHARE = 2 / 3
# Least share of those uses that write the one object said after "of".
OBJECT_SHARE = 1 / 2

_PLAIN = re.compile(r"^[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){1,3}$")


def _uses(texts: list[str], label: str) -> tuple[int, int, list[str]]:
    """(texts writing `label`, texts writing it followed by "of", the object each of those writes: "help and
    protection", or its first word when no "and" pair follows)."""
    shown = r"[\s-]+".join(re.escape(w) for w in label.lower().replace("’", "'").split())
    pattern = re.compile(r"(?<![a-z])" + shown + r"(?![a-z'-])(\s+of\s+([a-z][a-z-]*)(?:\s+and\s+([a-z][a-z-]*))?)?")
    writing = with_of = 0
    objects: list[str] = []
    for text in texts:
        matches = list(pattern.finditer(text.lower().replace("’", "'")))
        if not matches:
            continue
        writing += 1
        ofs = [m for m in matches if m.group(1) and m.group(2) not in ENGLISH_STOP_WORDS]
        if ofs:
            with_of += 1
            first, second = ofs[0].group(2), ofs[0].group(3)
            objects.append(f"{first} and {second}" if second and second not in ENGLISH_STOP_WORDS else first)
    return writing, with_of, objects


def object_of(texts: list[str], label: str) -> str | None:
    """`label` with the object its uses in `texts` write after "of" (see the module), or None."""
    if not _PLAIN.match(label) or " and " in label.lower():
        return None
    writing, with_of, objects = _uses(texts, label)
    if not texts or writing < FLOOR * len(texts) or with_of < OF_SHARE * writing:
        return None
    pairs = Counter(objects)
    firsts = Counter(obj.split(" and ")[0] for obj in objects)
    pair, n_pair = pairs.most_common(1)[0]
    if " and " in pair and n_pair >= OBJECT_SHARE * with_of:
        return f"{label} of {pair}"
    first, n_first = firsts.most_common(1)[0]
    return f"{label} of {first}" if n_first >= OBJECT_SHARE * with_of else None


def objects_said(labels: dict[int, str], covers, keep: set[int] = frozenset(),
                 taken: set[str] = frozenset()) -> dict[int, str]:
    """`labels` (sub-themes) with each label cut before its object said with it (`object_of`), when free and passing
    the label checks; keep: themes whose labels stay (the field themes'); taken: labels no sub-theme may have."""
    return each_relabelled(labels, covers, lambda c, theme, label: object_of(c.texts_of(theme), label), keep, taken)
