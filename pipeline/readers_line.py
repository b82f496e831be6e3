"""Polarity patterns of the readers' line (issue 17, fourteenth round; docs/polarity_labelling.md).

Blind readers call a finding a strength when approval is implied without a praise word, and a concern when a
shortfall word names what is wrong. These patterns are the shapes of that line which a written marker finds; each is
a regular-expression source joined into the word lists of `pipeline.classify` (STRENGTH, CONCERN, NOT_A_CONCERN,
CLEARED_GRADE), where the counts of strength and concern words decide a finding's polarity. Each was checked on every
labelled file for rows it changes (README, the fourteenth round).
"""

from __future__ import annotations

_CHILDREN = (r"(children|child|young people|young person|care leavers?|families|family|parents|carers|victims|"
             r"pupils|learners|adopters|mothers|babies)")
_NOT_AIMED = (r"(?<!\bto )(?<!\bshould )(?<!\bmust )(?<!\bwill )(?<!\bcould )(?<!\bwould )(?<!\bmay )(?<!\bmight )"
              r"(?<!\bcan )")

# A favourable effect on children named as what a service or practice leads to ("disruption work is leading to young
# people being protected", "support that results in families being kept together", "which means children are
# safer"): approval implied without a praise word.
FAVOURABLE_EFFECT = (_NOT_AIMED + r"\b(lead(s|ing)?|led|result(s|ed|ing)?|means?) (to |in )?(that )?(\w+ ){0,3}?"
                     + _CHILDREN + r" (\w+ ){0,2}?(being|are|were|is|was|feel|feeling|becoming|become) (kept |made |"
                     r"better |more |well |now )?(protected|safe|safer|safeguarded|supported|settled|stable|"
                     r"together|reunited|heard|included|engaged|happier|healthier)\b")

# A favourable absence: no child in a place where none should be ("There are no care leavers in bed and breakfast
# accommodation", "no children are placed in unregulated settings"); the place must be one that is a shortfall
# ("No looked after children are home educated" names none: a fact).
FAVOURABLE_ABSENCE = (r"(there (are|is|were|was) (currently |now )?no|\bno) (\w+ ){0,2}?" + _CHILDREN
                      + r"( \w+){0,3}? ((are|is|were|was|has been|have been) )?(currently |now )?"
                      r"((\w+ )?(living|placed|accommodated|housed|staying|residing) )?"
                      r"in (any )?(bed and breakfast|bed & breakfast|b ?& ?b|"
                      r"hotels?|unregulated|unsuitable|unsafe|unregistered|inappropriate|houses? (in|of) multiple "
                      r"occupation|custody|youth custody|police (cells|custody))\b[^.;]*")

# Inconsistency named as a noun ("there is still inconsistency in the quality of plans"): a shortfall word, like
# "inconsistent".
INCONSISTENCY = r"inconsistenc(y|ies)"

# Areas still to improve said to remain ("there remain significant areas for improvement", "some areas for
# development remain"): a shortfall. Areas for improvement named as a topic ("progress in the areas for improvement
# identified at the last inspection", "an accurate picture of its areas for development") are not matched.
AREAS_TO_IMPROVE = (r"\b(there (still )?(remain|remains|are still|is still)|(still )?remains?|still (has|have)) "
                    r"(\w+ ){0,2}areas? (for|of|requiring|needing) (further |significant )?(improvement|development)|"
                    r"\bareas? (for|of|requiring|needing) (further |significant )?(improvement|development) (still )?"
                    r"remains?\b")

# A post-positive "concerned" means the ones involved ("the individuals concerned", "all the agencies concerned"),
# not worry; a hardship named as the backdrop of what is said next ("Despite the challenges, workloads are
# manageable", "Despite the pressure the team is under, ..."), not a shortfall of the service.
NOT_WORRY = (r"\b(individuals?|persons?|people|children|child|young people|families|family|parents|parties|agencies|"
             r"professionals|adults?|those|everyone|staff|workers|practitioners|partners|services?) concerned\b"
             r"(?! (about|that|by|with|for|at|over|to)\b)")
HARDSHIP_BACKDROP = (r"^(despite|notwithstanding|in spite of) (the |these |those |such |its |their |some |many |"
                     r"significant |considerable |ongoing |recent |current )*(\w+ )?(challenges?|pressures?|"
                     r"difficulties|demands|constraints)\b[^,;.]{0,60},")

# Praise the word lists missed: a difference made, detailed knowledge of children, breadth, rigour, value, leading
# the way, children seen alone, needs met, suitable homes and plans, young people active in shaping services.
MORE_PRAISE = (_NOT_AIMED + r"\b(making|made|makes) (a |an )?(real|significant|positive|tangible|noticeable|"
               r"considerable|big|huge|demonstrable|marked) difference\b|"
               r"\b(detailed|in-depth|sound|secure) (knowledge|understanding) of\b|"
               r"\bextensive (range|array|variety|network|programme|offer)\b|\brobustly\b|\b(valuable|invaluable)\b|"
               r"\b(champion(s|ing)|led the way|leading the way|lead the way)\b|\bseen alone\b|"
               r"\bneeds (are|were|is|was|have been|being) (\w+ )?met\b|"
               r"\bmeets? (the )?(child|young person)['’]s needs\b|(?<!\bmore )(?<!\bmost )\bsuitabl[ey]\b|"
               r"\b(are|is|were|was|been|being) (very |highly |particularly )?active in (developing|shaping|designing|"
               r"influencing|planning|reviewing|producing|creating|the development)\b")

# A trend in a measure whose rise is good: more adoptions, adopters or carers than before ("an increase of 12 more
# children adopted than the previous year"): a strength.
FAVOURABLE_RISE = (r"\b(increase|increases|increased|rise|rises|rose|growth|grown|grew) (of|in) (the number of )?"
                   r"[^.;]{0,40}?\b(adopted|adoptions?|adopters|adoptive|foster carers|fostering households|"
                   r"foster (placements|homes)|staying put|participation|attendance|attainment)\b")

# Help given to children named by who gives it ("The nurse provides care leavers with advice and support"): help
# received is approval implied (plain provision offered, "Children are offered a return interview", is not matched).
HELP_GIVEN = (_NOT_AIMED + r"\b(provides?|provided|providing|gives?|gave|giving) (\w+ ){0,3}?" + _CHILDREN
              + r" with (\w+ ){0,4}?(advice|support|help|guidance|reassurance)\b")

# What was done or provided wrongly or should have been done otherwise ("three were closed inappropriately when they
# should have progressed to a referral", "unsuitable accommodation"): shortfall words.
DONE_WRONGLY = r"\b(inappropriate(ly)?|unsuitabl[ey])\b|\bshould have (been )?\w+"

# A need of the service or body said outright ("they require dedicated input from a participation officer", "the
# board needs greater challenge"): what is missing. Children's needs ("children who need more support") are not
# matched: the subject is the service, not a relative clause.
UNMET_NEED = (r"(?<!who )(?<!which )(?<!that )\b(they|it|the (service|board|team|group|council|local authority|"
              r"partnership)) (still |also |now )?(requires?|needs?|needed|required) (more|further|additional|"
              r"dedicated|greater|extra|stronger|better|increased) (\w+ )?(input|support|capacity|resources?|"
              r"investment|attention|focus|oversight|challenge|scrutiny|work|help)\b")
