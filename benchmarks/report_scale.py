"""report.html with 50,000 findings: size, build time and time to interactive in headless Chromium.

    python benchmarks/report_scale.py [--run outputs/bundled] [--copies 10] [--workdir /tmp/report-scale]

Builds a larger run folder from a finished one by copying its documents and findings `--copies` times, each copy
its own authorities ("Walsall 3"), documents and finding ids (the bundled run's 5,047 findings x 10 = 50,470
findings of 30 authorities in 140 documents); vectors, themes and the comparison are copied or recomputed so the
tables stay consistent. Then, in one Chromium session, it prints:
  - the page's size and the time to build it (page_data + render),
  - time to interactive: from navigation start to the page's ready flag (matrix drawn, filters counted),
  - the time of each interaction measured inside the page (performance.now around the redraw): a search, a
    filter, opening a cell's quotes, the findings list, a document view, the map;
  - the ratio of time to interactive to the same page over the source run (how it scales).
Times are of this machine and its load at the time; run it twice and read the ratios rather than the seconds.
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.compare import compare_authorities
from pipeline.report.html import write_html

ROOT = Path(__file__).resolve().parents[1]
COPIED = ("themes.csv", "broad_themes.csv", "run.json", "centroids.npy")


def scaled_run(source: Path, target: Path, copies: int) -> Path:
    """A run folder of `copies` copies of `source`'s documents and findings, each under its own authorities."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for name in COPIED:
        if (source / name).exists():
            shutil.copy2(source / name, target / name)
    findings = pd.read_parquet(source / "findings.parquet")
    documents = pd.read_parquet(source / "documents.parquet")
    judgements = pd.read_csv(source / "judgements.csv", keep_default_na=False, dtype=str)

    def copy(table: pd.DataFrame, k: int) -> pd.DataFrame:
        table = table.copy()
        if k:
            table["doc_id"] = table["doc_id"] + f"c{k}"
            table["authority"] = table["authority"] + f" {k}"
            if "finding_id" in table.columns:
                table["finding_id"] = table["doc_id"] + "-" + table["finding_id"].str.split("-").str[-1]
        return table

    many = pd.concat([copy(findings, k) for k in range(copies)], ignore_index=True)
    many.to_parquet(target / "findings.parquet", index=False)
    many.drop(columns=["lead_in"], errors="ignore").to_csv(target / "findings.csv", index=False)
    docs = pd.concat([copy(documents, k) for k in range(copies)], ignore_index=True)
    docs.to_parquet(target / "documents.parquet", index=False)
    docs.drop(columns=["text"]).to_csv(target / "documents.csv", index=False)
    pd.concat([copy(judgements, k) for k in range(copies)]).to_csv(target / "judgements.csv", index=False)
    np.save(target / "vectors.npy", np.tile(np.load(source / "vectors.npy"), (copies, 1)))
    compare_authorities(many).to_csv(target / "comparison.csv", index=False)
    return target


def _browser(profile: Path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1920,1080",
                 f"--user-data-dir={profile}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


TIMED = "const t0 = performance.now(); {body}; return performance.now() - t0;"
INTERACTIONS = {
    "search 'chronologies'": "CF.state.q = 'chronologies'; CF.state.terms = CF.parseQuery(CF.state.q); CF.refresh()",
    "clear search": "CF.state.q = ''; CF.state.terms = []; CF.refresh()",
    "tick a filter (polarity concern)": "document.querySelector('fieldset[data-facet=polarity] input').click()",
    "untick it": "document.querySelector('fieldset[data-facet=polarity] input').click()",
    "expand all": "document.getElementById('expand-all').click()",
    "open the largest cell's quotes": "CF.openCell('broad', CF.D.broad[0].id, 0)",
    "findings list": "CF.show('findings')",
    "document view (largest)": "CF.openDocument(CF.D.documents.reduce((b, d, k, all) => "
                               "(d.text || '').length > (all[b].text || '').length ? k : b, 0))",
    "map": "CF.show('map')",
}


def measure(page: Path, browser) -> dict[str, float]:
    browser.get(page.resolve().as_uri())
    for _ in range(600):
        if browser.execute_script("return !!(window.__report && window.__report.ready)"):
            break
        time.sleep(0.1)
    times = {"time to interactive": browser.execute_script("return window.__report.readyAt")}
    for name, body in INTERACTIONS.items():
        times[name] = browser.execute_script(TIMED.format(body=body))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", type=Path, default=ROOT / "outputs" / "bundled")
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/report-scale"))
    args = parser.parse_args()
    small = args.workdir / "small"
    if small.exists():
        shutil.rmtree(small)
    shutil.copytree(args.run, small, ignore=shutil.ignore_patterns("*.xlsx", "*.qdpx", "report.html"))
    large = scaled_run(args.run, args.workdir / "large", args.copies)
    rows = {}
    for name, folder in (("source", small), ("scaled", large)):
        start = time.perf_counter()
        page = write_html(folder)
        build = time.perf_counter() - start
        n = len(pd.read_parquet(folder / "findings.parquet", columns=["finding_id"]))
        browser = _browser(args.workdir / f"profile-{name}")
        try:
            times = measure(page, browser)
        finally:
            browser.quit()
        rows[name] = {"findings": n, "page MB": page.stat().st_size / 1e6, "build s": build, **times}
    table = pd.DataFrame(rows)
    print(table.to_string(float_format=lambda v: f"{v:,.1f}"))
    print(f"\nms for timed rows; ratio of time to interactive, scaled / source: "
          f"{rows['scaled']['time to interactive'] / rows['source']['time to interactive']:.1f} for "
          f"{rows['scaled']['findings'] / rows['source']['findings']:.1f} times the findings")


if __name__ == "__main__":
    main()
