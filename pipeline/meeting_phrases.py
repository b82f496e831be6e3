"""Meeting furniture wherever it stands in a council document: the phrase table (reason, pattern), first match decides.

Read by pipeline.furniture.exclusion_reasons; the reasons are those of pipeline.furniture_reasons.
"""

from __future__ import annotations

from pipeline.furniture_reasons import (AGENDA, APOLOGIES, ATTENDANCE, DECLARATIONS, DEFERRAL, HEADING, INVITED, LINK,
                                        NEXT_MEETING, PREVIOUS_MINUTES, PROCEDURE, PUBLIC_SPEAKING, VENUE)
from pipeline.furniture_reasons import any_of as _any
from pipeline.paper_contents import PAPER_CONTENTS

# What a promise of a paper to the meeting may name, and what keeps it a finding (round 15): a word that judges, a
# change or a trouble, or a reason ("A report on why the delays had grown will come to the next meeting").
_PAPER_KINDS = (r"((further|full|fuller|detailed|written|verbal|oral|short|brief|progress|final|regular|quarterly|"
                r"annual|six[- ]monthly|monthly|updated|follow[- ]up|separate|formal|more) )*")
_PAPER_WORDS = (r"reports?|updates?|briefings?|briefing notes?|presentations?|papers?|information|details|copy|copies|"
                r"items?|notes?|slides|summary|summaries|overviews?")
_PAPERS = f"({_PAPER_WORDS})"
_MEETING_DEST = (r"(meetings?|committee|sub[- ]committee|board|panel|cabinet|members|councillors|commission|forum|"
                 r"agenda|work programme|council)")
PROMISE_SAYS = (r"(?![^.!?]*\b(concern\w*|worr\w*|increas\w*|decreas\w*|ris(e|es|ing|en)|fell|fall(s|en|ing)?|"
                r"delay\w*|fail\w*|positive|negative|poor|strong|weak|inadequate|outstanding|because|why|shortfalls?|"
                r"pressures?|deteriorat\w*|declin\w*|gaps?|shortages?)\b)"
                # (a body of the service is not the meeting: "Updates would go to the Improvement Board monthly")
                r"(?![^.!?]*\b(improvement|safeguarding|partnership|transformation|programme) (board|partnership|"
                r"group)\b)")


# Meeting furniture wherever it stands in a council document (reason, pattern), first match decides.
MEETING_FURNITURE = [
    (VENUE, _any(
        r"^venue\s*:", r"^contact\s*:", r"^(agenda and (draft )?minutes|agenda item|issue - meetings|items|no\.? item|"
        r"media|view directions|browse meetings)$", r"^meeting\s*:\s*\d", r"^(decision maker|decision status|"
        r"is key decision\??|is subject to call in\??|report author|publication date|date of decision|decided at meeting|"
        r"accompanying documents|decision number|additional documents|supporting documents|wards affected|"
        r"lead officer|contact officer)\s*:[^.!?]{0,80}$",  # a label and its short value, not a sentence glued to it
        r"\bdemocratic services (officer|team)\b.{0,40}(tel|telephone|email|e-mail)\b",
        # access to the meeting's rooms for those attending ("A hearing loop is fitted in the chamber", "headsets can
        # be borrowed from reception")
        r"\b(induction|hearing|audio) loops?\b", r"\bhead ?sets?\b.{0,40}\b(available|borrowed|collected)\b",
        r"\bthis meeting (will|may) be (webcast|filmed|recorded|broadcast)\b", r"^webcast\s*:",
        # the meeting's broadcast said after the event ("The meeting was live streamed on the council's channel")
        r"\b(the |this )?(meeting|proceedings)( of the [\w ]{1,40})? (is|was|were|are|will be|would be)( being)? "
        r"(webcast|filmed|recorded|broadcast|live[- ]?streamed|streamed)\b",
        # the notice on filming a public meeting
        r"\bconsent(ing)? to (being|be) (filmed|recorded)\b", r"\b(terminate|suspend) (the )?(filming|recording)\b",
        r"\bpublic seating areas?\b", r"\bin respect of filming\b", r"\b(filming|recording),? (or )?(reporting )?on "
        r"the meeting\b",
        r"\b(the meeting (commenced|started|began|ended|closed|finished) at|meeting ended at)\b",
        # the meeting's own title line: a body, a day and date, a time ("Cabinet - Thursday, 7th December, 2023 5.00 pm");
        # not a sentence that ends with a date ("... explained that the report had been published on Monday 9th May
        # 2022"): a title has no auxiliary verb and no "that" (round 20)
        r"^(?![^.!?]*\b(that|had|has|have|was|were|is|are|been|will|would)\b)"
        r"(meeting of )?[^.!?]{0,160}\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),? \d{1,2}(st|nd|rd|th)?"
        r",? [a-z]+,? \d{4}(,? \d{1,2}([.:]\d{2})? ?(am|pm))?( \(item \d+\.?\))?\.?$",
    )),
    (LINK, _any(r"\bview the full (minutes )?text for item\b",  # a ModernGov page's cut-short minute and its link
                r"\bpdf icon\b", r"\b(pdf|docx?|xlsx?)\s*\d+(\.\d+)?\s*(kb|mb)\b", r"^view the (declarations|background)\b",
                r"^this is the link to\b", r"\bincluded in the agenda (pack )?for ease of reference\b",
                # where the papers are and when they go round ("Copies of the report had been placed in the group
                # offices", "the further information requested would be circulated within the next week")
                r"\bcopies of the ([\w’'-]+ ){0,3}(reports?|papers?|documents?|letters?|minutes|presentation|slides)\b.{0,40}\b(had been|have been|"
                r"were|was|are|is|be) (placed|deposited|made available|available)\b",
                r"^[^.!?]{0,80}\b(were|are|was|is) (set out|included|contained|attached) (with)?in (the )?appendix [\w\d]+"
                r"( (to|of) (the|this) report)?\.?$",
                # what a paper holds, said only to be in it ("A list of suggestions ... were contained in the report")
                r"\b(were|are|was|is) (set out|included|contained|listed) in the (submitted |attached |accompanying )?"
                r"(report|paper|appendix|appendices)\.?$",
                r"\b(marked|listed|shown) (as )?['‘\"“]to follow['’\"”]", r"\bclear working days\b",
                # a copy of a paper to go round ("A copy of the partnership's response would be sent to members");
                # not "Copies of the care leavers' offer were made available in every family hub"
                r"\bcop(y|ies) of (the |this |that |a |an |their )?([\w’'-]+ ){0,4}(would|will|to|could|should|be|"
                r"had been|has been|have been|was|were) (be )?(made available|circulated|shared|sent|provided|forwarded|"
                r"e-?mailed|distributed) (to|with|for) (all )?(the )?(members|committee|panel|board|cabinet|commission|"
                r"councillors)\b",
                r"\b(would|will|to) be (circulated|sent round|distributed) (to (members|the (committee|panel|board))"
                r" )?(within|after|following|with|by|in due course|outside)\b", r"\b(is|are) (attached|included) (at|as) appendix [\w\d]+ (to|of) (these|the) "
                r"minutes\b")),
    (LINK, PAPER_CONTENTS),
    (ATTENDANCE, _any(
        r"\b(was|were) (also )?in attendance\b", r"\bwill (also )?be in attendance\b",
        r"^(present|also present|officers present|in attendance|co-opted members|cabinet members|other members present)"
        # (a label, not a sentence with the body as its subject: "Cabinet members discussed the plan and noted that:")
        r"\b(?![ \t]+[a-z]+ed\b)\s*:?", r"\b(left|joined|rejoined|arrived at|returned to) the meeting\b",
        r"\battended (the meeting )?as (a )?substitutes?\b", r"\bsubstitut(ed|ing) (by|for)\b",
        r"\battended (in accordance with|under) standing order\b", r"\bspoke (to|on) this item\b",
        r"\battended the meeting (to|for|in order to)\b", r"\b(was|were) present (observing|to observe)\b",
        # a list of co-opted members headed by its kind ("CO-OPTED MEMBERS (NON-VOTING) Ms A – Staff Representative")
        r"^co-opted members? \((non-)?voting\)",
        # a change to who sits on one of the council's own inquiries ("asked that the membership of the inquiry be
        # updated"); not "the membership of the fostering panel was changed to include care leavers"
        r"\bmembership of (the|this|that|its|their) ([\w’'-]+ ){0,4}(inquiry|review|task (and finish )?group|"
        r"working group|sub-committee|committee)\b[^.!?]{0,40}\b(be|was|were|been|being) (updated|amended)\b",
        r"\bobserving the meeting\b", r"^[^.!?]{0,80} presented the (report|item)\.?$",
        # who will be at a later meeting ("there would be a representative of the youth forum at the next
        # meeting")
        r"\b(representation|representatives?) (from|of)\b[^.!?]{0,60}\bat the (next|following|future) meeting\b",
        r"\b(would|will) (attend|be present at) the (next|following|future) meeting\b",
        r"\bset out (in|at) (the )?agenda pages?\b",
        r"\b(was|were) pleased to welcome\b.{0,400}\bto the meeting\b",
        # a name and a role, as the lists of members and officers present set them out (not a member's words set
        # after the name: "Cllr B – I like the three priorities")
        r"^(councillor|cllr|mr|mrs|ms|miss|dr)\.? [\w.’'-]+( [\w.’'-]+)? ?[–—-] (?![^.!?]*\b(i|we|you|they|my|our|us|me)\b)"
        r"[^.!?]{3,80}\.?$",
    )),
    # who sits on the committee and who leaves it: resignations and retirements from it, elections and appointments
    # to it, nominations, voting rights, a place taken on it, a portfolio changing hands, a member's contribution
    # to its work thanked or remembered ("Mrs A had resigned from the Committee and was thanked for her
    # contribution", "be appointed, with voting rights, to the Select Committee"); not what a council leader or
    # officer did for the service ("The Director had resigned" names no committee)
    (ATTENDANCE, _any(
        r"\b(resigned|tendered (his|her|their) resignation|stood down|stepped down) (from|as)\b[^.!?]{0,80}\b(committee|"
        r"panel|board|commission|representative|co-opted member)s?\b", r"\bfollowing (his|her|their) retirement as\b",
        r"\b(with|without) voting rights\b", r"\bseconded the nomination\b", r"\bthere being no other nominations\b",
        r"\bthe nomination was (agreed|approved|carried|seconded)\b",
        r"\b(take|took|taken|taking) (up )?(his|her|their) (place|seat) on the (committee|panel|board|commission|"
        r"sub-committee)\b", r"\b(representative|governor|co-opted member)s? elections?\b",
        r"\bno changes (to|in) (the )?membership\b", r"\bwillingness to (continue|serve|remain)\b",
        r"\b(sat|served) on this\b[^.!?]{0,30}\b(committee|panel|board|commission)s?\b",
        r"\b(appointment|re-?appointment|election|nomination)s? of (the |two |new )?co-opted members?\b",
        r"\bcontribution to the (work of the )?(committee|panel|board|commission|sub-committee)\b",
        r"^[^.!?]{0,80}\b(cllr|councillor) [\w’'-]+( [\w’'-]+)? would no longer be (responsible|the)\b",
        r"\bassum\w+ (the )?(responsibility|role) (as|of) (the )?(executive|cabinet|lead) member\b",
        r"\bthe members of the\b[^.!?]{0,80}\b(were|are) (the )?(scrutiny lead|chair|vice|councillors?|cllrs?)\b",
        # thanks for a member's or representative's service, said of nothing else ("thanked Ms B, the outgoing
        # parent governor representative, for her valued contribution"); not "thanked staff, noting that ..."
        r"^(?![^.!?]*\bthat\b)[^.!?]{0,160}\b(thank(ed|s)?|appreciation|gratitude)\b[^.!?]{0,120}\b(for|of) "
        r"(his|her|their) ([\w-]+ ){0,3}(contribution|service|commitment|dedication)\b",
        r"\bminute.s silence\b",
        # who was at which part of the meeting, as a list of officers sets it out ("Whole of meeting: A Smith")
        r"^(whole|part) of (the )?meeting\s*:",
    )),
    (APOLOGIES, _any(r"\bapologies (for absence )?(were|was|had been) (received|given|noted|submitted|made)\b",
                     r"\b(sent|send|gave|give|tendered|submitted) (his |her |their |any )?apologies\b",
                     r"^apologies (for absence )?"
                     r"(from|received|were)\b", r"^no apologies\b", r"\bto (receive|note) (any )?apologies\b",
                     r"\bchanges in membership\b")),
    (DECLARATIONS, _any(r"\bdeclared an? ((personal|pecuniary|prejudicial|non-pecuniary|disclosable|other) )*interest\b",
                        r"\bdeclarations? of (interest|party whip)\b", r"\bno (declarations|disclosures)\b", r"\bparty whip\b",
                        r"^to (invite|provide an opportunity for) members\b.{0,80}\bdeclare\b",
                        # the code of conduct's text on interests, as agendas print it: what must be disclosed and
                        # when, who may vote, the statutory list of interests (employment, contracts "under which
                        # goods or services are to be provided ... and which has not been fully discharged", land,
                        # tenancies, securities), council tax arrears and the offence
                        r"\bpecuniary interests?\b", r"\binterests? must (also )?be (disclosed|declared|registered)\b",
                        r"\bdisclose (any )?([\w-]+ ){0,3}interests?\b", r"\bnature of (the|their|any|that|your) interest\b",
                        r"\b(arrears of council tax|council tax arrears|in arrears of council tax)\b",
                        r"\bsection 106 of the local government finance act\b", r"\bbeneficial interest\b",
                        r"\btrade union and labour relations\b", r"\bgoods or services are to be provided\b",
                        r"\b(has|have) not been fully discharged\b", r"\bregister of (members.? )?interests\b",
                        r"\blicen[cs]e to occupy land\b", r"\bcorporate tenanc(y|ies)\b",
                        r"\bemployment, office, trade, profession or vocation\b")),
    (PREVIOUS_MINUTES, _any(
        r"\b(minutes|record|notes) of the (meeting|previous meeting|last meeting|special meeting)\b.{0,160}\b(approved|confirmed|"
        r"agreed|signed|correct record|true record|accurate record)\b",
        r"^(that )?the minutes\b.{0,160}\b(be|were|are) (approved|confirmed|agreed|signed)\b",
        # another body's minutes noted or received, and nothing more ("RESOLVED that the minutes of the Health
        # Scrutiny Sub-Committee held on 3 September be noted"; round 21)
        r"^(resolved\W{0,3}(that )?|that |it was (resolved|agreed) that )?(the )?(draft |confirmed |approved )?minutes"
        r" of (the |a )?[^.!?;]{0,140}?\b(be|were|was|are|been) (noted|received)( and (noted|received|agreed))?\.?$",
        r"\b(as|be) (an? )?(correct|true|accurate) record\b", r"\b(was|were) confirmed as correct\b",
        # the same approval in other words ("the draft minutes were adopted as a fair account"; furn37)
        r"\bminutes\b.{0,80}\b(taken|accepted|agreed|adopted) as (an? )?(accurate|correct|true|fair)\b",
        r"\bminutes\b.{0,160}\b(were|was|be|been) correctly recorded\b",
        r"^to (approve|confirm|agree)\b.{0,40}\b(minutes|record of the meeting|notes of the (last |previous )?meeting)\b",
        # corrections to the previous minutes ("subject to the following amendment", "be amended to read ...")
        r"\b(subject to|with) (the following |an? |one |two |some |minor )?"
        r"(amendments?|corrections?|clarifications?)\b",
        r"\b(amended|corrected|changed) to (read|say|state|show|reflect)\b", r"\bshould (have )?read\b",
        # an agreed change of words in the record ("that the sentence at paragraph 3 ... be deleted from the minutes")
        r"\b(be|was|were|been) (deleted|removed|struck out|omitted|added|inserted) (from|to|in|into) the "
        r"(draft |previous |last )?minutes\b",
        r"\b(correction|amendment) (on|to) (page|paragraph|minute|item) \d",
        # a correction by minute number ("Minute 7/15 - add the word ...", "Minute 7 refers ... amended as follows")
        r"^minute (no\.? )?\d+(/\d+)?\b[^.!?]{0,40}[–—-]\s*(add|delete|insert|remove|replace|amend|change)\b",
        r"\bminute (no\.? )?\d+(/\d+)? refers\b", r"\bamended as follows\b", r"\ban? error in (the )?minute\b",
        # the record kept of the meeting's actions ("A tracker sheet should record the outcome of actions from
        # previous meetings")
        r"\b(action (log|tracker)|tracker sheet)\b", r"\bactions from (the )?(previous|earlier|last) meetings?\b",
        # a request to change the record ("asked that the minutes on the SEND item be amended to include ...") and
        # the change itself ("Add a further paragraph: ...")
        r"\b(requested|asked|proposed) that the (draft )?minutes\b.{0,120}\bbe (amended|corrected|changed|updated)\b",
        r"^(add|insert) (an? )?(additional |extra |new |further )?(paragraph|sentence|bullet( point)?)\b",
    )),
    (PUBLIC_SPEAKING, _any(
        r"\bmembers of the public\b.{0,120}\b(speak|questions?|statements?|representations|petitions?)\b",
        r"\bpublic (question|speaking) time\b", r"\bquestions may be asked without notice\b",
        r"\bdeadline for (submitting )?(a )?(written )?questions?\b", r"\bno public (questions|speakers)\b",
        r"^there (were|was) no (public )?(questions|speakers|petitions|questions from the public)\b",
        r"^no (questions|petitions) (were|had been) received\b", r"\bpetitions? scheme\b",
        r"\b(committee|council) procedure rules?\b",
        r"^up to \d+ minutes (is|are|will be) (allowed|allocated)\b",
        r"\b(allowed|given|permitted|granted) up to (\d+|one|two|three|four|five|ten) minutes\b",
        r"^petition organisers\b", r"\bapplications? to speak\b",
        r"\b(closing date|deadline) for (the )?(receipt of |submitting |submission of )?(written |oral )?questions\b",
        r"^to answer any (written |oral )?questions\b", r"\ban? (oral|written) question may be (asked|submitted|put)\b",
        r"\bnot be possible to provide a (comprehensive|full) answer\b", r"\bquestions received and (the )?proposed "
        r"responses\b", r"\bnotice of the question\b",
        r"\bpublic (statements|questions|participation)\b.{0,120}\b(submitted|made available|will receive|permitted|"
        r"invited)\b", r"\bsupplementary questions?\b", r"\bdeputations?\b.{0,80}\b(submitted|received|heard)\b",
        # the rules' allowance for the chair ("The time allowed may be extended at the discretion of the Chair"); not
        # a service manager's discretion over a place or a payment
        r"\b(at|to|within) the (sole |absolute )?discretion of the (chair|chairman|chairwoman|chairperson|mayor|"
        r"presiding member)\b", r"\bat the (chair|chairman|chairwoman|chairperson|mayor).s discretion\b",
        # answers given outside the meeting ("A written reply would be sent to Councillor Ahmed", "answers will be
        # provided after the meeting"); not "responses to referrals would be provided within a day"
        r"\b(written )?(responses?|answers?|repl(y|ies))\b[^.!?]{0,40}\b(will|would|to|could|should|shall) be "
        r"(provided|sent|given|circulated|forwarded|published) (to (the )?(cllr|councillor|members?|member concerned|"
        r"questioners?|committee|panel|board)\b|outside (of )?the meeting\b|after the meeting\b|in writing\b)",
    )),
    (DEFERRAL, _any(r"\b(item|report|matter|this)\b.{0,60}\b(was|be|being|had been|would be) (deferred|withdrawn)\b",
                    r"\b(these|they|both|it) (were|was|had been|would be) (deferred|postponed)\b",
                    r"\bwithdrawn from the agenda\b")),
    (NEXT_MEETING, _any(r"\bnext meeting\b.{0,80}\b(will|would|is to|was to) (be|take place)\b.{0,30}\b(held|on|at)\b",
                        # a paper put on a later agenda ("... be included in the agenda of the next meeting")
                        # (not a resolution or request for the paper: "RESOLVED that a report on the inspection be
                        # included in the agenda of the next meeting" asks for one)
                        r"^(?!\W*(resolved|agreed|it was (resolved|agreed))\b)(?!.*\b(requested|asked|agreed) that\b)"
                        r".*\b(included|placed|put) (in|on) the agenda (of|for) (the|a) (next|future|later) meeting\b",
                        r"\b(scheduled|programmed|timetabled) for (the|its|a) (next|future)\b[^.!?]{0,40}\bmeeting\b",
                        # (the would-clause opens the sentence: "The re-visit was expected by October and in
                        # preparation the Board would consider ... at its next meeting" says when the visit is due)
                        r"^(?:(?!\band\b)[^.!?,;]){0,100}?\bwould (be )?(receiv|consider|review)\w*\b[^.!?]{0,160}"
                        r"\bat (its|their|the) next meeting\b",
                        r"^(the )?date of (the )?next meeting\b", r"\bfuture meeting dates\b",
                # business put to a later meeting ("the strategy would be considered at a future meeting, once it
                # was final"); not what a member asked to be considered there
                r"^(?!.*\b(requested|asked)\b)[^.!?]*\b(would|will|could) be (discussed|considered|taken|looked at|"
                r"debated) (at|in) (a|the) (later|future|subsequent|forthcoming|next) meeting\b",
                        r"^the next [\w ]{0,40}(meeting|group|board|panel|committee)\b.{0,40}\b(held|takes? place)\b")),
    (PROCEDURE, _any(r"^the (chair|chairman|chairwoman|chairperson|vice[- ]chair(man)?) expressed (his |her |their )?"
                     r"thanks\b", r"\bpress and public (be|were|are) excluded\b", r"\bexclusion of the (press|public)\b",
                     r"\bschedule 12a\b")),
    (PROCEDURE, _any(r"\b(not|no) (a |the )?quorum\b", r"\b(inquorate|not quorate)\b",
                     r"\b(meeting|committee|panel|board|commission) (stood|was|is|be|would be|would therefore be) adjourned\b",
                     r"\b(meeting|committee|panel|board|commission) would (therefore )?adjourn\b",
                     r"\b(remaining|outstanding|other) (business|items)( on the agenda)? (would|will|to) be (considered|"
                     r"taken|dealt with)\b[^.!?]{0,40}\b(date|time|meeting)\b",
                     r"\brefusal of inspection of documents\b", r"\b(admitted|added) to the agenda by the chair\b",
                     r"\bnot included on the agenda\b",
                     # the body's own training or briefing at the meeting ("Members took part in a development
                     # session on their role as corporate parents"); not "Staff attended a training session on neglect"
                     r"^(the )?(committee|panel|board|members|sub-committee|commission|cabinet)( members)? (took part in|"
                     r"participated in|received|attended|undertook) (a |an )?([\w-]+ ){0,2}(training|briefing|workshop|"
                     r"development) session\b",
                     r"^to ensure (that )?(the )?(cabinet|committee|board|panel|council|members)( members)? (are|is|were|"
                     r"was|remain|remains|are kept|is kept) (fully )?(aware|informed|updated|sighted|briefed)\b")),
    (PROCEDURE, _any(r"\b(special|extraordinary) meeting (had been|was|has been) (called|convened)\b",
                     # the agenda's rules on late and urgent items
                     r"\badmission of late items\b", r"\blate items (will|shall) be\b",
                     # the order of the agenda ("the next two items could be taken together"; set Y37, tuning)
                     r"\b(next|following|last|both|these|those|remaining|two|three) ((two|three|agenda) )*items\b"
                     r"[^.!?]{0,40}\b(be|were|was) (taken|considered|discussed|heard|dealt with) (together|jointly|"
                     r"as one|in (a different|reverse) order|out of (the )?order)\b",
                     r"\border of (the )?(agenda|business|items) (was|be|were|had been|would be) (changed|varied|altered)\b",
                     # a cabinet paper's note on how its recommendations take effect ("... are subject to consideration
                     # and determination by the Cabinet ... before taking effect": use40, council63)
                     r"\brecommendations (are|is|will be) subject to (\w+ ){0,3}(consideration|determination|call[- ]in|"
                     r"confirmation|approval)\b[^.!?]{0,160}\bbefore (taking|they take|it takes) effect\b",
                     r"\b(will|shall|would|should) be (dealt with|considered|taken|reported|raised|discussed) (at|under) "
                     r"(agenda )?item \d+\b",
                     # how the meeting was held ("the meeting was conducted as an informal remote meeting", "was held
                     # virtually") and its courtesies ("a letter of thanks be sent to her")
                     r"\bthe meeting (was|would be|will be) (held|conducted|run|convened) (as an? |remotely|virtually|"
                     r"online|in person|by video)", r"\b(hybrid|remote|virtual) meeting (procedure|protocol|arrangements)\b",
                     # (a sentence on its own: not a list of resolutions whose last asks for one)
                     r"^(?![^.!?]*\(\d+\))[^.!?;]*\bletters? of (thanks|appreciation|congratulations?)\b[^.!?;]*[.!?]?$")),
    # the course of the discussion, its topics named and not said ("The debate began with questions on
    # recruitment", "Talk then moved to next year's budget"); a clause in it says something and stays
    (PROCEDURE, _any(r"^(the )?(ensuing |subsequent |following |wider )?(discussion|conversation|debate|questioning)"
                     r"( then| next| later| also| briefly| first)? (opened|began|started|turned|moved|returned|closed|"
                     r"ended|concluded)( with| to| on| by| upon)\b(?![^.!?]*\b(that|because|which|who|whether|why|how)"
                     r"\b)[^.!?]{0,160}[.!?]?$",
                     # an item asked to be put on the agenda or taken as urgent ("had asked for an urgent item on
                     # school transport to be included in the meeting"), or refused as one
                     r"\b(urgent |additional |further |late )?items?\b[^.!?]{0,80}\bto be (included|added|taken|"
                     r"considered|placed|heard) (in|on|at|to) (the|this|today.s|that) (meeting|agenda)\b",
                     r"\b(could|would|can|will) not be (taken|accepted|considered|admitted) as (an )?urgent\b",
                     # why an item came late or as urgent business, its label before it ("Reason for urgency: the plan
                     # had to reach Ofsted before the next meeting") or said of the item ("The Chair agreed that the
                     # item be considered as a matter of urgency because ..."); not the service's urgency ("the
                     # service must act as a matter of urgency")
                     r"^reasons? for (the )?(urgency|lateness)\b",
                     r"\bcould not (reasonably )?(be )?(deferred|delayed|postponed|wait)\b[^.!?]{0,80}\b(next|following|"
                     r"future) (scheduled |formal |ordinary )?meeting\b",
                     r"\b(item|report|matter|decision|paper)s?\b[^.!?]{0,60}\b(considered|taken|dealt with|accepted|"
                     r"heard|treated)\b[^.!?]{0,20}\bas (a matter of |an? )?urgen(t|cy)\b")),
    # (round 21) the exclusion notice's reason ("Reason for Decision: should the press and public remain ... exempt
    # information"); an item taken as urgent business; the body's own terms of reference noted or agreed; thanks put
    # in the passive, as the chair's thanks are read ("Thanks were extended to officers for the report"; with a clause
    # of what was done it stays); a vote's outcome and how it was put
    (PROCEDURE, _any(r"\bexempt information\b",
                     r"\b(take|consider|hear|accept|admit) (this|the|an|that) (item|report|matter|paper) as (a matter of |"
                     r"an? )?urgen(t|cy)\b",
                     r"\b(not(e|ed|ing)|agree[ds]?|approved?|adopted?|confirm(ed)?|received?|review(ed)?)\b[^.!?]{0,40}\b"
                     r"(its|their|(the )?(committee|panel|board|commission|sub-committee|group).s) terms of reference\b"
                     r"[^.!?]{0,20}\.?$",
                     r"^(thanks|appreciation|gratitude) (was|were|is|are) (extended|given|expressed|recorded|offered|"
                     r"conveyed|passed on)\b(?![^.!?]*\b(that|which)\b)",
                     r"^on being put to the vote\b", r"\b(were|was) (carried|agreed|approved|adopted) unanimously\s*\.?$",
                     r"\b(were|was) unanimously (carried|agreed|approved|adopted)\s*\.?$",
                     r"\bthe order of (the )?(business|agenda|items)\b")),
    # the agenda's request to the body, in the present tense the minute does not use ("The Committee is asked to: a)
    # consider the report; b) review progress ..."; round 21)
    (AGENDA, _any(r"^(the )?([\w-]+ ){0,3}(committee|panel|board|cabinet|commission|sub-committee|forum|members)( is| are) "
                  r"(asked|requested|recommended|invited) to\b")),
    # a declaration made without the word ("In the interests of transparency Councillor A stated that she works
    # for a children's charity"; round 21)
    (DECLARATIONS, _any(r"^in the interests? of (openness and )?transparency,? (councillor|cllr|mr|mrs|ms|dr|the|[A-Z])")),
    # (round 21) the body's chair and vice-chair confirmed or elected ("It was RESOLVED that the Chair and Vice Chair be
    # confirmed as Cllr A and Cllr B respectively"); a welcome extended to someone; the body's own work programme
    # ("The Scrutiny Manager presented a suggested draft work programme ...", with the body or its items named); a
    # presentation appended to the minutes
    (ATTENDANCE, _any(r"^(it was )?(resolved|agreed)\b[^.!?]{0,40}\b(the )?(chair(man|woman|person)?|vice[- ]chair(man|woman|"
                      r"person)?)( and (the )?vice[- ]chair(man|woman|person)?)? (be|was|were) (confirmed|appointed|elected)"
                      r" as\b",
                      r"\b(extended|offered|gave) (a |his |her |their )?(warm )?welcome to\b")),
    # (not where the sentence names whom the service is for: "ensure children in care are at the centre of work
    # programme planning" asks something of the service)
    # (nor where a review is added to it, which asks for one: "agreed to add a review of placements to its work
    # programme"; nor the agenda's own "To review the work programme", which is agenda text by where it stands)
    (PROCEDURE, _any(r"^(?![^.!?]*\bto (review|consider|note|agree|receive|approve|discuss)\b)(?=[^.!?]*\b(committee|panel|scrutiny|select|members|items?|meetings?|agenda)\b)(?![^.!?]*"
                     r"\b(children|child|young people|families|carers?|leavers|cla|lac|looked after|add|adds|added|adding|"
                     r"include|includes|included|schedule|schedules|scheduled)\b)[^.!?]*\bwork programme\b",
                     r"\b(powerpoint|presentation|slides?)\b[^.!?]{0,80}\b(is|are|was|were|has been|have been|will be) "
                     r"(included|attached|appended|published) (in|to|with) (the )?([\w-]+ ){0,3}minutes\b")),
    # a lead-in to the points made, its colon or semicolon kept ("During the discussion the following
    # points were made;"); the points themselves stay
    (PROCEDURE, _any(r"^[^.!?]{0,200}\bthe following ([\w-]+ ){0,2}(points?|comments?|matters?|issues?|actions?|"
                     r"information|questions?|observations?|responses?)\b[^.!?]{0,60}[:;]\s*-?$")),
    # a heading that kept its full stop ("Background to the ILACS Short Inspection.")
    (HEADING, _any(r"^(background|introduction|context)( (to|of) [^.!?]{0,80})?\.?$",
                   # an inspection's name as an item title ("Ofsted Focused Visit to Children's Services in Westbrook,
                   # March 2023."): no verb of its own
                   r"^(the )?(ofsted |ilacs |joint targeted area |local area send |send )?(inspection|re-inspection|"
                   r"monitoring visit|focused visit)s? (of|into|to) (?!(consider|receive|note|review|approve|agree|discuss|"
                   r"update|understand|hear)\b)(?![^.!?]*\b(was|were|is|are|had|has|have|found|finds|"
                   r"showed|shows|judged|rated|provided|took|identified|highlighted|noted|said|concluded|stated)\b)"
                   r"[^.!?]{0,200}\.?$")),
    # a paper's purpose said in the minute ("informed them that this report was to provide an update on ...")
    (AGENDA, _any(r"\b(this|the) (report|paper|item|presentation) (was|is) (intended )?to (provide|give)( members| the "
                  r"(committee|panel|board|cabinet))? (an? )?(update|overview|summary|briefing)\b")),
    # a decision record's "Reasons:" field when it only says the meeting was told ("Reasons: To formally notify the
    # Cabinet of the progress made ...", "This report formally notifies the Cabinet of the outcome of the inspection")
    (PROCEDURE, _any(r"^\|?\s*reasons?( for (the )?decisions?)?\s*:?\s*\|?\s*(to|this report) (formally )?(notify|notifies|"
                     r"inform|informs|update|updates|brief|briefs)\b[^.!?]{0,200}\.?$")),
    # the procedure of a council meeting on motions: standing orders, moving and seconding, votes and their count
    # (a meeting's procedure rule cited by its number, "as set out in Procedure Rule 16", as a standing order is; not
    # the courts' "Family Procedure Rules 2010": furn39, TUNING on set Y36)
    (PROCEDURE, _any(r"\bstanding orders? \d", r"^(proposed|moved|seconded) by (councillor|cllr|mr|mrs|ms|the)\b",
                     r"(?<!family )(?<!civil )\bprocedure rule \d{1,2}(\.\d{1,2})?\b(?!\.?\d)",
                     r"\b(the )?(motion|amendment) was (therefore )?(lost|carried|withdrawn)\b",
                     # the vote put and the motion carried as amended, an amendment moved (what it changes is the
                     # motion's text; the resolution as carried is the substance): use37 audit
                     r"\b(substantive )?(motion|amendment)(, as amended,)? (was|be) (then |duly )?put to the (vote|meeting)\b",
                     r"^resolved\s*:?\s*that the (substantive )?motion(, as amended,)? be (carried|agreed|adopted|approved)\b",
                     r"^(she|he|they|councillor \w+|cllr \w+) (then )?moved an amendment\b",
                     r"\b(card|recorded|named) vote\b", r"\bnotices? of motion (had been|were|was|have been) (received|"
                     r"submitted|circulated)\b",
                     # how the item's cover report is classed ("the report should be classified as Key", "an error
                     # on the cover report")
                     r"\b(classified|designated|treated) as an? key decision\b", r"\b(classified|designated) as key\b",
                     r"\ban error (on|in) the cover(ing)? report\b")),
    # the agenda's promise of a paper ("X will submit a written report on ...", "Cabinet will be asked to consider ...")
    (AGENDA, _any(r"\bwill (submit|present|introduce|provide|give|bring) (a |an |the )?(written |verbal |oral |short )?"
                  r"(report|update|presentation|briefing)\b[^.!?]{0,300}\.?$",
                  r"\b(will|would) (also )?be asked to (consider|note|approve|agree|endorse|comment on)\b[^.!?]{0,200}\.?$",
                  # a paper to be sent round after the meeting ("she would circulate the presentation to members")
                  r"\b(will|would) (circulate|share|send|forward|email|e-mail) (a |the )?(copy of the |copies of the )?"
                  r"(presentation|slides|slide deck)\b")),
    # an item with nothing in it ("Urgent Matters There were none.", "None received."), its title glued on or not
    (PROCEDURE, _any(r"^[^.!?]{0,60}?\b(there (were|was|had been) (none|no (other |further )?(items?|business|matters?))|"
                     r"none (were |was )?(received|declared|raised|reported|submitted))\.?$",
                     r"^there (were|was|had been) no (actions|matters|issues) arising\b",
                     # "Urgent matters Minutes: There were no items notified in advance."; not "There were no
                     # matters of concern raised by inspectors"
                     r"^([^.!?]{0,100}\bminutes\s*:\s*)?there (were|was|had been) no (other |further |urgent )?(items?|"
                     r"matters?|business)( (arising|notified|raised|reported|submitted|received|to report|to consider|"
                     r"for consideration))?( in advance)?( or urgent)?( from (the|this|that) (previous |last )?"
                     r"meeting[^.!?]{0,30})?\.?$",
                     # the scrutiny of executive decisions, not called in
                     r"\bno (requests?|notices?) (for|of) (a )?call[- ]?in\b",
                     # a decision record's empty field ("Alternative options considered: There are no alternative
                     # options.")
                     r"^(\d+[.)]? )?there (are|were|was|is) no (other )?altern?ative options?( considered)?\.?$")),
    (AGENDA, _any(r"^to (receive|consider|note|review|scrutinise|comment on|discuss|update)\b(?!.*[.!?]\s+\S)",
                  # an agenda pack's entry, its pages in brackets ("Early Help - presented by the Service Lead (Pages
                  # 9 - 16)"): every such unit of the tuning pages was agenda text (7 of 7)
                  r"\(pages? \d{1,3}( ?[-–] ?\d{1,3})?\)",
                  # a purpose line ("To understand the findings of the joint inspection and the partnership's
                  # response"); not a purpose clause opening a finding ("To understand the rise, the service commissioned a review")
                  r"^to (understand|hear|examine|explore|learn about|seek assurance)\b(?![^.!?]*, (a|an|the|we|it|this|"
                  r"they|officers|members|there)\b)(?!.*[.!?]\s+\S)",
                  # the agenda's "<body> to <act>", a subject and an infinitive with no finite verb: "The Board to
                  # receive initial feedback on ...", "Cabinet to consider the improvement plan"
                  r"^(the )?([\w’'-]+ ){0,3}(board|committee|sub[- ]committee|panel|cabinet|council|commission|forum|"
                  r"members|group|"
                  r"partnership|meeting) to (receive|consider|note|review|scrutinise|comment on|discuss|agree|approve|"
                  r"endorse|be (updated|briefed|informed))\b(?!.*[.!?]\s+\S)",
                  r"^an? report (on|about|providing|updating)\b[^.!?]{0,160}\.?$",
                  r"\b(report|item|paper),? the purpose of which (was|is) to\b",
                  r"\b(are|is) (asked|recommended|invited|requested) to (note|consider|agree|approve|endorse|discuss|"
                  r"comment on|review|scrutini[sz]e)\b",
                  # the same recorded after the meeting, of the body itself ("Cabinet was asked to agree the
                  # timetable", "Members were asked to note the progress"); not "The Director was asked to
                  # bring a report", which asks for something
                  r"^(the )?([\w’'-]+ ){0,3}(cabinet|committee|sub[- ]committee|board|panel|council|commission|forum|"
                  r"members)( members)? (was|were|had been) (asked|recommended|invited|requested) to (note|consider|"
                  r"agree|approve|endorse|discuss|comment on|review|scrutini[sz]e)\b",
                  # an item's title set out as a line of plain-text minutes ("Update on the recovery plan since the
                  # visit"): no verb and no word that judges; a verb saying what the paper found is a sentence ("The
                  # report on the visit highlighted four areas for improvement": furn39, TUNING on set Y36)
                  r"^(an? |the )?(progress |verbal |written |annual |quarterly )?(update|report|briefing|presentation|"
                  r"overview)s? (on|about|regarding|from|in relation to)\b(?![^.!?]*\b(is|are|was|were|has|have|had|will|"
                  r"would|should|could|can|may|must|did|does|do|found|finds|showed|shows|judged|rated|identified|"
                  r"identifies|highlighted|highlights|concluded|concludes)\b)(?![^.!?]*\b(positive|negative|good|poor|strong|weak|"
                  r"excellent|improved|declin\w*|concern\w*|significant|serious|outstanding|inadequate|welcome)\b)"
                  r"[^.!?]{0,200}\.?$",
                  r"^for the [\w ]{0,40} to (provide|give|present)\b(?!.*[.!?]\s+\S)")),
    (PROCEDURE, _any(r"^(resolved[:,\s-]*)?(that )?the (report|update|presentation|minutes)( and [\w ]{1,40})? be "
                     r"(noted|received)\.?$")),
    # what will come to the meeting itself, promised with a modal (issue 15, round 15): a paper that will be brought
    # to a meeting ("Further updates would be submitted to the Committee when appropriate", "A report will come back
    # to the next meeting"), members who will be given or sent one ("Members would be given a briefing on the
    # framework"), someone who will send or bring one to them ("The Director would provide members with a copy of the
    # slides", "She would bring a report to the Panel in March"), and nothing in it that judges or names a change or a
    # trouble (PROMISE_SAYS): "A report on the delays in health assessments will come to the next meeting" stays
    (AGENDA, _any(
        PROMISE_SAYS + r"^(a |an |the |any |all )?" + _PAPER_KINDS + _PAPERS + r"\b([^.!?;]{0,120}?)? (will|would|shall|"
        r"could|should|is to|are to|was to|were to)( also| then| now| in due course)? (be )?(submitted|brought|presented|"
        r"provided|given|circulated|sent|shared|reported|taken|considered|received|tabled|made available|scheduled|"
        r"added|included|come|return|go|fed)( back)? (to|at|before|with|on|for|in|into)\b[^.!?;]{0,80}\b" + _MEETING_DEST +
        r"\b[^.!?;]{0,60}\.?$",
        PROMISE_SAYS + r"^(the )?(all )?(members|councillors|committee|board|panel|cabinet|commission|sub[- ]committee)"
        r"( members)? (will|would|shall|could)( also| then)? (be (given|provided with|sent|shown|offered|circulated|"
        r"emailed|e-mailed)|receive|see|have sight of) (a |an |the |any |all )?" + _PAPER_KINDS + _PAPERS +
        r"\b[^.!?;]{0,160}\.?$",
        PROMISE_SAYS + r"^(the )?(all )?(members|councillors|committee|board|panel|cabinet|commission|sub[- ]committee)"
        r"( members)? (will|would|shall)( also| then| continue to)? be (updated|briefed|kept (informed|updated|"
        r"briefed|appraised|apprised))\b[^.!?;]{0,160}\.?$",
        PROMISE_SAYS + r"\b(would|will|shall|agreed to|undertook to|offered to)( also| then)? (provide|give|send|circulate|"
        r"share|forward|email|e-mail|supply)( to)? (the |all )?(members|councillors|committee members|board members|panel "
        r"members|the (committee|board|panel|cabinet|commission|sub[- ]committee))( members)?( with)? (a |an |the |any |"
        r"further |more )*" + _PAPER_KINDS + r"(breakdown|figures|data|responses?|answers?|reply|replies|" + _PAPER_WORDS +
        r")\b",
        PROMISE_SAYS + r"\b(would|will|shall|agreed to|undertook to)( also| then)? (bring|present|submit|take|provide|give)"
        r"( back)? (a |an |the )?" + _PAPER_KINDS + _PAPERS + r"\b[^.!?;]{0,120}\b(to|at|before) (the |a |its |their )?"
        r"(next|future|following|later|subsequent|january|february|march|april|may|june|july|august|september|october|"
        r"november|december|[a-z]+ \d{4}) ([\w’' ]{0,40} )?(meeting|committee|board|panel|cabinet)\b",
        # reporting back to the meeting, or with no one named ("would report back on the outcome"); not "would report
        # back to Ofsted on progress"
        PROMISE_SAYS + r"\b(would|will|shall|agreed to|undertook to)( also)? (report|feed) back( to (the |this |its |"
        r"all )?(next |future |following )?([\w’' ]{0,40} )?" + _MEETING_DEST + r"\b)?(?! to\b)[^.!?;]{0,160}\.?$",
    )),
    # a council's summons or notice of a meeting, and the requisition that called it (issue 15, round 15)
    (PROCEDURE, _any(r"\b(you are )?hereby (summoned|requested|required|invited) to attend\b", r"\bsummon(s|ed)? to attend\b",
                     r"^to (all )?(the )?(members|councillors) of the [\w ]{1,40}$",
                     r"\brequisition\b[^.!?]{0,200}\b(extraordinary|special) meeting\b",
                     r"\b(an? |the )?(extraordinary|special) meeting of the [\w ]{1,40} (should|shall|will|would|be) "
                     r"(be )?(held|convened|called)\b",
                     # a petition's procedure and its title: referred for a response, the scheme, who spoke for it
                     r"\bpetitions?\b[^.!?]{0,160}\breferred to\b[^.!?]{0,160}\b(response|reply|consideration|"
                     r"decision)\b", r"\bpetitions? scheme\b", r"\bon behalf of the petitioners\b",
                     r"^(an? |the )?(e-?)?petitions? (was|were|had been|has been) (presented|received|submitted|debated|"
                     r"noted)\b[^.!?]{0,120}\.?$",
                     r"^(\d+(\.\d+)* )?(e-?)?petitions? (to|regarding|re|against|about|for|calling for|concerning|on|"
                     r"relating to)\b[^.!?]{0,150}$")),
    (DECLARATIONS, _any(r"\b(disclosure|declaration)s? of (pecuniary )?interests? forms?\b",
                        r"\bregister of (members.? )?interests\b",
                        r"\b(disclosures?|declarations?)\b[^.!?]{0,80}\b(should|must|may|will) be (made|given) "
                        r"(orally|verbally|in writing|at the (start|beginning) of)\b")),
    # a council web page's own text: where the reader is, where else to look
    (VENUE, _any(r"^(home|you are here)\s*(>|›|»|/)", r"^issue date\s*:",
                 r"\b(skip to (the )?(main )?content|back to top|print this page|share this page|accept (all )?cookies|"
                 r"cookie (settings|policy|preferences))\b")),
    (LINK, _any(r"\b(click here|follow this link|use the links? (below|above))\b",
                r"\b(decisions?|minutes|papers|documents|reports?|details|agendas?)\b[^.!?]{0,60}\bcan be (found|viewed|"
                r"seen|accessed|downloaded) (on|at|via|from|through|by (following|clicking))\b[^.!?]{0,60}\b(page|"
                r"website|site|link|links|tab|library)\b")),
    (INVITED, _any(
        r"\b(allowed|invited|permitted)\b.{0,160}\bto (address|speak to|speak at)\b",
        r"\b(allowed|invited|permitted)\b.{0,160}\bto (attend|join) (the|this|that|its|their) (meeting|committee|"
        r"sub[- ]committee|panel|board|cabinet|commission|discussion|item)\b",
        r"\b(welcomed|introduced)\b.{0,160}\bto (the|their|his|her) (first )?meeting\b",
        # (thanks with a clause say something: "thanked the service for the progress that had been made")
        # (the chair of a body named after the role: "The chairperson of the children and young people scrutiny
        # committee thanked cabinet members for ...")
        r"^(the )?(chair(man|woman|person)?|vice[- ]chair(man)?)( of (the )?[^.!?,;]{3,80}?)? "
        # (not "welcomed": whom the chair welcomes is read by the parse, pipeline.meeting_courtesy - a welcome of the
        # service's improvement judges it)
        r"(introduced|thanked(?![^.!?]*\b(that|which)\b))\b",
        # praise of how a paper was set out, the meeting's courtesy to its authors ("The Chair congratulated
        # officers on the clear way in which the plan was laid out"; round 21)
        r"\b(congratulated|thanked|commended|complimented)\b[^.!?]{0,140}\b(was|were|had been|is|are) "
        r"(clearly |well |concisely )?(laid out|set out|presented|written|structured|formatted)\s*\.?$",
        r"\bwould be in attendance\b", r"\bwill (present|introduce) (a|the) report\b",
        r"^the (report|item|presentation|update) was (presented|introduced) by [^.!?,;]{0,80}\.?$",
    )),
]
