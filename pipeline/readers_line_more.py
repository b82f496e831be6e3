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

# Twenty-fifth round (blind sample 31, now tuning material).

# Leaders said to know of a problem and to be acting on it in the same sentence ("Managers are aware of this and are
# planning a campaign to recruit more carers", "Senior leaders have recognised this, and a new framework is being
# implemented"): a strength by the readers' line, as a step taken against a problem is (joined into STRENGTH).
# Knowing alone ("are aware of this but as yet there has been no improvement") is left alone.
AWARE_AND_ACTING = (r"\b(are|is|were|was|have been|has been|have|has|had)( rightly| fully)? (aware of|recogni[sz]ed|"
                    r"acknowledged|identified) (this|these|that|it)( issue| gap| shortfall| deficit)?,? and\b"
                    r"(?![^.;]{0,60}\b(not|no|yet to|but)\b)[^.;]{0,60}?\b(plan(s|ning|ned)?|implement(ing|ed)|"
                    r"introduc(ing|ed)|develop(ing|ed)|creat(ing|ed)|commission(ing|ed)|revis(ing|ed)|taken|took|"
                    r"taking|in place|under way|underway)\b")

# Work or effort said to be large, as what has been done ("Considerable work has been undertaken to make sure ...",
# "there has been a concerted effort to stabilise the workforce"): a strength (joined into STRENGTH); work still to do
# ("a great deal of work to do") is not matched.
EFFORT_MADE = (NOT_AIMED + r"\b(considerable|significant|substantial|extensive|concerted|sustained|determined) "
               r"(work|efforts?) (has|have|had) been (undertaken|made|done|put in)\b|"
               r"\bthere (has|have|had) been (a |an )?(considerable|significant|substantial|extensive|concerted|"
               r"sustained|determined) (work|efforts?) (to|by|on)\b")

# A body said to be working, trying or looking to improve or widen what it offers ("the council is looking, through a
# new project, to widen these opportunities", "is trying to improve recruitment"): an effort, a strength by the
# readers' line (joined into STRENGTH); a shortfall in the same sentence still counts as a concern.
WORKING_TO_IMPROVE = (r"\b(is|are|has been|have been) (actively )?(trying|looking|seeking|striving)\b"
                      r"[^.;]{0,60}?\bto (improve|expand|increase|strengthen|develop|extend|enhance|widen|broaden)\b")

# Impact said to be too recent or too soon to show ("it is too soon to demonstrate positive impact", "changes too
# recently made to measure their effect"): a concern, as "too early to see" is (joined into CONCERN and
# STRONG_CONCERN in place of the earlier "too early to" words).
TOO_SOON = (r"\btoo (early|soon|recent|recently (\w+ )?(implemented|introduced|made|established|put in place)) to "
            r"(evaluate|see|assess|judge|measure|know|tell|demonstrate|show|identify|evidence|determine|gauge)\b")

# Something said to limit or restrict what a service can do ("the rural area limits the ability of the council to
# provide supported lodgings", "restricts the capacity of the team to visit"): a shortfall (joined into CONCERN;
# "limited" and "limits" were already concern words, "limit" as a verb was not).
LIMITS_ABILITY = (r"\b(limit|limits|limiting|restrict|restricts|restricted|restricting|constrain|constrains|"
                  r"constrained|hamper|hampers|hampered|impede|impedes|impeded) (the |their |its |his |her )?"
                  r"(ability|capacity|scope) (of|to|for)\b")

# A group of young people described by what they are not ("care leavers who are neither disabled nor in
# education"): who is meant, not a shortfall (joined into NOT_A_CONCERN).
NEITHER_NOR_GROUP = r"\b(who|that) (are|is|were|was) neither\b[^.;,]{0,60}?\bnor\b"

# The causes of a problem named as what help addresses ("help to address the underlying reasons that have caused
# concerns for children"): what is worked on, not a shortfall of the service (joined into NOT_A_CONCERN).
CAUSES_ADDRESSED = (r"\b(address|addresses|addressing|tackle|tackles|tackling|resolve|resolves|resolving) the "
                    r"(underlying |root )?(reasons?|causes?|factors|drivers) (that|which|for|behind|of)\b[^.;,]{0,60}")

# Twenty-sixth round (errors of grouped CV on the reader files).

# Earlier weaknesses said to have been dealt with ("Areas for improvement identified at the last inspection have been
# largely addressed", "progress has been made on the recommendations"): a strength (joined into STRENGTH and
# NOT_A_CONCERN, the weakness words with it). Weaknesses not yet or only partly dealt with are not matched.
WEAKNESSES_ADDRESSED = (r"\b(areas? (for|of) (improvement|development)|recommendations|weaknesses|shortfalls|"
                        r"shortcomings|deficits|deficiencies)\b[^.;]{0,100}? (have|has) (now |since |already )?been "
                        r"(largely |mostly |fully |successfully |well |effectively |all |now )?(addressed|met|"
                        r"resolved|remedied|tackled|acted (up)?on|rectified|put right)\b|"
                        r"\b(good |significant |considerable |strong |steady )?progress (has been|have been|was|is "
                        r"being) made (on|in|against|towards|with) (the |all |most |many |each of the )?(areas? for|"
                        r"recommendations|weaknesses|shortfalls)\b")

# Staff said to enjoy or to be proud of working for a service ("social workers say they enjoy working for the
# council"): a strength by the readers' line (joined into STRENGTH).
ENJOY_WORKING = (r"\b(enjoy|enjoys|enjoyed|love|loves|loved|proud of|pride in) (\w+ )?working (for|in|at|with)\b")

# Leaders and managers said to be visible ("Leaders and managers are visible and available", "senior leaders are
# accessible, visible and well respected"): a strength (joined into STRENGTH).
VISIBLE_LEADERS = (r"\b(leaders|leadership|managers|director|directors|members|chief executive|officers|chairs?|"
                   r"councillors)\b[^.;]{0,40}? (are|is|remain|remains|have been|has been) (\w+, )?(highly |very |"
                   r"more |increasingly |consistently )?visible\b")

# Something said to have been or to be problematic ("the recruitment of qualified staff has been problematic"): a
# shortfall (joined into CONCERN; "problem" was a concern word, "problematic" was not). Denied ("is not
# problematic") is not matched.
PROBLEMATIC = (r"\b(is|are|was|were|has been|have been|had been|remains?|remained|proved|proven|proving) "
               r"(particularly |very |more |often |sometimes |increasingly |highly |especially |also )?problematic\b")

# The twenty-fifth and later rounds' shapes as pipeline.polarity_patterns joins them.
STRENGTH_MORE = (AWARE_AND_ACTING, EFFORT_MADE, WORKING_TO_IMPROVE, WEAKNESSES_ADDRESSED, ENJOY_WORKING,
                 VISIBLE_LEADERS)
CONCERN_MORE = (TOO_SOON, LIMITS_ABILITY, PROBLEMATIC)
NOT_A_CONCERN_MORE = (NEITHER_NOR_GROUP, CAUSES_ADDRESSED, WEAKNESSES_ADDRESSED)
