"""Segment stage: documents -> segments, one self-contained statement each (a sentence, bullet item or point).

Input: the documents table (doc_id, file, authority, doc_type, date, text, ...).
Output: a new table with one row per segment:
    finding_id  str   "<doc_id>-<start>", stable while the document's text is unchanged
    doc_id, file, authority, doc_type, date   copied from the document
    section     str   the heading the segment sits under ("" before the first heading)
    para_ref    str   the paragraph or resolution number ("12", "4.1") or ""
    start, end  int   offsets into the document text; text == document.text[start:end]
    text        str
    lead_in     str   the lead-in the segment follows (the sentence before, or the line that introduces a list;
                      for a council motion's clause in minutes, the motion's resolving lead-in, MOTION_LEAD_IN),
                      used to tell who is speaking in minutes
    reason      str   why the segment is not a finding, when its block says so ("" otherwise): licence, contact and
                      publication text, a sentence of an Ofsted grade descriptor paragraph (`pipeline.furniture`);
                      `pipeline.classify` adds the reasons read from the text and leaves such segments out
Headings (which become `section`), contents pages and pieces with no word at all are dropped here; pieces too
slight to stand as a finding (under MIN_WORDS words, a label, a list's lead-in) are kept with their reason; kind, polarity, voice, speaker and
the other reasons are added by `pipeline.classify`.

`segment(documents)` is the one way documents become segments, for `run`, the tests and the Python API alike:
each document's segments (with their rule classes and cues) and judgements, cached per document when given a
cache, read by an executor's workers when given one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np
import pandas as pd

from pipeline.cache import Cache, code_digest, digest
from pipeline.classify import classify_with_cues
from pipeline.code_files import code_of
from pipeline.furniture import (AGENDA, DESCRIPTOR_OPENER, GRADE_DESCRIPTOR, GRADE_GIVEN, HEADING, JUDGED_LEAD_IN,
                                LABEL, LABEL_WORDS, LICENCE, LIST_LEAD_IN, MEETING_ONLY, MIN_WORDS, MOTION_LEAD_IN,
                                SHORT, SLIGHT)
from pipeline.furniture import TABLE_ROW_PATTERN as GRADE_ROW
from pipeline.committee_returns import COMMITTED, committee_return
from pipeline.minutes_grades import area_and_grade, joined_grade_rows
from pipeline.judgements import document_judgements
from pipeline.meeting_verdicts import names_topics_only
from pipeline.minutes_layout import item_titles, layout_reasons, numbered_title, text_kind
from pipeline.minutes_lead_ins import COVERING_INTRO, cut_off_lead_ins
from pipeline.nlp import import_spacy
from pipeline.schema import COUNCIL_DOC_TYPES, JUDGEMENT_COLUMNS, LEAD_IN, SEGMENT_COLUMNS, SEGMENTED_FIELDS
from pipeline.judged_areas import part_section
from pipeline.structure import CAPS_TITLE, TERMINAL, find_blocks, heading_text, is_boilerplate, numbered_headings

# Stock text of Ofsted reports glued to the sentence before it by a missing full stop ("The overall judgement is
# requires improvement There are no widespread or serious failures ..."): the span is cut before it.
GLUED_STOCK = re.compile(r"(?<=\w)\s+(?=There (?:are|were) (?:no )?widespread|It is Ofsted[’']s expectation)")
# A verb's auxiliary or a modal, in lower case (not the month "May"): a line with one is a sentence, not an item's
# title (furn41).
AUXILIARY = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|may|must|did|does|do)\b")
# A ModernGov page whose layout was lost (a table's row, a page saved without line breaks, a PDF's text) runs an
# item's title and agenda text into its minute with the "Minutes:" label between them ("Statement from the Chair
# Minutes: The Chair informed the panel that ...", "Call-In To consider call-in items (if any). Minutes: None."):
# the span is cut before the label, so the minute is read apart from the agenda text, whatever each says.
GLUED_MINUTES = re.compile(r"(?<=\S)[ \t]+(?=Minutes[ \t]*:)")
# In minutes a list item that ends its line with a semicolon ("... available to view online; and") has ended: the
# next line is the next item or the minute going on ("Following a debate, the amendment was lost"), which the
# sentencizer would glue to it (furn39, TUNING on set Y36: a motion's clause read with the vote after it).
ITEM_END = re.compile(r";(?:[ \t]+(?:and|or))?[ \t]*\n")
# Committee minutes list short findings as bullets ("Social work is focused.", "Caseloads have fallen.") and Ofsted's
# reports make short judgements ("Staff morale is high.", "Contingency planning is weak."): a piece of three or four
# words is kept when it is a whole sentence - a capital, a verb, a full stop.
MIN_SENTENCE_WORDS = 3
# A resolution set out as one sentence with its parts numbered inside it ("RESOLVED: That the Committee (1) notes the
# outcome of the inspection; (2) asks the Director for a report on caseloads", "Having considered the report, the
# Mayor, for the reasons set out: (1) the findings be noted; (2) the improvement plan be endorsed"): in minutes each
# part is cut from the lead-in and from the other parts, so what a part resolves about the service stands as its own
# finding and the procedural lead-in is left out as a list's lead-in. The parts must count up from the first - (1),
# (2) ...; (a), (b) ...; (i), (ii) ...; or 1), 2) ... - and the lead-in must resolve, agree, decide or recommend, or
# end in a colon, so a sentence that merely holds "(a)" is read whole.
# (a number without its opening bracket, "1) ...", only where a part can begin - after a colon, a semicolon or a line
# break - so "(see paragraph 2) and ..." is no part)
ENUMERATOR = re.compile(r"(?:(?<=[\s;:,])|(?<=[;:,]-))\((?P<n>\d{1,2}|[a-z]|[ivx]{1,4})\)(?=\s)|"
                        r"(?:(?<=[;:\n])|(?<=[;:\n][ \t])|(?<=[;:]-))(?P<bare>\d{1,2}|[a-z]|[ivx]{1,4})\)(?=\s)")
FIRST_PART = re.compile(r"\(?(?:1|a|i)\)\s")
PART_OPENING = re.compile(r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s")
SENTENCE_END = re.compile(r"[.!?]['’\"”)]*\s*$")
RESOLVING = re.compile(r"\b(?:resolved?|resolves|agreed?|agrees|decided?|decides|recommended|recommends?|"
                       r"approved?|approves)\b|:-?\s*$", re.I)
# A lead-in or heading that sets out the topics of the talk ("Points for discussion:", "Key areas of discussion
# included:", "Discussion topics"): an item under it that is only a noun phrase ("Recruitment and retention of
# permanent social workers") names a topic, not what was said of it (pipeline.meeting_topics.names_a_topic). Not a
# lead-in of what was found or felt ("Ofsted identified the following areas for improvement:", "Members discussed
# these concerns:"): there the phrase is the finding.
TOPIC_INTRO = re.compile(r"\b(?:discussion|discussions|discussed|topics?|agenda)\b", re.I)
FOUND_INTRO = re.compile(r"\b(?:identif\w*|found|find\w*|highlight\w*|concerns?|strengths?|weakness\w*|improv\w*|"
                         r"recommend\w*|risks?|challenges?|issues?|gaps?|priorit\w*|actions?|progress|achiev\w*|"
                         r"success\w*|praised?|welcomed?)\b", re.I)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
SHORT_SENTENCE = re.compile(
    r"^[A-Z][^.!?]*\b(is|are|was|were|has|have|had|remains?|remained|needs?|needed|feels?|felt|seems?|seemed|"
    r"will|would|can|could|should|must)\b[^.!?]*[.!]$")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
# A question on a line of its own: a capital, four words or more, a question mark at its end, not in capitals.
QUESTION_LINE = re.compile(r"^(?=[^a-z]*[a-z])[A-Z][^?]*(?:\s+\S+){3,}\?$")
TABLE_LEAD = re.compile(r"[\s|:-]*(?:Item[\s|:-]*)?")


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
    while end > start and (text[end - 1].isspace() or text[end - 1] in "•·" and end - 1 > start
                           and text[end - 2].isspace()):
        end -= 1  # (a bullet hanging at the end of a line belongs to the item on the next: "... areas: ·")
    return start, end


def _grade_row(piece: str) -> bool:
    """An area of judgement and its grade with no sentence around them ("Adoption performance Requires improvement")."""
    # (or a line of minutes that sets out an area and its grade in the council's words: pipeline.minutes_grades)
    return len(WORD.findall(piece)) < 20 and GRADE_ROW.search(" ".join(piece.split())) is not None or \
        area_and_grade(piece)


def _ends_lead_in(piece: str, minutes: bool) -> bool:
    """Whether a piece ends as a list's lead-in does: with a colon (in minutes also ":-", "... drew upon the following
    preparation:-")."""
    tail = piece.rstrip()
    return tail.endswith(":") or minutes and tail.endswith(":-")


def _slight(piece: str, block_kind: str, minutes: bool = False, leads_parts: bool = False) -> str:
    """Why a piece is too slight to stand as a finding (a `pipeline.furniture.SLIGHT` reason), "" when it is not.
    leads_parts: the piece is the lead-in cut from a resolution's numbered parts (see ENUMERATOR)."""
    words = WORD.findall(piece)
    # (a list item of minutes may open in lower case: "- managing caseloads remains difficult.")
    sentence = piece.strip()
    sentence = sentence[:1].upper() + sentence[1:] if minutes and block_kind == "bullet" else sentence
    if minutes and _grade_row(piece):
        return ""  # a grade row of the inspection's judgement table: the finding itself, said in minutes
    if len(words) < MIN_WORDS and not (len(words) >= MIN_SENTENCE_WORDS and SHORT_SENTENCE.match(sentence)):
        return SHORT
    if not TERMINAL.search(piece) and block_kind == "paragraph" and len(words) < LABEL_WORDS:
        return LABEL  # table rows and stray labels
    # A lead-in such as "The evidence evaluated by inspectors included:" introduces the list after it; one that
    # itself says what the inspection found ("Inspectors identified three areas to improve, which were:", "The overall
    # judgement was inadequate, with these grades for each area:") is a finding in minutes.
    if (leads_parts or _ends_lead_in(piece, minutes)) and len(words) < 30 and \
            not (minutes and JUDGED_LEAD_IN.search(piece)):
        return LIST_LEAD_IN
    return ""


def _join_judged_items(text: str, rows: list[dict]) -> list[dict]:
    """Rows with the short items that directly follow a lead-in kept because it judges (JUDGED_LEAD_IN: "... had
    received positive feedback in a number of areas, outlined as follows:") joined into it as one finding, its span
    running to the last of them: "Quality of case work" is what the feedback was about, too slight alone but not
    furniture. Items that do not follow the lead-in directly (a longer item between) are left as they were."""
    joined: list[dict] = []
    lead = None
    for row in rows:
        if lead is not None and row["reason"] == SHORT and row[LEAD_IN] == lead["text"][:400]:
            joined[-1] = {**joined[-1], "end": row["end"], "text": text[joined[-1]["start"]:row["end"]]}
            continue
        judged = not row["reason"] and _ends_lead_in(row["text"], True) and JUDGED_LEAD_IN.search(row["text"])
        lead = row if judged else None
        joined.append(row)
    return joined


# Longest stretch of text handed to spaCy at once: a block longer than this (a text file with no blank lines,
# one enormous line) is cut at a space near the limit, so no document is too long to segment.
PIECE = 50_000


def _pieces(start: int, end: int, text: str) -> list[tuple[int, int]]:
    """(start, end) stretches of at most PIECE characters covering text[start:end], cut after a sentence end or
    at a space where there is one in the stretch's last fifth."""
    cuts = []
    while end - start > PIECE:
        window = text[start + PIECE * 4 // 5:start + PIECE]
        at = max(window.rfind(". "), window.rfind("\n"))
        at = at + 1 if at >= 0 else window.rfind(" ")
        cut = start + PIECE * 4 // 5 + at if at > 0 else start + PIECE
        cuts.append((start, cut))
        start = cut
    return cuts + [(start, end)]


def _part_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in text[start:end] where the numbered parts of a resolution set out as one sentence begin (see
    ENUMERATOR), [] when the sentence is not one."""
    cuts, expected, kind = [], 0, ""
    for m in ENUMERATOR.finditer(text, start, end):
        n = m.group("n") or m.group("bare")
        if not cuts:
            if n not in ("1", "a", "i") or not RESOLVING.search(text, start, m.start()) or \
                    not WORD.search(text, start, m.start()):
                continue
            kind = "digit" if n == "1" else "letter" if n == "a" else "roman"
        elif kind == "digit" and n != str(expected) or kind == "letter" and n != chr(ord("a") + expected - 1) or \
                kind == "roman" and _ROMAN.get(n) != expected:
            continue
        cuts.append(m.start())
        expected = len(cuts) + 1
    return cuts if len(cuts) >= 2 else []


def _sentences(text: str, body_start: int, body_end: int, minutes: bool = False) -> list[tuple[int, int]]:
    spans = []
    for piece_start, piece_end in _pieces(body_start, body_end, text):
        doc = _sentencizer()(text[piece_start:piece_end])
        for sent in doc.sents:
            start, end = _trim(text, piece_start + sent.start_char, piece_start + sent.end_char)
            cuts = sorted(m.end() for glued in (GLUED_STOCK, GLUED_MINUTES) for m in glued.finditer(text, start, end))
            if minutes:
                cuts = sorted(cuts + _part_cuts(text, start, end) +
                              [m.end() for m in ITEM_END.finditer(text, start, end) if m.end() < end])
            for a, b in zip([start] + cuts, cuts + [end]):
                a, b = _trim(text, a, b)
                if b > a:
                    spans.append((a, b))
    return _merge_fragments(text, _move_openers(text, spans))


# A bracket or quote that opens a sentence, which the sentencizer leaves at the end of the sentence before when a
# space comes between them ("... disseminated to staff. (This was a recommendation ...)", "... independent living.
# ‘Staying put’ is ...").
OPENERS = "([‘“\"'"


def _move_openers(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Give a span's trailing opening bracket or quote (after a space) to the span that follows it."""
    moved = list(spans)
    for at in range(len(moved) - 1):
        (start, end), (after, after_end) = moved[at], moved[at + 1]
        if end - start >= 2 and text[end - 1] in OPENERS and text[end - 2].isspace() and not text[end:after].strip():
            trimmed = _trim(text, start, end - 1)
            if trimmed[1] > trimmed[0]:
                moved[at], moved[at + 1] = trimmed, (end - 1, after_end)
    return moved


def _merge_fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join spans the sentencizer split wrongly ("e.g.", "para. 4", a quote closing after the full stop). A short
    label on a line of its own after a whole sentence ("... are too high.\nDecision:", a decision record's fields)
    stays apart: it leads what follows, and joined it would make the sentence before a list's lead-in."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        piece = text[start:end]
        label = merged and "\n" in text[merged[-1][1]:start] and piece.rstrip().endswith(":") and \
            SENTENCE_END.search(text[merged[-1][0]:merged[-1][1]]) is not None
        if merged and not label and (len(WORD.findall(piece)) < 3 or piece[:1].islower()):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def segment_document(doc: dict) -> list[dict]:
    """Segments of one document (a row of the documents table as a dict), in reading order."""
    text = doc["text"]
    inspection = doc.get("doc_type") == "inspection_report"
    council = doc.get("doc_type") in COUNCIL_DOC_TYPES
    minutes = doc.get("doc_type") == "committee_minutes"
    section, list_intro, previous = "", "", ""
    area = ""  # the last heading's section: a judged area's parts are named under it
    motion = ""  # a council motion's resolving lead-in (MOTION_LEAD_IN) while list items, its clauses, follow it
    # a paper's covering lead-in (COVERING_INTRO) while paragraphs of one item each, their bullets lost, follow it
    covering = ""
    rows, headings, topics, papers = [], [], [], []
    # (a PDF's text breaks lines where the page ran out, so a line alone there says nothing of a title)
    line_titles = not str(doc.get("file", "")).lower().endswith(".pdf")
    blocks = find_blocks(text, line_titles=line_titles)
    blocks = joined_grade_rows(text, blocks, _grade_row) if minutes else blocks  # (an area's name, then its grade)
    # (a council paper's numbered section headings, "3. Response to the areas for improvement"; minutes have theirs)
    for block in numbered_headings(text, blocks) if council and not minutes and line_titles else blocks:
        # (in minutes, a line of the record taken for a heading is text: pipeline.minutes_layout.text_kind, minutes36)
        as_text = minutes and block.kind == "heading" and text_kind(text[block.start:block.end])
        block = replace(block, kind=as_text) if as_text else block
        # (in minutes, a row of the inspection's judgement table on its own line, "Children in care Good", is the
        # finding itself, not a heading)
        grade_row = minutes and block.kind in ("heading", "grade") and _grade_row(text[block.start:block.end])
        # (in minutes, a question set on a line of its own, "How will the service keep its good rating?", is a question
        # put at the meeting, not an item's title)
        asked = minutes and block.kind == "heading" and QUESTION_LINE.match(" ".join(text[block.start:block.end].split()))
        if block.kind == "heading" and not grade_row and not asked:
            headings.append(block.start)
            area = section = heading_text(text[block.start:block.end])
            list_intro = previous = motion = covering = ""
            continue
        if block.kind == "part":  # a judged area's "Summary" / "Inspection findings" (pipeline.judged_areas)
            part = heading_text(text[block.start:block.end])
            section = part_section(area, part)
            list_intro = previous = motion = covering = ""
            continue
        if block.kind == "contents" or block.kind == "grade" and not grade_row:
            continue
        body_start = block.body_start
        item_title = minutes and block.kind == "numbered" and not list_intro and numbered_title(
            text[block.start:block.end])
        if item_title:
            section = item_title  # an item's number and title (minutes36)
        title = CAPS_TITLE.match(text, body_start, block.end)
        if title:  # an agenda item's title in capitals opening its paragraph ("12 OFSTED INSPECTION - The ...")
            section = heading_text(title.group("title"))
            headings.append(body_start)
            body_start = title.end()
        spans = _sentences(text, body_start, block.end, minutes)
        # (a clause is the list item's first line: a page without blank lines runs the minute on in the item's block)
        listed = block.kind in ("bullet", "numbered")
        motion = motion if listed else ""
        newline = text.find("\n", body_start, block.end)
        item_line_end = newline if listed and newline >= 0 else block.end if listed else body_start
        # (the lead-in cut from a resolution's numbered parts: each part carries it as its lead-in)
        leads_parts = {a for (a, b), (c, _) in zip(spans, spans[1:])
                       if minutes and FIRST_PART.match(text, c) and not SENTENCE_END.search(text[a:b])}
        parts_intro = ""
        descriptor = bool(spans) and DESCRIPTOR_OPENER.search(text[spans[0][0]:spans[0][1]]) is not None
        # (an item of a paper's covering list set out as a paragraph of its own, its bullet lost, or numbered: read as
        # the bulleted item is; furniture70)
        unbulleted = covering if minutes and block.kind == "paragraph" and len(spans) == 1 else ""
        numbered_cover = list_intro if minutes and block.kind == "numbered" and list_intro and \
            COVERING_INTRO.search(list_intro) else ""
        if block.kind == "paragraph" and spans:
            last = text[spans[-1][0]:spans[-1][1]]
            list_intro = last if _ends_lead_in(last, minutes) else ""
        for start, end in spans:
            # an item's title in capitals opening a sentence inside the block, where the page's line breaks were
            # lost ("... signed by the Chairman. 66 (66) OFSTED INSPECTION OF CHILDREN'S HOMES – The Director
            # ..."): the item's title, as at a paragraph's start
            glued = minutes and start > body_start and CAPS_TITLE.match(text, start, end)
            if glued and glued.end() < end:
                section = heading_text(glued.group("title"))
                headings.append(start)
                list_intro, start = "", glued.end()
            piece = text[start:end]
            # (a piece with no word at all - a page number, a telephone number - says nothing)
            if WORD.search(piece):
                # (a motion's clause carries its lead-in; what runs on after the item's line does not)
                lead_in = (motion if start < item_line_end else previous) if motion else \
                    list_intro if block.kind == "bullet" and list_intro else \
                    parts_intro if parts_intro and PART_OPENING.match(piece) else previous
                # Licence, contact and publication text is kept out of the findings with its reason (a long
                # paragraph that merely mentions a web address is still read); so is a piece too slight to stand
                # alone, so that nothing that could carry content is lost silently.
                boilerplate = is_boilerplate(piece, inspection, council) and len(WORD.findall(piece)) < 60
                # (the item's title line itself is its heading, whatever words of the service it names, unless an
                # auxiliary makes it a sentence cut short, "12.2 Members were advised that inspectors had been on
                # site d", which stays text: furn41)
                reason = GRADE_DESCRIPTOR if descriptor else LICENCE if boilerplate else \
                    HEADING if item_title and not AUXILIARY.search(piece) else \
                    _slight(piece, block.kind, minutes, start in leads_parts)
                intro = (list_intro or section) if minutes and block.kind == "bullet" else \
                    unbulleted or numbered_cover
                plain = intro and not reason and not FOUND_INTRO.search(intro) and not JUDGED_LEAD_IN.search(intro)
                if plain and (unbulleted or numbered_cover or list_intro and COVERING_INTRO.search(list_intro)):
                    topics.append(len(rows))
                    papers.append(True)
                elif plain and TOPIC_INTRO.search(intro) and not SENTENCE_END.search(piece):
                    topics.append(len(rows))
                    papers.append(False)
                rows.append({
                    "finding_id": f"{doc['doc_id']}-{start}",
                    "doc_id": doc["doc_id"], "file": doc["file"], "authority": doc["authority"],
                    "doc_type": doc["doc_type"], "date": doc["date"], "section": section,
                    "para_ref": block.para_ref, "start": start, "end": end, "text": piece,
                    LEAD_IN: lead_in[:400], "reason": reason,
                })
            previous = piece
            parts_intro = piece if start in leads_parts else parts_intro
            motion = piece if minutes and MOTION_LEAD_IN.search(piece) else motion
        # (the covering lead-in holds while each paragraph after it is one item ending with a semicolon)
        covering = "" if block.kind != "paragraph" else list_intro if list_intro and COVERING_INTRO.search(
            list_intro) else covering if unbulleted and text[spans[0][0]:spans[0][1]].rstrip().endswith(";") else ""
        if block.kind == "numbered" and spans and text[spans[-1][0]:spans[-1][1]].rstrip().endswith(":"):
            list_intro = text[spans[-1][0]:spans[-1][1]]
    # (list items under a lead-in or heading of discussion points that only name a topic, by their parse)
    for row, named in zip([rows[k] for k in topics], names_topics_only([rows[k]["text"] for k in topics], papers)):
        row["reason"] = MEETING_ONLY if named else row["reason"]
    if minutes:
        rows = cut_off_lead_ins(_join_judged_items(text, rows))
    if doc.get("doc_type") == "committee_minutes":  # the page's header and agenda text, by where they stand
        for row, why in zip(rows, layout_reasons(text, [(r["start"], r["end"]) for r in rows], headings)):
            # (nor is a council motion's clause or resolving lead-in set out as the item's agenda text: MOTION_LEAD_IN)
            # (nor a recommendation to approve the plan answering the inspection: pipeline.committee_returns)
            why = "" if why == AGENDA and (GRADE_GIVEN.search(row["text"]) or MOTION_LEAD_IN.search(row["text"]) or
                                           MOTION_LEAD_IN.search(row[LEAD_IN]) or
                                           committee_return(row["text"]) == COMMITTED) else why
            row["reason"] = why if why and row["reason"] in SLIGHT else row["reason"] or why
        # each sentence under its item's title, where the page shows its items (pipeline.minutes_layout)
        titles = item_titles(text)
        starts = [start for start, _ in titles]
        for row in rows:
            # (a row's bar and the table's "No. | Item |" header glued to the front of its first sentence)
            lead = TABLE_LEAD.match(text, row["start"], row["end"])
            at = bisect_right(starts, lead.end() if lead else row["start"])
            if at:
                row["section"] = titles[at - 1][1]
    return rows


@dataclass(frozen=True)
class Segmented:
    """What `segment` makes of a documents table.

    segments: SEGMENT_COLUMNS + kind, polarity, voice (by the rules of pipeline.classify), every segment kept;
    cues: (len(segments), len(classify.CUE_NAMES)) float32, the rule cues the learned classifier reads;
    judgements: JUDGEMENT_COLUMNS, finding_id not yet filled.
    """

    segments: pd.DataFrame
    cues: np.ndarray
    judgements: pd.DataFrame
    problems: dict[str, str]  # file -> why it could not be segmented (its document then has no segments)


# What a cached part is made by (segment.py with every module it imports and the data they name, code_files.code_of:
# cues come from classify.py, judgements from judgements.py) and holds.
SEGMENT_CODE = ("segment.py",)
SEGMENT_CACHE_LAYOUT = "segments, cues, judgements, problem"


def read_document(doc: dict) -> tuple[pd.DataFrame, np.ndarray, list[dict], str]:
    """One document (a documents row as a dict with SEGMENTED_FIELDS): its segments with their rule classes, their
    rule cues, its judgements without finding ids, and "" (or, when it cannot be segmented, no segments and
    the problem: one bad document does not stop a run). The task body an executor's workers run."""
    try:
        segments = pd.DataFrame(segment_document(doc), columns=SEGMENT_COLUMNS).astype({"start": "int64",
                                                                                        "end": "int64"})
        classified, cues = classify_with_cues(segments, {doc["doc_id"]: doc["text"]})
        return classified, cues, document_judgements(doc), ""
    except Exception as error:  # noqa: BLE001 - any failure on one document's text skips that document only
        empty = pd.DataFrame(columns=SEGMENT_COLUMNS).astype({"start": "int64", "end": "int64"})
        classified, cues = classify_with_cues(empty)
        return classified, cues, [], f"could not be segmented ({type(error).__name__}: {str(error)[:200]})"


def segment(documents: pd.DataFrame, executor=None, cache: Cache | None = None, meanwhile=None) -> Segmented:
    """Split every document into segments, classified by the rules, with their cues and judgements.

    executor: runs one task per document not in the cache (pipeline.executor); in this process when None.
    cache: per-document parts under a hash of the document's fields and the code that makes them, so a rerun
    segments only new or changed documents (and needs no spaCy when there are none).
    meanwhile: optional callable run in this process while documents are segmented, only when some are.
    """
    missing_columns = set(SEGMENTED_FIELDS) - set(documents.columns)
    if missing_columns:
        raise ValueError(f"documents table lacks columns {sorted(missing_columns)}; it needs those the ingest stage "
                         "writes.")
    code = code_digest(code_of(SEGMENT_CODE)) + SEGMENT_CACHE_LAYOUT
    keys = [digest(code, *row) for row in documents[list(SEGMENTED_FIELDS)].itertuples(index=False)]
    parts: list[tuple | None] = [cache.get(key) if cache is not None else None for key in keys]
    # Longest documents first, so no worker is left with a long one at the end while the others wait.
    todo = sorted((i for i, part in enumerate(parts) if part is None), key=lambda i: -len(documents["text"].iat[i]))
    if todo:
        records = documents.iloc[todo][list(SEGMENTED_FIELDS)].to_dict("records")
        if getattr(executor, "forks", False):
            prepare()
        if executor is not None:
            fresh = executor.map(read_document, records, meanwhile=meanwhile)
        else:
            fresh = [read_document(r) for r in records]
            if meanwhile is not None:
                meanwhile()
        for i, part in zip(todo, fresh):
            if cache is not None and not part[3]:
                cache.put(keys[i], part)
            parts[i] = part
    problems = {documents["file"].iat[i]: part[3] for i, part in enumerate(parts) if part[3]}
    parts = [part for part in parts if len(part[0])] or [read_document({field: "" for field in SEGMENTED_FIELDS})]
    return Segmented(
        segments=pd.concat([part[0] for part in parts], ignore_index=True),
        cues=np.concatenate([part[1] for part in parts]),
        judgements=pd.DataFrame([row for part in parts for row in part[2]], columns=JUDGEMENT_COLUMNS),
        problems=problems,
    )
