import pandas as pd

from pipeline.comparison_tables import all_tables, requested_selection


def _run():
    documents = pd.DataFrame({"doc_id": ["a1", "a2", "b1", "b2", "m"], "authority": ["A", "A", "B", "B", "A"],
                              "doc_type": ["inspection_report"] * 4 + ["committee_minutes"],
                              "date": ["2016-01-01", "2019-01-01", "2017-01-01", "2022-01-01", "2019"]})
    rows = []
    for doc, authority, doc_type in zip(documents["doc_id"], documents["authority"], documents["doc_type"]):
        voice = "council" if doc_type == "committee_minutes" else "inspectorate"
        rows += [{"finding_id": f"{doc}-{i}", "doc_id": doc, "authority": authority, "doc_type": doc_type,
                  "kind": "finding", "voice": voice, "polarity": ["concern", "strength"][i % 2],
                  "theme_id": i % 3, "theme_label": f"t{i % 3}", "text": f"Finding {i}."} for i in range(12)]
    judgements = pd.DataFrame({"doc_id": ["a1", "a2"], "framework": ["SIF 2013-2017", "ILACS"],
                               "area": ["overall effectiveness"] * 2, "grade_text": ["Inadequate", "Good"],
                               "grade": [4, 2], "finding_id": ""})
    return pd.DataFrame(rows), documents, judgements


def test_default_views_headline_council_and_all():
    findings, documents, judgements = _run()
    tables = all_tables(findings, documents, judgements, say=lambda m: None)
    assert tables["matrix_authority_theme"].to_numpy().sum() == 48  # the four reports' findings only
    assert tables["matrix_authority_theme__council"].to_numpy().sum() == 12
    assert tables["matrix_authority_theme__all"].to_numpy().sum() == 60
    assert list(tables["inspections"]["overall"]) == ["inadequate", "good", "", ""]
    assert set(tables["matrix_views"]["view"]) == {"headline", "council", "all"}
    assert list(tables["matrix_inspection_theme"].columns) == ["A 2016-01-01", "A 2019-01-01", "B 2017-01-01",
                                                              "B 2022-01-01"]


def test_a_restriction_is_one_view_named_for_what_it_counts():
    findings, documents, judgements = _run()
    selection = requested_selection(frameworks=("ILACS",))
    tables = all_tables(findings, documents, judgements, selection, say=lambda m: None)
    stem = "matrix_authority_theme__kind-finding__voice-inspectorate__doctype-inspection_report__framework-ILACS"
    assert tables[stem].to_numpy().sum() == 12 and "matrix_authority_theme" not in tables
    minutes = requested_selection(doc_types=("committee_minutes",))
    assert minutes.voices == () and minutes.kinds == ("finding",)


def test_broad_themes_get_their_own_inspection_changes_and_pairs():
    findings, documents, judgements = _run()
    assert "inspection_changes_broad" not in all_tables(findings, documents, judgements, say=lambda m: None)
    # themes 0 and 1 under broad theme 7, theme 2 under broad theme 8
    findings = findings.assign(parent_theme_id=findings["theme_id"].map({0: 7, 1: 7, 2: 8}),
                               parent_theme_label=findings["theme_id"].map({0: "b7", 1: "b7", 2: "b8"}))
    tables = all_tables(findings, documents, judgements, say=lambda m: None)
    broad, themes = tables["inspection_changes_broad"], tables["inspection_changes"]
    assert set(broad["theme_id"]) == {7, 8} and set(broad["theme_label"]) == {"b7", "b8"}
    summed = themes.assign(broad=themes["theme_id"].map({0: 7, 1: 7, 2: 8})).groupby(["doc_id", "broad"])[
        ["count", "concern", "strength"]].sum()
    for row in broad.itertuples():
        assert (row.count, row.concern, row.strength) == tuple(summed.loc[(row.doc_id, row.theme_id)])
        assert row.status == "concern and strength"
    assert set(tables["comparison_pairs_broad"]["theme_id"]) <= {7, 8}
