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

The parts live in modules of their own: the word sets in pipeline.meeting_words, the text as the parser reads it and
the parser in pipeline.meeting_text, what a sentence names that is set aside in pipeline.meeting_names; this module
keeps the tests of a whole sentence (`only_the_meeting`, `is_name_list`, `asks`).
"""

from __future__ import annotations

import re

from pipeline.meeting_names import attendee, of_questions, recalled, roles, set_aside
from pipeline.meeting_words import (
    ANSWERS, ASKED_BODIES, ASKING_VERBS, CLAUSE_DEPS, CONTENT_POS, DEFINITE, FINITE, GRADES, INSPECTORATE, MEETING_ACTS,
    MEETING_ADJECTIVES, MEETING_ADVERBS, MEETING_ITSELF, MEETING_NOUNS, MEETING_PRONOUNS, MEETING_SUBJECTS,
    MEETING_VERBS, MOVING, NAME_GLUE, NOTING_VERBS, PAPER_NOUNS, PERSON_NOUNS, PUBLISHED_PAPERS, PUBLISHING_VERBS,
    QUANTITIES, QUESTION_NOUNS, ROLE_NOUNS, SERVICE_BODIES, STANDING_NOUNS, STANDING_WORDS, STATUS_PHRASES,
    STATUS_WORDS, TITLE_WORDS, UNDERTAKING, WONDERING)
from pipeline.service_words import amount, speaks_of_service


# The service carrying on as it does ("officers advised that it was business as usual"): not the meeting's business.
_CARRYING_ON = re.compile(r"\bbusiness as usual\b", re.I)
# A degree put on a word that describes ("progress had been too slow", "so few placements"): the meeting's adverbs
# ("too" as "also") hold no degree; a courtesy's degree ("very pleased", "most grateful") says nothing of the service.
_DEGREES = frozenset("too so very far much less more rather quite insufficiently sufficiently increasingly".split())
_COURTESIES = frozenset("pleased grateful happy delighted glad thankful keen welcome appreciative".split())


def only_the_meeting(sentence) -> bool:
    if _CARRYING_ON.search(sentence.text):
        return False
    if any(amount(t) for t in sentence):
        return False  # a share or a sum said, wherever it stands ("... an update on the budget, with a £5.4m overspend")
    if any(t.lower_ in _DEGREES and t.dep_ == "advmod" and t.head.pos_ in ("ADJ", "ADV") and
           t.head.lemma_.lower() not in MEETING_ADJECTIVES | _COURTESIES for t in sentence):
        return False  # a degree of something described ("the areas where progress had been too slow")
    if writes_beyond_the_council(sentence):
        return False  # the meeting's people taking a matter up with a provider or an outside body (furniture70)
    aside = set_aside(sentence)
    # a numbered part of a resolution that notes or receives is read as the resolution it is ("(2) receives a report on
    # agency staff at its March meeting" asks for a paper to come, and stays; "(1) notes the report" does not)
    if numbered_part(sentence) and any(t.pos_ == "VERB" and t.lemma_.lower() in NOTING_VERBS for t in sentence) and \
            not _only_notes(sentence, sentence[0], aside):
        return False
    if _every_word_the_meeting(sentence, aside):
        return True
    # the inverse test: a sentence whose subject is the meeting's (its people, bodies, papers) and that names
    # nothing of the service outside names, roles and titles; what was asked for stays
    if asks(sentence):
        return False
    # (who attended is named in full by the strict test; here a subject that joins the service, "40 newly qualified
    # social workers would join the authority", is read)
    aside = aside - attendee(sentence)
    if any(t.dep_ == "neg" for t in sentence) and not any(t.lemma_.lower() in MEETING_ITSELF for t in sentence):
        return False  # what was not done, unless it is the meeting's ("not obliged to withdraw from the meeting")
    if any(t.pos_ == "ADV" and t.i not in aside and t.lemma_.lower() not in MEETING_ADVERBS for t in sentence):
        return False  # an adverb that judges or describes ("The improvement board was chaired independently")
    if _done_by(sentence) or _with_status(sentence):
        return False  # an item of a list of the service's actions ("Consultation form developed by ...", "... Complete")
    if publishes_a_report(sentence):
        return False  # a report published is news of it, not of the meeting ("the report was published on 5 May")
    if sentence.root.lemma_.lower() in _EXISTING:
        return False  # a paper said to exist is the service's own ("A self-evaluation document existed which ...")
    return _of_the_meeting(sentence) and not speaks_of_service(sentence, aside | roles(sentence))


# Saying that something exists: the meeting's papers are presented, circulated or noted; a document that exists is
# one the service keeps (the lead's set Y42).
_EXISTING = frozenset("exist".split())


# Writing to or contacting someone, and who stands outside the council and the meeting: a provider, a school, a trust,
# the police, a minister or commissioner, or someone of one of them ("the regional manager of Harbour Homes").
_WRITING = frozenset("write correspond contact".split())
_BEYOND = frozenset("provider providers trust agency academy school hospital police constabulary ccg icb minister mp "
                    "government department commissioner company charity home homes operator owner regulator dfe "
                    "foundation college university nhs court".split())
_THE_COUNCILS = frozenset("council county borough city district authority children service services committee panel "
                          "board cabinet".split())


def writes_beyond_the_council(sentence) -> bool:
    """Whether someone in the sentence writes to, corresponds with or contacts someone outside the council ("The Chair
    had written to the regional manager of Harbour Homes and had correspondence back", "The Committee contacted the
    care provider"): the meeting taking a matter of the service up beyond itself. Writing to the council's own
    ("... write to the Director of Children's Services", "... write to thank her") is not this."""
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _WRITING:
            continue
        addressees = [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_.lower() == "contact"]
        addressees += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                       for o in p.children if o.dep_ == "pobj"]
        if any(_beyond(a) for a in addressees):
            return True
    return False


def _beyond(addressee) -> bool:
    """Whether an addressee, or whoever it is "of", "at" or "from", stands outside the council: a word of _BEYOND, or a
    name with no word of the council's."""
    if _names_beyond(addressee):
        return True
    return any(p.dep_ == "prep" and p.lower_ in ("of", "at", "from") and any(
        o.dep_ == "pobj" and (_names_beyond(o) or o.pos_ == "PROPN" and not any(
            t.lower_ in _THE_COUNCILS or t.lemma_.lower() in _THE_COUNCILS for t in o.subtree)) for o in p.children)
        for p in addressee.children)


def _names_beyond(noun) -> bool:
    return any(t.lower_ in _BEYOND or t.lemma_.lower() in _BEYOND for t in [noun, *[c for c in noun.children
                                                                                  if c.dep_ == "compound"]])


def publishes_a_report(sentence) -> bool:
    """Whether a clause of the sentence says that a report, letter or findings were published or released ("The
    report had been published on Friday 11 February", "Initial feedback was given and the report was published on 5
    September"): a meeting does not publish; a report's publication is news of the report (an inspection's, most
    often), which the meeting is told of. "The agenda was published on 3 May" is the meeting's own paper. A report
    that is, or goes, in the public domain is published ("the letter would be in the public domain from 3 June";
    furn37)."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in PUBLISHING_VERBS and any(
        c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in PUBLISHED_PAPERS for c in t.children) or
        _in_public_domain(t) for t in sentence)


def _in_public_domain(verb) -> bool:
    """Whether a verb puts its report, letter or findings in the public domain ("the report would be within the
    public domain", "the letter was put into the public domain")."""
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in PUBLISHED_PAPERS for c in verb.children) and \
        any(p.dep_ == "prep" and p.lower_ in ("in", "into", "within") and any(
            d.lemma_.lower() == "domain" and any(a.lower_ == "public" for a in d.children) for d in p.children)
            for p in verb.children)


def _done_by(sentence) -> bool:
    """Whether a sentence with no finite verb says, in a list's short form, that someone did something ("Consultation
    form developed by the participation officer", "New tracker introduced by team managers"): a participle that is no
    act of the meeting, with its doer. "Report presented by the Director" is the meeting's act, and is not this."""
    if any(t.tag_ in FINITE for t in sentence):
        return False
    return any(t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() not in MEETING_VERBS and
               any(c.dep_ == "agent" for c in t.children) for t in sentence)


def _with_status(sentence) -> bool:
    """Whether a sentence with no finite verb ends with an action's status, as an action list's row does ("Review
    recruitment and selection procedures Complete", "Audit of supervision records In progress")."""
    words = [t.lower_ for t in sentence if t.is_alpha]
    if len(words) < 3 or any(t.tag_ in FINITE for t in sentence):
        return False
    return words[-1] in STATUS_WORDS or " ".join(words[-2:]) in STATUS_PHRASES


def asks(sentence) -> bool:
    """Whether the sentence asks for something ("asked that an update be provided", "questioned whether the panel
    could see the plan"), not only that questions were put or a paper moved."""
    return any(t.pos_ == "VERB" and t.dep_ in CLAUSE_DEPS and not thanks(t) and not recalled(t) and (
        t.lemma_.lower() in ASKING_VERBS and not asks_questions(t) and not _moves_a_paper(t) and
        not _asks_to_note(t) or
        t.lemma_.lower() in WONDERING and any(c.dep_ == "ccomp" for c in t.children) or
        # an undertaking: "X and Y had agreed to do a piece of work on ...", not "agreed to send a letter"
        t.lemma_.lower() in UNDERTAKING and any(c.dep_ == "xcomp" and c.pos_ == "VERB" and
                                                 c.lemma_.lower() not in MEETING_ACTS for c in t.children))
        for t in sentence)


def thanks(verb) -> bool:
    """Whether what a verb asks for is thanks ("proposed that the Committee write to thank her")."""
    return any(t.lemma_.lower() in ("thank", "thanks") for c in verb.children if c.dep_ in ("ccomp", "xcomp")
               for t in c.subtree)


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
                 s.lemma_.lower() not in ANSWERS]
    for subject in subjects:
        lemma = subject.lemma_.lower()
        if lemma in INSPECTORATE or subject.lower_ in INSPECTORATE or any(
                c.dep_ == "compound" and c.lower_ in INSPECTORATE for c in subject.children):
            return False
        if not (_named(subject) or lemma in MEETING_SUBJECTS or
                subject.lower_ in MEETING_PRONOUNS and subject.dep_ != "expl" or
                subject.dep_ == "expl" and subject.lower_ == "it"):
            return False
    return True


def _named(subject) -> bool:
    """Whether a subject is a name (a person's, a body's): a proper noun, but not a plural one that is no role or body
    of the meeting's ("6 Task Groups had been established", "Social Workers had been consulted": capitalised common
    nouns of the service; round 20)."""
    if subject.pos_ != "PROPN" or subject.lower_ in SERVICE_BODIES:
        return False
    return subject.tag_ != "NNPS" or subject.lower_.removesuffix("s") in MEETING_SUBJECTS


def numbered_part(sentence) -> bool:
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
        if token.i in aside or token.pos_ not in CONTENT_POS:
            continue
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB":
            if lemma == "resolve" and _only_notes(sentence, token, aside):
                content += 1
                continue
            if lemma in ASKING_VERBS:
                if not (asks_questions(token) or _moves_a_paper(token) or _asks_to_note(token)):
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


def _moves_a_paper(verb) -> bool:
    """Whether an asking verb only moves a paper: "proposed the report", "proposed and introduced the report" (the
    paper, named with "the", "this" or its owner, the object of the verb or of the verb joined to it); not "proposed
    that a task group be set up", "proposed a review of ...", "proposed an update to the threshold document",
    "recommended the plan for approval"."""
    if verb.lemma_.lower() not in MOVING or any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:  # "proposed and introduced the report": the object stands on the verb joined to it
        objects = [g for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" for g in c.children
                   if g.dep_ == "dobj"]
    # (the paper before the meeting, named as such: "proposed an update to the threshold document" asks for one)
    return bool(objects) and all(o.lemma_.lower() in PAPER_NOUNS - {"suggestion", "topic"} and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE for c in o.children) for o in objects)


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
        w.lemma_.lower() in ASKED_BODIES or w.lower_ in ASKED_BODIES for w in whom) and not any(
        t.dep_ in ("ccomp", "advcl", "neg") for n in notes for t in n.subtree)


def asks_questions(verb) -> bool:
    """"asked questions", "asked a series of detailed questions": the asking is the meeting's, not a request."""
    return any(child.dep_ == "dobj" and (child.lemma_.lower() in QUESTION_NOUNS or
                                         child.lemma_.lower() in QUANTITIES and of_questions(child))
               for child in verb.children)


def _only_notes(sentence, resolve, aside: set[int]) -> bool:
    """Whether a resolution only notes or receives what is before the meeting: every other verb of the sentence is a
    noting verb, and what it takes is definite ("the report", "its findings"); "receives a quarterly report on
    placements" asks for a paper to come, and stays."""
    verbs = [t for t in sentence if t.pos_ == "VERB" and t.i != resolve.i and t.i not in aside]
    if not verbs or any(t.lemma_.lower() not in NOTING_VERBS for t in verbs):
        return False
    objects = [c for t in verbs for c in t.children if c.dep_ == "dobj"]
    return all(any(d.dep_ == "poss" or d.lower_ in DEFINITE for d in o.children) for o in objects)


def is_name_list(sentence) -> bool:
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
    names = sum(t.pos_ == "PROPN" or t.text.lower() in TITLE_WORDS for t in words)
    return names / len(words) >= 0.6 and any(t.text.lower() in TITLE_WORDS for t in words)


def _name_and_standing(sentence) -> bool:
    """A line of a register of interests or a list of members set out as text: a person's name with no verb, and
    what the person does or is beside it ("J Smith, employed at the college, and a governor of a primary school", "A
    Jones - parent of a pupil at a local school"): it opens with a name (an initial or a title, then a capitalised
    surname) and holds an employer's participle or a person's standing ("parent", "governor", "trustee")."""
    words = [t for t in sentence if t.is_alpha]
    if len(words) < 3 or any(t.tag_ in FINITE and t.lower_ not in STANDING_WORDS for t in sentence):
        return False
    first, second = words[0], words[1]
    if not (second.text[:1].isupper() and (len(first.text) == 1 and first.text.isupper() or
                                           first.lower_ in TITLE_WORDS)):
        return False
    return any(t.lower_ in STANDING_WORDS or t.pos_ == "NOUN" and t.lemma_.lower() in STANDING_NOUNS | PERSON_NOUNS
               and t.dep_ in ("appos", "conj", "ROOT") for t in words[2:])


def _label_and_name(sentence, words) -> bool:
    """A row of a table of members, interests or officers set out as text: no verb, a dash between a role or name
    and a name, every word capitalised ("Governor – Park Lane Primary School", "Chair – Youth Forum"); not a grade
    row ("Care Leavers – Good")."""
    if not any(t.text in ("–", "—", "-") for t in sentence) or any(t.pos_ in ("VERB", "AUX") for t in sentence):
        return False
    if any(t.lower_ in GRADES for t in words):
        return False
    return all(t.text[:1].isupper() or t.lower_ in NAME_GLUE for t in words)
