"""What the minutes tests share: a fixture folder's segments, one segment found by its words, the kinds the rules
give sentences of committee minutes, why sentences of minutes are left out of the findings, and what a learned
furniture model that is sure of every sentence leaves."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.classify import classify_segments
from pipeline.ingest import ingest
from pipeline.segment import segment

KEPT = {"finding", "action", "recommendation", "context"}  # kinds that stay findings


def flat(text: str) -> str:
    return " ".join(str(text).split())


def minutes_kinds(texts: list[str]) -> list[str]:
    """The kind the rules give each text as a sentence of committee minutes (no section, no lead-in)."""
    frame = pd.DataFrame({"text": texts, "section": [""] * len(texts), "doc_type": ["committee_minutes"] * len(texts),
                          "lead_in": [""] * len(texts)})
    return classify_segments(frame)["kind"].tolist()


def segments_of(folder: Path) -> pd.DataFrame:
    return segment(ingest(folder).documents).segments


def row(segments: pd.DataFrame, words: str) -> pd.Series:
    """The one segment holding `words` (white space folded)."""
    found = segments[segments["text"].map(flat).str.contains(words, regex=False)]
    assert len(found) == 1, f"{words!r} found {len(found)} times"
    return found.iloc[0]


def minutes_rows(text: str) -> list[dict]:
    """The segment stage's rows of `text` read as one committee minutes document (offsets checked against it)."""
    from pipeline.segment import segment_document
    rows = segment_document({"doc_id": "m", "file": "m.txt", "authority": "Atlantis",
                             "doc_type": "committee_minutes", "date": "2019", "text": text})
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)
    return rows


def segment_reasons(text: str) -> dict[str, str]:
    """The segment stage's reason for each segment of `text` (committee minutes), by its white-space-folded text."""
    return {flat(r["text"]): r["reason"] for r in minutes_rows(text)}


def exclusion_reasons_of(texts: list[str]) -> list[str]:
    """Why each sentence, read as a minutes segment with no section or block reason, is left out ("" where kept)."""
    import numpy as np

    from pipeline.furniture import exclusion_reasons
    from pipeline.patterns import Column
    n = len(texts)
    blank = np.array([""] * n, dtype=object)
    return list(exclusion_reasons(Column(np.array(texts, dtype=object)), Column(blank.copy()), np.ones(n, bool),
                                  blank.copy(), np.ones(n, bool)))


def kinds_after_a_sure_model(texts: list[str]) -> list[str]:
    """The kind of each text, a kept finding of committee minutes, after a learned furniture model that calls every
    sentence furniture (`pipeline.minutes_model.move_furniture`): what stays is what the rules keep from the model."""
    import numpy as np

    from pipeline.minutes_model import FurnitureModel, move_furniture
    from pipeline.schema import FINDING_KINDS
    sure = FurnitureModel(coef=np.zeros(4), intercept=10.0, threshold=0.5)
    frame = pd.DataFrame({"text": texts, "doc_type": "committee_minutes", "kind": "finding", "reason": ""})
    return move_furniture(frame, FINDING_KINDS, lambda t: np.zeros((len(t), 4)), sure)["kind"].tolist()
