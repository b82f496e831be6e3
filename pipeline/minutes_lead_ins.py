"""A list's lead-in in minutes whose list is not on the page: furniture (issue 15; forty-second session,
furniture64).

A stored minutes page may stop short ("Members raised the following points:" and nothing after; the page's text was
cut where the page opening ended), or a lead-in may stand straight before a resolution or the next item. A lead-in
the rules keep because it judges ("The main concerns raised by members were:", pipeline.furniture.JUDGED_LEAD_IN)
then says nothing by itself: what was raised is in the list that is missing. Only a grade given in it ("Services were
judged inadequate, with the areas graded as follows:") still says something, and stays.

It also holds a paper's covering lead-in (COVERING_INTRO, furniture69), under which pipeline.segment reads list items
that only name a topic as the paper's contents.
"""

from __future__ import annotations

import re

from pipeline.furniture import CUT_LEAD_IN, GRADE_GIVEN

# A paper's lead-in naming what it covers, with no words of its own ("This report updated Members on:", "The
# presentation covered:", "Members were briefed on the following:"): an item under it that only names a topic is the
# paper's table of contents (pipeline.segment asks pipeline.meeting_topics.names_a_papers_topic of it; furniture69).
# A lead-in that says what was found or judged is not one (pipeline.segment.FOUND_INTRO, JUDGED_LEAD_IN).
_PAPER = r"(?:report|paper|presentation|update|briefing|item|document|slides?|letter)"
_BODY = (r"(?:members|(?:the )?(?:committee|panel|board|cabinet|council|commission|meeting|forum|sub-committee)"
         r"(?: members)?)")
COVERING_INTRO = re.compile(
    rf"^\W*(?:(?:the|this|that|its|his|her|their|an?) (?:[\w'’-]+ ){{0,3}}{_PAPER}\b[^:.!?]{{0,60}}? (?:updated|updates|"
    r"informed|informs|briefed|briefs|covered|covers|included|includes|outlined|outlines|set out|sets out|addressed|"
    r"addresses|summarised|summarized|summarises|summarizes|focused|focussed|touched|provided (?:an? )?"
    rf"(?:update|information|overview|summary|briefing)s?)(?: {_BODY})?"
    rf"|{_BODY} (?:were|was|had been) (?:updated|briefed|informed|given an? (?:update|briefing|overview)))"
    r"(?: (?:on|about|upon|in relation to|regarding))?(?: the following(?: (?:areas?|topics?|matters?|items?|"
    r"subjects?|headings?))?)?\s*:-?\s*$", re.I)
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
