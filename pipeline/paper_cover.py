"""A paper's cover text and the inspectorate's grading scale in council minutes: what a paper gives, and the scale its
grades come from, named without anything said of the service (issue 15, round 23).

A report to a meeting opens by saying what it is: "This report gives the Panel an overview of the main findings of the
recent inspection", "The report submitted by the Director presented an update on the actions taken in response to the
recommendations", and its purpose line "To provide the Committee with the outcome of the visit". Minutes copy these
lines, and say the same of the meeting itself: "The Board had before it the inspectorate's report on the visit". Each
names the findings, outcomes or actions without saying any of them: the topic of the paper, as the title of a paper
is. `covers_a_paper` finds three shapes:

- a paper gives: the subject is a paper ("the report", "this report", "the paper submitted by the Director") and the
  main verb, with any verb joined to it, only gives or sets out (provide, give, present, offer, set out, summarise,
  outline, detail, update, include, cover);
- a purpose line: an infinitive that opens the sentence with no subject ("To provide ... and to highlight ...");
- the meeting had the paper before it: "had before them the report on ..."; the subject is the meeting's.

What is given must be what a paper carries (details, an overview, an update, findings, outcomes, results, actions,
recommendations, a response), and nothing in the sentence may say anything: no clause reported ("which found that
..."), no word that judges, no grade, no figure (a count of the inspections or papers named only names them: "the
two inspections"), no word of change or trouble outside names ("the rise in referrals", "the delays"), no adjective
or adverb outside the meeting's own, no negation, no modal, nothing asked. A clause inside what is given may only name
it: who made it, what it relates to or stems from, how it was responded to or addressed ("the actions being taken to
address the recommendations", "how partners had responded to the report"); "the areas where practice was improving"
says something, and stays. "The report found that caseloads had fallen" and "The report summarised that practice at
the front door was good" report a clause, and stay; so does anything the inspectorate gives ("Ofsted's letter set out
...": pipeline.meeting_acts reads the inspectorate's acts as the inspection's).

`names_the_grading_scale` finds the inspectorate's grading scale set out as such: three or more of its grades named
together ("Ofsted has four grades for councils' children's services: outstanding, good, requires improvement and
inadequate"), with nothing of a council in the sentence: no name but the inspectorate's and the grades', no noun but
the scale's own (grades, levels, judgements, the framework) or what the scale is for, nothing owned or pointed to
but the inspectorate's, no verb but those of having or giving grades. A grade given to a council or an area of its
work ("Help and protection: good; children in care: requires improvement; care leavers: inadequate", "the council
moved from inadequate to requires improvement and then to good") says something, and stays.

Tuned on set Y34 (12 stored ModernGov minutes pages of 12 councils, two readers; docs/measurements.md, furn35): the
sentences both readers called furniture that the earlier tests kept.
"""

from __future__ import annotations

from pipeline import meeting_acts as acts
from pipeline import meeting_names
from pipeline import meeting_talk as talk
from pipeline import meeting_words as vocab
from pipeline.service_words import amount, is_figure

# What a paper does when it only gives or sets out what it carries.
GIVING_VERBS = frozenset("provide give present offer set summarise summarize outline detail update include cover "
                         "contain bring".split())
# A purpose line's verbs: giving, and drawing the meeting's attention ("To highlight the actions being taken").
PURPOSE_VERBS = GIVING_VERBS | frozenset("highlight inform brief share".split())
# What a paper carries, named without being said.
CARRIED = frozenset("""
detail overview update summary finding outcome result information account recommendation action area progress
response picture feedback briefing position headline context background analysis judgement judgment letter report
""".split())
# Verbs of a clause inside what is given that only name it: who made it, what it relates to, stems from or follows,
# how it was responded to, addressed, planned or taken (not "improve", "fall", "perform", which say something).
NAMING_CLAUSE_VERBS = vocab.DESCRIBING_VERBS | vocab.HANDLING_VERBS | frozenset("""
make take undertake carry conduct put relate stem arise follow respond address plan focus target associate prepare
produce publish report inspect identify raise
""".split()) - frozenset("be have do".split())
# Adverbs that only introduce names ("partners, namely the council and the police") or place them.
NAMING_ADVERBS = frozenset("namely respectively jointly".split())
# Words that introduce examples or members of what they follow: what follows says what was given, unless it only
# names bodies ("partners, namely the council, the police and the health board"; "actions, including the
# recruitment of new social workers" says one).
EXAMPLE_WORDS = frozenset("namely including such".split())
# What the figures of a cover line may count: the inspections and papers it names ("the two inspections").
COUNTED_NAMES = frozenset("inspection visit report letter paper review".split())
# Who a paper is given to ("provided Cabinet with ...", "gave members an overview").
_RECIPIENTS = vocab.ROLE_NOUNS | frozenset("member".split())


def covers_a_paper(sentence) -> bool:
    """Whether a parsed sentence (a spaCy span) is a paper's cover text (module docstring)."""
    root = sentence.root
    if root.pos_ != "VERB" or talk.asks(sentence):
        return False
    verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    subjects = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if _before_the_meeting(root, subjects):
        given = [c for c in root.children if c.dep_ == "dobj"]
        if not all(g.lemma_.lower() in vocab.PAPER_NOUNS for g in given):
            return False
    elif subjects:
        if not all(_a_paper(s) for s in subjects) or not all(v.lemma_.lower() in GIVING_VERBS for v in verbs):
            return False
        given = _given(verbs)
    else:
        if not _purpose_line(sentence, verbs):
            return False
        given = _given(verbs)
    if not given or not all(g.lemma_.lower() in CARRIED | vocab.PAPER_NOUNS or _named_question(g) for g in given):
        return False
    return _says_nothing(sentence, verbs)


def _a_paper(subject) -> bool:
    """A paper, or "this" standing for one, that is not the inspectorate's ("Ofsted's letter set out ...")."""
    if any(t.lemma_.lower() in vocab.INSPECTORATE or t.lower_ in vocab.INSPECTORATE for t in subject.subtree):
        return False
    return subject.lemma_.lower() in vocab.PAPER_NOUNS or subject.lower_ == "this"


def _before_the_meeting(root, subjects) -> bool:
    """"The Council had before them ...": the meeting's subject, "have", and "before" a pronoun or a body."""
    return root.lemma_.lower() == "have" and bool(subjects) and all(acts.meetings_subject(s) for s in subjects) and any(
        c.dep_ == "prep" and c.lower_ == "before" and any(
            g.lower_ in vocab.MEETING_PRONOUNS | {"them", "it", "us", "him", "her"} or
            g.lemma_.lower() in acts.BODY_NOUNS for g in c.children) for c in root.children)


def _purpose_line(sentence, verbs) -> bool:
    """An infinitive opening the sentence, with no subject, whose verbs only give or draw attention."""
    words = [t for t in sentence if not t.is_punct]
    return len(words) >= 4 and words[0].lower_ == "to" and words[0].head == sentence.root and \
        all(v.lemma_.lower() in PURPOSE_VERBS for v in verbs)


def _given(verbs) -> list:
    """What the verbs give: their objects other than the meeting's people they are given to, what is given "with",
    "on", "of" or "about" ("provided Cabinet with an overview", "updated the Panel on the progress", "inform the Panel
    of the outcome"), and the nouns and named questions joined to them."""
    given = []
    for verb in verbs:
        for child in verb.children:
            if child.dep_ == "dobj" and not _recipient(child, verb):
                given.append(child)
            elif child.dep_ == "prep" and child.lower_ in ("with", "on", "of", "about"):
                given += [g for g in child.children if g.dep_ == "pobj"]
    # (a verb the parser joins to them is read by _says_nothing: "... and how partners had responded" names a question,
    # "... and caseloads had risen" says something)
    return given + [c for g in given for c in g.conjuncts if c.i > g.i and (c.pos_ != "VERB" or _named_question(c))]


def _recipient(noun, verb) -> bool:
    """Whether an object is who the paper is given to ("provided Cabinet with ...", "gave members an overview")."""
    to_whom = noun.pos_ == "PROPN" or noun.lemma_.lower() in _RECIPIENTS
    return to_whom and any(c.dep_ in ("prep", "dobj") and c.i > noun.i for c in verb.children)


def _named_question(token) -> bool:
    """A question named as a topic ("details of ... and how partners had responded"): a verb with "how", "what" or
    "whether" before it."""
    return token.pos_ == "VERB" and any(c.lower_ in ("how", "what", "whether") for c in token.children)


def _says_nothing(sentence, verbs) -> bool:
    """Whether nothing in the sentence says anything of the service (module docstring)."""
    aside = meeting_names.set_aside(sentence) | meeting_names.roles(sentence)
    for token in sentence:
        if acts.judging_word(token) or amount(token) or token.dep_ in ("neg", "ccomp", "parataxis") or \
                token.tag_ == "MD":
            return False
        if token.pos_ != "PROPN" and token.lemma_.lower() in acts.CLAIM_NOUNS and token.dep_ != "compound":
            return False
        if is_figure(token) and token.head.lemma_.lower() not in COUNTED_NAMES:
            return False
        if token in verbs or _in_a_title(token):
            continue
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass") and \
                token.lemma_.lower() not in NAMING_CLAUSE_VERBS:
            return False
        if token.lower_ in EXAMPLE_WORDS and not _names_only(token):
            return False  # what is given, shown by examples, is said ("the actions, including the recruitment of ...")
        if token.pos_ == "ADV" and token.lower_ in NAMING_ADVERBS:
            continue
        if token.i not in aside and acts.says_of_service(token):
            return False
    return True


def _names_only(word) -> bool:
    """Whether the examples a word introduces ("namely", "including", "such as") are only names of bodies: every noun
    heading a phrase in them is a proper noun or a body ("the council, the police and the health board")."""
    phrase = word if word.lower_ == "including" else word.head  # ("namely" and "such" stand on what they introduce)
    nouns = [t for t in phrase.subtree if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound" and t.i > word.i]
    bodies = vocab.ROLE_NOUNS | vocab.SERVICE_BODIES
    return all(t.pos_ == "PROPN" or t.lemma_.lower() in bodies for t in nouns)


def _in_a_title(token) -> bool:
    """A capitalised word inside the sentence, as a title or a name prints it ("the 'Announced Inspection of
    Safeguarding and Looked After Children'")."""
    return token.i > token.sent.start and token.text[:1].isupper() and token.text[1:2].islower()


# The inspectorate's grades, as words of a sentence ("requires improvement" as two).
SCALE_GRADES = frozenset("outstanding good adequate inadequate".split())
# The scale's own nouns.
SCALE_NOUNS = frozenset("""
level grade grading rank ranking judgement judgment scale category point rating framework classification descriptor
inspection outcome
""".split())
# Verbs of having or giving grades.
SCALE_VERBS = frozenset("have be use rank grade judge rate range give award describe classify".split())
_OWNERS = frozenset("the this that these those its their our his her my".split())


def names_the_grading_scale(sentence) -> bool:
    """Whether a parsed sentence sets out the inspectorate's grading scale with nothing of a council (module
    docstring)."""
    tokens = [t for t in sentence if not t.is_punct and not t.is_space]
    grades = {t.lower_ for t in tokens if t.lower_ in SCALE_GRADES}
    parts = {t.i for t in tokens if t.lemma_.lower() == "require" and t.i + 1 < sentence.end and
             sentence.doc[t.i + 1].lower_ == "improvement"}
    parts |= {i + 1 for i in parts}
    if len(grades) + bool(parts) < 3 or any(t.dep_ == "neg" for t in tokens):
        return False
    for token in tokens:
        lemma, lower = token.lemma_.lower(), token.lower_
        if token.i in parts or lower in SCALE_GRADES or lemma in vocab.INSPECTORATE or lower in vocab.INSPECTORATE:
            continue
        if token.pos_ in ("NOUN", "PROPN") and lemma not in SCALE_NOUNS and not _what_the_scale_is_for(token):
            return False
        if token.pos_ in ("VERB", "AUX") and lemma not in SCALE_VERBS and not _what_the_scale_is_for(token):
            return False
        if token.pos_ == "PRON" and lower not in ("it", "which", "that"):
            return False
        if lower in _OWNERS and token.head.lemma_.lower() not in SCALE_NOUNS | vocab.INSPECTORATE:
            return False
        if token.like_num and token.head.lemma_.lower() not in SCALE_NOUNS:
            return False
    return True


def _what_the_scale_is_for(token) -> bool:
    """Whether a word is in what the scale is for, set out with "for" and nothing owned or pointed to ("four levels
    of ranking for local authority children's services")."""
    node = token
    while node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ == "for" and node.head.lemma_.lower() in SCALE_NOUNS | {"rank"}:
            return not any(t.lower_ in _OWNERS or t.pos_ == "PROPN" for t in node.subtree)
        node = node.head
    return False
