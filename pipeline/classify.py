"""Kind, polarity and voice of each segment, from cue phrases in the segment, its section and its lead-in.

kind      finding | action | recommendation | context | procedural
polarity  concern | strength | neutral
voice     inspectorate | council | other
speaker   member | officer | inspector | "" : who a council document reports speaking (`pipeline.furniture`)
reason    why a procedural segment is left out (`pipeline.furniture.REASONS`); "" for the others
Rules are ordered from the most specific cue to the most general; the first that fires decides. These rules
decide what the segment stage leaves out as procedural and are the labels wherever no embeddings exist;
`rule_cues` gives the same cues as 0/1 features for the learned refinement in `pipeline.classify_model`.
The rules are written once, on whole columns (`_rule_hits`: each pattern runs once per distinct string);
`classify_text` and `rule_cues` apply them to a single segment, `classify_segments` and `cue_table` to a table.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from pipeline import readers_line
from pipeline.furniture import HEADING, PROCEDURE, exclusion_reasons, speakers
from pipeline.patterns import Column, Folded
from pipeline.schema import CUE_DOC_TYPES, KINDS, LEAD_IN, POLARITIES, VISIT_TYPES, VOICES

# Ofsted's letters after a visit are inspectors' text like a report: the rules and the learned classifier's
# doc_type cue (trained on CUE_DOC_TYPES) read them as inspection_report.


def _any(*patterns: str) -> Folded:
    return Folded("|".join(f"(?:{p})" for p in patterns))


PROCEDURAL = _any(
    # ("The board has introduced a strategy" and "an invited observer" are about the service, not the meeting; the
    # meeting's thanks: THANKS)
    r"^(the )?(chair|chairman|chairwoman|chairperson|committee|panel|sub-committee|board|members?)\b.{0,40}"
    r"\b(welcomed (everyone|all|those|attendees|(the )?(new )?(members?|officers?|guests?|speakers?|"
    r"representatives?|visitors?)\b|councillor|cllr|mr|mrs|ms|dr|[\w'’-]+ [\w'’-]+ (to|from|as)\b)|"
    r"introduced (the |this |a |an )?(item|report|update|presentation|paper|session|officers?|"
    r"speakers?|guests?|members?|councillor|cllr|mr|mrs|ms|dr|colleagues?|him|her|them)|invited (\S+ ){1,6}to\b|"
    r"considered a report|received a report|noted the report|agreed to note)",
    r"\bapologies (for absence )?(were|was) (received|noted)", r"^resolved[:,]? that the (report|update)",
    r"\bdeclarations? of interest", r"^(the )?minutes of the (last|previous) meeting", r"\bthe meeting (closed|ended)",
    r"\bthe report was (noted|received)\b", r"^(to|that) note the\b", r"\bbe thanked\b",
    r"^(background papers|priorities (for|in) the next|summary of progress)\b",
    r"\binvited\b.{0,80}\bto (give|present|introduce|speak|address)\b",
    r"\bgave a presentation\b", r"^(a |the )?reports? (by|of|from) the\b", r"^(to enable|the purpose of (this|the) report)\b",
    r"\baddressed the (sub-)?committee\b", r"\bimpact assessment (been )?(carried out|completed|undertaken)\?",
    r"\bhandwritten signature\b", r"^contact officer\b",
    r"\b(outlined|presented|gave|made the following|summarised)\b.{0,160}:$",  # a lead-in to someone's points
    # page furniture of inspection reports: the running footer, the copyright line, a contents line
    r"^(.{0,40}\d{4} )?\d{1,3} inspection of [\w ,.'’&-]{0,60}(children[’']s services|local authority)$",
    r"^© crown copyright\b",
    r"\b(summary|recommendations|findings|area|board|governance|permanence|leavers|protection) \d{1,3} .*"
    r"\b(summary|recommendations|findings|area|board|governance|permanence|leavers|protection) \d{1,3}\b",
)
# The meeting's thanks ("The Chair thanked the officers for the report"), procedural unless a clause in them says
# something ("The Chairman thanked the service for the progress that had been made, evidenced by ..."). Apart from
# PROCEDURAL, whose long alternation runs in RE2 (no look-around).
THANKS = Folded(r"^(the )?(chair|chairman|chairwoman|chairperson|committee|panel|sub-committee|board|members?)\b"
                r".{0,40}\bthanked\b(?![^.!?]*\b(that|which)\b)")
# "Minutes of the Corporate Parenting Panel, 12 March 2019" is a title; "Minutes of strategy discussions are
# detailed" is a finding about the service: a title has no verb of its own.
MINUTES_TITLE = Folded(r"^minutes (of|from)\b")
MINUTES_VERB = Folded(r"\b(are|is|were|was|do|does|did|not|show|shows|showed|evidence|evidenced|demonstrate|"
                      r"demonstrates|record|records|recorded|include|includes|provide|provides|reflect|reflects|"
                      r"contain|contains|lack|lacks|capture|captures|set out|sets out|identify|identifies|confirm|"
                      r"confirms|indicate|indicates|have|has|had)\b")
PROCEDURAL_SECTION = _any(r"^background papers\b", r"^contact officers?\b")
RECOMMENDATION = _any(
    r"\b(should|must|needs? to|ought to) (ensure|improve|strengthen|develop|review|consider|address|make sure|"
    r"increase|reduce|establish|continue)\b",
    r"^(ensure|improve|strengthen|develop|review|address|increase|reduce|establish|implement|include|provide|"
    r"secure (a|an|the|more|sufficient)|monitor|extend|collate|evaluate|make sure|take (immediate |urgent |prompt )?action|further (develop|improve|"
    r"strengthen))\b",
    r"^(to )?(call upon|resolves?|requests?|expects?|ask that|asks?|invites?)\b",
    r"\brecommend(s|ed|ation)?\b.{0,20}\bthat\b", r"^the need to\b", r"^(arrangements|action) to (ensure|improve)\b",
    r"\bmust be\b", r"^\(?\d{1,2}\)\s+that\b", r"^to (fully )?(support|build|call|ensure|develop|work|establish|ask)\b",
    r"^(a |the |there (is|was) a )?(continuing |further )?needs? (to|for)\b",  # "Need to embed processes"
)
# An inspection's recommendation or need as a council document relays it ("One recommendation was to look at ...",
# "the report highlighted the need for ...", "Ofsted had also suggested that ..."): what is not yet so, a concern
# whatever the aim's words (issue 17, fifth round: council minutes and scrutiny pages).
RELAYED_RECOMMENDATION = _any(
    r"\b(one|another|a further|the (first|second|third|other|main|key)) recommendation (was|is|had been) (to|that)\b",
    r"\b(highlighted|identified|stressed|emphasi[sz]ed|underlined|pointed to|set out) the need (to|for)\b",
    r"\b(ofsted|inspectors?|the inspectorate|the (inspection )?report|the (ofsted )?letter) (had )?(also )?"
    r"(suggested|recommended|advised|asked) that\b",
    r"\b(emphasis|stress) on the need (to|for)\b",
    r"\b(identified|found|said|noted|highlighted|stated) that (the (service|council|local authority|authority)|we|"
    r"leaders|managers|social workers) (needed|needs|need|should|must) to\b",
)
# A lead-in announcing an inspection's recommendations or areas for improvement in a council document ("Ofsted had made
# 13 recommendations to the Council. These were:", "Ofsted had highlighted two areas of improvement which were:"):
# its items are the inspection's recommendations, concerns (fifth round).
RELAYED_RECOMMENDATION_LEAD_IN = Folded(r"\b(ofsted|inspect\w*|the report|the letter)\b.*\b(recommendations?|"
                                        r"areas? (for|of) (improvement|development))\b.*:$")
RECOMMENDATION_SECTION = _any(r"what needs to improve", r"areas? for (improvement|development)",
                              r"recommendations?", r"what the local authority (needs to|should) do", r"resolved")
ACTION = _any(
    r"\b(has|have|had) (also )?(been )?(appointed|recruited|introduced|established|commissioned|invested|launched|"
    r"implemented|developed|set up|put in place|created|begun|started|agreed|made available|distributed|"
    r"undertaken|under taken|carried out|devised|followed up|approved|convened|received|made)\b",
    r"\b(took|taken|take) place\b", r"\bwas (also )?(invested|undertaken|introduced|appointed|established|launched)\b",
    r"\b(is|are) (currently )?being (considered|established|developed|reviewed|implemented|increased|arranged)\b",
    r"\bin the early stages of\b", r"\b(we've|we have|we) (invested|put|adopted|introduced|established|developed|"
    r"appointed|set up|made)\b", r"\b(apologised|made a (public )?apology|commit(s|ted)? to)\b",
    r"\baccept(s|ed)?\b.{0,30}\brecommendations\b", r"\bpriority (is|was) to\b", r"\bwas a priority\b",
    r"^(an? |the )?([a-z]+ ){0,3}(secondment|appointment|audit|reshaping|restructure|interviews?) (of|by|for|took)\b",
    r"\b(will|would|is going to|are going to|plans? to|intends? to|is being|are being|was being|were being)\b",
    r"\b(improvement plan|action plan|improvement board)\b.{0,60}\b(will|has|have|is|was)\b",
    r"\b(we|the council|the local authority|the department|the service|the director|officers?) "
    r"(has|have|is|are|was|were|will) (now )?(taken|taking|working|developing|implementing|introducing|recruiting|"
    r"reviewing|investing|addressing)\b",
    r"\bnow (in place|implemented|established|allocated)\b", r"\b(is|are) (now )?(underway|under way)\b",
    r"\b(has|have) been (distributed|delivered|created|allocated|held|attended)\b",
    r"\b(was|were) (created|delivered|distributed|held)\b",
    # a plan or progress item that opens with what was done ("Established regular meetings with police...")
    r"^(established|introduced|implemented|appointed|created|commissioned|launched|recruited|delivered|set up) "
    r"(a |an |the |new |regular |additional |\d)",
    # progress-report wording: steps reported in the passive or the perfect, and plan items named by their step
    r"\b(was|were) (also )?(reviewed|revised|endorsed|submitted|commissioned|refocused|reminded|agreed)\b",
    r"\b(has|have) (also )?(commenced|been reminded|brought together)\b", r"\b(is|are) (now )?planned\b",
    r"\bwe've (put|brought|introduced|established|developed|appointed|set up|made)\b",
    r"^(undertaken|reviewed|revised|refocused|agreed|submitted|completed) ",
    r"^(the )?(application|implementation|introduction|establishment|roll[- ]out|redesign) of\b",
)
CONTEXT = _any(
    r"\b(resident population|population of|approximately [\d,]+ children|there (are|were) [\d,]+ (children|young))",
    r"^(the local authority|the council|[A-Z][a-z]+) (has|had) (a|an) [\w\s-]{0,30}(population|budget|schools?)\b",
    r"\b\d+(\.\d+)?% of (the )?(school|total|child) population\b", r"\bper 10,000\b",
    r"\bthe (last|previous) inspection (of|was)\b", r"\b(this|the) inspection (was carried out|took place|looked at)",
    r"^this is (an? )?(increase|reduction|decrease|rise|fall)\b",
    r"\b(was|were) carried out between\b", r"\binaugural meeting\b", r"\brecommendations (had been|were|have been) made\b",
    r"\bannounced (his|her|their) intention\b", r"^the inspection (framework|process)\b", r"\bexplained the inspection\b",
    r"^(at|as at|on|by) \d{1,2}(st|nd|rd|th)? [a-z]+ \d{4}\b.{0,80}\d",  # "At 31 March 2017, 333 children..."
    r"\b(carried out|undertaken|conducted) under (section|the)\b",
    r"\b(is|are|was|were) (independently )?chaired (by|independently)\b",
    r"^(they|inspectors) (read|looked|watched|considered|spoke|met|visited|reviewed|sampled|tracked|talked)\b",
    r"^the (local authority|council) (operates|runs|has|had) ([\w-]+ ){0,2}(children's homes|children’s homes|"
    r"foster|teams?|residential)",
    r"\b(had|has|have) made ([\w-]+ ){0,3}recommendations\b", r"^the report was (published|issued)\b",
    r"\b(ofsted|inspectors) (undertook|conducted|carried out|had conducted) (an|a|the) [\w\s]{0,30}inspection\b",
    r"^(the|this) report (is|provides) an? (update|summary|overview)\b",
)
# A sentence opening with a figure ("361 children ceased to be looked after"): context in an inspection report; in a
# council document the opening number is a paragraph number or a count of steps taken ("14 briefings have been
# distributed"), so it decides nothing there.
FIGURE_OPENING = Folded(r"^(of (this|these) [\d,]+,? )?\d[\d,.]*%? ")
# What a service, body or offer is made of ("The offer includes ...", "MAST team consists of ..."): context when it
# says nothing good or bad ("The strategy includes a comprehensive action plan" is a finding).
DESCRIPTION = Folded(r"^(the |this |these |its |their |our )?(?!they\b)([\w’'-]+ ){0,3}"
                     r"(includes?|comprises?|comprised|consists of|incorporates|is made up of)\b")
# The government's intervention after an inadequate judgement, as a council document recounts it ("The Strategic
# Improvement Plan was produced ... in direct response to the DfE Improvement Notice"): the history its progress is
# reported against, context when it says nothing good or bad.
INTERVENTION = Folded(r"\b(improvement notice|statutory direction)\b")
# A lead-in introducing how the inspection was done ("The evidence evaluated by inspectors included:", "Ofsted had
# conducted an inspection into:"): its items describe the inspection, they are context.
METHOD_LEAD_IN = _any(r"\bevidence (evaluated|considered|gathered|examined)\b.{0,60}:$",
                      r"\b(conducted|carried out|undertook|undertaken|completed) an? [\w ]{0,30}inspection "
                      r"(into|of)\b.{0,80}:$")
# The descriptive sections of 2012-2017 reports: the area, the service, the inspection itself. What they hold is
# context even when it carries a grade or a shortfall ("Three were judged to be good or outstanding in their most
# recent Ofsted inspection", "No young people are living in houses of multiple occupation").
CONTEXT_SECTION = _any(r"\bin this area\b", r"\bservice information\b", r"\babout this (inspection|local authority)\b",
                       r"\binformation about (this|the) (inspection|local authority)\b",
                       r"\bprevious (ofsted )?inspections?\b", r"^local leadership\b", r"^inspection team\b")
# Actions taken as reported inside an inspection report: only explicit statements of a new step.
REPORTED_ACTION = _any(r"\b(was|were|has been|have been) (introduced|offered|carried out|established|launched|undertaken|"
                       r"created)\b", r"\bwork is (now )?underway\b",
                       r"\b(is|are) (currently )?being (arranged|reviewed|developed|implemented|considered|established)\b",
                       r"\b(is|are) (currently )?undergoing\b",
                       r"\b(has|have) (recently )?(plans|taken steps|committed) to\b", r"\bis intended to\b",
                       r"\b(is|are) (currently )?(recruiting|commissioning|introducing|reviewing|developing) "
                       r"(a |an |the |new |additional )",
                       r"\b(has|have) (recently |now |also )?(appointed|recruited|introduced|established|commissioned|"
                       r"implemented|launched|opened|expanded|restructured)\b")
# A sentence with a main verb: under a "What needs to improve" heading, body text (which some reports' layout files
# there) rather than a listed item, which is a noun phrase ("The quality of plans.") or an imperative.
DECLARATIVE = _any(r"^(however|although|notwithstanding|as a result|consequently|in addition|this|these|they|it|there|"
                   r"he|she|we)\b(?! to\b)",
                   r"^(?:(?!\b(?:that|which|who|whom|whose|where|when|whether|because|if|to ensure|in ensuring)\b).)*?"
                   r"\b(is|are|was|were|has|have|had|does|do|did|can|cannot)\b")
# Figures: two or more numbers other than years and ages, with no comparison (a figure compared, or said to rise or
# fall, is a finding).
_FIGURE = re.compile(r"(?<![\w./])(?<!age of )(?!(?:19|20)\d\d\b)\d[\d,.]*%?(?![\d%/])(?!-? ?(?:years?\b|and\b))")
COMPARISON = _any(r"\b(increas\w*|decreas\w*|improv\w*|r[io]se|rising|fell|fallen|falling|higher|lower|longer|shorter|"
                  r"better|worse|than|targets?|compared|comparators?|average)\b")
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
    r"\btoo early to (evaluate|see|assess|judge|measure|know|tell|demonstrate|show|identify)\b",
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
                 r"|" + readers_line.FAVOURABLE_ABSENCE)
STRONG_STRENGTH = _any(r"\b(positive (progress|impact|difference)|successful(ly)?|doubled|strong building|"
                       r"prais(ed|es)|(was|were) (very |generally |particularly |extremely )?pleased (with|by|to note)|"
                       r"improvements? (have|has|had) (also )?been (made|achieved|seen|sustained)|"
                       r"progress (had|has|have) been made|(acknowledged|recognised|recognized|noted|found) (\w+ ){0,3}"
                       r"(significant |considerable |good |substantial )?(improvements|progress)|"
                       r"(significant|material|consistent) improvements?|improving (quality|trend))\b", GRADE_STRENGTH,
                       CLEARED_GRADE,
                       EASED_PROBLEM.source, RESOLVED)
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
)
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
    r"of [^.;]{0,60}?(weaknesses|challenges|pressures|shortfalls|gaps|deficits|areas (for|of) (improvement|"
    r"development))\b",
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
# A lead-in introducing what must be done.
RECOMMENDATION_LEAD_IN = _any(r"\b(recommend\w*|needs? (for|to)|should|must|resolved|requests?|areas? for (improvement|"
                              r"development)|what needs to improve|the following actions)\b.{0,120}:$")
# Children's or parents' wishes quoted in a council document ("“Don’t make any decisions about us without us”").
QUOTED_WISH = _any(r"^[‘“\"']\s*(we (want|need|would like)|don[’']t|do not|please|apply|listen|make|give|help|"
                   r"ask|tell|treat|involve|respect|let|stop|keep|remember|be)\b")
# A lead-in introducing the council's own steps, taken or planned ("The key priority areas in the next month are to:",
# "Immediate steps have been taken ..., which include ...:"): in a council document its items are actions.
ACTION_LEAD_IN = _any(r"\b(priorit(y|ies)|next steps|we will|plans? to|key (actions|improvements)|improvements in this "
                      r"period|(have|has|had) (been )?(taken|implemented|introduced|put in place|made)|implemented|"
                      r"steps)\b.{0,160}:$")
# A list item or slide line: no closing punctuation, a dozen words at most.
FRAGMENT = re.compile(r"^(?!.*[.!?;:’”\"')]$)(\S+ ){0,11}\S+$")
# A heading or slide title carried into the text: two to ten words, no closing punctuation, every word but the
# small ones capitalised ("Improving the Quality and Effectiveness of Frontline Practice"); not a name opening with
# "The" ("The Health and Well Being Board"), which is a body listed, not a title.
_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with our we & -".split())


def heading_line(text: str) -> bool:
    """A heading, not a sentence: 2-10 words, not opening with "The", no closing punctuation, and every word but the
    small ones (_SMALL_WORDS) opening with a capital or a digit ("Improving the Quality of Frontline Practice")."""
    words = text.rstrip("*").split()
    if not 2 <= len(words) <= 10 or words[0] == "The" or re.search(r"[.!?;:’”\"')]$", words[-1]):
        return False
    content = [word for word in words if word.lower() not in _SMALL_WORDS]
    return len(content) >= 2 and all(word[0].isupper() or word[0].isdigit() for word in content)


# A lead-in introducing a list of what the inspection found.
INSPECTION_LIST = _any(r"\b(highlighted|identified|found|judged|acknowledged|strengths|weaknesses|areas? (of|for) "
                       r"(serious )?(concern|improvement|development))\b.{0,80}:$")


def _flat(value: str) -> str:
    """One line with single spaces: text from PDFs breaks lines anywhere, and the patterns are written with spaces."""
    return " ".join(str(value or "").split())


def classify_text(text: str, section: str = "", doc_type: str = "", lead_in: str = "") -> tuple[str, str, str]:
    """(kind, polarity, voice) of one segment (the rules of `_rule_hits` on a table of one row)."""
    hits = _rule_hits(_one_row(text, section, doc_type, lead_in))
    return hits["kind"][0], hits["polarity"][0], hits["voice"][0]


def _one_row(text: str, section: str, doc_type: str, lead_in: str) -> pd.DataFrame:
    return pd.DataFrame({"text": [text or ""], "section": [section or ""], "doc_type": [doc_type or ""],
                         LEAD_IN: [lead_in or ""]})


def classify_segments(findings: pd.DataFrame) -> pd.DataFrame:
    """A new table with kind, polarity, voice, speaker and reason (over)written; needs text, and uses section,
    doc_type, context and a reason the segment stage gave. Gives what `classify_text` gives row by row, each pattern
    run once per distinct string."""
    return classify_with_cues(findings)[0]


CUE_NAMES = (
    ["procedural", "recommendation", "recommendation_section", "action", "context", "reported_action",
     "strong_concern", "strong_strength", "concern", "concern_2plus", "hedge", "strength", "strength_2plus",
     "inspectorate_reported", "inspectorate_reported_lead_in", "council_speaker", "council_speaker_lead_in",
     "other_speaker", "other_speaker_lead_in", "numbers", "section_empty", "procedural_section", "context_section",
     "section_imperative", "recommendation_lead_in", "lead_in_colon", "fragment", "quotation", "staff_speaker",
     "inspectors_own", "inspection_list_lead_in", "declarative", "figures"]
    + [f"rule_kind={k}" for k in KINDS] + [f"rule_polarity={p}" for p in POLARITIES]
    + [f"rule_voice={v}" for v in VOICES] + [f"doc_type={d}" for d in CUE_DOC_TYPES]
)
_NUMBER = re.compile(r"\d[\d,.]*%?")


def rule_cues(text: str, section: str = "", doc_type: str = "", lead_in: str = "") -> list[float]:
    """The rules' cues for one segment as 0/1 values in CUE_NAMES order: which patterns fire on the text (and on
    the section or lead-in where named), the rules' own kind, polarity and voice, and the document type."""
    return cue_table(_one_row(text, section, doc_type, lead_in))[0].astype(float).tolist()


def _columns(findings: pd.DataFrame) -> list[np.ndarray]:
    """text, section, doc_type, context as object arrays of str ("" where missing; white space made single spaces
    except in doc_type)."""
    columns = [findings.get(c, pd.Series("", index=findings.index)).fillna("").astype(str).to_numpy(dtype=object)
               for c in ("text", "section", "doc_type", LEAD_IN)]
    return [np.array([_flat(v) for v in column], dtype=object) if i != 2 else column
            for i, column in enumerate(columns)]


def _rule_hits(findings: pd.DataFrame) -> dict[str, np.ndarray]:
    """Every pattern's result on every row, and the rules' kind, polarity and voice decided from them: the one place
    the rules are written, on whole columns (each distinct text prepared once for all patterns, `Column`)."""
    text, section, doc_type, lead_in = _columns(findings)
    n = len(text)
    texts, lead_ins, sections = Column(text), Column(lead_in), Column(section)
    hits = {name: pattern.found_in(texts) for name, pattern in (
        ("procedural", PROCEDURAL), ("recommendation", RECOMMENDATION), ("action", ACTION), ("context", CONTEXT),
        ("reported_action", REPORTED_ACTION), ("strong_concern", STRONG_CONCERN), ("strong_strength", STRONG_STRENGTH),
        ("hedge", HEDGE), ("recommendation_concern", RECOMMENDATION_CONCERN), ("inspectors_own", INSPECTORS_OWN),
        ("staff_speaker", STAFF_SPEAKER), ("declarative", DECLARATIVE), ("quoted_wish", QUOTED_WISH),
        ("figure_opening", FIGURE_OPENING), ("description", DESCRIPTION), ("intervention", INTERVENTION),
        ("relayed_recommendation", RELAYED_RECOMMENDATION), ("cleared_grade", CLEARED))}
    hits["procedural"] = hits["procedural"] | THANKS.found_in(texts) | (MINUTES_TITLE.found_in(texts) &
                                                                         ~MINUTES_VERB.found_in(texts))
    hits["quotation"] = texts.each(lambda value: QUOTATION.search(value) is not None, bool)
    hits["fragment"] = texts.each(lambda value: FRAGMENT.search(value) is not None, bool)
    for name, pattern in (("inspection_list_lead_in", INSPECTION_LIST), ("method_lead_in", METHOD_LEAD_IN),
                          ("relayed_recommendation_lead_in", RELAYED_RECOMMENDATION_LEAD_IN),
                          ("recommendation_lead_in", RECOMMENDATION_LEAD_IN), ("action_lead_in", ACTION_LEAD_IN)):
        hits[name] = pattern.found_in(lead_ins)
    hits["lead_in_colon"] = np.array([value.endswith(":") for value in lead_in], dtype=bool)
    for name, pattern in (("recommendation_section", RECOMMENDATION_SECTION), ("procedural_section", PROCEDURAL_SECTION),
                          ("context_section", CONTEXT_SECTION), ("section_imperative", RECOMMENDATION)):
        hits[name] = pattern.found_in(sections)
    both = Column(np.concatenate([text, lead_in]))  # the speaker patterns run on texts and lead-ins alike
    for name, pattern in (("inspectorate_reported", INSPECTORATE_REPORTED), ("council_speaker", COUNCIL_SPEAKER),
                          ("other_speaker", OTHER_SPEAKER)):
        found = pattern.found_in(both)
        hits[name], hits[f"{name}_lead_in"] = found[:n], found[n:]
    hits["concern_count"] = CONCERN.count_in(texts, blank=NOT_A_CONCERN)
    hits["strength_count"] = STRENGTH.count_in(texts, blank=UNREALISED_SCOPE)
    hits["numbers"] = texts.each(lambda value: len(_NUMBER.findall(value))) >= 2
    hits["figures"] = ((texts.each(lambda value: len(_FIGURE.findall(value))) >= 2)
                       & ~COMPARISON.found_in(texts))
    hits["section_empty"] = section == ""
    doc_type = np.where(np.isin(doc_type, VISIT_TYPES), "inspection_report", doc_type).astype(object)
    inspection = doc_type == "inspection_report"
    no_judgement = (hits["strength_count"] == 0) & (hits["concern_count"] == 0)
    hits["heading"] = texts.each(heading_line, bool) & ~inspection
    hits["doc_type"] = doc_type
    preset = findings["reason"].fillna("").astype(str).to_numpy(dtype=object) if "reason" in findings else \
        np.full(n, "", dtype=object)
    reason = exclusion_reasons(texts, sections, ~inspection, preset,  # Ofsted stock text, meeting furniture
                               minutes=doc_type == "committee_minutes")

    # Kind: the first rule that fires decides.
    kind = _first([
        # (heading: the slide titles and plan headings of council documents)
        (reason != "", "procedural"),
        (hits["procedural"] | hits["procedural_section"] | hits["heading"], "procedural"),
        (~inspection & hits["relayed_recommendation_lead_in"], "recommendation"),  # the inspection's, relayed
        (~inspection & hits["action_lead_in"], "action"),  # items under a lead-in announcing the council's steps
        ((hits["recommendation_section"] & ~hits["declarative"]) | hits["recommendation"]
         | (~inspection & (hits["quoted_wish"] | hits["relayed_recommendation"])), "recommendation"),
        (hits["context"] | hits["context_section"] | hits["method_lead_in"] | (inspection & hits["figure_opening"])
         | ((hits["figures"] | hits["description"] | (~inspection & hits["intervention"])) & no_judgement),
         "context"),  # background, figures and descriptions that judge nothing
        (~inspection & hits["action"] & ~hits["inspectorate_reported"], "action"),
        # progress reported under an inspection recommendation used as a heading
        (~inspection & hits["section_imperative"] & (hits["concern_count"] == 0), "action"),
        (inspection & hits["reported_action"] & (hits["strength_count"] == 0), "action"),
    ], "finding")
    concern, strength = hits["concern_count"], hits["strength_count"]
    # Steps, figures and meeting business are neutral unless they say plainly that something is wrong or good.
    plain = _first([(hits["strong_concern"], "concern"), (hits["strong_strength"], "strength")], "neutral")
    weighed = _first([
        (hits["cleared_grade"] & (concern == 0), "strength"),  # "no longer judged to be inadequate"
        ((concern > 0) & (hits["hedge"] | (concern >= strength)), "concern"),  # a hedged or mixed statement
        (strength > 0, "strength"),
        (kind == "recommendation", "concern"),  # what must be done implies what is not yet done
    ], "neutral")
    polarity = np.select(
        [np.isin(kind, ["action", "context", "procedural"]),
         # what must be improved or ensured implies it is not yet so, whatever praise words the aim holds; an
         # inspection report's recommendation always does (all 92 labelled ones are concerns)
         (kind == "recommendation") & (inspection | hits["recommendation_concern"] | hits["strong_concern"]
                                       | hits["relayed_recommendation"] | hits["relayed_recommendation_lead_in"]),
         kind == "recommendation"],  # a resolution on meetings and reporting
        [plain, "concern", "neutral"], weighed).astype(object)
    voice = _first([
        (inspection & hits["inspectors_own"], "inspectorate"),  # "Staff report, and inspectors found, ..."
        (inspection & (hits["other_speaker"] | hits["quotation"]), "other"),
        (inspection & hits["staff_speaker"], "council"),
        (inspection, "inspectorate"),
        (hits["other_speaker"], "other"),  # "Children seen by inspectors reported..."
        (hits["inspectorate_reported"], "inspectorate"),
        (hits["quotation"], "other"),  # children's or partners' words quoted in a council document
        ((hits["inspectorate_reported_lead_in"] | hits["inspection_list_lead_in"]) & ~hits["council_speaker"],
         "inspectorate"),
    ], "council")
    reason = np.where(reason != "", reason, np.where(
        kind != "procedural", "", np.where(hits["procedural"] | hits["procedural_section"], PROCEDURE, HEADING)))
    hits.update(kind=kind, polarity=polarity, voice=voice, reason=reason.astype(object),
                speaker=speakers(texts, lead_ins, ~inspection))
    return hits


def _first(rules: list[tuple[np.ndarray, str]], otherwise: str) -> np.ndarray:
    """Per row, the value of the first (condition, value) whose condition holds, else `otherwise` (object array)."""
    return np.select([condition for condition, _ in rules], [value for _, value in rules], otherwise).astype(object)


def cue_table(findings: pd.DataFrame) -> np.ndarray:
    """(n, len(CUE_NAMES)) float32: `rule_cues` of every row, computed on whole columns (the same values, faster)."""
    return _cues(_rule_hits(findings), len(findings))


def classify_with_cues(findings: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """`classify_segments(findings)` and `cue_table(findings)` from one pass of the patterns."""
    hits = _rule_hits(findings)
    out = findings.copy()
    for column in ("kind", "polarity", "voice", "speaker", "reason"):
        out[column] = hits[column]
    return out, _cues(hits, len(findings))


def _cues(hits: dict[str, np.ndarray], n: int) -> np.ndarray:
    fired = [hits[name] for name in ("procedural", "recommendation", "recommendation_section", "action")]
    fired += [hits["context"] | hits["figure_opening"]]
    fired += [hits[name] for name in ("reported_action", "strong_concern", "strong_strength")]
    fired += [hits["concern_count"] >= 1, hits["concern_count"] >= 2, hits["hedge"], hits["strength_count"] >= 1,
              hits["strength_count"] >= 2]
    fired += [hits[name] for name in (
        "inspectorate_reported", "inspectorate_reported_lead_in", "council_speaker", "council_speaker_lead_in",
        "other_speaker", "other_speaker_lead_in", "numbers", "section_empty", "procedural_section", "context_section",
        "section_imperative", "recommendation_lead_in", "lead_in_colon", "fragment", "quotation", "staff_speaker",
        "inspectors_own", "inspection_list_lead_in", "declarative", "figures")]
    fired += [hits["kind"] == k for k in KINDS] + [hits["polarity"] == p for p in POLARITIES]
    fired += [hits["voice"] == v for v in VOICES] + [hits["doc_type"] == d for d in CUE_DOC_TYPES]
    return np.column_stack(fired).astype(np.float32).reshape(n, len(CUE_NAMES))
