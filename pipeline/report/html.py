"""report.html: one self-contained page (no network) over a run folder.

The page's data (pipeline.report.data.page_data) is embedded as JSON in a <script type="application/json">
element with <, > and & escaped, and the page's script inserts every piece of document text with textContent, so
a document containing markup shows it literally and runs nothing. Style and script are package data files in
assets/, joined in SCRIPTS order (each file one part of the page: state and filters, matrix, quotes, review, ...).
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from pipeline.report.data import page_data
from pipeline.runfolder import write_atomic

STYLES = ("report.css", "print.css")
SCRIPTS = ("core.js", "filters.js", "compare.js", "matrix.js", "quotes.js", "review.js", "views.js", "pairs.js", "tracker.js", "inspections.js", "print.js", "main.js")


def safe_json(data: dict) -> str:
    """JSON that cannot end the <script> element it sits in."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def render(data: dict) -> str:
    assets = resources.files("pipeline.report").joinpath("assets")
    template = assets.joinpath("report.html").read_text(encoding="utf-8")
    style = "\n".join(assets.joinpath(name).read_text(encoding="utf-8") for name in STYLES)
    script = "\n".join(assets.joinpath(name).read_text(encoding="utf-8") for name in SCRIPTS)
    # Data last: a document's text could hold the other placeholders.
    return template.replace("/*STYLE*/", style).replace("/*SCRIPT*/", script).replace("/*DATA*/", safe_json(data))


def write_html(run_dir: Path) -> Path:
    target = Path(run_dir) / "report.html"
    write_atomic(target, render(page_data(Path(run_dir))))
    return target
