"""A researcher's review of quotes, as downloaded from report.html ("Download reviewed quotes"), read back by the
matrix stage so rejected quotes are left out of the next run's matrices.

reviewed_quotes.csv, one row per reviewed quote of a cell (authority x theme):
    decision      accepted | rejected
    theme_id, theme_label, authority      the cell the quote was reviewed in
    finding_id    the quote (stable across runs of the same document)
    doc_id, document, date, section, para_ref, page, source, lead_in, text    where it comes from, for the reader

A rejection applies to a finding only while it is still in the theme it was rejected from (same finding_id and
theme_id): a finding that a later run, a merge or a split moved elsewhere is counted again, and the stage says how
many rejections no longer applied.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.errors import PipelineError

REVIEW_COLUMNS = ["decision", "theme_id", "theme_label", "authority", "finding_id", "doc_id", "document", "date",
                  "section", "para_ref", "page", "source", "lead_in", "text"]
DECISIONS = ("accepted", "rejected")
REQUIRED = ("decision", "theme_id", "finding_id")


def read_review(path: Path | str) -> pd.DataFrame:
    """The review file's rows (all columns as strings); one clear error naming the file when it is not one."""
    path = Path(path)
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (OSError, ValueError, UnicodeDecodeError) as error:
        raise PipelineError(f"{path}: cannot read the review file ({error}).") from error
    missing = [column for column in REQUIRED if column not in table.columns]
    if missing:
        raise PipelineError(f"{path}: not a reviewed-quotes file, it has no column {', '.join(missing)} "
                            f"(expected {', '.join(REVIEW_COLUMNS)}).")
    wrong = sorted(set(table["decision"]) - set(DECISIONS))
    if wrong:
        raise PipelineError(f"{path}: decision must be accepted or rejected, found {', '.join(map(repr, wrong))}.")
    if not table["theme_id"].str.fullmatch(r"-?\d+").all():
        raise PipelineError(f"{path}: theme_id must be a whole number in every row.")
    return table


def rejected_pairs(review: pd.DataFrame) -> set[tuple[str, int]]:
    """(finding_id, theme_id) of every rejected quote; a later row for the same pair overrides an earlier one."""
    last = review.drop_duplicates(["finding_id", "theme_id"], keep="last")
    chosen = last[last["decision"] == "rejected"]
    return set(zip(chosen["finding_id"], chosen["theme_id"].astype(int)))


def drop_rejected(findings: pd.DataFrame, review_file: str | Path | None, say=print) -> pd.DataFrame:
    """`findings` without the quotes the review file rejects for their current theme (unchanged without a file)."""
    if not review_file:
        return findings
    pairs = rejected_pairs(read_review(review_file))
    if not pairs:
        return findings
    keys = pd.Series(list(zip(findings["finding_id"], findings["theme_id"].astype(int))), index=findings.index)
    hit = keys.isin(pairs)
    stale = len(pairs) - int(hit.sum())
    say(f"review {Path(review_file).name}: {int(hit.sum())} rejected quotes left out of the matrices"
        + (f"; {stale} no longer in the theme they were rejected from, counted" if stale else ""))
    return findings[~hit]


def apply_review(run_dir: Path | str, findings: pd.DataFrame, review_file: str | Path | None,
                 say=print) -> pd.DataFrame:
    """The matrix stage's hook: `findings` without the rejected quotes, and the review file recorded in run.json
    (parameters.review_file, "" for none), so report.html starts from the same review and counts what the
    matrices count."""
    from pipeline.runfolder import update_record

    update_record(Path(run_dir), parameters={"review_file": str(Path(review_file).resolve()) if review_file else ""})
    return drop_rejected(findings, review_file, say)

