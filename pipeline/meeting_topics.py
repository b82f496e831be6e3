"""Sentences of council minutes that only list, name or arrange the meeting's topics (issue 15, twenty-first round).

`pipeline.meeting_acts` finds the meeting's acts that only name their topic; these tests find shapes it leaves, each
kept when it says something of the service:

- a paper's list of the areas it covers ("The report covered the following areas: the outcome of the visit; the
  recommendations made; the actions being taken in response"), not what it highlighted or found;
- someone at the meeting talking over its arrangements ("The Head of Service was in discussion with the Chair
  about the arrangements for the visit"), not talk about the service ("... with health partners about funding");
- a numbered part of a resolution, cut from its lead-in by `pipeline.segment`, that only notes or receives what is
  before the meeting ("(3) the associated improvement plan be noted;"), not one that endorses, asks or names a change;
- a list item that only names a topic (`names_a_topic`), which `pipeline.segment` asks of items under a lead-in or
  heading of discussion points ("Recruitment and retention of permanent social workers"), not under a lead-in of what
  was found.

Round 19 (branch furniture22) adds, each kept when it says something of the service:

- the meeting's body weighing a way forward ("The Panel also considered the approach to funding more foster
  placements so that the plan could be delivered"): the body considers, discusses or explores an approach, proposal
  or option, and what follows only names it and what it is for; not "... considered that the approach had failed";
- someone telling the meeting about a topic so that members understand it ("The inspector described the inspection
  process in detail so that members had a clear picture of how cases were chosen"), whoever tells: the telling is done
  for the meeting; not "... explained that too few cases had been audited, so that members understood the risk";
- a lead-in left with no words of its own ("This included:", "These were:"), its list being the items after it.

`pipeline.meeting_verdicts` asks `furniture` of each sentence of committee minutes, with the tests of
`pipeline.meeting_talk` and `pipeline.meeting_acts`.
"""

from __future__ import annotations

import re

from pipeline import meeting_talk as talk
from pipeline import meeting_words as vocab
from pipeline.meeting_acts import (WRAPPING_VERBS, BODY_NOUNS, CLAIM_NOUNS, judging_word, meetings_subject,
                                   says_of_service)
from pipeline.gazetteer import MONTHS
from pipeline.paper_contents import SAYS_WORD
from pipeline.service_words import is_figure


# What a paper does when it lists the topics it covers ("The report covered the following areas: ...", "It set out the
# following headings: ..."): not "highlighted" or "identified", which report.
_COVERING = frozenset("cover include address outline set detail describe summarise summarize focus consider "
                      "comprise".split())
_FOLLOWING = frozenset("area topic heading section point item issue theme matter subject element part".split())
_FINITE_AUX = frozenset("is are was were has have had will would can could should must may might".split())


def lists_what_a_paper_covers(sentence) -> bool:
    """Whether a sentence only lists what a paper covers: a paper (or "it", "this") covers, includes, sets out ...
    "the following areas" (topics, headings ...), then a colon and topic names - no finite verb after the colon, no
    word that judges, no grade, no figure, no negation ("The report covered the following areas: the outcome of the
    inspection; the recommendations made; the actions being taken in response"). "The report highlighted the following
    areas: ..." reports what was found, and "... the following areas: caseloads had risen ..." says something: both
    stay."""
    root = sentence.root
    if root.pos_ != "VERB" or root.lemma_.lower() not in _COVERING:
        return False
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not all(s.lemma_.lower() in vocab.PAPER_NOUNS or s.lower_ in vocab.PAPER_PRONOUNS
                               for s in subjects):
        return False
    tokens = list(sentence)
    colon = next((k for k, t in enumerate(tokens) if t.text in (":", ":-")), None)
    if colon is None or not any(t.lemma_.lower() in _FOLLOWING and any(c.lower_ == "following" for c in t.children)
                                for t in tokens[:colon]):
        return False
    after = tokens[colon + 1:]
    return bool(after) and not any(
        t.tag_ in ("VBZ", "VBP", "MD") or t.lower_ in _FINITE_AUX or t.dep_ == "neg" or judging_word(t) or
        is_figure(t) and t.pos_ != "PROPN" for t in tokens)


# Talking something over, and what may be talked over without anything said of the service: the meeting's own
# arrangements and times.
_TALKS = frozenset("discussion discussions talk talks conversation conversations contact dialogue negotiation "
                   "negotiations liaison correspondence".split())
_TALKING_VERBS = frozenset("liaise discuss talk speak meet correspond".split())
_ARRANGEMENTS = frozenset("arrangement timing date timetable logistics venue attendance diary".split())


def talks_about_arrangements(sentence) -> bool:
    """Whether a sentence only says that someone at the meeting was talking arrangements over with someone ("The Head
    of Service was in discussion with the Chair regarding the arrangements for the visit", "She was liaising with the
    Director about the timing of the report"), as itself or as what someone at the meeting said: the subject is the
    meeting's, the talk is "in discussion(s)/talks/contact with" someone or a verb of talking, what it is about is
    arrangements, timings or dates, and nothing in it judges or is denied. "... in discussion with health partners
    about funding for two more social workers" names the service, and stays."""
    clause = sentence.root
    if clause.lemma_.lower() in WRAPPING_VERBS and all(meetings_subject(c) for c in clause.children
                                                          if c.dep_ in ("nsubj", "nsubjpass")):
        clause = next((c for c in clause.children if c.dep_ == "ccomp"), clause)
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not all(meetings_subject(s) for s in subjects):
        return False
    lemma = clause.lemma_.lower()
    talking = lemma in _TALKING_VERBS or lemma in ("be", "remain") and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ in _TALKS for o in c.children) for c in clause.children)
    if not talking or any(t.dep_ == "neg" or judging_word(t) for t in sentence):
        return False
    topics = [o for t in clause.subtree if t.lower_ in ("about", "regarding", "on", "over", "concerning") and
              t.dep_ == "prep" for o in t.children if o.dep_ == "pobj"]
    return bool(topics) and all(o.lemma_.lower() in _ARRANGEMENTS for o in topics) and not any(
        t.pos_ == "VERB" and t.dep_ in ("ccomp", "advcl", "xcomp") and t.head == clause for t in sentence)


def notes_a_part(sentence) -> bool:
    """Whether a numbered part of a resolution, cut from its lead-in (pipeline.segment), only notes or receives what
    is before the meeting ("(3) the associated improvement plan be noted;", "(a) notes the report;"): every verb is a
    noting verb, nothing judges, is denied or counted, and no word of change or trouble is named. "(b) endorses the
    plan", "(1) notes the improvement in caseloads" and "(2) receives a report on agency staff in March" stay."""
    if not talk.numbered_part(sentence):
        return False
    verbs = [t for t in sentence if t.pos_ == "VERB" and t.dep_ not in ("amod", "compound")]
    if not verbs or any(v.lemma_.lower() not in vocab.NOTING_VERBS for v in verbs):
        return False
    for token in sentence:
        if token.dep_ in ("neg", "ccomp", "advcl") or judging_word(token) or token.tag_ == "MD":
            return False
        if token.pos_ != "PROPN" and token.tag_ != "LS" and (
                is_figure(token) or token.lemma_.lower() in CLAIM_NOUNS and token.dep_ != "compound"):
            return False
    objects = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    return all(any(d.dep_ == "poss" or d.lower_ in vocab.DEFINITE for d in o.children) for o in objects)


def names_a_topic(sentence) -> bool:
    """Whether a piece only names a topic: a noun phrase with no verb of its own (a participle naming a kind, "looked
    after children", may stand), no word that judges, no grade, no figure, no negation and no word of change or trouble
    ("Recruitment and retention of permanent social workers"). pipeline.segment asks it of a list item under a lead-in
    or heading of discussion points, where such a phrase is the topic of the talk, not what was said of it; "Delays in
    assessments" names a trouble, and stays."""
    tokens = [t for t in sentence if not t.is_punct and not t.is_space]
    if not tokens or sentence.root.pos_ not in ("NOUN", "PROPN"):
        return False
    for token in tokens:
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound") or token.dep_ == "neg" or \
                judging_word(token) or is_figure(token) or token.lemma_.lower() in CLAIM_NOUNS:
            return False
        if token.pos_ in ("ADJ", "ADV") and says_of_service(token) and \
                token.lemma_.lower() not in _PLAIN_MODIFIERS and token.lower_ not in _PLAIN_MODIFIERS:
            return False
    return True


# What a topic named under a paper's covering lead-in may hold beyond names_a_topic's noun phrase: "including" and a
# participle naming the kind ("images shared by young people"), a gloss in brackets, and "that followed" or a year
# naming which paper or visit; and words of size or share that say something of the service though they judge nothing.
_FOLLOWING_VERBS = frozenset("follow result arise".split())
_BACK = frozenset("it this that them these those".split())  # (what "followed it" points back to: the visit named)
_SIZE_WORDS = frozenset("high higher highest low lower lowest large larger small smaller limited insufficient variable "
                        "significant most many more fewer few less majority minority half".split())
_FINITE_TAGS = frozenset("VBD VBZ VBP MD".split())


def names_a_papers_topic(sentence) -> bool:
    """Whether a list item under a paper's covering lead-in ("This report updated Members on:", "The presentation
    covered:"; pipeline.segment) only names a topic the paper covers ("the county's action plan on exploitation,
    including the audit and its steering group;", "online images shared by young people (sexting);", "outcomes of the
    focused visit in June 2027 and the plan that followed;"): a noun phrase whose verbs only name (participles,
    "including", "that followed"), with no negation, no word that judges or sizes, no figure but a year, no claim noun
    and none of pipeline.paper_contents' words of change or trouble. "caseloads rising to 25;" and "delays in return
    interviews;" say something of the service, and stay. A day beside its month ("on 5 June 2018"), "that followed it"
    and a claim noun naming a kind of paper ("the improvement plan") name which one too (furniture70)."""
    tokens = [t for t in sentence if not t.is_punct and not t.is_space]
    if not tokens or sentence.root.pos_ not in ("NOUN", "PROPN") and not _reduced_passive(sentence.root):
        return False
    bracketed = _in_brackets(sentence)
    for token in tokens:
        lemma, lower = token.lemma_.lower(), token.lower_
        following = token.dep_ == "relcl" and lemma in _FOLLOWING_VERBS and \
            not any(c.dep_ in ("dobj", "ccomp", "xcomp", "acomp", "attr") and c.lower_ not in _BACK
                    for c in token.children) or \
            token.dep_ == "ROOT"  # (a reduced passive: the noun and its participle, _reduced_passive)
        if token.tag_ in _FINITE_TAGS and not following and token.i not in bracketed:
            return False
        if token.dep_ == "neg" or judging_word(token) or lemma in _SIZE_WORDS or lower in _SIZE_WORDS or \
                lemma in CLAIM_NOUNS and token.dep_ != "compound" or \
                (token.like_num or is_figure(token)) and not _a_date(token):
            return False
        if lemma in ("which", "that", "who") and not (token.head.dep_ == "relcl" and token.head.lemma_.lower() in
                                                      _FOLLOWING_VERBS):
            return False
    # (a month's name is no modal: "on 12 May 2026")
    words = " ".join(t.lower_ for t in tokens if t.i not in bracketed and not _a_date(t) and
                     not (t.pos_ == "PROPN" and t.lower_ in _MONTHS) and
                     not (t.dep_ == "relcl" and t.lemma_.lower() in _FOLLOWING_VERBS) and
                     not (t.lower_ in ("that", "which") and t.head.dep_ == "relcl"))
    return SAYS_WORD.search(words) is None


def _reduced_passive(root) -> bool:
    """Whether a parse's root is a participle the parser took for a finite verb, its noun as subject: a noun and a
    participle naming its kind, with its agent ("images shared by young people", "videos made and posted by young
    people", the agent on the second participle) and no auxiliary or object."""
    participles = [root, *[c for c in root.children if c.dep_ == "conj" and c.tag_ == "VBN"]]
    children = [c.dep_ for p in participles for c in p.children]
    return root.tag_ in ("VBD", "VBN") and "agent" in children and "nsubj" in children and \
        not any(d in ("aux", "auxpass", "dobj", "ccomp", "xcomp", "attr", "acomp", "neg") for d in children)


def _a_year(token) -> bool:
    return token.like_num and len(token.text) == 4 and token.text[:2] in ("19", "20")


def _a_date(token) -> bool:
    """A year, or a day of the month beside its month ("5 June 2018", "June 5"), naming which visit or paper."""
    if _a_year(token):
        return True
    day = re.fullmatch(r"([1-9]|[12]\d|3[01])(st|nd|rd|th)?", token.text)
    return day is not None and any(0 <= token.i + k < len(token.doc) and token.doc[token.i + k].lower_ in _MONTHS
                                   for k in (-1, 1))


_MONTHS = frozenset(m.lower() for m in MONTHS)


# A bracketed gloss or abbreviation in words only ("(sexting)", "(RSE)"): the parser may take it for the item's verb
# (furniture70), so a paper's topic is parsed without it (pipeline.meeting_verdicts.names_topics_only).
_GLOSS = re.compile(r"\s*\([A-Za-z][A-Za-z'’ -]{0,40}\)")


def without_glosses(text: str) -> str:
    """`text` with its bracketed glosses in words only taken out ("images sent by young people (sexting);" ->
    "images sent by young people;")."""
    return _GLOSS.sub("", text)


def _in_brackets(sentence) -> set[int]:
    """Token indices inside round brackets (a gloss or an abbreviation: "(sexting)", "(PSHE)")."""
    inside, depth = set(), 0
    for token in sentence:
        depth += token.text == "("
        if depth and token.text not in "()":
            inside.add(token.i)
        depth -= token.text == ")" and depth > 0
    return inside


# Adjectives that name a kind, not a quality, in a topic's name ("permanent social workers", "older children").
_PLAIN_MODIFIERS = frozenset("social permanent older younger local foster residential statutory early looked "
                             "unaccompanied disabled additional special young new multi-agency".split())


# Ways forward a meeting weighs ("the approach to ...", "the options for ...", "the proposals for ..."), and its acts of
# weighing them: the body named by itself, or its members.
_WAYS = frozenset("approach proposal option way arrangement model".split())
_WEIGHING = frozenset("consider discuss debate explore examine weigh".split())
_WEIGHERS = BODY_NOUNS | frozenset("member councillor".split())
_CLAUSE_FINITE = frozenset("VBD VBZ VBP".split())


def weighs_a_way_forward(sentence) -> bool:
    """Whether a sentence only says that the meeting's body weighed a way forward ("The Committee also considered the
    approach to providing extra funding to ensure that the Council could deliver the plan", "Members discussed the
    options for recruiting foster carers"): the body (or its members) considers, discusses or explores one approach,
    proposal or option, its object; what follows names the way and what it is for, with no finite verb of its own (a
    clause that says something), no negation, no word that judges, no grade and no figure. "The Committee considered
    that the approach had not worked" and "... considered the approach to funding inadequate" stay."""
    root = sentence.root
    if root.pos_ != "VERB" or root.lemma_.lower() not in _WEIGHING:
        return False
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = [c for c in root.children if c.dep_ == "dobj"]
    if not subjects or not all(s.lemma_.lower() in _WEIGHERS for s in subjects) or len(objects) != 1 or \
            objects[0].lemma_.lower() not in _WAYS:
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "advcl", "conj", "oprd", "acomp") for c in root.children):
        return False
    return not any(t.tag_ in _CLAUSE_FINITE and t != root or t.dep_ == "neg" or judging_word(t) or
                   is_figure(t) and t.pos_ != "PROPN" for t in sentence)


# Telling that names a topic, and the words of the purpose it is told for: members' understanding of it.
_EXPOUNDING = frozenset("describe explain outline present summarise summarize detail set".split())
_UNDERSTANDING = frozenset("understand understanding know knowledge aware awareness picture overview grasp "
                           "appreciate appreciation".split())
_HEARERS = BODY_NOUNS | frozenset("member councillor they everyone".split())


def tells_for_understanding(sentence) -> bool:
    """Whether a sentence only says that someone told the meeting about a topic so that members understood it ("The
    Senior Inspector described the inspection process in detail so that members had a clear understanding of the
    methodology"): a verb of describing or explaining whose one object is a noun phrase, naming no change or trouble,
    with nothing beside it but where, how and to whom it was told and a purpose clause whose subject is the members
    (or the body) and which speaks of their understanding. Whoever tells - an officer, an inspector at the meeting -
    the telling is done for the meeting. "... explained that too few cases had been audited, so that ..." reports a
    clause, and "... described the weaknesses in practice so that ..." names a trouble: both stay."""
    root = sentence.root
    if root.pos_ != "VERB" or root.lemma_.lower() not in _EXPOUNDING:
        return False
    objects = [c for c in root.children if c.dep_ == "dobj"]
    purposes = [c for c in root.children if c.dep_ == "advcl"]
    if len(objects) != 1 or objects[0].pos_ not in ("NOUN", "PROPN") or len(purposes) != 1:
        return False
    if any(c.dep_ not in ("nsubj", "dobj", "advcl", "prep", "advmod", "punct", "aux", "dative") for c in root.children):
        return False
    purpose = purposes[0]
    hearers = [c for c in purpose.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not hearers or not all(h.lemma_.lower() in _HEARERS or h.lower_ in _HEARERS for h in hearers):
        return False
    if not any(t.lemma_.lower() in _UNDERSTANDING for t in purpose.subtree):
        return False
    if any(t.lemma_.lower() in CLAIM_NOUNS and t.dep_ != "compound" for t in objects[0].subtree):
        return False
    return not any(t.dep_ == "neg" or t.dep_ == "ccomp" and not _asks_how(t, purpose) or judging_word(t) or
                   is_figure(t) and t.pos_ != "PROPN" for t in sentence)


_WH = frozenset("how why what which whether when where".split())


def _asks_how(clause, purpose) -> bool:
    """Whether a clause is what members were to understand, asked with a wh-word ("understood how cases were chosen"),
    inside the purpose clause: it names a topic; a "that" clause would say something."""
    return clause in purpose.subtree and any(c.lower_ in _WH for c in clause.subtree if c.i < clause.i)


# A lead-in reduced to a pronoun and a verb of holding ("This included:", "These were:"): what it leads to is the
# list after it, and it says nothing of its own.
_LEAD_PRONOUNS = frozenset("this these it they".split())
_HOLDING = frozenset("include be comprise cover".split())


def is_a_bare_lead_in(sentence) -> bool:
    """Whether a sentence is only a pronoun and a verb of holding ("This included:-", "These were:"), nothing else."""
    words = [t for t in sentence if not t.is_punct and not t.is_space]
    return len(words) == 2 and words[0].lower_ in _LEAD_PRONOUNS and words[1].lemma_.lower() in _HOLDING


def furniture(sentence) -> bool:
    """Whether a parsed sentence is furniture by one of this module's tests (`names_a_topic` is asked by
    pipeline.segment of list items under discussion points only)."""
    return lists_what_a_paper_covers(sentence) or talks_about_arrangements(sentence) or notes_a_part(sentence) or \
        weighs_a_way_forward(sentence) or tells_for_understanding(sentence) or is_a_bare_lead_in(sentence)
