"""What the polarity rules blank before counting concerns (`pipeline.classify`): NOT_A_CONCERN, the words of
CONCERN (`pipeline.polarity_patterns`) that name a topic, a condition or a problem dealt with rather than a shortfall
of the service. The readers' line patterns (`readers_line`, `_more`, `_third`, `_fourth`) are joined in."""

from __future__ import annotations

from pipeline import readers_line, readers_line_fourth, readers_line_more, readers_line_third
from pipeline.furniture_reasons import any_of as _any
from pipeline.polarity_patterns import CLEARED_GRADE, EASED_PROBLEM, NEGATED_PROBLEM, RESOLVED, SINCE_FIXED

# Words of CONCERN that name a topic or a condition rather than a shortfall: "safeguarding concerns", "when
# concerns increase, children are referred...", "without delay", what practice keeps away ("reduces drift and delay",
# "take action to minimise any delays"), oversight named as challenge ("scrutiny and challenge"); they are left out
# before counting.
NOT_A_CONCERN = _any(
    r"(?<!significant )(?<!serious )(?<!poses )(?<!posed )(?<!raises )(?<!raised )"
    r"\b(safeguarding|child protection|welfare|protection|mental health|escalating|emerging) concerns?\b",
    r"\bany (other |further |new |specific )?(areas? of )?concerns?\b",
    # knowing where the problems are ("understood where the challenges were") and hardship as the backdrop of praise
    # ("continued to work in difficult times") name no shortfall of the service (fifth round)
    r"\b(understood|understands?|knows?|knew|(is|are|was|were) aware of|recogni[sz]ed) (where|what) (the |their |its )?"
    r"(main |key )?(challenges|pressures|weaknesses|issues|difficulties|gaps) (were|are|lay|lie)\b",
    r"\b(in|through|during) (such |these |those |very )?(difficult|challenging) (times|circumstances|conditions)\b",
    # a member's yes / no question presumes nothing ("asked if there were any areas that had not been looked at")
    r"\basked (if|whether) [^.;?]*",
    CLEARED_GRADE,
    # a visit, meeting or report put back is no delay of the service ("the monitoring visit, which had been delayed")
    r"\b(visits?|inspections?|meetings?|reports?|letters?),? (which |that )?(had been |has been |was |were |is being )?"
    r"(delayed|postponed|deferred|rescheduled)\b",
    r"\bconcerns? (arise|arises|increase|increases|escalate|are raised|they raise|are identified)\b",
    r"\b(raise|raising|raised|report|share|sharing|discuss(es|ing)?|respond(s|ing)? to|address(es|ing)?|"
    r"express(es|ed|ing)?|voic(e|es|ed|ing)) "
    r"(any |their |these )?concerns\b",
    r"\b(reduces|reduce|minimi[sz](e|es|ing)|prevent(s|ing)?|avoid(s|ing)?|monitor(s|ing)?( closely)?) (any |the |"
    r"further |undue |unnecessary |drift and )?(drift|delays?|shortfalls?)\b",
    r"\b(scrutiny|support),? and challenge\b", r"\bchallenge and support\b",
    r"\blevels? of (scrutiny and )?challenge\b",
    r"\b(without|no|minimal|avoid(s|ing)?) (undue |unnecessary |further )?(delay|drift)\b",
    r"\bstrengths and weaknesses\b",
    # a kind of concern or risk named as a topic ("people of concern", "low-level concerns regarding neglect", "the
    # needs and challenges facing children")
    r"\b(people|persons|places|locations) of concern\b", r"\blow[- ]level concerns?\b",
    r"\bchallenges (facing|faced by|of)\b", r"\bchallenge,? and question\b",
    # "not only ... but" is praise; a gap said to narrow is progress (its reach 14 words from the fourteenth round:
    # "The gap between the performance of looked after children and that of all children has narrowed")
    r"\bnot only\b", r"\bgaps? (\w+ ){0,14}?(is |are |has |have )?(been )?(narrowing|narrowed|closing|closed)\b",
    # names of procedures ("serious case review") and concerns "taken seriously"
    r"\bserious (case|incident|safeguarding|child safeguarding practice) (reviews?|notifications?|incidents?)\b",
    r"\btaken seriously\b",
    # a shortfall named as what a step is for ("to address these shortcomings", "to reduce court delays") or as
    # dealt with ("weaknesses have been addressed"): a topic, not a finding
    r"\bto (address|tackle|reduce|resolve|remedy|overcome|minimi[sz]e) (these |the |this |any |those |their )?"
    r"(\w+ ){0,2}(shortcomings|weaknesses|delays?|drift|gaps?|concerns?|issues?|deficits?|backlogs?|pressures?|"
    r"vacanc(y|ies)|turnover)\b",
    RESOLVED, SINCE_FIXED,
    # a leading condition: "When risks do not reduce, ...", "When concerns increase, or support does not make a
    # difference, ..."
    r"^(when|where|if) [^,;]{0,160},( (or|and) [^,;]{0,160},)?",
    # sixth round: a trailing condition naming the children a response is for ("Interventions are decisive and
    # proportionate when children are at risk of harm"); adversities as what children face or a service addresses
    # ("parenting impaired by factors such as ... poor mental health"); a realistic picture of one's own weaknesses
    r"(?<!about )(?<!of )\b(when|where|if|whenever) (a |the |any |their )?(children|child|young people|young person|"
    r"families|family|"
    r"risks?|concerns?)\b[^,;.]{0,80}",
    r"\b(affected|impaired|impacted) by [^.;]{0,100}\b(abuse|misuse|mental health|neglect|exploitation|violence|"
    r"poverty|trauma)\b[^.;,]*",
    r"\b(realistic|accurate|clear|good|thorough|strong|honest) (understanding|knowledge|picture|grasp|view|awareness) "
    r"of ([^.;]{0,60}?(weaknesses|challenges|pressures|shortfalls|gaps|deficits|areas (for|of) (improvement|"
    r"development))\b|(where|what|how) [^.;]*)",  # thirty-sixth: the object a clause ("view of where practice ...")
    EASED_PROBLEM.source,
    # seventh round: a past difficulty in a clause after the improvement ("has improved the timeliness of
    # assessments, which has been a stubbornly difficult aspect ... to improve"); the weaknesses an earlier inspection
    # or review found, named as the start of the work ("Following the inspection, which highlighted significant
    # weaknesses, work has focused on ..."); challenge as oversight ("improved the challenge and scrutiny", "a culture
    # of high support and high challenge"); concerns responded to; adversities children are exposed to; "not just"
    r"\b(improved|strengthened|addressed|resolved|tackled|overcome)\b[^.;]{0,120}?,? (which|that) (has|had) (long |"
    r"previously |historically |often )?been [^.;]*",
    r"\b(which|that) (highlighted|identified|found|raised|showed|judged) [^,;.]{0,80}?\b(weaknesses|shortcomings|"
    r"concerns|failings|deficits|gaps|areas? for (improvement|development)|inadequate|requir\w* improvement)\b",
    r"\bchallenge and (scrutiny|support|learning)\b", r"\b(high|higher|robust|effective|appropriate|constructive|"
    r"strong|rigorous) (levels? of )?challenge\b", r"\bculture of [^.;]{0,40}?challenge\b",
    r"\brespond(s|ed|ing)? (\w+ly )?to (any |their |these )?concerns\b",
    r"(?<!left )(?<!been )(?<!being )\bexposed to [^.;]{0,100}\b(abuse|misuse|mental health|neglect|exploitation|"
    r"violence|radicali[sz]ation)\b",
    r"\bnot (just|simply|merely)\b",
    # eighth round: weaknesses named as what oversight sees ("gives the board insight into ... areas of weakness
    # where improvement is required"); a visit whose date is not yet set is no shortfall of the service
    r"\b(insight|oversight|overview|understanding) (into|of) [^.;]{0,80}?\b(weakness(es)?|areas? (of weakness|for "
    r"improvement)|where improvement is (required|needed))\b[^.;]*",
    r"\b(date|dates|timing) (of|for) (the )?(next |further |follow-up )?(visit|inspection|meeting|review)s? (had|has|"
    r"have|was|were|is|are) (not|yet to)( yet)? (been )?(set|fixed|confirmed|known|agreed|announced|published)\b",
    r"\b(parental |parents['’] )?poor (mental|physical|emotional) (health|wellbeing)\b",
    # ninth round: the children a response is for, named by a relative clause ("children in care who are at risk of
    # harm ... receive a proactive response"); "over the last few years"; partners "whose self-evaluations give cause
    # for concern" as the topic
    r"\b(who|that) (are|is|were|was|may be|might be) (\w+ )?at risk of (significant |serious )?harm\b",
    r"\b(last|past|next|first) few (years|months|weeks|days)\b",
    r"\bwhose [^.;,]{0,60}?\b(give|gives|gave|raise|raises|cause|causes) (cause for |significant )?concerns?\b",
    # tenth round (random findings of the training documents): risks and concerns as what a service identifies well
    # ("the first response team, which identifies risk and concern quickly"); an earlier inspection's finding named
    # as background ("The inspection in 2017 highlighted that further improvement was needed to ...")
    r"\b(identif(y|ies|ied|ying)|recogni[sz](e|es|ed|ing)|spot(s|ted)?) (\w+ )?(risks?|concerns?|needs?)( and "
    r"(risks?|concerns?|needs?))? (quickly|promptly|swiftly|early|well|effectively|appropriately|accurately)\b",
    r"\b(the|its|their) (last |previous |earlier |prior |\d{4} )?(ofsted )?(inspection|focused visit|monitoring visit)"
    r"( in \d{4}| of \d{4})? (had )?(highlighted|found|identified|noted|said|judged|reported) (that )?[^.;,]*",
    # eleventh round (training documents): "whether or not" sets a condition aside and "gap analysis" names a method;
    # neither says something is missing ("support continues to 25, whether or not they are in education")
    r"\bwhether or not\b", r"\bgaps? analys[ie]s\b",
    NEGATED_PROBLEM,
    # fourteenth round (the readers' line): "the individuals concerned"; a hardship as the backdrop of what follows
    readers_line.NOT_WORRY, readers_line.HARDSHIP_BACKDROP,
    # fifteenth round: a problem dealt with, a barrier worked past, a hardship acknowledged in passing, a bad event
    # said to be rare, a further gain seen
    readers_line.PROBLEM_DEALT_WITH, readers_line.OVERCOMING, readers_line.HARDSHIP_ACKNOWLEDGED,
    readers_line.RARE_HARM, readers_line.FURTHER_GAIN,
    # sixteenth round: a problem measure said to be low, problems reduced or kept from escalating, a past hardship as
    # the backdrop, what a child can do if unhappy, an absence at a child's own request
    readers_line.LOW_PROBLEM, readers_line.NOT_A_SHORTFALL,
    # eighteenth round: a past judgement as the starting point, children below a threshold, a harm as a decision's
    # hypothetical, pressures leaders know, a gap filled or a backlog cleared, problems resolved
    readers_line.PAST_JUDGEMENT, readers_line.BELOW_THRESHOLD, readers_line.HYPOTHETICAL_HARM,
    readers_line.KNOWN_PRESSURE, readers_line.GAP_FILLED, readers_line.ISSUES_RESOLVED,
    # nineteenth round: concern as a topic or condition, harm kept away, problems progress is made against, what
    # leaders know still needs to improve
    readers_line.CONCERN_AS_TOPIC, readers_line.HARM_KEPT_AWAY, readers_line.PROGRESS_AGAINST,
    readers_line.KNOWS_WHAT_TO_IMPROVE,
    # twenty-second round: challenge as scrutiny, children's circumstances in a relative clause, a risk lowered, a
    # workforce problem falling
    readers_line.CHALLENGE_AS_SCRUTINY, readers_line.CHILDREN_CIRCUMSTANCE, readers_line.RISK_LOWERED,
    readers_line.FALLING_PROBLEM,
    # twenty-third round: problem measures listed and said to be low, more children's circumstances, litotes, needs
    # and concerns, a problem a step answers
    readers_line.LOW_PROBLEMS_LISTED, readers_line.MORE_CIRCUMSTANCES, readers_line.NOT_UNCOMMON,
    readers_line.NEEDS_AND_CONCERNS, readers_line.PROBLEM_ANSWERED, readers_line.RISK_MANAGED,  # and 24th to 28th
    readers_line_more.HOME_NOT_POSSIBLE, readers_line_more.PROBLEM_WHEN_FOUND, readers_line_more.WEAKNESS_BACKDROP,
    readers_line_more.ACTION_TAKEN, *readers_line_more.NOT_A_CONCERN_MORE, *readers_line_third.NOT_A_CONCERN_THIRD,
    *readers_line_fourth.NOT_A_CONCERN_FOURTH,  # rounds: the docstrings of readers_line_more, _third, _fourth
)
