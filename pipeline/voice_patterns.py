"""The voice patterns of the rules (`pipeline.classify`): who a segment reports - the inspectorate, the council
(its members, officers or staff) or others (children, families, partners, courts) - read from reporting verbs in its
text or lead-in, from quotation marks, and from lead-ins that list what an inspection found.
"""

from __future__ import annotations

import re

from pipeline.furniture_reasons import any_of as _any

INSPECTORATE_REPORTED = _any(
    r"\b(ofsted|inspectors?|the inspection|the inspectorate|the (ofsted )?report|hmi)\b.{0,60}\b(found|identified|"
    r"highlighted|noted|judged|reported|said|stated|concluded|rated|observed|saw|seen|recognised|described|"
    r"acknowledged|criticised|recommended|made)\b",
    r"\b(was|were|been|be) (found|judged|rated|identified|highlighted|graded|deemed|seen) (to be |as )?"
    r"(by ofsted|by inspectors|inadequate|good|outstanding|requir)",
    r"\b(found|judged|rated) (by ofsted|by inspectors)\b", r"^it was found that\b", r"\bofsted had\b",
    r"\b(was|were) (seen|found|judged) to be\b",
    r"\b(identified|highlighted|noted|judged|acknowledged|rated)\b.{0,40}\b(in|by) (the )?(ofsted )?(report|inspection|"
    r"inspectors|ofsted)\b",
)
COUNCIL_SPEAKER = _any(
    r"\b(the )?(director|leader|cabinet member|portfolio holder|chief executive|head of|officers?|"
    r"councillors?|cllr|members|the chair(man)?|the committee|interim director|assistant director|"
    r"the council|we)\b.{0,40}\b(advised|explained|informed|said|stated|noted|reported|confirmed|outlined|"
    r"assured|responded|felt|considered|questioned|asked|agreed|commented|added|highlighted|will|would)\b",
)
_QUANTIFIER = r"^((in the main|overall|generally),? )?((most|many|some|all|several|a few|the majority of|almost all|nearly all) )?(the )?"
_REPORTING = (r"(told|tell|said|say|says|reported|report|reports|described|describe|explained|stated|confirm(ed)?|"
              r"express(ed)?|were positive|are positive|spoke|speak|commented|fed back|value|values|appreciate|"
              r"appreciated)")
OTHER_SPEAKER = _any(
    _QUANTIFIER + r"(children|young people|care leavers|care[- ]experienced (young )?(people|adults)|young carers|"
    r"parents|carers|families|foster carers|kinship carers|special guardians|adopters|partners|partner agencies|"
    r"the police|police colleagues|health (partners|colleagues)|schools|head ?teachers|the (family )?judiciary|"
    r"judges|magistrates|cafcass|the court|the secretary of state|the department for education|the dfe|"
    r"the commissioner)\b.{0,90}?\b" + _REPORTING + r"\b",
    r"\b(children|young people|care leavers|parents|carers|partners) (told|said to) (us|inspectors|the committee|members)\b",
)
# Council staff as the source inside an inspection report ("Social workers told inspectors...", "Staff report...").
STAFF_SPEAKER = _any(
    _QUANTIFIER + r"(staff|social workers|practitioners|managers|team managers|personal advisers|workers|new recruits|"
    r"newly qualified social workers|leaders|senior leaders)\b.{0,60}?\b" + _REPORTING + r"\b")
INSPECTORS_OWN = _any(r"\binspectors (also )?(found|saw|observed|identified|judged)\b")
# A whole quotation: opens with a quotation mark, or closes one after the full stop ("...who care.'").
QUOTATION = re.compile(r"^[‘“\"']|[.!?][’”\"']\s*$")
# A lead-in introducing a list of what the inspection found.
INSPECTION_LIST = _any(r"\b(highlighted|identified|found|judged|acknowledged|strengths|weaknesses|areas? (of|for) "
                       r"(serious )?(concern|improvement|development))\b.{0,80}:$")
