"""Recommendations made to the Local Safeguarding Children Board, and whether a next report reviews the Board.

An inspection of the 2013-2018 single inspection framework (SIF) reviewed the area's Local Safeguarding Children Board
(LSCB) beside the local authority: the Board's part of the report grades the Board and lists what the Board needs to
improve ("Ensure that all partner agencies attend Board meetings regularly"). LSCBs gave way to safeguarding
partnerships in 2019 and reports of later frameworks (ILACS) review no Board, so such a report cannot say how a
Board recommendation went: lines of it on other matters (strategy meetings, a front door team) are no evidence, and
the tracker gives the recommendation "not mentioned" with the reason (NOT_REVIEWED).

A report has a Board part when its own judgements grade the Board (an area naming it) and a heading naming the Board
follows its first recommendation: the local authority's list comes first, the Board's part, with its own list, after
it. A recommendation at or after that heading is the Board's. A recommendation of the local authority's list that
names the Board ("Review the data provided to the Safeguarding Children Board") stays the authority's: the next
framework inspects what the authority does. A next report reviews the Board when its judgements grade the Board or a
heading of it names the Board.
"""

from __future__ import annotations

import re

import pandas as pd

BOARD_NAME = re.compile(r"\bsafeguarding\s+children(?:['’]?s)?\s+board\b|\bLSCBs?\b", re.IGNORECASE)
NOT_REVIEWED = "next framework does not review the Board"
# A heading: one line standing alone between blank lines, short, not a sentence (no closing full stop), not a list
# item (a paragraph number or a bullet glyph) and not a contents line (ending in a page number).
_HEADING_MAX = 100
_LIST_ITEM = re.compile(r"^\s*(?:\d+[.)]|[^\w\s('‘\"“])")


def board_headings(text: str) -> list[int]:
    """Start offsets of the headings of `text` that name the Board (BOARD_NAME), in order."""
    starts = []
    for match in re.finditer(r"(?:^|\n[ \t]*\n)([^\n]+)(?=\n[ \t]*\n|\n?\Z)", text):
        line = match.group(1).strip()
        if (len(line) <= _HEADING_MAX and not line.endswith(".") and not _LIST_ITEM.match(line)
                and not re.search(r"\s\d+$", line) and BOARD_NAME.search(line)):
            starts.append(match.start(1))
    return starts


def grades_board(areas) -> bool:
    """Whether judgement areas (a report's own) include one naming the Board."""
    return any(BOARD_NAME.search(str(area)) for area in areas)


def board_part_start(text: str, areas, first_rec: int) -> int | None:
    """Where a report's Board part starts: its first heading naming the Board at or after its first recommendation
    (`first_rec`, an offset), when its judgements (`areas`) grade the Board; None when it has no Board part."""
    if not grades_board(areas):
        return None
    return next((start for start in board_headings(text) if start >= first_rec), None)


def board_recommendations(recs: pd.DataFrame, starts: dict, text: str, areas) -> set:
    """rec_ids of one report's recommendations (`recs`: rec_id, finding_id) that sit in its Board part; `starts`:
    finding_id -> start offset of the recommendation's first finding."""
    offsets = {rec: starts.get(fid) for rec, fid in zip(recs["rec_id"], recs["finding_id"])}
    known = [o for o in offsets.values() if o is not None]
    if not known:
        return set()
    begin = board_part_start(text, areas, min(known))
    if begin is None:
        return set()
    return {rec for rec, offset in offsets.items() if offset is not None and offset >= begin}


def reviews_board(text: str, areas) -> bool:
    """Whether a report reviews the Board: its judgements grade it, or a heading of it names it."""
    return grades_board(areas) or bool(board_headings(text))
