"""Meeting furniture the phrase table (pipeline.meeting_phrases) missed: five kinds from the lead's held-out read of
the forty-second session (issue 15; forty-third session, furniture66). Each says something of the meeting or its
papers and nothing of the service:

1. a paper said also to give an update ("A progress update on the fostering service is also provided in this
   report"): what the paper holds, reason LINK as for pipeline.paper_contents;
2. the chair, the mayor or the civic head on how the meeting runs - one debate for two motions, who speaks first,
   speeches limited to five minutes, items taken together, a recorded vote ("The Mayor advised that there would be a
   single debate on the two motions relating to children's services"), or what may not be discussed there ("It would
   not be appropriate for Members to discuss the case in the meeting"): PROCEDURE, whatever service the items name;
3. an empty consideration ("Consideration was given to the context of the Board's work"): every word after "given to"
   is the meeting's or its papers' (context, work, report, the Board's ...): PROCEDURE. "Consideration was given to
   the report, which showed that waiting times had halved" says something and stays;
4. an item's purpose in the infinitive on its own ("For the Board to be sighted on the progress made against the
   plan", "To be assured of the arrangements for ..."): AGENDA;
5. a presentation announced by what it covered ("The Assistant Director outlined the action plan and the proposed
   process for reviewing it"): someone went through named parts of a paper, with no clause, figure or word that
   judges (pipeline.paper_contents' words for that): PROCEDURE. "The Director outlined that caseloads had fallen"
   says something and stays.

`ARRANGEMENTS` is a list of (reason, pattern) that pipeline.furniture reads after the phrase table.
"""

from __future__ import annotations

import re

from pipeline.furniture_reasons import AGENDA, LINK, PROCEDURE, any_of
from pipeline.paper_contents import SAYS
from pipeline.saying_verbs import past_forms

# What an amendment to a motion changes, said in the sentence that moves it ("An amendment was moved by Councillor A
# and seconded by Councillor B, to replace the word 'notes' with 'is concerned by'"): what the council is asked to
# resolve about the service, not only how the motion came before it (furniture68; moved and seconded alone stays).
AMENDS = (r"\b(to (replace|delete|insert|add|remove|substitute|strike out)\b|"
          r"(be|is|are|was|were|being) (replaced|deleted|inserted|removed|substituted|added|amended|struck out)\b|"
          r"the words? ['‘’\"“”]|(read|reads|reading) as follows\b)")
_AMENDS = re.compile(r"\bamendments?\b(?=[^.!?]*" + AMENDS + ")", re.I)


def amends_the_motion(text: str) -> bool:
    """Whether `text` names an amendment to a motion and says what it changes."""
    return _AMENDS.search(" ".join(str(text).split())) is not None


# 1. "A progress update on X is also provided in this report", "An update on X is also included within the report".
_ALSO_PROVIDED = (r"^(a|an)( (brief|short|further|progress|verbal|written|detailed))* (update|summary|overview|briefing)"
                  r" (on|of|about|regarding|in relation to) (?![^.!?]*\b(that|which|showing|shows|showed)\b)"
                  r"[^.!?;:]{1,120}? (is|are|was|were|has been|have been|had been) also (provided|included|given|"
                  r"set out|contained|attached|summarised|presented)( (with)?in (this|the) (report|paper|appendix|"
                  r"update|agenda pack))?\.?$")

# 2. The meeting's chair or civic head, a verb of saying, and the meeting's own arrangements in what was said.
_PRESIDES = (r"(the )?((lord|deputy|civic|ceremonial) )?(mayor|chair(man|woman|person)?|vice[- ]chair(man|woman|"
             r"person)?|presiding (member|officer)|speaker)")
_RUNS = (r"(single|one|joint|combined|separate) debate|debated together|taken together|"
         r"(be|were|was) taken (first|next|last|before|after|in the order)|in the order (in which|of)|"
         r"order of (business|the agenda|items|speakers|debate|speaking)|speeches|speak(ing)? for (up to )?\w+ minutes|"
         r"limited to (\w+ )?minutes|(would|will|to) (respond|reply|speak|sum up|move|second) (first|last|next|at the end)|"
         r"right (of|to) reply|(recorded|named|card|roll[- ]call) vote|vote (would|will) be taken|adjourn\w*|"
         r"comfort break|questions (would|will|could) be taken|in (open|closed|private|public) session|"
         r"standing orders?|procedure rules?|\bitems? \d+ (and \d+ )?(would|will|be|were|was)\b|"
         r"(motions?|amendments?) (would|will|could) be (taken|debated|moved|put|considered)|"
         r"(motions?|amendments?)\b[^.!?]{0,60}\b(had been|has been|was|were) withdrawn")
_PRESIDING = rf"^{_PRESIDES}\b[^.!?]{{0,60}}?\b({past_forms()})\b[^.!?]*\b({_RUNS})"
# ... and what the meeting may not discuss ("It would not be appropriate for Members to discuss the case in the
# meeting"), whoever says it
_NOT_HERE = (r"\bnot (be )?appropriate for (members|the (committee|panel|board|cabinet|council)|councillors|the meeting) "
             r"to (discuss|debate|comment on|ask about|consider)\b|"
             # ... or a motion altered by leave ("With the consent of the seconder, leave of Council was given to alter
             # the motion")
             r"\bleave of (the )?(council|committee|meeting) was (given|granted|sought) to (alter|amend|withdraw|move)\b|"
             # ... or the moving of a motion and its place on the agenda ("The motion was moved by Councillor A and
             # seconded by Councillor B", "The Council had before it a notice of motion standing in the names of ...",
             # "The Council agreed to deal with the motion on the day"; forty-third session, lead)
             r"\b(motion|amendment) was (duly |formally )?(moved|proposed) by\b[^.!?]*\bseconded by\b(?![^.!?]*" + AMENDS + ")|"
             r"\bhad before it (a |the )?(notice of )?motion\b[^.!?]*\bstanding in the names? of\b|"
             r"\bagreed to (deal with|debate|consider|take) the motion (on the day|at (this|the) meeting|today)\b")

# 3. "Consideration was given to the context of the Board's work": nothing after "given to" but the meeting's words.
_EMPTY = (r"the|a|an|this|that|these|its|their|his|her|of|and|in|to|for|on|from|wider|overall|current|"
          r"board|committee|sub-committee|panel|cabinet|council|commission|group|forum|meeting|members|"
          r"context|background|purpose|purposes|scope|remit|role|roles|work|business|report|reports|paper|papers|"
          r"presentation|update|item|items|matter|matters|issues?|information|details?|content|contents|agenda|"
          r"documents?|points|comments|questions|appendix|appendices|aims?|objectives?|terms of reference|"
          r"programme|work programme|forward plan")
_WORD = rf"(({_EMPTY})([’']s)?)"
_CONSIDERED = (r"^(full |careful |detailed |further |some )?consideration was (then |also |duly )?given to "
               rf"{_WORD}( {_WORD})*\s*\.?$")

# 4. An item's purpose in the infinitive, standing alone.
_BODY = r"(board|committee|sub[- ]committee|panel|cabinet|council|commission|forum|members|group|partnership|meeting)"
_AIMS = (r"be (sighted|assured|aware|informed|updated|briefed|apprised|appraised|made aware)( (on|of|about|that))?|"
         r"note|consider|receive|review|scrutinise|scrutinize|comment on|discuss|agree|approve|endorse|understand|"
         r"gain (assurance|an understanding)|seek assurance|have (oversight|sight) of")
# (not a purpose that names a change or trouble in the service: "For the Board to be sighted on the rising number of
# children in care" says that the number rises)
_CHANGE = (r"(?![^.!?]*\b(ris(e|es|ing|en)|increas\w*|decreas\w*|fell|fall(s|en|ing)?|delay\w*|pressures?|concern\w*|"
           r"worr\w*|shortages?|shortfalls?|backlogs?|fail\w*|deteriorat\w*|declin\w*|inadequate|outstanding)\b)")
_PURPOSE = (rf"^{_CHANGE}for (the )?([\w’'-]+ ){{0,3}}{_BODY} to ({_AIMS})\b(?!.*[.!?]\s+\S)",
            rf"^{_CHANGE}to be (sighted|assured|apprised|appraised|made aware)( (on|of|about|that))?\b(?!.*[.!?]\s+\S)")

# 5. Someone went through named parts of a paper: no clause, figure, grade or word that judges after the verb.
_PERSON = (r"((councillor|cllr|mr|mrs|ms|miss|dr) [\w’'-]+( [\w’'-]+)?|(the )?([\w’'-]+ ){0,4}(director|officers?|"
           r"manager|head of [\w’' -]{1,40}?|lead|adviser|advisor|member|leader|chair(man|woman|person)?|worker|"
           r"consultant|commissioner|portfolio holder|representative))(, [^,.;:]{1,80},)?")
_WENT_THROUGH = (rf"^{_PERSON} (outlined|presented|introduced|summarised|summarized|set out|described|went through|"
                 r"talked through|took members through)"
                 rf" (?![^!?]*\b({SAYS})\b)(the|an?|its|their|his|her) [^!?;:]*\.?$")

ARRANGEMENTS = [
    (LINK, any_of(_ALSO_PROVIDED)),
    (PROCEDURE, any_of(_PRESIDING, _NOT_HERE, _CONSIDERED, _WENT_THROUGH)),
    (AGENDA, any_of(*_PURPOSE)),
]
