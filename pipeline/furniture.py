"""Text that is not a finding about the service: Ofsted's stock text and meeting furniture; and who spoke in minutes.

Ofsted reports of every framework carry text that is the same in every report: grade descriptors ("There are no
widespread or serious failures ..."), the statement of Ofsted's expectation, how the inspection was done, licence
and contact text, the judgement table, footnotes on the data. Council minutes carry the furniture of the meeting:
venue, contact, attendance, apologies, declarations of interest, approval of the previous minutes, document links
and sizes, public-speaking rules, deferrals, the date of the next meeting, who was invited to speak.

`exclusion_reasons` names, per segment, why it is left out of the findings ("" when it is kept); the reasons are
the values of REASONS. The patterns are written for the stock wording, not for words a finding may share with it:
"Minimum requirements are in place" is stock only inside a grade descriptor paragraph (the segment stage marks
those paragraphs, `DESCRIPTOR_OPENER`), not on its own.

`speakers` says who is reported speaking in a council document, where the text says so: `member` (councillors,
the chair, the committee, the cabinet or lead member), `officer` (directors, heads of service, managers, officers),
`inspector` (Ofsted, HMI, the inspectors, their report or letter), "" when the text does not say. It is a column of
its own beside `voice` (inspectorate / council / other): `voice` is whose judgement a finding carries and is a cue
of the learned classifier, so its vocabulary stays; `speaker` is finer and only for council documents.
"""

from __future__ import annotations

import re

import numpy as np

from pipeline.committee_returns import COMMITTED, RESOLVED, committee_return
from pipeline.furniture_reasons import (  # noqa: F401 (the reasons are read from here too)
    GRADE_DESCRIPTOR, STOCK, METHOD, LICENCE, TABLE_ROW, VENUE,
    LINK, ATTENDANCE, APOLOGIES, DECLARATIONS, PREVIOUS_MINUTES, PUBLIC_SPEAKING,
    DEFERRAL, NEXT_MEETING, INVITED, PROCEDURE, HEADING, AGENDA,
    MEETING_ONLY, GRADING_SCALE, MIN_WORDS, LABEL_WORDS, SHORT, LABEL, LIST_LEAD_IN, DECISION_FIELD, CUT_LEAD_IN,
)
from pipeline.furniture_reasons import any_of as _any
from pipeline.inspection_record import FINDINGS_LEAD_IN, InspectionFacts, inspection_facts
from pipeline.meeting_arrangements import ARRANGEMENTS, amends_the_motion
from pipeline.meeting_phrases import MEETING_FURNITURE
from pipeline.meeting_told import INDEPENDENT_ROLE, TOLD, teller
from pipeline.meeting_verdicts import about_the_meeting, sets_out_the_scale
from pipeline.minutes_remarks import members_question
from pipeline.patterns import Column
from pipeline.saying_verbs import past_forms
from pipeline.schema import SPEAKERS  # noqa: F401 (the values `speakers` gives)
from pipeline.service_words import JUDGING_WORDS

# A list's lead-in in minutes that says what the inspection found: the inspectorate finding, highlighting or judging
# something ("Ofsted had identified two areas for improvement, namely:"), or a grade in it ("Overall, services were
# judged inadequate, with the areas graded as follows:"). Of the tuning pages' lead-ins, every one it matches was said
# of the service (3 of 3; 100 other lead-ins were furniture). A grade in any tense ("3 areas required improvement to be
# good. These were:") and "good" as a judgement ("Areas judged to be good were:") count too (round 20, branch
# furniture23: set V's rule 15).
# A lead-in that itself judges counts too (furn37, TUNING on sets Y34 and Y35): a word that judges ("the inspectors had
# given positive feedback in several areas, set out as follows:") or the main issues, concerns, strengths or weaknesses
# named ("The main concerns raised about the front door were:"; pipeline.service_words.JUDGING_WORDS for the words).
# Its short items go with it (pipeline.segment).
# What Ofsted or the inspectors found, said in the passive ("The key areas for improvement identified by Ofsted were
# around:"), counts as in the active (furn39, TUNING on set Y36).
# So does what the inspection or its report identified and what the inspectors evaluated ("The inspection report
# identified six recommendations:", "As part of the inspection, inspectors evaluated:"; the lead's set Y42, 45th session).
GIVES_A_GRADE = r"inadequate|outstanding|requir(?:e|es|ed|ing) improvement|(?:judged|rated|graded) (?:to be |as )?good"
JUDGED_LEAD_IN = re.compile(r"\b(?:ofsted|inspectors?|inspectorate|inspection)\b[^:]*?"
                            r"\b(?:highlight|identif|found\b|find|judge|rate|evaluat)"
                            rf"|\b(?:{GIVES_A_GRADE}"
                            r"|(?:main|key|significant|major|particular) (?:issues|concerns|strengths|weaknesses|"
                            r"challenges|risks|failings|shortcomings)"
                            r"|(?:identified|highlighted|found|raised) by (?:ofsted|(?:the )?inspectors?|(?:the )?inspectorate)"
                            rf"|{'|'.join(sorted(JUDGING_WORDS))})\b"
                            # the inspection's findings or recommendations about to be set out ("The summary of
                            # findings was as follows:", "There were two additional recommendations:"; furniture68)
                            r"|" + FINDINGS_LEAD_IN, re.IGNORECASE)
# An item's agenda text that gives the inspection's grade ("After the inspection in June the service was judged
# inadequate in the report published in August") says what the inspection found: it is not left out as the
# agenda's text by where it stands (pipeline.segment; furn37: both readers of set Y35 called it substance, as set V's
# rule 16 did).
GRADE_GIVEN = re.compile(rf"\b(?:{GIVES_A_GRADE})\b", re.IGNORECASE)
# A council motion's resolving lead-in: the council, in the motion's own present tense, about to set out what it
# resolves, calls for or pledges ("In light of the inspection's findings, this Council:", "Council therefore resolves
# that:", "Therefore, this Council resolves:"); not a decision record ("RESOLVED: That the report be noted"). The list
# items after it are the motion's clauses (pipeline.segment gives them this lead-in): what the council resolves or
# demands about its service ("Calls on the Leader to make improving these services the top priority", "An urgent
# report on the inspection be brought to an extraordinary meeting") is read as a finding, not as the item's agenda
# text, talk of the meeting or the learned model's furniture; who moved and seconded it, and the vote, stay furniture
# (furn39, TUNING on set Y36: both readers call the clauses of three councils' motions substance).
MOTION_LEAD_IN = re.compile(r"\b(?:this council|council(?: therefore| hereby| further| also)? (?:resolves|calls|urges|"
                            r"requests|asks|pledges|agrees|commits))\b[^.!?:]{0,40}:-?\s*$", re.IGNORECASE)
SLIGHT = (SHORT, LABEL, LIST_LEAD_IN)
REASONS = (GRADE_DESCRIPTOR, STOCK, METHOD, LICENCE, TABLE_ROW, VENUE, LINK, ATTENDANCE, APOLOGIES, DECLARATIONS,
           PREVIOUS_MINUTES, PUBLIC_SPEAKING, DEFERRAL, NEXT_MEETING, INVITED, PROCEDURE, AGENDA, HEADING, MEETING_ONLY,
           GRADING_SCALE, DECISION_FIELD, CUT_LEAD_IN, *SLIGHT)


# The first sentence of a grade descriptor paragraph ("An outstanding LSCB is ...", "In a local authority that
# requires improvement, ..."): every sentence of such a paragraph is stock.
DESCRIPTOR_OPENER = _any(
    r"^(an? )?(outstanding|good|inadequate) (local authority|lscb|safeguarding children board)\b",
    r"^an? (local authority|lscb) (that is|that requires|requires) (outstanding|good|inadequate|improvement)",
    r"^in an? (local authority|lscb) that (requires improvement|is inadequate|is good|is outstanding)",
    r"^a local authority that is inadequate\b",
)
# Sections that hold nothing but stock text.
STOCK_SECTIONS = [
    (GRADE_DESCRIPTOR, _any(r"^what the inspection judge?ments mean\b")),
    # (the SIF section, the same in every report; the evidence list of 2009-2013 reports under "About this
    # inspection", "meetings with 12 foster carers", describes that inspection and stays as context)
    (METHOD, _any(r"^information about this inspection$", r"^the inspection team$")),
]

# Ofsted's stock sentences, wherever they stand (reason, pattern), first match decides.
OFSTED_STOCK = [
    (GRADE_DESCRIPTOR, _any(
        # the descriptor's own sentence; "Services ... are inadequate because there are widespread and serious
        # failures that leave children at risk" is a report's finding in the descriptor's words, and stays
        r"^(however, )?there (are|were) (no )?widespread (or|and) serious failures (that|which) (create|leave|result)",
        r"^(an? )?(outstanding|good|inadequate) (local authority|lscb) (leads|is|provides|does|coordinates)\b",
        r"^an? (local authority|lscb) (that is|that requires|requires) (outstanding|good|inadequate|improvement)",
        r"^in an? (local authority|lscb) that (requires improvement|is inadequate|is good|is outstanding)",
        r"\bis not yet delivering good protection,? (help|and help)",
        r"^the (local authority|lscb|board) leads (highly )?effective services that (meet|contribute)",
        r"^(the lscb|the board|an lscb) (is not yet demonstrating|requires improvement if it does not yet demonstrate) "
        r"the characteristics of good",
        r"^(the lscb|the board) is not demonstrating that it has effective arrangements in place",
        r"^their progress exceeds expectations and is sustained over time",
    )),
    (STOCK, _any(
        r"^it is ofsted.s expectation that,? as a minimum",
        r"^a full description of what the inspection judge?ments mean",
        r"\bwas given the opportunity to review this section of the report\b",
        r"\bthe areas for improvement have been cross-referenced with\b",
        r"^this statutory guidance sets out the purpose, principles for practice\b",
        r"^this report includes the report of the inspection of local authority functions\b",
        r"^(the )?(local authority|council)?\s*inspection of services for children in need of help and protection, "
        r"children looked after and care leavers\b",
        r"\b(these|this) are residential special schools that look after children for\b",
        r"^\d{0,3}\s*ofsted produces this report\b",
    )),
    (METHOD, _any(
        r"^inspectors have looked closely at the experiences of children\b",
        r"^this (also )?includes children and young people who are looked after and young people who are leaving care",
        r"^inspectors considered the quality of work and the difference\b",
        r"^they read case files, watched how professional staff work\b",
        r"^wherever possible, they talked to children, young people and their families",
        r"\bthe inspectors have tried to understand what the local authority knows about how well it is performing",
        r"^the (inspection of the local authority|review of the local safeguarding children board) was carried out "
        r"under section\b",
        r"^the inspection team consisted of\b",
        r"^this inspection was carried out under section\b",
    )),
    (LICENCE, _any(
        r"^you may (copy all or parts|reuse this information)\b", r"^any complaints about the inspection or the report\b",
        r"^if you would like (ofsted to send you|a copy of this document)\b", r"^to receive regular email alerts\b",
        r"^interested in our work\?", r"^the office for standards in education, children.s services and skills "
        r"\(ofsted\) regulates and inspects\b",
    )),
]
# A row of the judgement table read as text: an area of judgement and a grade, with no sentence around them
# ("Children looked after and achieving Requires improvement permanence").
_AREA = (r"(help and protection|need help and|looked after|achieving (permanence|\w+ \w+ permanence)|care leavers|children in care|"
         r"adoption performance|leadership, management|management and governance|overall effectiveness|"
         r"impact of leaders|safeguarding children board|\blscb\b)")
_GRADE = r"\b(outstanding|good|requires? improvement|inadequate|adequate)\b"
TABLE_ROW_PATTERN = _any(rf"^(?!.*[.!?;]\W*$)(\d(\.\d)?\.? )?(the )?[^.!?;]{{0,120}}{_AREA}[^.!?;]{{0,60}}{_GRADE}",
                         rf"^(?!.*[.!?;]\W*$)(\d(\.\d)?\.? )?[^.!?;]{{0,60}}{_GRADE}[^.!?;]{{0,60}}{_AREA}")
# Sections of minutes that are furniture from end to end (the agenda item's title).
MEETING_SECTIONS = [
    (APOLOGIES, _any(r"^(apologies|apologies for absence|apologies and (changes|substitutions)\b.*)$",
                     r"^(welcome,? )?(and )?(introductions,? )?(and )?apologies( and welcome| for absence)?$",
                     r"^welcome and introductions$")),
    (ATTENDANCE, _any(r"^(present|also present|officers present|officers in attendance|in attendance|"
                      r"members present|substitute members?|substitutions)$",
                      r"^(changes (to|in) |appointments? to )?(the )?(committee |panel |board )?membership\b",
                      # who may sit in for a member ("Attendance by Reserve Members", "ALTERNATE MEMBERS (Standing
                      # Order 34)"), the agenda's own words for a membership item ("To report any changes to the
                      # membership of the Board"), who is co-opted ("Appointment of Co-opted Members")
                      r"^(attendance by )?(alternate|reserve|substitute) members?\b",
                      r"^to (report|note|receive) (any )?changes (to|in) (the )?membership\b",
                      r"^(appointments?|elections?|nominations?) of (the )?(co-opted|parent governor|church|"
                      r"independent) ?(members?|representatives?)?\b")),
    (DECLARATIONS, _any(r"^declarations? of (interests?|party whip)\b",
                        r"^(disclosures?|declarations?) of .*interests?$",
                        r"\bmembers.? code of conduct\b")),
    (PREVIOUS_MINUTES, _any(r"^(confirmation of )?(the )?minutes( of (the )?(previous|last) meeting)?$",
                            r"^record of (the )?(last |previous )?meeting$",
                            r"^(minutes|notes|record) of (the )?(previous |last )?meeting\b", r"^matters arising\b",
                            r"^minutes\b[^.!?]{0,80}\b\d{4}$")),  # "Minutes - Scrutiny Panel - 19 July 2023"
    (PUBLIC_SPEAKING, _any(r"^public (speaking|question|questions|participation)\b", r"^petitions?$",
                           r"^(petitions|deputations),? (deputations|petitions)?,? ?(and )?(public )?questions$",
                           r"^questions from (members of )?the public\b")),
    (NEXT_MEETING, _any(r"^date (and time )?of (the )?next meeting\b", r"^dates? of future meetings\b")),
    # (not "Urgent business" or "Any other business": an urgent item may be the inspection report itself)
    (PROCEDURE, _any(r"^exclusion of (the )?press and public\b",
                     r"^(election|appointment) of (the )?(panel |committee |board |commission )?(chair|vice)",
                     r"^terms of reference$")),
    # a decision record's "Purpose" field: the agenda's account of the item
    (AGENDA, _any(r"^purpose:?$")),
]
# Sections whose reason yields to the sentence: the previous minutes and their matters arising, apologies and the
# chair's welcome hold requests and announcements about the service as well as furniture ("Matters arising: the
# Panel asked for a report on agency staff", "Welcome and apologies: the Chair noted the CAMHS rating"). A sentence
# there is furniture by its section only when no phrase rule below keeps it out for a reason of its own and its
# parse finds nothing but the meeting in it (pipeline.meeting_talk); in council documents that are not minutes
# (no parse) the section decides.
YIELDING_SECTIONS = (PREVIOUS_MINUTES, APOLOGIES)
# Under the approval of the previous minutes, a query on the record's accuracy is the approval's business, whatever
# figure it names ("A query was raised on the accuracy of the figure for ... in the minutes"; the lead's set Y43).
RECORD_ACCURACY = _any(r"\b(in)?accura(te|cy)\b", r"\b(an? |the )?errors? in\b", r"\bmis-?(recorded|quoted|stated)\b")


# A row of a ModernGov page printed as a table carries the bars of the row before it and, on the first row, the
# table's "No. | Item |" header ("| | | The Cabinet noted ...", "| Item | CO-OPTED MEMBER (VOTING) ..."): the phrase
# rules read the text after them, so that a rule anchored at the start of a sentence still finds it.
ROW_LEAD = re.compile(r"^[\s|]*(?:(?:no\.?[\s|]+)?item[ \t]*\|[\s|]*)?", re.I)
# A page whose lines were run together (a PDF's text, a page saved without its line breaks) glues a field's label to
# the sentence it introduces ("Minutes: The Committee considered a report ...", "Decisions: Jo Bloggs reported on
# ...", a decision record's "Is key decision? No" before "Purpose: The Board will receive ..."): the phrase rules
# read the sentence after the label, as they read a table row after its bars.
LABEL_LEAD = re.compile(r"^(?:(?:yes|no)[ \t]+)?(?:minutes|decisions?|purpose)[ \t]*:[ \t]*(?=\S)", re.I)
# An agenda item's title run into the agenda's own line about it, the capital "To" where the line began
# ("Election of Chairman To elect a Chairman for the year.", "Call-In To consider call-in items (if any).",
# "Complaints - Annual Report To consider a report of the Head of Service"): the agenda's description of the item,
# wherever the page's layout was lost. Not a resolution set out the same way ("RESOLVED: To ask the Director for a
# report on ..."), nor a row that goes on to the minute itself after its "Minutes:" label.
GLUED_AGENDA = re.compile(r"^(?![^.!?]*\b(?:RESOLVED|Resolved|AGREED|Agreed|DECIDED|Decided|DECISION|Decision|"
                          r"Recommendations?|RECOMMENDATIONS?)\b)[A-Z0-9(][^.!?:;]{2,160}?[ \t](?:[-–][ \t])?"
                          r"To (?:consider|receive|note|approve|agree|confirm|review|discuss|scrutini[sz]e|comment on|"
                          r"elect|appoint|share)\b(?![^|]*\bMinutes[ \t]*:)")


# A page whose lines were run together glues a meeting item's title to the first sentence under it ("Apologies for
# Absence Members are asked to send any apologies to the clerk.", "Declarations of Interest No interests were
# declared.", "Terms of Reference The Board will champion ..."): a title that is one of the meeting's own sections
# (MEETING_SECTIONS), up to GLUED_TITLE_WORDS words and followed by a capital, is that sentence's section, and the
# phrase rules and the parse read the sentence after it. Only that sentence: where the next item's title was not found
# (it is no meeting section), the sentences after it are not taken into the section.
GLUED_TITLE_WORDS = 8
_ITEM_NUMBER = re.compile(r"^(?:\d{1,3}[./)]?\d{0,3}[.)]?[ \t]+)+")


def glued_section(value: str) -> tuple[str, str]:
    """(the meeting section's reason, the sentence after its title) for a sentence that opens with the title of one
    of the meeting's own sections run into it, ("", value) otherwise."""
    words = list(re.finditer(r"\S+", value))
    for k in range(min(GLUED_TITLE_WORDS, len(words) - 1), 0, -1):
        if not words[k].group()[:1].isupper():
            continue
        title = _ITEM_NUMBER.sub("", value[:words[k - 1].end()]).strip(" \t:-–")
        if not title:
            continue
        for why, pattern in MEETING_SECTIONS:
            if pattern.search(title):
                return why, value[words[k].start():]
    return "", value


def exclusion_reasons(texts: Column, sections: Column, council: np.ndarray, preset: np.ndarray,
                      minutes: np.ndarray | None = None, clauses: np.ndarray | None = None,
                      facts: dict[str, InspectionFacts] | None = None) -> np.ndarray:
    """(n,) object array: why each segment is left out of the findings, "" where it is kept.

    texts, sections: the segments' texts and section names (Column of flattened strings); council: (n,) bool, the
    document is not an inspection report (meeting furniture is looked for there only); preset: (n,) object, reasons
    the segment stage already gave from the segment's block or section ("" for none), which come first, except
    VENUE and AGENDA given for the segment's place on a minutes page (pipeline.minutes_layout), HEADING given to an
    item's numbered title line (pipeline.segment) and the SLIGHT
    reasons (too short, a label, a list's lead-in), which decide only where no phrase rule does. Last, sentences of council documents that speak only about the meeting, by their
    parse (pipeline.meeting_talk), in minutes only (`minutes`: (n,) bool, the document is committee minutes; all
    council documents when None): an improvement plan's "The Board will meet monthly" is a step of the plan.
    clauses: (n,) bool, the segment is a clause of a council's motion (its lead-in is MOTION_LEAD_IN), which the
    parse does not read: what a council resolves is never only about the meeting.
    facts: pipeline.inspection_record.inspection_facts of texts already read (by value; the caller's dict is not
    changed), so that each distinct text is read once per run of the classifier.
    """
    n = len(council)
    reason = np.asarray(preset, dtype=object).copy() if len(preset) else np.full(n, "", dtype=object)
    # where a minutes page sets text (its header, an item's agenda text: pipeline.minutes_layout; an item's numbered
    # title on its line, pipeline.segment, furn41) decides only when no rule below names a more specific reason
    by_place = np.where(np.isin(reason, [VENUE, AGENDA, HEADING, *SLIGHT]), reason, "").astype(object)
    reason[by_place != ""] = ""
    open_ = reason == ""
    # (the inspection team's make-up told in a council's document is what the inspection was, not the report's stock
    # text: pipeline.inspection_record, furniture68)
    known = dict(facts or {})

    def fact(value: str) -> InspectionFacts:
        if value not in known:
            known[value] = inspection_facts(value)
        return known[value]

    recorded = council & texts.each(lambda value: fact(value).tells, bool)
    for why, pattern in OFSTED_STOCK:
        hit = open_ & pattern.found_in(texts) & ~(recorded & (why == METHOD))
        reason[hit], open_ = why, open_ & ~hit
    for why, pattern in STOCK_SECTIONS:
        hit = open_ & pattern.found_in(sections)
        reason[hit], open_ = why, open_ & ~hit
    # (in an inspection report only: a council's slide line "Significant improvement in looked after children's
    # services" has the same words and no full stop)
    hit = open_ & ~council & TABLE_ROW_PATTERN.found_in(texts)
    reason[hit], open_ = TABLE_ROW, open_ & ~hit
    pending = np.full(n, "", dtype=object)  # a yielding section's reason, decided after the phrase rules
    open_at_sections = open_.copy()
    for why, pattern in MEETING_SECTIONS:
        hit = open_ & council & pattern.found_in(sections)
        if why in YIELDING_SECTIONS:
            pending[hit & (pending == "")] = why
            continue
        reason[hit], open_ = why, open_ & ~hit
    bare_values = [LABEL_LEAD.sub("", ROW_LEAD.sub("", value)) for value in texts.values]
    in_minutes = council if minutes is None else council & minutes
    # a meeting section's title run into the sentence under it, where the page's layout was lost
    glued = [glued_section(value) for value in bare_values]
    glued_why = texts.spread([why for why, _ in glued], object)
    for why, pattern in MEETING_SECTIONS:
        hit = open_ & in_minutes & (glued_why == why)
        if why in YIELDING_SECTIONS:
            pending[hit & (pending == "")] = why
            open_at_sections |= hit
            continue
        reason[hit], open_ = why, open_ & ~hit
    # (the title is read past in minutes only: elsewhere the sentence is read as it stands)
    bare = Column(np.where(in_minutes & (glued_why != ""), texts.spread([rest for _, rest in glued], object),
                           texts.spread(bare_values, object)))
    # (the meeting's decision that data or a report on the service come to it is no copy going round: furniture66)
    # (nor a promise or a date of the service's plan, the inspection's dates or grade, or a recommendation to approve
    # the plan, whatever meeting words hold them: pipeline.committee_returns, furniture67)
    returns = bare.each(committee_return, object)
    commits = returns == COMMITTED
    resolved = commits | (returns == RESOLVED)
    for why, pattern in MEETING_FURNITURE:
        hit = open_ & council & ~resolved & pattern.found_in(bare)
        reason[hit], open_ = why, open_ & ~hit
    glued_agenda = bare.spread([GLUED_AGENDA.search(value) is not None for value in bare.values], bool)
    hit = open_ & council & ~commits & glued_agenda
    reason[hit], open_ = AGENDA, open_ & ~hit
    # what the phrases above miss: sentences whose every content word belongs to the meeting, by their parse
    # (but a fact of the inspection the page sets out as the item's agenda text is said about the service:
    # pipeline.inspection_record.states_the_inspection, the lead's set Y41)
    placed = (by_place != "") & ~(council & (by_place == AGENDA) & bare.each(lambda value: fact(value).states, bool))
    reason[open_ & placed] = by_place[open_ & placed]
    minutes = council if minutes is None else council & minutes
    clauses = np.zeros(n, dtype=bool) if clauses is None else clauses
    reason[clauses & (reason == AGENDA)] = ""  # ("To consider appointing ...": the clause's words, not the agenda's)
    # (what members asked about the service, and a request that data or a report on it come to the committee, are
    # not the meeting's talk however many of the meeting's words they hold: pipeline.minutes_remarks, committee_returns)
    # (nor what they record of the inspection and of the oversight of the improvement after it, nor what an amendment
    # to a council motion changes: pipeline.inspection_record, meeting_arrangements; furniture68)
    told = bare.each(lambda value: fact(value).tells or amends_the_motion(value), bool)
    asks = bare.each(members_question, bool) | (returns != "") | told
    meeting, names = about_the_meeting(bare, open_ & minutes & ~placed & ~clauses & ~asks)
    reason[names] = ATTENDANCE
    reason[meeting & ~names] = MEETING_ONLY
    # (the inspectorate's grading scale set out on its own: pipeline.paper_cover)
    reason[sets_out_the_scale(bare, meeting & ~names)] = GRADING_SCALE
    # what the phrase table and the parse missed: the meeting's arrangements, an empty consideration, an item's
    # purpose, a presentation announced by what it covered, a paper said also to give an update
    # (pipeline.meeting_arrangements; furniture66)
    for why, pattern in ARRANGEMENTS:
        hit = (reason == "") & council & ~clauses & ~asks & pattern.found_in(bare)
        reason[hit] = why
    # a yielding section's sentence: out by its section (whatever else found it furniture) unless it says something
    # (a list of who attended keeps its own reason: under the minutes' own heading, "Minutes of the meeting held on 14
    # March 2024", the attendance line is no approval of earlier minutes: council63)
    corrects = (pending == PREVIOUS_MINUTES) & RECORD_ACCURACY.found_in(bare)
    sectioned = (open_at_sections & (pending != "") & ((reason != "") | ~minutes | corrects)
                 & ~((reason == ATTENDANCE) & (pending == PREVIOUS_MINUTES)))
    reason[sectioned] = pending[sectioned]
    return reason


# Who is reported speaking, by the subject that opens the sentence (or its lead-in) and a verb of saying.
# (pipeline.saying_verbs: every verb of the one list, and the passive "were told", "was concerned")
_SAYING = (r"(" + past_forms() + r"|was (concerned|pleased|assured)|"
           r"were (concerned|pleased|assured|informed|advised|told))")
# "In response to a question, officers advised ...": the subject after an opening phrase.
_OPENING = r"^(minutes\s*:\s*)?((in response|in reply|responding|in answer|in discussion|in summary|in addition)( to [^,]{0,60})?,? )?"
# "Sheila Smith, Assistant Director of Children's Social Care, suggested ...": a name, then the role.
_NAMED = r"(([\w’'.-]+ ){1,3}[\w’'.-]+, )?"
INSPECTOR_SPEAKER = _any(
    _OPENING + r"(the )?(ofsted|hmi|senior hmi|his majesty.s inspectors?|her majesty.s inspectors?|(the )?(lead |senior |ofsted )?"
    r"inspectors?|inspection team|(the )?ofsted (report|letter|inspection|inspectors?|feedback)|the (inspection )?"
    r"(report|letter|inspection))\b.{0,80}\b" + _SAYING + r"\b",
)
MEMBER_SPEAKER = _any(
    _OPENING + _NAMED + r"(councillor|cllr|the (chair|chairman|chairwoman|chairperson|vice[- ]chair(man)?)|members?|the (committee|panel|"
    r"board|cabinet|commission|sub[- ]committee|group)|(the )?(lead|cabinet|executive) member|(the )?portfolio holder|"
    r"(a|one|several|some) (members?|councillors?)|the leader( of the council)?|the mayor|group leaders?)\b.{0,100}\b"
    + _SAYING + r"\b",
)
# Someone appointed from outside the council (`meeting_told.INDEPENDENT_ROLE`): "The Chair, appointed by the Department
# for Education, said ...", "The independent chair of the improvement board welcomed ...". Before the members, whose
# "the chair" it would otherwise take.
INDEPENDENT_SPEAKER = _any(_OPENING + _NAMED + r"(" + INDEPENDENT_ROLE + r").{0,100}\b" + _SAYING + r"\b")
# Children and young people themselves - a care leavers' forum or a children in care council heard by the meeting,
# young people giving their views: "One young man said ...", "Members of the Forum said ...", "Two care leavers
# described ...". Before the members, whose "members of ..." it would otherwise take.
YOUNG_SPEAKER = _any(
    _OPENING + r"((a|an|one|another|two|three|four|several|some|many|most|the|other) )?(young (man|men|woman|women|"
    r"person|people)|care leavers?|care experienced young people|children( and young people)?( in care| looked after)?"
    r"|looked after children|teenagers?|members of the (forum|care leavers.? forum|children in care council|youth "
    r"(council|parliament|forum)|young people.s (forum|council|panel))|(the )?(children in care council|youth "
    r"(council|parliament)|care leavers.? forum)( members| representatives)?|representatives of the (children in care "
    r"council|care leavers.? forum|youth (council|parliament)))\b.{0,100}\b" + _SAYING + r"\b",
)
OFFICER_SPEAKER = _any(
    _OPENING + _NAMED + r"(the )?(director|executive director|corporate director|assistant director|deputy director|interim director|"
    r"strategic director|operational director|head of|service manager|team manager|service lead|principal social "
    r"worker|chief executive|officers?|the dcs|dcs|lead officer|senior officers?|([\w’'-]+ ){0,5}(manager|officer|"
    r"director|lead|adviser|advisor))\b.{0,100}\b" + _SAYING + r"\b",
)


def speakers(texts: Column, lead_ins: Column, council: np.ndarray) -> np.ndarray:
    """(n,) object array of SPEAKERS: who the text of a council document reports speaking, from the text itself or,
    failing that, from the lead-in that introduces it ("The Director highlighted the following:"); "" in inspection
    reports. Where the members or the committee are told something (`pipeline.meeting_told.TOLD`) they do not speak:
    whoever told them does (`teller`: named after "by", else "")."""
    n = len(council)
    out, found = np.full(n, "", dtype=object), np.zeros(n, dtype=bool)
    # a lead-in speaks for the items under it only when it introduces them ("... highlighted the following:")
    introduces = lead_ins.each(lambda value: value.rstrip().endswith((":", ":-")), bool)
    for column, may in ((texts, np.ones(n, dtype=bool)), (lead_ins, introduces)):
        open_ = council & may & ~found
        # "Members were told that ...": the meeting is told, by whoever is named after "by" or by no one said
        told = open_ & TOLD.found_in(column)
        out[told], found, open_ = column.each(teller, object)[told], found | told, open_ & ~told
        # (someone from outside before the young people: "The Children's Services Intervention Adviser said ...")
        for who, pattern in (("inspector", INSPECTOR_SPEAKER), ("independent", INDEPENDENT_SPEAKER),
                             ("young person", YOUNG_SPEAKER), ("member", MEMBER_SPEAKER),
                             ("officer", OFFICER_SPEAKER)):
            hit = open_ & pattern.found_in(column)
            out[hit], found, open_ = who, found | hit, open_ & ~hit
    return out
