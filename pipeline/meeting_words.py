"""The words of a meeting: the word sets by which pipeline.meeting_talk, meeting_names, meeting_acts, meeting_topics and
meeting_verdicts tell a sentence about the meeting from one about the service.

A set holds lemmas or lower-case words (spaCy's tags and dependency labels where its name says so): the meeting's
acts, papers, people, bodies, adjectives and adverbs; the verbs that describe, hand over, name, tell or show a paper;
the words that ask, undertake or wonder; the inspectorate and the service's own bodies, whose acts are never the
meeting's; and the words of name lists, registers of interests and action lists set out as text. Each set's comment
says why it holds what it holds; the sets are read, never changed.
"""

from __future__ import annotations

# The acts of a meeting (lemmas).
MEETING_VERBS = frozenset("""
attend present introduce welcome thank move second adjourn join leave arrive rejoin return chair open close declare
defer withdraw consider receive note circulate table invite speak give provide send take confirm
approve agree sign record meet append attach alter replace appoint elect begin commence finish end start set outline
summarise summarize inform update brief report discuss hold be have do accommodate allow permit refer accompany
substitute deputise vote read follow fill precede remain wish sit convene reconvene explain
advise tell welcome express mention announce state say comment respond reply answer clarify seek arise remind
observe retire address lead
talk continue
contain submit add stand step resign delay postpone reschedule schedule cancel highlight raise describe detail
cover hear adapt revise amend deliver vary share
""".split())
# Verbs that describe what a paper holds: a clause of them on an object paper is part of its title.
DESCRIBING_VERBS = frozenset("""
set detail provide inform give explain outline summarise summarize update include cover contain describe highlight
present show list report relate concern propose seek ask recommend illustrate base emphasise emphasize
review examine explore
""".split())
# Verbs that ask for something: a sentence with one says what the meeting wanted, and stays.
ASKING_VERBS = frozenset("ask request resolve recommend propose require suggest urge call demand instruct task".split())
# What a resolution may do with a paper and still say nothing about the service ("RESOLVED to note the report",
# "RESOLVED: That the Board notes the findings of the inspection"): note or receive it. A resolution that endorses,
# approves or asks for something is a decision and stays.
NOTING_VERBS = frozenset("note receive".split())
# Papers of a meeting: what modifies them is their title.
PAPER_NOUNS = frozenset("""
report item agenda minute minutes presentation update paper slide appendix document note briefing brief summary
letter overview pack copy text version statement diagram chart handout resume dashboard scorecard
finding information feedback content headline detail list topic suggestion sight outcome
""".split())
# Documents of the service that become the meeting's papers only when they are passed to it: "The visit letter and
# the service's draft recovery plan were tabled", "The revised strategy was circulated" say only what was before the
# meeting; "Cabinet approved the plan", "The plan sets out four priorities" decide or say something, and stay.
DOCUMENT_NOUNS = frozenset("plan strategy policy proposal framework protocol".split())
# Passing a paper to the meeting, and nothing more (not "shared with staff", "sent to families"); a document
# considered by a body was before it ("The draft plan was considered by the scrutiny committee"; what the body thought
# of it is said in words of its own: "considered the plan ambitious").
PASSING_VERBS = frozenset("submit circulate table attach append enclose consider".split())
# What a paper carries that an adjective may judge: "noted the outcome of the inspection set out in Appendix A" names
# it, "the positive outcome of the inspection" says something, and its adjective is read.
JUDGED_PAPERS = frozenset("outcome".split())
# (the last line: what a paper carries, named without saying it: "the Letter summarised the findings of the visit",
# "the Board received feedback on the inspection"; a finding that is said stays: "the findings that supervision was
# irregular" has a clause of its own.)
# What a meeting does with a paper: a paper that is the subject of one of these ("A report on ... was presented
# to the Board", "A diagram showing ... was circulated") is named by its title, as an object paper is.
HANDLING_VERBS = frozenset("present circulate table attach append consider receive note introduce submit take defer "
                           "withdraw approve agree sign confirm provide give share send contain postpone reschedule "
                           # a paper's details told to the meeting ("Details of the process were outlined to members")
                           "outline describe detail explain summarise summarize".split())
# What a paper does when it only names what it covers ("The presentation outlined the priorities of the
# partnership", "It described the membership of the board"): with a paper as the subject, the object of one of
# these is the paper's topic, named without being said. Not "highlighted", "identified", "found": those report.
NAMING_VERBS = frozenset("describe outline detail explain summarise summarize cover set".split())
# Telling the meeting about a topic ("X reported on the progress following the inspection", "updated the Board on the
# visit"): what the telling was on is its topic, named without being said, unless it holds a clause that says
# something or a word that judges it ("reported on the good progress made").
TELLING_VERBS = frozenset("report update brief speak talk".split())
# The subject pronouns that stand for the paper in the sentence before ("It outlined the ...").
PAPER_PRONOUNS = frozenset("it this".split())
# Showing something to the meeting, in the passive, with whom it was shown to ("The new vision and its priorities
# were shared with members", "The timetable for the review was presented to the Panel"): what was shown is named, not
# said, whatever it is, as a paper's title is - unless it holds a clause that says something or an adjective outside
# the meeting's own judges it ("Serious concerns about delays were shared with the Board" stays).
SHOWING_VERBS = frozenset("share present circulate show give provide send table".split())
SHOWN_TO = frozenset("to with before".split())
NEUTRAL_ADJECTIVES = frozenset("key main latest current draft revised updated overall initial annual quarterly "
                                "strategic local national".split())
# People, roles and bodies of a meeting: what modifies them is part of their name.
ROLE_NOUNS = frozenset("""
member councillor cllr officer chair chairman chairwoman chairperson committee panel board cabinet commission
council leader director head manager representative observer substitute guest everyone everybody colleague
attendee speaker mayor lead holder portfolio executive secretary clerk officer adviser advisor lawyer inspector
deputy assistant vice co
""".split())
# Being at the meeting: who attended, joined, observed or was present ("One of the carers who had taken part in the
# film was also present", "A parent who sits on the forum attended for this item"). The person who did so is only
# named, whatever describes them, unless a that-clause says something ("Young people who said that ... attended").
ATTENDING_VERBS = frozenset("attend join observe rejoin arrive leave".split())
ATTENDING_STATES = frozenset("present absent".split())
# People who may attend a meeting without a role there: with ROLE_NOUNS and names, the subject of attending.
PERSON_NOUNS = frozenset("""
people person carer parent child young representative pupil student staff worker practitioner family guardian
resident partner colleague volunteer advocate leaver adopter mother father grandparent relative
""".split())
# "in relation to", "in respect of", "with regard to": the topic of what was given, as "on" or "about" is.
TOPIC_NOUNS = frozenset("relation respect regard reference".split())
# Questions put at the meeting: what they relate to is their topic, as a paper's is its title.
QUESTION_NOUNS = frozenset("question query enquiry".split())
# Everything else a sentence about the meeting may name.
MEETING_NOUNS = PAPER_NOUNS | ROLE_NOUNS | frozenset("""
meeting apology absence interest declaration disclosure whip question query enquiry answer order business matter
discussion debate time date room venue availability behalf place seat membership part start end session
view vote record start consideration point attention announcement welcome thanks opportunity remit work programme
action
request arrangement page group recommendation comment information aim intention am pm hour turn publication
attendance activity exercise period link
""".split())
MEETING_ADJECTIVES = frozenset("""
previous next last following present absent correct accurate true verbal written oral public urgent vacant
further first second third formal informal virtual remote new additional supplementary other private due recent full
detailed brief
""".split())
# Adverbs that only place or order the meeting's acts; any other adverb ("chaired independently", "met rarely")
# judges or describes, and keeps the sentence.
MEETING_ADVERBS = frozenset("""
also then first briefly formally previously subsequently now further already again later next earlier therefore
however additionally currently recently shortly duly jointly verbally accordingly thereafter today here there as
well ahead prior together back up out in on down only just still so too respectively below above fully kindly
present virtually remotely personally separately please temporarily immediately late alongside
""".split())
CONTENT_POS = {"NOUN", "VERB", "ADJ", "ADV"}
TITLE_DEPS = {"prep", "compound", "amod", "appos", "nmod", "poss", "acl", "relcl", "npadvmod", "nummod", "quantmod"}
NAME_DEPS = {"compound", "amod", "appos", "nmod", "poss", "nummod", "quantmod", "npadvmod"}
NAME_PREPOSITIONS = {"of", "for", "with", "from", "at", "in"}
QUANTITIES = frozenset("series range number couple lot variety".split())
DEFINITE = frozenset("the this that these those its their our".split())
TITLE_WORDS = frozenset("councillor councillors cllr cllrs mr mrs ms miss dr member members".split())


FINITE = frozenset("VBD VBZ VBP MD".split())


# What a report's publication names: the report, letter or findings themselves; a meeting's own papers (its agenda,
# minutes, decisions) are published by the meeting and say nothing of the service.
PUBLISHED_PAPERS = frozenset("report letter judgement judgment outcome finding findings".split())
PUBLISHING_VERBS = frozenset("publish release".split())


# The status an action list gives each action in its last words ("Review the consent arrangements Complete").
STATUS_WORDS = frozenset("complete completed ongoing achieved done underway".split())
STATUS_PHRASES = frozenset(["in progress", "on track", "not started", "partially met", "partially complete"])


# (a verb heading a clause: not "the proposed co-optees", "the information requested from ...")
CLAUSE_DEPS = frozenset("ROOT conj ccomp xcomp advcl".split())
MEETING_ACTS = MEETING_VERBS - {"do", "have"}  # "agreed to do a piece of work" undertakes work


WONDERING = frozenset("question query enquire inquire wonder".split())
MEETING_ITSELF = frozenset("meeting room agenda item minute minutes vote dispensation".split())
UNDERTAKING = frozenset("agree undertake commit offer".split())
# Subjects that are the meeting's own: its people and bodies, its papers and its business.
MEETING_SUBJECTS = ROLE_NOUNS | PAPER_NOUNS | QUESTION_NOUNS | frozenset(
    "meeting apology interest declaration disclosure whip business membership seat vote motion attention".split())
MEETING_PRONOUNS = frozenset("he she they we i it you who".split())


# The inspectorate: what it did or said is the inspection's, not the meeting's ("Inspectors praised the work of
# officers", "Ofsted had recognised the preparation"), though an inspector may attend or present at a meeting.
INSPECTORATE = frozenset("inspector inspectorate ofsted hmi hmci hmip cqc".split())


# What comes back to a meeting's question ("advised that no response had been received from the Minister").
ANSWERS = frozenset("response reply answer".split())


# The service's own organisations, capitalised as names ("the Local Authority had responsibility for ...", "the
# Partnership had agreed a new threshold document"): what they did or have is the service's, not the meeting's
# (round 21). A council, committee or board stays the meeting's body.
SERVICE_BODIES = frozenset("authority authorities partnership partnerships service services trust agency "
                           "academy school hospital police ccg icb".split())


# Moving a paper at a meeting ("The cabinet member proposed and introduced the report", "proposed the minutes"): the
# proposing is the meeting's act, as presenting is, when its object is the paper itself and it reports nothing.
MOVING = frozenset("propose move".split())


# Who at a meeting may be asked to note its papers.
ASKED_BODIES = frozenset("member councillor committee panel board cabinet commission group sub-committee".split())


# What a register of interests says a person is or does: employed by, a governor of, a trustee of.
STANDING_WORDS = frozenset("employed appointed engaged contracted".split())
STANDING_NOUNS = frozenset("governor trustee employee director volunteer foster teacher".split())


# Small words a title-cased name may hold ("Head of Service for Children and Families").
NAME_GLUE = frozenset("of for and the in at on to de la".split())
GRADES = frozenset("outstanding good inadequate adequate requires improvement".split())
