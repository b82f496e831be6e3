"""Recommendations of inspection reports: findings + documents -> recommendations table.

An inspection report of any framework lists what it asks for under a heading such as "Recommendations", "Areas for
improvement", "What needs to improve (in this local authority)?" or "Areas for priority action", numbered or
bulleted, sometimes grouped under timescales ("Immediately:", "Within three months:"). The segment stage has already
split that list into findings and recorded the heading each sits under (`section`) and its lead-in (`lead_in`);
here the findings under such headings are taken, the list's lead-in sentence ("... should take the following
action.") is left out, and sentences of one list item are joined back into one recommendation.

Output, one row per recommendation, in document order:
    rec_id       str   "<doc_id>-R<nn>", numbered in document order (stable while the report's text is unchanged)
    doc_id, file, authority, date   of the inspection report
    text         str   the item's text, the source text from its first sentence's start to its last one's end
    finding_id   str   the item's first finding (its `theme_id`/`theme_label` are the recommendation's)
    finding_ids  str   all findings of the item, space-separated
    section      str   the heading the item sits under
    timescale    str   "immediately", "within three months", ... when the report groups items by timescale, else ""
    theme_id, theme_label   the first finding's theme ("" / -1 when the run has no themes yet)
"""

from __future__ import annotations

import re

import pandas as pd

from pipeline.schema import LEAD_IN, REC_COLUMNS


# Headings of recommendation lists across Ofsted frameworks (2009-2012 safeguarding/LAC, 2013-2018 SIF, ILACS
# 2018+ with its focused visits): matched on the whole heading, so "Capacity for improvement" is not one.
REC_HEADING = re.compile(
    r"^\s*(areas? (for|of) (priority )?(action|improvement|development)|areas? for priority action"
    r"|what needs to (improve|be improved|happen)( in this local authority| next)?"
    r"|what (the|this) (local authority|council) (needs|should do) to improve( further)?"
    r"|what does the (local authority|council) need to (improve|do)( further)?|priority and immediate actions?"
    r"|recommendations?( for improvement)?|priority actions?)\s*[?:.]?\s*$",
    re.IGNORECASE,
)
TIMESCALE = re.compile(r"^\s*(immediately|within (\w+|\d+) (days?|weeks?|months?))\s*:?\s*$", re.IGNORECASE)


def _is_rec_heading(section: str) -> bool:
    return bool(REC_HEADING.match(section or ""))


def _timescale(lead_in: str) -> str:
    last_line = (lead_in or "").strip().splitlines()[-1:] or [""]
    match = TIMESCALE.match(last_line[0])
    return match.group(1).lower() if match else ""


def extract_recommendations(findings: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """findings (finding_id, doc_id, doc_type, section, para_ref, start, end, text, lead_in?, theme_id?,
    theme_label?) + documents (doc_id, file, authority, date, text) -> recommendations (REC_COLUMNS)."""
    texts = dict(zip(documents["doc_id"], documents["text"]))
    reports = findings[findings["doc_type"] == "inspection_report"]
    rows = []
    for doc_id, group in reports.sort_values(["doc_id", "start"]).groupby("doc_id", sort=True):
        doc_text = texts.get(doc_id, "")
        items: list[list[dict]] = []
        timescale, previous = "", None
        for row in _list_rows(group.to_dict("records"), doc_text):
            if _lead_in(row["text"]):
                timescale, previous = "", None
                continue
            heard = _timescale(row.get(LEAD_IN, ""))
            if heard:
                timescale = heard
            if previous is not None and _same_item(doc_text, previous, row):
                items[-1].append(row)
            else:
                row["_timescale"] = timescale
                items.append([row])
            previous = row
        for number, item in enumerate(items, start=1):
            first, last = item[0], item[-1]
            text = doc_text[first["start"]:last["end"]] if doc_text else " ".join(r["text"] for r in item)
            rows.append({
                "rec_id": f"{doc_id}-R{number:02d}", "doc_id": doc_id, "file": first.get("file", ""),
                "authority": first.get("authority", ""), "date": str(first.get("date", "")),
                "text": re.sub(r"\s+", " ", text).strip(), "finding_id": first["finding_id"],
                "finding_ids": " ".join(r["finding_id"] for r in item), "section": first["section"],
                "timescale": first["_timescale"], "theme_id": first.get("theme_id", -1),
                "theme_label": first.get("theme_label", "") or "",
            })
    table = pd.DataFrame(rows, columns=REC_COLUMNS)
    table["theme_id"] = pd.to_numeric(table["theme_id"], errors="coerce").fillna(-1).astype("int64")
    return table


# The first word of a listed recommendation: an imperative ("Ensure ...", "Urgently review ...") or a condition
# before one ("When children go missing ..., ensure that ...").
IMPERATIVE = re.compile(
    r"^\W*(\d+\.?\s*)?(urgently |further |continue to |swiftly |promptly )?(ensure|improve|strengthen|review|develop|"
    r"revise|establish|gather|increase|collate|create|expedite|implement|make|reduce|provide|analyse|evaluate|consider|"
    r"put|take|embed|monitor|set|use|extend|secure|address|undertake|promote|identify|introduce|agree|complete|"
    r"clarify|record|prioritise|tackle|enable|support|audit|assess|maintain|build|update|produce|seek|engage|devise|"
    r"refine|deliver|recruit|resolve|focus|demonstrate|share|track|work|continue|further|accelerate|conduct|raise|"
    r"apply|robustly)\b"
    r"|^\W*(when|where|for) [^.]{0,200}, (ensure|make sure|improve|review)\b"
    r"|^\W*(\d+\.?\s*)?the (local )?(authority|council)( and its partners)? (should|needs? to|must)\b", re.IGNORECASE)


def _list_rows(rows: list[dict], doc_text: str) -> list[dict]:
    """One report's findings in text order -> those of its recommendation lists: every finding under a heading such
    as "Recommendations", and, where the segmenter did not make the list's heading a section (it is then the first
    item's lead-in: "Recommendations:") or the list goes on under sub-headings ("Consistency of practice",
    "Educational outcomes"), the run of findings after the heading that open like a recommendation (IMPERATIVE) or
    continue the item before them, up to the first that does neither. The heading may also be a line of the text
    between a finding and the one before it that no finding has as its section: "What does the local authority need
    to improve?" / "Priority and immediate action" over sub-headings ("Leadership, management and governance") that
    the items take as their section."""
    chosen, open_list, previous, last_end = [], False, None, None
    for row in rows:
        lead = (str(row.get(LEAD_IN, "") or "").strip().splitlines() or [""])[-1]
        continued = open_list and previous is not None and _same_item(doc_text, previous, row)
        headed = _is_rec_heading(lead) or _heading_between(doc_text, last_end, row["start"])
        last_end = row["end"]
        if not (_is_rec_heading(row["section"]) or ((open_list or headed) and (
                IMPERATIVE.match(row["text"]) or continued))):
            open_list = False
            continue
        open_list = True
        chosen.append(row)
        previous = row
    return chosen


def _heading_between(doc_text: str, end: int | None, start: int) -> bool:
    """A line of the text between two findings (from `end` to `start`) is a recommendation list's heading."""
    if not doc_text or end is None or start <= end:
        return False
    return any(_is_rec_heading(line) for line in doc_text[end:start].splitlines())


def _lead_in(text: str) -> bool:
    """The list's introduction ("In order to improve ..., the local authority should take the following action.")."""
    stripped = text.strip()
    return bool(re.search(r"(following (action|actions|areas|improvements)|should take the following)", stripped,
                          re.IGNORECASE)) or stripped.endswith(":")


def _same_item(doc_text: str, previous: dict, row: dict) -> bool:
    """Two consecutive findings are sentences of one list item when they share a paragraph number, or when the
    source has no line break between them (a bulleted item of several sentences; a page break inside an item
    leaves the next sentence on the same line as the end of the first)."""
    if previous["section"] != row["section"]:
        return False
    if previous.get("para_ref") and previous.get("para_ref") == row.get("para_ref"):
        return True
    if not doc_text:
        return False
    gap = doc_text[previous["end"]:row["start"]]
    return "\n" not in gap and not re.search(r"[•\-–*]\s", gap)
