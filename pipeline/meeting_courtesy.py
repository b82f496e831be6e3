"""Three shapes of a minutes sentence told apart by its parse: the meeting's courtesies, a member's welcome or regret
of something of the service, and a decision to come back to the service.

Issue 15, furn40 (thirty-seventh session; TUNING on sets Y34-Y36 and a new user's audit):

- `courtesy`: thanks, or a welcome, given to people - a person, a role, a body, everyone present - or to what they
  gave the work (their involvement, support, time, contribution, hard work), said of nothing else ("The Chair thanked
  officers for their work on the report", "He thanked all staff for their input", "The Cabinet Member welcomed the
  Board's involvement and support", "The Chair welcomed the new Director"). Meeting furniture. Not when the sentence
  goes on to say something ("... and explained that engagement would continue"), or the thanks are for something the
  service did ("thanked the team for reducing caseloads"): every verb of the sentence must be the courtesy's own.
- `judges_by_welcome`: someone at the meeting welcomes or regrets something that is not a person or their part in
  the work ("The Chair welcomed the improvement in the timeliness of assessments", "Members regretted that the
  service still lacked foster carers"): a member's judgement of the service, which stays a finding.
- `schedules_scrutiny`: a decision that the meeting will come back to the service - a further or progress report,
  update or review, whose title names the service (its improvement plan, the inspection, placements), to be brought,
  received or put on the work programme ("That the Committee's work programme include a further report on the
  improvement plan in six months", "That a progress report on the action plan be brought to the Panel in March"). It
  is what scrutiny does about the inspection: an action, not only the meeting's business. A report received at this
  meeting (past tense) is not one: "The Committee received a further report on the plan" stays what it was.
- `decides_on_the_plan` (furn41, thirty-eighth session; TUNING on a new user's audit and sets Y34-Y36): the council's
  own decision about its response to the inspection - its improvement plan, or an action plan that the sentence ties
  to the inspection or its recommendations, approved, adopted, endorsed or agreed ("That the action plan in response
  to the inspection be approved"), or an officer required to report progress on the inspection's recommendations or
  the plan to a named body or by a date ("That the Director report progress against each recommendation to the Panel
  in May"). It is what the council resolved about the service, never only the meeting's business; "That the minutes
  be approved" and "That the report be noted" name no plan and stay furniture.

Each function takes one spaCy sentence (pipeline.meeting_text's parser) and returns a bool.
"""

from __future__ import annotations

from pipeline import meeting_words as vocab
from pipeline.service_words import SERVICE_WORDS

# Giving thanks or a welcome: the verbs, and the nouns given ("expressed thanks to", "extended a welcome to").
COURTESY_VERBS = frozenset("thank welcome".split())
GIVEN_COURTESIES = frozenset("thanks thank gratitude appreciation welcome".split())
GIVING_VERBS = frozenset("give express extend offer record convey pass place".split())
# What a person gives the work, for which they are thanked or welcomed ("for their hard work", "the Board's support").
PARTS = frozenset("""
work contribution commitment dedication input support involvement help effort attendance time participation
presence energy engagement hospitality patience
""".split())
# Who may be thanked or welcomed besides the meeting's roles and people (pipeline.meeting_words).
PEOPLE = vocab.ROLE_NOUNS | vocab.PERSON_NOUNS | frozenset("all everyone everybody team those staff".split())
# What a clause saying who the people are, or why they are at the meeting, may do: the meeting's acts.
DESCRIBING_ACTS = vocab.MEETING_ACTS | frozenset("ask".split())
# What someone at the meeting may do with a matter of the service that judges it.
JUDGING_VERBS = frozenset("welcome regret".split())


def _people(token) -> bool:
    """A person, role, body or pronoun, or one of them and another ("the Director and her team")."""
    if token.pos_ in ("PROPN", "PRON") or token.lemma_.lower() in PEOPLE or token.lower_ in PEOPLE:
        return True
    return token.tag_ == "NNP"


def _people_or_parts(token) -> bool:
    """People, or what people gave the work, possessed by them ("the Board's involvement", "their support")."""
    if _people(token):
        return True
    return token.lemma_.lower() in PARTS and any(c.dep_ == "poss" and _people(c) for c in token.children)


def _object(verb):
    """Who or what a courtesy is given to: the object of thank or welcome, or after "to" when thanks are given."""
    if verb.lemma_.lower() in COURTESY_VERBS:
        return next((c for c in verb.children if c.dep_ == "dobj"), None)  # (not "They are welcomed back ...")
    given = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in GIVEN_COURTESIES), None)
    if verb.lemma_.lower() not in GIVING_VERBS or given is None:
        return None
    to = next((p for head in (verb, given) for p in head.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"),
              None)
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None


def _acts(sentence) -> list:
    """The sentence's main verb and the verbs joined to it."""
    root = sentence.root
    return [root] + [t for t in root.subtree if t.dep_ == "conj" and t.head.i == root.i and t.pos_ in ("VERB", "AUX")]


def courtesy(sentence) -> bool:
    """Thanks or a welcome to people or for what they gave the work, and nothing else said."""
    acts = _acts(sentence)
    objects = [_object(verb) for verb in acts]
    if not acts or any(o is None for o in objects):
        return False
    for verb, given in zip(acts, objects):
        welcomed = [given] + [c for c in given.subtree if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
        # (a part joined to a possessed one shares its owner: "the Board's involvement and support")
        if not all(_people_or_parts(o) or o.lemma_.lower() in PARTS and _people_or_parts(given) for o in welcomed):
            return False
    courtesy_verbs = {verb.i for verb in acts}
    # (a clause saying who the people welcomed are, or what they are at the meeting for, by the meeting's acts alone:
    # "the portfolio holder, invited to answer members' questions", "Mr A, who explained he had joined the council")
    described = {t.i for t in sentence if t.pos_ == "VERB" and t.lemma_.lower() in DESCRIBING_ACTS}
    for token in sentence:
        if token.dep_ == "neg" or token.like_num and token.head.tag_ == "NNS":
            return False
        if token.pos_ == "VERB" and token.i not in courtesy_verbs | described and \
                token.dep_ not in ("amod", "prep") and not (
                    token.dep_ == "pcomp" and token.lemma_.lower() in vocab.MEETING_ACTS):
            return False  # a clause of its own: something said, or done by the service (not "In presenting ...")
        if token.dep_ == "pobj" and token.head.lower_ == "for" and not (
                token.lemma_.lower() in PARTS | vocab.PAPER_NOUNS or _people(token)):
            return False  # thanked for something of the service ("for the reduction in caseloads")
    return True


def _of_the_service(head) -> bool:
    """Whether a word of the service stands in the phrase or clause, outside names."""
    return any(t.lemma_.lower() in SERVICE_WORDS and t.pos_ != "PROPN" for t in head.subtree)


def judges_by_welcome(sentence) -> bool:
    """Someone at the meeting welcomes or regrets something that is not people or their part in the work."""
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in JUDGING_VERBS or verb.dep_ not in vocab.CLAUSE_DEPS:
            continue
        if not any(c.dep_ == "nsubj" and _people(c) for c in verb.children):
            continue
        said = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if said is not None and _of_the_service(said):
            return True  # "regretted that care leavers still lacked housing" (not "that the Member could not attend")
        welcomed = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if welcomed is not None and not _people_or_parts(welcomed) and \
                welcomed.lemma_.lower() not in GIVEN_COURTESIES | vocab.PAPER_NOUNS:
            return True  # (not "welcomed the report": a paper of the meeting)
    return False
