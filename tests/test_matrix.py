import pandas as pd

from pipeline.matrix import build_matrices, filter_findings


def _findings():
    return pd.DataFrame({
        "finding_id": list("abcdef"),
        "doc_id": ["d1", "d1", "d2", "d2", "d3", "d3"],
        "authority": ["Walsall", "Walsall", "Wirral", "Wirral", "West Sussex", "West Sussex"],
        "theme_id": [0, 1, 0, 0, 1, 2],
        "theme_label": ["Caseloads", "Police", "Caseloads", "Caseloads", "Police", "Chronologies"],
        "parent_theme_id": [0, 1, 0, 0, 1, 0],
        "parent_theme_label": ["Workforce", "Partners", "Workforce", "Workforce", "Partners", "Workforce"],
        "polarity": ["concern", "strength", "concern", "neutral", "concern", "concern"],
        "kind": ["finding"] * 5 + ["action"],
        "voice": ["inspectorate"] * 3 + ["council"] * 3,
    })


def test_counts_shares_and_polarity():
    m = build_matrices(_findings())
    counts = m["matrix_authority_theme"]
    assert list(counts.index) == ["0: Caseloads", "1: Police", "2: Chronologies"]
    assert counts.loc["0: Caseloads", "Wirral"] == 2 and counts.values.sum() == 6
    shares = m["matrix_authority_theme_share"]
    assert (shares.sum(axis=0).round(6) == 1).all()
    concern = m["matrix_authority_theme_concern"]
    assert concern.loc["0: Caseloads", "Wirral"] == 1 and concern.shape == counts.shape
    assert m["matrix_authority_theme_strength"].values.sum() == 1
    assert m["matrix_document_theme"].shape == (3, 3)
    assert m["matrix_authority_broad_theme"].loc["0: Workforce"].sum() == 4


def test_filter_by_kind_and_voice():
    f = filter_findings(_findings(), kinds=("finding",), voices=("inspectorate",))
    assert list(f["finding_id"]) == ["a", "b", "c"]
