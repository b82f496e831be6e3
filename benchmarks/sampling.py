"""What the draw_*_sample.py scripts share: the pipeline's own segments as candidates for a labelling sheet, pools
drawn from them with a seed, the word patterns the pools are made of, and the fixed hash halves of documents.

Each draw script says its pools, sizes, seed and split; this module only does the drawing, so that a script run
again with its seed gives the same sheet (from the same labelled files and documents).
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
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
TRACKER_FILES = (ROOT / "tests/data/tracker_next_fresh.csv", ROOT / "tests/data/tracker_next_more.csv")
TENTH = ROOT / "tests/data/polarity_check_tenth.csv"  # the sixth round's check set (polarity only)


def texts_of(path: Path) -> set[str]:
    """The texts of a labelled file (white space folded), to leave out of a new draw."""
    return {" ".join(str(t).split()) for t in pd.read_csv(path, comment="#", dtype=str, keep_default_na=False)["text"]}


def has(pattern: str, texts: pd.Series) -> pd.Series:
    """True where the pattern occurs in the text (case folded; a missing text holds nothing)."""
    compiled = re.compile(pattern, re.IGNORECASE)
    return texts.fillna("").map(lambda text: compiled.search(text) is not None).astype(bool)


def pattern_masks(texts: pd.Series, pools: dict[str, tuple[str, int]]) -> dict[str, pd.Series]:
    """For pools given as {pool: (pattern, size)}, each pool's mask over the texts."""
    return {pool: has(pattern, texts) for pool, (pattern, _) in pools.items()}


def fixed_half(prefix: str, doc: str, digits: int | None = 8, modulus: int = 2) -> int:
    """sha256(prefix + doc) as a number (its first `digits` hex digits, all of them for None) modulo `modulus`: a
    document's fixed half, the same on every machine and run."""
    digest = hashlib.sha256(f"{prefix}{doc}".encode()).hexdigest()
    return int(digest[:digits] if digits else digest, 16) % modulus


def tracker_authorities(halves: tuple[str, ...] | None = None) -> set[str]:
    """The authorities of the tracker's labelled next-inspection files (only those of `halves` when given)."""
    names = set()
    for path in TRACKER_FILES:
        table = pd.read_csv(path, comment="#", dtype=str, keep_default_na=False)
        names |= set(table["authority"] if halves is None else table.loc[table["half"].isin(halves), "authority"])
    return names


def document_segments(sources: list[tuple[str, Path]]) -> pd.DataFrame:
    """The pipeline's own segments (pipeline.ingest + pipeline.segment) of the documents of each (source, folder)."""
    parts = []
    for source, folder in sources:
        documents = ingest(folder, text_cache=ROOT / "outputs/.cache/text").documents
        parts.append(segment(documents).segments.assign(source=source))
    return pd.concat(parts, ignore_index=True)


def candidate_segments(sources: list[tuple[str, Path]], known: set[str],
                       documents: Callable[[str], bool] | None = None) -> pd.DataFrame:
    """The segments of the documents of each (source, folder) that the rules keep, of 40 characters or more and not
    labelled yet (`known`), each text once, in reading order; `key` is the text with white space made single.
    `documents`, when given, says which files to keep (applied before each text is kept once)."""
    segments = document_segments(sources)
    if documents is not None:
        segments = segments[segments["file"].map(documents).astype(bool)].reset_index(drop=True)
    segments = segments.drop_duplicates(["file", "text"])
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
    return sheet(pd.concat(rows)).assign(pool=pd.concat(rows)["pool"].to_numpy())


def sheet(sample: pd.DataFrame) -> pd.DataFrame:
    """The labelled files' columns for drawn segments, labels empty (doc_type inspection_report: a script drawing
    other documents puts theirs back with `with_doc_types`)."""
    return pd.DataFrame({"source": sample["source"], "doc": sample["file"], "doc_type": "inspection_report",
                         "section": sample["section"], "lead_in": sample[LEAD_IN], "text": sample["text"],
                         "kind": "", "polarity": "", "voice": ""})


def with_doc_types(drawn: pd.DataFrame, segments: pd.DataFrame) -> pd.DataFrame:
    """The sheet with each document's own doc_type (as the segmenter gave it)."""
    doc_types = segments.drop_duplicates("file").set_index("file")["doc_type"]
    return drawn.assign(doc_type=drawn["doc"].map(doc_types))


def draw(segments: pd.DataFrame, seed: int, documents: int, per_document: int) -> pd.DataFrame:
    """`documents` documents at random (sorted names, so the draw does not hang on reading order), then
    `per_document` candidates of each at random, in the order drawn."""
    rng = np.random.default_rng(seed)
    names = sorted(segments["file"].unique())
    chosen = rng.choice(names, size=min(documents, len(names)), replace=False)
    rows = []
    for name in chosen:
        own = segments.index[segments["file"] == name].to_numpy()
        rows.extend(rng.choice(own, size=min(per_document, len(own)), replace=False).tolist())
    return segments.loc[rows]


def random_sheet(sources: list[tuple[str, Path]], before: Path, salt: str, seed: int, documents: int,
                 per_document: int) -> pd.DataFrame:
    """A random labelled file's sheet: the candidates of `sources` not in a labelled file before `before` nor in the
    tenth set, `draw`n, each document put in a half by sha256(salt + doc) (first 8 hex digits even: train, odd:
    check)."""
    known = labelled_texts(before=before) | texts_of(TENTH)
    segments = candidate_segments(sources, known)
    print(f"{segments['file'].nunique()} documents, {len(segments)} candidate segments", file=sys.stderr)
    drawn = draw(segments, seed=seed, documents=documents, per_document=per_document)
    table = with_doc_types(sheet(drawn).assign(pool="random"), segments)
    return table.assign(half=table["doc"].map(lambda doc: "train" if fixed_half(salt, doc) == 0 else "check"))
