"""project.qdpx: the run as a REFI-QDA project (QDA-XML 1.0 Project schema) for NVivo, MAXQDA, ATLAS.ti.

The archive holds project.qde and sources/<guid>.txt. Broad themes are parent codes and themes codable child
codes; each document is a TextSource whose plain text is exactly the extracted text the pipeline used; each
finding is a PlainTextSelection at its character offsets, coded with its theme; authority, document type and date
are variables of every source, and each authority is a case holding its sources. GUIDs derive from the run's ids,
so the same run always exports the same project.
"""

from __future__ import annotations

import hashlib
import re
import uuid
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from pipeline import schema
from pipeline.display import date_text
from pipeline.runfolder import read_record

NS = "urn:QDA-XML:project:1.0"
ID_SPACE = uuid.UUID("6f3c1d2e-8b1a-4c55-9a51-3f0e4c9b7d21")
VARIABLES = ("authority", "doc_type", "date")
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf"]
# What each coded selection of the project is made from (columns of findings.parquet).
SELECTION_COLUMNS = ("doc_id", "finding_id", "start", "end", "kind", "polarity", "voice", "theme_id")
_ID_SPACE_BYTES = ID_SPACE.bytes
_ATTRIBUTE_SPECIAL = re.compile('[&<>"\r\n\t\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')
# Characters XML 1.0 cannot carry at all, even as references (ESC, BEL, NUL in a document's text): shown as U+FFFD.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# The 17th hex digit of a GUID keeps its low two bits under the RFC 4122 variant's "10".
_VARIANT_DIGIT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


def guid(kind: str, key) -> str:
    """uuid5(ID_SPACE, "kind:key") as text, made from its SHA-1 directly (30,000 of them per 10,000 findings)."""
    text = hashlib.sha1(_ID_SPACE_BYTES + f"{kind}:{key}".encode("utf-8")).hexdigest()
    # Version 5 is the 13th hex digit; the variant takes the top bits of the 17th.
    return f"{text[:8]}-{text[8:12]}-5{text[13:16]}-{_VARIANT_DIGIT[text[16]]}{text[17:20]}-{text[20:32]}"


class _Guids(dict):
    """guid(kind, key) by key, each made once: a run's 10,000 findings code with a few hundred themes."""

    def __init__(self, kind: str):
        super().__init__()
        self.kind = kind

    def __missing__(self, key) -> str:
        made = self[key] = guid(self.kind, key)
        return made


def _attribute(value) -> str:
    """str(value) escaped for a double-quoted attribute: &, <, >, " and CR, LF, tab as references."""
    text = str(value)
    if not _ATTRIBUTE_SPECIAL.search(text):  # nearly always (ids, positions): one search instead of seven replaces
        return text
    return (_NOT_XML.sub("\ufffd", text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("\r", "&#13;").replace("\n", "&#10;").replace("\t", "&#09;"))


def _text(value: str) -> str:
    """Element text with &, < and > escaped (and characters XML cannot carry replaced)."""
    return _NOT_XML.sub("\ufffd", value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _element(tag: str, attributes: dict, inner: str = "") -> str:
    """<tag a="v">inner</tag>; `<tag a="v" />` when inner (escaped text and child elements) is empty."""
    head = f"<{tag}" + "".join(f' {name}="{_attribute(value)}"' for name, value in attributes.items())
    return f"{head}>{inner}</{tag}>" if inner else f"{head} />"


def _codebook(themes: pd.DataFrame) -> str:
    """<CodeBook>: each broad theme a parent code (not codable) over its themes, codable codes."""
    codes = []
    has_parents = "parent_theme_id" in themes.columns and themes["parent_theme_id"].astype(str).ne("").all()
    groups = themes.groupby("parent_theme_id", sort=True) if has_parents else [(None, themes)]
    for index, (parent_id, members) in enumerate(groups):
        colour = PALETTE[index % len(PALETTE)]
        children = "".join(
            _element("Code", {"guid": guid("theme", theme.theme_id), "name": theme.label, "isCodable": "true",
                              "color": colour}, f"<Description>{_text(f'Keywords: {theme.keywords}')}</Description>")
            for theme in members.itertuples())
        if parent_id is None:
            codes.append(children)
        else:
            codes.append(_element("Code", {"guid": guid("broad", parent_id), "name": members["parent_label"].iloc[0],
                                           "isCodable": "false", "color": colour},
                                  "<Description>Broad theme</Description>" + children))
    return _element("CodeBook", {}, _element("Codes", {}, "".join(codes)))


def _selections(rows: list[tuple], created: str, theme_guids: _Guids) -> str:
    """The <PlainTextSelection> elements of one document's findings, each coded with its theme.

    rows: (doc_id, finding_id, start, end, kind, polarity, voice, theme_id) per finding; created: the
    creatingUser and creationDateTime attributes, as XML."""
    return "".join(
        f'<PlainTextSelection guid="{guid("finding", finding_id)}" name="{_attribute(finding_id)}" '
        f'startPosition="{_attribute(start)}" endPosition="{_attribute(end)}"{created}>'
        f"<Description>{_text(f'{kind}; {polarity}; {voice}')}</Description>"
        f'<Coding guid="{guid("coding", finding_id)}"{created}><CodeRef targetGUID="{theme_guids[theme_id]}" />'
        "</Coding></PlainTextSelection>"
        for _, finding_id, start, end, kind, polarity, voice, theme_id in rows)


def _cases(documents: pd.DataFrame) -> str:
    """<Cases>: one case per authority, referring to its documents' sources."""
    return _element("Cases", {}, "".join(
        _element("Case", {"guid": guid("case", authority), "name": authority},
                 "".join(_element("SourceRef", {"targetGUID": guid("source", doc_id)}) for doc_id in docs["doc_id"]))
        for authority, docs in documents.groupby("authority", sort=True)))


def _value(doc, name: str) -> str:
    """A variable's value for one document: the date as a reader is shown it ("2019, day not stated")."""
    value = getattr(doc, name)
    return date_text(value) if name == "date" else str(value)


def _source(doc, rows: list[tuple], created: str, theme_guids: _Guids) -> str:
    """One document's <TextSource>: its description, its findings' selections, then its variable values.

    doc: a row of documents.parquet (itertuples); rows: its findings as _selections takes them."""
    source_id = guid("source", doc.doc_id)
    values = "".join(
        f'<VariableValue><VariableRef targetGUID="{guid("variable", name)}" />'
        f"{_element('TextValue', {}, _text(_value(doc, name)))}</VariableValue>" for name in VARIABLES)
    return (f'<TextSource guid="{source_id}" name="{_attribute(doc.title or doc.file)}" '
            f'plainTextPath="internal://{source_id}.txt"{created}>'
            f"<Description>{_text(f'{doc.file} ({doc.doc_type}, {date_text(doc.date)})')}</Description>"
            + _selections(rows, created, theme_guids) + values + "</TextSource>")


def build_project(run_dir: Path) -> tuple[bytes, dict[str, str]]:
    """project.qde as bytes, and the source texts by file name inside the archive.

    The XML is written as text, element by element, as ElementTree serialises the same tree (three times faster
    than building and serialising one): attributes in the order given, an empty element as `<tag />`."""
    documents = pd.read_parquet(run_dir / f"{schema.DOCUMENTS}.parquet")
    findings = pd.read_parquet(run_dir / schema.FINDINGS_FILE, columns=list(SELECTION_COLUMNS))
    themes = pd.read_csv(run_dir / f"{schema.THEMES}.csv", keep_default_na=False)
    record = read_record(run_dir)
    stamp = str(record.get("updated") or datetime.now(timezone.utc).isoformat(timespec="seconds"))
    user = guid("user", "council-findings")
    created = f' creatingUser="{user}" creationDateTime="{_attribute(stamp)}"'
    variables = "".join(_element("Variable", {"guid": guid("variable", name), "name": name, "typeOfVariable": "Text"})
                        for name in VARIABLES)
    # Plain Python values (iterating Arrow-backed string columns value by value is slow).
    by_doc: dict[str, list[tuple]] = {}
    for row in zip(*(findings[c].tolist() for c in SELECTION_COLUMNS)):
        by_doc.setdefault(row[0], []).append(row)
    theme_guids = _Guids("theme")
    texts = {f"sources/{guid('source', doc_id)}.txt": text
             for doc_id, text in zip(documents["doc_id"].tolist(), documents["text"].tolist())}
    sources = "".join(_source(doc, by_doc.get(doc.doc_id, []), created, theme_guids) for doc in documents.itertuples())
    project = _element(
        "Project", {"xmlns": NS, "name": f"council-findings: {Path(record.get('corpus', 'run')).name}",
                    "origin": "council-findings", "creatingUserGUID": user, "creationDateTime": stamp},
        _element("Users", {}, _element("User", {"guid": user, "name": "council-findings pipeline"}))
        + _codebook(themes) + _element("Variables", {}, variables) + _cases(documents)
        + _element("Sources", {}, sources))
    return ("<?xml version='1.0' encoding='utf-8'?>\n" + project).encode("utf-8"), texts


def sources(run_dir: Path) -> list[Path]:
    """The files of the run folder the project is built from (with run.json's corpus and time stamp)."""
    return [Path(run_dir) / name for name in (f"{schema.DOCUMENTS}.parquet", schema.FINDINGS_FILE, f"{schema.THEMES}.csv")]


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
