"""The words theme names are made of and compared by: the field's stop words and evaluative words, a word's folded
form ("caseloads" -> "caseload"), the words that break or edge a candidate phrase (`stop_words`, EDGE_WORDS,
months, places), and the field's synonyms ("children in care", "LAC" -> "children looked after";
pipeline/data/synonyms.csv, extended by the glossary's abbreviations), under which two labels are one label.
Used by `pipeline.themes.naming` (phrases and labels) and `pipeline.themes.name_checks` (the checks on labels).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import pandas as pd
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

# Words every document in this field uses; they say nothing about what distinguishes one theme.
DOMAIN_STOP_WORDS = {
    "children", "young", "people", "person", "council", "service", "services", "local", "authority", "authorities",
    "ofsted", "inspection", "inspections", "inspector", "inspectors", "report", "reports", "area", "work", "need",
    "needs", "ensure", "include", "includes", "including", "well", "make", "take", "use", "family", "families",
    "member", "members", "committee", "mr", "mrs", "ms", "cllr", "councillor", "councillors", "time", "year", "years",
    "month", "months", "level", "levels", "number", "way", "ways", "range", "improvement", "improvements", "help",
    "support", "able", "state", "place", "majority", "minority", "example", "result", "results", "case", "cases",
    "practice", "quality", "impact", "experience", "experiences", "progress", "social", "worker", "workers", "staff",
    "team", "teams", "manager", "managers", "management", "leader", "leaders", "senior", "partner", "partners",
    "agency", "agencies", "plan", "plans", "lot", "part", "issue", "issues", "day", "days", "week", "weeks",
    "detail", "details", "information", "evidence", "approach", "process", "processes", "arrangement",
    "arrangements", "system", "systems", "activity", "element", "aspect", "aspects", "lack", "concern", "concerns",
    "account", "extent", "overview", "change", "changes", "difference", "area", "areas", "action", "actions",
    "recommendation", "recommendations", "outcome", "outcomes", "matter", "point", "points", "step", "steps",
    "basis", "regard", "respect", "view", "views", "term", "terms", "order", "total", "figure", "figures",
    "section", "page", "paragraph", "phase", "notice", "business", "item", "items", "meeting", "meetings",
    "noted", "agreed", "resolved", "said", "asked", "received", "reported", "explained", "confirmed", "stated",
    "chair", "officer", "officers", "director", "cabinet", "portfolio", "holder", "update", "updates", "datum",
    "data", "grand", "significant", "weakness", "weaknesses", "finding", "findings", "strength", "strengths",
    "responsibility", "responsibilities", "effectiveness", "addition", "thing", "things", "individual", "date",
    "direction", "end", "relation", "address", "benefit", "opportunity", "opportunities", "circumstance",
    "circumstances", "recognise", "recognises", "recognised", "priority", "priorities", "summary",
    "prioritisation", "consideration", "contribution", "ofsted's", "child's", "children's", "council's",
    "authority's",
}


# Judgements about a practice, not what the practice is: "rigorous assessment" names the theme "assessment".
EVALUATIVE = {
    "good", "poor", "strong", "weak", "effective", "ineffective", "consistent", "inconsistent", "appropriate",
    "inappropriate", "timely", "right", "robust", "rigorous", "accurate", "comprehensive", "purposeful",
    "sensitive", "thorough", "detailed", "meaningful", "clear", "unclear", "adequate", "inadequate", "outstanding",
    "sufficient", "insufficient", "high", "low", "higher", "lower", "better", "best", "worse", "slow", "quick",
    "swift", "prompt", "careful", "important", "key", "main", "particular", "specific", "whole", "overall", "full",
    "proper", "wide", "small", "large", "many", "most", "few", "several", "various", "different", "other",
    "further", "new", "last", "previous", "recent", "current", "same", "such", "potential", "frequent", "regular",
    "limited", "improved", "improving", "increased", "increasing", "reduced", "serious", "considerable", "real",
    "positive", "negative", "significantly", "very", "also", "still", "now", "always", "often", "too", "well",
    "requires", "require", "required", "good", "direct", "overall", "much", "more", "less", "able", "unable",
    "wider", "broader", "wide-ranging",
}


CONNECTORS = {"of", "in", "for"}


DETERMINERS = {"the", "a", "an", "their", "its"}


# Words that join a label's content words and name nothing themselves - the connectors and determiners, "and"/"or",
# the prepositions a label is written with and the relative words a clause of it opens with ("Return interviews for
# children who go missing"): left out wherever a label's own words are looked for in what the findings write
# (`broad_fair`, `broad_borne`, `broad_whole`, `broad_parts`, `broad_names`, `named_parts`, `written_term`). One set,
# so that no pass reads as a label's subject a word another pass leaves out as a joint.
JOINING = frozenset(CONNECTORS | DETERMINERS | {"and", "or", "on", "with", "to", "from", "by", "at", "about", "into",
                                               "where", "who", "it"})


@lru_cache(maxsize=200_000)  # the same words recur in every finding, folded again by each label pass
def fold(word: str) -> str:
    """Lower case with the plural folded ("caseloads" -> "caseload", "agencies" -> "agency")."""
    if len(word) > 1 and word.isupper():
        return word.lower()  # an acronym: "CAMHS" is not a plural
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def straight(text: str) -> str:
    return text.replace("’", "'")


def acronym_singular(word: str) -> str:
    """An acronym without its plural s ("IROs" -> "IRO")."""
    return word[:-1] if len(word) > 2 and word.endswith("s") and word[:-1].isupper() else word


@lru_cache(maxsize=1)
def field_synonyms() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """The field's synonyms: abbreviation as written -> canonical term, and (term, canonical term) in lower case,
    longest term first. From pipeline/data/synonyms.csv (`term, canonical`: "children in care" and "LAC" are
    "children looked after") and the glossary's abbreviations, read as their expansions."""
    from pipeline.themes.cluster_text import read_glossary

    table = pd.read_csv(resources.files("pipeline.data").joinpath("synonyms.csv"), dtype=str, keep_default_na=False)
    rows = [(row.term.strip(), row.canonical.strip().lower()) for row in table.itertuples()
            if row.term.strip() and row.canonical.strip()]
    phrases = {term.lower(): canon for term, canon in rows if not re.search(r"[A-Z]", term[1:])}
    phrases = {term: phrases.get(canon, canon) for term, canon in phrases.items()}
    abbreviations = {term: phrases.get(canon, canon) for term, canon in rows if re.search(r"[A-Z]", term[1:])}
    for abbreviation, (_, plural) in read_glossary().items():
        abbreviations.setdefault(abbreviation, phrases.get(plural.lower(), plural.lower()))
    return abbreviations, tuple(sorted(phrases.items(), key=lambda pair: (-len(pair[0]), pair[0])))


@lru_cache(maxsize=65_536)  # labels are compared again and again while themes are named
def canonical(label: str) -> str:
    """A label, lower case, each synonym of the field written as its canonical term ("Children in care" and "LACs"
    -> "children looked after"). An abbreviation counts only as written ("LAC", "CiCs"), never a word ("lac")."""
    abbreviations, phrases = field_synonyms()
    words = [abbreviations.get(acronym_singular(w), abbreviations.get(w, w))
             for w in re.findall(r"[A-Za-z0-9'’-]+", label)]
    text = " ".join(words).lower().replace("-", " ")  # "care-leaving" is "care leaving"
    for term, canon in phrases:
        text = re.sub(rf"(?<![a-z-]){re.escape(term)}(?![a-z-])", canon, text)
    return text


@lru_cache(maxsize=65_536)
def label_key(label: str) -> str:
    """A label's words, synonyms read as their canonical term, plurals folded, sorted: "Care leavers and personal
    advisers" and "Personal advisers and care leavers" are one label, and so are "Children in care" and "LAC"."""
    words = re.findall(r"[A-Za-z0-9]+", canonical(label))
    return " ".join(sorted(fold(w) for w in words if w not in CONNECTORS | DETERMINERS | {"and"}))


# Common nouns of the field that may sit inside a phrase ("management oversight", "children's homes", "case
# files") but never end one: "social workers", "children's services", "quality of practice" name no theme.
EDGE_WORDS = {
    "children", "child's", "children's", "young", "people", "service", "services", "social", "worker", "workers",
    "staff", "team", "teams", "manager", "managers", "management", "leader", "leaders", "senior", "practice",
    "quality", "family", "families", "partner", "partners", "agency", "agencies", "case", "cases", "plan", "plans",
    "work", "support", "information", "system", "systems", "care", "report", "reports",
}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    try:
        from pipeline.gazetteer import load_authorities
    except ImportError:
        return frozenset()
    names = load_authorities()
    words = set()
    for value in list(names["name"]) + [a for aliases in names["aliases"] for a in aliases.split("; ")]:
        words.update(w for w in re.findall(r"[a-z]+", value.lower()) if len(w) > 3 and w not in {"city", "county"})
    return frozenset(words | {"midlands", "england", "english", "wscc", "wscb", "sussex", "yorkshire"})


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Words that break phrases: English stop words, the field's common words (but EDGE_WORDS), evaluative words,
    months, places."""
    return frozenset((set(ENGLISH_STOP_WORDS) | DOMAIN_STOP_WORDS | EVALUATIVE | MONTHS | place_words()) - EDGE_WORDS)


def as_shown(word: str) -> str:
    """A word as a label shows it: acronyms as written, everything else in lower case."""
    if len(word) > 1 and (word.isupper() or (len(word) > 2 and word[-1] == "s" and word[:-1].isupper())):
        return word  # "CAMHS", and acronyms in the plural: "IROs", "PAs"
    return word.lower()


def stem_of(word: str) -> str:
    return word[:5]


@lru_cache(maxsize=200_000)
def folded_stem(word: str) -> str:
    """`stem_of(fold(word))`, worked out once per word: the same words recur in every finding."""
    return stem_of(fold(word))


# Words that say whose services a finding is about, not what about: every theme uses them.
POPULATION = {"child", "children", "young", "people", "person", "family", "families", "parent", "parents",
               "council", "authority", "service", "services", "social", "work", "worker", "workers", "care",
               "looked", "after", "local", "county", "borough", "city"}


# text -> `folded_words` of it: a theme's findings are read for each lone word a label may be (bounded).
_FOLDED: dict[str, tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]] = {}


def folded_words(text: str) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """(the words of `text` with quotes straightened, lower-cased: runs of [a-z][a-z'’-]*; each word `fold`ed; the set
    of those folds), worked out once per text."""
    found = _FOLDED.get(text)
    if found is None:
        if len(_FOLDED) >= 100_000:
            _FOLDED.clear()
        words = tuple(re.findall(r"[a-z][a-z'’-]*", straight(text).lower()))
        folds = tuple(fold(w) for w in words)
        found = _FOLDED[text] = (words, folds, frozenset(folds))
    return found
