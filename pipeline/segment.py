"""Segment stage: documents -> segments, one self-contained statement each (a sentence, bullet item or point).

Input: the documents table (doc_id, file, authority, doc_type, date, text, ...).
Output: a new table with one row per segment:
    finding_id  str   "<doc_id>-<start>", stable while the document's text is unchanged
    doc_id, file, authority, doc_type, date   copied from the document
    section     str   the heading the segment sits under ("" before the first heading)
    para_ref    str   the paragraph or resolution number ("12", "4.1") or ""
    start, end  int   offsets into the document text; text == document.text[start:end]
    text        str
    context     str   the lead-in the segment follows (the sentence before, or the line that introduces a list),
                      used to tell who is speaking in minutes
    reason      str   why the segment is not a finding, when its block says so ("" otherwise): licence, contact and
                      publication text, a sentence of an Ofsted grade descriptor paragraph (`pipeline.furniture`);
                      `pipeline.classify` adds the reasons read from the text and leaves such segments out
Headings, contents pages and fragments too short to say anything are dropped here; kind, polarity, voice, speaker and
the other reasons are added by `pipeline.classify`.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from pipeline.furniture import DESCRIPTOR_OPENER, GRADE_DESCRIPTOR, LICENCE
from pipeline.nlp import import_spacy
from pipeline.structure import CAPS_TITLE, TERMINAL, find_blocks, heading_text, is_boilerplate

SEGMENT_COLUMNS = [
    "finding_id", "doc_id", "file", "authority", "doc_type", "date", "section", "para_ref",
    "start", "end", "text", "context", "reason",
]
# Stock text of Ofsted reports glued to the sentence before it by a missing full stop ("The overall judgement is
# requires improvement There are no widespread or serious failures ..."): the span is cut before it.
GLUED_STOCK = re.compile(r"(?<=\w)\s+(?=There (?:are|were) (?:no )?widespread|It is Ofsted[’']s expectation)")
MIN_WORDS = 5
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


@lru_cache(maxsize=1)
def _sentencizer():
    nlp = import_spacy().blank("en")
    nlp.add_pipe("sentencizer")
    # Council minutes carry sentences of several thousand characters; spaCy's default cap is for memory only.
    nlp.max_length = 5_000_000
    return nlp


def prepare() -> None:
    """Load what segmenting needs (spaCy's sentencizer) in this process, so worker processes forked after it
    start with it instead of each loading it."""
    _sentencizer()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so the slice has no leading or trailing white space or stray separators."""
    while start < end and (text[start].isspace() or text[start] in "-–•·*"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _says_something(piece: str, block_kind: str) -> bool:
    words = WORD.findall(piece)
    if len(words) < MIN_WORDS:
        return False
    if not TERMINAL.search(piece) and block_kind == "paragraph" and len(words) < 8:
        return False  # table rows and stray labels
    # A lead-in such as "The evidence evaluated by inspectors included:" introduces the list after it.
    if piece.rstrip().endswith(":") and len(words) < 30:
        return False
    return True


def _sentences(text: str, body_start: int, body_end: int) -> list[tuple[int, int]]:
    body = text[body_start:body_end]
    doc = _sentencizer()(body)
    spans = []
    for sent in doc.sents:
        start, end = _trim(text, body_start + sent.start_char, body_start + sent.end_char)
        cuts = [start + m.end() for m in GLUED_STOCK.finditer(text, start, end)]
        for a, b in zip([start] + cuts, cuts + [end]):
            a, b = _trim(text, a, b)
            if b > a:
                spans.append((a, b))
    return _merge_fragments(text, spans)


def _merge_fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join spans the sentencizer split wrongly ("e.g.", "para. 4", a quote closing after the full stop)."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        piece = text[start:end]
        if merged and (len(WORD.findall(piece)) < 3 or piece[:1].islower()):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def segment_document(doc: dict) -> list[dict]:
    """Segments of one document (a row of the documents table as a dict), in reading order."""
    text = doc["text"]
    inspection = doc.get("doc_type") == "inspection_report"
    section, lead_in, previous = "", "", ""
    rows = []
    for block in find_blocks(text):
        if block.kind == "heading":
            section = heading_text(text[block.start:block.end])
            lead_in = previous = ""
            continue
        if block.kind in ("contents", "grade"):
            continue
        body_start = block.body_start
        title = CAPS_TITLE.match(text, body_start, block.end)
        if title:  # an agenda item's title in capitals opening its paragraph ("12 OFSTED INSPECTION - The ...")
            section = heading_text(title.group("title"))
            body_start = title.end()
        spans = _sentences(text, body_start, block.end)
        descriptor = bool(spans) and DESCRIPTOR_OPENER.search(text[spans[0][0]:spans[0][1]]) is not None
        if block.kind == "paragraph" and spans:
            last = text[spans[-1][0]:spans[-1][1]]
            lead_in = last if last.rstrip().endswith(":") else ""
        for start, end in spans:
            piece = text[start:end]
            if _says_something(piece, block.kind):
                context = lead_in if block.kind == "bullet" and lead_in else previous
                # Licence, contact and publication text is kept out of the findings with its reason (a long
                # paragraph that merely mentions a web address is still read).
                reason = (GRADE_DESCRIPTOR if descriptor else
                          LICENCE if is_boilerplate(piece, inspection) and len(WORD.findall(piece)) < 60 else "")
                rows.append({
                    "finding_id": f"{doc['doc_id']}-{start}",
                    "doc_id": doc["doc_id"], "file": doc["file"], "authority": doc["authority"],
                    "doc_type": doc["doc_type"], "date": doc["date"], "section": section,
                    "para_ref": block.para_ref, "start": start, "end": end, "text": piece,
                    "context": context[:400], "reason": reason,
                })
            previous = piece
        if block.kind == "numbered" and spans and text[spans[-1][0]:spans[-1][1]].rstrip().endswith(":"):
            lead_in = text[spans[-1][0]:spans[-1][1]]
    return rows


def segment(documents: pd.DataFrame, executor=None) -> pd.DataFrame:
    """Split every document into segments; returns a new table with SEGMENT_COLUMNS (see module docstring).

    executor: runs one task per document (pipeline.executor); in this process when None.
    """
    missing = {"doc_id", "file", "authority", "doc_type", "date", "text"} - set(documents.columns)
    if missing:
        raise ValueError(f"documents table lacks columns {sorted(missing)}; it needs those the ingest stage writes.")
    records = documents[["doc_id", "file", "authority", "doc_type", "date", "text"]].to_dict("records")
    if getattr(executor, "forks", False) and records:
        prepare()
    per_document = executor.map(segment_document, records) if executor else map(segment_document, records)
    rows: list[dict] = [row for doc_rows in per_document for row in doc_rows]
    table = pd.DataFrame(rows, columns=SEGMENT_COLUMNS)
    return table.astype({"start": "int64", "end": "int64"})
