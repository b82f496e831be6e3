"""The meeting's notices as furniture, wherever they stand in a council document: the summons and requisition,
petitions' procedure, forms for declaring interests, a council web page's own text and links, and people invited to
speak, welcomed or thanked by the chair. Rows of the phrase table (reason, pattern) that pipeline.meeting_phrases
assembles; first match decides."""

from __future__ import annotations

from pipeline.furniture_reasons import DECLARATIONS, INVITED, LINK, PROCEDURE, VENUE
from pipeline.furniture_reasons import any_of as _any

# The notices of the meeting and its invitations (reason, pattern), in the order the table reads them.
NOTICE_PHRASES = [
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
        # the reminder that every councillor had been invited to watch an item (furniture68): who may attend
        r"\b(all|every|other) (councillors?|members)( of the council)? (had been|have been|were|was|has been|are|is) "
        r"invited to (watch|observe|attend|view|listen to|join)\b[^.!?]{0,20}\b(this|the|that) (item|meeting|debate|"
        r"discussion|session)\b",
        r"\bwould be in attendance\b", r"\bwill (present|introduce) (a|the) report\b",
        r"^the (report|item|presentation|update) was (presented|introduced) by [^.!?,;]{0,80}\.?$",
    )),
]
