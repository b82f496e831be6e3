"""report.html printed to PDF by a real headless Chromium: a matrix wider than the paper prints every column (in
blocks that repeat the theme column and say which columns they hold), the printed view names the run it comes
from, and the page on screen is as it was once printing is over."""

from __future__ import annotations

import base64
import io
import re

import pytest

from pipeline.config import RunConfig
from pipeline.report import build_report
from tests.conftest import run_small
from tests.test_report import _browser

AUTHORITIES = ["Walsall", "Wirral", "West Sussex", "Blackpool", "Bolton", "Coventry", "Derbyshire", "Stockport",
               "Havering", "Wigan", "Kent", "Norfolk", "Suffolk", "Devon"]
LINES = ["Social workers carry high caseloads in the {team} team.",
         "Police attendance at strategy discussions in {place} is poor.",
         "Chronologies in {place} are missing from case files of the {team} team.",
         "Managers in {place} do not record their oversight of casework."]


@pytest.fixture(scope="module")
def wide_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("print")
    corpus = base / "corpus"
    corpus.mkdir()
    for n, authority in enumerate(AUTHORITIES):
        team = ["north", "south", "east", "west"][n % 4] + f" area {n}"
        body = "\n\n".join(f"{i}. {line.format(team=team, place=authority)}" for i, line in enumerate(LINES, start=1))
        (corpus / f"{authority.lower().replace(' ', '-')}_2019.txt").write_text(
            f"{authority} Council\n\nChildren's Scrutiny Committee, 12 March 2019\n\n{body}\n", encoding="utf-8")
    out = run_small(corpus, base / "run", RunConfig(n_themes=3, cache_dir=str(base / "cache"))).run_dir
    build_report(out)
    return out


def _pdf_text(browser) -> str:
    from pypdf import PdfReader

    pdf = browser.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69})
    reader = PdfReader(io.BytesIO(base64.b64decode(pdf["data"])))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_a_matrix_wider_than_the_paper_prints_every_column_in_blocks(wide_run, tmp_path):
    browser = _browser(tmp_path / "profile", size=(1400, 900))
    try:
        browser.get((wide_run / "report.html").as_uri())
        browser.execute_script("document.querySelector(\"#tabs [data-view='matrix']\").click()")
        # Every document of this run is minutes: show the council documents (the headline view has none).
        browser.execute_script("const b = document.querySelector('#compare-views [data-compare=council]');"
                               " if (b) b.click();")
        heads = browser.execute_script("return [...document.querySelectorAll('#heat thead th')].map((t) => t.textContent)")
        shown = [a for a in AUTHORITIES if a in heads]
        assert len(shown) == len(AUTHORITIES)
        assert browser.execute_script("return document.getElementById('heat').scrollWidth") > 690
        text = _pdf_text(browser)
        assert all(a in text for a in AUTHORITIES)  # no column cut at the paper's edge
        parts = re.findall(r"Columns? (\d+)(?:–(\d+))? of (\d+) \(part (\d+) of (\d+)", text)
        assert len(parts) >= 2 and all(int(p[2]) == len(AUTHORITIES) for p in parts)
        covered = [k for p in parts for k in range(int(p[0]), int(p[1] or p[0]) + 1)]
        assert sorted(covered) == list(range(1, len(AUTHORITIES) + 1))  # each column printed once
        assert "Matrix view, printed" in text and "of the run over corpus" in text and "findings" in text
        # Printing over, the page on screen is as it was.
        browser.execute_script("window.dispatchEvent(new Event('afterprint'))")
        assert browser.execute_script("return document.querySelectorAll('.print-chunks, .print-record, "
                                      ".print-original').length") == 0
        assert browser.find_element("id", "heat").is_displayed()
    finally:
        browser.quit()
