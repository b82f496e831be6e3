"""project.qdpx: the run as a REFI-QDA project (QDA-XML 1.0 Project schema) for NVivo, MAXQDA, ATLAS.ti.

The archive holds project.qde and sources/<guid>.txt. Broad themes are parent codes and themes codable child
codes; each document is a TextSource whose plain text is exactly the extracted text the pipeline used; each
finding is a PlainTextSelection at its character offsets, coded with its theme (in codebook mode with every code
finding_codes.csv gives it, each at its similarity) and with the marks the pipeline gave it (concern, strength,
repeat, stock text: codes under "Marks given by the pipeline", so a coding query can keep or drop them);
authority, document type and date are variables of every source, and each authority is a case holding its
sources. A memo (Note) says what the project holds and how it was made. GUIDs derive from the run's ids, so the
same run always exports the same project.
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
SELECTION_COLUMNS = ("doc_id", "finding_id", "start", "end", "kind", "polarity", "voice", "theme_id", "duplicate_of",
                     "stock")
# The pipeline's marks, coded beside the theme so a researcher can query with or without them: (key, code name,
# description). Polarity is the classifier's; repeats and stock text are left out of the report's counts.
MARKS = (("concern", "Concern", "The pipeline read the finding as a concern (machine-given polarity: check before citing)."),
         ("strength", "Strength", "The pipeline read the finding as a strength (machine-given polarity: check before citing)."),
         ("repeat", "Repeat of an earlier finding", "The finding repeats an earlier finding of the same document "
          "(duplicate_of in findings.csv, named in the selection's description); the matrices count the earlier one only."),
         ("stock", "Stock text", "Text found in three or more documents (names masked): a template sentence; the "
          "matrices count its first occurrence only."))
MARKS_NAME = "Marks given by the pipeline"
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


def _theme_description(theme) -> str:
    """What a code is, in a reader's words: its broad theme, where it comes from, its size and its keywords."""
    source = getattr(theme, "source", "")
    made = {"codebook": "A code of the researcher's codebook.",
            "discovered": "Discovered: findings that fit no code of the codebook, grouped by similarity.",
            "field": "Grouped by similarity, seeded by a field theme's terms."}.get(source, "Grouped by similarity.")
    parent = getattr(theme, "parent_label", "")
    size = getattr(theme, "size", "")
    authorities = getattr(theme, "n_authorities", "")
    return " ".join(part for part in (
        f"Broad theme: {parent}." if parent else "", made,
        f"{size} findings" + (f" of {authorities} authorities." if authorities != "" else ".") if size != "" else "",
        f"Keywords: {theme.keywords}") if part)


def _marks() -> str:
    """The parent code of the pipeline's marks (not codable) over one codable code per mark."""
    children = "".join(_element("Code", {"guid": guid("mark", key), "name": name, "isCodable": "true",
                                         "color": "#7f7f7f"}, f"<Description>{_text(text)}</Description>")
                       for key, name, text in MARKS)
    return _element("Code", {"guid": guid("mark", "marks"), "name": MARKS_NAME, "isCodable": "false",
                             "color": "#7f7f7f"},
                    "<Description>Not themes: what the pipeline noted of each finding.</Description>" + children)


def _codebook(themes: pd.DataFrame) -> str:
    """<CodeBook>: each broad theme a parent code (not codable) over its themes, codable codes (a broad theme of one
    theme of the same name is that code, at the top); then the marks."""
    codes = []
    has_parents = "parent_theme_id" in themes.columns and themes["parent_theme_id"].astype(str).ne("").all()
    groups = themes.groupby("parent_theme_id", sort=True) if has_parents else [(None, themes)]
    for index, (parent_id, members) in enumerate(groups):
        colour = PALETTE[index % len(PALETTE)]
        children = "".join(
            _element("Code", {"guid": guid("theme", theme.theme_id), "name": theme.label, "isCodable": "true",
                              "color": colour}, f"<Description>{_text(_theme_description(theme))}</Description>")
            for theme in members.itertuples())
        if parent_id is None or (len(members) == 1 and members["label"].iloc[0] == members["parent_label"].iloc[0]):
            codes.append(children)  # a broad theme whose one theme has its name is that code alone, not "X > X"
        else:
            codes.append(_element("Code", {"guid": guid("broad", parent_id), "name": members["parent_label"].iloc[0],
                                           "isCodable": "false", "color": colour},
                                  f"<Description>Broad theme of {len(members)} themes.</Description>" + children))
    return _element("CodeBook", {}, _element("Codes", {}, "".join(codes) + _marks()))


def _selection_codes(row: tuple, codes: dict[str, list[tuple]]) -> tuple[list[tuple[str, object]], str]:
    """The codes one finding is coded with, as (guid kind, key), and the words its description adds.

    Its theme first, then (codebook mode) every further code it was given, then its marks; the description
    names each codebook code with its similarity and the finding a repeat repeats."""
    finding_id, polarity, theme_id, duplicate_of, stock = row[1], row[5], row[7], row[8], row[9]
    given = codes.get(finding_id, [])
    themes = [theme_id] + [code for code, _, _ in given if code != theme_id]
    marks = [key for key, on in (("concern", polarity == "concern"), ("strength", polarity == "strength"),
                                 ("repeat", bool(duplicate_of)), ("stock", bool(stock))) if on]
    words = ("; codes: " + ", ".join(f"{name} ({similarity:.2f})" for _, similarity, name in given)) if given else ""
    if duplicate_of:
        words += f"; repeats {duplicate_of}"
    return [("theme", theme) for theme in themes] + [("mark", key) for key in marks], words


def _selections(rows: list[tuple], created: str, theme_guids: _Guids, codes: dict[str, list[tuple]]) -> str:
    """The <PlainTextSelection> elements of one document's findings, each coded with its theme(s) and marks.

    rows: SELECTION_COLUMNS per finding; created: the creatingUser and creationDateTime attributes, as XML;
    codes: a finding's codebook codes, (theme_id, similarity, name) each (empty outside codebook mode)."""
    parts = []
    for row in rows:
        _, finding_id, start, end, kind, polarity, voice = row[:7]
        targets, words = _selection_codes(row, codes)
        codings = "".join(
            f'<Coding guid="{guid("coding", finding_id) if n == 0 else guid("coding", f"{finding_id}:{k}:{key}")}"'
            f'{created}><CodeRef targetGUID="{theme_guids[key] if k == "theme" else guid("mark", key)}" /></Coding>'
            for n, (k, key) in enumerate(targets))
        parts.append(
            f'<PlainTextSelection guid="{guid("finding", finding_id)}" name="{_attribute(finding_id)}" '
            f'startPosition="{_attribute(start)}" endPosition="{_attribute(end)}"{created}>'
            f"<Description>{_text(f'{kind}; {polarity}; {voice}{words}')}</Description>{codings}</PlainTextSelection>")
    return "".join(parts)


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


def source_names(documents: pd.DataFrame) -> list[str]:
    """Each document's source name: its title (else its file), with its date added where titles repeat (two
    inspection reports titled with the council's name), then its file name where they still do."""
    names = [title or file for title, file in zip(documents["title"].tolist(), documents["file"].tolist())]
    for extra in (lambda i: date_text(documents["date"].iloc[i]), lambda i: documents["file"].iloc[i]):
        counts = pd.Series(names).value_counts()
        names = [f"{name} ({extra(i)})" if counts[name] > 1 else name for i, name in enumerate(names)]
    return names


def _source(doc, name: str, rows: list[tuple], created: str, theme_guids: _Guids, codes: dict[str, list[tuple]]) -> str:
    """One document's <TextSource>: its description, its findings' selections, then its variable values.

    doc: a row of documents.parquet (itertuples); name: its source name; rows: its findings as _selections takes
    them."""
    source_id = guid("source", doc.doc_id)
    values = "".join(
        f'<VariableValue><VariableRef targetGUID="{guid("variable", name)}" />'
        f"{_element('TextValue', {}, _text(_value(doc, name)))}</VariableValue>" for name in VARIABLES)
    return (f'<TextSource guid="{source_id}" name="{_attribute(name)}" '
            f'plainTextPath="internal://{source_id}.txt"{created}>'
            f"<Description>{_text(f'{doc.file} ({doc.doc_type}, {date_text(doc.date)})')}</Description>"
            + _selections(rows, created, theme_guids, codes) + values + "</TextSource>")


def _finding_codes(run_dir: Path, themes: pd.DataFrame) -> dict[str, list[tuple]]:
    """Codebook mode: each finding's codes from finding_codes.csv as (theme_id, similarity, name), in its order;
    empty without the file."""
    path = run_dir / f"{schema.FINDING_CODES}.csv"
    if not path.exists():
        return {}
    table = pd.read_csv(path, keep_default_na=False)
    theme_of = dict(zip(themes["label"].tolist(), themes["theme_id"].tolist()))
    codes: dict[str, list[tuple]] = {}
    for finding_id, code, similarity in zip(table["finding_id"].tolist(), table["code"].tolist(),
                                            table["similarity"].tolist()):
        if code in theme_of:
            codes.setdefault(finding_id, []).append((theme_of[code], float(similarity), code))
    return codes


def memo(record: dict, findings: pd.DataFrame, themes: pd.DataFrame, n_documents: int, codebook: bool) -> str:
    """The project's memo: what it holds, how it was made and what the marks mean, in plain words."""
    polarity = findings["polarity"].value_counts()
    broad = themes["parent_theme_id"].nunique() if "parent_theme_id" in themes.columns else 0
    excluded = (record.get("counts") or {}).get("excluded")
    lines = [
        f"Made by the council-findings pipeline from a run over the corpus folder "
        f"\"{Path(str(record.get('corpus', 'run'))).name}\""
        f" ({record.get('updated', 'time not recorded')}; embedding model {record.get('model', 'not recorded')}).",
        f"Sources: {n_documents} documents, each the plain text the pipeline read from the file named in its "
        "description; a selection's positions count characters of that text.",
        f"Coded selections: {len(findings)} findings, each coded with its theme ({len(themes)} themes"
        + (f" under {broad} broad themes, the parent codes" if broad else "") + ")"
        + (", and with every further code of the codebook it fits (up to three; the selection's description names "
           "each code with its similarity; codes named (discovered) hold findings that fit no code)" if codebook else "")
        + ". Themes are found by similarity, not read by a person: read the quotes before citing a code.",
        "Not coded: " + (f"{excluded} passages read as procedural or too short to stand alone (excluded.csv)."
                         if excluded is not None else "passages read as procedural (excluded.csv)."),
        f"Marks given by the pipeline (codes beside the themes): Concern ({int(polarity.get('concern', 0))}) and "
        f"Strength ({int(polarity.get('strength', 0))}) are the classifier's polarity, the rest neutral and uncoded; "
        f"Repeat of an earlier finding ({int((findings['duplicate_of'] != '').sum())}) and Stock text "
        f"({int(findings['stock'].sum())}) are findings the matrices do not count: leave them out of a coding "
        "query to count as the matrices do.",
        "Each selection's description: kind (finding, recommendation, ...); polarity; voice (whose words: "
        "inspectorate, council, ...). Variables: authority, doc_type, date (\"2019, day not stated\" when only the "
        "year is known). Cases: one per authority.",
    ]
    return "\n\n".join(lines)


def build_project(run_dir: Path) -> tuple[bytes, dict[str, str]]:
    """project.qde as bytes, and the source texts by file name inside the archive.

    The XML is written as text, element by element, as ElementTree serialises the same tree (three times faster
    than building and serialising one): attributes in the order given, an empty element as `<tag />`."""
    documents = pd.read_parquet(run_dir / f"{schema.DOCUMENTS}.parquet")
    findings = pd.read_parquet(run_dir / schema.FINDINGS_FILE)
    findings = findings.assign(duplicate_of=findings.get("duplicate_of", pd.Series("", index=findings.index)).fillna(""),
                               stock=findings.get("stock", pd.Series(False, index=findings.index)).fillna(False)
                               .astype(bool))[list(SELECTION_COLUMNS)]
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
    codes = _finding_codes(run_dir, themes)
    names = source_names(documents)
    texts = {f"sources/{guid('source', doc_id)}.txt": text
             for doc_id, text in zip(documents["doc_id"].tolist(), documents["text"].tolist())}
    sources = "".join(_source(doc, name, by_doc.get(doc.doc_id, []), created, theme_guids, codes)
                      for doc, name in zip(documents.itertuples(), names))
    note_id = guid("note", "about")
    note = _element("Note", {"guid": note_id, "name": "About this project"},
                    _element("PlainTextContent", {}, _text(memo(record, findings, themes, len(documents), bool(codes)))))
    project = _element(
        "Project", {"xmlns": NS, "name": f"council-findings: {Path(record.get('corpus', 'run')).name}",
                    "origin": "council-findings", "creatingUserGUID": user, "creationDateTime": stamp},
        _element("Users", {}, _element("User", {"guid": user, "name": "council-findings pipeline"}))
        + _codebook(themes) + _element("Variables", {}, variables) + _cases(documents)
        + _element("Sources", {}, sources) + _element("Notes", {}, note)
        + _element("Description", {}, _text("Findings of council and Ofsted documents coded by theme: "
                                            "read the memo About this project."))
        + _element("NoteRef", {"targetGUID": note_id}))
    return ("<?xml version='1.0' encoding='utf-8'?>\n" + project).encode("utf-8"), texts


def sources(run_dir: Path) -> list[Path]:
    """The files of the run folder the project is built from (with run.json's corpus and time stamp)."""
    return [Path(run_dir) / name for name in (f"{schema.DOCUMENTS}.parquet", schema.FINDINGS_FILE, f"{schema.THEMES}.csv",
                                              f"{schema.FINDING_CODES}.csv")]


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
