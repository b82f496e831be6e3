"""Every vocabulary, table column list and run-folder file name of the pipeline, defined once.

Stages and reports import their names from here; `pipeline/stages/` declares which stage writes each table
(each stage module's READS and WRITES, made of the names below).
"""

from __future__ import annotations

# --- vocabularies -----------------------------------------------------------------------------------------
# The document types the learned classifier was trained on (its doc_type cue).
CUE_DOC_TYPES = ("inspection_report", "committee_minutes", "scrutiny_report", "council_motion", "other")
# Ofsted's letters after a visit or a joint inspection, which grade nothing; the rules and the classifier read
# them as inspection reports.
VISIT_TYPES = ("focused_visit", "monitoring_visit", "joint_targeted_area_inspection")
DOC_TYPES = CUE_DOC_TYPES + VISIT_TYPES
# The inspectorate's own documents; every other type is a council's (or another body's) record.
OFSTED_TYPES = ("inspection_report",) + VISIT_TYPES
# What a segment is: an observation, the council's action, a recommendation, background, or meeting business.
KINDS = ("finding", "action", "recommendation", "context", "procedural")
# The kinds that become findings (clustered into themes) unless the configuration says otherwise.
FINDING_KINDS = ("finding", "action", "recommendation", "context")
POLARITIES = ("concern", "strength", "neutral")
# How the embedding model runs: sentence-transformers itself, its ONNX export (pipeline.onnx_backend), or that
# export quantized to int8, activation scales per batch or fixed (pipeline.onnx_int8). A model id names its
# backend: "all-MiniLM-L6-v2#onnx".
BACKENDS = ("torch", "onnx", "onnx-int8", "onnx-int8-static")
VOICES = ("inspectorate", "council", "other")

# --- tables -------------------------------------------------------------------------------------------------
# `page_starts` (parquet only): offset in text where each PDF page starts ([] for other files).
DOCUMENT_COLUMNS = ["doc_id", "file", "sha256", "authority", "doc_type", "date", "published", "inspection_start",
                    "inspection_end", "title", "source", "n_chars", "text", "page_starts"]
DOCUMENT_PARQUET_ONLY = ("text", "page_starts")
# The documents fields a document's segments are made from (the segment cache hashes them).
SEGMENTED_FIELDS = ("doc_id", "file", "authority", "doc_type", "date", "text")
# `lead_in` is the lead-in: the sentence or line a segment follows (e.g. "Inspectors found that:"), kept in parquet
# only; `reason` says why a segment is not a finding (stock text, meeting furniture; "" for findings).
SEGMENT_COLUMNS = [
    "finding_id", "doc_id", "file", "authority", "doc_type", "date", "section", "para_ref",
    "start", "end", "text", "lead_in", "reason",
]
REASON = "reason"
# Who a council document reports speaking: member, officer, inspector (reported), young person, independent (a chair
# or adviser appointed from outside the council, e.g. by the DfE), or "" (`pipeline.furniture`).
SPEAKERS = ("member", "officer", "inspector", "young person", "independent", "")
LEAD_IN = "lead_in"
# The heading a finding sits under (the learned polarity reads its vector, pipeline.classify_model).
SECTION = "section"
CLASS_COLUMNS = ["kind", "polarity", "voice", "speaker"]
# The theme columns of findings (the themes stage adds them).
FINDING_THEME_COLUMNS = ["theme_id", "theme_label", "theme_confidence", "parent_theme_id", "parent_theme_label"]
# A finding that repeats an earlier one of its document (its finding_id, else "") or stock text found in three or
# more documents (pipeline/themes/repeats.py); counted once or not at all in matrices (pipeline.views.countable).
REPEAT_COLUMNS = ["duplicate_of", "stock"]
# `page`: the PDF page a finding starts on (empty for other files).
FINDING_COLUMNS = [
    "finding_id", "doc_id", "file", "authority", "doc_type", "date", "section", "para_ref", "page", "start", "end",
    "text", *CLASS_COLUMNS, *FINDING_THEME_COLUMNS, *REPEAT_COLUMNS,
]
# The text themes are clustered on (names masked, abbreviations expanded by the run's glossary;
# pipeline/themes/cluster_text.py): kept in findings.parquet so the tracker's shared-words term reads it instead of
# masking every finding again.
CLUSTERING_TEXT = "clustering_text"
PARQUET_ONLY = (LEAD_IN, CLUSTERING_TEXT)
# The theme model's tables (pipeline/themes): themes.csv, broad_themes.csv, each finding's assignment, codebook
# codes, researcher edits (theme_edits.csv) and the glossary of abbreviations.
THEME_COLUMNS = ["theme_id", "label", "keywords", "size", "n_authorities", "exemplars", "parent_theme_id",
                 "parent_label"]
BROAD_COLUMNS = ["theme_id", "label", "keywords", "size"]
ASSIGNMENT_COLUMNS = ["finding_id", "theme_id", "theme_confidence", "parent_theme_id"]
CODE_COLUMNS = ["finding_id", "code", "similarity"]
EDIT_COLUMNS = ["theme_id", "label", "merge_into", "split_into"]
REQUIRED_EDIT_COLUMNS = ["theme_id", "label", "merge_into"]
GLOSSARY_COLUMNS = ["abbreviation", "expansion", "plural"]
JUDGEMENT_COLUMNS = ["doc_id", "authority", "date", "framework", "area", "grade_text", "grade", "finding_id",
                     "start", "end", "previous"]
# judgements.csv `previous`: "" on a report's own judgement; on an earlier inspection's grade the report quotes, the
# month that inspection was (or was published), as the report states it (YYYY-MM).
REC_COLUMNS = [
    "rec_id", "doc_id", "file", "authority", "date", "text", "finding_id", "finding_ids", "section", "timescale",
    "theme_id", "theme_label",
]
TRACKER_COLUMNS = [
    "rec_id", "authority", "report_file", "report_date", "report_grade", "recommendation", "next_file", "next_date",
    "next_grade", "part", "rank", "file", "doc_type", "date", "finding_id", "similarity", "kind", "polarity", "match",
    "status", "progress", "quote",
]
COMPARISON_COLUMNS = ["authority", "theme_id", "theme_label", "count", "n_findings", "share", "share_others",
                      "log_odds", "z", "direction", "direction_unadjusted", "present_in_all", "distinctive",
                      "n_documents", "documents_with_theme", "share_low", "share_high", "difference", "difference_low",
                      "difference_high", "p_value", "p_adjusted", "interval_method", "evidence"]
PAIR_COLUMNS = ["authority", "other", "theme_id", "theme_label", "share", "share_other", "n_documents",
                "n_documents_other", "documents_with_theme", "documents_with_theme_other", "difference",
                "difference_low", "difference_high", "p_value", "p_adjusted", "differs", "evidence"]

# --- the run folder -----------------------------------------------------------------------------------------
RUN_JSON = "run.json"
DOCUMENTS = "documents"            # .csv (no text) and .parquet
SEGMENTS = "segments"              # .parquet: the kept segments with their rule classes and lead-ins
SEGMENTS_FILE = "segments.parquet"
EXCLUDED = "excluded"              # .csv: segments left out of the findings (procedural)
JUDGEMENTS = "judgements"          # .csv
CUES = "cues.npy"                  # rule cues of each finding, read by the learned classifier
VECTORS = "vectors.npy"            # one embedding per finding, in findings order
SEARCHES_FILE = "searches.json"  # the questions saved with `search --save` (pipeline.search)
CLASSES = "classes.parquet"        # learned kind and polarity per finding
THEMES = "themes"                  # .csv
BROAD_THEMES = "broad_themes"      # .csv
CENTROIDS = "centroids.npy"
TOPIC_WORDS = "topic_words.npz"  # the topic-word model the themes were assigned with (`pipeline.themes.lexical`)
FIELD_SEEDS = "field_themes.npz"  # the seeded field themes' terms, centres and threshold (`pipeline.themes.field`)
CODER = "codebook_coder.npz"  # codebook mode: how codes were given (`pipeline.themes.codebook.CodebookCoder`)
FINDING_CODES = "finding_codes"    # .csv, codebook mode: finding_id, code, similarity (up to three codes a finding)
CODE_MATRIX = "matrix_authority_code"  # .csv, codebook mode: codes x authorities
FINDINGS = "findings"              # .csv and .parquet: every finding with its classes and themes (FINDING_COLUMNS)
FINDINGS_FILE = "findings.parquet"
COMPARISON = "comparison"          # .csv
COMPARISON_PAIRS = "comparison_pairs"  # .csv: two authorities side by side (pipeline/pairs.py)
COMPARISON_PAIRS_BROAD = "comparison_pairs_broad"  # .csv: the same over broad themes
TRENDS = "trends"                  # .csv
MATRICES = "matrix_*.csv"
MATRIX_VIEWS = "matrix_views"      # .csv: what each matrix file counts
INSPECTIONS = "inspections"        # .csv: one row per inspection report with its grades
INSPECTION_CHANGES = "inspection_changes"  # .csv
INSPECTION_CHANGES_BROAD = "inspection_changes_broad"  # .csv: the same per broad theme
GRADE_THEMES = "grade_themes"      # .csv: concern shares per theme and grade over many reports
GRADE_POSITIONS = "grade_positions"  # .csv
RECOMMENDATIONS = "recommendations"  # .csv
TRACKER = "tracker"                # .csv
REPORT_FILES = ("report.html", "workbook.xlsx", "project.qdpx")

# --- what report.html reads (pipeline/report/data.py) ------------------------------------------------------------
# Columns of findings.parquet the page reads; the optional ones only when the run has them.
REPORT_FINDING_COLUMNS = ("finding_id", "doc_id", "authority", "date", "section", "para_ref", "start", "end", "text",
                          "kind", "polarity", "voice", "theme_id")
REPORT_OPTIONAL_FINDING_COLUMNS = (LEAD_IN, "page", "framework", "duplicate_of", "stock", "speaker")
# comparison.csv columns the page shows per cell, in this order (absent columns of older runs give "").
REPORT_CELL_COLUMNS = ("distinctive", "direction", "direction_unadjusted", "share", "share_low", "share_high",
                       "share_others", "difference",
                       "difference_low", "difference_high", "p_adjusted", "evidence", "count", "n_documents",
                       "documents_with_theme", "interval_method")

# --- comparisons, inspections and the national context (pipeline/views.py, inspections.py, grade_themes.py) --
COUNCIL_DOC_TYPES = ("committee_minutes", "scrutiny_report", "council_motion")

DOCUMENT_FRAME_COLUMNS = ["doc_id", "authority", "doc_type", "framework", "published", "published_from",
                          "inspection_start", "inspection_end", "when"]

INSPECTION_COLUMNS = ["doc_id", "authority", "inspection_no", "label", "framework", "inspection_start",
                      "inspection_end", "published", "published_from", "overall", "overall_grade", "n_findings"]

TREND_COLUMNS = ["authority", "inspection_no", "doc_id", "published", "year", "framework", "overall", "theme_id",
                 "theme_label", "count", "share", "concern", "strength"]

CHANGE_COLUMNS = ["authority", "theme_id", "theme_label", "inspection_no", "doc_id", "published", "overall",
                  "status", "concern", "strength", "concern_quote", "strength_quote", "previous_doc_id",
                  "previous_published", "previous_overall", "previous_status", "change", "concern_finding_id",
                  "strength_finding_id"]

GRADE_THEME_COLUMNS = ["framework", "theme_id", "theme_label", "grade", "grade_order", "n_reports", "n_authorities",
                       "concern_share", "concern_share_low", "concern_share_high", "reports_with_concern",
                       "difference", "difference_low", "difference_high", "p_value", "q_value", "concern_part",
                       "concern_part_low", "concern_part_high", "part_difference", "part_difference_low",
                       "part_difference_high"]

POSITION_COLUMNS = ["doc_id", "authority", "published", "framework", "overall", "theme_id", "theme_label",
                    "concern_share", "n_reports", "n_reports_framework", "percentile", "percentile_framework",
                    "position"]

# What a view counts, as data (pipeline/views.listed_fields): a JSON list per restriction by value ("[]" keeps
# everything), the period's dates as given ("" keeps everything). `selection` says the same in words, for people.
VIEW_SELECTION_VALUES = ("kinds", "voices", "polarities", "doc_types", "frameworks")
VIEW_SELECTION_DATES = ("date_from", "date_to")
VIEW_COLUMNS = ["file", "view", "counts", "selection", "n_findings", "n_documents", *VIEW_SELECTION_VALUES,
                *VIEW_SELECTION_DATES]
