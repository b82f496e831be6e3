"""Whether a minutes sentence asks for or promises a return of the matter to the committee, or commits the service
to a step the committee will see (issue 15; forty-fourth session, furniture68, merging meeting_requests,
minutes_commitments and the decisions of meeting_courtesy).

A member, an officer or the meeting itself asks that the committee see the service again ("That the Board receive an
update on agency staffing at its April meeting"), promises that an update on the plan will come back ("An update on
the actions would be brought to the next meeting"), or resolves that a further report or figures on the service come
to a later meeting. Their words are the meeting's (a paper, the next meeting, the Board), so the phrase table, the
parse's verdict and the learned furniture model would take them for the meeting's business; a reader counts them as
the committee's scrutiny of the service (docs/blind_reads.md, "Meeting furniture"). Two entry points read the same
question in the two ways the pipeline reads a sentence:

- `committee_return(text)` reads the words of a unit and says which return it holds, the first of:
  COMMITTED - the service committed to a step, or its inspection stated, in the meeting's words (an update on the
  plan to a later meeting, the plan due to the inspectorate by a date, the inspection's dates or grade, a
  recommendation that the plan answering the inspection be approved: furniture67);
  RESOLVED - the meeting's decision or request that data, a report or an update on the service be shared with or
  brought to it (furniture66);
  ASKED - such a request from anyone ("Members asked that the scorecard be circulated to the Committee");
  or "" for none. pipeline.furniture keeps COMMITTED from the phrase table and the agenda's place, COMMITTED and
  RESOLVED from the meeting's furniture phrases, every kind from the parse's verdict; pipeline.minutes_model keeps
  every kind from the learned model.
- `committee_return_in_parse(sentence)` reads one parsed sentence (pipeline.meeting_text's parser): a decision that a
  further or progress report on the service come to a later meeting (furn40), that figures on the service be provided
  to the members (council63), or the council's decision about its response to the inspection - its plan approved, or
  progress on it reported to a body or by a date (furn41). pipeline.meeting_verdicts counts it as asking something.

A paper with no subject of the service ("That a further report be brought to the next meeting"), one this meeting
had ("The Committee received a further report on the plan"), a recommendation only to note, and the meeting's own
dates ("The next meeting will be held on 4 June") are none of these.
"""

from __future__ import annotations

import re

from pipeline.gazetteer import MONTHS
from pipeline.minutes_remarks import ASKED_ABOUT
from pipeline.service_words import SERVICE_WORDS

# The kinds of return `committee_return` tells apart, strongest first.
COMMITTED, RESOLVED, ASKED = "committed", "resolved", "asked"


def committee_return(text: str) -> str:
    """Which return of the matter to the committee `text` holds by its words: COMMITTED, RESOLVED, ASKED or ""."""
    flat = " ".join(str(text).split())
    if _commits_the_service(flat):
        return COMMITTED
    if _resolves_on_a_report(flat):
        return RESOLVED
    return ASKED if _asks_for_a_report(flat) else ""


def committee_return_in_parse(sentence) -> bool:
    """Whether a parsed sentence decides that the service come back to a later meeting: a further report on it,
    figures on it for the members, or the plan answering the inspection approved or its progress reported."""
    return _schedules_scrutiny(sentence) or _decides_on_the_plan(sentence) or _asks_for_figures(sentence)


# What a meeting asks to see about the service (furniture66): a request or resolution that data, a report or an update
# on the service be shared with or brought to the committee ("Agreed that the performance scorecard be provided to the
# Committee at its next meeting"); a request with no subject of the service names only the meeting's papers.
_OPENS = (r"^(?:it was )?(?:resolved|agreed|recommended|decision|decided|requested|the (?:committee|board|panel|"
          r"cabinet|members|sub[- ]committee|commission) (?:requested|asked|agreed|resolved))?[:,\s–-]*"
          r"(?:\(\w{1,4}\)\s*)?(?:that\s+)?")
_BODY = r"(?:the )?(?:committee|board|panel|cabinet|members|council|sub[- ]committee|commission|scrutiny)(?: members)?"
_WHAT = (r"(?:update|report|data|figures|information|scorecard|breakdown|dashboard|analysis|briefing|overview|"
         r"details|statistics|numbers|action plan|plan)s?")
# (to the meeting, its members or a body of the council: not "submitted to Ofsted")
_SEEN = (r"(?:be|is to be|are to be|should be|to be|were to be) (?:shared|circulated|provided|brought|presented|reported|"
         r"submitted|sent|given|made available|e-?mailed|forwarded)(?: back)? (?:with|to) (?:all )?(?:the |its |this )?"
         r"(?:[\w’'-]+ ){0,3}?(?:committee|board|panel|cabinet|members|councillors|council|commission|scrutiny|meeting)")
REQUEST = re.compile(
    # the body receives or is given it: "That the Board receive an update on agency staffing at its April meeting"
    # (a paper on a subject: not "Cabinet receive and note the Ofsted inspection report", which only notes it)
    _OPENS + _BODY + r" (?:receives?|be (?:provided with|given|sent|shown)|(?:is|are) (?:provided with|given|sent)|"
    r"sees?|requests?|asks? for) (?:an? |the |any )?(?:[\w’'-]+ ){0,3}" + _WHAT + r" (?:on|about|of|regarding|"
    r"in relation to|relating to|for|from)\b"
    r"|" + _OPENS + _BODY + r" (?:be|is|are) kept (?:informed|updated) (?:of|on|about)\b"
    # it is shared with or brought to the body: "... performance scorecard be provided to the Committee ..."
    # (the paper is the subject: the words before it are no verb, "The Chair explained that the report ...")
    r"|" + _OPENS + r"(?:an? |the |any )?(?:(?!that\b|\w+ed\b)[\w’'-]+ ){0,4}" + _WHAT + r"\b[^.!?;]{0,120}?\b" + _SEEN
    + r"\b"
    # someone who oversees the service's improvement invited to a later meeting: "That the independent chair of the
    # Improvement Board be invited to a future meeting of the Committee" (furniture68; the board named by ASKED_ABOUT)
    r"|" + _OPENS + r"(?:the )?(?:[\w’'-]+ ){0,3}?(?:chair(?:man|woman|person)?|adviser|advisor|commissioner)\b"
    r"[^.!?;]{0,80}? (?:be|is to be|should be|would be) invited to (?:attend |address |join )?(?:a |the |its |one of "
    r"its )?(?:future|next|later|subsequent|forthcoming|[a-z]+ \d{4}|[a-z]+) meeting\b",
    re.I)
# What the request names: the service (pipeline.minutes_remarks.ASKED_ABOUT), how it performs or its action plan.
_OF_THE_SERVICE = re.compile(ASKED_ABOUT + r"|\b(?:performance|action plan)\b", re.I)
# A decision of the meeting: what it resolved, agreed or requested, not an officer's promise of a paper ("A report on
# caseloads will come to the next meeting" is left to the phrase table's rules on promised papers).
DECIDED = re.compile(r"^(?:\(\w{1,4}\)\s*)?(?:it was )?(?:resolved|agreed|recommended|decided|requested|decision)\b|"
                     r"^(?:the )?(?:committee|board|panel|cabinet|members|sub[- ]committee|commission) (?:requested|asked|"
                     r"agreed|resolved)\b", re.I)


def _asks_for_a_report(text: str) -> bool:
    """Whether `text` asks that data, a report or an update on the service be shared with or brought to the
    committee (or that the committee receive it)."""
    flat = " ".join(str(text).split())
    return REQUEST.search(flat) is not None and _OF_THE_SERVICE.search(flat) is not None


def _resolves_on_a_report(text: str) -> bool:
    """Whether `text` is the meeting's decision or request that data, a report or an update on the service be shared
    with or brought to it ("It was agreed that a copy of the action plan would be made available to the Committee"):
    no phrase of the meeting's furniture (a copy to go round) leaves it out (pipeline.furniture)."""
    flat = " ".join(str(text).split())
    return DECIDED.search(flat) is not None and _asks_for_a_report(flat)


# What council minutes commit the service to, or state of its inspection, in the words of the meeting's business
# (furniture67): the lead's held-out read of the forty-third session found them lost as the meeting's own talk or the
# agenda's text, because their words are the meeting's (a paper, the next meeting, the Cabinet, a date).
_MONTH = "(?:" + "|".join(sorted({m.lower() for m in MONTHS} | {m.lower()[:3] for m in MONTHS}, key=len,
                                  reverse=True)) + r")\.?"
# The plan that answers the inspection, its actions or the inspection's recommendations, by their own words.
_PLAN = (r"(?:(?:the|its|their|our|each|all|an?) )?(?:(?:ofsted|inspection|ilacs|jtai|improvement|action|"
         r"post[- ]inspection|children.s services|send|service|council.s|draft|updated|revised) )*"
         r"(?:actions?|plans?|recommendations|written statement of action|wsoa)\b")
_COMMIT = re.compile(
    # an update on the plan to come back: "An update on the actions ... would be brought to the next meeting"
    # (after a lead that says who promised or noted it: "It was noted that a regular update ...", furniture68)
    r"^(?:[^.!?;]{0,60}?\bthat )?(?:an? |the )?(?:[\w-]+ ){0,2}(?:updates?|reports?|briefings?)(?: back)? (?:on|about|"
    r"regarding|against|of|in "
    r"relation to)(?: (?:the )?progress (?:on|of|against|with|in|made (?:on|against|with|in)))? " + _PLAN +
    r"[^.!?;]{0,120}?\b(?:will|would|shall|should|is to|are to|to) (?:also |then )?(?:be )?(?:brought|submitted|"
    r"presented|provided|reported|taken|considered|received|come|return|go)\b"
    # ... or progress on the plan to be reported: "Progress against the recommendations made by Ofsted would be
    # reported to the Panel at each of its meetings" (furniture68)
    r"|^(?:[^.!?;]{0,60}?\bthat )?(?:the )?progress (?:on|of|against|with|in|made (?:on|against|with|in)) " + _PLAN +
    r"[^.!?;]{0,120}?\b(?:will|would|shall|is to|are to|to) (?:also |continue to |then )*be (?:reported|presented|"
    r"brought|submitted)\b"
    # ... or promised by someone: "Officers would bring an update on the action plan to the March meeting"
    r"|\b(?:would|will|shall|agreed to|undertook to) (?:also )?(?:bring|present|submit|provide) (?:an? |the )?"
    r"(?:[\w-]+ ){0,2}(?:updates?|reports?|briefings?) (?:on|about|regarding|against)(?: (?:the )?progress (?:on|of|"
    r"against|with|in))? " + _PLAN +
    # the service's plan due to the inspectorate: "The Action Plan must be sent to Ofsted by 3 May"
    r"|\b(?:plan|written statement of action|wsoa|response)s?\b[^.!?;]{0,80}?\b(?:sent|submitted|returned|provided|"
    r"given|go|goes|due|shared|reported) (?:back )?(?:to|with) (?:ofsted|the dfe|the department for education|(?:the )?"
    r"inspectors?|the inspectorate|hmi|the cqc)\b[^.!?;]{0,40}?\b(?:by|within|before|no later than|(?:was|is|were|"
    r"are) due (?:on|by|in))\b"
    # the inspection's grade given by a verb: "which judged the service 'Good' overall", "rated as inadequate"
    r"|\b(?:judged|rated|graded|assessed|found)\b(?: (?:the|its|their|our|this) (?:[\w’'-]+ ){0,4}?(?:services?|"
    r"council|authority|department|help|support|care|leaders?|leadership|experiences?|progress))?(?: overall)? (?:to "
    r"be |as )?['‘’\"“]?(?:good|outstanding|inadequate|requir(?:es|ed|ing)? improvement)\b"
    # a recommendation that the plan answering the inspection be approved (not only noted)
    # (the plan itself, not its timetable: "asked to endorse the timetable for refreshing the improvement plan")
    r"|\b(?:recommended|asked|requested|invited)\b[^.!?;]{0,20}?\bto (?:approve|adopt|endorse|agree|ratify|sign off)"
    r" (?:(?!(?:for|of|on|to|about|with|timetable|timescales?|process|approach|arrangements)\b)[\w’'-]+,? ){0,6}?"
    r"(?:improvement plan|written statement of action|wsoa|action plan[^.!?;]{0,80}?\b(?:ofsted|"
    r"inspection|inspectors?|inspectorate|recommendations))\b",
    re.I)
# the inspection's own dates: "the findings of a focused visit on 4 and 5 June"
_DATED = re.compile(
    # (the place visited may stand between: "a focused visit to Westbridge's children's services on 9 and 10 June")
    r"\b(?:inspection|visit|jtai|ilacs)s? (?:(?:to|of|into) [^.!?;]{1,80}? )?(?:(?:was |were |had been )?(?:held |"
    r"carried out |undertaken |conducted |"
    r"took place |had taken place )?)?(?:on|between|from|during|in) (?:the )?\d{1,2}(?:st|nd|rd|th)?"
    r"(?:(?: and|,| to| -| –|-|–) ?\d{1,2}(?:st|nd|rd|th)?)* (?:of )?" + _MONTH + r"(?![\w])", re.I)
# ... where the sentence is not the meeting's own act on a paper about it, or the item's purpose: "The Board considered
# a briefing note, which detailed the outcome of the focused visit held on 26 and 27 May", "To share the letter from
# Ofsted following the monitoring visit on 21 - 22 May" (labelled furniture on furniture64's pages, TUNING)
_MEETINGS_ACT = re.compile(
    r"^(?:to [a-z]+|for the [\w ]{0,40} to [a-z]+|(?:the )?(?:[\w’'-]+ ){0,3}(?:board|committee|panel|cabinet|council|"
    r"commission|members|meeting) (?:considered|received|noted|discussed|was (?:presented with|given|provided with)|"
    r"were (?:presented with|given|provided with)))\b", re.I)


def _commits_the_service(text: str) -> bool:
    """Whether `text` promises an update on the plan to a later meeting, sets the plan's date to the inspectorate,
    dates the inspection or gives its grade, or recommends that the plan answering the inspection be approved."""
    flat = " ".join(str(text).split())
    return _COMMIT.search(flat) is not None or (_DATED.search(flat) is not None and not _MEETINGS_ACT.search(flat))


# Decisions read by the parse (furn40, furn41, council63).
# A decision to come back to the service: the verbs that bring a paper to a later meeting or put it on the work
# programme, the papers, and the words that make them further ones (a further, follow-up or progress report).
BRINGING_VERBS = frozenset("receive bring submit present include add schedule provide".split())
# (a report, update or review says something; an agenda item only makes room: "agreed to add an item on school
# attendance to the November meeting" stays the meeting's business)
LATER_PAPERS = frozenset("report update review briefing".split())
FURTHER = frozenset("further progress follow follow-up regular annual quarterly monthly six-monthly".split())


def _schedules_scrutiny(sentence) -> bool:
    """A decision that a further report, update or review on the service come to a later meeting."""
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in BRINGING_VERBS or verb.tag_ == "VBD" or any(
                c.dep_ in ("aux", "auxpass") and (c.lemma_.lower() == "have" or c.tag_ == "VBD")
                for c in verb.children):
            continue  # (a paper this meeting had: "received", "was presented", "had been submitted")
        for paper in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
            if paper.lemma_.lower() not in LATER_PAPERS:
                continue
            # (a further or progress report comes back to what was before the meeting; a report on a topic to the
            # next meeting may be the meeting's ordinary business: "A report on the budget be brought to the next
            # meeting")
            modifiers = {c.lemma_.lower() for c in paper.children if c.dep_ in ("amod", "compound")}
            title = [t for t in paper.subtree if t.i != paper.i and t.lemma_.lower() not in FURTHER]
            if modifiers & FURTHER and any(t.lemma_.lower() in SERVICE_WORDS for t in title):
                return True
    return False


# Figures or information on the service asked of an officer for the members ("That the Assistant Director provide the
# panel with figures on conference timeliness by team before the next meeting"): scrutiny of the service (council63).
SENDING_VERBS = frozenset("provide circulate share send supply give forward".split())
DATA_NOUNS = frozenset("figure data information breakdown detail statistic analysis number".split())


def _asks_for_figures(sentence) -> bool:
    """A decision or request that figures or information on the service be provided, circulated or shared (not given
    already: "had provided", "provided the panel with ...")."""
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SENDING_VERBS or verb.tag_ == "VBD" or any(
                c.dep_ in ("aux", "auxpass") and (c.lemma_.lower() == "have" or c.tag_ == "VBD")
                for c in verb.children):
            continue
        for noun in verb.subtree:
            if noun.lemma_.lower() not in DATA_NOUNS or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            if any(t.i != noun.i and t.lemma_.lower() in SERVICE_WORDS and t.lemma_.lower() not in DATA_NOUNS
                   for t in noun.subtree):
                return True
    return False


# The council's decision on its response to the inspection (furn41): the verbs that decide on a plan, the plans that
# are the response (an improvement plan always; an action plan where the sentence names the inspection), and what the
# sentence must name for progress reported to be progress on the inspection.
DECIDING_VERBS = frozenset("approve adopt endorse agree ratify".split())
RESPONSE_PLANS = frozenset("improvement action".split())
INSPECTION_WORDS = frozenset("inspection ofsted inspector inspectorate recommendation visit ilacs".split())
# Where progress is to be reported: a body of the council, or a time.
LATER_BODIES = frozenset("cabinet committee panel board council commission sub-committee member members".split())
LATER_TIMES = frozenset("""
january february march april may june july august september october november december month months week weeks
year quarter meeting
""".split())


def _names_the_inspection(sentence) -> bool:
    return any(t.lemma_.lower() in INSPECTION_WORDS or t.lower_ in INSPECTION_WORDS for t in sentence)


def _decides_a_plan(sentence) -> bool:
    """A plan that is the council's response to the inspection, approved, adopted, endorsed or agreed."""
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in DECIDING_VERBS:
            continue
        for plan in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
            kinds = {c.lemma_.lower() for c in plan.children if c.dep_ in ("compound", "amod")}
            if plan.lemma_.lower() != "plan" or not kinds & RESPONSE_PLANS:
                continue
            if "improvement" in kinds or _names_the_inspection(sentence):
                return True
    return False


def _reports_progress_later(sentence) -> bool:
    """Progress on the inspection's recommendations or the plan to be reported to a body or by a time: "report(s)
    progress" or "report on progress" (not "reported progress", this meeting's item), or progress "be reported"; by
    words, since the parse often takes a resolution's bare "report" for a noun."""
    words = [t.lower_ for t in sentence]
    ahead = any(a in ("report", "reports") and (b == "progress" or b in ("on", "back") and c == "progress")
                for a, b, c in zip(words, words[1:] + [""], words[2:] + ["", ""]))
    passive = "progress" in words and any(
        a in ("be", "is", "are") and b == "reported" for a, b in zip(words, words[1:]))
    if not (ahead or passive):
        return False
    if not (_names_the_inspection(sentence) or any(t.lemma_.lower() == "plan" for t in sentence)):
        return False
    return any(a == "to" and (b in LATER_BODIES or b == "the" and c in LATER_BODIES)
               for a, b, c in zip(words, words[1:] + [""], words[2:] + ["", ""])) or any(
        t.lower_ in LATER_TIMES and t.head.lower_ in ("in", "by", "at", "within", "every", "each") or
        t.head.head.lower_ in ("in", "by", "within", "every", "each") and t.lower_ in LATER_TIMES for t in sentence)


def _decides_on_the_plan(sentence) -> bool:
    """The council's decision about its response to the inspection: its plan approved, or progress on it required."""
    return _decides_a_plan(sentence) or _reports_progress_later(sentence)
