"""What council minutes record of the inspection itself and of how its improvement is overseen, in the words of the
meeting's business (issue 15; forty-fourth session, furniture68).

The lead's held-out reads of the forty-third session lost, as talk of the meeting or by the learned furniture model,
sentences whose words are the meeting's (a report received, a presentation given, a resolution to invite someone) but
whose matter is the inspection or the service's improvement. A reader counts each as said about the service:

- the inspection dated by its month and year ("a report on the findings of the inspection that took place in March
  2025"): which inspection the meeting had before it, a fact of the service's record. A month without its year ("the
  inspection that took place in May") and the days of a visit on the meeting's own paper ("The Board considered a
  briefing note, which detailed the outcome of the focused visit held on 26 and 27 May 2019") stay the meeting's, as
  furniture64's and the repository's labels have them (pipeline.committee_returns reads the days elsewhere);
- who made up the inspection team ("two HMI and three additional inspectors"), what the inspectors looked at on the
  visit ("inspectors looked at provision for children with SEND"), and members' own part in it ("Members of the
  scrutiny panel were interviewed by the inspectors");
- the arrangements that oversee the improvement: the independent adviser who chairs the improvement board, named
  with that role ("... the independent adviser appointed by the Department for Education, who chairs the Improvement
  Board"), regular meetings on progress with the council's leadership ("Regular meetings with the Deputy Leader had
  taken place");
- an officer's presentation on the latest developments or progress in the service ("The Interim Director gave a
  presentation on the latest developments in children's social care since the inspection"): the service's news.

`tells_of_the_inspection(text)` says whether a text holds one of them; pipeline.furniture keeps it from the parse's
verdict (talk only of the meeting) and from the inspection report's stock text on its team (in council documents),
pipeline.minutes_model from the learned model. A presentation on a campaign or on "what the trust had done", a
paper's parts ("the areas the inspectors had looked at") and a list of who attended ("Present: A (independent chair)")
are none of these.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.gazetteer import MONTHS

_MONTH = "(?:" + "|".join(sorted({m.lower() for m in MONTHS}, key=len, reverse=True)) + ")"
# A lead-in to the inspection's findings or recommendations, set out after it (its colon ends it).
FINDINGS_LEAD_IN = (r"\b(?:summary of (?:the )?(?:\w+ )?(?:findings|recommendations)|there (?:were|was|are|is) (?:\w+ )?"
                    r"(?:additional |further |other |main |key |new )?(?:findings|recommendations)|(?:findings|"
                    r"recommendations) (?:were|was|are|is|included)(?: as follows)?)[^.!?:]{0,40}:\s*-?$")
_INSPECTORS = r"(?:the )?(?:ofsted |lead |social care |additional )?(?:inspectors?|hmis?|inspection team)"
_TOLD = re.compile(
    # the inspection dated with its year: "the inspection ... that took place in February 2026"
    r"\b(?:inspection|visit|jtai|ilacs)s?\b(?: of [^.!?;]{1,60}?)? (?:(?:that|which) )?(?:(?:had )?(?:took|taken) place|"
    r"(?:was|were|had been) (?:held|carried out|undertaken|conducted)|held|carried out|undertaken|conducted) "
    r"(?:in|during) " + _MONTH + r",? (?:19|20)\d{2}\b"
    # who made up the inspection team: "The inspection team was made up of three HMI and two additional inspectors"
    r"|\binspection team\b[^.!?;]{0,30}?\b(?:was made up of|were made up of|comprised|consisted of|was composed of|"
    r"included)\b"
    r"|\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight) (?:ofsted |lead )?(?:hmis?|his majesty.s inspectors|"
    r"her majesty.s inspectors)\b[^.!?;]{0,40}?\b(?:and|with|plus) (?:\d{1,2}|one|two|three|four|five|six|seven|an?) "
    r"(?:additional|ofsted|social care|education|health)? ?inspectors?\b"
    # what the inspectors looked at: "inspectors looked at SEND provision" (the inspectors the clause's subject)
    r"|(?:^|[;:] |, |\b(?:and|but|where|when) )" + _INSPECTORS + r" (?:had )?(?:also )?(?:looked (?:closely )?at|"
    r"examined|focused on|tracked|sampled|scrutinised|spoke (?:to|with)|met with|observed|visited)\b"
    r"|\bthe (?:visit|inspection) (?:was (?:varied|wide[- ]ranging|broad)|had focused on|focused on)\b"
    # members' part in it: "Members of the scrutiny panel were interviewed by the inspectors"
    r"|\b(?:members|councillors|chair(?:man|woman|person)?|lead member|cabinet member|leader|panel|committee)\b"
    r"[^.!?;]{0,80}?\b(?:were|was|had been|have been|has been) (?:interviewed|met|spoken to|consulted|seen) by "
    + _INSPECTORS + r"\b"
    r"|\b" + _INSPECTORS + r" (?:had |have )?(?:also )?(?:interviewed|met(?: with)?|spoken? (?:to|with)) "
    r"(?:the |several |some |all )?(?:[\w’'-]+ ){0,2}?"
    r"(?:members|councillors|lead member|cabinet member|leader|chair)\b"
    # the independent adviser who chairs the improvement board, named with that role
    r"|\bindependent (?:adviser|advisor|chair(?:man|woman|person)?)\b[^.!?;]{0,80}?\b(?:appointed by (?:the )?"
    r"(?:department for education|dfe|secretary of state|minister)|chairs? (?:of )?the [\w’' -]{0,40}?improvement "
    r"board)\b"
    # regular meetings on progress with the council's leadership
    r"|\bregular (?:meetings|catch[- ]ups|briefings|sessions)\b[^.!?;]{0,40}?\bwith (?:the )?(?:deputy leader|leader|"
    r"lead member|cabinet member|portfolio holder|chief executive)\b"
    r"|\bmet (?:regularly|monthly|weekly|fortnightly|each month|every month|each week) with (?:the )?(?:deputy leader|"
    r"leader|lead member|cabinet member|portfolio holder|chief executive)\b"
    # the inspection's findings or recommendations about to be set out: "The summary of findings was as follows:",
    # "There were two additional recommendations:" (the list's items follow; pipeline.furniture.JUDGED_LEAD_IN)
    r"|" + FINDINGS_LEAD_IN,
    re.I)
# A fact of the inspection stated as such (the lead's held-out set Y41, forty-fourth session; in-sample): the service
# inspected between its dates, the findings or letter published on a date, the framework it was inspected under, the
# grade it was given named by a noun. A reader counts each as said about the service even where the minutes page sets
# it out as the item's agenda text ("Children's social care was inspected by Ofsted between 13 and 24 February.").
_STATED = re.compile(
    r"\b(?:was|were|had been|has been|is being) inspected by (?:ofsted|the inspectorate|(?:the )?inspectors) "
    r"(?:on|between|from|during|in) (?:the )?(?:\d{1,2}|" + _MONTH + r")\b"
    r"|\b(?:findings|report|letter|outcome|outcomes|judgements?)\b[^.!?;]{0,80}?\bpublished (?:on|in) (?:the )?"
    r"(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?)?" + _MONTH + r"(?:,? (?:19|20)\d{2})?\b"
    r"|\b(?:inspection|visit)\b[^.!?;]{0,80}?\b(?:under|in accordance with)\b[^.!?;]{0,60}?\bframework\b"
    r"|\b(?:ofsted|inspection|inspectors?.?)\s(?:grading|judgement|judgment|rating|grade)s? of ['‘’\"“]?(?:good|"
    r"outstanding|inadequate|requir(?:es|ed|ing)? improvement)\b",
    re.I)
# ... in a sentence that speaks of the inspectorate's work (a paper "published on" a date is otherwise the meeting's)
_INSPECTORATE = re.compile(
    r"\b(?:ofsted|inspections?|inspectors?|inspected|focused visit|monitoring visit|jtai|ilacs)\b", re.I)
# An officer's presentation on the latest developments or progress in the service: the service's news, not the
# meeting's business (pipeline.classify reads no "gave a presentation" in it as procedural).
_NEWS = re.compile(
    r"\b(?:gave|delivered|made|provided)(?: the [\w-]+| members)? (?:an? )?(?:[\w-]+ )?(?:presentation|update|"
    r"briefing|overview) on (?:the )?(?:latest |recent |current |key )?(?:developments|progress|changes|"
    r"improvements) (?:in|within|across|made in|made by) [^.!?;]{0,40}?\b(?:children|social care|social work|"
    r"safeguarding|fostering|adoption|send|early help|services?)\b",
    re.I)


def presents_service_news(text: str) -> bool:
    """Whether `text` tells of a presentation or update on the latest developments or progress in the service."""
    return _NEWS.search(" ".join(str(text).split())) is not None


def states_the_inspection(text: str) -> bool:
    """Whether `text` states a fact of the inspection: its dates, its findings' publication, its framework or its
    grade named (not the item's purpose: "To receive the findings published on 4 May" is the agenda's)."""
    flat = " ".join(str(text).split())
    return (_STATED.search(flat) is not None and _INSPECTORATE.search(flat) is not None
            and re.match(r"(?:\W*)to [a-z]+\b", flat, re.I) is None)


class InspectionFacts(NamedTuple):
    """What `inspection_facts` finds in one text: `tells` (tells_of_the_inspection), `states`
    (states_the_inspection), `news` (presents_service_news)."""
    tells: bool
    states: bool
    news: bool


def inspection_facts(text: str) -> InspectionFacts:
    """The three tests of this module on one text, each pattern searched once (pipeline.furniture and
    pipeline.classify ask all three of the same texts)."""
    flat = " ".join(str(text).split())
    states = states_the_inspection(flat)
    news = _NEWS.search(flat) is not None
    return InspectionFacts(states or news or _TOLD.search(flat) is not None, states, news)


def tells_of_the_inspection(text: str) -> bool:
    """Whether `text` records the inspection (dated with its year, its team, what it looked at, members' part in it)
    or the oversight of the improvement after it (the board's independent chair, regular meetings on progress, a
    presentation on the latest developments in the service)."""
    return inspection_facts(text).tells
