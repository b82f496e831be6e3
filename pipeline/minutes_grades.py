"""An area of the inspection and its grade set out as a line of minutes (issue 15; forty-third session, furniture66).

Minutes list the inspection's judgements one area a line, in the council's own words for the areas and with a colon,
a dash or a table bar before the grade: "Leadership: Outstanding", "Leaders – Requires Improvement", "The experiences
and progress of care leavers - good". The judgement table's own rows (pipeline.furniture.TABLE_ROW_PATTERN) name the
areas in the framework's words, so a short line such as "Leadership: Outstanding" was cut as too short to stand
alone, and the last line of such a list, alone above a lead-in, was read as a heading: the lead's held-out read of the
forty-second session found lists of grades cut as furniture (class 8). pipeline.segment keeps such a line in minutes
as the finding it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.judged_areas import GRADE_ALONE

# An area's name: up to twelve words with no sentence in them, naming an area the frameworks judge.
_AREA_WORDS = (r"overall|effectiveness|help|protection|children|care|leavers?|looked|leaders(?:hip)?|management|"
               r"governance|adoption|permanence|fostering|experiences|progress|impact|lscb|safeguarding")
_GRADE = r"outstanding|good|requires? improvement(?: to be good)?|inadequate|adequate"
AREA_AND_GRADE = re.compile(
    rf"^[\s|·•*-]*(?:the )?(?=[^.!?:;|–—]*\b(?:{_AREA_WORDS})\b)[A-Za-z][\w’',& ()/-]{{1,110}}?\s*"
    rf"(?:[:|–—]|\s-)\s*(?:{_GRADE})\s*[.;]?\s*$", re.I)


def area_and_grade(piece: str) -> bool:
    """Whether a line of minutes is a judged area and its grade, with nothing else."""
    flat = " ".join(piece.split())
    return len(flat.split()) <= 16 and AREA_AND_GRADE.match(flat) is not None



def joined_grade_rows(text: str, blocks: list, is_row) -> list:
    """blocks (pipeline.structure.Block) with an area's name that stands as a heading and its grade alone in the
    next block ("Children looked after and achieving permanence" / "Requires improvement": a table's two cells on
    lines of their own) joined into one paragraph block, when `is_row` reads the two together as a judged area and
    its grade (the lead's set Y42: the row was lost, its name taken for a section and its grade for the heading's)."""
    joined, skip = [], False
    for at, block in enumerate(blocks):
        if skip:
            skip = False
            continue
        after = blocks[at + 1] if at + 1 < len(blocks) else None
        if block.kind == "heading" and after is not None and after.kind == "grade" \
                and GRADE_ALONE.match(text[after.start:after.end]) and is_row(text[block.start:after.end]):
            joined.append(replace(block, end=after.end, kind="paragraph"))
            skip = True
            continue
        joined.append(block)
    return joined
