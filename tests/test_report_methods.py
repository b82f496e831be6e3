"""The report's methods text describes how this run gave themes: a fit, a codebook, or a saved model applied."""

import pandas as pd

from pipeline.report.methods import methods_paragraphs

DOCUMENTS = pd.DataFrame({"doc_id": ["d1"], "doc_type": ["inspection_report"], "date": ["2019-05-08"]})
FINDINGS = pd.DataFrame({"finding_id": ["f1"], "authority": ["Anyshire"]})
THEMES = pd.DataFrame({"theme_id": [0]})
BROAD = pd.DataFrame({"broad_id": [0]})


def _themes_text(record: dict) -> str:
    paragraphs = methods_paragraphs(record, DOCUMENTS, FINDINGS, THEMES, BROAD)
    return next(p["text"] for p in paragraphs if p["title"] == "Themes")


def test_a_fitted_run_says_findings_were_grouped_by_similarity():
    text = _themes_text({"parameters": {"n_themes": "auto"}})
    assert "grouped by similarity" in text and "saved theme model" not in text


def test_a_codebook_run_names_the_codebook_and_its_scorer():
    text = _themes_text({"parameters": {"codebook": "my_codes.csv"}, "codebook_coding": "scorer"})
    assert "my_codes.csv" in text and "scorer learned" in text


def test_an_applied_codebook_model_says_codes_came_from_the_saved_rule():
    # apply runs have no codebook parameter: the record names the model and how it coded
    text = _themes_text({"parameters": {}, "theme_model": "models/my-themes", "codebook_coding": "thresholds"})
    assert "saved theme model models/my-themes" in text
    assert "coding rule saved with the model" in text and "own similarity threshold" in text
    assert "Ward clustering" not in text


def test_an_applied_model_without_codes_mentions_no_codebook():
    text = _themes_text({"parameters": {}, "theme_model": "models/my-themes"})
    assert "saved theme model" in text and "codebook" not in text


def test_a_run_with_a_tracker_has_a_methods_section_with_its_measured_accuracy():
    from pipeline.tracker.params import TrackerParams

    paragraphs = methods_paragraphs({"parameters": {}, "tracker": TrackerParams().to_dict()}, DOCUMENTS, FINDINGS,
                                    THEMES, BROAD)
    text = next(p["text"] for p in paragraphs if p["title"] == "Recommendation tracker")
    assert "precision 0.78" in text and "recall 0.44" in text and "majority-class baselines about 0.5" in text
    assert "is linked as any other but marked 'restates the inspection'" in text  # restated_out is off by default
    out = methods_paragraphs({"parameters": {}, "tracker": {**TrackerParams().to_dict(), "restated_out": True}},
                             DOCUMENTS, FINDINGS, THEMES, BROAD)
    assert "is no response unless it quotes" in next(p["text"] for p in out if p["title"] == "Recommendation tracker")
    assert "polarity" in text and "not 0 to 1" in text
    untracked = methods_paragraphs({"parameters": {}}, DOCUMENTS, FINDINGS, THEMES, BROAD)
    assert "Recommendation tracker" not in [p["title"] for p in untracked]


def test_a_codebook_run_says_how_many_findings_its_codes_took_and_how_many_none_fits():
    themes = pd.DataFrame({"theme_id": [0, 1, 2], "source": ["codebook", "codebook", "discovered"],
                           "size": [30, 10, 60]})
    findings = pd.DataFrame({"finding_id": [f"f{i}" for i in range(100)], "authority": ["Anyshire"] * 100})
    paragraphs = methods_paragraphs({"parameters": {"codebook": "mine.yaml"}, "codebook_coding": "thresholds"},
                                    DOCUMENTS, findings, themes, BROAD)
    text = next(p["text"] for p in paragraphs if p["title"] == "Themes")
    assert "40 of 100 findings (40%) fit a code; the other 60 fit none and form 1 discovered theme" in text


def test_the_tracker_score_names_the_between_rule_only_when_it_is_on():
    from pipeline.report.methods import tracker_score
    on = tracker_score({"response_threshold": 0.85, "response_between": 0.55})
    off = tracker_score({"response_threshold": 0.85, "response_between": 9.0})
    assert "a short line between two linked ones from 0.55" in on and "between two linked" not in off
