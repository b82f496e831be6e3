"""Sub-themes of figures with no subject said by what their figures say.

"Context and statistics" (and its "further findings", and the older "Statistics, mixed topics") is the label of a
sub-theme of figures that share no subject: "This is an increase from 22 at 31 October 2015". Reads 56 and 58 judged
it meaningless or wrong ("fragments of change figures with no subject; 'context and statistics' tells nothing"),
while read 57 accepted "Statistics: changes over time and comparisons with national averages" over a broad theme of
such figures. Such a label is said the same way (`broad_figures.figure_kinds`: a change over time or a comparison
with other areas, when most of the figures say it), when that is no other theme's label.

    figures_said(labels, covers, keep, taken) -> labels with such placeholders said by what their figures say
"""

from __future__ import annotations

import re

from pipeline.themes.broad_figures import figure_kinds
from pipeline.themes.name_checks import name_problems
from pipeline.themes.vocabulary import label_key

_NO_SUBJECT = re.compile(r"^(?:Context and statistics|Statistics, mixed topics)(?:, further findings)?$")


def figures_said(labels: dict[int, str], covers, keep: set[int] = frozenset(), taken: set[str] = frozenset()
                 ) -> dict[int, str]:
    """`labels` with each label of figures with no subject said as "Statistics: <what most of them say>" when its
    findings bear one out and it is no other theme's label nor one of `taken`; other labels as they are."""
    out = dict(labels)
    for theme in sorted(labels):
        if theme in keep or not _NO_SUBJECT.match(out[theme]):
            continue
        kinds = figure_kinds(covers.texts_of(theme))
        said = f"Statistics: {kinds}"
        have = {label_key(other) for t, other in out.items() if t != theme} | {label_key(other) for other in taken}
        if kinds and label_key(said) not in have and not name_problems([said]):
            out[theme] = said
    return out
