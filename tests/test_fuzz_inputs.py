"""Property-based fuzz of manifests and configuration files: whatever a user writes, the ingest command either
finishes with every entry of the corpus folder's fate in run.json, or stops with exit 1 and one line; never a
traceback, and nothing outside the run folder and the caches is written or deleted."""

from __future__ import annotations

import json
import shutil
from dataclasses import fields
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.cli import main
from pipeline.config import RunConfig
from pipeline.corpus import walk_corpus

DOCUMENTS = {
    "walsall.txt": "Walsall Council\n\nMinutes of the Children's Services Scrutiny Panel, 12 March 2019\n\n"
                   "Members heard that social workers' caseloads had risen in every locality team.\n",
    "wirral.txt": "Wirral Council\n\nChildren and Families Overview and Scrutiny Committee, 4 May 2016\n\n"
                  "The Director said that chronologies were now completed on most case files.\n",
}
CELL = st.one_of(st.sampled_from(["walsall.txt", "wirral.txt", "missing.txt", "Walsall", "Wirral", "Atlantis",
                                  "inspection_report", "committee_minutes", "2019-03-12", "31/02/2019",
                                  "next year", "", " ", "=HYPERLINK(\"x\")", "\x1b[31m"]),
                 st.text(max_size=12))
COLUMN = st.sampled_from(["file", "authority", "doc_type", "date", "title", "source", "notes", "FILE", " file "])
MANIFEST = st.one_of(
    st.builds(lambda header, rows: "\n".join([",".join(header)] + [",".join(row) for row in rows]) + "\n",
              st.lists(COLUMN, min_size=1, max_size=6),
              st.lists(st.lists(CELL.map(lambda c: c.replace(",", " ").replace("\n", " ")), max_size=6), max_size=4)),
    st.text(max_size=200),
    st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
)
VALUE = st.one_of(st.integers(-5, 10**6), st.booleans(), st.floats(allow_nan=False, allow_infinity=False),
                  st.sampled_from(["auto", "finding", "onnx", "torch", "local", "", "x"]),
                  st.lists(st.sampled_from(["finding", "action", "context", "gossip"]), max_size=3))
KEY = st.sampled_from([f.name for f in fields(RunConfig) if f.name not in ("cache_dir", "model", "codebook",
                                                                          "edits_file", "scheduler")] + ["unknown"])


def _toml_value(value) -> str:
    return json.dumps(value) if not isinstance(value, bool) else str(value).lower()


def _snapshot(folder: Path, skip: tuple[Path, ...]) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and not any(p.is_relative_to(s) for s in skip)}


def _check(base: Path, args: list[str]) -> None:
    corpus, run_dir, cache = base / "corpus", base / "run", base / ".cache"
    before = _snapshot(base, (run_dir, cache))
    result = CliRunner().invoke(main, ["ingest", "--corpus", str(corpus), str(run_dir), *args])
    assert _snapshot(base, (run_dir, cache)) == before
    assert "Traceback" not in result.output
    if result.exit_code == 0:
        recorded = {entry["file"] for entry in json.loads((run_dir / "run.json").read_text())["inputs"]}
        assert {entry.rel for entry in walk_corpus(corpus)} <= recorded
    else:
        assert result.exit_code == 1, (result.exit_code, result.output, result.exception)
        assert isinstance(result.exception, SystemExit), result.exception
        errors = [line for line in result.output.splitlines() if line.startswith("Error")]
        assert len(errors) == 1, result.output


def _fresh(tmp_path_factory, manifest: str | None) -> Path:
    base = tmp_path_factory.mktemp("fuzz")
    corpus = base / "corpus"
    corpus.mkdir()
    for name, text in DOCUMENTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    if manifest is not None:
        (corpus / "manifest.csv").write_text(manifest, encoding="utf-8", errors="surrogateescape")
    return base


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(MANIFEST)
def test_any_manifest_ends_in_a_recorded_run_or_one_line(tmp_path_factory, manifest):
    base = _fresh(tmp_path_factory, manifest)
    _check(base, [])
    shutil.rmtree(base)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(KEY, VALUE, max_size=4), st.booleans())
def test_any_configuration_file_ends_in_a_recorded_run_or_one_line(tmp_path_factory, values, under_run):
    base = _fresh(tmp_path_factory, None)
    body = "".join(f"{key} = {_toml_value(value)}\n" for key, value in values.items())
    config = base / "run.toml"
    config.write_text(("[run]\n" if under_run else "") + body, encoding="utf-8")
    _check(base, ["--config", str(config)])
    shutil.rmtree(base)
