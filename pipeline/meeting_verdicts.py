"""What the parse says of each minutes segment: every sentence is about the meeting alone (pipeline.meeting_talk's
tests, then pipeline.meeting_acts', pipeline.meeting_topics' and pipeline.paper_cover's: a paper's cover text, the
inspectorate's grading scale), the segment lists people present, someone at the meeting asks for something, someone at
the meeting tells what was said of the service, or every sentence sets out the grading scale (its own reason). The
meeting's thanks and welcomes to people are about the meeting alone; a decision to bring a further report on the service
back asks for something, as does the council's decision on its plan in response to the inspection (furn41) or a
sentence rating the plan's progress (pipeline.progress_ratings.rates_progress, council63), and a member's welcome or
regret of the service tells of it (pipeline.meeting_courtesy).

The furniture rules (pipeline.furniture) ask `about_the_meeting` of committee minutes' segments; the learned furniture
model (pipeline.minutes_model) asks `asks_for_something` and `tells_of_the_service` before it moves a segment. Each distinct text is parsed once
in a process.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy as np

from pipeline import committee_returns, meeting_acts, meeting_courtesy, meeting_names, meeting_text, meeting_topics, paper_cover
from pipeline import saying_verbs
from pipeline import meeting_talk as talk
from pipeline import meeting_words as vocab
from pipeline.gazetteer import MONTHS
from pipeline.patterns import Column
from pipeline.progress_ratings import rates_progress
from pipeline.service_words import speaks_of_service


# What the parse of a prepared text says: (meeting, names, asks). Each distinct text is parsed once in a process,
# whichever of about_the_meeting and asks_for_something reads it first (the rules read a minutes segment, then the
# learned model asks whether a segment it would move asks for something); the oldest answers go beyond
# VERDICTS_KEPT texts.
_VERDICTS: OrderedDict[str, tuple[bool, bool, bool, bool, bool]] = OrderedDict()
VERDICTS_KEPT = 50_000


def _verdicts(texts: list[str]) -> list[tuple[bool, bool, bool, bool, bool]]:
    """(meeting, names, asks, tells, scale) of each text: every sentence speaks only about the meeting (a paper's
    cover text and the inspectorate's grading scale included: pipeline.paper_cover); every sentence is a list of
    people present; some sentence asks for something; some sentence tells what someone said of the service; every
    sentence sets out the inspectorate's grading scale. Texts not read before are parsed together, in order."""
    prepared = [meeting_text.prepared(text) for text in texts]
    missing = list(dict.fromkeys(p for p in prepared if p not in _VERDICTS))
    for text, doc in zip(missing, meeting_text.parser().pipe(missing, batch_size=64)):
        sentences = list(doc.sents)
        scale = [paper_cover.names_the_grading_scale(s) for s in sentences]
        # (a decision to come back to the service, or a member's welcome or regret of it, is never only the
        # meeting's: pipeline.committee_returns; the meeting's courtesies always are: pipeline.meeting_courtesy)
        # (and the council's decision on its plan in response to the inspection: furn41; and a plan's progress rated
        # or its rating moved, "The board agreed to move recommendation 2 from red to amber",
        # and figures on the service asked for: council63)
        scheduled = [committee_returns.committee_return_in_parse(s) or rates_progress(s.text) for s in sentences]
        judged = [meeting_courtesy.judges_by_welcome(s) for s in sentences]
        _VERDICTS[text] = (bool(sentences) and all(not later and not judges and (
                               talk.only_the_meeting(s) or meeting_acts.furniture(s) or meeting_topics.furniture(s) or
                               paper_cover.covers_a_paper(s) or meeting_courtesy.courtesy(s) or on_scale)
                               for s, on_scale, later, judges in zip(sentences, scale, scheduled, judged)),
                           bool(sentences) and all(talk.is_name_list(s) for s in sentences),
                           any(_requests(s) for s in sentences) or any(scheduled),
                           any(_tells(s) or states_a_verdict(s) or dates_an_inspection(s) or
                               inspectors_acted(s) or names_a_grade(s) or asks_about_the_service(s)
                               or talk.writes_beyond_the_council(s)
                               for s in sentences) or any(judged),
                           bool(sentences) and all(scale))
    found = [_VERDICTS[p] for p in prepared]
    for p in prepared:
        _VERDICTS.move_to_end(p)
    while len(_VERDICTS) > VERDICTS_KEPT:
        _VERDICTS.popitem(last=False)
    return found


def asks_for_something(texts: list[str]) -> np.ndarray:
    """(n,) bool: some sentence of each text has someone at the meeting ask for something ("The Chair asked that an
    update be sent to members before the next meeting", "Members requested a breakdown of agency staff"): the
    learned furniture model (pipeline.minutes_model) leaves it where the rules put it. Only a request made in the
    active voice counts: not a resolution's wording ("Resolved that: there will be an update at the next meeting"),
    nor the agenda's note to members ("Members are requested to declare any interests"), which the model may move."""
    return np.array([asks for _, _, asks, _, _ in _verdicts(texts)], dtype=bool)


def tells_of_the_service(texts: list[str]) -> np.ndarray:
    """(n,) bool: some sentence of each text has someone at the meeting say a clause of their own that names the
    service ("The Cabinet Member introduced the item stating the Mayor had made pledges on the safeguarding of
    children", "She explained that two social workers had joined the team"): what was said stays, and the learned
    furniture model (pipeline.minutes_model) leaves it where the rules put it. Not a clause of the meeting's own
    ("It was reported that the membership of the Board had changed"): its subject is the meeting's paper, body or
    business, or it names nothing of the service. A sentence that states what an inspection concluded ("The outcome of
    the inspection was that ...", `states_a_verdict`) or when it took place (`dates_an_inspection`) counts too: both
    are facts of the service's inspection, as are a report published on a date and what the inspectors did on it
    (`inspectors_acted`; round 21), and a grade named (`names_a_grade`; furn37); so is a question asked about the
    service (`asks_about_the_service`, council63); so is taking a matter up with someone outside the council
    (`meeting_talk.writes_beyond_the_council`: the learned model had moved the chair's letter the rules now keep)."""
    return np.array([tells for _, _, _, tells, _ in _verdicts(texts)], dtype=bool)


# Verbs of saying that may take a clause without "that" ("stating the Mayor had made ...").
_SAYING = saying_verbs.lemmas((saying_verbs.CLAUSE,))  # (pipeline.saying_verbs: those that take a clause)
# The words that may stand between a verb of saying and the subject of what was said ("that", a determiner, a
# name or noun and its modifiers): a clause said, not a list or an aside.
_SUBJECT_TAGS = frozenset("DET ADJ NOUN PROPN PRON NUM PART".split())
_REPORTED_WITHIN = 8


def _tells(sentence) -> bool:
    tokens = list(sentence)
    for k, verb in enumerate(tokens):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SAYING or verb.tag_ not in ("VBG", "VBD", "VBZ", "VBN"):
            continue
        j = k + 1
        if j < len(tokens) and tokens[j].lower_ == "that":
            j += 1
        subject = []
        while j < len(tokens) and tokens[j].pos_ in _SUBJECT_TAGS and len(subject) < _REPORTED_WITHIN:
            subject.append(tokens[j])
            j += 1
        if not subject or j >= len(tokens) or tokens[j].tag_ not in vocab.FINITE:
            continue
        head = subject[-1]
        if head.lemma_.lower() in vocab.MEETING_SUBJECTS - vocab.ROLE_NOUNS or head.lower_ in vocab.MEETING_PRONOUNS:
            continue  # (the meeting's paper, body or business; a pronoun)
        said = sentence.doc[tokens[k + 1].i:sentence.end]
        if speaks_of_service(said, meeting_names.set_aside(sentence) | meeting_names.roles(sentence)):
            return True
    return False


# What an inspection concludes, and the words that make it the inspection's (round 19, branch furniture22).
_VERDICT_NOUNS = frozenset("outcome result finding judgement judgment grade grading rating verdict conclusion".split())
_INSPECTION_WORDS = frozenset("inspection visit inspector inspectorate ofsted hmi".split())


def states_a_verdict(sentence) -> bool:
    """Whether a sentence states what an inspection concluded: its main verb is "be" with a complement, and its
    subject is an outcome, finding, judgement or grade of an inspection, a visit or the inspectorate ("The outcome of
    the inspection was that the service required improvement", "Ofsted's judgement was good"). What the inspection
    found is said of the service (set T's rule 2), not of the meeting. "The outcome of the inspection was reported to
    the committee" is the meeting's act: its verb is not "be"."""
    root = sentence.root
    if root.lemma_.lower() != "be" or not any(c.dep_ in ("attr", "acomp", "ccomp") for c in root.children):
        return False
    return any(s.dep_ == "nsubj" and s.lemma_.lower() in _VERDICT_NOUNS and
               any(t.lemma_.lower() in _INSPECTION_WORDS or t.lower_ in _INSPECTION_WORDS for t in s.subtree)
               for s in root.children)


def names_a_grade(sentence) -> bool:
    """Whether a sentence names one of the inspectorate's grades that are never words of the meeting ("the visit's
    letter gave an 'inadequate' judgement", "rated outstanding", "requires improvement"): a grade is
    said of the service, as its verdict is (furn37; "good" is too common a word to count)."""
    words = [t.lower_ for t in sentence if not t.is_punct]
    return any(w in ("inadequate", "outstanding") for w in words) or any(
        a in ("require", "requires", "required", "requiring") and b == "improvement" for a, b in zip(words, words[1:]))


# Carrying out an inspection or a visit, or its taking place.
_HAPPENING_VERBS = frozenset("undertake carry conduct inspect visit take hold complete".split())
_EVENT_NOUNS = frozenset("inspection visit".split())


def dates_an_inspection(sentence) -> bool:
    """Whether a sentence's main clause says that an inspection or a visit took place or was carried out ("In
    February 2019, Ofsted conducted a focused visit to the service", "The focused visit took place on 27 and 28
    November"): a fact of the service's inspection, which the learned model leaves. "A verbal update on the visit was
    received" is the meeting's act: its verb is not one of carrying out. The publication of the inspection's report
    counts too (`publishes_an_inspection`)."""
    root = sentence.root
    lemma = root.lemma_.lower()
    if publishes_an_inspection(sentence):
        return True
    if root.pos_ != "VERB" or lemma not in _HAPPENING_VERBS:
        return False
    if lemma == "take" and not any(c.lemma_.lower() == "place" for c in root.children):
        return False
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if lemma == "inspect":
        return any(s.lemma_.lower() in vocab.INSPECTORATE or s.lower_ in vocab.INSPECTORATE for s in subjects)
    objects = [c for c in root.children if c.dep_ == "dobj"]
    return any(c.lemma_.lower() in _EVENT_NOUNS for c in subjects + objects)


# What an inspection writes, and the acts that make it public (round 20, branch furniture23).
_INSPECTION_PAPERS = frozenset("report letter judgement judgment outcome findings".split())
_PUBLISHING_VERBS = frozenset("publish issue release".split())


def publishes_an_inspection(sentence) -> bool:
    """Whether a sentence's main clause, or a clause it reports, says that an inspection's report or letter was
    published, with the inspectorate or an inspection named ("the full inspection report had been published by Ofsted
    on 9 May", "Ofsted published its letter on 3 March"): when the inspection's report came out is a fact of the
    service's inspection, as its dates are. "Once published, this was shared with members" names no inspection."""
    root = sentence.root
    for clause in [root] + [c for c in root.children if c.dep_ in ("ccomp", "conj")]:
        if clause.pos_ != "VERB" or clause.lemma_.lower() not in _PUBLISHING_VERBS:
            continue
        papers = [c for c in clause.children if c.dep_ in ("nsubjpass", "dobj") and
                  c.lemma_.lower() in _INSPECTION_PAPERS]
        named = [t for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") for t in c.subtree]
        if papers and any(t.lemma_.lower() in _INSPECTION_WORDS or t.lower_ in _INSPECTION_WORDS for t in named):
            return True
        if papers and any(t.lower_ in MONTHS for t in clause.subtree):
            return True  # a report published on a date ("the report was published on 5 September"): told, not done
    # the publication of a report or letter, as a noun, in a sentence that dates it ("there had been a delay in the
    # final publication of the letter, and it went live on 23 December")
    return any(t.lemma_.lower() == "publication" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in _INSPECTION_PAPERS for g in c.children)
        for c in t.children) for t in sentence) and any(t.lower_ in MONTHS for t in sentence)


# What inspectors do while they inspect (not the acts of a meeting an inspector attends: presenting, attending).
_INSPECTING_VERBS = frozenset("""
observe question interview sample audit track examine scrutinise scrutinize evaluate assess shadow
""".split())
# (in the sentence's own clauses or what it reports: not "since inspectors visited", "the areas inspectors examined")
_OWN_CLAUSES = frozenset("ROOT ccomp conj".split())


def inspectors_acted(sentence) -> bool:
    """Whether a clause of the sentence has the inspectorate do what inspectors do on an inspection ("the inspectors
    then observed and questioned members of staff at random in the front door team", "Inspectors spoke to care
    leavers"): what happened on the service's inspection, told to the meeting, as its dates are. "The inspector
    presented the report" or "attended the meeting" is the meeting's act, and not this."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in _INSPECTING_VERBS and t.dep_ in _OWN_CLAUSES and any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in vocab.INSPECTORATE or c.lower_ in vocab.INSPECTORATE)
        for c in t.children) for t in sentence)


# Verbs of asking a question, and what the question may hang on ("asked about the housing protocol", "queried whether
# pathway plans were up to date").
_QUESTIONING = frozenset("ask query question enquire inquire".split())


def asks_about_the_service(sentence) -> bool:
    """Whether someone at the meeting asks about a matter of the service: a verb of asking with a subject, and after
    it, "about" something or a clause, naming the service outside names and roles ("Councillor Moss, who had
    attended as a visiting member, asked about the housing protocol"; council63: the learned furniture model had
    moved it for its clause on attendance). "asked about the date of the next meeting" names nothing of it."""
    aside = meeting_names.set_aside(sentence) | meeting_names.roles(sentence)
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _QUESTIONING or \
                not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        for child in verb.children:
            about = child.dep_ == "prep" and child.lower_ == "about"
            if about or child.dep_ in ("ccomp", "advcl"):
                asked = sentence.doc[child.left_edge.i:child.right_edge.i + 1]
                if speaks_of_service(asked, aside):
                    return True
    return False


_REQUESTING = frozenset("ask request urge suggest propose recommend".split())


def _requests(sentence) -> bool:
    return any(t.pos_ == "VERB" and t.dep_ in vocab.CLAUSE_DEPS and t.lemma_.lower() in _REQUESTING and
               not talk.asks_questions(t) and not meeting_names.recalled(t) and not talk.thanks(t) and
               any(c.dep_ == "nsubj" for c in t.children) and
               not any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children) and
               any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in t.children)
               for t in sentence)


def names_topics_only(texts: list[str], papers: list[bool] | None = None) -> list[bool]:
    """Whether each text only names a topic (pipeline.meeting_topics.names_a_topic, every sentence of it); where
    `papers` is true for a text, a topic a paper covers (meeting_topics.names_a_papers_topic, an item under a paper's
    covering lead-in)."""
    papers = papers if papers is not None else [False] * len(texts)
    # (a paper's topic is parsed without its glosses in brackets, which the parser may take for its verb)
    prepared = [meeting_text.prepared(meeting_topics.without_glosses(text) if paper else text)
                for text, paper in zip(texts, papers)]
    return [bool(list(doc.sents)) and all((meeting_topics.names_a_papers_topic if paper else
                                           meeting_topics.names_a_topic)(s) for s in doc.sents)
            for doc, paper in zip(meeting_text.parser().pipe(prepared, batch_size=64), papers)]


def about_the_meeting(texts: Column, candidates: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(meeting, names): two (n,) bool arrays over the candidate segments (others False). `meeting`: every sentence
    of the segment speaks only about the meeting (see the module docstring); `names`: the segment is a list of
    people present, set out without a verb."""
    n = len(candidates)
    meeting, names = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
    rows = np.flatnonzero(candidates)
    if not len(rows):
        return meeting, names
    codes = sorted(set(texts.codes[rows].tolist()))
    found = dict(zip(codes, _verdicts([texts.values[c] for c in codes])))
    for row in rows:
        meeting[row], names[row], _, _, _ = found[texts.codes[row]]
    return meeting, names


def sets_out_the_scale(texts: Column, candidates: np.ndarray) -> np.ndarray:
    """(n,) bool over the candidate segments (others False): every sentence of the segment sets out the
    inspectorate's grading scale with nothing of a council (pipeline.paper_cover.names_the_grading_scale)."""
    scale = np.zeros(len(candidates), dtype=bool)
    rows = np.flatnonzero(candidates)
    if len(rows):
        codes = sorted(set(texts.codes[rows].tolist()))
        found = dict(zip(codes, _verdicts([texts.values[c] for c in codes])))
        scale[rows] = [found[texts.codes[row]][4] for row in rows]
    return scale

