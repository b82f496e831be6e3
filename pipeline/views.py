"""Which findings a matrix counts: like for like by default, and any restriction by document type, framework,
period, kind, voice and polarity.

The headline view compares what inspectors wrote in inspection reports: findings of kind `finding`, in the
inspectorate's voice, in documents of type `inspection_report`. Council documents (minutes, scrutiny reports,
motions) are their own view. Duplicated findings (a non-empty `duplicate_of`) and stock phrases (`stock` true)
are counted once / not at all when the findings table has those columns.

documents_frame(documents, judgements) -> one row per document:
    doc_id, authority, doc_type, framework, published, published_from, inspection_start, inspection_end, when
`framework` is the documents table's own column when it has one, else the framework judgements.py read from the
document ("" when none). `published` is the documents table's column when present, else its `date`;
`published_from` says which: "stated in the document", else the documents table's `date_from` (run.json's
inputs[].date_from: "manifest", "PDF made after the inspection", ...; "" when the table has none); `when`
(the date used for --from / --to and for ordering) is the published date, else the end of the inspection, else
`date`.

matrix_views.csv lists what each view counts as data, one column per Selection field (listed_fields,
listed_selection; schema.VIEW_COLUMNS), beside `selection`, the same in words for people (Selection.describe).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import pandas as pd

from pipeline.schema import COUNCIL_DOC_TYPES, DOCUMENT_FRAME_COLUMNS, VIEW_SELECTION_DATES, VIEW_SELECTION_VALUES

INSPECTION_REPORT = "inspection_report"
STATED = "stated in the document"  # documents_frame's published_from for a publication date the text states
LIKE_FOR_LIKE = {"kinds": ("finding",), "voices": ("inspectorate",), "doc_types": (INSPECTION_REPORT,)}
TRUE_WORDS = {"true", "1", "yes"}


@dataclass(frozen=True)
class Selection:
    """A restriction of the findings; empty tuples and empty dates keep everything.

    date_from / date_to: ISO dates or their prefixes ("2019", "2019-05"), compared on as many characters as
    given, so "--to 2019" keeps every document of 2019; a document dated only by year ("2019") is kept while
    its year overlaps the period."""
    kinds: tuple[str, ...] = ()
    voices: tuple[str, ...] = ()
    polarities: tuple[str, ...] = ()
    doc_types: tuple[str, ...] = ()
    frameworks: tuple[str, ...] = ()
    date_from: str = ""
    date_to: str = ""
    name: str = field(default="", compare=False)

    def is_empty(self) -> bool:
        return not (self.kinds or self.voices or self.polarities or self.doc_types or self.frameworks
                    or self.date_from or self.date_to)

    def suffix(self) -> str:
        """File-name suffix that says which findings a view counts ("" for the headline view)."""
        if self.name:
            return "__" + self.name
        parts = [f"{label}-{'+'.join(values)}" for label, values in
                 (("kind", self.kinds), ("voice", self.voices), ("polarity", self.polarities),
                  ("doctype", self.doc_types), ("framework", self.frameworks)) if values]
        parts += [f"from-{self.date_from}"] if self.date_from else []
        parts += [f"to-{self.date_to}"] if self.date_to else []
        return "__" + "__".join(re.sub(r"[^\w.+-]", "-", part, flags=re.ASCII) for part in parts) if parts else ""

    def describe(self) -> str:
        """In words, for people ("kind finding; framework ILACS; from 2018"); a value holding a comma, a semicolon or
        a double quote is written in double quotes ("framework \"SIF, 2013\""). Programs read the selection
        from listed_fields' columns instead."""
        bits = [f"{label} {', '.join(_quoted(v) for v in values)}" for label, values in
                (("kind", self.kinds), ("voice", self.voices), ("polarity", self.polarities),
                 ("document type", self.doc_types), ("framework", self.frameworks)) if values]
        bits += [f"from {_quoted(self.date_from)}"] if self.date_from else []
        bits += [f"to {_quoted(self.date_to)}"] if self.date_to else []
        return "; ".join(bits) or "all findings"


def _quoted(value: str) -> str:
    """A value as describe() writes it: in double quotes (inner ones doubled) when it holds , ; or " or is blank
    at either end, so the words say where each value ends."""
    if value and not re.search(r'[,;"]', value) and value == value.strip():
        return value
    return '"' + value.replace('"', '""') + '"'


def listed_fields(selection: Selection) -> dict[str, str]:
    """The selection as matrix_views.csv's columns (schema.VIEW_SELECTION_VALUES and _DATES), read back by
    listed_selection."""
    fields = {name: json.dumps(list(getattr(selection, name)), ensure_ascii=False) for name in VIEW_SELECTION_VALUES}
    return {**fields, **{name: getattr(selection, name) for name in VIEW_SELECTION_DATES}}


def listed_selection(row) -> Selection | None:
    """The Selection a matrix_views.csv row lists in its columns (a dict or a pandas row); None when the row does
    not list one (a listing written before these columns existed leaves them out or blank)."""
    def cell(name: str) -> str:
        value = row.get(name, "")
        return "" if value is None or (isinstance(value, float) and value != value) else str(value)

    try:
        values = {name: json.loads(cell(name)) for name in VIEW_SELECTION_VALUES}
    except json.JSONDecodeError:
        return None
    if not all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in values.values()):
        return None
    return Selection(**{name: tuple(v) for name, v in values.items()},
                     **{name: cell(name) for name in VIEW_SELECTION_DATES})


HEADLINE = Selection(**LIKE_FOR_LIKE)
COUNCIL = Selection(doc_types=COUNCIL_DOC_TYPES, name="council")


def documents_frame(documents: pd.DataFrame, judgements: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per document with its framework and dates (columns: DOCUMENT_FRAME_COLUMNS; see module doc)."""
    frame = pd.DataFrame({"doc_id": documents["doc_id"].astype(str)})
    for column in ("authority", "doc_type"):
        frame[column] = documents[column].astype(str).to_numpy() if column in documents else ""
    date = documents["date"].fillna("").astype(str).to_numpy() if "date" in documents else ""
    for column in ("published", "inspection_start", "inspection_end"):
        values = documents[column].fillna("").astype(str).to_numpy() if column in documents else ""
        frame[column] = values
    stated = frame["published"] != ""
    date_from = documents["date_from"].fillna("").astype(str).to_numpy() if "date_from" in documents else ""
    frame["published_from"] = pd.Series(date_from, index=frame.index).where(~stated, STATED)
    frame["published"] = frame["published"].where(stated, pd.Series(date, index=frame.index))
    if "framework" in documents:
        frame["framework"] = documents["framework"].fillna("").astype(str).to_numpy()
    else:
        frame["framework"] = ""
    if judgements is not None and len(judgements) and "framework" in judgements:
        read = judgements.drop_duplicates("doc_id").set_index(judgements.drop_duplicates("doc_id")["doc_id"]
                                                              .astype(str))["framework"].astype(str)
        from_text = frame["doc_id"].map(read).fillna("")
        frame["framework"] = frame["framework"].where(frame["framework"] != "", from_text)
    when = frame["published"].where(frame["published"] != "", frame["inspection_end"])
    frame["when"] = when.where(when != "", pd.Series(date, index=frame.index))
    return frame[DOCUMENT_FRAME_COLUMNS]


def _truthy(values: pd.Series) -> pd.Series:
    return values.fillna("").astype(str).str.strip().str.lower().isin(TRUE_WORDS)


def countable(findings: pd.DataFrame) -> pd.DataFrame:
    """The findings without duplicates of another finding (`duplicate_of` set) and without stock phrases
    (`stock` true); the table as given when it has neither column."""
    keep = pd.Series(True, index=findings.index)
    if "duplicate_of" in findings:
        keep &= findings["duplicate_of"].fillna("").astype(str).str.strip() == ""
    if "stock" in findings:
        keep &= ~_truthy(findings["stock"])
    return findings[keep]


def not_before(date: str, start: str) -> bool:
    """`date` is on or after `start`, compared on the characters both have ("2019" is not before "2019-06")."""
    n = min(len(date), len(start))
    return date[:n] >= start[:n]


def _in_period(when: pd.Series, date_from: str, date_to: str) -> pd.Series:
    """Dates compared on the characters both have: "2019" is within "--from 2019-06" and "--to 2019-05" alike;
    undated documents are outside any period."""
    def inside(date: str) -> bool:
        if not date:
            return False
        return (not date_from or not_before(date, date_from)) and (not date_to or not_before(date_to, date))
    return when.map(inside).astype(bool)


def select(findings: pd.DataFrame, frame: pd.DataFrame, selection: Selection) -> pd.DataFrame:
    """The countable findings that `selection` keeps. frame: documents_frame (for framework and dates)."""
    chosen = countable(findings)
    keep = pd.Series(True, index=chosen.index)
    for column, values in (("kind", selection.kinds), ("voice", selection.voices),
                           ("polarity", selection.polarities), ("doc_type", selection.doc_types)):
        if values:
            keep &= chosen[column].isin(values)
    by_doc = frame.set_index("doc_id")
    doc_ids = chosen["doc_id"].astype(str)
    if selection.frameworks:
        # A framework given as a document's framework is that one only ("ILACS" is not also "ILACS, 2023
        # revision"); any other name matches the frameworks it is part of: "SIF" keeps "SIF 2013-2017".
        named = doc_ids.map(by_doc["framework"]).fillna("").str.lower()
        present = set(frame["framework"].astype(str).str.lower()) - {""}
        exact = {f.lower() for f in selection.frameworks if f.lower() in present}
        parts = [f.lower() for f in selection.frameworks if f.lower() not in present]
        keep &= named.apply(lambda name: name != "" and (name in exact or any(f in name for f in parts)))
    if selection.date_from or selection.date_to:
        keep &= _in_period(doc_ids.map(by_doc["when"]).fillna(""), selection.date_from, selection.date_to)
    return chosen[keep]
