"""The inspection as the unit: one row per inspection report, theme tables per inspection, and what changed
between an authority's consecutive inspections.

inspections.csv, one row per document of type inspection_report, by authority then date:
    doc_id, authority, inspection_no (1 = the authority's earliest in the run), label ("West Sussex 2019-05-08"),
    framework, inspection_start, inspection_end, published, overall (the overall effectiveness grade in words,
    "" when none was read), overall_grade (1 outstanding .. 4 inadequate), n_findings (in the view counted),
    then one column "grade: <area>" per judgement area found in any report (grade in words).
Grades come from judgements.csv; rows marked `previous` (a report quoting an earlier inspection's grade) are
left out. Any judgement area the judgements table has becomes a column, so new frameworks flow through.

trends.csv (by inspection, not calendar year), one row per inspection and theme raised in any of that
authority's inspections: authority, inspection_no, doc_id, published, year, framework, overall, theme_id,
theme_label, count, share (of the inspection's findings), concern, strength.

inspection_changes.csv, the same rows with what each inspection said about the theme beside the previous one:
    authority, theme_id, theme_label, inspection_no, doc_id, published, overall, status, concern, strength,
    concern_quote, strength_quote, previous_doc_id, previous_published, previous_overall, previous_status,
    change, concern_finding_id, strength_finding_id (the quotes' findings in findings.csv, "" without a quote),
    count, share (the theme's findings and their share of the report's findings, as trends.csv), previous_concern,
    previous_strength, previous_share, share_change (share - previous_share; "" at the first inspection and when not
    compared), framework, scope (pipeline.frameworks.scope_of: "whole service", "looked after children only", ...),
    previous_framework, previous_scope, comparison
comparison: "" at the first inspection | "same framework" | "new framework" (part of a change in share may be the
    framework's questions and layout) | "different scope": one of the two reports inspected only part of the service
    (a 2012-2013 looked-after-children inspection beside a SIF report), so every theme's share and counts move with
    what was inspected; such a change is not presented as one (change says why, share_change is "").
status: concern | strength | concern and strength | mentioned (neutral findings only) | not mentioned.
change: first inspection | "not compared: ..." (comparison "different scope") | "<previous status> -> <status>; share of the report's findings <before> -> <now>
    (<+/-points> points); concern <before> -> <now>, strength <before> -> <now>", e.g. "concern and strength ->
    concern and strength; share 3.8% -> 6.3% (+2.5 points); concern 5 -> 8, strength 3 -> 2": a theme can keep
    its status while the report gives it far more or less room.
Quotes are their finding's text as one line (pipeline/display.clean_text: line breaks read as spaces, none after a
hyphen ending a line, PDF bullet glyphs left out), so a researcher can copy one; the finding_id beside each names
the exact finding, whose text findings.csv keeps as extracted.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from pipeline.display import clean_text
from pipeline.frameworks import scope_of
from pipeline.judgements import own_judgements
from pipeline.matrix import EXTRA_CODE, cross_counts, document_totals, finding_rows
from pipeline.schema import CHANGE_COLUMNS as STATUS_COLUMNS, INSPECTION_COLUMNS, TREND_COLUMNS

# inspection_changes.csv: the status columns (schema.py), then the share and counts before and now. Kept here, not in
# schema.py, which every stage's cache fingerprint reads: a column of this table changes no other stage's result.
CHANGE_COLUMNS = STATUS_COLUMNS + ["count", "share", "previous_concern", "previous_strength", "previous_share",
                                  "share_change", "framework", "scope", "previous_framework", "previous_scope",
                                  "comparison"]

GRADE_WORDS = {1: "outstanding", 2: "good", 3: "requires improvement", 4: "inadequate"}
OVERALL_AREA = "overall effectiveness"


def grade_word(grade, grade_text: str = "") -> str:
    """Words for a grade number; 3 is "adequate" when the report said adequate (before 2013)."""
    if pd.isna(grade) or str(grade).strip() == "":
        return ""
    number = int(float(grade))
    text = str(grade_text).lower()
    if number == 3 and "adequate" in text and "inadequate" not in text:
        return "adequate"
    return GRADE_WORDS.get(number, "")


def current_judgements(judgements: pd.DataFrame) -> pd.DataFrame:
    """Judgement rows that grade the document's own inspection (rows marked `previous` left out)."""
    if judgements is None or judgements.empty:
        return pd.DataFrame(columns=["doc_id", "area", "grade", "grade_text"])
    rows = own_judgements(judgements)
    rows = rows[rows["grade"].notna() & (rows["grade"].astype(str).str.strip() != "")]
    return rows.assign(doc_id=rows["doc_id"].astype(str))


def _overall(areas: pd.DataFrame) -> tuple[str, float]:
    """The overall effectiveness grade of one document's judgements: the area named exactly so, else the worst
    of the areas that start with it (the 2009-2012 reports grade help and protection and children in care
    separately)."""
    named = areas[areas["area"].astype(str).str.lower().str.startswith(OVERALL_AREA)]
    if named.empty:
        return "", np.nan
    exact = named[named["area"].astype(str).str.lower() == OVERALL_AREA]
    row = (exact if len(exact) else named.assign(_g=named["grade"].astype(float)).sort_values("_g")).iloc[-1]
    return grade_word(row["grade"], row.get("grade_text", "")), float(row["grade"])


def inspections_table(frame: pd.DataFrame, judgements: pd.DataFrame,
                      findings: pd.DataFrame | None = None) -> pd.DataFrame:
    """inspections.csv (see module doc). frame: views.documents_frame; findings: the view counted, for
    n_findings (0 when not given)."""
    reports = frame[frame["doc_type"] == "inspection_report"].copy()
    reports = reports.sort_values(["authority", "when", "doc_id"], kind="stable")
    reports["inspection_no"] = reports.groupby("authority").cumcount() + 1
    reports["label"] = reports["authority"] + " " + reports["when"].str[:10]
    # Two reports of one authority with the same date (a copy, a re-publication) keep apart columns: a label is a
    # column name of matrix_inspection_theme*.csv.
    same = reports["label"].duplicated(keep=False)
    reports.loc[same, "label"] = reports.loc[same, "label"] + " (" + reports.loc[same, "doc_id"].str[:8] + ")"
    rows = current_judgements(judgements)
    rows = rows[rows["doc_id"].isin(set(reports["doc_id"]))]
    if "start" in rows:
        rows = rows.sort_values(["doc_id", "start"], kind="stable")
    by_doc = dict(tuple(rows.groupby("doc_id")))
    overall = [_overall(by_doc[d]) if d in by_doc else ("", np.nan) for d in reports["doc_id"]]
    reports["overall"] = [o[0] for o in overall]
    reports["overall_grade"] = [o[1] for o in overall]
    counts = (finding_rows(findings)["doc_id"].astype(str).value_counts() if findings is not None
              else pd.Series(dtype=int))
    reports["n_findings"] = reports["doc_id"].map(counts).fillna(0).astype(int)
    areas = sorted(rows["area"].astype(str).unique())
    for area in areas:
        first = rows[rows["area"].astype(str) == area].drop_duplicates("doc_id").set_index("doc_id")
        words = {d: grade_word(r["grade"], r.get("grade_text", "")) for d, r in first.iterrows()}
        reports[f"grade: {area}"] = reports["doc_id"].map(words).fillna("")
    return reports[INSPECTION_COLUMNS + [f"grade: {a}" for a in areas]].reset_index(drop=True)


def _theme_names(findings: pd.DataFrame) -> pd.Series:
    return findings["theme_id"].astype(int).astype(str) + ": " + findings["theme_label"].astype(str)


def inspection_matrices(findings: pd.DataFrame, inspections: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """matrix_inspection_theme (finding counts), _share (of each inspection's findings), _concern and _strength
    (counts): themes x inspections, columns the inspection labels in inspections.csv order."""
    mine = findings[findings["doc_id"].astype(str).isin(set(inspections["doc_id"]))]
    if mine.empty:
        return {}
    labels = inspections.set_index("doc_id")["label"]
    column = mine["doc_id"].astype(str).map(labels).rename("inspection")
    rows = _theme_names(mine).rename("theme")
    order = sorted(rows.unique(), key=lambda name: int(name.split(":", 1)[0]))
    present = set(column)
    columns = [label for label in inspections["label"] if label in present]

    def table(keep):
        counts = cross_counts(rows[keep], column[keep]) if keep.any() else pd.DataFrame()
        return counts.reindex(index=order, columns=columns, fill_value=0).rename_axis(
            index="theme", columns="inspection").astype(int)

    everything = pd.Series(True, index=mine.index)
    counts = table(everything)
    if EXTRA_CODE in mine.columns:  # codebook mode: the share of the inspection's findings given the code
        labelled = mine.assign(doc_id=column.to_numpy())
        totals = document_totals(labelled, counts.columns)
    else:
        totals = counts.sum(axis=0)
    result = {"matrix_inspection_theme": counts,
              "matrix_inspection_theme_share": (counts / totals.replace(0, 1)).round(4)}
    if "polarity" in mine:
        result["matrix_inspection_theme_concern"] = table(mine["polarity"] == "concern")
        result["matrix_inspection_theme_strength"] = table(mine["polarity"] == "strength")
    return result


def _status(concern: int, strength: int, total: int) -> str:
    if concern and strength:
        return "concern and strength"
    if concern:
        return "concern"
    if strength:
        return "strength"
    return "mentioned" if total else "not mentioned"


def _quotes(findings: pd.DataFrame, polarity: str) -> dict:
    """(doc_id, theme_id) -> (text, finding_id) of the finding of that polarity most typical of the theme (highest
    theme_confidence, else the first); finding_id "" when the findings have none."""
    part = findings[findings["polarity"] == polarity]
    if "theme_confidence" in part:
        part = part.sort_values("theme_confidence", ascending=False, kind="stable")
    first = part.drop_duplicates(["doc_id", "theme_id"])
    ids = first["finding_id"].astype(str) if "finding_id" in first else pd.Series("", index=first.index)
    return dict(zip(zip(first["doc_id"].astype(str), first["theme_id"].astype(int)),
                    zip(first["text"].astype(str).map(clean_text), ids)))


def inspection_trends(findings: pd.DataFrame, inspections: pd.DataFrame) -> pd.DataFrame:
    """trends.csv by inspection (see module doc)."""
    mine = findings[findings["doc_id"].astype(str).isin(set(inspections["doc_id"]))]
    if mine.empty:
        return pd.DataFrame(columns=TREND_COLUMNS)
    mine = mine.assign(doc_id=mine["doc_id"].astype(str), theme_id=mine["theme_id"].astype(int))
    polarity = mine["polarity"] if "polarity" in mine else pd.Series("", index=mine.index)
    grouped = mine.assign(concern=polarity == "concern", strength=polarity == "strength").groupby(
        ["doc_id", "theme_id"]).agg(count=("text", "size"), concern=("concern", "sum"), strength=("strength", "sum"))
    labels = mine.drop_duplicates("theme_id").set_index("theme_id")["theme_label"]
    totals = finding_rows(mine)["doc_id"].value_counts()
    # every cell (report, theme) of each authority's reports and the themes any of them has, authority by
    # authority, read from the counts at once (one reindex, not one per authority)
    themes_of = {doc: set(themes) for doc, themes in mine.groupby("doc_id", sort=False)["theme_id"]}
    cell_docs, cell_themes, owners = [], [], []
    for authority, reports in inspections.groupby("authority", sort=True):
        docs = [d for d in reports["doc_id"] if d in totals.index]
        themes = sorted(set().union(*(themes_of.get(d, ()) for d in docs)))
        cell_docs += [d for d in docs for _ in themes]
        cell_themes += themes * len(docs)
        owners += [authority] * (len(docs) * len(themes))
    cells = pd.MultiIndex.from_arrays([cell_docs, cell_themes], names=["doc_id", "theme_id"])
    table = grouped.reindex(cells, fill_value=0).reset_index().assign(authority=owners)
    info = inspections.set_index("doc_id")
    for column in ("inspection_no", "published", "framework", "overall"):
        table[column] = table["doc_id"].map(info[column])
    table["year"] = table["published"].astype(str).str[:4]
    table["theme_label"] = table["theme_id"].map(labels).fillna("")
    table["share"] = (table["count"] / table["doc_id"].map(totals)).round(4)
    for column in ("count", "concern", "strength", "inspection_no", "theme_id"):
        table[column] = table[column].astype(int)
    return table[TREND_COLUMNS]


def inspection_changes(findings: pd.DataFrame, inspections: pd.DataFrame,
                       trends: pd.DataFrame | None = None) -> pd.DataFrame:
    """inspection_changes.csv (see module doc): each inspection's status per theme beside the previous one's."""
    trends = inspection_trends(findings, inspections) if trends is None else trends
    if trends.empty:
        return pd.DataFrame(columns=CHANGE_COLUMNS)
    concern_quotes = _quotes(findings, "concern") if "polarity" in findings else {}
    strength_quotes = _quotes(findings, "strength") if "polarity" in findings else {}
    table = trends.sort_values(["authority", "theme_id", "inspection_no"], kind="stable").reset_index(drop=True)
    table["status"] = [_status(c, s, n) for c, s, n in zip(table["concern"], table["strength"], table["count"])]
    keys = list(zip(table["doc_id"], table["theme_id"]))
    for polarity, quotes in (("concern", concern_quotes), ("strength", strength_quotes)):
        table[f"{polarity}_quote"] = [quotes.get(k, ("", ""))[0] for k in keys]
        # the quote's finding, to trace it in findings.csv (section, paragraph, page) and cite it
        table[f"{polarity}_finding_id"] = [quotes.get(k, ("", ""))[1] for k in keys]
    table["framework"] = table["framework"].fillna("").astype(str)
    table["scope"] = table["framework"].map(scope_of)
    carried = ["doc_id", "published", "overall", "status", "concern", "strength", "share", "framework", "scope"]
    earlier = table.groupby(["authority", "theme_id"])[carried].shift(1)
    first = earlier["doc_id"].isna()
    for column in carried:
        table[f"previous_{column}"] = earlier[column].astype(object).where(~first, "")
    for column in ("previous_concern", "previous_strength"):
        table[column] = [v if v == "" else int(v) for v in table[column]]
    table["comparison"] = [_comparison(row) for row in table.itertuples()]
    table["share_change"] = [
        "" if was == "" or how == "different scope" else round(float(now) - float(was), 4)
        for now, was, how in zip(table["share"], table["previous_share"], table["comparison"])]
    table["change"] = [_change_words(row) for row in table.itertuples()]
    return table[CHANGE_COLUMNS]


def _comparison(row) -> str:
    """The `comparison` column: how the report stands to the previous one (see module doc)."""
    if row.previous_doc_id == "":
        return ""
    if row.scope and row.previous_scope and row.scope != row.previous_scope:
        return "different scope"
    return "same framework" if row.framework == row.previous_framework else "new framework"


def _change_words(row) -> str:
    """The `change` column: the status before and now, the share of the report's findings before and now with
    its change in points, and the concern and strength counts before and now; "not compared" with the reason when
    one of the two reports inspected only part of the service."""
    if row.previous_doc_id == "":
        return "first inspection"
    if row.comparison == "different scope":
        def what(scope: str) -> str:
            return "the whole service" if scope == "whole service" else scope
        return (f"not compared: the previous report ({row.previous_framework}) inspected {what(row.previous_scope)}, "
                f"this one ({row.framework}) {what(row.scope)}; a change in a theme would be the change in what was "
                f"inspected")
    points = round(100 * (float(row.share) - float(row.previous_share)), 1) or 0.0  # never "-0.0"
    return (f"{row.previous_status} -> {row.status}; share {100 * float(row.previous_share):.1f}% -> "
            f"{100 * float(row.share):.1f}% ({points:+.1f} points); concern {row.previous_concern} -> {row.concern}, "
            f"strength {row.previous_strength} -> {row.strength}")
