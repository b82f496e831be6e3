"""Sentences of council minutes whose main clause is an act of the meeting and which only name their topic.

`pipeline.meeting_talk` calls a sentence furniture when every content word in it belongs to the meeting, or when
its subject is the meeting's and it names nothing of the service. Minutes also say, in a sentence that does name
the service, only what the meeting did with it: "The Director of Safeguarding delivered a presentation which detailed
the self-assessment work", "It also includes information pertaining to our children's health and education", "A
response from Cabinet outlined the agreed actions and the proposed implementation of the recommendations". The
service is the topic of the meeting's act there, named without anything being said of it. The general test
(issue 15, fourteenth round): a sentence is furniture by `names_its_topic` when

- its main verb (and any verb joined to it, and any verb it reports with a subject of the meeting's: "noted that
  the report had been circulated") is one of the meeting's acts of telling, hearing and handling papers (present,
  consider, receive, note, report, outline, include, draw attention ...), and its subject is the meeting's: a named person, a role or body, a paper, a question, a comment or a response, or
  a pronoun standing for one (not the inspectorate, not the service's own plan or strategy, not "meetings" held
  elsewhere);
- and it carries no claim about the service: no clause of its own beyond one that names what a paper covers
  ("which detailed ...", "pertaining to ...") or when an event took place ("which took place on 19 November"), no
  word that judges, no grade, no figure, no word of change or trouble ("increase", "improvement", "concern",
  "delay") outside names and titles, no adjective or adverb outside the meeting's own, no negation, no modal verb,
  and it asks for nothing.

"The Director reported that caseloads had fallen" reports a clause; "Members noted the reduction in agency staff"
names a change; "The report highlighted strong practice" judges; "R Patel had started in May and was reviewing every
plan" is a person's news (starting and reviewing are not acts of telling or handling papers): all stay.

The module's other tests find, sentence by sentence, furniture of shapes the phrase rules meet council by council:
a person's declaration ("declared she is employed by ..."), or any sentence naming a kind of member's interest
("pecuniary", "prejudicial"); what the meeting's body, named by itself, will do
("The Board will meet four times a year"; not "The Improvement Board will oversee the plan"); a rule of the meeting
("You must leave the room", "Submissions must be sent by ..."); and, where a page's lines were run together, a
heading in capitals, a venue or contact field and an agenda's line on what an item is for ("To consider the report
of ...", with no subject and nothing asked). Round 16 (branch furniture19) adds the meeting's own time ("It was noted
that this meeting had been delayed due to the pandemic"; not a delay whose reason is a clause of the service's) and an
interest set out without its verb ("Personal - by virtue of his daughter's employment ..."). Round 20 (branch
furniture23) adds a resolution whose one act is noting what a definite noun phrase names (`only_notes`: "That the
actions taken in response to the findings be noted").

Furn37 (thirty-fifth session) adds an item's title standing as a sentence (`stands_as_a_title`, a timed agenda's
line included).

A sentence that only dates an inspection or a visit ("In February 2019, Ofsted conducted a focused visit to the
service") was furniture here from round 14 to round 18; it is not (round 19, branch furniture22): when and what the
inspectorate inspected is a fact of the service's inspection, not of the meeting (issue 15's list of furniture does
not hold it, and set T's labeller, who never ran the pipeline, labelled such sentences substance).

Measured before shipping on the labelled units of the tuning sets (issue 15, sets E-O and T, 3,090 units): of the
593 furniture units the tests of pipeline.meeting_talk leave, 85 more are found; of the 468 substance units, one (a
fragment ending mid-sentence, "commented on the progress the"), and 6 of the 239 units labelled neither (an
inspection's dates, a paper received).
"""

from __future__ import annotations

import re

from pipeline import meeting_names
from pipeline import meeting_talk as talk
from pipeline import meeting_words as vocab
from pipeline.service_words import GRADE_WORDS, JUDGING_WORDS, is_figure, speaks_of_service

# Verbs that name what a paper covers, in a clause of its own ("information pertaining to ...", "the progress
# following the inspection"): the clause names, it does not say.
NAMING_CLAUSE_VERBS = vocab.DESCRIBING_VERBS | frozenset("pertain relate regard concern follow".split())
# Verbs that say only when or where an event was ("the review, which took place on 19 November", "a visit which
# was held in May", "the inspection carried out in March").
EVENT_VERBS = frozenset("take hold carry conduct undertake".split())
# Words of change or trouble: naming one says something of the service ("noted the reduction in agency staff",
# "drew attention to the delays"), unless it is part of a name ("the improvement plan").
CLAIM_NOUNS = frozenset("""
increase decrease reduction rise fall improvement decline deterioration strength weakness concern issue problem
gap success achievement challenge pressure shortage delay failure failing shortfall growth change impact difference
lack
""".split())
# Adjectives that only count ("several questions", "a few points").
COUNTING_ADJECTIVES = frozenset("several few many some various".split())
# What may be the subject of a meeting's act besides its people, bodies and papers.
SUBJECT_NOUNS = (vocab.MEETING_SUBJECTS - {"meeting"}) | frozenset(
    "comment point response reply answer clarification".split())
# The meeting's acts of telling, hearing and handling papers: the verbs that may head a sentence that only names its
# topic. Not the acts that are the service's too ("had started in September", "had joined the team", "was reviewing
# every plan", "agreed to add a review to the work programme"): a person's starting, joining, leading or reviewing
# something may be the service's news.
_ACTS = frozenset("""
present introduce consider receive note circulate table report update brief outline summarise summarize describe
detail explain highlight raise cover include contain set provide give submit deliver draw explore discuss comment
respond reply answer clarify mention state say inform advise tell welcome thank refer attach append speak talk
address query hear express remind list show illustrate relate concern
""".split())
_PAPERS = vocab.PAPER_NOUNS | vocab.QUESTION_NOUNS
# What the meeting takes up besides papers and questions, and the participles that say only who made it ("the
# recommendations made by Ofsted", "the points raised by members", "the areas identified by inspectors").
_TOPICS = frozenset("recommendation area point action".split())
_MADE = frozenset("make give raise identify highlight".split())
# Participles that name a kind of inspection or paper ("the focused visit", "a targeted inspection", "the associated
# recommendations").
_KIND_PARTICIPLES = frozenset("focus target associate".split())


def names_its_topic(sentence) -> bool:
    """Whether a parsed sentence (a spaCy span) is an act of the meeting that only names its topic (module
    docstring)."""
    root = sentence.root
    if not _act(root) or talk.asks(sentence):
        return False
    verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    reported = [c for v in verbs for c in v.children if c.dep_ == "ccomp"]
    # (clauses joined to a reported one: "noted that the work programme had been updated and information had been
    # circulated")
    reported += [c for r in reported for c in r.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    verbs += reported
    if not all(_act(v) for v in verbs) or not all(
            any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in reported):
        return False
    aside = meeting_names.set_aside(sentence) | meeting_names.roles(sentence)
    for token in sentence:
        if judging_word(token) or token.dep_ in ("neg", "ccomp") and token not in reported or token.tag_ == "MD":
            return False
        if token.pos_ != "PROPN" and (is_figure(token) or token.lemma_.lower() in CLAIM_NOUNS and
                                      token.dep_ != "compound"):
            return False  # a figure or a change counts in a paper's title too ("outlined the weaknesses of ...")
        if token in verbs:
            continue
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass") and not _names(token):
            return False
        if token.i not in aside and says_of_service(token):
            return False
    subjects = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return bool(subjects) and all(meetings_subject(s) for s in subjects)


def _act(verb) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _ACTS


def judging_word(token) -> bool:
    lemma, lower = token.lemma_.lower(), token.lower_
    return lemma in JUDGING_WORDS or lower in JUDGING_WORDS or lower in GRADE_WORDS


def _names(verb) -> bool:
    """Whether a verb below the main clause only names: a participle naming what it modifies ("the agreed
    actions", "the report attached"), a clause dating an event, or a clause naming what a paper or a person covers."""
    lemma, head = verb.lemma_.lower(), verb.head.lemma_.lower()
    if verb.dep_ == "amod" and lemma in vocab.MEETING_VERBS | vocab.DESCRIBING_VERBS | _KIND_PARTICIPLES:
        return True
    if verb.dep_ in ("relcl", "acl") and lemma in EVENT_VERBS:
        return not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.lemma_.lower() != "place" for c in verb.children)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and lemma in _ACTS and head in _PAPERS:
        return True
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and lemma in _MADE and head in _PAPERS | _TOPICS and all(
            c.dep_ in ("agent", "advmod", "punct") for c in verb.children):
        return True  # who made what the meeting took up ("commented on the recommendations made by Ofsted")
    if verb.dep_ == "relcl" and lemma in vocab.DESCRIBING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in vocab.PAPER_NOUNS | {"detail"} for c in verb.children):
        return True  # what a paper holds, named as a paper ("..., which contained more detail", "which gave an update")
    if lemma not in NAMING_CLAUSE_VERBS:
        return False
    # (a plan named by what it follows, "the improvement plan following the inspection", is named, not described)
    return verb.dep_ not in ("relcl", "acl") or head in _PAPERS | vocab.ROLE_NOUNS or \
        lemma == "follow" and head in vocab.DOCUMENT_NOUNS


def says_of_service(token) -> bool:
    """Whether a word outside names and titles says something of the service: an adjective or adverb that is not
    the meeting's."""
    lemma, lower = token.lemma_.lower(), token.lower_
    if token.pos_ == "ADJ":  # (a kind of visit tagged an adjective, "the focused visit", names it)
        return lemma not in vocab.MEETING_ADJECTIVES | vocab.NEUTRAL_ADJECTIVES | COUNTING_ADJECTIVES and \
            lemma.removesuffix("ed") not in _KIND_PARTICIPLES
    if token.pos_ == "ADV":  # ("further" is lemmatised "far"; "yet to receive an update")
        return lemma not in vocab.MEETING_ADVERBS and lower not in vocab.MEETING_ADVERBS | {"yet"}
    return False


def meetings_subject(subject) -> bool:
    lemma = subject.lemma_.lower()
    if lemma == "programme" and any(c.lower_ == "work" for c in subject.children):
        return True  # the body's own work programme
    if lemma in vocab.INSPECTORATE or subject.lower_ in vocab.INSPECTORATE:
        return False
    if lemma not in vocab.PAPER_NOUNS and any(t.lemma_.lower() in vocab.DOCUMENT_NOUNS for t in subject.subtree):
        return False  # the service's own plan or strategy: what it holds is said ("The Action Plan contained ...")
    return (subject.pos_ == "PROPN" or lemma in SUBJECT_NOUNS or subject.lower_ in vocab.MEETING_PRONOUNS or
            subject.dep_ == "expl" and subject.lower_ == "it" or
            subject.lower_ == "this" and subject.head.lemma_.lower() in _PAPER_ACTS)


# What a paper does in an agenda's words, whose subject may be "this" standing for the paper ("This presents the
# improvement plan following the inspection", "This sets out the portfolio holder's priorities"; round 20).
_PAPER_ACTS = frozenset("present set outline summarise summarize provide introduce update detail describe".split())


def declares(sentence) -> bool:
    """Whether a parsed sentence is a person's declaration ("Councillor Jones declared he works for a care
    partnership", "She declared that her daughter attends a school in the borough"): what is declared at a meeting
    is an interest, whatever it names."""
    root = sentence.root
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    return root.lemma_.lower() == "declare" and bool(subjects) and all(
        s.pos_ == "PROPN" or s.lemma_.lower() in vocab.ROLE_NOUNS or s.lower_ in vocab.MEETING_PRONOUNS
        for s in subjects)


# The meeting's own body, named by itself ("The Board", "the Committee"): what it will do is its remit.
BODY_NOUNS = frozenset("board committee panel cabinet commission group forum sub-committee subcommittee".split())


def states_the_remit(sentence) -> bool:
    """Whether a parsed sentence says what the meeting's body will do ("The Board will hold the council to account
    for ...", "The Committee shall meet four times a year"): its subject is the body named by itself, with no other
    word (not "The Improvement Board will oversee the plan", a body of the service), its verb takes "will" or
    "shall", and nothing in it judges. How often it meets, with a purpose that names the service ("The Board will
    meet monthly to drive improvement in the quality of social work practice"), describes the body's work on the
    service, and stays."""
    root = sentence.root
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if root.lemma_.lower() == "meet" and any(
            c.dep_ in ("advcl", "xcomp") and speaks_of_service(sentence.doc[c.left_edge.i:c.right_edge.i + 1], set())
            for c in root.children):
        return False  # how the body meets, and to do what for the service ("... meet monthly to drive improvement in
        # the quality of social work practice"): what it is for is said of the service
    return root.pos_ == "VERB" and any(c.tag_ == "MD" and c.lower_ in ("will", "shall") for c in root.children) and \
        bool(subjects) and all(s.lemma_.lower() in BODY_NOUNS and all(c.dep_ == "det" for c in s.children)
                               for s in subjects) and not any(judging_word(t) for t in sentence)


# Kinds of a member's interest: a sentence naming one is the declarations' business ("Councillor Jones, Pecuniary,
# works for a care partnership", "Members may stay unless the interest is a disclosable pecuniary interest").
INTEREST_KINDS = frozenset("pecuniary non-pecuniary prejudicial".split())
# Who a rule of the meeting binds, or what it governs ("You must leave the room", "Submissions must be sent by ...").
RULE_SUBJECTS = frozenset("you member councillor submission question advice request speaker disclosure declaration "
                          "petition deputation".split())
_OBLIGING = frozenset("must should shall may can".split())
# Acts a rule of the meeting governs besides the meeting's own ("Any other disclosures should be made orally").
_RULED_ACTS = frozenset("participate seek make".split())


def sets_a_rule(sentence) -> bool:
    """Whether a parsed sentence sets a rule of the meeting ("If required, further advice should be sought from the
    Monitoring Officer", "In both cases you must leave the room"): a modal of obligation or leave on an act of the
    meeting, whose subject is those it binds or what it governs, with no clause reported, nothing judged and nothing
    of the service named (pipeline.service_words) outside names and titles."""
    root = sentence.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if root.pos_ != "VERB" or root.lemma_.lower() not in vocab.MEETING_VERBS | _RULED_ACTS or not any(
            c.tag_ == "MD" and c.lower_ in _OBLIGING for c in root.children):
        return False
    if not subjects or not all(s.lemma_.lower() in RULE_SUBJECTS or s.lower_ in RULE_SUBJECTS for s in subjects):
        return False
    if any(judging_word(t) or t.dep_ == "ccomp" for t in sentence):
        return False
    return not speaks_of_service(sentence, meeting_names.set_aside(sentence) | meeting_names.roles(sentence))


def in_capitals(sentence) -> bool:
    """Whether a sentence of four words or more is set in capitals: an agenda's or a page's heading run into the
    text ("CONSIDERATION OF REQUEST FOR SCRUTINY REVIEWS"), not a sentence of the minutes."""
    words = [t.text for t in sentence if t.is_alpha]
    letters = "".join(words)
    return len(words) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def stands_as_a_title(sentence) -> bool:
    """Whether a sentence is an item's title standing as a sentence, as an agenda sets it out: no finite verb, at least
    two nouns or adjectives and every one capitalised ("The Joint Targeted Area Inspection.", "10:40 Inspection of
    Services for Children in Need of Help and Protection." - the clock time of a timed agenda's line before it);
    nothing judged, graded or counted ("Inadequate Help for Children in Need." names a grade, and stays). Measured
    (furn37, TUNING): on sets Y34 and Y35 it moves two sentences, both labelled furniture by both readers; on the
    labelled texts of tests/data one, labelled furniture (an item's heading), and three already left out as headings."""
    tokens = [t for t in sentence if not t.is_space]
    if tokens and _CLOCK.match(tokens[0].text):
        tokens = tokens[2:] if len(tokens) > 1 and tokens[1].lower_.strip(".") in ("am", "pm", "a.m", "p.m") else \
            tokens[1:]
    named = [t for t in tokens if t.pos_ in ("NOUN", "PROPN", "ADJ")]
    if len(named) < 2 or any(t.tag_ in vocab.FINITE or t.pos_ == "AUX" for t in tokens):
        return False
    # (Ofsted's long inspection names are read as the one word "inspection": pipeline.meeting_text.prepared)
    return all(t.text[:1].isupper() or t.text == "inspection" for t in named) and \
        not any(judging_word(t) or t.lower_ in GRADE_WORDS or is_figure(t) or t.pos_ == "NUM" for t in tokens)


# A clock time opening a timed agenda's line ("15:15", "10.30am", "2.00 pm").
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?$", re.IGNORECASE)


# A page's venue and contact fields ("Venue: Committee Room 2", "Contact: Democratic Services", "View directions"):
# run into a sentence where the page's lines were lost, they make it the page's header.
_FIELDS = frozenset("venue contact".split())


def holds_a_venue_field(sentence) -> bool:
    """Whether a sentence holds a page's venue or contact field, or its "View directions" link."""
    tokens = list(sentence)
    return any(t.lower_ in _FIELDS and i + 1 < len(tokens) and tokens[i + 1].text == ":" or
               t.lower_ == "view" and i + 1 < len(tokens) and tokens[i + 1].lower_ == "directions"
               for i, t in enumerate(tokens))


# What an agenda says an item is for ("To consider the report of the Director", "To review the arrangements for
# hearing the views of children"): the verbs of an item's purpose.
AGENDA_VERBS = frozenset("consider receive note review discuss hear scrutinise scrutinize examine comment".split())


def states_an_items_purpose(sentence) -> bool:
    """Whether a sentence is an agenda's line on what an item is for: it opens with "To" and a verb of an item's
    purpose, with no subject and nothing asked ("To consider the annual report of the fostering service")."""
    words = [t for t in sentence if not t.is_punct]
    root = sentence.root
    return len(words) >= 3 and words[0].lower_ == "to" and words[0].head == root and words[0].dep_ == "aux" and \
        root.pos_ == "VERB" and root.lemma_.lower() in AGENDA_VERBS and not talk.asks(sentence) and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)


# The meeting's own time: its being delayed, put off, moved or held ("It was noted that this meeting had been delayed
# due to the pandemic; the meeting had been scheduled for April").
TIMING_VERBS = frozenset("delay postpone reschedule schedule rearrange move cancel adjourn defer hold arrange "
                         "bring".split())
_MEETING_WORDS = frozenset("meeting session".split())
# What may wrap the meeting's time: "It was noted that ...", "The Chair explained that ...".
WRAPPING_VERBS = frozenset("note explain report inform advise say state confirm remind mention".split())


def times_the_meeting(sentence) -> bool:
    """Whether a parsed sentence only says when the meeting itself was held, delayed or moved: every clause's subject
    is the meeting ("this meeting", "the meeting") or one that reports it ("It was noted that ...", "The Chair
    explained that ..."), every verb times the meeting or wraps what times it, and at least one clause's subject is the
    meeting; a reason given with a preposition ("due to the pandemic") is the meeting's too. "The meeting was delayed
    because caseloads had risen" reports a clause of the service's, and stays; no negation, no modal."""
    verbs = [t for t in sentence if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")]
    if not verbs or any(t.dep_ == "neg" or t.tag_ == "MD" or judging_word(t) for t in sentence):
        return False
    timed = False
    for verb in verbs:
        lemma = verb.lemma_.lower()
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if lemma in TIMING_VERBS and subjects and all(s.lemma_.lower() in _MEETING_WORDS for s in subjects):
            timed = True
        elif not (lemma in WRAPPING_VERBS and any(c.dep_ == "ccomp" for c in verb.children) and all(
                meetings_subject(s) for s in subjects)):
            return False
    return timed


# A declaration set out without its verb, as a register of interests prints it: the kind of interest, then its ground
# ("Personal – by virtue of his daughter's employment as a youth worker", "Prejudicial interest: a governor of the
# school").
_DECLARED_KINDS = frozenset("personal prejudicial pecuniary non-pecuniary disclosable "
                             "registrable".split())


def states_an_interest(sentence) -> bool:
    """Whether a sentence with no finite verb sets out a member's interest: it opens with a kind of interest followed
    by a dash, a colon or "interest", or it gives a person's ground for one ("by virtue of his/her/their ...")."""
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sentence):
        return False
    words = [t for t in sentence if not t.is_space]
    opens = len(words) > 1 and words[0].lower_ in _DECLARED_KINDS and (
        words[1].text in ("–", "—", "-", ":") or words[1].lemma_.lower() == "interest")
    ground = any(t.lower_ == "virtue" and t.head.lower_ == "by" and any(
        g.dep_ == "prep" and g.lower_ == "of" and any(p.dep_ == "poss" and p.lower_ in ("his", "her", "their", "my")
                                                      for o in g.children for p in o.children)
        for g in t.children) for t in sentence)
    return opens or ground


_FINITE_TAGS = frozenset("VBD VBZ VBP MD".split())


def leads_in_without_clause(sentence) -> bool:
    """Whether a sentence is only a resolution's lead-in cut from what it led to: it opens with "Having" and a verb
    of what a meeting does with an item ("Having considered the report and a presentation by the Director") and holds
    no finite verb, so no clause of what was said, found or agreed follows it. "Having received the report, the
    Committee agreed to ask for an update" has a main clause and stays, and so does a lead-in running on after a
    colon into what was resolved ("... for the reasons set out: (1) the plan be endorsed")."""
    words = [t for t in sentence if not t.is_punct]
    return len(words) >= 3 and words[0].lower_ == "having" and words[1].tag_ == "VBN" and \
        words[1].lemma_.lower() in AGENDA_VERBS and not any(t.tag_ in _FINITE_TAGS for t in sentence) and \
        not any(t.text in (":", ";") for t in sentence)


_SCRUTINY_VERBS = AGENDA_VERBS | frozenset("scrutinise scrutinize explore".split())


def offers_items(sentence) -> bool:
    """Whether a sentence only tells the meeting of items it might take up: a telling verb ("advised of", "set out")
    whose object is counted ("two areas", "several issues") and described only by what the body may wish to consider
    ("the panel may wish to consider for detailed scrutiny"), with nothing said after it. A list of the areas after a
    colon, or a clause of what the areas are, keeps it."""
    root = sentence.root
    if root.lemma_.lower() not in WRAPPING_VERBS | {"outline", "suggest", "identify"} or \
            any(c.dep_ in ("ccomp", "xcomp", "advcl", "conj") for c in root.children):
        return False
    objects = [c for c in root.children if c.dep_ == "dobj"] + \
        [o for c in root.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    for noun in objects:
        counted = any(c.dep_ == "nummod" or c.lower_ in COUNTING_ADJECTIVES for c in noun.children)
        clauses = [c for c in noun.children if c.dep_ == "relcl"]
        if not counted or len(clauses) != 1:
            continue
        clause = clauses[0]
        body = any(c.dep_ == "nsubj" and c.lemma_.lower() in BODY_NOUNS | {"member"} for c in clause.children)
        weighs = any(t.pos_ == "VERB" and t.lemma_.lower() in _SCRUTINY_VERBS for t in clause.subtree)
        after = [t for t in sentence if t.i > max(x.i for x in clause.subtree) and not t.is_punct]
        colon = any(t.text == ":" for t in sentence)
        if body and weighs and not after and not colon:
            return True
    return False


# Verbs that may name, inside what a resolution notes, what was done ("the actions taken in response to the findings",
# "the steps that have been put in place"): doing it is the topic the meeting notes, not news it tells.
_DONE_VERBS = vocab.MEETING_VERBS | vocab.DESCRIBING_VERBS | frozenset("take make do undertake carry put complete play".split())


def only_notes(sentence) -> bool:
    """Whether a parsed sentence is a resolution, or a resolution's part, whose one act is noting what a definite
    noun phrase names: "That the actions taken in response to the inspection's findings be noted", "(1) note the steps
    that have been taken and the part played by the partnership" (set V's conventions, rule 4: a resolution that only
    notes is furniture; round 20, branch furniture23). It is worded as a resolution: "be noted" with what is noted as
    its subject, or "note" with no subject opening the sentence. A clause noted ("be noted that a board has been set
    up") says something and stays, as does a noted phrase that judges, counts, names a change or trouble ("that the
    rise in referrals be noted", "the serious delays"), holds a verb that is not one of doing or of the meeting ("the
    decision to close two homes"), negates or asks; "The Board noted the report" is pipeline.meeting_talk's."""
    root = sentence.root
    if root.pos_ != "VERB" or root.lemma_.lower() != "note" or talk.asks(sentence):
        return False
    if any(c.dep_ in ("nsubj", "expl") for c in root.children):
        return False
    noted = [c for c in root.children if c.dep_ == "nsubjpass"]
    if noted:
        if not any(c.dep_ == "auxpass" and c.lower_ == "be" for c in root.children):
            return False
    else:
        words = [t for t in sentence if t.is_alpha]
        if not words or words[0] != root:
            return False
        noted = [c for c in root.children if c.dep_ == "dobj"]
    if not noted or not all(any(d.dep_ == "poss" or d.lower_ in vocab.DEFINITE for d in n.children) for n in noted):
        return False
    for token in sentence:
        if token.dep_ in ("ccomp", "neg", "advcl") or token.tag_ == "MD" or judging_word(token):
            return False
        if token.pos_ != "PROPN" and (is_figure(token) or token.lemma_.lower() in CLAIM_NOUNS and
                                      token.dep_ != "compound"):
            return False
        if token.i != root.i and token.pos_ == "VERB" and token.lemma_.lower() not in _DONE_VERBS:
            return False
        if token.pos_ in ("ADJ", "ADV") and says_of_service(token):
            return False
    return True


def furniture(sentence) -> bool:
    """Whether a parsed sentence is furniture by one of this module's tests."""
    return names_its_topic(sentence) or declares(sentence) or \
        times_the_meeting(sentence) or states_an_interest(sentence) or \
        states_the_remit(sentence) or sets_a_rule(sentence) or in_capitals(sentence) or \
        holds_a_venue_field(sentence) or states_an_items_purpose(sentence) or stands_as_a_title(sentence) or \
        leads_in_without_clause(sentence) or offers_items(sentence) or only_notes(sentence) or \
        any(t.lower_ in INTEREST_KINDS for t in sentence)
