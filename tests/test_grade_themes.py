import numpy as np
import pandas as pd

from pipeline import grade_themes as grade_module
from pipeline.grade_themes import MIN_PLACED, TOO_FEW, grade_themes, judgement_sentences, most_associated


def _national(seed=0):
    """12 reports of 12 authorities: 4 inadequate whose concern findings lean to theme 0, 8 good ones."""
    rng = np.random.default_rng(seed)
    findings, inspections = [], []
    for r in range(12):
        grade = "inadequate" if r < 4 else "good"
        inspections.append({"doc_id": f"d{r}", "authority": f"A{r}", "published": f"20{18 + r % 6}-01-01",
                            "framework": "ILACS", "overall": grade})
        for i in range(60):
            theme = int(rng.integers(0, 4))
            concern = rng.random() < (0.8 if grade == "inadequate" and theme == 0 else 0.2)
            findings.append({"finding_id": f"d{r}-{i}", "doc_id": f"d{r}", "theme_id": theme,
                             "theme_label": f"t{theme}", "polarity": "concern" if concern else "strength",
                             "text": "Plans are weak."})
        findings.append({"finding_id": f"d{r}-j", "doc_id": f"d{r}", "theme_id": 0, "theme_label": "t0",
                         "polarity": "concern", "text": f"The impact of leaders is {grade}."})
    return pd.DataFrame(findings), pd.DataFrame(inspections)


def test_theme_of_inadequate_reports_found_with_an_interval_and_judgement_sentences_left_out(monkeypatch):
    monkeypatch.setattr(grade_module, "MIN_PLACED", 12)  # place the twelve reports among each other
    findings, inspections = _national()
    # "inadequate" with a judgement area is a judgement sentence; "good" is not a grade word here
    assert judgement_sentences(findings, None).sum() == 4
    table, positions = grade_themes(findings, inspections)
    top = most_associated(table, "inadequate", top=1).iloc[0]
    assert top["theme_id"] == 0 and top["difference_low"] > 0 and top["q_value"] < 0.05
    assert top["n_reports"] == 4 and top["n_authorities"] == 4
    good = table[(table["grade"] == "good") & (table["theme_id"] == 0)].iloc[0]
    assert good["concern_share_low"] <= good["concern_share"] <= good["concern_share_high"]
    inadequate_positions = positions[(positions["theme_id"] == 0) & (positions["overall"] == "inadequate")]
    assert (inadequate_positions["percentile"] >= 60).all()
    assert (positions["n_reports"] == 12).all()


def test_fewer_graded_reports_than_the_minimum_are_not_placed_and_say_so():
    findings, inspections = _national()
    assert len(inspections) < MIN_PLACED
    _, positions = grade_themes(findings, inspections)
    assert positions["percentile"].isna().all() and positions["percentile_framework"].isna().all()
    raised = positions["concern_share"] > 0
    assert (positions.loc[raised, "position"] == TOO_FEW).all()
    assert (positions.loc[~raised, "position"] == "none").all()  # a report raising no concern still says so
    assert (positions["n_reports"] == 12).all() and (positions["n_reports_framework"] == 12).all()
    # With enough graded reports overall but a framework below the minimum, only the framework's percentile goes.
    more = pd.concat([inspections.assign(doc_id=inspections["doc_id"] + "x", authority=inspections["authority"] + "x",
                                         framework="SIF"), inspections])
    twice = pd.concat([findings.assign(doc_id=findings["doc_id"] + "x", finding_id=findings["finding_id"] + "x"),
                       findings])
    _, positions = grade_themes(twice, more)
    assert positions["percentile"].notna().any() and positions["percentile_framework"].isna().all()
    assert (positions["n_reports"] == 24).all() and (positions["n_reports_framework"] == 12).all()


def test_too_few_graded_reports_gives_nothing():
    findings, inspections = _national()
    inspections.loc[2:, "overall"] = ""
    assert grade_themes(findings, inspections) is None


def _tone_only(seed=1):
    """12 reports: 4 inadequate ones raise three times the concerns of 8 good ones on every theme alike."""
    rng = np.random.default_rng(seed)
    findings, inspections = [], []
    for r in range(12):
        grade = "inadequate" if r < 4 else "good"
        inspections.append({"doc_id": f"d{r}", "authority": f"A{r}", "published": "2020-01-01",
                            "framework": "ILACS", "overall": grade})
        for i in range(400):
            theme = i % 4
            concern = rng.random() < (0.6 if grade == "inadequate" else 0.2)
            findings.append({"finding_id": f"d{r}-{i}", "doc_id": f"d{r}", "theme_id": theme,
                             "theme_label": f"t{theme}", "polarity": "concern" if concern else "strength",
                             "text": "Plans are weak."})
    return pd.DataFrame(findings), pd.DataFrame(inspections)


def test_a_theme_part_of_the_concerns_tells_tone_from_theme():
    # Tone alone: every theme's concern share rises with the grade, its part of the concerns does not.
    table, _ = grade_themes(*_tone_only())
    inadequate = table[(table["grade"] == "inadequate") & (table["framework"] == "all")]
    assert (inadequate["difference_low"] > 0).all()
    assert (inadequate["part_difference"].abs() < 0.05).all()
    assert (inadequate["part_difference"].abs() < inadequate["difference"].abs() * 0.5 + 0.05).all()
    assert np.allclose(inadequate["concern_part"], 0.25, atol=0.05)
    # A theme inspectors criticise more in inadequate reports takes a larger part of their concerns.
    table, _ = grade_themes(*_national())
    lead = table[(table["grade"] == "inadequate") & (table["framework"] == "all") & (table["theme_id"] == 0)].iloc[0]
    assert lead["part_difference_low"] > 0
    assert lead["concern_part_low"] <= lead["concern_part"] <= lead["concern_part_high"]


def test_a_report_without_concerns_is_left_out_of_the_part():
    findings, inspections = _tone_only()
    findings.loc[findings["doc_id"] == "d11", "polarity"] = "strength"
    table, _ = grade_themes(findings, inspections)
    assert table[["concern_part", "part_difference"]].notna().all().all()
