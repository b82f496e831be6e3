import numpy as np
import pandas as pd

from pipeline.grade_themes import grade_themes, judgement_sentences, most_associated


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


def test_theme_of_inadequate_reports_found_with_an_interval_and_judgement_sentences_left_out():
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


def test_too_few_graded_reports_gives_nothing():
    findings, inspections = _national()
    inspections.loc[2:, "overall"] = ""
    assert grade_themes(findings, inspections) is None
