"""The kind patterns of the rules (`pipeline.classify`): what marks a segment as procedural, a recommendation, an
action or context - in its text, its section heading or its lead-in; a segment none of them decides is a finding.

Each is a case-folded pattern (`pipeline.patterns.Folded`, written with `furniture_reasons.any_of`) or a compiled
regular expression. `pipeline.classify` runs them on whole columns, where the first kind rule that fires decides, and
gives each as a 0/1 cue to the learned classifier.
"""

from __future__ import annotations

import re

from pipeline.furniture_reasons import any_of as _any
from pipeline.patterns import Folded

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
    # "Inspectors had asked the council to ...", "Recommendation 2 had asked for ..." (kind42)
    r"\b(ofsted|inspectors?|the inspectorate|the (inspection )?report|recommendation \d{1,2}) (had )?(also )?"
    r"(asked|called on|required) (the (council|local authority|authority|service|partnership)|leaders|managers|for)\b",
    r"\b(identified|found|said|noted|highlighted|stated) that (the (service|council|local authority|authority)|we|"
    r"leaders|managers|social workers) (needed|needs|need|should|must) to\b",
)
# A lead-in announcing an inspection's recommendations or areas for improvement in a council document ("Ofsted had made
# 13 recommendations to the Council. These were:", "Ofsted had highlighted two areas of improvement which were:"):
# its items are the inspection's recommendations, concerns (fifth round).
RELAYED_RECOMMENDATION_LEAD_IN = Folded(r"\b(ofsted|inspect\w*|the report|the letter)\b.*\b(recommendations?|"
                                        r"areas? (for|of) (improvement|development))\b.*:$")
# A council paper's or minute's section reporting on the recommendations ("Improvement plan: progress against the
# Ofsted recommendations", "Update on the areas for improvement", "Recommendations tracker"): what stands under it is
# the council's progress, not the inspectorate's ask (council63); in council documents it is no RECOMMENDATION_SECTION.
PROGRESS_SECTION = _any(
    r"\b(progress|updates?|response|responses|responding|reporting|delivery|implementation|actions?|monitoring|work) "
    r"(on|against|to|of|in relation to|towards|addressing) (the |its |our |each )?([\w’'-]+ ){0,3}(recommendations?|"
    r"areas? (for|of) (improvement|development))\b",
    r"\b(recommendations?|areas? for (improvement|development))\b[\s:,–—-]*(progress|update|tracker|action plan|"
    r"response|delivery|monitoring|status)\b",
)
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
FIGURE = re.compile(r"(?<![\w./])(?<!age of )(?!(?:19|20)\d\d\b)\d[\d,.]*%?(?![\d%/])(?!-? ?(?:years?\b|and\b))")
COMPARISON = _any(r"\b(increas\w*|decreas\w*|improv\w*|r[io]se|rising|fell|fallen|falling|higher|lower|longer|shorter|"
                  r"better|worse|than|targets?|compared|comparators?|average)\b")
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
# A council body's own decision on its inspection, its plan or the recommendations (kind42, issues 15 and 18): what the
# council did, `action`, not the inspectorate's ask, though minutes file it under "RESOLVED" or a recommendations
# heading. The shapes: a resolution's clause ("(1) That the action plan ... be approved", "RESOLVED - That the
# Director be requested to submit a report ..."); a decision to report or monitor progress ("That the Director report
# progress against each of the recommendations to Cabinet in April", "That the Panel receive a further report in
# September on recommendations 3 and 5"); a body said to have decided ("The Cabinet endorsed the improvement plan",
# "It was agreed that progress be reported to the committee every six months"); a member's proposal to the body.
# Each must also name what it decides on (DECISION_MATTER), in its text or its item's heading: a resolution to
# approve the minutes or to note a report is the meeting's business (PROCEDURAL decides first).
_CLAUSE = r"^(resolved\b[\s:,.–—-]*)?(\(?([0-9]{1,2}|[a-h]|[ivx]{1,4})[.)]\s*)?that\b"
_DECIDED = r"(approved|adopted|endorsed|agreed|ratified|accepted|supported|signed off)"
COUNCIL_DECISION = _any(
    _CLAUSE + r".{0,200}\b(be|is|are) (formally )?" + _DECIDED + r"\b",
    _CLAUSE + r".{0,120}\b(report|reports|receive|receives|monitor|monitors|review|reviews|submit|scrutinise|"
    r"oversee|provide|provides|present|presents|circulate|share)\b.{0,60}\b(progress|report|update|actions?|plan|"
    r"figures|data|information|details)\b",
    _CLAUSE + r".{0,120}\bbe (requested|asked|invited|instructed|tasked) to (submit|provide|present|report|bring|"
    r"monitor|review|oversee|circulate)\b",
    r"^(the )?([\w’'-]+ ){0,5}(cabinet|committee|sub-committee|panel|board|council|commission|executive|forum|"
    r"members)\b.{0,100}?\b(resolved|agreed|approved|endorsed|adopted|ratified|decided|supported)\b"
    r"( (that|to)\b.{0,160}\b(be|should|would|will|to)\b| (the|a|an|its|their|this|these|each|all)\b)",
    r"^it was (resolved|agreed|decided|recommended)\b.{0,160}\b(be|should|would|will|to)\b",
    # a member's proposal to the body ("The Lead Member proposed that the revised plan be approved")
    r"^(the )?([\w’'-]+ ){0,5}(cabinet member|lead member|executive member|portfolio holder|leader|mayor|chair|"
    r"chairman|chairwoman|councillor)\b.{0,100}?\b(proposed|moved|recommended)\b( that)?.{0,160}\bbe "
    + _DECIDED + r"\b",
)
DECISION_MATTER = _any(r"\b(plans?|recommendations?|inspection|ofsted|actions?|progress|response|improvements?|"
                       r"monitoring visits?|findings|audit)\b")
# A council's line answering one of the inspection's recommendations ("On recommendation 2, '...', the template would
# be rewritten", "Against recommendation 4 the service has ..."): what the council did or will do about it; its
# own words decide the kind, not the recommendation it names or quotes.
RESPONSE_TO_RECOMMENDATION = Folded(r"^(on|under|against|for|in response to|regarding|turning to|in relation to) "
                                    r"(the )?([\w’'-]+ ){0,2}recommendations?\b")
