"""Council lines that name a recommendation of the report by its number.

An improvement board or a scrutiny panel reviewing progress often goes through the inspection's recommendations by
number ("Priority 3 (assessments and plans, recommendation 3): rated amber.", "recommendations 7 and 8") and puts the
progress in the lines after it, in words that need not resemble the recommendation's. Such a line answers the
recommendation it names as surely as one that quotes it, and the lines after it speak of it, as under a quote
(pipeline.tracker.responses.quote_blocks).

A number means the report's own numbering: the number printed before each item of its list ("1. Ensure that ...");
when the report prints none (bulleted lists), the item's place among the report's recommendations, as a council
numbers them when it copies them into its plan. A number two items share (lists that each start at 1) names neither.
A line that numbers a committee paper's own recommendations ("Recommendation 1: That the Cabinet notes ...") names
none of the inspection's, and a line naming more than MOST_NAMED of them lists them (an opening line recalling the
recommendations the meeting will hear about) rather than speaking of one. The lines after a naming line - at most
NAMED_BLOCK, in its section, before the next naming line - are where its progress is told ("Audits in January found
62% of assessments good or better"); they are linked as AFTER_NAMED among the lines linked by score.
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

# tracker.csv's match of a line naming the recommendation by its number, and of a line after it
NAMED = "names it by number"
AFTER_NAMED = "after its number"
NAMED_BLOCK = 4  # lines after a naming line that speak of the recommendation it names
MOST_NAMED = 2   # a line naming more recommendations than this lists them

# "recommendation 3", "Recommendation No. 3", "recommendations 7 and 8", "recommendations 9, 10 and 11", "2-4"
CITED = re.compile(r"\brecommendations?\s+(?:no\.?\s*|number\s+)?(\d{1,2})(?!\d)"
                   r"((?:\s*(?:,|and|&|or|to|-|–)\s*\d{1,2}(?!\d))*)", re.IGNORECASE)
_MORE = re.compile(r"(,|and|&|or|to|-|–)\s*(\d{1,2})(?!\d)", re.IGNORECASE)
# The number printed at the start of a list item's line, just before the item's text: "\n\n3. " or "\n3) ".
PRINTED = re.compile(r"(?:^|\n)[ \t]*(\d{1,3})[ \t]*[.)][ \t]*$")
# A committee paper's own numbered recommendations: "Recommendation 1: That ...", "Recommendation 2 - to note ...".
OWN_PAPER = re.compile(r"^\W*recommendations?\s+\d{1,2}\s*[:.)\-–]?\s*(?:that\b|to\s+(?:note|agree|approve|endorse)\b"
                       r"|(?:the\s+)?(?:cabinet|committee|panel|board|council|members?)\b)", re.IGNORECASE)


def named_numbers(text: str) -> list[int]:
    """The recommendation numbers a line names, in order ("recommendations 7 and 8" -> [7, 8]; a range "2-4" or
    "2 to 4" -> [2, 3, 4]); [] for a committee paper's own numbered recommendations."""
    if OWN_PAPER.search(text):
        return []
    out: list[int] = []
    for match in CITED.finditer(text):
        last = int(match.group(1))
        out.append(last)
        for joint, number in _MORE.findall(match.group(2)):
            n = int(number)
            if joint.lower() in ("to", "-", "–") and last < n <= last + 20:
                out.extend(range(last + 1, n + 1))
            else:
                out.append(n)
            last = n
    return list(dict.fromkeys(out))


def report_numbers(report_recs: pd.DataFrame, starts: dict, text: str) -> dict[int, str]:
    """One report's recommendations (rec_id, finding_id: the item's first finding, in document order) with the
    findings' offsets `starts` and the report's text -> {the number a council would cite: rec_id}."""
    printed: dict[str, int] = {}
    for rec_id, finding_id in zip(report_recs["rec_id"], report_recs["finding_id"]):
        start = starts.get(finding_id)
        if start is None or not text:
            continue
        match = PRINTED.search(text[max(0, int(start) - 12):int(start)])
        if match:
            printed[rec_id] = int(match.group(1))
    if printed:
        numbers = printed
    else:
        numbers = {rec_id: place for place, rec_id in enumerate(report_recs["rec_id"], start=1)}
    count = Counter(numbers.values())
    return {number: rec_id for rec_id, number in numbers.items() if count[number] == 1}


def number_blocks(texts: list[str], sections: list[str], numbers: dict[int, str]
                  ) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
    """One council document's lines (text order) with their section headings, and the report's `numbers`
    (report_numbers) -> (rec_id -> positions of lines naming it by number, rec_id -> positions of the lines after
    them: at most NAMED_BLOCK, in the same section, before the next naming line)."""
    named: dict[str, set[int]] = {}
    for i, text in enumerate(texts if numbers else []):
        cited = named_numbers(text)
        if len(cited) <= MOST_NAMED:
            for rec_id in (numbers[n] for n in cited if n in numbers):
                named.setdefault(rec_id, set()).add(i)
    anchors = sorted({i for hits in named.values() for i in hits})
    after: dict[str, set[int]] = {}
    for rec_id, hits in named.items():
        for i in hits:
            stop = min([a for a in anchors if a > i] + [len(texts), i + 1 + NAMED_BLOCK])
            after.setdefault(rec_id, set()).update(j for j in range(i + 1, stop) if sections[j] == sections[i])
    return named, after
