"""The polarity patterns of the rules (`pipeline.classify`): the words and constructions counted as concerns
(CONCERN) and strengths (STRENGTH), what is blanked before counting (UNREALISED_SCOPE, praise negated or only
aimed at; the concern words that name no shortfall are `pipeline.polarity_blanks.NOT_A_CONCERN`), and the patterns that decide on their own (STRONG_CONCERN, STRONG_STRENGTH, CLEARED, HEDGE,
RECOMMENDATION_CONCERN).

`pipeline.classify` decides a segment's polarity from its counts of CONCERN and STRENGTH and the deciding patterns;
the readers' line patterns (`readers_line`, `_more`, `_third`, `_fourth`) are joined in (docs/measurements.md).
"""

from __future__ import annotations

from pipeline import readers_line, readers_line_fourth, readers_line_more, readers_line_third
from pipeline.furniture_reasons import any_of as _any
from pipeline.patterns import Folded

# A problem said to have eased ("Caseloads have reduced and are now manageable", "reduced its reliance on agency
# staff", "no family was waiting"): a strength, and its problem words are not counted as concerns (issue 17).
EASED_PROBLEM = _any(
    r"\b(caseloads?|vacanc(y|ies)|vacancy rates?|turnover|agency (staff|social workers|workers)|delays?|drift|"
    r"backlogs?|waiting (lists?|times?)|not in (education|employment),? (education|employment),? (and|or) training|"
    r"neet)\b(?:(?!\b(?:not|never|yet to)\b|n't\b)[^.;]){0,40}?\b(ha(s|ve) )?"
    r"(been |now |also |significantly |steadily )?"
    r"(reduced|decreased|fallen|fell|dropped|halved|more than halved|lower than|stabilised|(is|are) (now )?manageable|"
    r"(is|are) (now |steadily )?(reducing|decreasing|falling)|continu(e|es|ed|ing) to (fall|reduce|decrease|drop))\b",
    r"\b(reduc(ed|ing|tions? in)|lower|fewer|decreas(ed|ing)|halv(ed|ing))\b( \w+){0,3}? (its |the |their )?"
    r"(reliance on |dependency on |dependence on |use of |number of )?(agency|caseloads?|vacanc(y|ies)|turnover|"
    r"delays?|backlogs?)\b",
    r"\bno (child|children|family|families|young person|young people|one) (was|were|is|are) (left )?waiting\b",
    r"\b(only|just) (one|two|a (few|small number of)) vacanc(y|ies)\b",
    r"\bposts? (\w+ ){0,2}(recently |now )?(been )?filled\b",
)
# A problem said to be dealt with ("Corporate weaknesses have been addressed"): a strength.
RESOLVED = (r"\b(weaknesses|shortcomings|deficits|failings|gaps|concerns|issues|problems) (identified )?"
            r"(\w+ ){0,4}?(have|has) (now |since |all )?been (fully |successfully )?(addressed|resolved|remedied|"
            r"rectified|tackled|overcome)\b")
# A problem of the past said to be fixed (sixth round: "Historically, attainment has been comparatively poor, but ...
# improved to the national rate", "a significant achievement since the last inspection, when agency rates were high",
# "oversight, which was weak at the last inspection, is now strong"): the past shortfall is history, not a finding.
SINCE_FIXED = (r"\b(historically|previously|formerly|in the past|at the (time of the )?(last|previous) "
               r"(inspection|visit))\b,?[^.]{0,160}?(\b(but|however|although|whereas|and)\b|;)"
               r"(?=[^.]*\b(now|improv\w*|no longer|since)\b)|"
               r"\b(since|at|during) the (last|previous|\d{4}) (inspection|visit|focused visit|monitoring visit),? "
               r"(when|"
               r"where|at which) [^.;]*|"
               r"\b(which|that|who) (was|were|had been) [^,;.]{0,60}\b(at|in|during) the (last|previous) (inspection|"
               r"visit)\b")
# A grade statement below good ("Services ... require improvement to be good"): its "good" is not praise.
GRADE_CONCERN = r"\b(requires?|requiring|required) improvement( to be good)?\b"
STRONG_CONCERN = _any(
    GRADE_CONCERN,
    readers_line_more.TOO_SOON,  # impact too early, too soon or too recent to show
    r"\b(fail(ed|ing|ings|ure|ures)?|inadequate|unacceptable|serious|concerns?|burden|significant caseloads|"
    r"high caseloads|lack(s|ing)?|poor(ly)?|apolog(y|ise|ised)|devastating|painful|disappointing|deteriorat(e|ed|ing)|"
    r"not (consistently|always|sufficiently)|too (many|few|slow|long)|instability|drift|delay(s|ed)?|"
    r"(left|leaves?|leaving) (?!care\b)(\w+ ){0,3}(potentially |unnecessarily |still )?(at (\w+ ){0,2}risk|exposed to|"
    r"unprotected|unsafe))\b")
GRADE_STRENGTH = r"\b((judged|rated|graded) (to be |as )?(good|outstanding)|(is|are|was|were) outstanding)\b"
# A bad grade or the government's intervention said to be over ("no longer judged to be inadequate", "no areas were
# judged inadequate", "removed from intervention"): a strength, and its words are no shortfall (fifth round).
CLEARED_GRADE = (r"\b(no longer (\w+ ){0,3}(inadequate|subject to (an |the )?(improvement notice|statutory direction|"
                 r"(government |formal |statutory )?intervention))|"
                 r"no (\w+ ){0,2}(that |which )?(were|was|are|is|had been|have been) (judged|rated|found|graded)"
                 r"( to be| as)? inadequate|removed (\w+ ){0,4}from (government |formal |statutory )?intervention|"
                 # a problem of the service said to be over ("children no longer wait", "no longer reliant on agency
                 # staff", "is no longer a concern"; sixth round)
                 r"no longer (\w+ ){0,4}(delayed|delays?|drift|wait|waits|waiting|backlogs?|unallocated|overdue|"
                 r"(reliant|dependent) on agency|(an? |the )?(significant |serious |key )?(concern|problem|issue|"
                 r"weakness|shortfall))|"
                 # seventh round: a shortfall said to be over ("Poor performance is no longer tolerated"), children no
                 # longer left at risk or no longer needing a plan, the grade's "no widespread or serious failures"
                 r"(poor|weak|low|inconsistent|variable|drift|delay|unacceptable|ineffective)\w* [^.;]{0,60}?\b(is|are|"
                 r"was|were|has been|have been) no longer (tolerated|accepted|acceptable|evident|apparent|seen|found|"
                 r"present|the case|an issue|a feature)|"
                 r"no longer (\w+ ){0,2}(left|living|placed|remain\w*|experienc\w*) [^.;]{0,80}?\b(risk|harm|unsafe|"
                 r"unsuitable|drift|delay\w*)|"
                 r"no longer (need|needs|needed|require|requires|required) (a |an |the |to be )?(child protection|"
                 r"protection|statutory|specialist|social care|plans?|intervention|looked after)|"
                 r"(\bno |nor (are|is|were|was) there (any )?)(\w+ ){0,2}(widespread|serious) (or|and) (widespread|"
                 r"serious) failures[^.;]*|"
                 r"(no|not|never)\b[^.;,]{0,60}?\b(left|leave|leaving) (\w+ ){0,3}(at (\w+ ){0,2}risk|exposed|"
                 r"unprotected)( (as a result|because) of [^.;]*)?|"
                 # ninth round: no child living in a bad place ("no young people are living in houses of multiple
                 # occupation"), no delay experienced, a difficulty the sentence says was dealt with ("... created
                 # challenges ..., but leaders have addressed this"), placements not decided lightly
                 r"(there (are|is|were|was) (currently |now )?no|\bno) (child|children|young people|young person|care "
                 r"leavers?)( \w+){0,3}? ((are|is|were|was|has been|have been) )?(currently |now )?(living|placed|"
                 r"accommodated|housed|staying) in\b[^.;]*|"
                 r"(do|does|did) not (\w+ )?(experience|face|suffer) (any )?(unnecessary |undue |further )?(delays?|"
                 r"drift)|"
                 r"^[^.;]*\bbut (\w+ ){0,3}(have|has) (now |since |quickly |successfully )?(addressed|resolved|"
                 r"rectified|tackled|remedied|overcome) (this|these|it|them|the (issues?|problems?|difficult(y|ies)))|"
                 r"(do|does|did) not (\w+ ){0,2}(take|make) [^.;]{0,80}?\blightly)\b"
                 # fourteenth round (the readers' line): no child in a place where none should be
                 r"|" + readers_line.FAVOURABLE_ABSENCE
                 # twenty-second round: no problem event in a period
                 + r"|" + readers_line.NO_PROBLEM_EVENT
                 # twenty-third round: no case seen of a problem
                 + r"|" + readers_line.NO_CASE_SEEN)
STRONG_STRENGTH = _any(r"\b(positive (progress|impact|difference)|successful(ly)?|doubled|strong building|"
                       r"prais(ed|es)|(was|were) (very |generally |particularly |extremely )?pleased (with|by|to note)|"
                       r"improvements? (have|has|had) (also )?been (made|achieved|seen|sustained)|"
                       r"progress (had|has|have) been made|(acknowledged|recognised|recognized|noted|found) (\w+ ){0,3}"
                       r"(significant |considerable |good |substantial )?(improvements|progress)|"
                       r"(significant|material|consistent) improvements?|improving (quality|trend))\b", GRADE_STRENGTH,
                       CLEARED_GRADE,
                       EASED_PROBLEM.source, RESOLVED, readers_line_fourth.IMPROVED_ON_LAST)
CLEARED = Folded(CLEARED_GRADE)  # the pattern alone (it is also part of the strength patterns)

# Thirteenth round (the readers' line): a figure compared with a national or comparators' average takes the
# judgement its measure gives it - more time, delay, churn or repeat work than the average is a shortfall, less is a
# strength; for participation, attendance, stability or contact it is the other way ("778 days, which is
# significantly higher than the national average").
_AVERAGE = (r"(the |that of |those of |its |their )?(\w+ ){0,2}(national|regional|england|english|comparators?|"
            r"statistical neighbours?|similar (local )?(authorities|councils)|averages?)")
_WORSE_MEASURE = (r"(?<!-)\b(days|weeks|months|time|times|timescales?|durations?|caseloads?|re-?referrals?|repeat \w+|"
                  r"turnover|vacanc(y|ies)|agency|missing|exclusions?|neet|waits?|waiting)\b[^.;]{0,80}?")
_BETTER_MEASURE = (r"\b(participation|attendance|stability|in touch|(in|into) (full-time )?(education|employment|"
                   r"training)|attainment|take-up|uptake)\b[^.;]{0,80}?")
_MORE = r"\b(higher|longer|greater|more|above|exceeds?|exceeding) (than )?"
_LESS = r"\b(lower|shorter|fewer|less|below) (than )?"
AVERAGE_WORSE = (_WORSE_MEASURE + _MORE + _AVERAGE + "|" + _BETTER_MEASURE + _LESS + _AVERAGE)
AVERAGE_BETTER = (_WORSE_MEASURE + _LESS + _AVERAGE + "|" + _BETTER_MEASURE + _MORE + _AVERAGE)
# Thirteenth round (the readers' line): many moves or repeat episodes named as what children experience ("continue
# to experience a high number of moves"): a shortfall.
MANY_MOVES = (r"\b(high|large|significant|increasing|growing|rising) (number|numbers|level|levels|rate|rates) of "
              r"(placement )?(moves|placement (moves|changes|breakdowns)|changes of (social worker|placement)|"
              r"missing episodes|re-?referrals|repeat \w+)\b")
# Thirteenth round (the readers' line): a problem word negated is no shortfall ("planning is not delayed or disrupted
# when circumstances change", "moves happen without disruption").
NEGATED_PROBLEM = (r"\b(is|are|was|were|be|been|being) not (\w+ )?(delayed|disrupted|interrupted|lost|missed|"
                   r"drifting)( or (\w+ )?(delayed|disrupted|interrupted|lost|missed|drifting))?\b|"
                   r"\bwithout (any |undue |unnecessary |further )?(disruption|interruption|drift|gaps?)\b")
# Praise limited to a few cases ("In a small number of cases, better practice was seen"): hedged, so a concern.
LIMITED = (r"^(in|for) (only )?a (very )?(small|limited) (number|minority) of (cases|children|families|young people),|"
           r"\b(seen|evident|found) (only )?in a (very )?(small|limited) (number|minority) of (cases|children)\b")
CONCERN = _any(
    r"\b(not|no|never|nor|cannot|can't|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|lack(s|ing)?|"
    r"insufficient(ly)?|inadequate(ly)?|inconsistent(ly)?|poor(ly|er)?|weak(ness|nesses|er)?|too (many|few|long|slow|"
    r"variable|often|late)|delay(s|ed)?|drift|gaps?|failure|failed|fail(s|ing)?|concern(s|ed|ing)?|shortfall|"
    r"deficit|deficien(t|cy|cies)|unacceptable|variable|limited|requires? improvement|requiring improvement|"
    r"required improvement|"
    r"high caseloads|significant caseloads|burden|turnover|instability|unstable|vacanc(y|ies)|backlog|"
    r"unallocated|overdue|absent|absence of|missed|risk of harm|serious(ly)?|worr(y|ying|ied)|disappointing|"
    r"below|declin(e|ed|ing)|fragile|not yet|yet to|remain(s)? (a )?(weak|poor|challenge|concern)|challenge(s|d)?|"
    r"devastating|painful|failings|deteriorat(e|ed|ing)|(needs?|needed) to be (addressed|improved)|"
    r"realignment|frequent changes|too variable|could (be )?(further|better|more)|would benefit from|"
    r"(requires?|needs?|need|needed|requiring) (further |more |some )?strengthening|(requires?|needs?|need) to be "
    r"(further )?strengthened|"
    r"more (work|needs to be done|to do)|further (work|development|improvement)|inaccurate|unable|lottery|"
    r"adversely|burdensome|prematurely?|lost contact|unnecessar(y|ily)|undermin(e|es|ed|ing)|hinder(s|ed)?|"
    r"barriers?|pressures?|struggl(e|es|ed|ing)|difficult(y|ies)?|overly|less (effective|timely|consistent)|"
    r"limit(s|ing)|disappoint(ed|ment)|apolog(y|ies|ise|ised|ize|ized)|"
    r"too early to (evaluate|see|assess|judge|measure|know|tell|demonstrate|show)|"
    r"(is|are|remains?) (still |only )?at an? (very )?early stage|(is|are|remains?) (still )?(a )?work in progress|"
    r"could (be|have been) (improved|strengthened|developed)|(would|could) be (further )?(strengthened|improved|"
    r"enhanced)|could have (been|resulted|led)|(longer|slower|worse) than|(over|above) the (government |national )?"
    r"(target|threshold)|(?<!a )(very )?few|little (evidence|progress|impact|understanding|oversight)|"
    r"only (a|one) (quarter|third|half|minority|fifth)|too (high|low|dependent|reliant|narrow|[\w]+-focused)|"
    r"variability|varied (experiences?|quality|practice)|less positive|shortages?|(many|frequent) changes of|"
    r"remain(s)? (too |very )?high|suffered (significant |serious )?harm|affects the (accuracy|quality|reliability|"
    r"timeliness)|(over|above) (the )?expected (government |national )?(targets?|thresholds?)|uncertain(ty)?|mistrust|omit(s|ted)|outweigh(s|ed)?|over[- ]?(optimis\w+|"
    r"positive)|taken its toll|legacy of|higher caseloads|recognis(e|es|ed|ing) the need (to|for)|"
    r"none (of (the |these |those )?\w+ )?(were|was|had|have|is|are|showed|demonstrated)|"
    r"only (one|two|three|four|five|six|\d+)( of (the |these )?\w+)? (were|was|had|demonstrated|showed|included)|"
    r"without (a |any )?(clear|effective|sufficient|appropriate|robust|timely|adequate|proper|management|oversight|"
    r"supervision|an assessment|assessment|a plan|plans)|miss(es|ed)? (the |an |some )?opportunit(y|ies)|"
    r"(has been|have been|is|are|was|were|remains?) (very |particularly |more )?challenging|"
    r"leaves? (them|children|young people|families|some children) (\w+ )?vulnerable|"
    # seventh round: a risk left unmanaged ("This left children potentially at risk of significant harm")
    r"(left|leaves?|leaving) (?!care\b)(\w+ ){0,3}(potentially |unnecessarily |still )?(at (\w+ ){0,2}risk|exposed to|"
    r"unprotected|unsafe|in unsafe)|"
    # a shortfall implied by what must become more so ("they need to be more challenging")
    r"(need|needs|needed) to be more \w+|"
    # council minutes (fifth round): pace that must go further, waits that take longer, churn, strain, a need named
    r"(needs?|needed|has|had) to go (further|faster)|still (more )?work to (do|be done)|"
    r"tak(e|es|ing|en) (a (little|bit) |much |far |too |even )?longer|churn|unsettl(ing|ed)|strains?|"
    r"(highlighted|identified|stressed|emphasi[sz]ed|underlined) the need (to|for)|"
    r"(emphasis|stress) on the need (to|for)|"
    r"only \d+ (out )?of (the )?\d+|needs? to (understand|know|do|learn) more|"
    r"(we|the (service|council|local authority|authority)) (needed|needs|need) to (build|improve|make|ensure|develop|"
    r"strengthen|understand|address)|"
    # eighth round: practice still underdeveloped, no change since the last inspection, what should have come sooner,
    # and the minutes' words for a service that slipped ("had slipped", "found troubling", "remained hard")
    r"under-?developed|undeveloped|remain(s|ed)? (largely |broadly |much )?(similar|the same|unchanged)\b[^.;]{0,60}"
    r"\b(last|previous|earlier) (inspection|visit)|should (have )?(\w+ ){0,4}(sooner|earlier)|in an unplanned way|"
    r"(had|has|have) slipped|slipp(ed|ing) (back|behind)|troubling|remain(s|ed)? (hard|difficult)|"
    # ninth round (random findings of the training documents): an unnamed impact on quality ("This impacts on the
    # quality of subsequent plans"), slow progress, work beyond a worker's capability, unqualified workers holding
    # cases, work done without support
    r"(?<!positively )(?<!positive )(impacts?|impacted|has an impact|had an impact) on the (quality|timeliness|"
    r"effectiveness|consistency|accuracy)|(progress|improvement|pace)( of (\w+ ){1,3})? (was|were|is|are|has been|"
    r"had been|remains?|remained) (too |very |particularly |relatively )?slow|beyond (their|his|her|its) "
    r"(capability|capacity|competence|experience)|(allocated to|held by|carried by) unqualified|without (any )?"
    r"support)\b",
    LIMITED, AVERAGE_WORSE,
    MANY_MOVES,
    # fourteenth round (the readers' line): inconsistency as a noun, areas for improvement said to
    # remain, what was done wrongly, a need of the service said outright
    readers_line.INCONSISTENCY, readers_line.AREAS_TO_IMPROVE, readers_line.DONE_WRONGLY,
    readers_line.UNMET_NEED,
    # sixteenth round: a negative effect named, children moved again and again, work rated less than good
    readers_line.NEGATIVE_EFFECT, readers_line.MANY_CHANGES,
    # seventeenth round: a shortfall named in a contrast clause
    readers_line.CONTRAST_SHORTFALL,
    # eighteenth round: more oversight or attention required, improvements still required, plain shortfall words
    readers_line.REQUIRES_MORE, readers_line.PLAIN_SHORTFALL,
    # nineteenth round: fragility, what is still to be agreed or done, legacy issues
    readers_line.NOT_YET_DONE,
    # twenty-third round: a long wait, a service less able to do its work or at breaking point
    readers_line.LONG_TIME, readers_line.LESS_ABLE,
    readers_line_more.REQUIRES_DEVELOPMENT, *readers_line_more.CONCERN_MORE,  # 24th to 28th rounds: what a service
    *readers_line_third.CONCERN_THIRD, *readers_line_fourth.CONCERN_FOURTH,  # requires, harm that follows, ...
)


# A recommendation without one of these words is about meetings and reporting, not a shortfall.
RECOMMENDATION_CONCERN = Folded(r"\b(improve|ensure|address|strengthen|fail|need|must|reduce|increase|consistent|"
                                r"quality|timel)")
# Thirteenth round (the readers' line): an improvement verb done to the service ("Leaders have strengthened
# oversight", "is helping to improve timescales"): a strength.
IMPROVED_SERVICE = (r"\b(has|have|had) (now |also |since |further |significantly |successfully |recently |"
                    r"considerably |greatly )?(strengthened|enhanced|reinforced|tightened|raised the quality)\b|"
                    r"(?<!\bto )(?<!\bshould )(?<!\bmust )(?<!\bwill )(?<!\bcould )(?<!\bwould )\b(help(s|ed|ing)?|"
                    r"contribut(es|ed|ing)) (\w+ ){0,2}to (improve|strengthen|enhance|raise|reduce "
                    r"(delay|drift|risk))\b")
HEDGE = _any(r"\b(but|however|although|though|despite|while|whilst|except|yet|notwithstanding)\b", LIMITED,
             r"\bcould (be|have been) (further |more )?(improved|strengthened|enhanced|developed)\b",
             r"\bwould benefit from\b")
STRENGTH = _any(
    EASED_PROBLEM.source, RESOLVED,
    # more than required ("seen alone more often than statutory requirements")
    r"\bgaps? (\w+ ){0,14}?(is |are |has |have )?(been )?(narrowing|narrowed|closing|closed)\b",
    # council minutes (fifth round): pleased, praised, an improvement since, a trajectory of improvement, a council
    # that knows itself, findings in line with its own self-evaluation
    r"\b((very |extremely )?pleased (to (note|see|hear|report)|with|by|that)|prais(ed|es|ing)|congratulat\w+|"
    r"improvements? since|(trajectory|journey) of improvement|(improvement|improving|upward) trajectory|"
    r"know(s|ing)? (itself|themselves) (well|better)|(in line with|matched|reflected|consistent with|accorded with) "
    r"(the |its |their )?([\w’'-]+['’]s )?own self[- ]?(evaluation|assessment))\b",
    r"\b(within (statutory )?timescales?|proud(ly)?|success|satisfied|commended|(significant|considerable|good|solid|"
    r"substantial|sustained|steady|real) (progress|improvements?))\b",
    r"\b(more often|more frequently|sooner|quicker|faster) than (the )?(statutory|required|minimum|expected|"
    r"national|timescales?)|exceed(s|ed|ing)? (the )?(statutory|minimum|required|expected|target)",
    r"\b((?<!to be )good|outstanding|effective(ly)?|strong(ly)?|strength(s)?|well[- ](established|supported|managed|"
    r"received|placed|embedded)|manageable|timely|improv(ed|ing|ement(s)? (has|have))|robust|positive(ly)?|"
    r"comprehensive|thorough(ly)?|high[- ]quality|appropriate(ly)?|prompt(ly)?|stable|stability|doubled|"
    r"(?<!for )(?<!of )improvements? (in|to)(?! be good)|service improvement|(feel|felt|feeling) safe|positive about|"
    r"real strength|"
    r"committed|valued|confident|skilled|impressive|excellent|enhanced|successful(ly)?|benefit(s|ed)?|"
    r"clear(ly)?|consistent(ly)?|rigorous(ly)?|sensitive(ly)?|creative(ly)?|child-focused|proud|thrive|thriving|"
    r"flourish(es|ing)?|exemplary|exceptional(ly)?|tenacious(ly)?|persistent(ly)?|purposeful(ly)?|meaningful(ly)?|"
    r"warm|nurturing|trusting|trusted|swift(ly)?|quickly|attuned|championed|ambitious|aspirational|proactive(ly)?|"
    r"appreciate|value|values|(?<!as )well(?!-being| being| beyond)|actively|"
    r"(an |plays an |takes an )active (role|interest|"
    r"part)|useful|innovative|insightful|responsive|careful(ly)?|regularly|efficient(ly)?|"
    # words of the fourth round's convention: how well it is done, breadth, a benefit to children
    r"closely|collaborative(ly)?|tailored|ably|systematic(ally)?|routinely|diligent(ly)?|wide (range|spectrum|"
    r"variety|array)|(?<!to )(reduces|reduced|minimises|minimised|minimizes|minimized) (the )?risks?)\b",
    # sixth round: a subject that ensures something ("Strong oversight ensures that children receive timely support",
    # "IROs ... ensure that plans progress"; not what is to be ensured: "to / should / must / will ensure"), active
    # participation, a stable workforce, an achievement
    r"(?<!\bto )(?<!\bshould )(?<!\bmust )(?<!\bwill )(?<!\bcan )(?<!\bcould )(?<!\bwould )(?<!\bmay )"
    r"(?<!\bmight )\b(ensures?|ensured)\b",
    r"\bactive (participation|involvement|engagement|contribution)\b",
    r"\b(are|is) (now )?(all |almost all |mostly )?permanent\b|\bnow (\w+ ){0,2}permanent (staff|employees|workers|"
    r"social workers|managers)\b",
    r"\b(significant|considerable|notable|real) achievements?\b",
    r"\b(accurate(ly)?|realistic|decisive(ly)?|proportionate(ly)?)\b",
    r"\b(is|are|has been|have been) (already )?having (a |an |some )?(\w+ ){0,2}impact\b",
    # a benefit stated as its effect on children (the eighth file's convention): supported to / by, plans that
    # reflect their needs and wishes, the help they need, heard and listened to, helped to feel or settle
    r"\b(are|is|were|was|being|been|feel|feels|felt) (\w+ )?supported (to|by|in)\b",
    r"\breflects? (\w+ )?(\w+['’]s? |\w+s['’] |their |his |her |the )?(individual |specific |diverse |changing )?"
    r"(needs|wishes|views|"
    r"voices?|experiences|identity|identities)\b",
    # (not across a clause: "Although they have some support, they require more input" names a need; fourteenth round)
    r"\b(help|support|care|services?|protection)\b[\w ,]{0,40}\b(?<!, )(that )?(they|he|she) (need|needs|require|"
    r"requires)\b",
    r"\b(are|is|being|been|feel|feels|felt) (\w+ )?(listened to|heard)\b",
    r"\b(helps?|helping|helped|enables?|enabling|enabled) (\w+ ){0,4}(to )?(feel|understand|build|develop|achieve|"
    r"thrive|settle|engage|recover|make (good )?progress)\b",
    r"\bmeets? (their|the|his|her|its|children['’]s|young people['’]s) (\w+ )?needs\b",
    r"\bwithout (undue |unnecessary |any )?delay\b",
    r"\bthe right (support|help|care|placements?|services?|level|time)\b",
    # how fully or reliably it is done: "fully engage agencies", "comprehensively consider", "supervision is regular"
    r"\b(fully|comprehensively|tirelessly)\b",
    # seventh round: approving descriptions without the usual praise words ("a sustained track record of avoiding
    # unplanned changes", good work sustained - not "securing sustained safety" -, "beneficial", "most plan to stay", "a climate of opportunity", "an embedded culture of
    # ...", performance above comparators, "continued improvement", "important contributions", "keenly focused")
    r"\b(track record|sustained (track record|record|improvements?|progress|performance|commitment|focus|investment|"
    r"and|strong|good|high-quality|excellent|effective)|(has|have|had|is|are|been) (\w+ )?sustained|beneficial|keenly|important (contributions?|role|part)|plans? to stay|"
    r"(continued|continuing|marked|notable|demonstrable|tangible) improvements?|climate of (opportunity|trust|"
    r"support|learning|ambition|openness|aspiration)|(embedded|positive|strong|open|supportive|learning) culture|"
    r"culture of (\w+ ){0,3}(trust|learning|support|ambition|openness|respect|high|continuous|reflection|curiosity|"
    r"aspiration))\b",
    r"\bavoid(s|ing|ed)? (\w+ ){0,2}(unplanned|unnecessary|placement|drift|delay|escalation|breakdowns?|moves?|"
    r"changes)\b",
    r"\b(performance|attainment|outcomes|attendance|results?|timeliness) [^.;]{0,30}\b(above|better than|exceeds?) "
    r"(the )?(national|regional|england|comparators?|statistical neighbours?|similar)",
    r"\b(is|are|was|were) (\w+ ){0,2}regular\b(?! (basis|intervals?))",
    # eighth round: what oversight gains ("gives the board insight into the quality of practice", "provide leaders
    # with a wealth of information")
    r"\b(gives?|giving|provides?|providing|offers?) (\w+ ){0,4}(insight|assurance)\b|\ba wealth of\b",
    # ninth round: knowledgeable, child-centred staff; what informs decisions and plans ("This informs decision-making
    # about next steps"); problems dealt with early ("resolved at an early stage"); delay kept away from children
    r"\b(knowledgeable|child[- ]cent(red|ered))\b",
    r"\b(this|which|that|it|these|they) (\w+ )?(informs?|informed) (\w+ ){0,2}(decisions?|decision-making|planning|"
    r"plans|practice|assessments?|approach(es)?|interventions?)\b",
    r"\b(resolved|addressed|dealt with|identified|picked up|responded to|intervened?|intervening) at an early stage\b",
    r"\b(reduces?|reducing|minimi[sz](es?|ing)|prevents?|preventing|avoids?|avoiding) (any |unnecessary )?(delays?|"
    r"drift) for "
    r"(children|young people|families|the child)\b",
    # tenth round: what has been strengthened is an improvement ("Recruitment ... have been strengthened in response
    # to ...", not "needs to be strengthened")
    r"\b(has|have|had) (since |now |also )?been (\w+ )?strengthened\b",
    # eleventh round (training documents): praise words the lists missed ("helpful intelligence-sharing links",
    # "social work of a high standard", "cohesive partnership working", "curious and analytical" workers); improvement
    # begun ("This is beginning to strengthen planning")
    r"\b(helpful(ly)?|cohesive|analytical|of an? (\w+ )?high standard)\b",
    r"\b(beginning|began|begun|starting|started) to (improve|strengthen|make a (positive )?difference)\b",
    # thirteenth round (the readers' line): an improvement verb with the service as its object ("Leaders have
    # strengthened management oversight", "oversight is helping to improve timescales")
    IMPROVED_SERVICE, AVERAGE_BETTER,
    # fourteenth round (the readers' line): a favourable effect on children, help given to them, praise words the lists
    # missed, a rise in adoptions or carers
    readers_line.FAVOURABLE_EFFECT, readers_line.HELP_GIVEN, readers_line.MORE_PRAISE,
    readers_line.FAVOURABLE_RISE,
    # fifteenth round: a problem dealt with, a figure within its limit or better than the average, a bad event rare,
    # praise words (pride, compassion, warmth, encouraged), striving, contact kept, harm prevented
    readers_line.PROBLEM_DEALT_WITH, readers_line.WITHIN_LIMIT, readers_line.BETTER_THAN_AVERAGE,
    readers_line.RARE_HARM, readers_line.WARM_PRAISE, readers_line.EFFORT_AND_REACH,
    # sixteenth round: good practice said as a plain fact, children's voice shaping a service, oversight that lets
    # managers act, a problem measure said to be low
    readers_line.GOOD_PRACTICE, readers_line.CHILDREN_SHAPE, readers_line.ENABLES_OVERSIGHT,
    readers_line.LOW_PROBLEM,
    # eighteenth round: problems resolved (past tense too)
    readers_line.ISSUES_RESOLVED,
    # nineteenth round: progress made against a problem, knowing what still needs to improve, effort and help received
    readers_line.PROGRESS_AGAINST, readers_line.KNOWS_WHAT_TO_IMPROVE, readers_line.EFFORT_AND_HELP,
    # twenty-second round: a workforce problem said to be falling
    readers_line.FALLING_PROBLEM,
    readers_line.LOW_PROBLEMS_LISTED, readers_line.RISK_MANAGED,  # 23rd round: problem measures low, risks managed
    readers_line_more.ACTION_TAKEN, readers_line_more.HELPS_PREVENT,  # 24th to 26th rounds: a step, delay kept away
    *readers_line_more.STRENGTH_MORE, *readers_line_third.STRENGTH_THIRD,  # leaders acting, effort; the third part's
    *readers_line_fourth.STRENGTH_FOURTH,  # and the fourth part's (twenty-eighth round)
)
# Praise words in the scope of a negation ("this is not well supported by careful planning"), up to the end of the
# clause: not counted as strengths (the negation itself counts as a concern). "not only ... but" is not a negation.
NEGATED_SCOPE = Folded(r"\b(not|never|no longer|nor|cannot|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|none)\b"
                       r"(?! only\b| just\b| merely\b| in (education|employment)\b)[^,;.:]*|\bwithout( [\w-]+){1,4}"
                       # eighth round: "There are no alternative measures being consistently used"
                       r"|\bthere (is|are|was|were|has been|have been) no\b[^,;.:]*")
# Praise that is only wished for or aimed at (fifth round, council minutes): a member's proposal ("a representative
# would bring a valuable voice"), improvement named as what work is for ("work to deliver improvements"), promptness
# as a step's aim ("to act promptly"). Not counted as strengths.
UNREALISED_SCOPE = Folded(NEGATED_SCOPE.source
                          + r"|\b(would|might) (be|bring|add|provide|offer|give|help|enable)\b[^;.:]*"
                          r"|\bto (deliver|drive|make|secure|achieve|bring about|sustain|embed) (the |further |these |"
                          r"those |rapid |sustained |lasting )?(\w+ )?improvements?( (in|to))?\b"
                          r"|\bto (act|respond|move|deal|work) [^.;]{0,20}?(promptly|quickly|swiftly|effectively)\b"
                          r"|\b((work(s|ed|ing)?|continued?) towards|aim(s|ed|ing)? (to|at)|with the aim of) [^.;:]*"
                          # seventh round: work focused on improving (an aim, not yet an improvement)
                          r"|\b(work|efforts?|activity|action) (has |have |had |is |are )?(been )?(focused|"
                          r"concentrated) on (improving|strengthening|developing|reducing|addressing|embedding)\b"
                          # eighth round: praise said not to have lasted ("The consistently high quality of services
                          # identified at the last inspection has not been maintained"), and a member's yes / no
                          # question ("asked if the council could be confident of a better grade")
                          r"|[^.;:]*\b(has|have|had|was|were) not been (maintained|sustained|kept up|built on)\b"
                          r"|\basked (if|whether) [^.;?]*"
                          # fifteenth round: an aim still to be met ("more needs to be done to ensure ...")
                          r"|" + readers_line.AIM_NOT_MET
                          # eighteenth round: the grade of the schools children attend
                          + r"|" + readers_line.GOOD_SCHOOLS)
