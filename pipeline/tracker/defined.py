"""Abbreviations a document defines itself ("the Corporate Parenting Panel (CPP)"): within that document they mean
what it says, not what the glossary says (the shipped glossary reads "CPP" as "child protection plan"). The tracker's
shared-words and topics terms read a finding's lexical text (pipeline.tracker.words.findings_lexical); for the
findings of a document that defines an abbreviation, that text is made again with the document's definitions over the
glossary, so "Rigour and impact of the CPP" shares "corporate parenting" with the recommendation on corporate
parenting arrangements."""

from __future__ import annotations

import re

import pandas as pd

from pipeline.tracker.words import lexical_texts, tokens

# "(CPP)", "(CiCC)", "(IROs)": two or more capitals among up to ten letters, in brackets.
_BRACKETED = re.compile(r"\(\s*([A-Z][A-Za-z&]{1,9})\s*\)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# Words an abbreviation may leave out ("Children in Care Council (CiCC)" keeps "in", "Department for Education (DfE)"
# spells it; "Independent Reviewing Officer of the Council" may drop "of the").
_SMALL = frozenset("of and for the in on to with at by".split())
_MAX_WORDS = 10


def _spells(words: list[str], letters: str) -> bool:
    """Whether the words' initials spell `letters` (lower case), a small word either giving its initial or left out;
    the first word gives the first letter."""
    def match(i: int, j: int) -> bool:
        if j == len(letters):
            return i == len(words)
        if i == len(words):
            return False
        word = words[i].lower()
        if word[0] == letters[j] and match(i + 1, j + 1):
            return True
        return word in _SMALL and i > 0 and match(i + 1, j)
    return bool(words) and words[0].lower() not in _SMALL and match(0, 0)


def defined_abbreviations(texts: list[str]) -> dict[str, str]:
    """abbreviation -> the words it stands for, from "Words Spelling It (ABBR)" in `texts` (one document's findings):
    the shortest run of words just before the brackets whose initials spell the abbreviation (a small word may be left
    out; a plural "IROs" spells without its "s"). The first definition in text order wins."""
    out: dict[str, str] = {}
    for text in texts:
        for match in _BRACKETED.finditer(str(text)):
            abbreviation = match.group(1)
            if abbreviation in out or sum(c.isupper() for c in abbreviation) < 2:
                continue
            letters = abbreviation.lower()
            letters = letters[:-1] if abbreviation.endswith("s") and abbreviation[-2:-1].isupper() else letters
            words = [w.replace("’", "'") for w in _WORD.findall(text[:match.start()].replace("-", " "))][-_MAX_WORDS:]
            for start in range(len(words) - 1, -1, -1):
                if _spells(words[start:], letters):
                    out[abbreviation] = " ".join(words[start:]).rstrip("'")
                    break
    return out


def document_lexical(findings: pd.DataFrame, lexical: list[str], glossary: dict[str, tuple[str, str]]) -> list[str]:
    """The findings' lexical texts (`lexical`, one per findings row, as findings_lexical made them) with, for the
    findings of each document (doc_id) that defines an abbreviation, their text made again with the document's own
    definitions over `glossary`. Rows of other documents keep their text."""
    out = list(lexical)
    if "doc_id" not in findings or not len(findings):
        return out
    texts = findings["text"].astype(str).tolist()
    for _, positions in findings.reset_index(drop=True).groupby("doc_id", sort=False).indices.items():
        doc_texts = [texts[i] for i in positions]
        if not any("(" in t for t in doc_texts):
            continue
        local = {abbreviation: words for abbreviation, words in defined_abbreviations(doc_texts).items()
                 if tokens(glossary.get(abbreviation, ("",))[0]) != tokens(words)}
        if not local:
            continue
        # A defined plural ("IROs") is its own key, its words already plural.
        own = {**glossary, **{abbreviation: (words, words if abbreviation[-1] == "s" else words + "s")
                              for abbreviation, words in local.items()}}
        users = [i for i in positions if any(re.search(rf"(?<![\w-]){re.escape(a)}", texts[i]) for a in local)]
        for i, text in zip(users, lexical_texts([texts[i] for i in users], own)):
            out[i] = text
    return out
