"""Polarity patterns of the readers' line, continued (issue 17, twenty-fourth round on; docs/polarity_labelling.md).

`pipeline.readers_line` holds the fourteenth to twenty-third rounds' shapes; this module holds the later ones, read
from the errors of later blind samples (tuning material once scored). Each is a regular-expression source joined
into the word lists of `pipeline.polarity_patterns` (STRENGTH, CONCERN, NOT_A_CONCERN), where the counts of strength
and concern words decide a finding's polarity (in `pipeline.classify`). Each was checked on every labelled file for
rows it changes (docs/measurements.md).
"""

from __future__ import annotations

from pipeline.readers_line import CHILDREN, NOT_AIMED

# Twenty-fourth round (blind sample 30, now tuning material).

# Children for whom home is not an option, named in a condition ("Suitable plans are made when it is not possible for
# children to return home", "where children cannot safely live with their parents"): their circumstances, not a
# shortfall of the service (joined into NOT_A_CONCERN).
HOME_NOT_POSSIBLE = (r"\b(when|where|if|once|whenever) it is (not|no longer) (possible|safe|appropriate) for "
                     r"(\w+ ){0,2}?" + CHILDREN + r" to (safely )?(return|live|remain|stay|go)\b|"
                     r"\b(when|where|if|once|whenever) (\w+ ){0,2}?" + CHILDREN + r" (cannot|can ?not|can't|are "
                     r"unable to|is unable to) (safely )?(return|live|remain|stay)\b")

# A problem named in a condition, as what a body acts on when it is found ("scrutiny ... provides challenge when
# deficiencies are highlighted", "where weaknesses are identified, managers act"), and challenge given as scrutiny
# ("oversight of, and challenge to, services", "provides robust challenge to partners"): no shortfall (joined into
# NOT_A_CONCERN).
PROBLEM_WHEN_FOUND = (r"\b(when|where|if|once|whenever) (\w+ ){0,2}?(deficienc(y|ies)|weakness(es)?|shortfalls?|"
                      r"shortcomings|problems?|issues|gaps?|poor practice|errors?) (are|is|have been|has been) "
                      r"(highlighted|identified|found|raised|seen|noted|detected|picked up|escalated)\b|"
                      r"\boversight (of|to),? and challenge (to|of)\b|"
                      r"\b(provides?|providing|provided|offers?|offering|offered|gives?|giving|gave) (\w+ ){0,2}?"
                      r"challenge (to|of)\b")

# A weakness named as the concession before what follows ("Despite these weaknesses, some young people's outcomes far
# exceed expectations"): the backdrop, as HARDSHIP_BACKDROP's challenges and pressures are (joined into
# NOT_A_CONCERN; "despite" stays a hedge).
WEAKNESS_BACKDROP = (r"^(despite|notwithstanding|in spite of) (these|those|the|such|its|their|some|this) (\w+ )?"
                     r"(weaknesses|shortfalls|shortcomings|deficits|gaps|inconsistencies|issues)\b[^,;.]{0,60},")

_PROBLEM_OBJECT = (r"( (and \w+ (to )?)?(the|these|this|those|its|their|any|such) (\w+ ){0,3}?(gaps?|shortfalls?|"
                   r"weaknesses|deficits|deficienc(y|ies)|issues|concerns|problems|delays?|drift|backlogs?)\b)?")

# A step said to have been taken against a problem ("However, action has been taken to address this", "leaders took
# immediate action to respond to these shortfalls"): a strength (joined into STRENGTH and NOT_A_CONCERN, the problem
# it answers with it). Steps only planned or asked for ("should take action to address") or denied ("no action has
# been taken") are left alone.
ACTION_TAKEN = (r"(?<!\bno )\b(action|actions|steps|measures) (has|have|had) (now |already |since |recently |also |"
                r"quickly |promptly |swiftly )?been taken to (address|tackle|remedy|resolve|rectify|respond to|put "
                r"right)\b" + _PROBLEM_OBJECT + "|"
                + NOT_AIMED + r"\b(took|has taken|have taken|had taken|is taking|are taking) (immediate|swift|prompt|"
                r"decisive|urgent|effective|appropriate|quick|timely|robust) (\w+ )?action to (address|tackle|remedy|"
                r"resolve|rectify|understand|respond to|put right)\b" + _PROBLEM_OBJECT)

# Delay or drift kept away by practice, said as help ("this helps to prevent delays in care planning", "which helps
# avoid drift"): a strength (joined into STRENGTH; the delay words are already no shortfall there).
HELPS_PREVENT = (NOT_AIMED + r"\b(helps?|helped|helping) (to )?(prevent|avoid|reduce|minimi[sz]e) (any |further |"
                 r"unnecessary |undue )?(delays?|drift|escalation|breakdowns?|duplication)\b")

# A shortfall said as what a service requires ("the range of post-16 provision requires development", "this is
# identified as an area for improvement by the local authority"): a concern (joined into CONCERN). "Who need" and
# children's "needs" are not matched; an area of strength is not.
REQUIRES_DEVELOPMENT = (r"(?<!\bwho )\b(requires?|required|requiring) (further |more |significant |considerable |"
                        r"urgent |some )?(development|strengthening)\b|"
                        r"\b(identified|recogni[sz]ed|highlighted) (\w+ ){0,2}?as (an|a|one|the) (\w+ ){0,2}?areas? "
                        r"(for|of|requiring|needing) (further |significant )?(improvement|development)\b")
