"""project.qdpx: the run as a REFI-QDA project (QDA-XML 1.0 Project schema) for NVivo, MAXQDA, ATLAS.ti.

The archive holds project.qde and sources/<guid>.txt. Broad themes are parent codes and themes codable child
codes; each document is a TextSource whose plain text is exactly the extracted text the pipeline used; each
finding is a PlainTextSelection at its character offsets, coded with its theme; authority, document type and date
are variables of every source, and each authority is a case holding its sources. GUIDs derive from the run's ids,
so the same run always exports the same project.
"""

from __future__ import annotations

import hashlib
import uuid
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from xml.etree import ElementTree as ET

import pandas as pd

from pipeline.runrecord import read_record

NS = "urn:QDA-XML:project:1.0"
ID_SPACE = uuid.UUID("6f3c1d2e-8b1a-4c55-9a51-3f0e4c9b7d21")
VARIABLES = ("authority", "doc_type", "date")
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf"]


def guid(kind: str, key) -> str:
    """uuid5(ID_SPACE, "kind:key") as text, made from its SHA-1 directly (30,000 of them per 10,000 findings)."""
    raw = bytearray(hashlib.sha1(ID_SPACE.bytes + f"{kind}:{key}".encode("utf-8")).digest()[:16])
    raw[6] = (raw[6] & 0x0F) | 0x50  # version 5
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def _sub(parent: ET.Element, tag: str, **attributes) -> ET.Element:
    return ET.SubElement(parent, f"{{{NS}}}{tag}", {k: str(v) for k, v in attributes.items()})


def _codebook(project: ET.Element, themes: pd.DataFrame) -> None:
    codes = _sub(_sub(project, "CodeBook"), "Codes")
    has_parents = "parent_theme_id" in themes.columns and themes["parent_theme_id"].astype(str).ne("").all()
    groups = themes.groupby("parent_theme_id", sort=True) if has_parents else [(None, themes)]
    for index, (parent_id, members) in enumerate(groups):
        colour = PALETTE[index % len(PALETTE)]
        holder = codes
        if parent_id is not None:
            holder = _sub(codes, "Code", guid=guid("broad", parent_id), name=members["parent_label"].iloc[0],
                          isCodable="false", color=colour)
            ET.SubElement(holder, f"{{{NS}}}Description").text = "Broad theme"
        for theme in members.itertuples():
            code = _sub(holder, "Code", guid=guid("theme", theme.theme_id), name=theme.label, isCodable="true",
                        color=colour)
            ET.SubElement(code, f"{{{NS}}}Description").text = f"Keywords: {theme.keywords}"


def build_project(run_dir: Path) -> tuple[bytes, dict[str, str]]:
    """project.qde as bytes, and the source texts by file name inside the archive."""
    documents = pd.read_parquet(run_dir / "documents.parquet")
    findings = pd.read_parquet(run_dir / "findings.parquet")
    themes = pd.read_csv(run_dir / "themes.csv", keep_default_na=False)
    record = read_record(run_dir)
    stamp = str(record.get("updated") or datetime.now(timezone.utc).isoformat(timespec="seconds"))
    user = guid("user", "council-findings")
    ET.register_namespace("", NS)
    project = ET.Element(f"{{{NS}}}Project", {"name": f"council-findings: {Path(record.get('corpus', 'run')).name}",
                                              "origin": "council-findings", "creatingUserGUID": user,
                                              "creationDateTime": stamp})
    _sub(_sub(project, "Users"), "User", guid=user, name="council-findings pipeline")
    _codebook(project, themes)
    variables = _sub(project, "Variables")
    for name in VARIABLES:
        _sub(variables, "Variable", guid=guid("variable", name), name=name, typeOfVariable="Text")
    cases = _sub(project, "Cases")
    for authority, docs in documents.groupby("authority", sort=True):
        case = _sub(cases, "Case", guid=guid("case", authority), name=authority)
        for doc_id in docs["doc_id"]:
            _sub(case, "SourceRef", targetGUID=guid("source", doc_id))
    sources = _sub(project, "Sources")
    texts: dict[str, str] = {}
    # Plain Python values (iterating Arrow-backed string columns value by value is slow).
    columns = ("doc_id", "finding_id", "start", "end", "kind", "polarity", "voice", "theme_id")
    by_doc: dict[str, list[tuple]] = {}
    for row in zip(*(findings[c].tolist() for c in columns)):
        by_doc.setdefault(row[0], []).append(row)
    for doc in documents.itertuples():
        source_id = guid("source", doc.doc_id)
        texts[f"sources/{source_id}.txt"] = doc.text
        source = _sub(sources, "TextSource", guid=source_id, name=doc.title or doc.file,
                      plainTextPath=f"internal://{source_id}.txt", creatingUser=user, creationDateTime=stamp)
        ET.SubElement(source, f"{{{NS}}}Description").text = f"{doc.file} ({doc.doc_type}, {doc.date})"
        for _, finding_id, start, end, kind, polarity, voice, theme_id in by_doc.get(doc.doc_id, []):
            selection = _sub(source, "PlainTextSelection", guid=guid("finding", finding_id), name=finding_id,
                             startPosition=start, endPosition=end, creatingUser=user, creationDateTime=stamp)
            ET.SubElement(selection, f"{{{NS}}}Description").text = f"{kind}; {polarity}; {voice}"
            coding = _sub(selection, "Coding", guid=guid("coding", finding_id), creatingUser=user,
                          creationDateTime=stamp)
            _sub(coding, "CodeRef", targetGUID=guid("theme", theme_id))
        for name in VARIABLES:
            value = _sub(source, "VariableValue")
            _sub(value, "VariableRef", targetGUID=guid("variable", name))
            ET.SubElement(value, f"{{{NS}}}TextValue").text = str(getattr(doc, name))
    # Serialised to text and encoded once: ElementTree's own utf-8 writer encodes piece by piece (slower).
    declaration = "<?xml version='1.0' encoding='utf-8'?>\n"
    return (declaration + ET.tostring(project, encoding="unicode")).encode("utf-8"), texts


def sources(run_dir: Path) -> list[Path]:
    """The files of the run folder the project is built from (with run.json's corpus and time stamp)."""
    return [Path(run_dir) / name for name in ("documents.parquet", "findings.parquet", "themes.csv")]


def write_qdpx(run_dir: Path) -> Path:
    """Write <run_dir>/project.qdpx through a temporary file; returns its path."""
    run_dir = Path(run_dir)
    qde, texts = build_project(run_dir)
    target = run_dir / "project.qdpx"
    tmp = target.with_name(".project.qdpx.tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", qde)
        for name, text in texts.items():
            archive.writestr(name, text.encode("utf-8"))
    tmp.replace(target)
    return target
