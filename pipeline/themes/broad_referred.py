"""A listing's part that is the first piece of a field topic whose second piece refers back to it ("earlier
inspections" of "Earlier inspections and their judgements") said as that second piece of the first, when its
findings write the whole topic far more than the piece (`referred_said`, labels70, issue 16).

Read 95 (in-sample) rejected "Allegations against adults and earlier inspections" (2 of 3 readers: "allegations in
1 of 10; most are previous inspection judgements - 'The local authority was judged to be good'"). The part came
from a sub-theme named by the field topic "Earlier inspections and their judgements", cut to its first piece
because the second refers back (`broad_left_out.REFERS_BACK`). Its findings state an earlier inspection's grade;
3% write "earlier inspection", 49% a term of the whole topic ("judged"). The piece names the inspections, the
findings their judgements: said "judgements of earlier inspections", and led by it when it is the part most of its
findings write (`broad_lead.LEAD_LIFT` times the lead part's share).

    referred_said(label, covers, theme, avoid) -> label with such a part said whole, or label
"""

from __future__ import annotations

import re
from typing import Callable

from pipeline.themes.broad_lead import LEAD_LIFT, lead_rows
from pipeline.themes.broad_left_out import REFERS_BACK
from pipeline.themes.broad_shared import listing_parts
from pipeline.themes.capitals import capitalised
from pipeline.themes.field import term_pattern
from pipeline.themes.label_text import inner, joined_list
from pipeline.themes.name_checks import name_problems

# Least share of the broad theme's findings that write the whole topic's terms for the piece to be said whole: a
# reader of ten findings meets it twice or more.
WRITTEN = 1 / 5
# Least ratio of the whole topic's share to the piece's: the findings are on what the second piece names.
LIFT = 2.0
# "X and their Y" / "X and its Y": Y of X.
_REFERRED = re.compile(r"^(?P<first>.+?) and (?P<pronoun>their|its) (?P<second>[^,]+)$", re.IGNORECASE)


def _referring_topic(part: str, covers) -> tuple[str, tuple[str, ...]] | None:
    """(the piece said whole, the topic's terms) for the field topic "<part> and their|its Y"; None when `part` is
    the first piece of none."""
    for topic, terms in covers.concepts().terms.items():
        match = _REFERRED.match(topic)
        if match and match["first"].lower() == part.strip().lower():
            article = "" if match["pronoun"].lower() == "their" else "the "
            return f"{match['second']} of {article}{inner(match['first'])}", tuple(terms)
    return None


def referred_said(label: str, covers, theme: int, avoid: Callable[[str], bool] = lambda said: False) -> str:
    """A plain listing a part of which is the first piece of a field topic "X and their Y" (`_referring_topic`)
    whose terms WRITTEN of the broad theme's findings write, LIFT times as many as write the piece
    (`broad_lead.lead_rows`), with that part said "Y of X" ("earlier inspections", 3%, the topic 49% ->
    "judgements of earlier inspections"), led by it when its share is LEAD_LIFT times the lead part's. `label` for
    other forms, when no part is such a piece or its findings do not write the topic, or when the wording is to be
    avoided (avoid: whether a label may not be given)."""
    opening, parts = listing_parts(label)
    if opening or len(parts) < 2 or theme not in covers.members or not len(covers.members[theme]) \
            or any(REFERS_BACK.match(part) for part in parts):  # the topic said whole already ("X and their Y")
        return label
    texts = covers.texts_of(theme)
    shares = [float(lead_rows(covers, theme, part).mean()) for part in parts]
    for i, part in enumerate(parts):
        found = _referring_topic(part, covers)
        if found is None:
            continue
        said, terms = found
        pattern = term_pattern(terms)
        whole = sum(bool(pattern.search(text)) for text in texts) / len(texts)
        if whole < WRITTEN or whole < LIFT * shares[i]:
            continue
        new = parts[:i] + [said] + parts[i + 1:]
        if i and whole >= LEAD_LIFT * shares[0]:
            new = [said] + parts[:i] + parts[i + 1:]
        composed = capitalised(joined_list([inner(piece) for piece in new]))
        return label if avoid(composed) or name_problems([composed]) else composed
    return label
