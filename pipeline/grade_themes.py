"""Themes and overall grades among a run's own reports: which themes go with which judgements, over every graded
inspection report of the run (not a national figure: only the reports the run was given, often a handful).

A report's *concern share* in a theme is the number of its concern findings in the theme divided by all its
findings (inspectorate findings of inspection reports; sentences that state a judgement left out, so a grade
cannot explain itself: the findings judgements.csv points at, and any finding naming both a judgement area
and a judgement word: inadequate, outstanding, requires improvement, judgement, judged, grade). Reports are
the sampling unit: each grade's figure is the mean of its reports' concern shares, with a t interval over
reports (pipeline/uncertainty.py says why a t interval rather than a bootstrap).

grade_themes.csv, one row per scope, theme and overall grade with at least MIN_REPORTS reports:
    framework ("all": every graded report; else the reports of that framework only, when it has MIN_GRADES
    grades of MIN_REPORTS reports), theme_id, theme_label,
    grade (outstanding | good | requires improvement | adequate | inadequate),
    grade_order (1 .. 4; adequate 3), n_reports, n_authorities, concern_share, concern_share_low,
    concern_share_high (95 %), reports_with_concern, difference (this grade's mean minus the other graded
    reports' mean in the same scope), difference_low, difference_high (Welch 95 %), p_value, q_value
    (Benjamini-Hochberg over the themes of the grade and scope),
    concern_part, concern_part_low, concern_part_high, part_difference, part_difference_low, part_difference_high:
    the same for the theme's *part of the report's concerns* (its concern findings over all the report's concern
    findings; reports with none left out). Reports graded inadequate raise more concerns on almost every theme, so
    a concern share that rises with the grade may be the report's tone, not the theme; the part says whether a
    theme takes a larger piece of what inspectors criticised.
grade_positions.csv, one row per inspection report and theme: doc_id, authority, published, framework, overall,
    theme_id, theme_label, concern_share, n_reports (the run's graded reports), n_reports_framework (those of the
    report's framework), percentile (0-100: the share of the other graded reports with a lower concern share, ties
    counted half), percentile_framework (the same among reports of the same framework), position ("top tenth",
    "top quarter", "middle half", "bottom quarter" of the graded reports; "none" when the report raises no concern
    in the theme; "too few reports" when the run has fewer than MIN_PLACED graded reports). A percentile (either)
    is empty when its reports number fewer than MIN_PLACED: with fewer than 20, a "top tenth" holds at most one
    report, so the band says no more than "the highest", and one report more or less moves a percentile by over
    five points.
Written only when at least MIN_GRADES grades have MIN_REPORTS graded reports each.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from pipeline.matrix import cross_counts, finding_rows
from pipeline.prose_grades import MINUTES_AREAS as AREAS  # the areas a sentence may name, across frameworks
from pipeline.uncertainty import benjamini_hochberg, mean_interval, welch_test
from pipeline.schema import GRADE_THEME_COLUMNS, POSITION_COLUMNS

MIN_REPORTS = 3
MIN_GRADES = 2
MIN_PLACED = 20  # graded reports before a report is placed among them (module docstring); read at call time
TOO_FEW = "too few reports"
GRADE_ORDER = {"outstanding": 1, "good": 2, "requires improvement": 3, "adequate": 3, "inadequate": 4}
# Words that state a judgement. "good" is left out: "care leavers get good support" describes practice, and
# leaving every such sentence out would empty the good and outstanding reports' themes.
_GRADE = re.compile(r"\b(?:inadequate|outstanding|requires? improvement|requiring improvement|judge?ment|judged|"
                    r"graded?)\b", re.IGNORECASE)
# The judgement areas' patterns with their groups made non-capturing (str.contains wants no groups).
_AREA = re.compile(re.sub(r"\((?!\?)", "(?:", "|".join(f"({pattern})" for _, pattern in AREAS)), re.IGNORECASE)


def judgement_sentences(findings: pd.DataFrame, judgements: pd.DataFrame | None) -> pd.Series:
    """True for findings that state a judgement (see module docstring)."""
    ids = set()
    if judgements is not None and "finding_id" in judgements:
        ids = set(judgements["finding_id"].fillna("").astype(str)) - {""}
    # A plain loop over Python strings: pandas runs a flagged regex over Arrow strings one by one anyway.
    named = [bool(_GRADE.search(text)) and bool(_AREA.search(text)) for text in findings["text"].astype(str).tolist()]
    return findings["finding_id"].astype(str).isin(ids) | pd.Series(named, index=findings.index)


def counted_findings(findings: pd.DataFrame, report_ids: set[str],
                     judgements: pd.DataFrame | None) -> pd.DataFrame:
    """The findings the run's grade context counts: those of the inspection reports `report_ids`, sentences that
    state a judgement left out (the report's quotes behind each figure are these findings' concerns)."""
    reports = findings[findings["doc_id"].astype(str).isin(report_ids)]
    return reports[~judgement_sentences(reports, judgements)]


def report_concern_shares(findings: pd.DataFrame) -> pd.DataFrame:
    """reports x themes: each report's concern findings in the theme over all its findings."""
    total = finding_rows(findings).groupby("doc_id").size()
    concern = findings[findings["polarity"] == "concern"]
    table = cross_counts(concern["doc_id"], concern["theme_id"]).reindex(
        index=total.index, columns=sorted(findings["theme_id"].unique()), fill_value=0)
    return table.div(total, axis=0)


def report_concern_parts(shares: pd.DataFrame) -> pd.DataFrame:
    """reports x themes: each report's concern findings in the theme over all its concern findings (NaN for a
    report with none), from its concern shares (`report_concern_shares`: the same counts over one total)."""
    total = shares.sum(axis=1)
    return shares.div(total.where(total > 0), axis=0)


def _position(percentile: float, share: float, placed: bool = True) -> str:
    if share == 0:
        return "none"
    if not placed:
        return TOO_FEW
    if np.isnan(percentile):
        return ""
    if percentile >= 90:
        return "top tenth"
    if percentile >= 75:
        return "top quarter"
    if percentile >= 25:
        return "middle half"
    return "bottom quarter"


def grade_themes(findings: pd.DataFrame, inspections: pd.DataFrame,
                 judgements: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """(grade_themes, grade_positions) tables (module docstring), or None when too few reports are graded.

    findings: the like-for-like findings (doc_id, finding_id, text, polarity, theme_id, theme_label);
    inspections: inspections.csv rows (doc_id, authority, published, framework, overall)."""
    reports = counted_findings(findings, set(inspections["doc_id"]), judgements)
    if reports.empty:
        return None
    reports = reports.assign(doc_id=reports["doc_id"].astype(str), theme_id=reports["theme_id"].astype(int))
    shares = report_concern_shares(reports)
    parts = report_concern_parts(shares)
    info = inspections.set_index("doc_id").reindex(shares.index)
    grade = info["overall"].fillna("").astype(str)
    graded = grade.isin(GRADE_ORDER).to_numpy()
    labels = reports.drop_duplicates("theme_id").set_index("theme_id")["theme_label"]
    framework = info["framework"].fillna("").astype(str)
    # All graded reports together, then each framework alone (its reports are written to one template, so
    # the comparison within a framework is like for like).
    scopes = [("all", np.ones(len(info), dtype=bool))]
    scopes += [(name, (framework == name).to_numpy()) for name in sorted(set(framework[graded]) - {""})]
    rows = []
    for scope, members in scopes:
        rows += _scope_rows(shares, parts, grade, info, graded & members, labels, scope)
    if not any(row["framework"] == "all" for row in rows):
        return None
    table = pd.DataFrame(rows, columns=GRADE_THEME_COLUMNS)
    decimals = ["concern_share", "concern_share_low", "concern_share_high", "difference", "difference_low",
                "difference_high", "p_value", "q_value", "concern_part", "concern_part_low", "concern_part_high",
                "part_difference", "part_difference_low", "part_difference_high"]
    table[decimals] = table[decimals].astype(float).round(4)
    return table, _positions(shares, info, graded, labels)


def _scope_rows(shares: pd.DataFrame, parts: pd.DataFrame, grade: pd.Series, info: pd.DataFrame,
                graded: np.ndarray, labels: pd.Series, scope: str) -> list[dict]:
    """grade_themes rows of the graded reports `graded` (a mask), when MIN_GRADES grades have MIN_REPORTS."""
    counts = grade[graded].value_counts()
    kept = sorted(counts.index[counts >= MIN_REPORTS], key=GRADE_ORDER.get)
    if len(kept) < MIN_GRADES:
        return []
    values = shares.to_numpy()
    pieces = parts.to_numpy()
    voiced = ~np.isnan(pieces[:, 0]) if pieces.shape[1] else np.zeros(len(pieces), dtype=bool)  # any concern
    rows = []
    for name in kept:
        inside = graded & (grade == name).to_numpy()
        mine, rest = values[inside], values[graded & ~inside]
        share, low, high = mean_interval(mine)
        difference, d_low, d_high, p = welch_test(mine, rest)
        q = benjamini_hochberg(p)
        authorities = info.loc[inside, "authority"].nunique()
        part, part_low, part_high = mean_interval(pieces[inside & voiced])
        moved, moved_low, moved_high, _ = welch_test(pieces[inside & voiced], pieces[graded & ~inside & voiced])
        for j, theme in enumerate(shares.columns):
            rows.append({"framework": scope, "theme_id": int(theme), "theme_label": labels.get(theme, ""),
                         "grade": name, "grade_order": GRADE_ORDER[name], "n_reports": int(inside.sum()),
                         "n_authorities": int(authorities), "concern_share": share[j], "concern_share_low": low[j],
                         "concern_share_high": high[j], "reports_with_concern": int((mine[:, j] > 0).sum()),
                         "difference": difference[j], "difference_low": d_low[j], "difference_high": d_high[j],
                         "p_value": p[j], "q_value": q[j], "concern_part": part[j], "concern_part_low": part_low[j],
                         "concern_part_high": part_high[j], "part_difference": moved[j],
                         "part_difference_low": moved_low[j], "part_difference_high": moved_high[j]})
    return rows


def _percentiles(values: np.ndarray, reference: np.ndarray, exclude_self: np.ndarray) -> np.ndarray:
    """Per row of values (reports x themes): the percentile of each value among the reference rows (the
    report itself left out when it is one of them), ties counted half; NaN with no reference."""
    below = (reference[None, :, :] < values[:, None, :]).sum(axis=1).astype(float)
    ties = (reference[None, :, :] == values[:, None, :]).sum(axis=1) - exclude_self[:, None]
    count = len(reference) - exclude_self[:, None]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(count > 0, np.round(100.0 * (below + 0.5 * ties) / count, 1), np.nan)


def _positions(shares: pd.DataFrame, info: pd.DataFrame, graded: np.ndarray, labels: pd.Series) -> pd.DataFrame:
    values = shares.to_numpy()
    framework = info["framework"].fillna("").astype(str).to_numpy()
    n_graded = int(graded.sum())
    percentile = _percentiles(values, values[graded], graded.astype(float))
    if n_graded < MIN_PLACED:
        percentile[:] = np.nan
    percentile_framework = np.full_like(values, np.nan)
    n_framework = np.zeros(len(values), dtype=int)
    for name in set(framework):
        rows = framework == name
        reference = rows & graded
        n_framework[rows] = int(reference.sum())
        if reference.sum() >= MIN_PLACED:
            percentile_framework[rows] = _percentiles(values[rows], values[reference], graded[rows].astype(float))
    n_docs, n_themes = values.shape
    table = pd.DataFrame({
        "doc_id": np.repeat(shares.index.to_numpy(), n_themes),
        "authority": np.repeat(info["authority"].to_numpy(), n_themes),
        "published": np.repeat(info["published"].to_numpy(), n_themes),
        "framework": np.repeat(framework, n_themes),
        "overall": np.repeat(info["overall"].to_numpy(), n_themes),
        "theme_id": np.tile(shares.columns.to_numpy().astype(int), n_docs),
        "concern_share": np.round(values.ravel(), 4), "n_reports": n_graded,
        "n_reports_framework": np.repeat(n_framework, n_themes), "percentile": percentile.ravel(),
        "percentile_framework": percentile_framework.ravel()})
    table["theme_label"] = table["theme_id"].map(labels).fillna("")
    table["position"] = [_position(p, v, n_graded >= MIN_PLACED)
                         for p, v in zip(table["percentile"], table["concern_share"])]
    return table[POSITION_COLUMNS]


def most_associated(table: pd.DataFrame, grade: str = "inadequate", top: int = 5,
                    framework: str = "all") -> pd.DataFrame:
    """The `top` themes whose concern share in reports of `grade` most exceeds the other graded reports'
    (by the lower end of the difference interval, so a wide interval does not come first)."""
    part = table[(table["grade"] == grade) & (table["framework"] == framework)]
    return part.sort_values(["difference_low", "difference"], ascending=False, kind="stable").head(top)
