"""What a meeting asked to see about the service: a request or resolution that data, a report or an update on the
service be shared with or brought to the committee (issue 15; forty-third session, furniture66).

"RESOLVED: That the Board receive an update on agency staffing at its April meeting", "Agreed that the performance
scorecard be provided to the Committee at its next meeting", "That performance data on children in care be shared with
the Committee each quarter": the committee asks for oversight of the service, and a reader counts it as substance
(docs/blind_reads.md, "Meeting furniture": "Members asked for a breakdown of caseloads"). Their parse names the
meeting (the Board, its April meeting, the Committee) and little of the service, so pipeline.meeting_verdicts read
them as only about the meeting, and the lead's held-out read of the forty-second session found them lost (class 6).

`asks_for_a_report` says whether a text is such a request; pipeline.furniture keeps it from the parse's verdict and
pipeline.minutes_model from the learned model; `resolves_on_a_report`, the meeting's own decision or request, is kept
from the phrase table's rules too. A request with no subject of the service ("That a further report be
brought to the next meeting", "That the minutes be circulated") is not one: it names only the meeting's papers.
"""

from __future__ import annotations

import re

from pipeline.minutes_remarks import ASKED_ABOUT

_OPENS = (r"^(?:it was )?(?:resolved|agreed|recommended|decision|decided|requested|the (?:committee|board|panel|"
          r"cabinet|members|sub[- ]committee|commission) (?:requested|asked|agreed|resolved))?[:,\s–-]*"
          r"(?:\(\w{1,4}\)\s*)?(?:that\s+)?")
_BODY = r"(?:the )?(?:committee|board|panel|cabinet|members|council|sub[- ]committee|commission|scrutiny)(?: members)?"
_WHAT = (r"(?:update|report|data|figures|information|scorecard|breakdown|dashboard|analysis|briefing|overview|"
         r"details|statistics|numbers|action plan|plan)s?")
# (to the meeting, its members or a body of the council: not "submitted to Ofsted")
_SEEN = (r"(?:be|is to be|are to be|should be|to be|were to be) (?:shared|circulated|provided|brought|presented|reported|"
         r"submitted|sent|given|made available|e-?mailed|forwarded)(?: back)? (?:with|to) (?:all )?(?:the |its |this )?"
         r"(?:[\w’'-]+ ){0,3}?(?:committee|board|panel|cabinet|members|councillors|council|commission|scrutiny|meeting)")
REQUEST = re.compile(
    # the body receives or is given it: "That the Board receive an update on agency staffing at its April meeting"
    # (a paper on a subject: not "Cabinet receive and note the Ofsted inspection report", which only notes it)
    _OPENS + _BODY + r" (?:receives?|be (?:provided with|given|sent|shown)|(?:is|are) (?:provided with|given|sent)|"
    r"sees?|requests?|asks? for) (?:an? |the |any )?(?:[\w’'-]+ ){0,3}" + _WHAT + r" (?:on|about|of|regarding|"
    r"in relation to|relating to|for|from)\b"
    r"|" + _OPENS + _BODY + r" (?:be|is|are) kept (?:informed|updated) (?:of|on|about)\b"
    # it is shared with or brought to the body: "... performance scorecard be provided to the Committee ..."
    # (the paper is the subject: the words before it are no verb, "The Chair explained that the report ...")
    r"|" + _OPENS + r"(?:an? |the |any )?(?:(?!that\b|\w+ed\b)[\w’'-]+ ){0,4}" + _WHAT + r"\b[^.!?;]{0,120}?\b" + _SEEN
    + r"\b",
    re.I)
# What the request names: the service (pipeline.minutes_remarks.ASKED_ABOUT), how it performs or its action plan.
_OF_THE_SERVICE = re.compile(ASKED_ABOUT + r"|\b(?:performance|action plan)\b", re.I)
# A decision of the meeting: what it resolved, agreed or requested, not an officer's promise of a paper ("A report on
# caseloads will come to the next meeting" is left to the phrase table's rules on promised papers).
DECIDED = re.compile(r"^(?:\(\w{1,4}\)\s*)?(?:it was )?(?:resolved|agreed|recommended|decided|requested|decision)\b|"
                     r"^(?:the )?(?:committee|board|panel|cabinet|members|sub[- ]committee|commission) (?:requested|asked|"
                     r"agreed|resolved)\b", re.I)


def asks_for_a_report(text: str) -> bool:
    """Whether `text` asks that data, a report or an update on the service be shared with or brought to the
    committee (or that the committee receive it)."""
    flat = " ".join(str(text).split())
    return REQUEST.search(flat) is not None and _OF_THE_SERVICE.search(flat) is not None


def resolves_on_a_report(text: str) -> bool:
    """Whether `text` is the meeting's decision or request that data, a report or an update on the service be shared
    with or brought to it ("It was agreed that a copy of the action plan would be made available to the Committee"):
    no phrase of the meeting's furniture (a copy to go round) leaves it out (pipeline.furniture)."""
    flat = " ".join(str(text).split())
    return DECIDED.search(flat) is not None and asks_for_a_report(flat)
