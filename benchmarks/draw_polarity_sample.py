"""Draw the segments of tests/data/labelled_segments_fifth.csv: inspection-report sentences of the kinds whose
polarity the held-out errors were in (issue 17), for labelling BEFORE any model is run on them.

    HF_HUB_OFFLINE=1 python benchmarks/draw_polarity_sample.py [--shared ../shared] > outputs/fifth_unlabelled.csv

Segments come from the pipeline's own segmenter (pipeline.ingest + pipeline.segment) over ../shared/ofsted_reports
(60 ILACS reports, 2018+) and ../shared/ofsted_reports_sif (45 SIF reports, 2013-2018, no segment of which was
labelled before); kind-procedural segments by the rules, segments under 40 characters and texts already in a
labelled file are left out. Pools, each drawn after the previous ones (pandas sample, seed 41), at most two
segments per document and pool:
  mixed       a contrast word (but, however, although, while, whilst, despite, yet, though) with both a
              shortfall word and a praise word (30);
  improvement a fall or rise said of caseloads, turnover, vacancies, agency staff, delay, drift, waits, backlogs,
              re-referrals or timeliness, or "now" with such a word (20);
  grade       a judgement word: requires improvement, inadequate, outstanding, "is/are good", judged, graded (15);
  figures     two or more numbers other than years (15);
  qualified   a negated or qualified praise word ("not always effective", "not yet", "would benefit", "could be")
              (15);
  random      any other segment (15).
Prints a CSV with the columns of the labelled files (labels empty) and the pool.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pandas as pd
from labelled_set import ROOT, labelled_texts

from pipeline.classify import classify_segments
from pipeline.ingest import ingest
from pipeline.schema import LEAD_IN
from pipeline.segment import segment

CONTRAST = r"\b(but|however|although|though|while|whilst|despite|yet)\b"
SHORTFALL = (r"\b(not|no|lack\w*|insufficient\w*|inconsistent\w*|poor\w*|weak\w*|delay\w*|drift|too (many|few|long|"
             r"slow)|variable|limited|gaps?|high)\b")
PRAISE = r"\b(good|effective\w*|strong\w*|well|timely|improv\w*|positive\w*|robust|appropriate\w*|clear\w*)\b"
TOPIC = (r"\b(caseloads?|turnover|vacanc\w+|agency|locum|delays?|drift|wait\w*|backlogs?|re-?referrals?|"
         r"timel\w+|workloads?|changes of social worker)\b")
CHANGE = r"\b(reduc\w+|decreas\w+|increas\w+|lower\w*|fewer|fall\w*|fell|improv\w+|now|stabilis\w+|manageable)\b"
GRADE = (r"\b(requires? improvement|requiring improvement|inadequate|outstanding|(is|are|remains?) good|judged|"
         r"graded)\b")
FIGURE = re.compile(r"(?<![\w./])(?!(?:19|20)\d\d\b)\d[\d,.]*%?")
QUALIFIED = (r"\b(not (always |yet |consistently |sufficiently |all |fully )?(good|effective|timely|robust|clear|"
             r"strong|well|consistent)|not yet|would benefit|could be|too early|at an early stage|"
             r"(is|are) (still )?developing)\b")
POOLS = (("mixed", 30), ("improvement", 20), ("grade", 15), ("figures", 15), ("qualified", 15), ("random", 15))


def _has(pattern: str, texts: pd.Series) -> pd.Series:
    compiled = re.compile(pattern, re.IGNORECASE)
    return texts.map(lambda text: compiled.search(text) is not None).astype(bool)


def pool_masks(texts: pd.Series) -> dict[str, pd.Series]:
    return {"mixed": _has(CONTRAST, texts) & _has(SHORTFALL, texts) & _has(PRAISE, texts),
            "improvement": _has(TOPIC, texts) & _has(CHANGE, texts),
            "grade": _has(GRADE, texts),
            "figures": texts.map(lambda t: len(FIGURE.findall(t)) >= 2),
            "qualified": _has(QUALIFIED, texts),
            "random": pd.Series(True, index=texts.index)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    sources = [(f"shared/{name}", args.shared / name) for name in ("ofsted_reports", "ofsted_reports_sif")]
    segments = candidate_segments(sources, labelled_texts())
    sheet = draw_pools(segments, pool_masks(segments["key"]), [(pool, size, 2) for pool, size in POOLS], seed=41)
    sheet.to_csv(sys.stdout, index=False)


def candidate_segments(sources: list[tuple[str, Path]], known: set[str]) -> pd.DataFrame:
    """The segments of the documents of each (source, folder) that the rules keep, of 40 characters or more and not
    labelled yet (`known`), each text once, in reading order; `key` is the text with white space made single."""
    parts = []
    for source, folder in sources:
        documents = ingest(folder, text_cache=ROOT / "outputs/.cache/text").documents
        parts.append(segment(documents).segments.assign(source=source))
    segments = pd.concat(parts, ignore_index=True).drop_duplicates(["file", "text"])
    segments["key"] = segments["text"].map(lambda t: " ".join(str(t).split()))
    rules = classify_segments(segments[["text", "section", "doc_type", LEAD_IN]])
    keep = (rules["kind"] != "procedural").to_numpy() & (segments["key"].str.len() >= 40) & ~segments["key"].isin(known)
    return segments[keep].drop_duplicates("key").reset_index(drop=True)


def draw_pools(segments: pd.DataFrame, masks: dict[str, pd.Series], pools, seed: int) -> pd.DataFrame:
    """A labelling sheet: for each (pool, size, per_document) in turn, `size` segments of the pool not drawn
    before, at most `per_document` of a file, shuffled with `seed`; kind, polarity and voice left to label."""
    taken, rows = set(), []
    for pool, size, per_document in pools:
        candidates = segments[masks[pool] & ~segments.index.isin(taken)]
        candidates = candidates.sample(frac=1.0, random_state=seed).groupby("file", sort=False).head(per_document)
        chosen = candidates.head(size)
        taken |= set(chosen.index)
        rows.append(chosen.assign(pool=pool))
    sample = pd.concat(rows)
    return pd.DataFrame({"source": sample["source"], "doc": sample["file"], "doc_type": "inspection_report",
                         "section": sample["section"], "lead_in": sample[LEAD_IN], "text": sample["text"],
                         "kind": "", "polarity": "", "voice": "", "pool": sample["pool"]})


if __name__ == "__main__":
    main()
