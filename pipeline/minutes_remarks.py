"""A member's remark about the inspection or the service: the learned furniture model leaves it where the rules put
it (issue 15; forty-second session, furniture64).

The learned model (pipeline.minutes_model) reads a unit's embedding, and a remark by a cabinet member, the leader, the
chair or a named councillor on how members are kept in touch with the inspection ("The Cabinet Member said that
briefings for all members on the inspection findings had been held in July and would be repeated after each
monitoring visit") lies near the meeting's own business in that space (briefings, members, a meeting): the lead's
held-out read found such remarks moved as furniture, though a reader counts them as said about the service. A
member's own clause of saying that names the inspection or the service is what members said: it stays a finding
unless a rule (pipeline.furniture, meeting_talk, minutes_layout) leaves it out.
"""

from __future__ import annotations

import re

from pipeline.saying_verbs import ASKS, CLAUSE, past_forms

MEMBER = (r"(?:the )?(?:(?:deputy )?leader(?: of the council)?|(?:cabinet|lead|executive) member|portfolio holder|"
          r"chair(?:man|woman|person)?|vice[- ]chair(?:man|woman|person)?|mayor|councillors?|cllr\.?)"
          r"(?: [A-Z][\w’'-]+){0,2}(?: for [^,.;:]{1,60}?)?(?:, [^,.;:]{1,80},)?")
# (pipeline.saying_verbs: the verbs that take what was said as a clause)
SAYING = r"(?:also |further |then )?(?:" + past_forms((CLAUSE,)) + r")"
ABOUT = (r"\b(?:inspections?|ofsted|inspectors?|monitoring visits?|focused visits?|improvement (?:plan|board|journey)|"
         r"children(?:[’']s)? (?:social care|services)|social work(?:ers?)?|care leavers?|foster carers?|fostering|adoption|"
         r"safeguarding|looked after children|children in care|corporate parent\w*|caseloads?)\b")
MEMBER_REMARK = re.compile(rf"^(?:[^,]{{0,60}}, )?{MEMBER} {SAYING}\b(?=.*{ABOUT})", re.I | re.S)
# A member's question put to officers about the inspection or the service ("A Member asked about the recommendations
# in the Ofsted report", "Councillor Khan queried whether the fostering service had enough carers"): what members
# asked stays a finding, neither talk of the meeting by its parse (pipeline.furniture) nor furniture to the learned
# model (pipeline.minutes_model). Held-out class 7 of the forty-second session's read (furniture66). The subject may
# be any member ("a member", "one councillor", "members"); the verb asks (pipeline.saying_verbs.ASKS).
ASKER = rf"(?:{MEMBER}|(?:an?|one|another|several|some|other) (?:members?|councillors?)|members)"
# (what a question names: the inspection or the service as above, or the children, families and staff it serves)
ASKED_ABOUT = (ABOUT[:-3] + r"|children|young people|famil(?:y|ies)|placements?|referrals?|assessments?|agency|staff\w*|"
               r"workforce|recruit\w*|retention|vacanc\w*|early help|front door|child protection|sufficiency)\b")
# (not questions only counted, "Members asked a number of questions about the findings": that says nothing asked; not
# someone asked to speak or present, "The Chair asked the portfolio holder to present the item"; not a correction to
# the minutes)
# This is what a member ASKS of the service, a question or a request ("asked that", "requested", "asked officers to"),
# which keeps the sentence from the furniture rules; the one definition of a member's QUESTION, which judges nothing
# and so is polarity neutral and never a request, is pipeline.member_questions.MEMBER_QUESTION (pipeline.classify).
# The two are kept apart on purpose: merged, a member's request would lose its kind (recommendation) in classify, or
# stop being kept from the furniture rules here (furniture68; neither matches any of the bundled run's 5,330 units).
MEMBER_ASKING = re.compile(rf"^(?:[^,]{{0,60}}, )?{ASKER} (?:also |further |then )?(?:{past_forms((ASKS,))})\b"
                             r"(?!\s+(?:[\w-]+\s+){0,3}questions?\b)"
                             r"(?![^.!?]*\bto (?:speak|present|introduce|address|attend|join|give|lead)\b)"
                             r"(?![^.!?]*\bminutes\b)"
                             rf"(?=.*{ASKED_ABOUT})", re.I | re.S)


def members_question(text: str) -> bool:
    """Whether `text` opens with a member asking something that names the inspection or the service."""
    return MEMBER_ASKING.search(" ".join(str(text).split())) is not None


def members_remark(text: str) -> bool:
    """Whether `text` opens with a member saying something that names the inspection or the service."""
    return MEMBER_REMARK.search(" ".join(str(text).split())) is not None
