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
                   inspection, else the end of the inspection, else a date near the top (see gazetteer.infer_dates)
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
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from pipeline.errors import InputError
from pipeline.judgements import VISIT_TYPES, visit_type
from pipeline.gazetteer import canonical_authority, infer_authority, infer_dates
from pipeline.readers import SUPPORTED_SUFFIXES, ReadDocument, read_document

DOCUMENT_COLUMNS = ["doc_id", "file", "sha256", "authority", "doc_type", "date", "published", "inspection_start",
                    "inspection_end", "title", "source", "n_chars", "text", "page_starts"]
MANIFEST = "manifest.csv"
LARGE_FILE = 20_000_000  # bytes; above this the user is told why the run is slow
DOC_TYPES = ("inspection_report", "committee_minutes", "scrutiny_report", "council_motion", "other") + VISIT_TYPES


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
    if "file" not in manifest.columns:
        raise InputError(path, f"has no 'file' column (columns: {', '.join(manifest.columns)}); "
                               "the manifest needs file, and may give authority, doc_type, date, title, source")
    return manifest


def infer_doc_type(text: str) -> str:
    """A document type from the words at its top."""
    head = text[:3000].lower()
    visit = visit_type(text)  # Ofsted's letter after a focused or monitoring visit or a joint targeted inspection
    if visit:
        return visit
    # An Ofsted report opens with its title and inspection dates; a later "agenda" or "minutes" is about practice.
    if re.search(r"^\s*inspection of\b|^\s*inspection dates?\s*:", head[:400], re.MULTILINE):
        return "inspection_report"
    if re.search(r"notice of motion|motion\b.{0,80}\bsubmitted", head):
        return "council_motion"
    if re.search(r"\bminutes\b|\bpresent:|apologies for absence|declarations? of interest", head):
        return "committee_minutes"
    if re.search(r"\binspection of\b|\bofsted\b.{0,200}\binspect|inspection dates?", head) and "agenda" not in head:
        return "inspection_report"
    if re.search(r"scrutiny|agenda item|report of the|recommendations?\b", head):
        return "scrutiny_report"
    return "other"


def _title(text: str) -> str:
    for line in text.splitlines():
        cleaned = re.sub(r"[#*]+", "", line).strip()
        if len(cleaned.split()) >= 2:
            return cleaned[:200]
    return ""


def list_corpus(corpus: Path) -> list[Path]:
    """Every file under the corpus folder except the manifest and hidden files, sorted."""
    return sorted(
        p for p in corpus.rglob("*")
        if p.is_file() and p.name != MANIFEST and not any(part.startswith(".") for part in p.relative_to(corpus).parts)
    )


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # reported when it is read


TEXT_CACHE_VERSION = "3"  # raise when the readers change what they extract


def _write_atomic(path: Path, content: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(content, encoding="utf-8")
    tmp.replace(path)


def read_cached(job: tuple[Path, Path | None]) -> tuple[ReadDocument | None, str, str, int]:
    """(what was read or None, problem, sha256 of the bytes, number of bytes) for one file.

    Extracted text is cached by the file's sha256 (with its page starts and creation date beside it, as JSON).
    A task body for the executor: it takes one picklable job and never raises for a bad input file.
    """
    path, cache = job
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, f"cannot be read ({error.strerror or error})", "", 0
    sha = hashlib.sha256(data).hexdigest()
    cached = None
    if cache is not None:
        cached = Path(cache) / f"{sha}-{TEXT_CACHE_VERSION}.txt"
        extras = cached.with_suffix(".json")
        if cached.exists() and extras.exists():
            try:
                details = json.loads(extras.read_text(encoding="utf-8"))
                return (ReadDocument(cached.read_text(encoding="utf-8"), list(details["page_starts"]),
                                     str(details["made"])), "", sha, len(data))
            except (ValueError, KeyError, TypeError):
                pass  # a damaged entry is read again
    try:
        read = read_document(path)
    except InputError as error:
        return None, error.problem, sha, len(data)
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        _write_atomic(cached, read.text)
        _write_atomic(cached.with_suffix(".json"), json.dumps({"page_starts": read.page_starts, "made": read.made}))
    return read, "", sha, len(data)


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
    if not date:
        date, date_from = dates.date, dates.how
        notes.append(f"{rel}: date inferred as {date!r} ({date_from})" if date
                     else f"{rel}: date could not be inferred")
    doc_type = entry.get("doc_type", "").strip()
    if doc_type not in DOC_TYPES:
        inferred = infer_doc_type(text)
        notes.append(f"{rel}: doc_type {doc_type!r} unknown, inferred as {inferred!r}" if doc_type
                     else f"{rel}: doc_type inferred as {inferred!r}")
        doc_type = inferred
    return {
        "doc_id": sha[:12], "file": rel, "sha256": sha, "authority": authority, "doc_type": doc_type,
        "date": date, "published": dates.published, "inspection_start": dates.inspection_start,
        "inspection_end": dates.inspection_end, "title": entry.get("title", "").strip() or _title(text),
        "source": entry.get("source", "").strip(), "n_chars": len(text), "text": text,
        "page_starts": list(read.page_starts), "date_from": date_from,
    }


def ingest(corpus: Path | str, text_cache: Path | None = None, executor=None, meanwhile=None) -> IngestResult:
    """Read every supported file in `corpus` (with manifest.csv when present) into the documents table.

    text_cache: folder where extracted text is kept by file hash, so unchanged files are not read again.
    executor: runs the reading of files (pipeline.executor); in this process when None.
    meanwhile: optional callable run in this process while the executor's workers read (see `executor.map`).
    """
    corpus = Path(corpus)
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
    files = {p.relative_to(corpus).as_posix(): p for p in list_corpus(corpus)}
    for rel in sorted(set(entries) - set(files)):
        inputs.append({"file": rel, "sha256": "", "status": "skipped", "reason": "named in manifest.csv but not found"})
        notes.append(f"{rel}: named in manifest.csv but not found")
    rows, seen = [], {}
    readable = [rel for rel, path in files.items() if path.suffix.lower() in SUPPORTED_SUFFIXES]
    readable.sort(key=lambda rel: -_size(files[rel]))  # largest first: no worker is left with a big file at the end
    jobs = [(files[rel], Path(text_cache) if text_cache else None) for rel in readable]
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
