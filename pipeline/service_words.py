"""Whether a sentence of council minutes speaks of the children's service, by its words.

Phrase and layout rules for meeting furniture grow council by council and never close: each new council brings
furniture in a new shape (a seat reallocated after a change of proportionality, a dispensation to stay in the room,
a retiring chair's letter of thanks). What the findings must keep shares something those lack: it speaks of the
service - of children, young people and families, care, social work, safeguarding, placements, schools and health,
the inspection and its judgements, the improvement plan, caseloads, staff and the workforce, performance and
outcomes, money and figures. `speaks_of_service` looks for such a word among the tokens of a parsed sentence that
are not names, roles or the titles of papers (pipeline.meeting_talk sets those aside: "the Director of Children's
Services", "the report on the Ofsted inspection" name the meeting's people and papers, not the service).

The words are the field's own (below) and those of the shipped glossary of abbreviations and their expansions
(pipeline/data/glossary.csv: "MASH", "care leavers", "child protection"), less the expansions' common words
("local", "officer", "board"); a percentage ("90% answered", "80 per cent") or a count of something that is not the
meeting's ("three foster carers", not "item 6" or "24 May") is a figure and counts too. A word that judges
("positive", "disappointing", "serious", "effective") counts wherever it stands, in a paper's title too ("the report,
which sets out the serious issues that remain"): the judgement is said, not only named.

Measured before the rule was written, on the labelled units of the spent minutes sets (E, F, G, T, H; issue 15):
with the words as first drafted, 29 of 231 units saying something about the service (13%) had no such word outside
names, roles and titles, and 130 of 1,062 furniture units (12%) had one; the words alone cannot decide, so
meeting_talk asks more of a sentence before it calls it furniture (its subject is the meeting's, it asks for
nothing, it negates nothing but the meeting's own business, no adverb judges).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

# The field's subject matter (lemmas, lower case).
SERVICE_WORDS = frozenset("""
child children childhood young youth baby infant adolescent teenager family families parent parenting carer care
cared social worker practice practitioner safeguarding safeguard protection protect placement foster fostering adopt
adoption adopter guardianship kinship school pupil student education educational learning learner curriculum
attainment exam examination qualification skill apprenticeship employment disability disabled inclusion exclusion
exclude health mental wellbeing camhs hospital gp nurse midwife midwifery health-visitor ofsted inspection inspect
judgement judgment judge grade outstanding good adequate inadequate improvement improve improving deteriorate
decline plan caseload case staff staffing workforce employ recruitment recruit retention retain agency vacancy
turnover supervision management leadership service provision provider performance outcome referral assessment assess
risk need vulnerable leaver exploitation exploit missing neglect abuse harm violence domestic court justice offend
offending offender custody crime police budget funding fund funded spend spending cost overspend underspend saving
resource demand capacity data figure rate percentage timeliness timely delay drift pace timescale timeline deadline
quality audit visit monitoring progress priority strategy partnership partner commissioner commissioning
intervention direction trust weakness strength concern challenge pressure home accommodation housing homeless
homelessness nursery childcare early help transition pathway advocacy voice complaint door stability stable
instability unstable adviser advisor
""".split())
# Words that judge what was discussed (lemmas).
JUDGING_WORDS = frozenset("""
positive negative encouraging disappointing pleasing concerning worrying impressive strong weak poor excellent
complacent complacency serious proud impressed consistent consistency inconsistent effective effectiveness
ineffective reassured reassuring welcome concerned worried pleased disappointed
""".split())
# Ofsted's grades: a name in quotes ('Good') still judges.
GRADE_WORDS = frozenset("outstanding good adequate inadequate".split())
# Glossary expansion words too common to speak of the service on their own.
_GENERIC = frozenset("""
of and the in for to local authority order review group team public law section department common initial return
single case year special arrangements framework conference enquiry interview hub board director officer council
services service plan training newly overview independent panel decision maker outline multi personal duty
not with from into after under over
""".split())
# Nouns whose counts belong to the meeting ("item 6", "24 May", "page 28", "3 minutes").
_MEETING_COUNTS = frozenset("""
item items page pages minute minutes meeting meetings agenda appendix paragraph para section rule standing order
hour hours time am pm january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday day days week weeks month months year years
""".split())


@lru_cache(maxsize=1)
def _glossary() -> tuple[frozenset, frozenset]:
    """(abbreviations as written, expansion words in lower case) of the shipped glossary."""
    with resources.files("pipeline.data").joinpath("glossary.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    abbreviations = frozenset(row["abbreviation"].strip() for row in rows if row["abbreviation"].strip())
    words = frozenset(re.sub(r"['’]s?$", "", word) for row in rows for column in ("expansion", "plural")
                      for word in (row.get(column) or "").lower().replace("-", " ").split())
    return abbreviations, frozenset(w for w in words if len(w) > 2 and not _generic(w))


def _generic(word: str) -> bool:
    return word in _GENERIC or word.rstrip("s") in _GENERIC or word.endswith("ies") and word[:-3] + "y" in _GENERIC


def is_figure(token) -> bool:
    """A percentage, or a count of something that is not the meeting's own ("three foster carers")."""
    if token.text == "%" or token.lower_ == "percent" or token.lower_ == "cent" and token.i > 0 and \
            token.nbor(-1).lower_ == "per":
        return True
    if not token.like_num:
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and following.text == "%":
        return True
    counted = token.head if token.dep_ == "nummod" else None
    return counted is not None and counted.tag_ == "NNS" and counted.lemma_.lower() not in _MEETING_COUNTS \
        and counted.lower_ not in _MEETING_COUNTS


# What a meeting itself may lack, with nothing judged of the service: "owing to a lack of time", "of a quorum".
_MEETINGS_WANTS = frozenset("time quorum".split())


def _lacks_the_meetings(token) -> bool:
    """Whether "lack" is of the meeting's own time or quorum."""
    return any(c.lower_ == "of" and any(g.lemma_.lower() in _MEETINGS_WANTS for g in c.children)
               for c in token.children)


def amount(token) -> bool:
    """A percentage or a sum of money with its figure ("3.8%", "80 per cent", "£5.4m"): a paper's title names its
    topic, but not in figures."""
    if token.text == "%" or token.lower_ == "cent" and token.i > 0 and token.nbor(-1).lower_ == "per":
        return token.i > 0 and any(c.isdigit() for c in token.doc[token.i - (2 if token.lower_ == "cent" else 1)].text)
    return token.text in "£$€" and token.i + 1 < len(token.doc) and token.nbor(1).text[:1].isdigit()


def speaks_of_service(sentence, aside: set[int]) -> bool:
    """Whether a parsed sentence (a spaCy span) names the service's subject matter, a figure or a judgement outside
    the tokens `aside` (names, roles and paper titles)."""
    abbreviations, expansion_words = _glossary()
    for token in sentence:
        lemma, lower = token.lemma_.lower(), token.lower_
        if lemma in JUDGING_WORDS or lower in JUDGING_WORDS:
            return True  # wherever it stands: "the report, which sets out the serious issues that remain"
        if lemma == "lack" and not _lacks_the_meetings(token):
            return True  # a want judged: "The lack of opportunity for members to debate the report" (round 22)
        if amount(token):
            return True  # a share or a sum is said, in a paper's title too: "an update on the budget, with a £5.4m
            # forecast overspend (3.8% of budget)" (round 22)
        if token.i in aside or token.is_punct and token.text != "%":
            continue
        if token.text in abbreviations or lower == "ofsted" or lower in GRADE_WORDS:
            return True
        if lemma in SERVICE_WORDS or lower in SERVICE_WORDS or lower == "places":  # (school, nursery places)
            return True
        if lower in expansion_words or is_figure(token):
            return True
    return False
