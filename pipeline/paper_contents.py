"""What a paper covers, said of the paper and nothing more: meeting furniture of council minutes (issue 15).

Minutes often say which parts of a paper the meeting had before it: "The report summarised the key findings of the
inspection.", "the Council's strengths were detailed at paragraphs 6 to 15 and areas for development at paragraphs
16 to 23". Such a sentence points to the paper; it says nothing of the service, and a reader of set Y37 (forty-first
session, two readers under docs/blind_reads.md's words) called each one furniture. A paper that says something stays:
"The report outlined the findings, which showed caseloads had fallen", "The report outlined the areas where progress
had been too slow". Read by pipeline.meeting_phrases (reason: a document link or what a paper holds).

The paper's contents named one after another count too ("The report set out the new inspection framework, the
judgement criteria used and the timetable"; forty-second session, furniture64: a class of the lead's held-out read):
each named part is a noun and its modifiers, with no clause that says something (no verb of its own, no "that",
"which", "where", "how"), no figure, grade or word that judges, and no change or trouble ("the rise in referrals",
"the delays to assessments" say something of the service and stay).
"""

from __future__ import annotations

import re

from pipeline.furniture_reasons import any_of
from pipeline.service_words import JUDGING_WORDS

# What makes a list of a paper's parts say something: a clause (its own verb or relative word), a figure, a grade, a
# word that judges, a change or a trouble.
SAYS = (r"that|which|where|who|whom|whose|why|how|when|whether|had|has|have|was|were|is|are|been|being|would|will|"
         r"could|should|may|might|must|because|but|although|while|showing|showed|shows|despite|"
         r"\d[\d,.%]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
         r"good|outstanding|inadequate|requires?|improved|improvements? (made|achieved|seen|in)|"
         r"concern\w*|worr\w*|increas\w*|decreas\w*|ris(e|es|ing|en)|fell|fall(s|en|ing)?|reduc\w*|delay\w*|"
         r"fail\w*|pressures?|deteriorat\w*|declin\w*|gaps?|shortages?|shortfalls?|backlogs?|overspend\w*|"
         r"too|not|no|lack\w*|slow\w*|late|drift|risks?|"
         + "|".join(sorted(JUDGING_WORDS)))

SAYS_WORD = re.compile(rf"\b({SAYS})\b", re.IGNORECASE)

# A paper's parts set out clause by clause, each with its own verb of containing ("The report to Cabinet summarised the
# key findings of the inspection; detailed the areas of good practice and the areas for improvement; and set out the
# next steps"; furniture68, a class of the lead's held-out read): "good practice" names a part, judging nothing.
_CONTAINS = (r"(set out|sets out|outlined|outlines|summarised|summarized|summarises|summarizes|covered|covers|detailed|"
             r"details|described|describes|included|includes|highlighted|highlights|listed|lists)")
_PRACTICE = "|".join(w + "(?! practice)" if w in ("good", "strong", "effective", "positive", "excellent") else w
                     for w in SAYS.split("|"))
_PART = rf"(?![^!?;]*\b({_PRACTICE})\b)(the |an? |its |their |our )[^!?;:]*?"

PAPER_CONTENTS = any_of(
    # the whole sentence is the paper and its contents' kind
    r"^(the|this) (submitted |attached |accompanying |covering )?(report|paper|presentation)( to (the )?[\w]+)? "
    r"(summarised|summarized|outlined|detailed|set out|described) the (key |main |principal )?(findings|details|"
    r"content|contents|purpose|background)( of (the|this|that) ([\w-]+ ){0,3}(inspection|visit|review|report|letter))?"
    r"\.?$",
    # where in the paper a part of it is ("were detailed at paragraphs 6 to 15"), with no clause that says something
    r"^(?![^!?]*\b(that|which|where|showing|showed|shows|because|although|but)\b)[^!?]*\b(were|was|are|is) "
    r"(outlined|detailed|set out|included|summarised|summarized|described) (at|in) paragraphs? \d",
    # the paper's parts named one after another, nothing said of any ("The presentation covered the purpose of the
    # visit, the areas inspectors looked at and the next steps")
    r"^(the|this|a|an) (submitted |attached |accompanying |covering |written |verbal )?(report|paper|presentation|"
    r"briefing( note)?|update|document|slides|slide deck|letter|item)( to (the )?[\w]+)? (set out|sets out|"
    r"outlined|outlines|summarised|summarized|summarises|summarizes|covered|covers|detailed|details|described|"
    r"describes|included|includes|explained|explains|provided (details|information|an overview|a summary) (of|on)|"
    r"gave (details|information|an overview|a summary) (of|on))"
    rf" (?![^!?]*\b({SAYS})\b)(the |an? |its |their |our )[^!?;:]*?(,|\band\b)[^!?;:]*\.?$",
    # the same, given to the meeting by the paper or its presenter ("It provided the Committee with a summary of the
    # inspection, the findings, the response to date and an outline of the process"; furniture67, a class of the
    # lead's held-out read of the forty-third session), with nothing said of any part
    r"^((the|this) (report|paper|presentation|briefing|update|document|letter)|it|he|she|they) "
    r"(provided|gave|presented) (the )?(committee|panel|board|cabinet|council|commission|members|meeting)( members)? "
    r"(with )?(a summary|an overview|an outline|a briefing|details|information|an update) (of|on) "
    rf"(?![^!?]*\b({SAYS})\b)[^!?;:]*?(,|\band\b)[^!?;:]*\.?$",
    r"^(the|this) (submitted |attached |accompanying |covering |written )?(report|paper|presentation|briefing( note)?|"
    rf"document|letter)( to (the )?[\w]+)? {_CONTAINS} {_PART}(; (and )?{_CONTAINS} {_PART})+\.?$",
)


# The meeting's own history of papers on a topic ("The Committee had regularly received updates on child sexual
# exploitation since 2014."; furniture69, a class of the lead's held-out read): the body has had updates, reports or
# briefings on a topic that is only named (none of SAYS' words: "updates on the rise in referrals" names a change),
# since a year or over a time. Nothing is said of the service. The body may be named with words of its own ("The Select
# Committee", "The Corporate Parenting Panel") and the history told in the simple past where a word of regularity or a
# "since" says it is one ("The Select Committee regularly received updates on Child Exploitation (CE) since 2014.";
# furniture70, a class of the lead's held-out read of the forty-fifth session).
_TOPIC = rf"(?:(?!\b(?:{SAYS})\b)[^.!?;:])+?"
_BODY = (rf"^(the )?((?!(?:{SAYS})\b)[\w'’&-]+ ){{0,5}}?(committee|panel|board|cabinet|council|commission|"
         r"sub-committee|forum|partnership|members)( members)? ")
_REGULARLY = r"(regularly |routinely |previously |consistently |frequently |periodically |already )"
_HAD_PAPERS = (r"(received|considered|scrutinised|scrutinized|been given|been provided with|been sent) (regular |"
               r"periodic |annual |quarterly |six-monthly |frequent |routine |several |a number of |many |progress )?"
               r"(updates?|reports?|briefings?|presentations?|papers?) (on|about|regarding|in relation to|relating to|"
               rf"concerning|around) {_TOPIC}")
_SINCE = r" (since|from|over|during|for|throughout) (\d{4}|the (last|past) [\w ]{1,20}|that time|then)"
MEETING_HISTORY = any_of(
    rf"{_BODY}(has|have|had) (also )?{_REGULARLY}?{_HAD_PAPERS}({_SINCE})?\.?$",
    # the simple past: a word of regularity, or the time since, makes it the meeting's history
    rf"{_BODY}(also )?{_REGULARLY}{_HAD_PAPERS}({_SINCE})?\.?$",
    rf"{_BODY}(also )?{_HAD_PAPERS}{_SINCE}\.?$",
)

# A paper introduced and what it gives said of it, nothing found stated ("The Cabinet Member for Children introduced
# the report which provided an update on the findings and outcome of the Ofsted inspection of Children's Services.";
# furniture69, a class of the lead's held-out read): whoever introduces or presents it, an item's title run into the
# sentence ahead of them included, none of SAYS' words anywhere. "... introduced the report, which showed that
# caseloads had fallen" says something, and stays. The title run in may hold its own colon ("Ofsted Inspection: Outcome
# The Cabinet Member ..."), the introducer an initial ("Councillor J. Smith, the Cabinet Member for Children, Schools
# and Families, introduced ..."), the paper a longer name or its topic ("introduced the report on the Ofsted inspection,
# which provided ..."), and what it gives may be an update to members ("which updated Members on the findings ...";
# furniture70: the lead's held-out read of the forty-fifth session kept one such sentence).
_PLAIN = rf"(?:(?!\b(?:{SAYS})\b)[^.!?;:])"
_AHEAD = rf"(?:(?!\b(?:{SAYS})\b)[^!?;])"  # (what stands ahead of the introducer: a title's colon, an initial's stop)
_GIVES = (r"(provided|gave|offered|presented) (members |the (committee|panel|board|cabinet|commission) )?(with )?"
          r"(an? )?([\w-]+ )?(update|overview|summary|briefing|information|details|account) (on|of|about|regarding|"
          r"in relation to|relating to)"
          r"|updated (members|councillors|the (committee|panel|board|cabinet|commission)) (on|about|regarding|"
          r"in relation to)")
PAPER_INTRODUCED = any_of(
    rf"^{_AHEAD}{{0,200}}?\b(introduced|presented|submitted|spoke to|took (members|the committee) through) (the|a|this|"
    r"his|her|their) ([\w'’-]+ ){0,8}?(report|paper|presentation|update|briefing)( note)?"
    rf"( (on|about|regarding|into|of) {_PLAIN}{{1,80}}?)?,? (which|that) ({_GIVES}) {_PLAIN}+\.?$",
)
