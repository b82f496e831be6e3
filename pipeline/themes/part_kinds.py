"""A sub-theme named by one kind of a thing most of its findings write about, said by the kinds they name.

Blind read 38 judged labels that name a part as the whole wrong ("Emergency duty team" over findings nearly all on
teams, three in ten on the emergency duty team; read 70 "Leadership team" over findings 85% on teams, 32% on
leadership teams, "teams in general"). When a label of one phrase is written by fewer than PART_SHARE of its findings
while its head word is written by HEAD_SHARE of them (HEAD_LIFT times as often as all findings), and
the run's findings that write the head write it in the plural in FLOOR of cases (a thing of several kinds - teams -,
not a mass noun - planning, provision - whose kinds read as nothing: "Care, contingency and other plannings"), the
kinds its findings name say it ("Duty, specialist and other teams", `word_kinds.kinds_named`). A label written by
half its findings or more, or whose head most do not write, stays.

    part_kinds(labels, covers, keep) -> labels with such parts said by their kinds
"""

from __future__ import annotations

import re

from pipeline.themes.broad_parts import HEAD_LIFT
from pipeline.themes.fallback_names import DOMINANT_SHARE, FLOOR
from pipeline.themes.label_text import is_topic
from pipeline.themes.vocabulary import label_key
from pipeline.themes.whole_topic import COVERAGE, MIXED, first_free
from pipeline.themes.word_kinds import kinds_named

PART_SHARE = DOMINANT_SHARE  # a label its findings write less often than this names a part of them
# Least share of the theme's findings that write the head for the label to name a part of them: most of them, not
# nearly all (`mixed_heads.ALL_SHARE`): read 70 judged "Leadership team" wrong over findings 85% on teams, 32% on that
# kind; a reader of ten meets one or two that write no "team" and still reads the label as naming one kind of many.
HEAD_SHARE = 0.8


def plural_share(covers, head: str) -> float:
    """Share of the run's findings that write `head` in either number that write it in the plural ("teams")."""
    plural = head[:-1] + "ies" if re.search(r"[^aeiou]y$", head) else \
        head + ("es" if head.endswith(("s", "x", "ch", "sh")) else "s")
    singular = re.compile(r"(?<![a-z])" + re.escape(head) + r"(?![a-z])")
    plurals = re.compile(r"(?<![a-z])" + re.escape(plural) + r"(?![a-z])")
    found = [covers.lower(int(i)) for i in covers.using(head)]
    many = sum(1 for text in found if plurals.search(text))
    one = sum(1 for text in found if singular.search(text))
    return many / (many + one) if many + one else 0.0


def part_of_kinds(covers, theme: int, label: str) -> str | None:
    """The kinds of the label's head its findings name, when the label names a part of them (see the module); None
    otherwise."""
    if MIXED.match(label) or label.startswith("Statistics") or re.search(r", | and ", label) \
            or not is_topic(label) or len(label.split()) < 2 or len(covers.members.get(theme, ())) < 5:
        return None
    head = re.findall(r"[A-Za-z][A-Za-z'’-]*", label)[-1].lower()
    if head.endswith("s") or covers.share(theme, label.lower()) >= PART_SHARE:
        return None  # a head already plural names kinds itself ("Risk assessments")
    share = covers.share(theme, head)
    if share < HEAD_SHARE or share < HEAD_LIFT * covers.share_all(head) or plural_share(covers, head) < FLOOR:
        return None
    return kinds_named(covers.texts_of(theme), head, frame=True, one=COVERAGE, nouns_only=True)


def part_kinds(labels: dict[int, str], covers, keep: set[int] = frozenset()) -> dict[int, str]:
    """Sub-theme labels (theme -> label), each that names a part of what its findings nearly all write about
    (`part_of_kinds`) said by the kinds they name, when no other label has it and it passes the name checks.
    covers: a Coverage of the sub-themes (`coverage.Coverage`); keep: themes whose labels stay (the field themes')."""
    out = dict(labels)
    have = {label_key(label) for label in out.values()}
    for theme in sorted(labels):
        said = None if theme in keep else part_of_kinds(covers, theme, labels[theme])
        if said:
            text = first_free([said], labels[theme], have)
            if text:
                out[theme] = text
    return out
