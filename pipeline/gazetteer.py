"""English local authorities with children's services responsibilities, and inference of authority and date.

The gazetteer (pipeline/data/authorities.csv: name, slug, aliases, region, type) lists the upper-tier councils
and unitaries, with common variants of their names. Inference prefers what a document says about itself (its
file name, its title lines) over passing mentions further down, and counts mentions only as a last resort.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

import pandas as pd

MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], start=1)}
MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
FULL_DATE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH}\s+((?:19|20)\d\d)\b", re.IGNORECASE)
ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
# Not councils, though they carry a council area's name.
NOT_AUTHORITY = re.compile(r"\b(police|constabulary|nhs|ccg|trust|hospital|probation|fire|university|college)\b",
                           re.IGNORECASE)


def _key(name: str) -> str:
    name = name.lower().replace("&", " and ").replace("’", "'")
    name = re.sub(r"\b(metropolitan borough|borough|city|county|district)?\s*council\b", " ", name)
    name = re.sub(r"^(the\s+)?(royal borough of|london borough of|metropolitan borough of|city of|county of)\s+",
                  "", name.strip())
    return re.sub(r"[^a-z0-9]+", " ", name).strip()


@lru_cache(maxsize=1)
def load_authorities() -> pd.DataFrame:
    """The gazetteer as a table: name, slug, aliases ("; "-joined), region, type."""
    with resources.files("pipeline.data").joinpath("authorities.csv").open(encoding="utf-8") as handle:
        return pd.read_csv(handle, dtype=str, keep_default_na=False)


@lru_cache(maxsize=1)
def _lookup() -> dict[str, str]:
    table = {}
    for row in load_authorities().itertuples():
        for variant in [row.name, row.slug.replace("-", " "), *[a for a in row.aliases.split("; ") if a]]:
            table[_key(variant)] = row.name
    return table


def canonical_authority(name: str) -> str | None:
    """The gazetteer's name for `name` (any case, alias, '&' for 'and', with or without 'Council'), or None."""
    if not name or not name.strip():
        return None
    key = _key(name)
    return _lookup().get(key) or _lookup().get(_key(name.replace("-", " ")))


@lru_cache(maxsize=1)
def _mention_pattern() -> re.Pattern:
    variants = sorted({v for row in load_authorities().itertuples()
                       for v in [row.name, *[a for a in row.aliases.split("; ") if a]] if len(v) > 3},
                      key=len, reverse=True)
    # Names wrap across lines in PDFs and use '&' for 'and'.
    alternatives = [re.escape(v).replace(r"\ ", r"\s+").replace(r"\&", "&").replace("and", "(?:and|&)")
                    for v in variants]
    return re.compile(r"\b(" + "|".join(alternatives) + r")\b", re.IGNORECASE)


# A council named in passing rather than as the author: in brackets after a person ("Steve Smith (Hampshire County
# Council)"), as a partner ("arrangements with Hampshire", "the City and Hackney Safeguarding Children Board"), or
# as another place ("neighbouring Hackney").
PASSING_BEFORE = re.compile(r"(?:\(\s*|\b(?:with|from|alongside|between|and|neighbouring|than|like|including|"
                            r"across)\s+(?:the\s+)?(?:(?:london\s+)?borough\s+of\s+)?"
                            # a person's surname: "Councillors L Durham"
                            r"|\b(?:councillors?|cllrs?|mr|mrs|ms|miss|dr)\.?\s+(?:[a-z]\.?\s+){0,2})$",
                            re.IGNORECASE)
PASSING_AFTER = re.compile(r"^\s*(?:and\s+[A-Z]|&\s*[A-Z]|(?:county |borough |city |district )?council\s*\)|\))")
# The author's own name as a letterhead: a line of the title block that opens with the council's name and goes on
# with "Council" or nothing ("Isle of Wight Council", "LONDON BOROUGH OF HACKNEY").
LETTERHEAD_BEFORE = re.compile(r"^(?:the\s+)?(?:(?:london|royal)\s+borough\s+of\s+|city\s+of\s+|county\s+of\s+)?$",
                               re.IGNORECASE)
LETTERHEAD_AFTER = re.compile(r"^\s*(?:(?:metropolitan\s+)?(?:county\s+|borough\s+|city\s+|district\s+)?council\b.*)?$",
                              re.IGNORECASE)


def _mentions(text: str, passing: bool = True) -> Counter:
    """Authorities named in the text and how often; passing=False leaves out those named in passing."""
    counts = Counter()
    for match in _mention_pattern().finditer(text):
        following = text[match.end():match.end() + 30]
        if NOT_AUTHORITY.match(following.strip()):
            continue  # "West Midlands Police", "Wirral University Teaching Hospital"
        if not passing and (PASSING_BEFORE.search(text[max(0, match.start() - 40):match.start()])
                            or PASSING_AFTER.match(following)):
            continue
        _count_named(counts, match)
    return counts


def _count_named(counts: Counter, match: re.Match) -> None:
    """Count the authority a name pattern's match names (its first group), when it names one."""
    name = canonical_authority(" ".join(match.group(1).split()))
    if name:
        counts[name] += 1


def _letterheads(head: str) -> Counter:
    """Authorities whose name opens a line of the title block as its letterhead."""
    counts = Counter()
    for line in head.splitlines():
        match = _mention_pattern().search(line)
        if match and LETTERHEAD_BEFORE.match(line[:match.start()]) and LETTERHEAD_AFTER.match(line[match.end():]):
            _count_named(counts, match)
    return counts


def infer_authority(text: str, file_name: str = "") -> tuple[str | None, str]:
    """The authority a document is about, and how it was found ("file name", "title", "most mentioned"), or None
    with the reason when the text does not settle it.

    A council named in passing (in brackets after a person, as a partner, a neighbour or a shared board's other half)
    is not the author: such mentions are left out, and where two or more councils remain equally likely the answer
    is None ("several councils named ...") rather than a guess."""
    stem = re.sub(r"\.[a-z]+$", "", file_name.split("/")[-1].lower())
    stem = re.sub(r"[_\d]+.*$", "", stem) or stem
    for candidate in (stem, stem.replace("-", " ")):
        found = canonical_authority(candidate) if len(candidate) > 3 else None
        if found:
            return found, "file name"
    head = "\n".join(text.strip().splitlines()[:15])
    letterheads = _letterheads(head)
    if len(letterheads) == 1:
        return next(iter(letterheads)), "title"
    title_mentions = _mentions(head, passing=False)
    if len(title_mentions) == 1:
        return next(iter(title_mentions)), "title"
    mentions = _mentions(text[:200_000], passing=False)
    if mentions:
        (best, count), *rest = mentions.most_common(2) + [(None, 0)]
        if count > rest[0][1] and count >= 2:
            return best, f"most mentioned in text ({count} times)"
        if count == 1 and len(mentions) == 1:
            return None, f"{best} named once in the text, not in its title; not taken as the author"
        named = ", ".join(sorted(mentions))
        return None, f"several councils named ({named}) and none stands out as the author; not guessed"
    if _mentions(text[:200_000]):
        named = ", ".join(sorted(_mentions(text[:200_000])))
        return None, f"councils named only in passing ({named}); not taken as the author"
    return None, "no authority named in the file name, title or text"


def iso_date(day: int, month: str | int, year: int) -> str | None:
    month_number = month if isinstance(month, int) else MONTHS[month.lower()]
    try:
        return date(int(year), month_number, int(day)).isoformat()
    except ValueError:
        return None


NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")
# One date of a range or list, its month and year possibly left to the next one ("14 January – 5 February 2014",
# "6 to 30 July 2015"), or numeric ("12/09/2016").
DATE_PART = re.compile(rf"\b(\d{{1,2}})/(\d{{1,2}})/((?:19|20)\d\d)\b|"
                       rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+{MONTH})?(?:,?\s+((?:19|20)\d\d))?\b", re.IGNORECASE)
PUBLISHED = re.compile(r"(?:\breport\s+published|^[ \t]*published|\bdate\s+of\s+publication|\bpublication\s+date)"
                       r"(?:\s+on)?\s*:?\s*", re.IGNORECASE | re.MULTILINE)
INSPECTED = re.compile(r"(?:^[ \t]*inspection\s+dates?\b(?:\s+(?:were|was))?\s*:?|\binspection\s+dates?\s*:)\s*",
                       re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class DocumentDates:
    """Dates a document states about itself (ISO strings, "" when not stated) and the one that dates it.

    date: the publication date when stated; else, for a report that states its inspection dates and comes as a PDF
    made after them, the day the file was made (Ofsted's reports do not all state their publication date, and
    their PDF is made a day or two before it); else the end of the inspection; else the first date near the top
    (a meeting date); else a lone year. how: which of these it is ("publication date", "PDF made after the
    inspection", "end of inspection dates", "date at the top", "first date in the opening", "year in the
    opening", or "no date found in the opening")."""

    published: str = ""
    inspection_start: str = ""
    inspection_end: str = ""
    date: str = ""
    how: str = "no date found in the opening"


def _date_at(text: str) -> str | None:
    """The full date that `text` opens with ("8 August 2014", "25/11/2016"), as ISO, or None."""
    match = FULL_DATE.match(text) or NUMERIC_DATE.match(text)
    if not match:
        return None
    if match.re is NUMERIC_DATE:
        day, month, year = (int(g) for g in match.groups())
        return iso_date(day, month, year)
    return iso_date(*match.groups())


def _date_list(text: str) -> list[str]:
    """The dates of an inspection-dates statement in order, each completed from the ones after it
    ("19 November-11 December 2013 and 28 – 30 January 2014" -> four dates), as ISO strings."""
    parts = []
    for match in DATE_PART.finditer(text):
        if match.group(1):
            parts.append([int(match.group(1)), int(match.group(2)), int(match.group(3))])
        else:
            month = MONTHS[match.group(5).lower()] if match.group(5) else None
            parts.append([int(match.group(4)), month, int(match.group(6)) if match.group(6) else None])
    for later, earlier in zip(reversed(parts), list(reversed(parts))[1:]):
        earlier[1] = earlier[1] or later[1]
        earlier[2] = earlier[2] or later[2]
    return [iso for day, month, year in parts if month and year and (iso := iso_date(day, month, year))]


def _inspection_statement(head: str, match: re.Match) -> str:
    """The text of an "Inspection dates:" statement: its line, and the next when the dates go on there."""
    lines = head[match.end():].split("\n")
    statement = lines[0]
    if len(lines) > 1 and re.search(r"(?:–|-|\bto|\band|,|\d)\s*$", statement.strip()) \
            and re.match(rf"\s*(?:\d|{MONTH})", lines[1], re.IGNORECASE):
        statement += " " + lines[1]
    return re.split(r"(?i)report\s+published|published|lead\s+inspector", statement)[0]


MADE_WITHIN_DAYS = 365  # a PDF made later than this after the inspection is a later copy, not the published one


def infer_dates(text: str, file_made: str = "") -> DocumentDates:
    """The publication date, the inspection dates and the document's date, from its opening (see DocumentDates).
    "Report published: 8 August 2014" counts anywhere in a line; a range of inspection dates gives its first and
    last day. file_made: the ISO date a PDF was created (readers.ReadDocument.made), or ""."""
    head = text[:4000]
    published = ""
    for match in PUBLISHED.finditer(head):
        published = _date_at(head[match.end():match.end() + 40]) or ""
        if published:
            break
    start = end = ""
    inspected = INSPECTED.search(head)
    if inspected:
        dates = _date_list(_inspection_statement(head, inspected))
        if dates:
            start, end = dates[0], dates[-1]
    if published:
        return DocumentDates(published, start, end, published, "publication date")
    if end and file_made and 0 <= (date.fromisoformat(file_made) - date.fromisoformat(end)).days <= MADE_WITHIN_DAYS:
        return DocumentDates("", start, end, file_made, "PDF made after the inspection")
    if end:
        return DocumentDates("", start, end, end, "end of inspection dates")
    for window, how in ((head[:600], "date at the top"), (head[:3000], "first date in the opening")):
        match = FULL_DATE.search(window)
        if match and iso_date(*match.groups()):
            return DocumentDates(date=iso_date(*match.groups()), how=how)
        iso = ISO_DATE.search(window)
        if iso and iso_date(int(iso.group(3)), int(iso.group(2)), int(iso.group(1))):
            return DocumentDates(date=iso.group(0), how=how)
    year = re.search(r"\b(20[0-4]\d|199\d)\b", head[:3000])
    if year:
        return DocumentDates(date=year.group(1), how="year in the opening")
    return DocumentDates()


def infer_date(text: str) -> tuple[str | None, str]:
    """The document's date as "YYYY-MM-DD" (or "YYYY"), and how it was found (see `infer_dates`)."""
    dates = infer_dates(text)
    return dates.date or None, dates.how


_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)$")


def manifest_date(value: str) -> str | None:
    """A date written in a manifest as "YYYY-MM-DD", "DD/MM/YYYY" (British order), "8 August 2014" or a lone year
    "YYYY", as ISO "YYYY-MM-DD" (or "YYYY"); None when it is no real date ("31/02/2019", "next year")."""
    value = value.strip()
    if re.fullmatch(r"(?:19|20)\d\d", value):
        return value
    iso = ISO_DATE.fullmatch(value)
    if iso:
        return iso_date(int(iso.group(3)), int(iso.group(2)), int(iso.group(1)))
    numeric = _NUMERIC_DATE.match(value)
    if numeric:
        return iso_date(int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3)))
    spelled = FULL_DATE.fullmatch(value)
    return iso_date(*spelled.groups()) if spelled else None
