"""Matrix stage: findings with themes -> authority x theme and document x theme tables.

Rows are themes, named "<theme_id>: <label>"; columns are authorities (or documents). The matrices without a
suffix count findings (counts follow document length and number: a label, not a comparison); `_share`
matrices give each document the same weight (an authority's share is the mean of its documents' shares), and
findings.csv holds the quotes behind each count (filter on theme_id and authority). Which findings a file
counts (like for like by default) is pipeline/views.py's business; matrix_views.csv lists the files.

In codebook mode the table counted has a row per code a finding was given (pipeline/code_rows.py: the rows of its
further codes marked EXTRA_CODE), so a code's count is the number of findings given the code; shares keep the
document's findings as their base (finding_rows), and a broad theme counts a finding once however many of its codes
fall in it (one_per_broad_theme).
"""

from __future__ import annotations

import pandas as pd

# Codebook mode: True on the rows a finding has for its second and third codes (pipeline/code_rows.py).
EXTRA_CODE = "extra_code"


def finding_rows(findings: pd.DataFrame) -> pd.DataFrame:
    """One row per finding: the rows of further codes (EXTRA_CODE) left out; the table itself without them."""
    if EXTRA_CODE not in findings.columns:
        return findings
    return findings[~findings[EXTRA_CODE].astype(bool)]


def one_per_broad_theme(findings: pd.DataFrame) -> pd.DataFrame:
    """The rows counted at the broad level: a finding once per broad theme, however many of its codes fall in it."""
    if EXTRA_CODE not in findings.columns:
        return findings
    return findings.drop_duplicates(["finding_id", "parent_theme_id"])


def by_broad_theme(findings: pd.DataFrame) -> pd.DataFrame:
    """The findings with their broad theme as their theme (theme_id, theme_label := parent_theme_id,
    parent_theme_label), a finding once per broad theme: any table computed per theme is then computed per broad
    theme."""
    broad = one_per_broad_theme(findings).drop(columns=["theme_id", "theme_label"], errors="ignore")
    return broad.rename(columns={"parent_theme_id": "theme_id", "parent_theme_label": "theme_label"})


def document_totals(findings: pd.DataFrame, doc_ids) -> pd.Series:
    """The number of findings of each document in `doc_ids` (0 when none; rows of further codes not counted): the
    base of a document's shares."""
    counts = finding_rows(findings)["doc_id"].value_counts()
    return counts.reindex(doc_ids, fill_value=0)


def theme_row_names(findings: pd.DataFrame, level: str = "theme") -> pd.Series:
    """ "<id>: <label>" for each finding at the sub-theme ("theme") or broad ("parent") level."""
    if level == "parent":
        return findings["parent_theme_id"].astype(int).astype(str) + ": " + findings["parent_theme_label"].astype(str)
    return findings["theme_id"].astype(int).astype(str) + ": " + findings["theme_label"].astype(str)


def cross_counts(rows: pd.Series, columns: pd.Series) -> pd.DataFrame:
    """Counts of each (row value, column value) pair, values sorted, zeros filled: `pd.crosstab` without its
    per-group Python loop (ten times faster on 100,000 findings)."""
    if rows.empty:
        return pd.crosstab(rows, columns)
    counts = pd.Series(0, index=rows.index).groupby([rows, columns], sort=True).size()
    return counts.unstack(fill_value=0).rename_axis(index=rows.name, columns=columns.name).astype("int64")


def _ordered(table: pd.DataFrame) -> pd.DataFrame:
    order = sorted(table.index, key=lambda name: int(str(name).split(":", 1)[0]))
    return table.loc[order]


def count_matrix(findings: pd.DataFrame, column: str = "authority", level: str = "theme") -> pd.DataFrame:
    """Theme x `column` finding counts (ints; every theme and every value of `column` present)."""
    if level == "parent":
        findings = one_per_broad_theme(findings)
    rows = theme_row_names(findings, level)
    table = cross_counts(rows, findings[column]).rename_axis(index="theme", columns=column)
    return _ordered(table)


def share_matrix(counts: pd.DataFrame) -> pd.DataFrame:
    """Each column divided by its total: the share of an authority's findings in each theme (columns sum to 1)."""
    totals = counts.sum(axis=0).replace(0, 1)
    return (counts / totals).round(4)


def document_share_matrix(findings: pd.DataFrame, column: str = "authority", level: str = "theme") -> pd.DataFrame:
    """Theme x `column` shares in which each document weighs the same: per document, the share of its findings
    in each theme; per column value, the mean of its documents' shares (columns sum to 1; in codebook mode, over
    a document's findings, so they can sum above 1). Without doc_id, the pooled share_matrix."""
    counts = count_matrix(findings, column=column, level=level)
    if "doc_id" not in findings.columns:
        return share_matrix(counts)
    per_doc = count_matrix(findings, column="doc_id", level=level)
    if EXTRA_CODE in findings.columns:
        per_doc = per_doc / document_totals(findings, per_doc.columns).replace(0, 1)
    else:
        per_doc = per_doc / per_doc.sum(axis=0).replace(0, 1)
    owner = findings.drop_duplicates("doc_id").set_index("doc_id")[column]
    means = per_doc.T.groupby(owner.reindex(per_doc.columns).to_numpy()).mean().T
    return means.reindex(index=counts.index, columns=counts.columns, fill_value=0).rename_axis(
        index=counts.index.name, columns=counts.columns.name).round(4)


def polarity_matrix(findings: pd.DataFrame, polarity: str, level: str = "theme") -> pd.DataFrame:
    """Counts of findings of one polarity; same rows and columns as the full matrix."""
    full = count_matrix(findings, level=level)
    part = findings[findings["polarity"] == polarity]
    if part.empty:
        return full * 0
    return count_matrix(part, level=level).reindex(index=full.index, columns=full.columns, fill_value=0)


def build_matrices(findings: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """All matrices of a run, keyed by the file stem they are written to."""
    matrices = {
        "matrix_authority_theme": count_matrix(findings),
        "matrix_document_theme": count_matrix(findings, column="doc_id"),
    }
    matrices["matrix_authority_theme_share"] = document_share_matrix(findings)
    if "polarity" in findings.columns:
        matrices["matrix_authority_theme_concern"] = polarity_matrix(findings, "concern")
        matrices["matrix_authority_theme_strength"] = polarity_matrix(findings, "strength")
    if "parent_theme_id" in findings.columns:
        matrices["matrix_authority_broad_theme"] = count_matrix(findings, level="parent")
        matrices["matrix_authority_broad_theme_share"] = document_share_matrix(findings, level="parent")
    return matrices


def filter_findings(findings: pd.DataFrame, kinds: tuple[str, ...] = (), voices: tuple[str, ...] = (),
                    polarities: tuple[str, ...] = ()) -> pd.DataFrame:
    """The findings whose kind, voice and polarity are among those given (an empty tuple keeps all)."""
    keep = pd.Series(True, index=findings.index)
    for column, values in (("kind", kinds), ("voice", voices), ("polarity", polarities)):
        if values:
            keep &= findings[column].isin(values)
    return findings[keep]
