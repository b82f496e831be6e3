"""Who speaks when minutes say the meeting was told something (minutes36).

`pipeline.furniture.speakers` reads who speaks from the subject that opens a sentence and a verb of saying, so
"Members were told that the turnover of social workers remained high" and "The Board was advised that overall
effectiveness had been judged ..." read `member`. But there the members or the committee are the ones told: the
verb is passive (told, informed, advised, assured, reminded, updated, briefed, notified, made aware) and whoever
told them - an officer presenting the item, most often - is named after "by" or not at all. `furniture.speakers`
asks TOLD before those subjects: such a sentence (or the lead-in it follows, "Members were advised of the
following:") gives the speaker named after "by" (`teller`: `officer`, `member`, `inspector`,
`independent`), else "" (the text does
not say who).
"""

from __future__ import annotations

import re

from pipeline.furniture_reasons import any_of

# "In response to a question from Councillor A, members were informed ...": the subject after an opening phrase.
OPENING = (r"^(minutes\s*:\s*)?((in response|in reply|responding|in answer|in discussion|in summary|in addition|"
           r"further|also|finally|lastly)( to [^,]{0,60})?,? )?")
BODY = r"(committee|panel|board|cabinet|commission|sub[- ]committee|forum|group|council|meeting)"
# The passive verbs of the meeting being told.
TOLD_VERB = r"(told|informed|advised|assured|reminded|updated|briefed|notified|made aware)\b"
TOLD = any_of(
    OPENING + r"(the )?((members?|councillors)( of the ([\w’'-]+ ){0,8}?" + BODY + r")?|" + BODY + r"( members)?)"
    r" (was|were) (also |further |then |again |subsequently )?"
    + TOLD_VERB,
)
# Who told them, named after "by" ("... were informed by the Head of Service that ...", "... by Jane Doe, Assistant
# Director, that ..."): the first role named decides.
_NAMED = r"(([\w’'.-]+ ){1,3}[\w’'.-]+, )?"
# Someone appointed from outside the council, not an elected member (left62): an improvement board's independent or
# DfE-appointed chair, a DfE commissioner or adviser, a partnership's independent scrutineer.
INDEPENDENT_ROLE = (r"(the )?((dfe|department for education)([’']s|[- ]appointed)?[ ,-]+|independent[ ,-]+)+"
                    r"(chair(man|woman|person)?|commissioner|adviser|advisor|improvement adviser|scrutineer)\b"
                    r"|the chair(man|woman|person)?,? (who (was|is|has been) )?appointed by the (department for "
                    r"education|dfe|secretary of state|minister)\b"
                    # the DfE's intervention adviser to a council's children's services (council63)
                    r"|(the )?(children[’']s services )?intervention advis[eo]r\b")
TELLERS = (
    ("independent", re.compile(r"\bby " + _NAMED + r"(" + INDEPENDENT_ROLE + r")", re.I)),
    ("inspector", re.compile(r"\bby " + _NAMED + r"(the )?(ofsted|hmi|(lead |senior )?inspectors?|inspection team)\b",
                             re.I)),
    ("member", re.compile(r"\bby " + _NAMED + r"(the )?(chair(man|woman|person)?|vice[- ]chair|councillors?|cllr|"
                          r"(lead|cabinet|executive) member|portfolio holder|leader)\b", re.I)),
    ("officer", re.compile(r"\bby " + _NAMED + r"(the )?(([\w’'-]+ ){0,5}(director|head of|manager|officers?|"
                           r"chief executive|dcs|principal social worker|lead|adviser|advisor))\b", re.I)),
)
TELLER_REACH = 160  # the "by" of the told verb stands close after it; further on it is another clause's


def teller(text: str) -> str:
    """Who told the meeting, when `text` opens with the meeting being told (TOLD): the role named after "by" close
    to the verb, else ""."""
    flat = " ".join(text.split())
    told = re.search(r"\b" + TOLD_VERB, flat, re.I)
    near = flat[told.start():told.end() + TELLER_REACH] if told else ""
    for who, pattern in TELLERS:
        if pattern.search(near):
            return who
    return ""
