"""What a council member is minuted as asking, or as judging, in a meeting (`pipeline.classify`, thirty-sixth session).

A member's question judges nothing about the service: "Councillor A asked how quickly the service expected to
return to good" says no more that the service is good than "asked about the stability of the workforce" says that
the workforce is stable (a "why" question is not one of these: it states its premise). Its words of praise or
shortfall are the topic asked about, so the rules count none of them and the question is polarity neutral. Its kind
stays finding (what the members scrutinised, as every labelled minutes file has it; `context` is background about
the area, the service or the inspection), and a question about a step ("asked whether the plan would be reviewed")
is no action. A member who says plainly that something is wrong ("raised concern about", "expressed concern that")
or good ("praised", "welcomed the improvement") is judging: a finding, whose stated concern or praise counts as a
second word of its kind (the learned classifier reads one lone "concern" in a member's words as a topic, not a
judgement).
"""

from __future__ import annotations

import re

from pipeline.patterns import Folded

# Who is minuted: a councillor by title, a member, the chair or vice-chair, a co-opted member, a named person.
_MEMBER = (r"^(the )?(councillors?|cllrs?\.?|(a |one |another |several |some )?(co-opted )?members?|"
           r"(the )?(vice[- ])?chair(man|woman|person)?|mrs?\.?|ms\.?|dr\.?)\b[^.;:?]{0,40}?\b")
# An answer given in the same sentence ("..., and the Director explained that caseloads had fallen") judges: the
# segment is then the answer's, not the question's.
_NO_ANSWER = (r"(?![^.;]*\b(explained|replied|responded|confirmed|advised|informed|assured|said|stated|reported|"
              r"answered|clarified)\b)")
# "asked that" or "asked officers to" is a request (a recommendation's shape), not a question. "Asked why only 9 of 40
# reviews were on time" states its premise as a fact, which keeps its weight (as the labelled minutes have it).
MEMBER_QUESTION = Folded(_MEMBER + r"(asked (about|how|what|when|where|whether|if|who|which|"
                         r"for (an? |more |further )?(update|clarification|details|information|explanation|"
                         r"assurance))|queried|questioned|enquired|inquired|sought (clarification|assurance|"
                         r"reassurance|an update)|wanted to know|wished to know|raised (a |the )?questions?)\b"
                         r"(?! why\b)" + _NO_ANSWER)
# A member's plain judgement: a concern raised or expressed, praise or an improvement welcomed.
MEMBER_CONCERN = Folded(_MEMBER + r"(raised|expressed|voiced|highlighted|shared|reiterated) (a |some |their |her |"
                        r"his |particular |serious |significant |grave |strong )?(concerns?|disappointment|dismay)\b")
MEMBER_PRAISE = Folded(_MEMBER + r"(praised|commended|congratulated|welcomed the (improvements?|progress)|"
                       r"(was|were) (very )?pleased (with|by|to (note|see|hear)))\b")

# Leaders' view of their own weaknesses ("a realistic view of where practice is not yet good enough"): knowing them is
# a strength (its shortfall words are left out, `polarity_blanks.NOT_A_CONCERN`), and its "yet" or "but" hedges
# nothing the finding says.
SELF_VIEW = re.compile(r"\b(realistic|accurate|clear|good|thorough|honest) (understanding|knowledge|picture|grasp|"
                       r"view|awareness) of (where|what|how) [^.;]*", re.IGNORECASE)
