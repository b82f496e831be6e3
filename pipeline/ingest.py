"""Ingest stage: a corpus folder (files + optional manifest.csv) -> the documents table.

documents columns:
    doc_id    str  first 12 hex digits of the sha256 of the file's bytes (stable, content-derived)
    file      str  path relative to the corpus folder
    sha256    str  of the file's bytes
    authority str  canonical authority name (from the manifest, else inferred from the text)
    doc_type  str  inspection_report | committee_minutes | scrutiny_report | council_motion | other, or one of
                   Ofsted's letters that grade nothing: focused_visit | monitoring_visit |
                   joint_targeted_area_inspection
    date      str  "YYYY-MM-DD" or "YYYY" ("" when unknown): the manifest's, else the publication date the text
                   states, else (an Ofsted report's PDF) the day its file was made when that falls after the
                   inspection, else the end of the inspection, else the meeting date the text states
                   (meeting_date.stated_meeting_date), else a date near the top (see gazetteer.infer_dates). A
                   manifest year ("2019") takes the day of the meeting date the text states in that year; "YYYY"
                   stays when the text states none (shown as "2019, day not stated": display.date_text)
    published, inspection_start, inspection_end
              str  "YYYY-MM-DD" as the text states them ("" when it does not)
    title     str
    source    str  where the document came from ("" when not given)
    n_chars   int  length of text
    text      str  extracted text; finding offsets refer to it
    page_starts list[int]  (documents.parquet only) offset in text where each PDF page starts; [] for other files
Every file is accounted for in `IngestResult.inputs`: ingested (with `date_from`: where `date` came from), or
skipped with the reason.
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from pipeline.cache import Cache, code_digest
from pipeline.code_files import code_of
from pipeline.corpus import MANIFEST, walk_corpus
from pipeline.cover_title import cover_title
from pipeline.errors import InputError
from pipeline.frameworks import visit_type
from pipeline.gazetteer import canonical_authority, infer_authority, infer_dates, manifest_date
from pipeline.meeting_date import stated_meeting_date
from pipeline.readers import SUPPORTED_SUFFIXES, ReadDocument, read_document
from pipeline.schema import DOC_TYPES, DOCUMENT_COLUMNS
from pipeline.structure import DATE_LINE

LARGE_FILE = 20_000_000  # bytes; above this the user is told why the run is slow


@dataclass
class IngestResult:
    """documents: the table above; inputs: one dict per input file (file, sha256, status, reason);
    notes: human-readable lines about inferred values and problems, in the order they arose."""

    documents: pd.DataFrame
    inputs: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def read_manifest(path: Path) -> pd.DataFrame:
    """The manifest as strings; it must have a `file` column, the others are optional."""
    try:
        manifest = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as error:
        raise InputError(path, f"cannot be read as CSV ({error})") from error
    manifest.columns = [c.strip().lower() for c in manifest.columns]
    repeated = sorted({c for c in manifest.columns if list(manifest.columns).count(c) > 1})
    if repeated:
        raise InputError(path, f"has the column(s) {', '.join(repeated)} more than once")
    if "file" not in manifest.columns:
        raise InputError(path, f"has no 'file' column (columns: {', '.join(manifest.columns)}); "
                               "the manifest needs file, and may give authority, doc_type, date, title, source")
    return manifest


# What an Ofsted report or letter says about itself at its top: its title and inspection dates.
REPORT_TOP = re.compile(r"^\s*(?:inspection of\b|inspection dates?\s*:|report published\s*:|(?:re-?)?inspection of services "
                        r"for children|review of the effectiveness of the local safeguarding|single inspection of\b)"
                        r"|\binspection dates?\s*:", re.MULTILINE | re.IGNORECASE)
# What only the record of a meeting (minutes, an issue or agenda-item page) says: the record's own headings, who was
# present, resolutions, the committee's doings. "Minutes of strategy meetings are clear" in a report is not one.
MEETING_RECORD = re.compile(
    r"^\s*(?:minutes\s*:|minutes of (?:the|a) (?:meeting|special|extraordinary)|agenda and (?:draft )?minutes|"
    r"agenda item\s*$|issue - meetings|meeting\s*:\s*\d|present\s*:|apologies (?:for absence )?(?:were|was|from|:)|"
    r"declarations? of interest|resolved\b|venue\s*:|decision(?: maker)?\s*:|(?:also |officers )present|"
    # a council's summons or notice of its meeting, addressed to its members (issue 15, round 15)
    r"to (?:all )?(?:the )?members of the (?:council|committee|cabinet|board|panel)\b)|\byou are hereby summoned\b"
    r"|\bthe (?:committee|sub[- ]committee|panel|cabinet|board|commission) (?:received|noted|considered|discussed|"
    r"agreed|resolved|asked)\b"
    # a decision set out as resolutions, numbered or not ("1) That the improvement plan be endorsed for submission
    # to ...", "That authority be delegated to the Director ..."): a council's decision, whatever Act it cites
    r"|^\s*(?:\(?\d{1,2}[.)]\s*|\(?[a-h]\)\s*)?that\b[^.\n]{0,240}?\b(?:be|is|are) (?:endorsed|approved|noted|"
    r"agreed|adopted|delegated|received|accepted)\b|\bauthority be delegated to\b", re.MULTILINE | re.IGNORECASE)
# The same record where its body is named in several words ("the Children and Families Scrutiny Board considered a
# briefing note") or it cites one of its own minutes by number ("Further to minute 84/16"). An inspection report may
# name a board that met ("The Local Safeguarding Children Board considered ..."): its title and inspection dates
# decide first (the lead's set Y42, forty-fifth session).
NAMED_BODY_RECORD = re.compile(
    r"\b[Tt]he (?:(?:[A-Z][\w'’&-]*|and|of|for|&) ){1,6}(?i:committee|sub[- ]committee|panel|cabinet|board|commission) "
    r"(?:received|noted|considered|discussed|agreed|resolved|asked)\b|\b[Mm]inute (?:[Nn]o\.? ?)?\d{1,4}(?:/\d{2,4})?\b")
INSPECTION_DATES = re.compile(r"\binspection dates?\s*:", re.IGNORECASE)
# The same signs where a page's lines were run together (a PDF's text, a page saved without its line breaks): the
# record's field labels and resolutions inside the one long line, read only when the top has almost no line breaks
# (a report's "the minutes: see appendix" on a line of its own is read by MEETING_RECORD's anchors, not here).
RUN_ON_RECORD = re.compile(r"(?i:\b(?:minutes\s*:\s*(?=[A-Z])|agenda and (?:draft )?minutes\b|present\s*:|venue\s*:|"
                           r"decision maker\s*:|is key decision\?|apologies (?:for absence )?(?:were|was) "
                           r"(?:received|noted|submitted)\b)|^[\s-]*agenda item\b)|\bRESOLVED\b|\bResolved (?:that|:|-|–)")
RUN_ON_BREAKS = 3  # at most this many line breaks in the top 3,000 characters: the lines were run together
# A paper to members rather than the record of their meeting: an executive summary, recommendations to the
# committee, the report's author and purpose.
REPORT_TO_MEMBERS = re.compile(r"^\s*(?:executive summary|recommendations?|purpose of (?:the |this )?report|"
                               r"background papers|report (?:of|by|to|from) the|ward\(?s\)?|portfolios?\s*:|"
                               r"agenda item no)", re.MULTILINE | re.IGNORECASE)


def infer_doc_type(text: str) -> str:
    """A document type from the words at its top (see `explain_doc_type`)."""
    return explain_doc_type(text)[0]


def explain_doc_type(text: str) -> tuple[str, str]:
    """(document type, how it was found) from the words at the document's top.

    An Ofsted report or letter is told from a council's record about it by what each says about itself: a report
    opens with its title and inspection dates, a record of a meeting carries its own headings (Minutes:, Present:,
    Agenda item, Meeting: date), members named as councillors and resolutions. A council page that quotes the
    inspection is not a report; when neither kind of sign is there the type is `other`."""
    visit = visit_type(text)  # Ofsted's letter after a focused or monitoring visit or a joint targeted inspection
    if visit:
        return visit, "Ofsted's letter after a visit or joint inspection"
    head = text[:3000]
    low = head.lower()
    record = MEETING_RECORD.search(head) or (head.count("\n") <= RUN_ON_BREAKS and RUN_ON_RECORD.search(head))
    # (a title "Inspection of Children's Services" over a record naming its body in several words is an item's
    # title, unless the report's inspection dates follow)
    named = NAMED_BODY_RECORD.search(head[:600]) and not INSPECTION_DATES.search(head[:600])
    if REPORT_TOP.search(head[:600]) and not MEETING_RECORD.search(head[:600]) and not named and not (
            head.count("\n") <= RUN_ON_BREAKS and RUN_ON_RECORD.search(head[:600])):
        return "inspection_report", "opens with an inspection report's title and dates"
    if re.search(r"notice of motion|motion\b.{0,80}\bsubmitted", low):
        return "council_motion", "names a notice of motion"
    record = record or NAMED_BODY_RECORD.search(head)
    if record:
        return "committee_minutes", f"the record of a meeting ({' '.join(record.group(0).split())!r})"
    paper = REPORT_TO_MEMBERS.search(head)
    if paper:
        return "scrutiny_report", f"a paper to members ({' '.join(paper.group(0).split())!r})"
    if re.search(r"\bminutes\b|\b(?:councillors?|cllrs?) [A-Z]", head, re.IGNORECASE):
        return "committee_minutes", "names minutes or councillors"
    if re.search(r"\binspection of\b|\bofsted\b.{0,200}\binspect|inspection dates?", low) \
            and not re.search(r"\bagenda\b|\bcouncillors?\b|\bscrutiny\b", low):
        return "inspection_report", "speaks of an Ofsted inspection and of no meeting or committee"
    if re.search(r"scrutiny|agenda item|report of the|report to the|recommendations?\b", low):
        return "scrutiny_report", "a report to members (scrutiny, report of/to, recommendations)"
    return "other", "no sign of a report, minutes, motion or scrutiny paper at its top"


# A title line ending in one of these words runs on to the next line ("Royal Borough of Kingston upon" / "Thames").
RUNS_ON = frozenset("of upon and the for on in to at under with by &".split())


# The name of a body that meets (Cabinet, a scrutiny committee, a panel, a board), and a line that opens a meeting's
# particulars rather than naming one.
BODY = re.compile(r"\b(?:cabinet|committee|sub-committee|panel|board|forum|group|executive|scrutiny|council)\b",
                  re.IGNORECASE)
NOT_A_BODY = re.compile(r"^(?:minutes|present|date|venue|time|held|meeting|agenda|notice)\b|^\d|:", re.IGNORECASE)


# The heading a council's meetings site sets over every meeting's page ("Agenda and minutes", "Draft minutes",
# "Agenda, decisions and minutes"): the title is the body that met, on the next line.
PAGE_HEADING = re.compile(r"^(?:draft\s+)?(?:agenda|minutes|decisions)(?:(?:,|\s+and)\s+(?:reports|decisions|"
                          r"minutes)){0,2}$", re.IGNORECASE)


def _title(text: str) -> str:
    """The document's first line of at least two words that is not only a date (DATE_LINE), with the lines it runs
    on to when it ends mid-phrase; a council's name alone ("London Borough of X") takes the name of the body that
    met from the next line ("X Council: Cabinet"), as minutes open with both and the council's name alone says no
    meeting; a meetings site's page heading ("Agenda and minutes", PAGE_HEADING) gives way to the body named on the
    next line ("Children and Young People Scrutiny Sub-Committee")."""
    lines = [re.sub(r"[#*]+", "", line).strip() for line in text.splitlines()]
    for at, cleaned in enumerate(lines):
        if PAGE_HEADING.match(cleaned):
            body = next((line for line in lines[at + 1:at + 4] if line), "")
            if len(body.split()) <= 12 and BODY.search(body) and not NOT_A_BODY.search(body):
                return body[:200]
        if len(cleaned.split()) >= 2 and not DATE_LINE.match(cleaned):
            title, end = cleaned, at + 1
            for following in lines[at + 1:at + 4]:
                if not following or title.split()[-1].lower() not in RUNS_ON:
                    break
                title, end = f"{title} {following}", end + 1
            if canonical_authority(title) is not None:
                body = next((line for line in lines[end:end + 3] if line), "")
                if (len(body.split()) <= 12 and BODY.search(body) and not NOT_A_BODY.search(body)
                        and canonical_authority(body) is None):
                    title = f"{title}: {body}"
            return title[:200]
    return ""


def list_corpus(corpus: Path, follow_links: bool = False) -> list[Path]:
    """Every file under the corpus folder to read (not the manifest, hidden files or links leaving it), sorted."""
    return [entry.path for entry in walk_corpus(corpus, follow_links) if entry.status == "file"]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # reported when it is read


# What is read from a file is cached by its bytes and the code that reads it: the readers with every module they
# import (code_files.code_of): changed readers read every file again.
TEXT_CODE = ("readers.py",)




def read_cached(job: tuple[Path, Cache | None]) -> tuple[ReadDocument | None, str, str, int]:
    """(what was read or None, problem, sha256 of the bytes, number of bytes) for one file.

    What was read (text, page starts, the PDF's creation date) is cached by the file's sha256.
    A task body for the executor: it takes one picklable job and never raises for a bad input file.
    """
    path, cache = job
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, f"cannot be read ({error.strerror or error})", "", 0
    sha = hashlib.sha256(data).hexdigest()
    key = f"{sha}-{code_digest(code_of(TEXT_CODE))[:16]}"
    cached = cache.get(key) if cache is not None else None
    if isinstance(cached, ReadDocument):
        return cached, "", sha, len(data)
    try:
        read = read_document(path)
    except InputError as error:
        return None, error.problem, sha, len(data)
    if cache is not None:
        cache.put(key, read)
    return read, "", sha, len(data)


# infer_dates' fallbacks that take whatever date opens the text: a meeting date the text states comes first.
TOP_DATES = ("date at the top", "first date in the opening", "year in the opening", "no date found in the opening")


def _day_of_year(rel: str, year: str, stated: str | None, notes: list[str]) -> tuple[str, str]:
    """The date and its source for a manifest that gives only a year: the meeting date the text states when it
    falls in that year, else the year alone (the page and exports then say the day is not stated)."""
    if stated and stated[:4] == year:
        return stated, "manifest year; day from the meeting date the text states"
    if stated:
        notes.append(f"{rel}: the text states a meeting date {stated} outside the manifest's year {year}; "
                     "kept the manifest's year")
    return year, "manifest (year only; no day stated)"


def _describe(rel: str, entry: dict, notes: list[str], read: ReadDocument, sha: str, n_bytes: int) -> dict:
    """A documents row for one file that was read; raises InputError for a file that cannot be used. The row's
    `date_from` says where its date came from (it goes to run.json, not to the table)."""
    text = read.text
    if n_bytes > LARGE_FILE:
        notes.append(f"{rel}: large file ({n_bytes / 1e6:.0f} MB); reading and segmenting it takes a while")
    if not text.strip():
        raise InputError(rel, "no text could be extracted")
    authority = entry.get("authority", "").strip()
    if authority:
        canonical = canonical_authority(authority)
        if canonical is None:
            notes.append(f"{rel}: authority {authority!r} is not an English children's services authority in the "
                         "gazetteer; kept as written")
        authority = canonical or authority
    else:
        found, how = infer_authority(text, rel)
        authority = found or "Unknown"
        notes.append(f"{rel}: authority inferred as {authority!r} ({how})" if found
                     else f"{rel}: authority could not be inferred; set it in manifest.csv")
    dates = infer_dates(text, file_made=read.made)
    date, date_from = entry.get("date", "").strip(), "manifest"
    if date and manifest_date(date) is None:
        notes.append(f"{rel}: manifest date {date!r} is not a date (YYYY-MM-DD, DD/MM/YYYY or '8 August 2014'); "
                     "inferred from the text instead")
        date = ""
    elif date:
        date = manifest_date(date)
    if not date:
        date, date_from = dates.date, dates.how
        if date_from in TOP_DATES and (stated := stated_meeting_date(text)):
            date, date_from = stated, "meeting date the text states"
        notes.append(f"{rel}: date inferred as {date!r} ({date_from})" if date
                     else f"{rel}: date could not be inferred")
    elif len(date) == 4:
        date, date_from = _day_of_year(rel, date, stated_meeting_date(text), notes)
    doc_type = entry.get("doc_type", "").strip()
    if doc_type not in DOC_TYPES:
        inferred, how = explain_doc_type(text)
        notes.append(f"{rel}: doc_type {doc_type!r} unknown (the manifest's doc_type is one of "
                     f"{', '.join(DOC_TYPES)}), inferred as {inferred!r} ({how})" if doc_type
                     else f"{rel}: doc_type inferred as {inferred!r} ({how})")
        doc_type = inferred
    return {
        "doc_id": sha[:12], "file": rel, "sha256": sha, "authority": authority, "doc_type": doc_type,
        "date": date, "published": dates.published, "inspection_start": dates.inspection_start,
        "inspection_end": dates.inspection_end, "title": entry.get("title", "").strip()
        or doc_type == "inspection_report" and cover_title(text) or _title(text),
        "source": entry.get("source", "").strip(), "n_chars": len(text), "text": text,
        "page_starts": list(read.page_starts), "date_from": date_from,
    }


def ingest(corpus: Path | str, text_cache: Cache | Path | None = None, executor=None, meanwhile=None,
           follow_links: bool = False) -> IngestResult:
    """Read every supported file in `corpus` (with manifest.csv when present) into the documents table.

    text_cache: where what was read is kept by file hash (a Cache or its folder), so unchanged files are
    not read again.
    executor: runs the reading of files (pipeline.executor); in this process when None.
    meanwhile: optional callable run in this process while the executor's workers read (see `executor.map`).
    follow_links: read links that lead outside the corpus folder (by default they are skipped and recorded).
    Every entry of the folder gets a row in `inputs` (pipeline.corpus says which fates there are).
    """
    corpus = Path(corpus)
    if text_cache is not None and not isinstance(text_cache, Cache):
        text_cache = Cache(text_cache)
    if not corpus.is_dir():
        raise InputError(corpus, "is not a folder")
    notes: list[str] = []
    inputs: list[dict] = []
    entries: dict[str, dict] = {}
    manifest_path = corpus / MANIFEST
    if manifest_path.exists():
        for entry in read_manifest(manifest_path).to_dict("records"):
            entries[entry["file"].strip()] = entry
    else:
        notes.append(f"{corpus}: no {MANIFEST}; authority, date and type are inferred from each document")
    walked = walk_corpus(corpus, follow_links)
    files = {entry.rel: entry.path for entry in walked if entry.status == "file"}
    for entry in walked:
        if entry.status != "file":
            inputs.append({"file": entry.rel, "sha256": "", "status": entry.status, "reason": entry.reason})
            if entry.status == "skipped":
                notes.append(f"{entry.rel}: {entry.reason}")
    for rel in sorted(set(entries) - set(files)):
        inputs.append({"file": rel, "sha256": "", "status": "skipped", "reason": "named in manifest.csv but not found"})
        notes.append(f"{rel}: named in manifest.csv but not found")
    rows, seen = [], {}
    readable = [rel for rel, path in files.items() if path.suffix.lower() in SUPPORTED_SUFFIXES]
    readable.sort(key=lambda rel: -_size(files[rel]))  # largest first: no worker is left with a big file at the end
    jobs = [(files[rel], text_cache) for rel in readable]
    if executor is None:
        progress = tqdm(jobs, desc="reading", unit="file", disable=not sys.stderr.isatty(), leave=False)
        read = dict(zip(readable, map(read_cached, progress)))
        if meanwhile is not None:
            meanwhile()
    else:
        read = dict(zip(readable, executor.map(read_cached, jobs, meanwhile=meanwhile)))
    for rel, path in files.items():
        record = {"file": rel, "sha256": "", "status": "skipped", "reason": ""}
        inputs.append(record)
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            record["reason"] = f"unsupported file type {path.suffix or '(none)'}"
            notes.append(f"{rel}: {record['reason']}")
            continue
        text, problem, sha, n_bytes = read[rel]  # text: a ReadDocument, or None
        if text is None:
            record["reason"] = problem
            notes.append(f"{rel}: {problem}")
            continue
        try:
            row = _describe(rel, entries.get(rel, {}), notes, text, sha, n_bytes)
        except InputError as error:
            record["reason"] = error.problem
            notes.append(f"{rel}: {error.problem}")
            continue
        record["sha256"] = row["sha256"]
        if row["sha256"] in seen:
            record["reason"] = f"duplicate of {seen[row['sha256']]}"
            notes.append(f"{rel}: {record['reason']}")
            continue
        seen[row["sha256"]] = rel
        record["status"] = "ingested"
        record["date_from"] = row.pop("date_from")
        rows.append(row)
    documents = pd.DataFrame(rows, columns=DOCUMENT_COLUMNS).astype({"n_chars": "int64"})
    return IngestResult(documents, inputs, notes)
