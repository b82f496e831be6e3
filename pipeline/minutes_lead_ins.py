"""A list's lead-in in minutes whose list is not on the page: furniture (issue 15; forty-second session,
furniture64).

A stored minutes page may stop short ("Members raised the following points:" and nothing after; the page's text was
cut where the page opening ended), or a lead-in may stand straight before a resolution or the next item. A lead-in
the rules keep because it judges ("The main concerns raised by members were:", pipeline.furniture.JUDGED_LEAD_IN)
then says nothing by itself: what was raised is in the list that is missing. Only a grade given in it ("Services were
judged inadequate, with the areas graded as follows:") still says something, and stays.
"""

from __future__ import annotations

import re

from pipeline.furniture import CUT_LEAD_IN, GRADE_GIVEN

LEAD_IN_END = re.compile(r":[-–]?\s*$")
# What cannot be an item of the list: a resolution, the "Minutes:" or "Decision:" label of the next part.
NOT_AN_ITEM = re.compile(r"^\W*(?:resolved|agreed|decisions?\s*:|minutes\s*:|recommendations?\s*:)", re.I)


def cut_off_lead_ins(rows: list[dict]) -> list[dict]:
    """Rows (a minutes page's segments, in page order) where a kept lead-in with no list after it - the last row of
    the page, or followed by a resolution, a label or a row under another item's title - is CUT_LEAD_IN."""
    out = []
    for k, row in enumerate(rows):
        following = rows[k + 1] if k + 1 < len(rows) else None
        cut = following is None or following["section"] != row["section"] or \
            NOT_AN_ITEM.match(str(following["text"])) is not None
        if not row["reason"] and cut and LEAD_IN_END.search(str(row["text"])) and not GRADE_GIVEN.search(row["text"]):
            row = {**row, "reason": CUT_LEAD_IN}
        out.append(row)
    return out
