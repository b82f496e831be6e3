"""Page numbers of findings in PDF documents.

`with_pages(segments, documents)` adds `page` to a segments/findings table (columns doc_id, start): the PDF page
(1, 2, ...) that holds the segment's first character, from the documents' `page_starts` (the offset in the text
where each page starts, kept by ingest); <NA> for documents that are not PDFs or were ingested without page starts.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def page_of(page_starts, offset: int) -> int | None:
    """The 1-based page whose text holds `offset`, or None when there are no page starts."""
    if page_starts is None or len(page_starts) == 0:
        return None
    return max(1, int(np.searchsorted(np.asarray(page_starts), offset, side="right")))


def with_pages(segments: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """segments with a nullable-integer `page` column (see module docstring)."""
    starts = {}
    if "page_starts" in documents.columns:
        starts = {doc_id: value for doc_id, value in zip(documents["doc_id"], documents["page_starts"])
                  if value is not None and len(value)}
    pages = np.full(len(segments), -1, dtype=np.int64)
    doc_ids = segments["doc_id"].to_numpy()
    offsets = segments["start"].to_numpy()
    for doc_id, value in starts.items():
        rows = np.flatnonzero(doc_ids == doc_id)
        if len(rows):
            pages[rows] = np.maximum(1, np.searchsorted(np.asarray(value), offsets[rows], side="right"))
    column = pd.array(np.where(pages > 0, pages, 0), dtype="Int64")
    column[pages <= 0] = pd.NA
    return segments.assign(page=column)
