"""What a minutes sentence names that belongs to the meeting, and is set aside before its words are read.

`set_aside(sentence)` gives the indices of the tokens that only name: people, roles and bodies with what names them
(apposition, compounds, "of/for/with ..."; a body's name in lower case with "and" in it), the title of a paper (what
modifies a paper noun, a clause describing it, a describing clause hung on the verb that handles it, the run-on
list after such a clause), a document passed to the meeting, what a paper covers or a telling verb is on, what was
shown to the meeting or gone through "in detail", who attended, the topic of questions, "the following areas"
before a list and where something is written ("as set out in the report") - unless a clause in it reports
something ("... which found that ..."). `roles(sentence)` gives the role nouns and titles. pipeline.meeting_talk
reads the words left; pipeline.meeting_acts and meeting_verdicts ask the same of their sentences.
"""

from __future__ import annotations

from pipeline.meeting_words import (
    ATTENDING_STATES, ATTENDING_VERBS, DESCRIBING_VERBS, DOCUMENT_NOUNS, FINITE, HANDLING_VERBS, JUDGED_PAPERS,
    MEETING_ADJECTIVES, MEETING_ADVERBS, MEETING_VERBS, NAME_DEPS, NAME_PREPOSITIONS, NAMING_VERBS, NEUTRAL_ADJECTIVES,
    PAPER_NOUNS, PAPER_PRONOUNS, PASSING_VERBS, PERSON_NOUNS, QUANTITIES, QUESTION_NOUNS, ROLE_NOUNS, SHOWING_VERBS,
    SHOWN_TO, TELLING_VERBS, TITLE_DEPS, TITLE_WORDS, TOPIC_NOUNS)


def set_aside(sentence) -> set[int]:
    """Indices of tokens that are names, titles of papers or parts of roles (not statements)."""
    aside: set[int] = set()
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.pos_ == "PROPN" or lemma in ROLE_NOUNS:
            # "the Director of Children's Services", "Councillor Patel, Cabinet Member for ...": not "members on
            # the outcome of the inspection, which judged ..."
            for child in token.children:
                if child.dep_ in NAME_DEPS or (child.dep_ == "prep" and child.lower_ in NAME_PREPOSITIONS):
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
        elif lemma in QUANTITIES and of_questions(token):
            aside.add(token.i)  # "a number of questions": the questions' topic is set aside below
        elif token.pos_ in ("NOUN", "PROPN") and (lemma in PAPER_NOUNS or lemma in QUESTION_NOUNS) and (
                token.dep_ not in ("nsubj", "nsubjpass") or token.head.lemma_.lower() in HANDLING_VERBS):
            # (a noun only: "... and request updates on progress" parsed with "updates" a verb is no paper)
            if token.dep_ == "dobj":  # "gave an update on ...": the topic may hang on the verb
                for child in token.head.children:
                    if child.dep_ == "prep" and (
                            child.lower_ in ("on", "about", "regarding", "concerning", "following")
                            or any(g.dep_ == "pobj" and g.lemma_.lower() in TOPIC_NOUNS for g in child.children)):
                        aside.update(t.i for t in child.subtree)
            for child in token.children:
                if child.dep_ in ("relcl", "acl"):
                    # a describing clause is the paper's title unless it reports something ("which showed that ...")
                    if child.lemma_.lower() in DESCRIBING_VERBS and not _reports(child):
                        aside.update(t.i for t in child.subtree)  # its run-on list: the loop below
                elif child.dep_ in TITLE_DEPS and not _says(child) and not (
                        lemma in QUESTION_NOUNS and _has_clause(child)) and not (
                        lemma in JUDGED_PAPERS and child.dep_ == "amod" and
                        child.lemma_.lower() not in MEETING_ADJECTIVES):  # "questions about why caseloads had risen"
                    # ("the outcome of the inspection, which judged services to require improvement": said)
                    aside.update(t.i for t in child.subtree)
    aside.update(_body_name(sentence))
    aside.update(attendee(sentence))
    aside.update(_describing_clause(sentence))
    aside.update(_named_topic(sentence))
    aside.update(_told_topic(sentence))
    aside.update(_gone_through(sentence))
    aside.update(_shown_to_meeting(sentence))
    for token in sentence:  # a describing clause inside a title ("a report of the Director which outlined ...")
        if token.i in aside and token.dep_ in ("relcl", "acl") and token.lemma_.lower() in DESCRIBING_VERBS:
            aside.update(_clause_tail(sentence, token))
        elif token.dep_ == "advcl" and token.lemma_.lower() in DESCRIBING_VERBS | {"show"} and recalled(
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
    if not tail or any(t.tag_ in FINITE or t.dep_ in ("ccomp", "neg") for t in tail):
        return set()
    return {t.i for t in tail}


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
            if _says(child) or any(t.dep_ == "ccomp" or t.tag_ in FINITE for t in child.subtree):
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
        if not any(c.dep_ == "prep" and c.lower_ in SHOWN_TO and any(
                g.dep_ == "pobj" and g.lemma_.lower() in ROLE_NOUNS for g in c.children) for c in verb.children):
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubjpass"):
            if _says(subject) or _has_clause(subject) or any(
                    t.pos_ == "ADJ" and t.lemma_.lower() not in MEETING_ADJECTIVES | NEUTRAL_ADJECTIVES
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
    if not subjects or not all(s.lemma_.lower() in PAPER_NOUNS or s.lower_ in PAPER_PRONOUNS for s in subjects):
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
        if any(_says(o) or any(t.dep_ == "ccomp" or t.tag_ in FINITE for t in o.subtree) or any(
                a.dep_ in ("amod", "advmod") and a.lemma_.lower() not in MEETING_ADJECTIVES | MEETING_ADVERBS
                for a in o.children) for o in objects):
            continue
        for phrase in objects + depth:
            aside.update(t.i for t in phrase.subtree)
    return aside


def attendee(sentence) -> set[int]:
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
        if person.pos_ == "NUM" or person.lemma_.lower() in QUANTITIES | {"one", "some", "several", "all"}:
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


# A role a child or care leaver has in their own care, not at the meeting ("four personal advisers in two years"):
# its modifier makes it the service's practitioner (council63).
PRACTICE_ROLES = frozenset("personal".split())


def roles(sentence) -> set[int]:
    return {t.i for t in sentence if (t.lemma_.lower() in ROLE_NOUNS or t.lower_ in TITLE_WORDS) and not any(
        c.dep_ == "amod" and c.lower_ in PRACTICE_ROLES for c in t.children)}


def recalled(verb) -> bool:
    """Whether a verb stands in an 'as' clause: it recalls an earlier request ("as requested by the Subgroup, the
    Minister had been invited") or where something is written ("as set out in the report")."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def of_questions(token) -> bool:
    return any(g.dep_ == "prep" and g.lower_ == "of" and any(p.lemma_.lower() in QUESTION_NOUNS for p in g.children)
               for g in token.children)
