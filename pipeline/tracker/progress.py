"""What a council's response line says of the action on a recommendation (tracker.csv `progress`, issue 18).

A scrutiny member reading "A new escalation procedure had been introduced", "Timeliness is being improved", "a
publicity campaign would start in January" and "had not yet been started" hears four different answers, though the
tracker links all four as responses. The line's own grammar says which, read by spaCy's tagger and parser
(pipeline.meeting_text.parser) clause by clause:

- `delayed or not started`: an action verb negated with "yet" or in the perfect ("has not been started", "had not
  been possible"), a rating of red, "yet to", a word of delay ("delayed", "slippage", "stalled", "behind schedule",
  "slower than"), or "still waiting";
- `under way`: a rating of amber or green ("rated amber"; green is "on track" in most councils' keys), the
  progressive aspect ("is being implemented", "were being taken"), a verb of starting in the perfect ("work has
  commenced"), "continues to", "under way", "ongoing", "on track", "in the early stages", a current or ongoing piece
  of work ("current restructure"); or a line that reports something done and something still to come ("tool
  developed ... will then be cascaded");
- `planned`: a future or a reported future ("will", "would", "shall", "is to", "going to"), or a verb of intending
  with its infinitive ("plans to", "intends to", "proposed that");
- `done`: an action verb in the past or the perfect ("was created", "has been appointed", "had been delivered"), a
  participle heading a line of an action plan ("Established regular meetings with police"), the present of a
  practice ("Pathway plans are now authorised by team managers"), or "now", "in place", "already";
- `none said`: nothing of the above - the recommendation restated ("Ensure that ..."), a heading ("The need to
  ..."), a question, what the inspection found, or a line that only reports the meeting's business.

What does not count: verbs of saying, hearing and presenting (the Director "said", members "noted", she "presented
her report") - their reported clause decides; what the inspection found (a clause under "found", "identified",
"judged", and a line the tracker marks as restating the inspection); a purpose ("to ensure that ...", "so that
...") and a quotation of the recommendation in quotation marks, which are the recommendation's words, not the
council's. Measured on hand labels of response rows (tests/data/tracker_progress_labels.csv; docs/measurements.md,
resp28): read it as a reading aid, and the quote beside it.
"""

from __future__ import annotations

import re

PROGRESS = ("done", "under way", "planned", "delayed or not started", "none said")
DONE, UNDER_WAY, PLANNED, DELAYED, NONE_SAID = PROGRESS

# Verbs of saying, hearing, asking and presenting: a meeting's business; the clause they report decides.
REPORTING = frozenset("""say tell report advise explain inform state confirm hear reply respond answer add mention refer
remind note accept acknowledge welcome thank ask question query enquire inquire convey express present clarify
assure outline describe emphasise emphasize stress highlight comment suggest feel believe think consider discuss know
understand recognise recognize""".split())
# Verbs of saying only when they report a clause ("she added that ..."; "templates were added to the system" is done).
CLAUSE_ONLY = frozenset({"add"})
# What a meeting is given to read: presenting one ("presented the report, which set out ...") is the meeting's business.
MEETING_PAPERS = frozenset("report paper item update presentation minutes agenda".split())
# Verbs of what the inspection found: the clause under them restates the inspection.
FOUND = frozenset("find identify judge rate grade conclude criticise criticize recommend".split())
# Verbs of starting: in the perfect or negated they say whether work has begun, not that it is done.
STARTING = frozenset("start begin commence launch initiate".split())
# Verbs whose negation in the perfect, or with "yet", says an action has not happened.
ACTIONS = STARTING | frozenset("""complete implement finish achieve deliver progress introduce appoint recruit establish
agree happen take make put fill meet publish open set develop possible able""".split())
# Verbs of intending: their infinitive is a plan.
INTENDING = frozenset("plan intend aim propose expect schedule mean hope".split())
FUTURE_MODALS = frozenset({"will", "would", "shall", "'ll", "wo"})
DELAY_WORDS = frozenset("delay slippage slip stall postpone defer overdue".split())
UNDER_WAY_WORDS = re.compile(r"\b(?:under ?way|(?:is|are|remains?) ongoing|in progress|on track|early stages?|"
                             r"in the process of|continu(?:e|es|ed|ing) to|beginning to|gradual(?:ly)?)\b", re.I)
DELAY_PHRASES = re.compile(r"\b(?:not yet|yet to|still (?:wait|await)\w*|behind (?:schedule|target|plan|"
                           r"trajectory)|slower than|too slow|slow progress|not (?:on track|been possible|possible)|"
                           r"remains? outstanding)\b", re.I)
DONE_WORDS = re.compile(r"\b(?:now|in place|already)\b", re.I)
# A red / amber / green rating of the action, as improvement plans and boards give them ("Priority 3: rated amber",
# "had been red at each of its last three meetings"): red is off track, amber and green are under way (green is "on
# track" in most councils' keys, not "complete").
RAG = re.compile(r"\b(?:rated|rating(?:\s+of)?|rag(?:[\s-]+(?:rated|rating|status))?:?|status:?|remains?|"
                 r"is|was|were|been|now|as)\s+(red|amber|green)\b", re.I)
RAG_PROGRESS = {"red": "delayed or not started", "amber": "under way", "green": "under way"}
# A quotation of the recommendation inside the line ("Recommendation 1 asked the council to "strengthen ..."").
QUOTED = re.compile(r"\"[^\"]{25,}\"|“[^”]{25,}”|(?<!\w)[‘'][^‘’']{25,}[’'](?!\w)")
# The purpose of an action ("to ensure that ...", "so that ...", "in order to ..."): the recommendation's words.
PURPOSE_MARKS = frozenset({"so", "order"})
# Modals of a requirement: "must ensure", "should be" restate what is asked, not what was done.
REQUIRING = frozenset({"must", "should", "need", "ought"})
# Nouns of a piece of work: "current restructure", "ongoing review" say it is under way.
WORK_NOUNS = frozenset("""work review programme restructure restructuring recruitment consultation project campaign
audit training development process exercise redesign procurement""".split())


def _clause_cues(sentence) -> tuple[set[str], set[str]]:
    """The progress cues of one parsed sentence (a spaCy Span): of its main clauses (the root, what is coordinated
    with it, what a verb of saying reports) and of its subordinate ones (a clause on a noun, an adverbial clause)."""
    main: set[str] = set()
    sub: set[str] = set()
    skip: set[int] = set()
    for token in sentence:
        if token.i in skip or token.pos_ not in ("VERB", "AUX") or token.dep_ in ("aux", "auxpass"):
            continue
        lemma = token.lemma_.lower()
        children = list(token.children)
        if any(c.dep_ == "dobj" and c.lemma_.lower() in MEETING_PAPERS for c in children) \
                or any(c.tag_ == "TO" for c in children) and token.dep_ == "ROOT" \
                or any(c.lower_ in REQUIRING for c in children if c.dep_ == "aux") \
                or lemma in FOUND and not _present_passive(token) or _asks(token):
            # Presenting a paper, a requirement ("services to implement ...", "must ensure ..."), what the
            # inspection found, a question: none says what the council has done.
            skip.update(t.i for t in token.subtree)
            continue
        if lemma in REPORTING and not _present_passive(token) \
                and (lemma not in CLAUSE_ONLY or any(c.dep_ == "ccomp" for c in children)):
            continue  # the clause it reports decides
        if _purpose(token):
            skip.update(t.i for t in token.subtree if t.i != token.i)
            continue
        cue = _verb_cue(token, lemma)
        if cue == PLANNED and lemma in INTENDING:
            skip.update(t.i for t in token.subtree if t.i != token.i)  # "proposed that the committee receive ..."
        if cue:
            (main if _main(token) else sub).add(cue)
    return main, sub


def _present_passive(token) -> bool:
    """A verb in the present passive ("are discussed as part of supervision", "is observed"): a practice in place."""
    return any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in token.children)


def _main(token) -> bool:
    """Whether a verb stands in a main clause: its way to the sentence's root runs through coordination, a verb of
    saying's reported clause or a verb of intending's infinitive only."""
    while token.dep_ != "ROOT":
        if token.dep_ not in ("conj", "ccomp", "xcomp", "parataxis"):
            return False
        token = token.head
    return True


def _asks(token) -> bool:
    """A verb of asking with its question ("asked why ...", "asked whether ..."): the question states no action."""
    if token.lemma_.lower() not in ("ask", "question", "query", "enquire", "inquire", "wonder"):
        return False
    return any(t.lower_ in ("why", "whether", "how", "what", "when", "if", "who", "which") for t in token.subtree)


def _purpose(token) -> bool:
    """Whether the verb heads a purpose or the object of a requirement ("to ensure that ...", "so that ...")."""
    children = list(token.children)
    if any(c.tag_ == "TO" for c in children) and token.dep_ in ("advcl", "acl", "relcl", "xcomp", "ccomp", "csubj"):
        head = token.head
        # "plans to", "is to", "continues to", "began to" are not purposes: their infinitive is the action.
        return head.lemma_.lower() not in INTENDING | STARTING | {"be", "continue", "need", "have", "go", "begin"}
    return any(c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS for c in children)


def _verb_cue(token, lemma: str) -> str:
    """The cue a verb gives by its tense, aspect, modal and negation ("" when none)."""
    children = list(token.children)
    auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
    aux_lemmas = {c.lemma_.lower() for c in auxes}
    aux_words = {c.lower_ for c in auxes}
    negated = any(c.dep_ == "neg" for c in children)
    yet = any(c.lower_ == "yet" for c in children)
    acomp = next((c for c in children if c.dep_ == "acomp"), None)
    action_lemma = acomp.lemma_.lower() if lemma == "be" and acomp is not None else lemma
    subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children)
    if negated:
        perfect = "have" in aux_lemmas or "be" in aux_lemmas
        if (yet or perfect) and action_lemma in ACTIONS:
            return DELAYED
        return ""
    if lemma in DELAY_WORDS:
        return DELAYED
    if aux_words & FUTURE_MODALS or (token.dep_ == "xcomp" and token.head.lemma_.lower() in INTENDING
                                     and _has_subject(token.head)):
        return PLANNED
    if lemma in INTENDING and subject and any(c.dep_ in ("xcomp", "ccomp") for c in children):
        return PLANNED
    if lemma in ("be", "have") and not auxes:
        if any(c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children) for c in children):
            return PLANNED  # "is to be reviewed": an arrangement to come
        # The present of having or of there being ("the sub group has a clear focus", "there are more robust
        # systems"): an arrangement in place; a copula with its adjective describes, and says no action.
        present = token.tag_ in ("VBZ", "VBP")
        if present and (lemma == "have" and subject or any(c.dep_ == "expl" for c in children)):
            return DONE
        return ""
    if any(c.tag_ == "VBG" for c in auxes) or token.tag_ == "VBG" and "be" in aux_lemmas:
        return UNDER_WAY  # "is being improved", "are working"
    if lemma in STARTING and ("have" in aux_lemmas or token.tag_ in ("VBD", "VBN")):
        return UNDER_WAY
    if token.tag_ == "VBD" or token.tag_ == "VBN" and (auxes or token.dep_ in ("ROOT", "conj")):
        return DONE  # past, perfect or passive; a participle heading an action plan's line ("Established ...")
    if token.tag_ in ("VBZ", "VBP") and subject:
        return DONE  # the present of a practice: an arrangement in place
    return ""


def _has_subject(token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _imperative(sentence) -> bool:
    """A line opening with a bare verb ("Ensure that ...", "Also, ensure that ...", "Implement a system ..."): the
    recommendation restated as an action to take, which says nothing of progress."""
    words = [t for t in sentence if not t.is_punct and not t.is_space and t.pos_ not in ("ADV", "CCONJ", "X")]
    # "Work on the policy has started": a noun the tagger took for a verb, which the parser makes the subject.
    return bool(words) and words[0].tag_ == "VB" and not words[0].dep_.startswith(("nsubj", "csubj"))


def progress_of(text: str, restates: bool = False, parser=None) -> str:
    """One response line -> its progress (one of PROGRESS). `restates`: the tracker marked the line as restating
    the inspection (its words are the inspection's). `parser`: a spaCy pipeline (pipeline.meeting_text.parser when
    None)."""
    if restates or not str(text).strip():
        return NONE_SAID
    if parser is None:
        from pipeline.meeting_text import parser as load

        parser = load()
    return cues_progress(line_cues(str(text), parser))


def line_cues(text: str, parser) -> set[str]:
    """The progress cues of a line: of its main clauses' verbs and its words of progress; of its subordinate
    clauses only when its main clauses give none ("a decision was taken that the work would be led by ..." is done);
    a delay anywhere."""
    from pipeline.meeting_text import prepared

    text = QUOTED.sub("it", prepared(text))
    main: set[str] = set()
    sub: set[str] = set()
    for sentence in parser(text).sents:
        if _imperative(sentence):
            continue
        said, under = _clause_cues(sentence)
        main |= said
        sub |= under
        words = sentence.text
        # A word of delay as a verb or an adjective ("has been delayed", "is overdue"), not as a noun, which is
        # often the recommendation's aim ("to reduce delay for children").
        if DELAY_PHRASES.search(words) or any(t.lemma_.lower() in DELAY_WORDS and t.pos_ in ("VERB", "ADJ")
                                              or t.lower_ == "slippage" for t in sentence):
            main.add(DELAYED)
        if UNDER_WAY_WORDS.search(words) or any(
                (t.lower_ in ("current", "ongoing", "on-going") and t.dep_ == "amod" and t.head.lemma_.lower() in
                 WORK_NOUNS) or (t.lower_ == "improving" and t.dep_ == "amod") for t in sentence):
            main.add(UNDER_WAY)
        if DONE_WORDS.search(words):
            main.add(DONE)
        main.update(RAG_PROGRESS[m.group(1).lower()] for m in RAG.finditer(words))
    return main or sub if DELAYED not in sub else main | {DELAYED}


def cues_progress(cues: set[str]) -> str:
    """A line's cues -> its progress: a delay outweighs the rest (a coordinator "would be in post by June", but the
    work "had not yet been started"); work under way, or something done with more to come, is under way; then a
    plan; then done."""
    if DELAYED in cues:
        return DELAYED
    if UNDER_WAY in cues or {DONE, PLANNED} <= cues:
        return UNDER_WAY
    if PLANNED in cues:
        return PLANNED
    if DONE in cues:
        return DONE
    return NONE_SAID


def response_progress(table, parser=None) -> list[str]:
    """tracker.csv rows -> each row's progress: for a response row with a linked line, what the line says; "" for
    the rest (next-inspection rows, rows without a line)."""
    from pipeline.tracker.responses import RESTATES

    out = []
    for part, quote, match in zip(table["part"], table["quote"].fillna("").astype(str), table["match"]):
        if part != "response" or not quote.strip():
            out.append("")
            continue
        if parser is None and match != RESTATES:
            from pipeline.meeting_text import parser as load

            parser = load()
        out.append(progress_of(quote, match == RESTATES, parser))
    return out
