"""The meeting's record as furniture, wherever it stands in a council document: its web page and notices, who
attended and who sent apologies, interests declared, the last meeting's minutes, public speaking, deferrals, the next
meeting and the procedure of the meeting (quorum, urgent and exempt items, votes, thanks given). Rows of the phrase
table (reason, pattern) that pipeline.meeting_phrases assembles; first match decides."""

from __future__ import annotations

from pipeline.furniture_reasons import (APOLOGIES, ATTENDANCE, DECLARATIONS, DEFERRAL, LINK, NEXT_MEETING,
                                        PREVIOUS_MINUTES, PROCEDURE, PUBLIC_SPEAKING, VENUE)
from pipeline.furniture_reasons import any_of as _any
from pipeline.paper_contents import MEETING_HISTORY, PAPER_CONTENTS, PAPER_INTRODUCED

# How the meeting was held and recorded (reason, pattern), in the order the table reads them.
RECORD_PHRASES = [
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
    (LINK, MEETING_HISTORY),
    (LINK, PAPER_INTRODUCED),
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
                        r"\b(type|kind) of (the )?interest concerned\b",
                        # a row of a table of declared interests: the member, the minute, the interest ("Councillor
                        # Grey 412 Family member employed by the council"; the lead's set Y43)
                        r"^(councillor|cllr\.?)\s+[\w'’-]+(\s+[\w'’-]+)?\s*\d{1,4}\s*([^\d\n]{0,20}\s)?(family member|employee|"
                        r"employed|governor|trustee|relative|spouse|husband|wife|son|daughter)\b",
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
]
