"""What council minutes commit the service to, or state of its inspection, in the words of the meeting's business
(issue 15; forty-third session, furniture67).

The lead's held-out read of the forty-third session found four kinds of substance lost as the meeting's own talk or
the agenda's text, because their words are the meeting's (a paper, the next meeting, the Cabinet, a date):

- a promise that an update or report on the actions, the plan or the inspection's recommendations come back to a
  later meeting ("An update on the actions and their timescales would be brought to the next meeting"): the return to
  the matter is itself the scrutiny of the plan, as a further or progress report is (pipeline.meeting_courtesy);
- the service's plan due to the inspectorate by a date ("The action plan must be sent to Ofsted by 3 May");
- the inspection's own dates ("The letter sets out the findings of a focused visit on 4 and 5 June");
- the inspection's grade given ("To receive a report on the findings of the inspection, which judged the service
  'Good' overall"): what the inspection found, even on the agenda;
- a recommendation that the council's plan in response to the inspection be approved ("Cabinet is RECOMMENDED to
  approve the Written Statement of Action and the action plan before they go to Ofsted").

`commits_the_service(text)` says whether a text holds one of them; pipeline.furniture keeps it from the phrase table,
the agenda's place on the page and the parse's verdict, and pipeline.minutes_model from the learned model. A paper on
any other subject promised to the next meeting ("A report on the budget will come to the next meeting"), a
recommendation only to note ("The Committee is recommended to note the action plan") and the meeting's own dates
("The next meeting will be held on 4 June") are not.
"""

from __future__ import annotations

import re

from pipeline.gazetteer import MONTHS

_MONTH = "(?:" + "|".join(sorted({m.lower() for m in MONTHS} | {m.lower()[:3] for m in MONTHS}, key=len,
                                  reverse=True)) + r")\.?"
# The plan that answers the inspection, its actions or the inspection's recommendations, by their own words.
_PLAN = (r"(?:(?:the|its|their|our|each|all|an?) )?(?:(?:ofsted|inspection|ilacs|jtai|improvement|action|"
         r"post[- ]inspection|children.s services|send|service|council.s|draft|updated|revised) )*"
         r"(?:actions?|plans?|recommendations|written statement of action|wsoa)\b")
_COMMIT = re.compile(
    # an update on the plan to come back: "An update on the actions ... would be brought to the next meeting"
    r"^(?:an? |the )?(?:[\w-]+ ){0,2}(?:updates?|reports?|briefings?)(?: back)? (?:on|about|regarding|against|of|in "
    r"relation to)(?: (?:the )?progress (?:on|of|against|with|in|made (?:on|against|with|in)))? " + _PLAN +
    r"[^.!?;]{0,120}?\b(?:will|would|shall|should|is to|are to|to) (?:also |then )?(?:be )?(?:brought|submitted|"
    r"presented|provided|reported|taken|considered|received|come|return|go)\b"
    # ... or promised by someone: "Officers would bring an update on the action plan to the March meeting"
    r"|\b(?:would|will|shall|agreed to|undertook to) (?:also )?(?:bring|present|submit|provide) (?:an? |the )?"
    r"(?:[\w-]+ ){0,2}(?:updates?|reports?|briefings?) (?:on|about|regarding|against)(?: (?:the )?progress (?:on|of|"
    r"against|with|in))? " + _PLAN +
    # the service's plan due to the inspectorate: "The Action Plan must be sent to Ofsted by 3 May"
    r"|\b(?:plan|written statement of action|wsoa|response)s?\b[^.!?;]{0,80}?\b(?:sent|submitted|returned|provided|"
    r"given|go|goes|due|shared) (?:back )?(?:to|with) (?:ofsted|the dfe|the department for education|(?:the )?"
    r"inspectors?|the inspectorate|hmi|the cqc)\b[^.!?;]{0,40}?\b(?:by|within|before|no later than)\b"
    # the inspection's grade given by a verb: "which judged the service 'Good' overall", "rated as inadequate"
    r"|\b(?:judged|rated|graded|assessed|found)\b(?: (?:the|its|their|our|this) (?:[\w’'-]+ ){0,4}?(?:services?|"
    r"council|authority|department|help|support|care|leaders?|leadership|experiences?|progress))?(?: overall)? (?:to "
    r"be |as )?['‘’\"“]?(?:good|outstanding|inadequate|requir(?:es|ed|ing)? improvement)\b"
    # a recommendation that the plan answering the inspection be approved (not only noted)
    # (the plan itself, not its timetable: "asked to endorse the timetable for refreshing the improvement plan")
    r"|\b(?:recommended|asked|requested|invited)\b[^.!?;]{0,20}?\bto (?:approve|adopt|endorse|agree|ratify|sign off)"
    r" (?:(?!(?:for|of|on|to|about|with|timetable|timescales?|process|approach|arrangements)\b)[\w’'-]+,? ){0,6}?"
    r"(?:improvement plan|written statement of action|wsoa|action plan[^.!?;]{0,80}?\b(?:ofsted|"
    r"inspection|inspectors?|inspectorate|recommendations))\b",
    re.I)
# the inspection's own dates: "the findings of a focused visit on 4 and 5 June"
_DATED = re.compile(
    r"\b(?:inspection|visit|jtai|ilacs)s? (?:(?:was |were |had been )?(?:held |carried out |undertaken |conducted |"
    r"took place |had taken place )?)?(?:on|between|from|during|in) (?:the )?\d{1,2}(?:st|nd|rd|th)?"
    r"(?:(?: and|,| to| -| –|-|–) ?\d{1,2}(?:st|nd|rd|th)?)* (?:of )?" + _MONTH + r"(?![\w])", re.I)
# ... where the sentence is not the meeting's own act on a paper about it, or the item's purpose: "The Board considered
# a briefing note, which detailed the outcome of the focused visit held on 26 and 27 May", "To share the letter from
# Ofsted following the monitoring visit on 21 - 22 May" (labelled furniture on furniture64's pages, TUNING)
_MEETINGS_ACT = re.compile(
    r"^(?:to [a-z]+|for the [\w ]{0,40} to [a-z]+|(?:the )?(?:[\w’'-]+ ){0,3}(?:board|committee|panel|cabinet|council|"
    r"commission|members|meeting) (?:considered|received|noted|discussed|was (?:presented with|given|provided with)|"
    r"were (?:presented with|given|provided with)))\b", re.I)


def commits_the_service(text: str) -> bool:
    """Whether `text` promises an update on the plan to a later meeting, sets the plan's date to the inspectorate,
    dates the inspection or gives its grade, or recommends that the plan answering the inspection be approved."""
    flat = " ".join(str(text).split())
    return _COMMIT.search(flat) is not None or (_DATED.search(flat) is not None and not _MEETINGS_ACT.search(flat))
