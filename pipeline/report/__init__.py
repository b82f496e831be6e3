"""Reports of a finished run folder: report.html (one self-contained page), workbook.xlsx, project.qdpx.

`build_report(run_dir)` reads only the run folder's tables, so it can be rerun without rerunning the stages.
Given the previous run of the same folder, it takes over that run's workbook and QDA project when the tables they
are built from are byte-identical (a rerun of an unchanged corpus) and so is the code that writes them (REPORT_CODE:
a changed wording or layout rebuilds them), and records what each was built from in run.json under
`report_sources` (with a digest of the file written, so one edited since is not taken over).
report.html is always rebuilt: it shows this run's record.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path


from pipeline.cache import code_digest
from pipeline.code_files import code_of
from pipeline.report import qdpx, workbook
from pipeline.report.html import write_html
from pipeline.runfolder import read_record, update_record

BUILT_FROM = {
    "workbook.xlsx": (lambda run_dir: list(workbook.sources(run_dir).values()), workbook.write_workbook),
    "project.qdpx": (qdpx.sources, qdpx.write_qdpx),
}
# The code each file is written by (the writer with every module it imports, code_files.code_of): a previous run's
# file written by other code (another wording, another layout) is not taken over.
REPORT_CODE = {"workbook.xlsx": ("report/workbook.py",), "project.qdpx": ("report/qdpx.py",)}


def files_digest(paths: list[Path], extra: str = "") -> str:
    """sha256 of `extra` and of the files' names and bytes (a missing file counts by its name alone)."""
    digest = hashlib.sha256(extra.encode("utf-8"))
    for path in paths:
        digest.update(f"\x00{path.name}\x00".encode("utf-8"))
        if path.exists():
            with open(path, "rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
    return digest.hexdigest()[:24]


def _take_over(source: Path, target: Path) -> None:
    """A hard link where the file system allows (the previous run is deleted right after), else a copy."""
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        os.link(source, tmp)
    except OSError:
        shutil.copy2(source, tmp)
    tmp.replace(target)


def build_report(run_dir: Path | str, previous: Path | str | None = None) -> dict[str, Path]:
    """Write report.html, workbook.xlsx and project.qdpx into `run_dir`; returns their paths by name.

    previous: the run folder this one replaces, if any (see the module docstring)."""
    run_dir = Path(run_dir)
    earlier = {}
    if previous is not None and (Path(previous) / "run.json").exists():
        earlier = read_record(Path(previous)).get("report_sources", {})
    corpus = str(read_record(run_dir).get("corpus", ""))
    paths, record, to_write = {}, {}, ["report.html"]
    for name, (sources, _) in BUILT_FROM.items():
        record[name] = {"sources": files_digest(sources(run_dir), corpus + code_digest(code_of(REPORT_CODE[name])))}
        kept = Path(previous) / name if previous is not None else None
        # Taken over only if the previous file is still the one that run wrote (not edited since).
        if (kept is not None and kept.exists() and earlier.get(name, {}).get("sources") == record[name]["sources"]
                and earlier[name].get("file") == files_digest([kept])):
            _take_over(kept, run_dir / name)
            paths[name] = run_dir / name
        else:
            to_write.append(name)
    # Written here, one after the other. Forked workers, one per file, took about 0.5 s less at 10,000 findings, but a
    # fork of a process that holds threads (the embedding model's, a test's browser driver's) can hang in the child,
    # and one did in a test run; threads of this process gain nothing (the writers hold Python's lock).
    paths.update({name: _write(name, run_dir) for name in to_write})
    for name in BUILT_FROM:
        record[name]["file"] = files_digest([paths[name]])
    update_record(run_dir, report_sources=record)
    return {name: paths[name] for name in ("report.html", *BUILT_FROM)}


def _write(name: str, run_dir: Path) -> Path:
    return write_html(run_dir) if name == "report.html" else BUILT_FROM[name][1](run_dir)
