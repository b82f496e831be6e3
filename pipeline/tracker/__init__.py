"""Recommendation tracker: what an inspection asked for -> what the council said it did -> what the next inspection
found (tracker.csv; the track stage, pipeline.stages.track).

Modules: params (TrackerParams, the thresholds), windows (which council documents answer a report, which report is
its next inspection), words (the shared-words term: content words, idf, overlap), defined (abbreviations a
document defines itself, read as it defines them), matter (a recommendation's core
and key terms, the text that is matched), responses (the council findings that answer a recommendation), second (a line answering two of them), progress (what a response line says of the
action: done, under way, planned, delayed or not started, none said), process (lines about the inspection process itself,
which must name a recommendation's matter to answer it from a lower score), grades (the
reports' graded judgements), groups (the groups of children a recommendation names and the next report's lines
that name them), next_inspection (the next report's evidence and the status it gives), masked (the vectors
matched: of the texts with names masked), rows (a row of tracker.csv) and table (track: the tracker table from them all).
"""

from pipeline.tracker.matter import matched_text
from pipeline.tracker.params import TrackerParams
from pipeline.tracker.table import track

__all__ = ["TrackerParams", "matched_text", "track"]
