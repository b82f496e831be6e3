"""Polarity patterns of the readers' line, third part (issue 17, twenty-seventh round on; docs/polarity_labelling.md).

`pipeline.readers_line` and `pipeline.readers_line_more` hold the earlier rounds' shapes; this module holds those read
from the errors of blind sample 32 (tuning material once scored). Each is a regular-expression source joined into
the word lists of `pipeline.polarity_patterns` (STRENGTH, CONCERN, NOT_A_CONCERN) through the tuples at the end, where
the counts of strength and concern words decide a finding's polarity (in `pipeline.classify`). Each was checked on
every labelled file for rows it changes (docs/measurements.md).
"""

from __future__ import annotations

from pipeline.readers_line import NOT_AIMED

# Twenty-sixth round (blind sample 32, now tuning material).

# Harm named as what the problem before leads to, or a risk it adds ("This leads to disruption in some children's
# placements", "this is an additional risk for vulnerable children"): a consequence of a shortfall, a concern (joined
# into CONCERN). A favourable effect ("this has resulted in children being able to ...") is not matched.
HARM_FOLLOWS = (r"\b(this|that|which|these|it) (also |often |sometimes |then )?(leads?|led|has led|have led|results?|"
                r"resulted|has resulted|contributes?|contributed|adds?|added) (to|in) (\w+ ){0,3}?(disruption|"
                r"instability|breakdowns?|uncertainty|distress|confusion|frustration)\b|"
                r"^(this|that|it) (is|was|creates?|created|poses?|posed|presents?|represents?) (an? )?(additional|"
                r"further|increased|extra|added|unnecessary|avoidable) risks? (to|for)\b")

# What practice or its record should show or include, said of the work seen ("The recording of supervision should
# demonstrate how reflective discussion has shaped plans", "This should include shared arrangements"): a shortfall
# said as what is still required, a concern (joined into CONCERN). "whether / where children should live" and what
# a young person should do or expect are not matched.
SHOULD_SHOW = (r"(?<!\bwhether )(?<!\bwhere )(?<!\bwhat )(?<!\bthey )(?<!\bwho )\bshould (more |clearly |"
               r"consistently |always |routinely |also )?(demonstrate|show|evidence|reflect|include)\b")

# Practice said to be better than its record shows ("workers talk about children's wishes better than is reflected
# in their records"), a past choice said with hindsight ("good practice would have been to publish it earlier") and
# a practice left unchallenged ("has until recently gone unchallenged"): shortfalls, concerns (joined into CONCERN).
RECORD_OR_HINDSIGHT = (r"\bthan (is |are |was |were )?(reflected|recorded|evidenced|captured|documented) (in|by)\b|"
                       r"\b(good|best|better) practice would (have been|be) to\b|"
                       r"\bit would have been (better|preferable|good practice) to\b|"
                       r"\b(has|have|had) (until recently |previously |long |often )?(gone|remained|been left|went) "
                       r"(\w+ )?(unchallenged|unaddressed|unnoticed|unchecked|unquestioned)\b")

# Promptness said through a negated loss ("She has wasted no time in making new appointments"): a strength (joined
# into STRENGTH and NOT_A_CONCERN, so that "no" is not counted as a shortfall).
NO_TIME_LOST = r"\b(wasted|lost|wastes|loses|wasting) (no|little) time\b|\bno time (is|was|has been) (wasted|lost)\b"

# Few declining or refusing an offer ("take-up is high, and very few young people decline to participate"): a low
# problem measure, a strength (joined into STRENGTH and NOT_A_CONCERN, "decline" being a concern word).
FEW_DECLINE = (r"\b(very |relatively )?few (\w+ ){0,3}?(decline|declines|declined|refuse|refuses|refused|disengage|"
               r"disengaged|drop out|dropped out|opt out|opted out)\b")

# A place, person or activity named as known to cause concern, as what practice checks against ("checks that the
# accommodation is not in an area known by police to cause concern"): the hazard, not a shortfall of the service
# (joined into NOT_A_CONCERN).
KNOWN_HAZARD = r"\bknown (\w+ ){0,3}?to (cause|raise|pose|present) (concerns?|risks?)\b"

# A board or body said to be challenging others to improve ("the board was challenging the police and the council to
# improve how they use information"): scrutiny at work, a strength (joined into STRENGTH and NOT_A_CONCERN, with the
# improvement it asks for). What a body should challenge is not matched.
CHALLENGING_TO_IMPROVE = (NOT_AIMED + r"\b(is|are|was|were|has been|have been|had been) (robustly |rigorously |"
                          r"actively |effectively |appropriately )?challenging (\w+ ){1,7}?to (improve|strengthen|"
                          r"address|review|develop|increase)\b[^.;]{0,80}")

# A larger share of a group in education, training or work than in comparable areas ("a higher proportion of care
# leavers are in education, training and employment than in similar local authorities"): a favourable comparison,
# a strength (joined into STRENGTH; AVERAGE_BETTER needs the measure before the comparison).
SHARE_ABOVE_AVERAGE = (r"\b(higher|greater|larger) (proportion|percentage|share|number)s? of (\w+ ){0,4}?(are |is |"
                       r"were |was |remain |stay |being )?(in|into|in full-time|in suitable) (education|employment|"
                       r"training|work|touch)\b[^.;]{0,60}?\bthan\b")

# Staff said to be experts in their field ("social workers working with these children are experts in their
# field"): praise without a praise word, a strength (joined into STRENGTH).
EXPERT_STAFF = r"\b(are|is|were|was) (\w+ )?(experts?|specialists?) in (their|the|this|that|its) (field|area|work)\b"

# The twenty-seventh round's shapes as pipeline.polarity_patterns joins them.
STRENGTH_THIRD = (NO_TIME_LOST, FEW_DECLINE, CHALLENGING_TO_IMPROVE, SHARE_ABOVE_AVERAGE, EXPERT_STAFF)
CONCERN_THIRD = (HARM_FOLLOWS, SHOULD_SHOW, RECORD_OR_HINDSIGHT)
NOT_A_CONCERN_THIRD = (NO_TIME_LOST, FEW_DECLINE, KNOWN_HAZARD, CHALLENGING_TO_IMPROVE)
